"""Funding facts: money the government allocated, by purpose, in the local currency with
the dollar figure the report printed beside it.

An amount is an allocation only when an allocating verb ("allocated", "spent", "provided
... funding") governs it and nothing marks it as something else: fines, compensation,
allowances and salaries, bribes, "an increase of X" deltas, a foreign donor's money, or a
part of an earlier amount ("released only 2.2 billion naira ... of that amount"), or one
end of a range ("fines ranging from ... ($870-$2,170)"). An amount printed dollars first
("$149,000 (22 million tenge)") is the local amount with those dollars.
A comparison ("an increase from 4.7 million KZT ($14,101) in 2015") takes the purpose of
the first (total) amount of its sentence, not of the last sub-amount. The purpose comes
from the allocation's own words ("... to implement the national action plan") before the
rest of the sentence, the sentence before, and the section. A purpose phrase after a
comparison ("..., an increase from 4.5 million KZT in 2013, to one NGO-run shelter") is the
allocation's, and a recipient given the money ("provided an NGO shelter with $18,500")
names its purpose when the amount's own words open no "for"/"to" phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from etl.extract.grammar import COMPARISON_CUE_RE, LIST_JOINER_RE
from etl.extract.numbers import SCALES, Figure, qualifier_before
from etl.extract.subjects import clause_start
from etl.extract.years import opener_year, years_at, years_between
from etl.lexicon import currencies

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:\s+(?P<{0}>thousand|million|billion|lakh|crore)\b)?"
_SYMBOL_RE = re.compile(
    r"(?<![a-z$])(?P<sym>"
    + "|".join(re.escape(s) for s in sorted(currencies.SYMBOLS, key=len, reverse=True))
    + r")\s?(?P<num>"
    + _DIGITS
    + r")"
    + _SCALE.format("scale")
)
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
#: Quick test for "an amount written with a symbol may be here": a currency sign, or a
#: letter symbol before a number ("rs(?<!\wrs)" is "\brs", written so that the regex
#: engine can skip ahead to first characters).
SYMBOL_HINT_RE = re.compile(
    "["
    + "".join(re.escape(c) for c in _SIGNS)
    + "]|(?:"
    + "|".join(f"{re.escape(s)}(?<!\\w{re.escape(s)})" for s in _LETTER_SYMBOLS)
    + r")[./]?\s?\d"
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

_NOT_ALLOCATION_BEFORE_RE = re.compile(
    r"\b(?:fine[sd]?|penalt(?:y|ies)|compensation|restitution|damages|bribes?|salar(?:y|ies)|"
    r"wages?|allowances?|stipends?|pay|paid|paying|pays|debts?|loans?|fees?|costs?|earn\w*|"
    r"worth|valued?|seized|confiscat\w+|forfeit\w*|assets|profits?|ransom|sold|price|bail|"
    r"per\s+(?:victim|person|month)|payments?|awarded|ordered|lump\s+sum|one-time|benefits?|"
    r"pensions?|up\s+to|maximum\s+of|minimum\s+of|amounting)\b"
    r"(?:(?!(?<!ranging\s)(?<!varying\s)\bfrom\b)[^;]){0,50}$|"
    r"\b(?:increase|decrease|reduction|cut|rise|drop|increment)\s+of\s+$"
)
_NOT_ALLOCATION_AFTER_RE = re.compile(
    r"\s*(?:(?:per|a|each|every)\s+(?:month|day|week|victim|person|individual|participant|"
    r"child|trafficking\s+victim)|monthly|in\s+(?:fines?|compensation|restitution|damages|"
    r"bribes|payments|salaries|allowances)|as\s+(?:a\s+)?(?:fine|compensation|restitution|"
    r"damages|allowance|bribe)|to\s+(?:each|every)|fine\b|"
    r"of\s+(?:that|this|the|these|those|its|their)\s+(?:amount|sum|allocation|budget|funds?|"
    r"total)\b)"
)
_ALLOCATION_VERB_RE = re.compile(
    r"\b(?:allocat\w+|budget\w*|provid\w+|spen[dt]\w*|fund(?:ed|s|ing)?|disburs\w+|dedicat\w+|"
    r"earmark\w*|grant(?:ed|s)?|contribut\w+|appropriat\w+|devot\w+|invest\w*|transferr?\w*|"
    r"set\s+aside|approv\w+|receiv\w+|assign\w+|financ\w+|subsidi[sz]\w+|award\w*\s+grants?|"
    r"expend\w*|reserv\w+|gave|giv(?:e|en|es|ing))\b"
)
_DONOR_RE = re.compile(
    r"\b(?:foreign\s+donors?|international\s+donors?|donors?|foreign\s+government|"
    r"foreign-funded|swiss|usaid|u\.s\.\s+government|united\s+states|european\s+union|\beu\b|"
    r"iom|unicef|unodc|osce|international\s+organi[sz]ations?|embass(?:y|ies)|"
    r"private\s+(?:donors|funds|sector)|the\s+church)\b"
)
#: A donor named as the source of the money after the amount ("in foreign donor funding",
#: "from an international organization"); an agreement *with* one is not its money.
_DONOR_SOURCE_RE = re.compile(
    r"\b(?:in|from|by|through)\s+(?:the\s+|an?\s+)?(?:foreign|international|donors?|"
    r"private|usaid|u\.s\.|united\s+states|european|eu|iom|unicef|unodc|osce)\b|"
    r"\b(?:donor|foreign|externally|swiss)[\s-]+fund\w*"
)
#: Purposes outside the catalogue that a phrase names: the agency's or the plan's general
#: money ("for its overall operations", "to implement the national action plan", "for
#: preventing and countering trafficking", "for anti-trafficking programs"), repatriation.
_OTHER_RE = re.compile(
    r"\bprevent\w*\s+and\s+(?:combat|counter|fight|suppress|eliminat|eradicat|address)\w*|"
    r"\b(?:combat|counter|fight|suppress|eliminat|eradicat)\w*[\s-]+(?:(?:human|child|labor|sex)\s+)?"
    r"trafficking\b|\banti-?trafficking\s+(?:programs?|programmes?|efforts|activities|work|"
    r"operations|measures|initiatives|plans?|strategy|budget|response|council|committee|"
    r"commission|unit|task\s+force)\b|\baction\s+plan\b|"
    r"\bnap\b|\b(?:overall|general|core|day-to-day|operating|operational)\s+(?:operations|"
    r"costs|budget|expenses|activities)\b|\b(?:its|their)\s+operations\b|\brepatriat\w+"
)
_PURPOSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "victim_assistance_investigations",
        re.compile(
            r"during\s+(?:the\s+)?(?:criminal\s+)?(?:investigations?|proceedings|trials?|court|"
            r"the\s+criminal\s+process)|witness\s+protection|victims?\s+and\s+witness"
        ),
    ),
    (
        "shelters",
        re.compile(
            r"\bshelters?\b|\b(?:rehabilitation|shelter|safe|transit|protective|group)\s+homes?\b|"
            r"\bsafe\s*houses?\b"
        ),
    ),
    (
        "prevention",
        re.compile(r"\bprevent\w*|\bawareness|\bcampaigns?\b|\beducation\w*|\boutreach"),
    ),
    (
        "victim_assistance",
        re.compile(
            r"\bvictims?\b|\bsurvivors?\b|\brehabilitat\w+|\breintegrat\w+|\bprotection\b|"
            r"\bassistance\b|\bservices\b|\bcare\b"
        ),
    ),
)
_PURPOSE_STOP_RE = re.compile(
    r"[;.]|,\s+and\s+(?!\w+\s+(?:assistance|services|shelters?)\b)|"
    r"\b(?:which|while|but|although|however|due\s+to)\b"
)
#: An allocation's own words naming victim assistance as what it is for ("... ($103,000)
#: for victim assistance"), not a recipient ("to the victim assistance center").
_FOR_VICTIMS_RE = re.compile(
    r"\s*(?:(?:in|during)\s+(?:19|20)\d{2}\s+)?for\s+(?:the\s+)?(?:direct\s+)?"
    r"(?:victims?|survivors?|trafficking\s+victims?)(?:'s?|’s?)?\s+"
    r"(?:assistance|services|care|support|protection)\b"
)
#: A recipient between the giving verb and the amount: "provided an NGO shelter with the
#: equivalent of".
_RECIPIENT_RE = re.compile(
    r"\b(?:provid(?:ed|es|ing)|supplied|equipped|gave|giv(?:e|es|ing))\s+"
    r"(?P<recipient>(?:[^\s,;.]+\s+){1,6}?)with\s+(?:the\s+equivalent\s+of\s+|"
    r"approximately\s+|about\s+|around\s+|nearly\s+|roughly\s+)?$"
)
#: The amount's own words opening a purpose phrase ("... ($103,000) for victim assistance").
_OWN_LEAD_RE = re.compile(r"\s*(?:(?:in|during)\s+(?:19|20)\d{2}\s+)?(?:to|for)\b")
#: The amount's own "for" phrase naming what the money is for ("and an additional 180,000
#: kuna ($34,000) for a national trafficking hotline"), not a time ("for 2019", "for the
#: first time"): a thing outside the catalogue is `other`, not the clause's purpose.
_OWN_FOR_RE = re.compile(
    r"\s*(?:(?:in|during)\s+(?:19|20)\d{2}\s+)?for\s+(?!(?:19|20)\d{2}\b|(?:the\s+)?"
    r"(?:first|second|third|year|period|fiscal|calendar|budget|each|every|fy)\b)"
)
#: Services or outreach for a population other than trafficking victims ("support services
#: to women in prostitution, some of whom may have been sex trafficking victims", "outreach
#: to women in commercial sex") are neither victim assistance nor prevention.
_NOT_VICTIMS_RE = re.compile(
    r"\b(?:women|men|persons|people|individuals|girls|boys)\s+(?:engaged\s+|involved\s+)?"
    r"in\s+(?:prostitution|commercial\s+sex)\b|\bsome\s+of\s+whom\s+(?:may|might|could)\b"
)
#: The start of a purpose phrase after a comparison: ", to one NGO-run shelter", ", for ...".
_PURPOSE_LEAD_RE = re.compile(r"\s*,\s*(?:to|for)\b")
_PHRASE_END_RE = re.compile(r",|\band\s+(?:the|its|local|regional)\b")
_YEAR_AFTER_RE = re.compile(r"\s+(?:allocated\s+)?in\s+(?:19|20)\d{2}(?:\s+and\s+(?:19|20)\d{2})?")
_CLAUSE_END_RE = re.compile(r"[;.](?:\s|$)")
_COMPARED_RE = re.compile(
    r"\b(?:compared|from|than|versus|vs|increas\w*|decreas\w*|up|down|respectively)\b"
)
_PART_RE = re.compile(r"\b(?:including|of\s+which|of\s+this|and)\s+$")
_DEFINITE_RE = re.compile(r"\b(?:of\s+the|the)\s+$")


@dataclass(frozen=True)
class Amount:
    """A money amount in a sentence (sentence-local offsets)."""

    start: int
    end: int
    value: float
    currency: str | None
    usd: float | None
    qualifier: str | None
    is_range: bool = False


@dataclass(frozen=True)
class Funding:
    """A funding fact in sentence-local offsets."""

    year: int
    purpose: str
    currency: str
    amount_local: float
    amount_usd: float | None
    start: int
    end: int
    rule: str
    qualifier: str | None


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
        start = fig.start
        if code is None and end == fig.end and fig.start >= 4 and original[fig.start - 2].isupper():
            code, start = _code_before(original, fig.start)
        if code is None and end == fig.end:
            continue
        out.append(_with_dollars(text, start, end, fig.value, code))
    if SYMBOL_HINT_RE.search(text):
        out.extend(_symbol_amounts(text, out, country))
    out = [a for a in out if a.currency is not None]
    out.sort(key=lambda a: a.start)
    out = _dollars_first(text, out)
    return [a for a in out if not _DEFINITE_RE.search(text, max(0, a.start - 12), a.start)]


def _with_dollars(text: str, start: int, end: int, value: float, code: str | None) -> Amount:
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
    if code is None:
        return _amount(text, start, usd_match.end() if usd_match else end, value, None, None)
    if code == "USD":
        if usd_match is not None and not text.startswith("$", start):
            return _amount(text, start, usd_match.end(), value, None, None)
        return _amount(text, start, end, value, code, value)
    usd: float | None = None
    if usd_match is not None:
        usd = _value(usd_match.group("usd"), usd_match.group("usd_scale"))
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
        if code is None:
            continue
        amount = _with_dollars(
            text, m.start(), m.end(), _value(m.group("num"), m.group("scale")), code
        )
        covered.append((amount.start, amount.end))
        out.append(amount)
    return out


def _amount(
    text: str, start: int, end: int, value: float, code: str | None, usd: float | None
) -> Amount:
    """An Amount with the qualifier written before it, its figures rounded to the cent
    ("8.2 million" is 8200000, not 8199999.999999999)."""
    qualifier, _ = qualifier_before(text, start)
    usd = round(usd, 2) if usd is not None else None
    return Amount(start, end, round(value, 2), code, usd, qualifier)


def _value(digits: str, scale: str | None) -> float:
    """A number written in digits with an optional scale word."""
    value = float(digits.replace(",", ""))
    return value * SCALES[scale] if scale else value


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
    m = _CODE_PAREN_AFTER_RE.match(original, pos)
    if (
        m is not None
        and m.group("code") in currencies.CODES
        and m.group("unit").lower() in currencies.UNITS
    ):
        return m.group("code"), m.end()
    return code, end


def _code_before(original: str, pos: int) -> tuple[str | None, int]:
    """An ISO code written before the number ("KZT 25 million")."""
    m = _CODE_BEFORE_RE.search(original, max(0, pos - 5), pos)
    if m is not None and m.group("code") in currencies.CODES and m.group("code") != "USD":
        return m.group("code"), m.start("code")
    return None, pos


def sentence_funding(
    text: str,
    amounts: list[Amount],
    reporting_year: int | None,
    section: str | None,
    previous: str,
) -> list[Funding]:
    """Funding facts among a sentence's amounts. An amount's purpose is the one its own
    words name ("... to implement the national action plan"), else the one its sentence
    names before it, else the one of the `previous` sentence ("The government allocated
    funding for prevention. The government allocated 9.8 million KZT during the previous
    year."), else its section's."""
    if not amounts:
        return []
    out: list[Funding] = []
    head_purpose: str | None = None
    head_years: tuple[int, ...] | None = None
    last_comparison = -1
    parts: set[int] = set()
    independent: list[tuple[int, ...]] = []
    named: set[int] = set()
    for i, amount in enumerate(amounts):
        if amount.currency is None or amount.value <= 0:
            continue
        _, qstart = qualifier_before(text, amount.start)
        comparison = bool(COMPARISON_CUE_RE.search(text, max(0, qstart - 40), qstart)) or (
            last_comparison == i - 1
            and LIST_JOINER_RE.fullmatch(text, _after_year(text, amounts[i - 1].end), qstart)
            is not None
            and years_at(text, amount.end, reporting_year) is not None
        )
        if comparison and head_purpose is None:
            continue
        stop = amounts[i + 1].start if i + 1 < len(amounts) else len(text)
        if not comparison and not _is_allocation(text, amount, qstart, stop):
            continue
        purpose = None
        if not comparison and _OWN_LEAD_RE.match(text, amount.end) is None:
            purpose = _recipient_purpose(text, amount.start)
        purpose = purpose or _purpose(text, amount.end, stop)
        if purpose is None and not comparison and _OWN_FOR_RE.match(text, amount.end):
            purpose = "other"
        if purpose is None and not comparison:
            purpose = _purpose_past_comparison(text, amounts, i)
        if purpose == "victim_assistance" and _FOR_VICTIMS_RE.match(text, amount.end):
            named.add(amount.start)
        if comparison:
            last_comparison = i
            years = years_at(text, amount.end, reporting_year) or years_between(
                text, amount.end, _clause_end(text, amount.end), reporting_year
            )
            purpose = head_purpose or purpose
        else:
            if _is_part(text, qstart, i - 1 in parts):
                parts.add(i)
            years = years_at(text, amount.end, reporting_year)
            if (
                years is None
                and head_years is not None
                and _PART_RE.search(text, max(0, qstart - 20), qstart)
            ):
                years = head_years
            if years is None:  # "allocated 5 million naira for shelters in 2018"
                years = years_between(
                    text, amount.end, _own_end(text, amount.end, stop), reporting_year
                )
            if years is None:
                opener = opener_year(text, amount.start, reporting_year)
                years = (opener,) if opener is not None else None
            if years is None and reporting_year is not None:
                years = (reporting_year,)
            if i not in parts and years is not None:
                independent.append(years)
        if purpose is None and not comparison:
            purpose = _purpose(text, clause_start(text, amount.start), amount.start) or _purpose(
                text, 0, amount.start
            )
        if purpose is None:
            purpose = head_purpose or _fallback_purpose(section, _sentence_purpose(previous))
        if not comparison and head_purpose is None:
            head_purpose, head_years = purpose, years
        if years is None:
            continue
        for year in years:
            out.append(
                Funding(
                    year=year,
                    purpose=purpose,
                    currency=amount.currency,
                    amount_local=amount.value,
                    amount_usd=amount.usd,
                    start=amount.start,
                    end=amount.end,
                    rule="funding.comparison" if comparison else "funding.allocation",
                    qualifier=amount.qualifier,
                )
            )
    if len(independent) > len(set(independent)):
        # Two separate allocations for one year ("allocated 16,000 manat to civil society
        # organizations ..., and 49,000 manat to the Victim Assistance Center"): each is a
        # part of the year's money, so neither is the victim assistance total.
        # One named "for victim assistance" in its own words keeps that purpose ("and a
        # separate fund of 2.5 million lempiras ($103,000) for victim assistance").
        # One victim assistance allocation beside allocations for other things only ("€348,000
        # to an NGO for victim services, ..., and ... €42,000 for outreach to women in
        # commercial sex") is the whole victim assistance money and keeps its purpose.
        allocations = [f for f in out if f.rule == "funding.allocation"]
        victims = {f.start for f in allocations if f.purpose == "victim_assistance"}
        alone = len(victims) == 1 and all(
            f.purpose in ("victim_assistance", "other") for f in allocations
        )
        if not alone:
            out = [
                replace(f, purpose="other")
                if f.purpose == "victim_assistance" and f.start not in named
                else f
                for f in out
            ]
    return out


def _recipient_purpose(text: str, start: int) -> str | None:
    """The purpose named by the recipient the money was given *with* ("provided an NGO
    shelter with the equivalent of $18,500"), when the amount's own words open no "for" or
    "to" phrase of their own."""
    m = _RECIPIENT_RE.search(text, max(0, start - 80), start)
    return None if m is None else _purpose(text, m.start("recipient"), m.end("recipient"))


def _purpose_past_comparison(text: str, amounts: list[Amount], i: int) -> str | None:
    """The purpose named after a comparison that follows amount `i` ("allocated 6.2 million
    KZT, an increase from 4.5 million KZT in 2013, to one NGO-run shelter"): the phrase
    after the compared amounts and their year belongs to the allocation."""
    j = i + 1
    while j < len(amounts):
        _, qstart = qualifier_before(text, amounts[j].start)
        between = text[amounts[j - 1].end : qstart]
        if _CLAUSE_END_RE.search(between) or not COMPARISON_CUE_RE.search(
            text, max(0, qstart - 40), qstart
        ):
            break
        j += 1
    if j == i + 1:
        return None
    pos = _after_year(text, amounts[j - 1].end)
    if _PURPOSE_LEAD_RE.match(text, pos) is None:
        return None
    return _purpose(text, pos, amounts[j].start if j < len(amounts) else len(text))


def _sentence_purpose(text: str) -> str | None:
    """The purpose an allocating sentence names ("allocated funding for prevention")."""
    return _purpose(text, 0, len(text)) if _ALLOCATION_VERB_RE.search(text) else None


def _after_year(text: str, pos: int) -> int:
    """The end of a year phrase right at `pos`, or `pos`."""
    m = _YEAR_AFTER_RE.match(text, pos)
    return m.end() if m else pos


def _own_end(text: str, pos: int, stop: int) -> int:
    """Where the words about the amount at `pos` end: at the clause end, the next amount
    (`stop`) or a comparison ("compared with none in 2018" is another year's)."""
    end = min(stop, _clause_end(text, pos))
    cue = _COMPARED_RE.search(text, pos, end)
    return end if cue is None else cue.start()


def _clause_end(text: str, pos: int) -> int:
    """Where the clause at `pos` ends."""
    m = _CLAUSE_END_RE.search(text, pos)
    return len(text) if m is None else m.start()


def _is_part(text: str, pos: int, after_part: bool) -> bool:
    """Whether the amount at `pos` is listed as a part of the one before ("including 24
    ...", "of which ..."; "and 1.97 million ..." after such a part)."""
    m = _PART_RE.search(text, max(0, pos - 20), pos)
    return m is not None and (after_part or not m.group().startswith("and"))


def _is_allocation(text: str, amount: Amount, qstart: int, stop: int) -> bool:
    """Whether an amount is money the government allocated (not a fine, salary, delta, a
    donor's money, a part of an earlier amount released or spent, ...); `stop` is where the
    next amount begins."""
    if amount.is_range:
        return False
    before = text[max(0, qstart - 80) : qstart]
    if _NOT_ALLOCATION_BEFORE_RE.search(before) or _NOT_ALLOCATION_AFTER_RE.match(text, amount.end):
        return False
    start = clause_start(text, qstart)
    verb = None
    for m in _ALLOCATION_VERB_RE.finditer(text, 0, qstart):
        verb = m
    if verb is None:
        return False
    subject = text[clause_start(text, verb.start()) : verb.start()]
    own = text[amount.end : min(stop, _clause_end(text, amount.end))]
    return not (
        _DONOR_RE.search(subject)
        or _DONOR_RE.search(text, start, amount.start)
        or _DONOR_SOURCE_RE.search(_PURPOSE_STOP_RE.split(own, maxsplit=1)[0])
    )


def _purpose(text: str, start: int, stop: int) -> str | None:
    """The purpose that the words in text[start:stop] name first; a general one ("victim
    assistance") gives way to a specific one in the same phrase ("... during investigations").
    A general anti-trafficking or agency purpose named first ("for preventing and countering
    trafficking", "for its overall operations") is `other`, whatever follows it."""
    m = _PURPOSE_STOP_RE.search(text, start, stop)
    window = text[start : m.start() if m else stop]
    found = [(r.search(window), p) for p, r in _PURPOSES]
    hits = sorted((hit.start(), rank, p) for rank, (hit, p) in enumerate(found) if hit)
    other = _OTHER_RE.search(window)
    if other is not None and (not hits or other.start() <= hits[0][0]):
        return "other"
    if not hits:
        return None
    first_pos, _, purpose = hits[0]
    end = _PHRASE_END_RE.search(window, first_pos)
    phrase_end = end.start() if end else len(window)
    specific = [(rank, p) for pos, rank, p in hits if pos < phrase_end]
    purpose = min(specific)[1] if specific else purpose
    if purpose in ("victim_assistance", "prevention") and _NOT_VICTIMS_RE.search(window):
        return "other"
    return purpose


def _fallback_purpose(section: str | None, previous: str | None) -> str:
    """Purpose for an amount whose sentence names none: the previous funding sentence's,
    else the section's (protection money is victim assistance)."""
    if previous is not None:
        return previous
    return {"prevention": "prevention", "protection": "victim_assistance"}.get(
        section or "", "other"
    )
