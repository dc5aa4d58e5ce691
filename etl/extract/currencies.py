"""Currency names, codes and symbols in English, from babel's CLDR data plus the short forms
the narratives use ("tenge", "lei", "soum"), resolved by the report's country where a name
is shared ("manat": AZN or TMT; "lei": MDL or RON)."""

from __future__ import annotations

from functools import lru_cache

import babel.numbers
import pycountry
from babel import Locale

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
    "leva": ("BGN",),
    "lev": ("BGN",),
    "lek": ("ALL",),
    "leke": ("ALL",),
    "lekë": ("ALL",),
    "hryvnia": ("UAH",),
    "hryvnias": ("UAH",),
    "hryvnya": ("UAH",),
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
    "dollars": ("USD",),
    "eastern caribbean dollars": ("XCD",),
    "ec dollars": ("XCD",),
    "u.s. dollars": ("USD",),
    "us dollars": ("USD",),
    "american dollars": ("USD",),
    "francs": ("XOF", "XAF", "CHF", "GNF", "RWF", "BIF", "CDF", "DJF", "KMF", "MGA"),
}
#: Prefix symbols, longest first (matched on lower-cased text).
SYMBOLS: tuple[tuple[str, str], ...] = (
    ("us$", "USD"),
    ("nt$", "TWD"),
    ("hk$", "HKD"),
    ("tt$", "TTD"),
    ("ec$", "XCD"),
    ("j$", "JMD"),
    ("s$", "SGD"),
    ("a$", "AUD"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("₦", "NGN"),
    ("₹", "INR"),
    ("₱", "PHP"),
    ("₸", "KZT"),
    ("₴", "UAH"),
    ("₾", "GEL"),
    ("rs.", "INR"),
    ("rs", "INR"),
)
#: The longest currency name, in words.
MAX_NAME_WORDS = 4


def _names() -> dict[str, tuple[str, ...]]:
    """Every English currency name (singular, plural, "and" for "&") to its codes."""
    names: dict[str, set[str]] = {k: set(v) for k, v in _EXTRA_NAMES.items()}
    plurals = _EN._data["currency_names_plural"]
    for code, name in _EN.currencies.items():
        if code.startswith("X") and code not in ("XOF", "XAF", "XCD", "XPF"):
            continue  # gold, special drawing rights, test codes
        forms = {name.lower()}
        if code in plurals:
            forms.update(v.lower() for v in plurals[code].values())
        for form in list(forms):
            forms.add(form.replace("&", "and"))
            forms.add(form.replace(" & ", " "))
        for form in forms:
            names.setdefault(form, set()).add(code)
    return {k: tuple(sorted(v)) for k, v in names.items()}


NAMES: dict[str, tuple[str, ...]] = _names()
#: The first word of every currency name: a figure followed by another word is not money.
FIRST_WORDS: frozenset[str] = frozenset(name.split()[0] for name in NAMES)
CODES: frozenset[str] = frozenset(c for v in NAMES.values() for c in v)


@lru_cache(maxsize=512)
def country_currencies(iso3: str | None) -> tuple[str, ...]:
    """The currencies a country uses now (ISO 3166 alpha-3 in, ISO 4217 codes out)."""
    if not iso3:
        return ()
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return ()
    return tuple(babel.numbers.get_territory_currencies(country.alpha_2))


def resolve(codes: tuple[str, ...], iso3: str | None) -> str | None:
    """The one code a name means in a report about `iso3`, or None if it stays ambiguous."""
    if len(codes) == 1:
        return codes[0]
    local = [c for c in codes if c in country_currencies(iso3)]
    if len(local) == 1:
        return local[0]
    return None
