"""Victims identified that are parts, not the national count: listed by the body that
identified them ("The police reported identifying 462 victims; regional health care
organizations, 240; labor inspectors, 38; and other organizations, 352", with or without
each body's earlier figure in brackets: METRICS, several separate figures and no total are
none of them the metric; likewise "police identified 20 victims, labor inspectors identified
10, and border guards identified five"), or found in cases named before them ("from these 23 cases,
reported identifying 13 victims": the year's figure only where no other is stated) or
through a hotline ("four victims were identified after calling the hotline": likewise)."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.extract.records import Count

#: After a victims figure (and its bracket): "; regional health care organizations, 240".
_NEXT_BODY_RE = re.compile(
    r"\s*(?:\([^()]*\))?\s*;\s*(?:and\s+)?(?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*\s*,\s*"
    r"(?:\d[\d,]*|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)"
    # the figure stands alone: no noun or verb of its own ("of these, 30 were women")
    r"\s*(?=[(;.]|$)"
)
#: After a victims figure, the next body repeating the verb: ", labor inspectors identified
#: 10" (not NGOs or other organisations, whose figures are no part of the government's).
_NEXT_BODY_VERB_RE = re.compile(
    r"(?:\s+in\s+\d{4})?\s*(?:\([^()]*\))?\s*[,;]\s*"
    r"(?:and\s+)?(?!(?:and|also|later|then|further|additionally|subsequently|previously|it|they)\b)"
    r"(?!(?:[\w-]+\s+){0,5}?(?:ngos?|non-?governmental|organi[sz]ations?|civil)\b)"
    r"(?:[A-Za-z][\w-]*\s+){1,6}?(?:identified|registered|certified|reported\s+identifying)\s+"
    r"(?:\d[\d,]*|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)"
    # the figure stands alone, as the first body's noun is understood
    r"\s*(?=[(;,.]|and\b|$)",
    re.IGNORECASE,
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
        after = noun_end + len("victims")
        if _NEXT_BODY_RE.match(text, after) is not None or (
            # a total after the bodies' figures is the total (rules/total_after.py)
            _NEXT_BODY_VERB_RE.match(text, after) is not None and "total" not in text[after:]
        ):
            first = count.start
            return [
                c for c in out if c.start < first or not c.metric.startswith("victims_identified")
            ]
    return out


#: Before a victims figure in its clause: the cases it was found in.
_IN_THESE_CASES_RE = re.compile(
    r"\b(?:from|in|through|during)\s+(?:these|those|the)\s+(?:[\d,]+\s+)?(?:[\w-]+\s+)?"
    r"(?:cases|investigations|prosecutions|operations|raids|inspections)\b"
)


def weaken_case_parts(text: str, out: list[Count]) -> list[Count]:
    """`out` with the victims-identified figures found in cases the clause names before
    them ("..., and from these 23 cases, reported identifying 13 victims") made weak: a
    part, kept only where the document states no other figure for its year."""
    return [
        replace(c, weak=True)
        if c.metric.startswith("victims_identified")
        and _IN_THESE_CASES_RE.search(text, max(text.rfind(";", 0, c.start), 0), c.start)
        else c
        for c in out
    ]


#: In a victims figure's clause: the hotline they came through.
_THROUGH_HOTLINE_RE = re.compile(
    r"\b(?:through|via|after\s+calling|from\s+calls\s+to|by\s+calling)\s+(?:the\s+|a\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:hotline|helpline|help\s+line)\b"
)


def weaken_hotline_parts(text: str, out: list[Count]) -> list[Count]:
    """`out` with the victims identified through a hotline ("four victims were identified
    and referred to services after calling the hotline") made weak: the hotline's part,
    kept only where the document states no other figure for its year."""
    return [
        replace(c, weak=True)
        if c.metric.startswith("victims_identified")
        and _THROUGH_HOTLINE_RE.search(text, c.end, _clause_end(text, c.end))
        else c
        for c in out
    ]


def _clause_end(text: str, pos: int) -> int:
    """Where the clause going on at `pos` ends (a ";" or the sentence's end)."""
    end = text.find(";", pos)
    return len(text) if end < 0 else end
