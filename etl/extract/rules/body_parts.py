"""Victims identified listed by the body that identified them: "The police reported
identifying 462 victims; regional health care organizations, 240; labor inspectors, 38; and
other organizations, 352", with or without each body's earlier figure in brackets. Each
figure is one body's part of a total; none of them is the national count (METRICS: several
separate figures and no total are none of them the metric)."""

from __future__ import annotations

import re

from etl.extract.records import Count

#: After a victims figure (and its bracket): "; regional health care organizations, 240".
_NEXT_BODY_RE = re.compile(
    r"\s*(?:\([^()]*\))?\s*;\s*(?:and\s+)?(?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*\s*,\s*"
    r"(?:\d[\d,]*|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)"
    # the figure stands alone: no noun or verb of its own ("of these, 30 were women")
    r"\s*(?=[(;.]|$)"
)
_VICTIMS_END_RE = re.compile(r"\bvictims$")


def drop_body_parts(text: str, out: list[Count]) -> list[Count]:
    """`out` without the victims-identified figures of a list by identifying body (and
    the comparisons in its brackets)."""
    for count in out:
        if count.metric != "victims_identified" or count.rule == "count.comparison":
            continue
        noun_end = text.find("victims", count.end, count.end + 60)
        if noun_end < 0 or not _VICTIMS_END_RE.search(text, 0, noun_end + len("victims")):
            continue
        if _NEXT_BODY_RE.match(text, noun_end + len("victims")) is not None:
            first = count.start
            return [
                c for c in out if c.start < first or not c.metric.startswith("victims_identified")
            ]
    return out
