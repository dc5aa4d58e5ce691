"""Foreign victims stated by exclusion: "All but 15 of the identified victims were from
Kazakhstan" is 15 foreign victims; "all but six were exploited in Kazakhstan" says where
they were exploited, not who they are; "all but five were foreign nationals" states the
nationals, and the foreign count would be a complement, so it gives none. "None were
foreign nationals" is a zero."""

from __future__ import annotations

import re

from etl.extract import grammar as g
from etl.extract.numbers import NUMBER, token_value
from etl.extract.records import Count, Frame
from etl.extract.years import opener_year
from etl.lexicon.countries import count_mentions, country_by_name, resolve_country

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
        value = token_value(m.group("n"))
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


_FOREIGN = (
    r"(?:foreign(?:ers\b|\s+(?:nationals|citizens|victims|workers|migrants)\b)|"
    r"third-country\s+nationals\b)"
)
#: "Of these, 624 were foreign nationals", "these included 98 foreign nationals", "as were
#: all 18 foreign nationals": a part of the victims counted before, stated outright.
_OF_THESE_FOREIGN_RE = re.compile(
    r"\b(?:of|among)\s+(?:these|those|them|whom|the\s+new\s+(?=clients|victims))"
    r"(?:\s*(?:[\w-]+\s+){0,2}?(?:victims|clients))?\s*,?\s+"
    r"(?P<n>" + NUMBER + r")\s+were\s+" + _FOREIGN
)
#: "Of the 152 victims, 11 were foreign nationals": a part of the total named by its value.
_OF_TOTAL_FOREIGN_RE = re.compile(
    r"\b(?:of|among)\s+the\s+(?P<total>\d[\d,]*)(?:\s+[\w-]+){0,3}?\s*,\s+"
    r"(?P<n>" + NUMBER + r")\s+were\s+" + _FOREIGN
)
#: "...; three of them were foreign nationals", ", 30 of whom were foreign nationals", "and
#: 12 were foreign nationals", "Eleven of the victims were foreign nationals": a part
#: stated as its own clause after the total.
_CLAUSE_FOREIGN_RE = re.compile(
    r"(?:^(?:only\s+)?|[;,]\s+(?:and\s+|while\s+)?|\band\s+)(?P<n>"
    + NUMBER
    + r")(?:\s+of\s+(?:them|these|those|whom|which|the\s+(?:identified\s+)?victims"
    r"(?:\s+identified)?))?"
    r"\s+were\s+" + _FOREIGN
)
#: "All of the identified victims were foreign nationals" opening its own sentence: the
#: whole total counted before.
_ALL_WERE_FOREIGN_RE = re.compile(
    r"^all\s+(?:of\s+(?:the|these|those|them)(?:\s+identified)?(?:\s+victims)?"
    r"(?:\s+identified)?\s+)?were\s+" + _FOREIGN
)
#: "Both were Indonesian domestic workers" after two victims: both foreign, where the
#: nationality is not the report's own country.
_BOTH_WERE_RE = re.compile(r"^both\s+(?:of\s+(?:them|these|those)\s+)?were\s+(?P<dem>[a-z][\w-]+)")
#: "Of the victims who received assistance, ... eight were foreign": not the identified ones.
_OTHER_VICTIMS_RE = re.compile(
    r"\b(?:who|that|which|whom|assist(?:ed|ance)|received|shelter(?:ed|s)|referred|serv(?:ed|ices))\b"
)
_INCLUDED_FOREIGN_RE = re.compile(
    r"(?:\b(?:these|this|they|which)\s+includ(?:ed|es)|\bincluding|\ball)\s+"
    r"(?P<n>" + NUMBER + r")\s+" + _FOREIGN
)
#: "identified 17 victims in 2017; 14 foreign nationals and three Belizeans" (an em dash is
#: read as ";"), "(14 foreign nationals and three Belizeans)": the total listed by nationality.
_LISTED_FOREIGN_RE = re.compile(
    r"[;(]\s*(?P<n>" + NUMBER + r")\s+" + _FOREIGN + r"(?=\s*(?:[;,.)]|$)|\s+and\s)"
)
#: A year before the list's end: the list is an earlier year's.
_LIST_YEAR_RE = re.compile(r"[^;)]*?\b(?:19|20)\d\d\b")
#: "eight trafficking victims ..., all of them foreign nationals exploited in forced labor".
_ALL_OF_THEM_FOREIGN_RE = re.compile(
    r"(?:,\s+compared\s+(?:with|to)\s+[^,;()]{1,60})?[,;]\s+all\s+(?:of\s+(?:them|whom)\s+"
    r"(?:were\s+)?)?"
    r"(?:"
    + _FOREIGN
    + r"|foreign\s+(?:women|men|girls|boys|children|adults|minors)\b)"
    + r"(?:\s+(?:who\s+were\s+)?(?:exploited|trafficked|subjected)\s+(?:in|for|to|into)\s+"
    r"(?:(?P<sex>sex\s+trafficking|commercial\s+sex)|(?P<labor>forced\s+labou?r|labou?r\s+"
    r"trafficking)))?"
)


#: "identified 12 victims; all were Papua New Guinean nationals": no foreign victims.
_ALL_OWN_RE = re.compile(
    r"(?:,\s+compared\s+(?:with|to)\s+[^,;()]{1,60})?[,;]\s+all\s+(?:of\s+them\s+)?were\s+"
    r"(?P<dem>[a-z][a-z -]{2,40}?)\s+(?:nationals|citizens)\b"
)


#: A sentence with no total that says every identified victim was of the report's country:
#: "All identified victims were Kazakhstani", "all of the identified victims were citizens".
_ALL_IDENTIFIED_OWN_RE = re.compile(
    r"(?:^|[,;]\s+|\bthat\s+)[Aa]ll\s+(?:of\s+the\s+|the\s+)?(?:identified|confirmed)\s+"
    r"(?:trafficking\s+)?victims\s+(?:in\s+(?P<year>(?:19|20)\d{2})\s+)?were\s+"
    r"(?P<dem>[A-Za-z][\w-]+)(?:\s+(?:nationals|citizens))?(?=\s*[,;.]|\s*$)"
)


def all_identified_own(
    original: str, country: str | None, reporting_year: int | None
) -> list[Count]:
    """ "All identified victims were <own demonym>" without a total: zero foreign victims
    in the reporting period (or the year the clause names)."""
    own = resolve_country(country) if country else None
    m = _ALL_IDENTIFIED_OWN_RE.search(original)
    if own is None or m is None or set(count_mentions(m.group("dem"))) != {own.iso3}:
        return []
    year = int(m.group("year")) if m.group("year") else reporting_year
    if year is None:
        return []
    return [
        Count(
            "victims_identified_foreign",
            year,
            0,
            m.start("dem"),
            m.end("dem"),
            "count.all_own_nationals",
            None,
        )
    ]


def all_own_nationals(
    text: str, original: str, country: str | None, head: tuple[tuple[int, ...], int, int]
) -> list[Count]:
    """ "..., all were <own demonym> nationals" after the identified total: zero foreign."""
    own = resolve_country(country) if country else None
    m = _ALL_OWN_RE.match(text, _comma_after(text, head[2]))
    if own is None or m is None or len(original) != len(text):
        return []
    if set(count_mentions(original[m.start("dem") : m.end("dem")])) != {own.iso3}:
        return []
    year = head[0][0]
    rule = "count.all_own_nationals"
    return [Count("victims_identified_foreign", year, 0, m.start(), m.end(), rule, None)]


def foreign_parts(
    text: str,
    inherited: Frame | None,
    head: tuple[tuple[int, ...], int, int] | None,
    opener: bool,
) -> list[Count]:
    """Foreign victims stated as a part of the identified victims counted just before:
    `head` is this sentence's identified total (years, value, where it ends) or, for a
    sentence that counts none, the frame of the sentence before (`inherited`)."""
    if "foreign" not in text and "third-country" not in text:
        return []
    total: tuple[tuple[int, ...], int, int] | None = head
    if total is None and inherited is not None and inherited.verb == g.IDENTIFY:
        h = inherited.head
        if h is not None and h[0] == "victims_identified" and inherited.years:
            total = (inherited.years, h[2], 0)
    if total is None:
        return []
    years, value, after = total
    year = years[0]
    out: list[Count] = []
    parts = list(_OF_THESE_FOREIGN_RE.finditer(text, after))
    if head is not None or opener:
        parts += _INCLUDED_FOREIGN_RE.finditer(text, after)
    if head is not None:
        parts += (
            m
            for m in _LISTED_FOREIGN_RE.finditer(text, after)
            if not _LIST_YEAR_RE.match(text, m.end())
        )
    parts += (
        m
        for m in _CLAUSE_FOREIGN_RE.finditer(text, after)
        if head is not None or m.start() == 0 or not _OTHER_VICTIMS_RE.search(text, 0, m.start())
    )
    parts += (
        m
        for m in _OF_TOTAL_FOREIGN_RE.finditer(text, after)
        if token_value(m.group("total")) == value
    )
    seen: set[int] = set()
    for m in parts:
        if m.start("n") in seen:
            continue
        seen.add(m.start("n"))
        n = token_value(m.group("n"))
        if n is not None and 0 < n <= value:
            out.append(
                Count(
                    "victims_identified_foreign",
                    year,
                    n,
                    m.start("n"),
                    m.end("n"),
                    "count.foreign_part",
                    None,
                    ("victims_identified", year, value),
                )
            )
    if head is None:
        whole = _ALL_WERE_FOREIGN_RE.match(text)
        if whole is not None:
            out.append(
                Count(
                    "victims_identified_foreign",
                    year,
                    value,
                    whole.start(),
                    whole.end(),
                    "count.all_foreign",
                    None,
                    ("victims_identified", year, value),
                )
            )
    if head is not None:
        all_foreign = _ALL_OF_THEM_FOREIGN_RE.match(text, _comma_after(text, after))
        if all_foreign is not None:
            metrics = ["victims_identified_foreign"]
            if all_foreign.lastgroup in ("sex", "labor"):
                metrics.append(f"victims_identified_{all_foreign.lastgroup}")
            for metric in metrics:
                out.append(
                    Count(
                        metric,
                        year,
                        value,
                        all_foreign.start(),
                        all_foreign.end(),
                        "count.all_foreign",
                        None,
                        ("victims_identified", year, value),
                    )
                )
    return out


_TO_COMMA_RE = re.compile(r"(?:\s+(?:in|during)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?(?=,)")


def _comma_after(text: str, pos: int) -> int:
    """Where the comma after a head's noun phrase (and its year phrase) is."""
    m = _TO_COMMA_RE.match(text, pos)
    return m.end() if m else pos


def both_foreign(
    text: str, original: str, country: str | None, inherited: Frame | None
) -> list[Count]:
    """ "Both were Indonesian" after a sentence that identified two victims: two foreign
    victims, where the nationality named is another country's."""
    m = _BOTH_WERE_RE.match(text)
    if m is None or inherited is None or inherited.verb != g.IDENTIFY or not inherited.years:
        return []
    h = inherited.head
    if h is None or not h[0].startswith("victims_identified") or h[2] != 2:
        return []
    own = resolve_country(country) if country else None
    if own is None or len(original) != len(text):
        return []
    named = set(count_mentions(original[m.start("dem") : m.end("dem")]))
    if not named or own.iso3 in named:
        return []
    year = inherited.years[0]
    return [
        Count(
            "victims_identified_foreign",
            year,
            2,
            m.start("dem"),
            m.end("dem"),
            "count.both_foreign",
            None,
        )
    ]
