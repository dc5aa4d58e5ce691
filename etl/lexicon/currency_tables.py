"""The currency tables of `etl.lexicon.currencies`, built from babel's CLDR data and pycountry
and written to `currencies.json` beside this module, so that importing the extractor does
not import babel and build them (about a second).

    uv run python -m etl.lexicon.currency_tables   # after upgrading babel or pycountry

A test builds them again and compares: the stored file cannot go stale unnoticed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import babel.languages
import babel.numbers
import pycountry
from babel import Locale
from babel.core import get_global

TABLE_PATH = Path(__file__).with_name("currencies.json")
_EN = Locale("en")
#: Short forms babel does not list as such; each maps to the codes it may mean.
_EXTRA_NAMES: dict[str, tuple[str, ...]] = {
    "som": ("KGS", "UZS"),
    "soms": ("KGS",),
    "soum": ("UZS",),
    "soums": ("UZS",),
    "sum": ("UZS",),
    "lei": ("MDL", "RON"),
    "leu": ("MDL", "RON"),
    "manat": ("AZN", "TMT"),
    "manats": ("AZN", "TMT"),
    "tenge": ("KZT",),
    "tenges": ("KZT",),
    "naira": ("NGN",),
    "cedis": ("GHS",),
    "cedi": ("GHS",),
    "lari": ("GEL",),
    "laris": ("GEL",),
    "somoni": ("TJS",),
    "somonis": ("TJS",),
    "maloti": ("LSL",),
    "emalangeni": ("SZL",),
    "lilangeni": ("SZL",),
    "leva": ("BGN",),
    "lev": ("BGN",),
    "lek": ("ALL",),
    "leke": ("ALL",),
    "lekë": ("ALL",),
    "hryvnia": ("UAH",),
    "hryvnias": ("UAH",),
    "hryvnya": ("UAH",),
    "hryvna": ("UAH",),
    "new kwacha": ("ZMW",),
    "rubles": ("RUB", "BYN"),
    "roubles": ("RUB", "BYN"),
    "ruble": ("RUB", "BYN"),
    "belarusian rubles": ("BYN",),
    "drams": ("AMD",),
    "dram": ("AMD",),
    "denars": ("MKD",),
    "denar": ("MKD",),
    "kuna": ("HRK",),
    "kunas": ("HRK",),
    "convertible marks": ("BAM",),
    # Bosnia's convertible marks, written bare; the German mark before the euro
    "marks": ("BAM", "DEM"),
    "cfa francs": ("XOF", "XAF"),
    "cfa": ("XOF", "XAF"),
    "fcfa": ("XOF", "XAF"),
    "quetzales": ("GTQ",),
    "lempiras": ("HNL",),
    "colones": ("CRC", "SVC"),
    "cordobas": ("NIO",),
    "córdobas": ("NIO",),
    "guaranies": ("PYG",),
    "reais": ("BRL",),
    "bolivianos": ("BOB",),
    "soles": ("PEN",),
    "nuevos soles": ("PEN",),
    "bolivars": ("VES",),
    "gourdes": ("HTG",),
    "rupees": ("INR", "PKR", "LKR", "NPR", "MUR", "SCR", "MVR"),
    "taka": ("BDT",),
    "kyat": ("MMK",),
    "riels": ("KHR",),
    "kip": ("LAK",),
    "dong": ("VND",),
    "yuan": ("CNY",),
    "renminbi": ("CNY",),
    "rmb": ("CNY",),
    "won": ("KRW", "KPW"),
    "yen": ("JPY",),
    "baht": ("THB",),
    "ringgit": ("MYR",),
    "rupiah": ("IDR",),
    "tugriks": ("MNT",),
    "togrogs": ("MNT",),
    "afghanis": ("AFN",),
    "shekels": ("ILS",),
    "new israeli shekels": ("ILS",),
    "nis": ("ILS",),
    "dirhams": ("AED", "MAD"),
    "riyals": ("SAR", "QAR", "OMR", "YER"),
    "rials": ("OMR", "IRR", "YER"),
    "dinars": ("BHD", "KWD", "JOD", "IQD", "TND", "DZD", "LYD", "RSD"),
    "pounds": ("GBP", "EGP", "LBP", "SDG", "SSP", "SYP"),
    "shillings": ("KES", "UGX", "TZS", "SOS"),
    "birr": ("ETB",),
    "kwacha": ("ZMW", "MWK"),
    "rand": ("ZAR",),
    "leones": ("SLE", "SLL"),
    "dalasi": ("GMD",),
    "pula": ("BWP",),
    "nakfa": ("ERN",),
    "ariary": ("MGA",),
    "kwanza": ("AOA",),
    "meticais": ("MZN",),
    "zloty": ("PLN",),
    "zlotys": ("PLN",),
    "zlotych": ("PLN",),
    "forints": ("HUF",),
    "korunas": ("CZK",),
    "crowns": ("CZK",),
    "kroner": ("DKK", "NOK"),
    "kronor": ("SEK",),
    "krona": ("SEK", "ISK"),
    "lira": ("TRY",),
    "liras": ("TRY",),
    "euros": ("EUR",),
    "euro": ("EUR",),
    "pesos": ("MXN", "PHP", "COP", "ARS", "CLP", "DOP", "UYU", "CUP", "BOB"),
    "eastern caribbean dollars": ("XCD",),
    "ec dollars": ("XCD",),
    "u.s. dollars": ("USD",),
    "us dollars": ("USD",),
    "american dollars": ("USD",),
    "francs": ("XOF", "XAF", "CHF", "GNF", "RWF", "BIF", "CDF", "DJF", "KMF", "MGA"),
}
#: Symbols written before the number, each with the codes it may mean (matched on
#: lower-cased text). "$" is always the US dollar in the narratives. babel's English symbols
#: ("€", "₹", "R$", "F CFA") are added to these by `_symbols`.
_EXTRA_SYMBOLS: dict[str, tuple[str, ...]] = {
    "us$": ("USD",),
    "$": ("USD",),
    "tt$": ("TTD",),
    "j$": ("JMD",),
    "s$": ("SGD",),
    "bds$": ("BBD",),
    "bz$": ("BZD",),
    "n$": ("NAD",),
    "rd$": ("DOP",),
    "mop$": ("MOP",),
    # the euro sign as PDF text extraction writes it in euro-area narratives (METRICS.md);
    # also a bullet, so it counts only where the report's country uses the euro
    "•": ("EUR",),
    "£": ("GBP",),
    "₦": ("NGN",),
    "₸": ("KZT",),
    "₴": ("UAH",),
    "₾": ("GEL",),
    "₼": ("AZN",),
    "₺": ("TRY",),
    "₽": ("RUB",),
    "฿": ("THB",),
    "৳": ("BDT",),
    "₡": ("CRC",),
    "₲": ("PYG",),
    "₭": ("LAK",),
    "₮": ("MNT",),
    "gh₵": ("GHS",),
    "rp": ("IDR",),
    "rp.": ("IDR",),
    "rs.": ("INR", "PKR", "LKR", "NPR", "MUR", "SCR"),
    "rs": ("INR", "PKR", "LKR", "NPR", "MUR", "SCR"),
    "ksh": ("KES",),
    "ksh.": ("KES",),
    "ush": ("UGX",),
    "tsh": ("TZS",),
    "rm": ("MYR",),
    "s/.": ("PEN",),
    "s/": ("PEN",),
    "fcfa": ("XOF", "XAF"),
    "f cfa": ("XOF", "XAF"),
    "cfa": ("XOF", "XAF"),
}
#: Single words that name a currency only in an adjective's company ("Brazilian real"),
#: never alone after a number ("5,000 real victims").
_NOT_BARE = frozenset({"real", "mark", "marks", "pound", "franc", "dollar", "gold"})

_TERRITORY_CURRENCIES: Mapping[str, list[tuple]] = get_global("territory_currencies")


def _current_territories() -> dict[str, set[str]]:
    """Each currency in use today (legal tender) to the territories that use it."""
    out: dict[str, set[str]] = {}
    for territory, spans in _TERRITORY_CURRENCIES.items():
        for code, _start, end, tender in spans:
            if end is None and tender:
                out.setdefault(code, set()).add(territory)
    return out


def _forms(code: str) -> set[str]:
    """babel's English names of `code`, singular and plural, lower-cased ("&" as "and")."""
    forms = {babel.numbers.get_currency_name(code, locale=_EN).lower()}
    forms.update(v.lower() for v in _EN._data["currency_names_plural"].get(code, {}).values())
    for form in list(forms):
        forms.add(form.replace("&", "and"))
        forms.add(form.replace(" & ", " "))
        forms.add(form.replace("ʻ", "'"))  # "paʻanga" as the narratives write it
    return {f for f in forms if "(" not in f and f != code.lower()}


def _adjectives(code: str, forms: set[str], territories: set[str]) -> set[str]:
    """The words before the unit in babel's names ("nepalese" in "nepalese rupee") and the
    English names of the official languages of the countries using `code` where the
    language is named after the country ("Nepali" for Nepal, "Kyrgyz" for Kyrgyzstan)."""
    adjectives = {f.rsplit(" ", 1)[0] for f in forms if " " in f}
    # CLDR's "Guyanaese" for the usual "Guyanese".
    adjectives.update(a[:-4] + "ese" for a in list(adjectives) if a.endswith("aese"))
    for territory in territories:
        country = (_EN.territories.get(territory) or "").lower()
        stems = {w[:4] for w in country.split() if len(w) >= 4}
        stems.update(a.split()[-1][:4] for a in adjectives)
        for language in babel.languages.get_official_languages(territory):
            name = (_EN.languages.get(language) or "").lower()
            if " " not in name and name[:4] in stems:
                adjectives.add(name)
    return adjectives


def _names() -> dict[str, tuple[str, ...]]:
    """Every English currency name to its codes: babel's names, singular and plural; the
    country's adjective with every form of the unit ("nepali rupees", "brazilian reais",
    "kyrgyz som"); the bare unit ("patacas", "rupees": resolved by the report's country)."""
    names: dict[str, set[str]] = {k: set(v) for k, v in _EXTRA_NAMES.items()}
    current = _current_territories()
    extra_units: dict[str, set[str]] = {}
    for name, codes in _EXTRA_NAMES.items():
        if " " not in name:
            for code in codes:
                extra_units.setdefault(code, set()).add(name)
    for code in map(str, _EN.currencies):
        if code.startswith("X") and code not in ("XOF", "XAF", "XCD", "XPF"):
            continue  # gold, special drawing rights, test codes
        forms = _forms(code)
        for form in forms:
            names.setdefault(form, set()).add(code)
        if code not in current:
            continue  # an old currency keeps its full names only
        units = {f.rsplit(" ", 1)[-1] for f in forms} | extra_units.get(code, set())
        for adjective in _adjectives(code, forms, current[code]):
            for unit in units:
                names.setdefault(f"{adjective} {unit}", set()).add(code)
        for unit in units - _NOT_BARE:
            names.setdefault(unit, set()).add(code)
    return {k: tuple(sorted(v)) for k, v in names.items()}


def _symbols() -> dict[str, tuple[str, ...]]:
    """Prefix symbols (lower-cased) to their codes: babel's English ones and the extras."""
    symbols: dict[str, set[str]] = {k: set(v) for k, v in _EXTRA_SYMBOLS.items()}
    for code, symbol in _EN.currency_symbols.items():
        symbol = symbol.replace("\u202f", " ").lower()
        if symbol not in (code.lower(), "$", "¤"):
            symbols.setdefault(symbol, set()).add(code)
    return {k: tuple(sorted(v)) for k, v in symbols.items()}


def build_tables() -> dict[str, Any]:
    """Every table `etl.lexicon.currencies` reads, as JSON-ready values: currency names and
    prefix symbols to their codes, each territory's currencies with their dates of use
    (babel's spans: code, first day, last day, legal tender), each currency's English name
    and each country's ISO 3166 alpha-2 code by its alpha-3 code in lower case."""
    return {
        "names": _names(),
        "symbols": _symbols(),
        "territory_currencies": {
            territory: [[code, start, end, tender] for code, start, end, tender in spans]
            for territory, spans in _TERRITORY_CURRENCIES.items()
        },
        "currency_names": dict(_EN.currencies.items()),
        "alpha_2": {c.alpha_3.lower(): c.alpha_2 for c in pycountry.countries},
    }


def as_json(tables: dict[str, Any]) -> str:
    """The tables as the stored file holds them."""
    return json.dumps(tables, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def main() -> None:
    TABLE_PATH.write_text(as_json(build_tables()), encoding="utf-8")
    print(f"wrote {TABLE_PATH}")


if __name__ == "__main__":
    main()
