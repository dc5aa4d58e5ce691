"""The number of victims stated as a change between two years: "the number of identified
victims increased to 45 in 2017 from 30 in 2016", "the number of victims identified
decreased from 60 in 2016 to 45 in 2017". Each figure is its year's victims identified
(both years printed: an undated "from 30 to 45" names no year)."""

from __future__ import annotations

import re

from etl.extract.numbers import Figure
from etl.extract.records import Count

_METRIC = "victims_identified"
_RULE = "count.number_changed"
_YEAR = r"(?:19|20)\d\d"
_FIG = r"(?:[\w,-]+)"
#: "the number of (identified) victims (identified) increased from N in Y to M in Y" or
#: "... increased to M in Y from N in Y"; not victims that NGOs or others identified.
_CHANGED_RE = re.compile(
    r"\bthe\s+(?:total\s+)?number\s+of\s+(?:(?:identified|potential|possible|confirmed|"
    r"officially)\s+)*(?:trafficking\s+)?victims"
    r"(?:\s+(?:(?:the\s+government|authorities|officials|police)\s+)?identified)?"
    r"(?:\s+(?:significantly|slightly|further|sharply|considerably))?\s+"
    r"(?:increased|decreased|rose|fell|dropped|declined|grew)\s+"
    rf"(?:from\s+(?P<a>{_FIG})\s+in\s+(?P<ay>{_YEAR})\s+to\s+(?P<b>{_FIG})\s+in\s+(?P<by>{_YEAR})|"
    rf"to\s+(?P<c>{_FIG})\s+in\s+(?P<cy>{_YEAR}),?\s+(?:up\s+|down\s+)?from\s+(?P<d>{_FIG})"
    rf"\s+in\s+(?P<dy>{_YEAR}))\b"
)


def changed_number_counts(text: str, figures: list[Figure]) -> list[Count]:
    """The two years' victims identified of a "number of victims increased from ... to ..."
    in normalised `text`, each figure where `figures` reads a count."""
    m = _CHANGED_RE.search(text)
    if m is None:
        return []
    by_start = {f.start: f for f in figures if not f.is_year}
    pairs = (("a", "ay"), ("b", "by")) if m.group("a") else (("c", "cy"), ("d", "dy"))
    out: list[Count] = []
    for value_group, year_group in pairs:
        fig = by_start.get(m.start(value_group))
        if fig is None or fig.end != m.end(value_group) or isinstance(fig.value, float):
            return []
        out.append(
            Count(
                metric=_METRIC,
                year=int(m.group(year_group)),
                value=int(fig.value),
                start=fig.start,
                end=fig.end,
                rule=_RULE,
                qualifier=None,
            )
        )
    if out[0].year == out[1].year:
        return []
    return out
