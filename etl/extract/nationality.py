"""Foreign victims stated by exclusion: "All but 15 of the identified victims were from
Kazakhstan" is 15 foreign victims; "all but six were exploited in Kazakhstan" says where
they were exploited, not who they are."""

from __future__ import annotations

import re

from etl.extract import grammar as g
from etl.extract.numbers import NUMBER, parse_word_number
from etl.extract.records import Count, Frame
from etl.extract.years import opener_year

_ALL_BUT_RE = re.compile(
    r"\ball\s+but\s+(?P<n>" + NUMBER + r")\s+(?P<of>of\s+(?:the|these|those)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:victims|survivors)\s+)?(?:\w+\s+)?were\s+(?P<what>from\s+(?:the\s+)?[a-z][\w-]*|"
    r"(?:[a-z][\w-]*\s+)?(?:citizens|nationals)\b|[a-z][\w-]*)"
)


def all_but_foreign(
    text: str,
    ry: int | None,
    country: str | None,
    inherited: Frame | None,
) -> list[Count]:
    """ "All but 15 of the identified victims were from Kazakhstan": 15 foreign victims."""
    out: list[Count] = []
    for m in _ALL_BUT_RE.finditer(text):
        what = m.group("what")
        identified = "identif" in (m.group("of") or "") or (
            inherited is not None and inherited.verb == g.IDENTIFY
        )
        if not identified or not _is_nationality(what, country):
            continue
        value = _figure_value(m.group("n"))
        if value is None:
            continue
        opener = opener_year(text, m.start(), ry)
        year = opener if opener is not None else ry
        if year is None:
            continue
        start, end = m.start("n"), m.end("n")
        out.append(
            Count("victims_identified_foreign", year, value, start, end, "count.all_but", None)
        )
    return out


def _is_nationality(what: str, country: str | None) -> bool:
    """Whether "were <what>" names the country's own nationals ("from Kazakhstan",
    "Kazakhstani citizens"), not where they were exploited."""
    words = what.split()
    if words[0] == "from":
        place = words[-1]
    elif words[-1] in ("citizens", "nationals"):
        if len(words) == 1:
            return True
        place = words[0]
    else:
        place = words[0]
        if g.verb_class(place) is not None or place.endswith("ed"):
            return False
    if country is None:
        return words[0] == "from" or words[-1] in ("citizens", "nationals")
    return place[:4] == country.lower()[:4]


def _figure_value(token: str) -> int | None:
    """The value of a figure written in digits or words."""
    token = token.strip()
    if token[0].isdigit():
        return int(float(token.replace(",", "")))
    return parse_word_number(token)
