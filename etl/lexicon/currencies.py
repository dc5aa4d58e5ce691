"""Currency names, codes and symbols in English, from babel's CLDR data plus the short forms
the narratives use ("tenge", "lei", "soum"), resolved by the report's country where a name
is shared ("manat": AZN or TMT; "lei": MDL or RON).

The tables are built by `etl.lexicon.currency_tables` and read here from `currencies.json`:
importing this module does not import babel.
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import lru_cache
from pathlib import Path

_TABLES = json.loads(Path(__file__).with_name("currencies.json").read_text(encoding="utf-8"))
_Span = tuple[str, "tuple[int, ...] | None", "tuple[int, ...] | None", bool]
#: Each territory's currencies: code, first and last day of use (or None), legal tender.
_TERRITORY_CURRENCIES: dict[str, list[_Span]] = {
    territory: [
        (code, tuple(start) if start else None, tuple(end) if end else None, tender)
        for code, start, end, tender in spans
    ]
    for territory, spans in _TABLES["territory_currencies"].items()
}
_CURRENCY_NAMES: dict[str, str] = _TABLES["currency_names"]
#: ISO 3166 alpha-2 by alpha-3 in lower case (pycountry's, which ignores case).
_ALPHA_2: dict[str, str] = _TABLES["alpha_2"]
#: Territories without an ISO 3166 code, by the user-assigned codes CLDR also uses (Kosovo).
_USER_ASSIGNED_ALPHA_2: dict[str, str] = {"XKX": "XK"}

NAMES: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _TABLES["names"].items()}
SYMBOLS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _TABLES["symbols"].items()}
#: Symbols that mean their currency only in a report about a country that uses it.
LOCAL_ONLY_SYMBOLS: frozenset[str] = frozenset({"•"})
#: The first word of every currency name: a figure followed by another word is not money.
FIRST_WORDS: frozenset[str] = frozenset(name.split()[0] for name in NAMES)
CODES: frozenset[str] = frozenset(c for v in NAMES.values() for c in v)
#: The last word of every currency name ("dollars", "maloti").
UNITS: frozenset[str] = frozenset(name.split()[-1] for name in NAMES)


@lru_cache(maxsize=512)
def country_currencies(iso3: str | None) -> tuple[str, ...]:
    """The currencies a country uses now (ISO 3166 alpha-3 in, ISO 4217 codes out)."""
    alpha_2 = _alpha_2(iso3) if iso3 else None
    if alpha_2 is None:
        return ()
    return territory_currencies(alpha_2)


def _alpha_2(iso3: str) -> str | None:
    """The ISO 3166 alpha-2 code of `iso3` (or CLDR's user-assigned one, Kosovo)."""
    return _ALPHA_2.get(iso3.lower()) or _USER_ASSIGNED_ALPHA_2.get(iso3)


def territory_currencies(
    alpha_2: str, start: date | None = None, end: date | None = None
) -> tuple[str, ...]:
    """The legal tender of a territory at some time from `start` to `end` (both today when
    not given; `end` is `start` when only that is), in babel's order: what
    `babel.numbers.get_territory_currencies` gives."""
    first = start or date.today()
    last = end or first
    since, until = (first.year, first.month, first.day), (last.year, last.month, last.day)
    return tuple(
        code
        for code, begins, ends, tender in _TERRITORY_CURRENCIES.get(alpha_2.upper(), ())
        if tender and (begins is None or begins <= until) and (ends is None or ends >= since)
    )


def resolve(codes: tuple[str, ...], iso3: str | None) -> str | None:
    """The one code a name means in a report about `iso3`, or None if it stays ambiguous."""
    if len(codes) == 1:
        return codes[0]
    local = [c for c in codes if c in country_currencies(iso3)]
    if len(local) == 1:
        return local[0]
    return None


@lru_cache(maxsize=2048)
def currencies_in_year(iso3: str | None, year: int) -> frozenset[str]:
    """The currencies that were legal tender in a country at some time during `year`
    (Sierra Leone in 2017: SLL; in 2022: SLL and the redenominated SLE)."""
    alpha_2 = _alpha_2(iso3) if iso3 else None
    if alpha_2 is None:
        return frozenset()
    return frozenset(
        code
        for code, start, end, tender in _TERRITORY_CURRENCIES.get(alpha_2, ())
        if tender and (start is None or start[0] <= year) and (end is None or end[0] >= year)
    )


@lru_cache(maxsize=512)
def _unit(code: str) -> str:
    """The unit word of a currency's English name, its years dropped ("Venezuelan Bolívar
    (2008–2018)": "bolívar"), so that a currency and its redenomination share it."""
    name = _CURRENCY_NAMES.get(code, code)
    return re.sub(r"\s*\(.*?\)", "", name).lower().rsplit(" ", 1)[-1]


def in_force(code: str, iso3: str | None, year: int | None) -> str:
    """The code of the currency `code` names as it was in `year` in the country: a name
    read as today's code ("leones": SLE) in a year before a redenomination is the code then
    in force (SLL before 2022). `code` itself when it was in force then, or when no single
    code of the country in that year has its unit."""
    if year is None or not iso3:
        return code
    then = currencies_in_year(iso3, year)
    if not then or code in then:
        return code
    same = {c for c in then if _unit(c) == _unit(code)}
    return same.pop() if len(same) == 1 else code


def uses_dollar(iso3: str | None, year: int | None) -> bool:
    """Whether the US dollar was a currency of the country in `year` (today, when the year
    is unknown): Ecuador, El Salvador, Timor-Leste, Zimbabwe from 2009."""
    if not iso3:
        return False
    if year is None:
        return "USD" in country_currencies(iso3)
    return "USD" in currencies_in_year(iso3, year)
