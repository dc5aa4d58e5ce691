"""Figures paired with years by "respectively": "identified 355 and 1,815 victims in 2016 and
2015, respectively", "compared with 20 and 10 in 2016 and 2015, respectively". Each figure
is its own year's count, in order; a list whose figures and years do not pair gives none.
Figures paired with the sentence's counts: "investigated 47 cases, prosecuted 23 defendants,
and convicted 12 traffickers, compared with 40, 19, and nine, respectively, in 2015": each
figure is the earlier year's count of the metric in the same place, where the list has as
many figures as the sentence has counts before it."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.extract.grammar import comparison_cue
from etl.extract.numbers import Figure, qualifier_before
from etl.extract.records import Count
from etl.extract.years import years_at

_RESPECTIVE_YEARS_RE = re.compile(
    r"(?P<years>(?:19|20)\d\d(?:\s*(?:,\s*and|,|and)\s*(?:19|20)\d\d)+)\s*,?\s*respectively\b"
)
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
#: Between two figures of the list: "355; 1,815; and 2,899", "20 and 10", "30, 20, and 10".
_JOINER_RE = re.compile(r"\s*(?:[,;]\s*(?:and\s+)?|and\s+)")
#: Between the last figure and its years: a noun phrase, no clause break, no other figure.
_TAIL_RE = re.compile(r"[^.;:()\d]{0,60}?\s(?:in|during|for)\s+(?:fiscal\s+years?\s+)?")


#: "respectively" right after a list of figures: ", respectively, in 2015", "respectively
#: during the previous reporting period".
_RESPECTIVELY_RE = re.compile(r"\s*,?\s*respectively\b\s*,?\s*")


#: A year phrase right before "respectively": " in 2015", " during the previous reporting period".
_LEADING_YEAR_RE = re.compile(
    r"\s+(?:in|during)\s+(?:(?:19|20)\d\d|the\s+(?:previous|prior|preceding)\s+"
    r"(?:reporting\s+)?(?:period|year))$"
)


def respective_counts(
    text: str, figures: list[Figure], counts: list[Count], ry: int | None = None
) -> list[Count]:
    """`counts` of one sentence with the figures of each "respectively" list given their
    own years, or their own metrics (`figures` are the sentence's, `text` its normalised
    text, `ry` the reporting year)."""
    if ry is not None:
        counts = _respective_metrics(text, figures, counts, ry)
    for match in _RESPECTIVE_YEARS_RE.finditer(text):
        years = [int(y) for y in _YEAR_RE.findall(match.group("years"))]
        listed = _listed_figures(text, figures, match.start())
        if not listed:
            continue
        starts = {f.start for f in listed}
        own = [c for c in counts if c.start in starts]
        head = own[-1] if own else _compared_head(text, listed[0], counts)
        if head is None:
            continue
        rest = [c for c in counts if c.start not in starts]
        if len(listed) != len(years):
            counts = rest  # the figures and years do not pair: no year is sure
            continue
        paired = [_respective(head, f, year, text) for f, year in zip(listed, years, strict=True)]
        counts = rest + paired
    return counts


def _listed_figures(text: str, figures: list[Figure], years_start: int) -> list[Figure]:
    """The figures of the list that ends right before the years at `years_start`."""
    before = [f for f in figures if not f.is_year and f.end <= years_start]
    if not before or not _TAIL_RE.fullmatch(text, before[-1].end, years_start):
        return []
    listed = [before[-1]]
    for f in reversed(before[:-1]):
        if not _JOINER_RE.fullmatch(text, f.end, listed[0].start):
            break
        listed.insert(0, f)
    return listed if len(listed) > 1 else []


def _compared_head(text: str, first: Figure, counts: list[Count]) -> Count | None:
    """The count a comparison list right after it compares with ("identified 30 victims,
    compared with 20 and 10 in ..."), if a comparison cue opens the list."""
    if not comparison_cue(text, max(0, first.start - 40), first.start):
        return None
    earlier = [c for c in counts if c.end <= first.start]
    return max(earlier, key=lambda c: c.start) if earlier else None


def _respective_metrics(
    text: str, figures: list[Figure], counts: list[Count], ry: int
) -> list[Count]:
    """`counts` with each figure of a compared "respectively" list counted for the metric
    of the sentence's count in the same place, in the year after "respectively"."""
    for match in _RESPECTIVELY_RE.finditer(text):
        # the year after "respectively" or before it ("40, 19, and nine in 2015, respectively")
        leading = _LEADING_YEAR_RE.search(text, max(0, match.start() - 60), match.start())
        end = match.start() if leading is None else leading.start()
        years = years_at(text, match.end() if leading is None else leading.start(), ry)
        listed = _listed_figures_ending(text, figures, end)
        if years is None or len(years) != 1 or len(listed) < 2:
            continue
        if not comparison_cue(text, max(0, listed[0].start - 40), listed[0].start):
            continue
        heads = sorted(
            (c for c in counts if c.end <= listed[0].start and c.rule.startswith("count.head.")),
            key=lambda c: c.start,
        )
        starts = {f.start for f in listed}
        if len(heads) != len(listed) or len({c.metric for c in heads}) != len(heads):
            continue
        counts = [c for c in counts if c.start not in starts] + [
            _respective(head, f, years[0], text)
            for f, head in zip(listed, heads, strict=True)
            if years[0] != head.year
        ]
    return counts


def _respective(head: Count, figure: Figure, year: int, text: str) -> Count:
    """`head`'s metric for `figure`, the count of `year` that "respectively" pairs it with."""
    return replace(
        head,
        year=year,
        value=int(figure.value),
        start=figure.start,
        end=figure.end,
        rule="count.respectively",
        qualifier=qualifier_before(text, figure.start)[0],
        part_of=None,
    )


def _listed_figures_ending(text: str, figures: list[Figure], end: int) -> list[Figure]:
    """The figures of a list whose last figure ends right at `end`."""
    before = [f for f in figures if not f.is_year and f.end <= end]
    if not before or text[before[-1].end : end].strip():
        return []
    listed = [before[-1]]
    for f in reversed(before[:-1]):
        if not _JOINER_RE.fullmatch(text, f.end, listed[0].start):
            break
        listed.insert(0, f)
    return listed
