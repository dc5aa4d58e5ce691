"""Figures paired with years by "respectively": "identified 355 and 1,815 victims in 2016 and
2015, respectively", "compared with 20 and 10 in 2016 and 2015, respectively". Each figure
is its own year's count, in order; a list whose figures and years do not pair gives none."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.extract.grammar import comparison_cue
from etl.extract.numbers import Figure, qualifier_before
from etl.extract.records import Count

_RESPECTIVE_YEARS_RE = re.compile(
    r"(?P<years>(?:19|20)\d\d(?:\s*(?:,\s*and|,|and)\s*(?:19|20)\d\d)+)\s*,?\s*respectively\b"
)
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
#: Between two figures of the list: "355; 1,815; and 2,899", "20 and 10", "30, 20, and 10".
_JOINER_RE = re.compile(r"\s*(?:[,;]\s*(?:and\s+)?|and\s+)")
#: Between the last figure and its years: a noun phrase, no clause break, no other figure.
_TAIL_RE = re.compile(r"[^.;:()\d]{0,60}?\s(?:in|during|for)\s+(?:fiscal\s+years?\s+)?")


def respective_counts(text: str, figures: list[Figure], counts: list[Count]) -> list[Count]:
    """`counts` of one sentence with the figures of each "respectively" list given their
    own years (`figures` are the sentence's, `text` its normalised text)."""
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
        paired = [
            replace(
                head,
                year=year,
                value=int(f.value),
                start=f.start,
                end=f.end,
                rule="count.respectively",
                qualifier=qualifier_before(text, f.start)[0],
                part_of=None,
            )
            for f, year in zip(listed, years, strict=True)
        ]
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
