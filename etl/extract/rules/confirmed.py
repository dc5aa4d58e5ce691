"""Victims counted by two statuses in one sentence: "identified 2,224 potential victims and
confirmed 721 victims", "compared to 3,411 potential and 1,558 confirmed victims in 2016",
"identified 3,411 potential victims, of which it confirmed 1,558", "identified 180 confirmed
victims among 510 potential victims". The confirmed figure is the year's victims identified;
the potential figure, of which it is a part, is a screening count and not the metric. (A
list of disjoint statuses, "two confirmed and 129 potential victims", is not this family:
no member is confirmed out of the other.)"""

from __future__ import annotations

import re

from etl.extract.numbers import Figure, qualifier_before
from etl.extract.records import Count
from etl.extract.years import years_at

_FIG = r"[\w][\w,.-]*"
_POTENTIAL = r"(?:potential|possible|suspected|presumed)"
_VICTIMS = r"(?:\s+(?:trafficking\s+)?victims(?:\s+of\s+trafficking)?)"
#: Potential first, then the part confirmed: "2,224 potential trafficking victims nationwide
#: and confirmed 721 victims", "3,411 potential and 1,558 confirmed victims", "3,411 potential
#: trafficking victims, of which it confirmed 1,558 as trafficking victims".
_POTENTIAL_THEN_CONFIRMED_RE = re.compile(
    rf"(?P<pot>{_FIG})\s+{_POTENTIAL}{_VICTIMS}?(?:\s+identified)?(?:\s+nationwide)?\s*,?\s*"
    r"(?:and\s+(?:(?:it|the\s+government|authorities|officials)\s+)?|"
    r"of\s+(?:which|whom)\s+(?:it|the\s+government|authorities|officials)\s+)"
    rf"(?:confirmed\s+(?P<conf_after>{_FIG})|(?P<conf_before>{_FIG})\s+confirmed)"
    rf"(?:{_VICTIMS}|\s+as{_VICTIMS})?"
)
#: The part confirmed first, then the potential it is among: "180 confirmed trafficking
#: victims ... among 510 potential victims", "identified and confirmed 119 trafficking
#: victims among 487 potential victims".
_CONFIRMED_AMONG_RE = re.compile(
    rf"(?:confirmed\s+(?P<conf_after>{_FIG})|(?P<conf_before>{_FIG})\s+confirmed){_VICTIMS}"
    rf"[^;()]{{0,80}}?\s+among\s+(?:the\s+)?(?P<pot>{_FIG})\s+{_POTENTIAL}{_VICTIMS}?"
    r"(?:\s+identified)?"
)
_METRIC = "victims_identified"


def confirmed_counts(
    text: str, figures: list[Figure], counts: list[Count], reporting_year: int | None
) -> list[Count]:
    """`counts` of one sentence with each confirmed-out-of-potential pair giving the
    confirmed figure as the victims identified of its year and the potential figure none
    (`figures` are the sentence's, `text` its normalised text). A pair whose year the
    sentence does not give is left as it was."""
    at = {f.start: f for f in figures if not f.is_year}
    for pattern in (_POTENTIAL_THEN_CONFIRMED_RE, _CONFIRMED_AMONG_RE):
        for match in pattern.finditer(text):
            conf_group = "conf_after" if match.group("conf_after") else "conf_before"
            potential = at.get(match.start("pot"))
            confirmed = at.get(match.start(conf_group))
            if potential is None or confirmed is None:
                continue
            spans = (potential.start, confirmed.start)
            years = sorted(
                {c.year for c in counts if c.metric == _METRIC and c.start in spans}
            ) or list(years_at(text, match.end(), reporting_year) or ())
            if len(years) != 1:
                continue
            counts = [c for c in counts if not (c.metric == _METRIC and c.start in spans)]
            counts.append(
                Count(
                    metric=_METRIC,
                    year=years[0],
                    value=int(confirmed.value),
                    start=confirmed.start,
                    end=confirmed.end,
                    rule="count.confirmed",
                    qualifier=qualifier_before(text, confirmed.start)[0],
                )
            )
    return counts
