"""A count restated for another year: "investigating eight cases, the same number of cases
investigated in 2016", "convicted 12 traffickers, the same as in the previous reporting
period": the number it refers to, for that year too (METRICS.md: no arithmetic, and "the
same number as the previous year" is the number it refers to)."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.extract.records import Count

#: ", the same number of cases investigated in 2016", ", the same as in the previous
#: reporting period", "; this was the same number as in 2015".
_SAME_RE = re.compile(
    r"\s*(?:[,;]\s*(?:(?:this|which)\s+(?:was|is)\s+)?)?the\s+same\s+(?:number|figure|total)?"
    r"(?:\s+(?:of\s+)?[\w-]+){0,3}?\s*(?:as\s+)?(?:(?:identified|investigated|prosecuted|"
    r"convicted|reported|recorded)\s+)?(?:in|during)\s+(?:the\s+)?"
    r"(?:(?P<year>(?:19|20)\d{2})(?P<more>(?:\s*(?:,\s*and|,|and)\s+(?:19|20)\d{2}\b)*)|"
    r"(?P<prior>(?:previous|prior|preceding)\s+(?:reporting\s+)?(?:period|year)))\b"
)
_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
_TAIL_RE = re.compile(r"(?:\s+(?:[\w-]+\s+){0,4}?(?:in|during)\s+(?:19|20)\d{2})?")


def same_number_counts(text: str, found: list[Count], reporting_year: int | None) -> list[Count]:
    """For each count of `found` that a "the same number ... in <year>" right after its
    noun phrase restates, the count for that year (not already stated)."""
    out: list[Count] = []
    stated = {(c.metric, c.year) for c in found}
    for c in found:
        if c.rule == "count.comparison" or c.part_of is not None:
            continue
        stop = text.find(",", c.end)
        tail = _TAIL_RE.match(text, c.end, stop if stop > 0 else len(text))
        at = stop if stop > 0 else (tail.end() if tail else c.end)
        m = _SAME_RE.match(text, at)
        if m is None or m.start() - c.end > 80:
            continue
        if m.group("year"):
            # "the same number as in 2016 and 2015": each year named
            years = [int(m.group("year")), *(int(y) for y in _YEAR_RE.findall(m.group("more")))]
        elif reporting_year is not None:
            years = [reporting_year - 1]
        else:
            continue
        for year in years:
            if year != c.year and (c.metric, year) not in stated:
                stated.add((c.metric, year))
                out.append(replace(c, year=year, rule="count.same_number"))
    return out
