"""Sums of money in a sentence: a figure with its currency (by code, name, adjective or
symbol, resolved by the report's country) and the US dollars printed beside it ("25.97
million tenge ($81,000)", "$149,000 (22 million tenge)", "KZT 500"). Whether an amount
is an allocation, and for what, is the funding rule's business (`rules/funding.py`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from etl.extract.numbers import (
    Figure,
    digits_value,
    has_digit,
    is_negated,
    qualifier_before,
    to_cents,
)
from etl.lexicon import currencies

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


_SCALE = r"(?:\s+(?P<{0}>thousand|million|billion|lakh|crore)\b)?"


_SYMBOL_RE = re.compile(
    r"(?<![a-z$])(?P<sym>"
    + "|".join(re.escape(s) for s in sorted(currencies.SYMBOLS, key=len, reverse=True))
    + r")\s?(?P<num>"
    + _DIGITS
    + r")(?!\w|[.,]\d)"
    + _SCALE.format("scale")
)


#: A number that is none ("25.97.3", "1,23,4"), then the words after it up to a
#: parenthesis: what the parenthesis holds ("($77,918)") restates that number, so it is
#: no amount of its own.
_MALFORMED_THEN_PAREN_RE = re.compile(
    # (the lookbehind after the first digit, so that the regex engine can skip ahead to digits)
    r"(?P<num>\d(?<![\w.,]\d)\d*(?:[.,]\d+)+)(?![\w])(?:\s+[^\s()]+){0,4}?\s*"
    r"\((?P<inside>[^()]*)\)"
)
_WELL_FORMED_RE = re.compile(_DIGITS)


#: Every currency name right after a number ("million nepali rupees"), longest first.
_NAME_AFTER_RE = re.compile(
    r"\s+(?P<name>"
    + "|".join(re.escape(n) for n in sorted(currencies.NAMES, key=len, reverse=True))
    + r")(?![\w-])"
)


_SIGNS = sorted({c for s in currencies.SYMBOLS for c in s if not c.isascii()} | {"$"})


_LETTER_SYMBOLS = sorted(
    {s.rstrip("./") for s in currencies.SYMBOLS if s.rstrip("./").isalpha() and s.isascii()},
    key=len,
    reverse=True,
)


_SIGN_RE = re.compile("[" + "".join(re.escape(c) for c in _SIGNS) + "]")
#: A letter symbol before a number ("rs(?<!\wrs)" is "\brs", written so that the regex
#: engine can skip ahead to first characters).
_LETTER_SYMBOL_RE = re.compile(
    "(?:"
    + "|".join(f"{re.escape(s)}(?<!\\w{re.escape(s)})" for s in _LETTER_SYMBOLS)
    + r")[./]?\s?\d"
)


def may_hold_symbol_amount(text: str) -> bool:
    """Quick test for "an amount written with a symbol may be here": a currency sign, or a
    letter symbol before a number (looked for only where the text has a digit at all). Every
    sign but "$" is outside ASCII, and `str.isascii` costs nothing."""
    if "$" in text or (not text.isascii() and _SIGN_RE.search(text) is not None):
        return True
    return has_digit(text) and _LETTER_SYMBOL_RE.search(text) is not None


#: A year phrase between an amount and its dollars.
_DATED_RE = re.compile(
    r"\s+(?:(?:allocated|provided|spent|budgeted|disbursed)\s+)?(?:in|during)\s+(?:1[89]|2[01])\d{2}"
)
_CODE_BEFORE_RE = re.compile(r"\b(?P<code>[A-Z]{3})\s?$")


_USD_PAREN_RE = re.compile(
    r"\s*\(\s*(?:approximately\s+|about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|"
    r"at\s+least\s+|roughly\s+|some\s+|~\s*)?(?:us)?\$\s?(?P<usd>"
    + _DIGITS
    + r")"
    + _SCALE.format("usd_scale")
    + r"\s*\)"
)


#: A parenthesis restating the local amount, then the dollars after a semicolon ("13.4
#: million New Taiwan dollars (NT$13.4 million; $435,000)"): the dollars are the amount's.
_RESTATED_USD_PAREN_RE = re.compile(
    r"\s*\(\s*(?:[a-z]{1,4}\.?\s?)?\$?\s?(?:"
    + _DIGITS
    + r")(?:\s+(?:thousand|million|billion|lakh|crore))?(?:\s+[a-z]{1,5}\.?)?\s*;\s*"
    r"(?:approximately\s+|about\s+|around\s+|nearly\s+|roughly\s+)?(?:us)?\$\s?(?P<usd>"
    + _DIGITS
    + r")"
    + _SCALE.format("usd_scale")
    + r"\s*\)"
)


#: A dollar range in parentheses ("($870-$2,170)", "($870 to $2,170)"): the amount before
#: it is one end of a range (of fines, salaries, ...), never one allocation.
_USD_RANGE_PAREN_RE = re.compile(
    r"\s*\(\s*(?:approximately\s+|about\s+|between\s+|from\s+)?(?:us)?\$\s?(?:"
    + _DIGITS
    + r")"
    + _SCALE.format("low_scale")
    + r"\s*(?:-|–|—|to|and)\s*(?:us)?\$?\s?(?:"
    + _DIGITS
    + r")"
    + _SCALE.format("high_scale")
    + r"\s*\)"
)


#: The opening of a parenthesis holding the local amount after a dollar one ("$149,000
#: (22 million tenge)"), and its close.
_LOCAL_PAREN_OPEN_RE = re.compile(
    r"\s*\(\s*(?:approximately\s+|about\s+|around\s+|nearly\s+|roughly\s+|some\s+)?"
)


_PAREN_CLOSE_RE = re.compile(r"\s*\)")


#: An abbreviation in parentheses after a currency name: "(KZT)", "(FCFA)", "(Rs.)".
_ABBR_PAREN_RE = re.compile(r"\s*\((?P<abbr>[A-Za-z][A-Za-z$.]{1,5})\)")


_WORD_RE = re.compile(r"\s+([^\s(),;:]+)")


#: A currency phrase that babel does not name, followed by its ISO code in parentheses
#: ("41.7 million Guyanese dollars (GYD)"): the code names the currency.
_CODE_PAREN_AFTER_RE = re.compile(
    r"(?:\s+[A-Za-z][\w'’-]*){0,3}\s+(?P<unit>[A-Za-z]+)\s*\((?P<code>[A-Z]{3})\)"
)


#: A figure and a few words (a currency not read), then the opening of a parenthesis.
_UNREAD_BEFORE_RE = re.compile(
    r"(?:\d|\b(?:thousand|million|billion))(?:\s+[^\s()$;,.]+){1,3}\s*\(\s*"
    r"(?:approximately\s+|about\s+|around\s+|nearly\s+|roughly\s+)?$"
)


#: A capitalised word babel does not give as a currency's adjective, then a unit
#: ("200,000 Belizean dollars").
_ADJECTIVE_UNIT_RE = re.compile(r"\s+[A-Z][\w'’-]+\s+(?P<unit>[a-z][\w'’-]*)(?![\w-])")


#: "the 500,000 euros" restates an amount named before; not the compared amount of a
#: comparison ("an increase from the 6 million lei provided in 2013", "twice the 1.3 million
#: lei provided in 2013").
_DEFINITE_RE = re.compile(
    r"\bof\s+the\s+$|"
    r"(?<!\bfrom\s)(?<!\bthan\s)(?<!\btwice\s)(?<!\bwith\s)(?<!\bcompared\sto\s)\bthe\s+$"
)


@dataclass(frozen=True)
class Amount:
    """A money amount in a sentence (sentence-local offsets)."""

    start: int
    end: int
    value: Decimal
    currency: str | None
    usd: Decimal | None
    qualifier: str | None
    is_range: bool = False


def find_amounts(
    text: str, original: str, country: str | None, figures: list[Figure]
) -> list[Amount]:
    """Every money amount in normalised `text` (whose `figures` are given): local currency
    (with the dollars printed beside it) or dollars alone."""
    out: list[Amount] = []
    for fig in figures:
        if fig.is_year or (fig.is_word and not fig.scaled):
            continue
        nxt = _WORD_RE.match(text, fig.end)
        code: str | None = None
        end = fig.end
        if nxt is not None and (
            nxt.group(1) in currencies.FIRST_WORDS or original[nxt.start(1) : nxt.end(1)].isupper()
        ):
            code, end = _currency_after(text, original, fig.end, country)
        if code is None:
            code, end = _code_paren_after(original, fig.end, code, end)
        if code is None and end == fig.end:
            code, end = _adjective_unit_after(original, text, fig.end, country)
        start = fig.start
        if code is None and end == fig.end and fig.start >= 4 and original[fig.start - 2].isupper():
            code, start = _code_before(original, fig.start)
        if code is None and end == fig.end:
            continue
        out.append(_with_dollars(text, start, end, fig.value, code))
    if may_hold_symbol_amount(text):
        out.extend(_symbol_amounts(text, out, country))
    if not out:
        return out  # (most sentences: nothing to filter or order)
    restated = _restating_malformed(text)
    out = [
        a for a in out if a.currency is not None and not any(s <= a.start < e for s, e in restated)
    ]
    out.sort(key=lambda a: a.start)
    out = _dollars_first(text, out)
    out = [a for a in out if not _restates_unread(text, a)]
    return [
        a
        for a in out
        if not _DEFINITE_RE.search(text, max(0, a.start - 12), a.start) or is_whole_of_part(text, a)
    ]


#: Right before an amount: "of the" after another amount ("expending 378,000 cedis ($78,340)
#: of the 500,000 cedis ..."), not a percentage's whole ("15 percent of the 390,000 lev").
_OF_THE_AFTER_AMOUNT_RE = re.compile(r"(?:\)|\d|million|billion|[a-z]{3,})\s+of\s+the\s+$")
_PERCENT_OF_THE_RE = re.compile(r"\b(?:percent|per\s+cent|%)\s+of\s+the\s+$")
#: Right after the whole: the money was put in or allocated ("... deposited in the Human
#: Trafficking Fund", "... the government allocated for shelters").
_WHOLE_ALLOCATED_RE = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:(?:it|the\s+government|the\s+ministry)\s+)?(?:had\s+)?"
    r"(?:allocat|deposit|budget|earmark|appropriat|committ|approv|transferr|set\s+aside)\w*"
)


def is_whole_of_part(text: str, amount: Amount) -> bool:
    """Whether `amount` is the allocation a part before it was taken from ("spent 378,000
    cedis ($78,340) of the 500,000 cedis ($103,630) deposited in the fund"): the whole is
    money allocated, not a restatement of an amount named before."""
    before = text[max(0, amount.start - 30) : amount.start]
    return (
        _OF_THE_AFTER_AMOUNT_RE.search(before) is not None
        and _PERCENT_OF_THE_RE.search(before) is None
        and _WHOLE_ALLOCATED_RE.match(text, amount.end) is not None
    )


def _restates_unread(text: str, amount: Amount) -> bool:
    """Whether dollars in parentheses restate a figure whose currency was not read ("60,000
    foo ($28,380)"): they are that figure's dollars, no allocation in dollars of their own."""
    return amount.currency == "USD" and bool(
        _UNREAD_BEFORE_RE.search(text, max(0, amount.start - 60), amount.start)
    )


def _restating_malformed(text: str) -> list[tuple[int, int]]:
    """The insides of parentheses that restate a malformed number before them ("25.97.3
    million KZT ($77,918)"): the dollars there are no figure of their own."""
    if "(" not in text:
        return []
    return [
        (m.start("inside"), m.end("inside"))
        for m in _MALFORMED_THEN_PAREN_RE.finditer(text)
        if not _WELL_FORMED_RE.fullmatch(m.group("num"))
    ]


def _with_dollars(
    text: str, start: int, end: int, value: int | Decimal, code: str | None
) -> Amount:
    """The amount with the dollars printed after it in parentheses ("($311,000)"). A name
    that reads as the US dollar but is followed by a dollar figure is another dollar; an
    unresolved currency (`code` None) still holds its span, so its dollars are not another
    amount."""
    range_match = _USD_RANGE_PAREN_RE.match(text, end)
    if range_match is not None:
        return replace(_amount(text, start, range_match.end(), value, code, None), is_range=True)
    usd_match = _USD_PAREN_RE.match(text, end)
    if usd_match is None and code not in (None, "USD"):
        usd_match = _RESTATED_USD_PAREN_RE.match(text, end)
    if usd_match is None and code not in (None, "USD"):
        # "3.2 million patacas allocated in 2016 ($400,000)": the dollars after its year
        dated = _DATED_RE.match(text, end)
        if dated is not None:
            usd_match = _USD_PAREN_RE.match(text, dated.end())
    if code is None:
        return _amount(text, start, usd_match.end() if usd_match else end, value, None, None)
    if code == "USD":
        if usd_match is not None and not text.startswith("$", start):
            return _amount(text, start, usd_match.end(), value, None, None)
        return _amount(text, start, end, value, code, value)
    usd: int | Decimal | None = None
    if usd_match is not None:
        usd = digits_value(usd_match.group("usd"), usd_match.group("usd_scale"))
        end = usd_match.end()
    return _amount(text, start, end, value, code, usd)


def _dollars_first(text: str, amounts: list[Amount]) -> list[Amount]:
    """Amounts printed dollars first, the local amount in parentheses after ("the
    equivalent of $149,000 (22 million tenge)"): one amount in the local currency with
    those dollars."""
    out: list[Amount] = []
    i = 0
    while i < len(amounts):
        amount = amounts[i]
        local = amounts[i + 1] if i + 1 < len(amounts) else None
        if (
            local is not None
            and amount.currency == "USD"
            and not amount.is_range
            and local.currency not in (None, "USD")
            and local.usd is None
            and not local.is_range
        ):
            opened = _LOCAL_PAREN_OPEN_RE.match(text, amount.end)
            closed = _PAREN_CLOSE_RE.match(text, local.end)
            if opened is not None and opened.end() == local.start and closed is not None:
                out.append(
                    replace(
                        local,
                        start=amount.start,
                        end=closed.end(),
                        usd=amount.value,
                        qualifier=amount.qualifier,
                    )
                )
                i += 2
                continue
        out.append(amount)
        i += 1
    return out


def _symbol_amounts(text: str, taken: list[Amount], country: str | None) -> list[Amount]:
    """Amounts written with a symbol before the number ("$77,918", "€1.2 million",
    "Rp 4.5 billion"); a dollar figure in parentheses after one is part of it."""
    out: list[Amount] = []
    covered = [(a.start, a.end) for a in taken]
    for m in _SYMBOL_RE.finditer(text):
        if any(s <= m.start() < e for s, e in covered):
            continue
        code = currencies.resolve(currencies.SYMBOLS[m.group("sym")], country)
        if code is None or (
            m.group("sym") in currencies.LOCAL_ONLY_SYMBOLS
            and code not in currencies.country_currencies(country)
        ):
            continue
        value = digits_value(m.group("num"), m.group("scale"))
        if value is None:
            continue
        if is_negated(text, m.start()) or _dash_before(text, m.start()):
            value = -value
        amount = _with_dollars(text, m.start(), m.end(), value, code)
        covered.append((amount.start, amount.end))
        out.append(amount)
    return out


def _amount(
    text: str,
    start: int,
    end: int,
    value: int | Decimal,
    code: str | None,
    usd: int | Decimal | None,
) -> Amount:
    """An Amount with the qualifier written before it, its figures exact Decimals rounded
    to the cent ("8.2 million" is 8200000.00)."""
    qualifier, _ = qualifier_before(text, start)
    return Amount(
        start, end, to_cents(value), code, None if usd is None else to_cents(usd), qualifier
    )


def _dash_before(text: str, pos: int) -> bool:
    """Whether a symbol amount at `pos` is written with a minus sign ("-$5,000"), not as the
    end of a range ("$870-$2,170")."""
    return pos >= 1 and text[pos - 1] == "-" and (pos == 1 or text[pos - 2] in " (")


def _currency_after(
    text: str, original: str, pos: int, country: str | None
) -> tuple[str | None, int]:
    """The currency named right after a number ("million Nepali rupees", "KZT", "West
    African CFA francs (FCFA)"), and where that name (with its abbreviation) ends."""
    word = _WORD_RE.match(original, pos)
    if word is not None and word.group(1) in currencies.CODES and word.group(1).isupper():
        return word.group(1), word.end(1)
    m = _NAME_AFTER_RE.match(text, pos)
    if m is None:
        return None, pos
    code = currencies.resolve(currencies.NAMES[m.group("name")], country)
    end = m.end()
    paren = _ABBR_PAREN_RE.match(original, end)
    if paren is not None:
        abbr = paren.group("abbr")
        if abbr in currencies.CODES:
            return abbr, paren.end()
        named = currencies.NAMES.get(abbr.lower()) or currencies.SYMBOLS.get(abbr.lower())
        if named is not None:
            return code or currencies.resolve(named, country), paren.end()
    return code, end


def _code_paren_after(
    original: str, pos: int, code: str | None, end: int
) -> tuple[str | None, int]:
    """The ISO code in parentheses after a currency phrase right at `pos` ("Guyanese
    dollars (GYD)"), when its last word is a currency unit; else `code` and `end`."""
    if original.find("(", pos) < 0:  # the regex needs a parenthesis
        return code, end
    m = _CODE_PAREN_AFTER_RE.match(original, pos)
    if (
        m is not None
        and m.group("code") in currencies.CODES
        and m.group("unit").lower() in currencies.UNITS
    ):
        return m.group("code"), m.end()
    return code, end


def _adjective_unit_after(
    original: str, text: str, pos: int, country: str | None
) -> tuple[str | None, int]:
    """The country's own currency named by a unit after an adjective babel does not list
    ("Belizean dollars" in a report on Belize), and where the unit ends; never the US
    dollar, nor a currency the country does not use."""
    m = _ADJECTIVE_UNIT_RE.match(original, pos)
    if m is None:
        return None, pos
    codes = currencies.NAMES.get(text[m.start("unit") : m.end("unit")])
    code = None if codes is None else currencies.resolve(codes, country)
    if code is None or code == "USD" or code not in currencies.country_currencies(country):
        return None, pos
    return code, m.end()


def _code_before(original: str, pos: int) -> tuple[str | None, int]:
    """An ISO code written before the number ("KZT 25 million")."""
    m = _CODE_BEFORE_RE.search(original, max(0, pos - 5), pos)
    if m is not None and m.group("code") in currencies.CODES and m.group("code") != "USD":
        return m.group("code"), m.start("code")
    return None, pos
