"""An earlier year's count beside a year the text says went unreported: "did not report the
number of investigations it initiated in 2017 (44 in 2016)", "did not report the number of
investigations it initiated during the reporting period, compared with 100 during the
previous period". The unreported year gives no fact (a reporting gap is no zero); the
figure compared with it is its own year's count of the metric the gap names."""

from __future__ import annotations

import re

from etl.extract.numbers import Figure, qualifier_before
from etl.extract.records import Count
from etl.extract.years import years_at

_GAP_RE = re.compile(
    r"\bdid\s+not\s+(?:report|provide)\s+(?:the\s+(?:total\s+)?number\s+of|how\s+many)\s+"
    r"(?:(?:new|human|trafficking)\s+)*(?P<noun>investigations|prosecutions|convictions|"
    r"victims)\b(?P<rest>[^;()]{0,100}?)"
    r"(?:\(\s*|,?\s*compared\s+(?:with|to)\s+)(?P<fig>[\w][\w,]*)(?=\s+(?:in|during)\s)"
)
_METRICS = {
    "investigations": "investigations",
    "prosecutions": "prosecutions",
    "convictions": "convictions",
    "victims": "victims_identified",
}
#: The victims a gap names must be the identified ones: "the number of victims it identified".
_IDENTIFIED_RE = re.compile(r"\bidentif")
_SPACE_RE = re.compile(r"\s*")


def gap_comparisons(
    text: str, figures: list[Figure], counts: list[Count], reporting_year: int | None
) -> list[Count]:
    """`counts` of one sentence with the earlier year's count compared with each reporting
    gap (`figures` are the sentence's, `text` its normalised text). A figure already counted,
    or a year the sentence already counts for that metric, is left as it was."""
    at = {f.start: f for f in figures if not f.is_year}
    for match in _GAP_RE.finditer(text):
        noun = match.group("noun")
        if noun == "victims" and not _IDENTIFIED_RE.search(match.group("rest")):
            continue
        figure = at.get(match.start("fig"))
        if figure is None or any(c.start == figure.start for c in counts):
            continue
        space = _SPACE_RE.match(text, figure.end)
        assert space is not None  # \s* matches everywhere
        years = years_at(text, space.end(), reporting_year)
        if years is None or len(years) != 1:
            continue
        metric = _METRICS[noun]
        if any(c.metric == metric and c.year == years[0] for c in counts):
            continue
        counts = [
            *counts,
            Count(
                metric=metric,
                year=years[0],
                value=int(figure.value),
                start=figure.start,
                end=figure.end,
                rule="count.comparison.gap",
                qualifier=qualifier_before(text, figure.start)[0],
            ),
        ]
    return counts
