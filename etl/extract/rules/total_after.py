"""The total of identified victims given after its parts: "identified 30 sex trafficking
victims and 15 labor trafficking victims, for a total of 45"; "police identified 30 victims
and labor inspectors identified 15, for a total of 45 victims"; "... (45 total)". The total
is the year's victims identified; the parts before it stay what they are (form counts stay
form counts), but a part without a form is no total of its own, and a comparison right
after the total ("a total of 45, compared with 60 in 2016") compares the total."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.extract.numbers import Figure
from etl.extract.records import Count
from etl.extract.subjects import GOVERNMENT, subject_of
from etl.extract.years import years_at

_METRIC = "victims_identified"
#: Right before the total: ", for a total of", ", totaling", "(a total of".
_TOTAL_BEFORE_RE = re.compile(
    r"(?:,|\(|;)\s*(?:for\s+|or\s+|making\s+|bringing\s+the\s+(?:total|number)\s+to\s+)?"
    r"(?:a\s+total\s+of|totall?ing)\s+$"
)
#: Right after a bracketed total: "(45 total)", "(45 in total)".
_TOTAL_IN_BRACKET_RE = re.compile(r"\s+(?:in\s+)?total\s*\)")
#: What may follow the total: a victims noun, then the end of its phrase.
_TOTAL_END_RE = re.compile(
    r"(?:\s+(?:(?:identified|potential|possible|confirmed|trafficking)\s+){0,3}?victims)?"
    r"(?=\s*(?:[,.;)]|$|\b(?:in|during)\s+(?:the\s+|(?:19|20)\d\d)|\bcompared\b))"
)


#: The verb that identifies the victims a sentence's parts count.
_IDENTIFYING_RE = re.compile(r"\b(?:identif|recogni[sz]|regist|certif)\w*")
#: Between the parts and their total: a comparison, which would add up years.
_COMPARED_BETWEEN_RE = re.compile(r"\b(?:compared|than|from|versus|previous|prior)\b")


def _total_of_unnamed_parts(
    text: str, figures: list[Figure], total: Figure, ry: int | None
) -> Count | None:
    """The total of parts that are no count of their own ("identified 12 adult victims and
    eight child victims, totaling 20 victims"; "12 women, five men, and three children as
    trafficking victims, for a total of 20"): a government identification whose parts add
    up to the total, in the sentence's one year (else the reporting period's)."""
    parts = [f for f in figures if f.end <= total.start and not f.is_year]
    value = int(total.value)
    if len(parts) < 2 or any(isinstance(f.value, float) for f in parts):
        return None
    if sum(int(f.value) for f in parts) != value:
        return None
    verb = _IDENTIFYING_RE.search(text, 0, parts[0].start)
    if verb is None or subject_of(text, verb.start()) != GOVERNMENT:
        return None
    if "victim" not in text[parts[0].start : total.end + 12]:
        return None
    if _COMPARED_BETWEEN_RE.search(text, parts[0].start, total.start):
        return None
    years = {int(f.value) for f in figures if f.is_year}
    if len(years) > 1:
        return None
    year = years.pop() if years else ry
    return None if year is None else _total(year, total)


def total_after_parts(
    text: str, figures: list[Figure], out: list[Count], ry: int | None
) -> list[Count]:
    """`out` with the total that follows its parts (of its own year where it states one,
    else theirs), the parts without a form dropped and the total's comparison made the
    total's."""
    for fig in figures:
        if fig.is_year or isinstance(fig.value, float):
            continue
        bracketed = text.rfind("(", max(0, fig.start - 3), fig.start) >= 0 and (
            _TOTAL_IN_BRACKET_RE.match(text, fig.end) is not None
        )
        before = _TOTAL_BEFORE_RE.search(text, max(0, fig.start - 60), fig.start)
        end = _TOTAL_END_RE.match(text, fig.end)
        if not bracketed and (before is None or end is None):
            continue
        value = int(fig.value)
        parts = [
            c
            for c in out
            if c.metric.startswith(_METRIC)
            and c.end <= fig.start
            and c.rule != "count.comparison"
            and c.value <= value
            and not (c.metric == _METRIC and c.value == value)
        ]
        years = {c.year for c in parts}
        figures_before = [f for f in figures if f.end <= fig.start and not f.is_year]
        compared = any(c.rule == "count.comparison" and c.end <= fig.start for c in out)
        if not parts and not compared:
            unnamed = _total_of_unnamed_parts(text, figures, fig, ry)
            if unnamed is not None:
                return [*out, unnamed]
        if not parts or len(years) != 1 or len(figures_before) < 2 or compared:
            # (after a comparison, a total may add up years: "45 in 2017, compared with 30
            # in 2016, for a total of 75")
            continue
        own = years_at(text, end.end(), ry) if end is not None else None
        (year,) = own if own is not None and len(own) == 1 else years
        kept = [c for c in out if c not in parts or c.metric != _METRIC]
        kept = [c for c in kept if not (c.metric == _METRIC and c.start == fig.start)]
        after = next((f for f in figures if f.start > fig.end and not f.is_year), None)
        kept = [
            replace(c, metric=_METRIC, part_of=None)
            if after is not None
            and c.start == after.start
            and c.rule == "count.comparison"
            and c.metric.startswith(_METRIC)
            else c
            for c in kept
        ]
        return [*kept, _total(year, fig)]
    return out


def _total(year: int, figure: Figure) -> Count:
    """The victims identified in `year` that the total `figure` states."""
    return Count(
        metric=_METRIC,
        year=year,
        value=int(figure.value),
        start=figure.start,
        end=figure.end,
        rule="count.total_after_parts",
        qualifier=None,
    )
