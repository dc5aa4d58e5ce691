"""Weaker clues to a report's country, for texts that never name it: an institution only one
country has ("NAPTIP" is Nigeria's anti-trafficking agency) and a sum of money in a
currency only one country uses ("5 million naira" is Nigeria; "rupees" or "euros" say
nothing)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import cache

import pycountry

from etl.lexicon import currencies
from etl.lexicon.currencies import territory_currencies

#: Institutions (names or acronyms, case as written) that belong to exactly one country.
_INSTITUTIONS: dict[str, str] = {
    "NAPTIP": "NGA",
    "National Agency for the Prohibition of Trafficking in Persons": "NGA",
    "IACAT": "PHL",
    "Inter-Agency Council Against Trafficking": "PHL",
    "POEA": "PHL",
    "DSWD": "PHL",
    "FEVIMTRA": "MEX",
    "Federal Investigation Agency": "PAK",
    "BP2MI": "IDN",
    "BNP2TKI": "IDN",
    "Carabinieri": "ITA",
    "Guardia di Finanza": "ITA",
    "Garda Síochána": "IRL",
    "SVET": "GTM",
    "CONATT": "CRI",
}
_INSTITUTION_RE = re.compile(
    r"\b(" + "|".join(re.escape(n) for n in sorted(_INSTITUTIONS, key=len, reverse=True)) + r")\b"
)
#: Since when a currency counts as a country's: the reports start in 2001.
_SINCE = date(2000, 1, 1)


def institution_votes(text: str) -> Counter[str]:
    """How often each country (ISO3) is named through one of its own institutions."""
    return Counter(_INSTITUTIONS[m.group(1)] for m in _INSTITUTION_RE.finditer(text))


@cache
def _currency_countries() -> dict[str, str]:
    """ISO 4217 code -> ISO3 of the one country that has used it since 2000."""
    users: dict[str, set[str]] = {}
    for c in pycountry.countries:
        for code in territory_currencies(c.alpha_2, _SINCE, date.today()):
            users.setdefault(code, set()).add(c.alpha_3)
    return {code: next(iter(u)) for code, u in users.items() if len(u) == 1}


#: A figure and the (up to four) words after it: "5 million naira", "25.97 million KZT".
_FIGURE_WORDS_RE = re.compile(
    r"\d[\d,.]*(?:\s+(?:thousand|million|billion|lakh|crore))?"
    r"\s+([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})"
)
#: A currency code before a figure: "KZT 500", "NGN5,000".
_CODE_FIGURE_RE = re.compile(r"([A-Z]{3})\s?\d")


@cache
def _currency_tables() -> tuple[dict[str, str], dict[str, str]]:
    """The country (ISO3) of each single-country currency name (lower case) and code."""
    single = _currency_countries()
    by_name: dict[str, str] = {}
    for name, codes in currencies.NAMES.items():
        countries = {single.get(c) for c in codes}
        if len(countries) == 1 and None not in countries:
            by_name[name] = countries.pop() or ""
    return by_name, single


def currency_country(text: str) -> str | None:
    """The country (ISO3) whose own currency the text's sums of money are in, if they all
    point to one country."""
    by_name, by_code = _currency_tables()
    found: Counter[str] = Counter()
    for m in _FIGURE_WORDS_RE.finditer(text):
        words = m.group(1).split()
        if words[0] in by_code:
            found[by_code[words[0]]] += 1
            continue
        for size in range(len(words), 0, -1):
            country = by_name.get(" ".join(words[:size]).lower())
            if country:
                found[country] += 1
                break
    for m in _CODE_FIGURE_RE.finditer(text):
        if m.group(1) in by_code and not text[max(0, m.start() - 1) : m.start()].isalpha():
            found[by_code[m.group(1)]] += 1
    return next(iter(found)) if len(found) == 1 else None
