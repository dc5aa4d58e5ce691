"""Foreign victims stated by exclusion: "All but 15 of the identified victims were from
Kazakhstan" is 15 foreign victims; "all but six were exploited in Kazakhstan" says where
they were exploited, not who they are. "None were foreign nationals" is a zero."""

from __future__ import annotations

import re

from etl.extract import grammar as g
from etl.extract.numbers import NUMBER, parse_word_number
from etl.extract.records import Count, Frame
from etl.extract.years import opener_year
from etl.read.countries import count_mentions, country_by_name

_ALL_BUT_RE = re.compile(
    r"\ball\s+but\s+(?P<n>" + NUMBER + r")\s+(?P<of>of\s+(?:the|these|those)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:victims|survivors)\s+)?(?:\w+\s+)?were\s+(?P<what>from\s+(?:the\s+)?[a-z][\w-]*|"
    r"(?:[a-z][\w-]*\s+)?(?:citizens|nationals)\b|[a-z][\w-]*)"
)
#: "none were foreign nationals", "none of the victims were foreigners".
_NONE_FOREIGN_RE = re.compile(
    r"\bnone\s+(?P<of>of\s+(?:the|these|those|them)(?:\s+[\w-]+){0,3}?\s+)?were\s+"
    r"(?:foreign(?:ers\b|\s+(?:nationals|citizens|victims|nationality)\b)|"
    r"from\s+(?:other|foreign)\s+countries\b)"
)


def all_but_foreign(
    text: str,
    ry: int | None,
    country: str | None,
    inherited: Frame | None,
    original: str | None = None,
    victims: tuple[int, ...] | None = None,
    alone: bool = True,
) -> list[Count]:
    """ "All but 15 of the identified victims were from Kazakhstan": 15 foreign victims;
    "none were foreign nationals": none. The victims are the identified ones where the
    phrase says so, the sentence counted identified victims (`victims`, their years) or,
    where it counts nothing else (`alone`), the sentence before did (`inherited`)."""
    out: list[Count] = []
    framed = alone and inherited is not None and inherited.verb == g.IDENTIFY
    for m in _ALL_BUT_RE.finditer(text):
        what = m.group("what")
        of = m.group("of") or ""
        identified = "victims" in of or "survivors" in of or framed or victims is not None
        if not identified:
            continue
        what_original = original[m.start("what") : m.end("what")] if original else None
        if not _is_nationality(what, country, what_original):
            continue
        value = _figure_value(m.group("n"))
        if value is None:
            continue
        year = _year(text, m.start(), ry, inherited, victims)
        if year is None:
            continue
        start, end = m.start("n"), m.end("n")
        out.append(
            Count("victims_identified_foreign", year, value, start, end, "count.all_but", None)
        )
    if "none" in text:
        for m in _NONE_FOREIGN_RE.finditer(text):
            if not (framed or victims is not None or "victims" in (m.group("of") or "")):
                continue
            year = _year(text, m.start(), ry, inherited, victims)
            if year is not None:
                out.append(
                    Count(
                        "victims_identified_foreign",
                        year,
                        0,
                        m.start(),
                        m.end(),
                        "count.zero",
                        None,
                    )
                )
    return out


def _year(
    text: str,
    pos: int,
    ry: int | None,
    inherited: Frame | None,
    victims: tuple[int, ...] | None,
) -> int | None:
    """The year of the victims a foreign count is about."""
    if victims is not None:
        return victims[0]
    opener = opener_year(text, pos, ry)
    if opener is not None:
        return opener
    if inherited is not None and inherited.verb == g.IDENTIFY and inherited.years:
        return inherited.years[0]
    return ry


def _is_nationality(what: str, country: str | None, original: str | None = None) -> bool:
    """Whether "were <what>" names the country's own nationals ("from Kazakhstan",
    "Kazakhstani citizens", "Ivorian" in Cote d'Ivoire's report), not where they were
    exploited."""
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
    if place[:4] == country.lower()[:4]:
        return True
    if original is None:
        return False
    own = country_by_name(country)
    named = count_mentions(original)
    return own is not None and set(named) == {own.iso3}


def _figure_value(token: str) -> int | None:
    """The value of a figure written in digits or words."""
    token = token.strip()
    if token[0].isdigit():
        return int(float(token.replace(",", "")))
    return parse_word_number(token)
