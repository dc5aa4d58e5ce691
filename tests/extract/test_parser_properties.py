"""Properties of the number, year and money parsers, tried on generated text (hypothesis):
they never raise, every integer printed in a report's styles reads back exactly, a year no
report describes never dates a fact, a negative figure never becomes a count."""

from __future__ import annotations

import datetime
import json
import re
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.extract import extraction_records
from etl.extract.amounts import find_amounts
from etl.extract.jsonl import dumps
from etl.extract.numbers import (
    _QUALIFIER_RE,
    _QUALIFIERS,
    NUMBER_RE,
    _figure_matches,
    find_figures,
    has_digit,
    normalise,
    parse_word_number,
    qualifier_before,
    token_value,
)
from etl.extract.rules.counts import (
    _LEGAL_REF_RE,
    _METRIC_VERB_RE,
    _has_metric_verb,
    _legal_ref_before,
)
from etl.extract.rules.directions import HINT_RE, may_state_direction
from etl.extract.rules.zeros import _NO_ONE_PASSIVE_RE, _clause_opening_matches
from etl.extract.subjects import _APPOSITIVE_RE, _ASIDE_RE
from etl.extract.years import opener_year, years_at, years_between
from tests.extract.helpers import CONVICTED_12, run

EXAMPLES = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
THIS_YEAR = datetime.date.today().year

_UNITS = [
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen"),
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}

#: Pieces of text that look like figures, years and money, well or badly formed.
_PIECES = st.sampled_from(
    [
        "1,234", "25.97", "25.97.3", "1,23,4", "12,34", "0", "007", "1899", "2099", "2016",
        "in", "In 2016,", "in 1899", "during 2099", "minus", "negative", "-", "$", "US$", "€",
        "£", "Rs.", "KZT", "tenge", "million", "billion", "thousand", "lakh", "crore", "(",
        ")", ";", ",", ".", "more than", "approximately", "one", "twenty-one", "hundred",
        "and", "identified", "victims", "allocated", "convicted", "traffickers", "the",
        "previous reporting period", "9" * 45, "9007199254740993", "\u2212", "\u00a0",
    ]
)  # fmt: skip
TEXTS = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(_PIECES, st.integers(-(10**20), 10**20).map(str)), max_size=30).map(
        " ".join
    ),
)


def in_words(n: int) -> str:
    """`n` (0..999) in words, as the reports write it ("one hundred and five")."""
    if n < 20:
        return _UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _TENS[tens - 2] + (f"-{_UNITS[unit]}" if unit else "")
    hundreds, rest = divmod(n, 100)
    return f"{_UNITS[hundreds]} hundred" + (f" and {in_words(rest)}" if rest else "")


def scaled(n: int, scale: str) -> str:
    """`n` written with a scale word: 25970000 as "25.97 million"."""
    figure = Decimal(n).scaleb(-len(str(_SCALES[scale])) + 1).normalize()
    return f"{figure:f} {scale}"


def the_figure(text: str) -> int | Decimal:
    """The one figure `text` holds."""
    figures = find_figures(normalise(text))
    assert len(figures) == 1, (text, figures)
    return figures[0].value


@EXAMPLES
@given(TEXTS)
def test_the_parsers_never_raise_on_any_text(text: str) -> None:
    lowered = normalise(text)
    assert len(lowered) == len(text)
    figures = find_figures(lowered)
    for country in ("KAZ", "IND", None):
        for amount in find_amounts(lowered, text, country, figures):
            assert isinstance(amount.value, Decimal)
    for token in text.split():
        token_value(token)
        parse_word_number(token)
    for pos in range(0, len(lowered) + 1, 7):
        years_at(lowered, pos, 2016)
        opener_year(lowered, pos, 2016)
        years_between(lowered, 0, pos, None)
    extraction = run(CONVICTED_12.strip() + "\n\n" + text)
    for record in extraction_records(extraction):
        json.loads(dumps(record))
    # a year no report describes dates no fact, a negative figure is no count
    assert ("convictions", 2016, 12) in {(c.metric, c.year, c.value) for c in extraction.counts}
    facts = [*extraction.counts, *extraction.funding, *extraction.directions]
    assert all(2000 <= f.year <= THIS_YEAR for f in facts)
    assert all(c.value >= 0 for c in extraction.counts)
    assert all(f.amount_local is None or f.amount_local > 0 for f in extraction.funding)


#: Pieces glued together with no space: figures against letters, digits, dots and hyphens.
_GLUED = st.lists(
    st.one_of(_PIECES, st.sampled_from(["a dozen", "none", "-year", "x", "_", "\u00e9", "\u2022"])),
    max_size=20,
).map("".join)


def _matches(found) -> list[tuple[int, int, str | None, str | None]]:
    return [(m.start(), m.end(), m.group("digits"), m.group("scale")) for m in found]


@EXAMPLES
@given(st.one_of(TEXTS, _GLUED))
def test_the_quick_figure_scan_finds_what_the_number_pattern_finds(text: str) -> None:
    lowered = normalise(text)
    assert _matches(_figure_matches(lowered)) == _matches(NUMBER_RE.finditer(lowered))


@EXAMPLES
@given(st.one_of(TEXTS, _GLUED, st.text(alphabet="ab \u0661\u0966\u00e9", max_size=20)))
def test_has_digit_is_what_the_digit_class_matches(text: str) -> None:
    assert has_digit(text) == (re.search(r"\d", text) is not None)


def test_has_digit_on_ascii_and_other_digits() -> None:
    assert has_digit("convicted 12") and has_digit("\u0661") and has_digit("x9")
    assert not has_digit("convicted twelve") and not has_digit("")


#: Words of the quick tests' regexes, glued or spaced, with look-alikes ("reidentified").
_HINT_PIECES = st.lists(
    st.sampled_from(
        [" ", "-", "re", "identified", "convicted", "prosecuted", "investigated", "more",
         "went", " up", "fell", "doubled", "rose", "s", "x"]
    ),
    max_size=12,
).map("".join)  # fmt: skip


@EXAMPLES
@given(st.one_of(TEXTS, _HINT_PIECES))
def test_the_substring_tests_before_a_regex_change_no_answer(text: str) -> None:
    lowered = normalise(text)
    assert may_state_direction(lowered) == (HINT_RE.search(lowered) is not None)
    assert _has_metric_verb(lowered) == (_METRIC_VERB_RE.search(lowered) is not None)


_ACTOR_PIECES = st.lists(
    st.sampled_from(
        [" ", ",", "ngo", "ngos", "non-governmental", "nongovernmental", "organizations", "in",
         "cooperation", "together", "with", "the", "support", "of", "government-funded",
         "government", "grants", "x"]
    ),
    max_size=14,
).map(" ".join)  # fmt: skip


@EXAMPLES
@given(st.one_of(TEXTS, _ACTOR_PIECES))
def test_the_substring_tests_before_the_subject_regexes_hold_for_every_match(text: str) -> None:
    lowered = normalise(text)
    for m in _APPOSITIVE_RE.finditer(lowered):
        assert "ngo" in m.group() or "governmental" in m.group()
    for m in _ASIDE_RE.finditer(lowered):
        assert "with" in m.group() or "government" in m.group()


def test_the_subject_regexes_match_the_examples() -> None:
    assert _APPOSITIVE_RE.search("an ngo, the hotline for migrants, reported")
    assert _ASIDE_RE.search("police, in cooperation with ngos") and _ASIDE_RE.search(
        "government-funded shelters"
    )


_LAW_PIECES = st.lists(
    st.sampled_from(
        [" ", ",", "and", "articles", "Article", "section", "law", "no.", "number", "part",
         "decree", "clause", "12", "128(a)", "x", "to"]
    ),
    max_size=14,
).map(" ".join)  # fmt: skip


@EXAMPLES
@given(st.one_of(TEXTS, _LAW_PIECES))
def test_the_legal_reference_test_is_the_regex(text: str) -> None:
    lowered = normalise(text)
    for pos in range(len(lowered) + 1):
        expected = _LEGAL_REF_RE.search(lowered, max(0, pos - 40), pos) is not None
        assert _legal_ref_before(lowered, pos) == expected


_QUALIFIED = st.lists(
    st.sampled_from(
        [" ", "  ", "\u00a0", "more than", "than", "over", "approx.", "an estimated", "some",
         "up to", "no more than", "at least", "12", "x", "handsome", "moreover"]
    ),
    max_size=10,
).map("".join)  # fmt: skip


@EXAMPLES
@given(st.one_of(TEXTS, _QUALIFIED))
def test_the_qualifier_test_is_the_regex(text: str) -> None:
    lowered = normalise(text)
    for pos in range(len(lowered) + 1):
        expected: tuple[str | None, int] = (None, pos)
        if pos >= 3 and lowered[pos - 1] == " ":
            m = _QUALIFIER_RE.search(lowered, max(0, pos - 24), pos)
            if m is not None:
                expected = (_QUALIFIERS[m.group(1)], m.start())
        assert qualifier_before(lowered, pos) == expected


_OPENER_PIECES = st.lists(
    st.sampled_from(
        ["No", "no", "N", "NO", ".", ";", "traffickers", "suspected", "were", "was", "convicted",
         "prosecuted", "of", "x", "\t", "o"]
    ),
    max_size=12,
).map(" ".join)  # fmt: skip


@EXAMPLES
@given(st.one_of(TEXTS, _OPENER_PIECES))
def test_clause_opening_matches_are_the_regex_matches(text: str) -> None:
    def spans(found) -> list[tuple[int, int]]:
        return [m.span() for m in found]

    expected = spans(_NO_ONE_PASSIVE_RE.finditer(text))
    assert spans(_clause_opening_matches(_NO_ONE_PASSIVE_RE, text)) == expected


def test_the_substring_tests_on_examples() -> None:
    assert may_state_direction("the government identified more victims")
    assert may_state_direction("prosecutions went  up") and not may_state_direction("went on")
    assert not may_state_direction("the government identified victims")
    assert _has_metric_verb("police convicted 12") and not _has_metric_verb("reconvicted 12")
    assert qualifier_before("more than 12", 10) == ("more than", 0)
    assert qualifier_before("moreover 12", 9) == (None, 9)
    text = "No traffickers were convicted. No suspects were prosecuted; x"
    found = [m.group("verb") for m in _clause_opening_matches(_NO_ONE_PASSIVE_RE, text)]
    assert found == ["convicted", "prosecuted"]
    text = "convicted 12 traffickers under articles 128 and 135"
    assert _legal_ref_before(text, text.index("135")) and _legal_ref_before(text, text.index("128"))
    assert not _legal_ref_before(text, text.index("12 "))


def test_the_quick_figure_scan_on_each_kind_of_sentence() -> None:
    # digits only; digits and words; neither; outside ASCII
    for text, spans in [
        ("convicted 12 traffickers (x3, 1,234.5 million) in 2016", [(10, 12), (30, 45), (50, 54)]),
        ("five of the 12 victims", [(0, 4), (12, 14)]),
        ("twenty-one convictions", [(0, 10)]),
        ("someone often sentenced none", [(24, 28)]),
        (
            "twenty one of a dozen, 5 million and one hundred and five",
            [(0, 10), (14, 21), (23, 32), (37, 57)],
        ),
        ("one one-third none 12 a  dozen", [(0, 3), (14, 18), (19, 21)]),
        ("the government identified victims", []),
        ("\u2022twelve victims and 3 more", [(1, 7), (20, 21)]),
    ]:
        assert [(m.start(), m.end()) for m in _figure_matches(text)] == spans, text
        assert _matches(_figure_matches(text)) == _matches(NUMBER_RE.finditer(text))


@EXAMPLES
@given(st.integers(0, 10**30))
def test_an_integer_in_digits_reads_back_exactly(n: int) -> None:
    assert the_figure(f"about {n:,} of them") == n
    assert the_figure(f"about {n} of them") == n
    assert token_value(f"{n:,}") == n


@EXAMPLES
@given(st.integers(0, 999), st.sampled_from([None, *_SCALES]))
def test_an_integer_in_words_reads_back_exactly(n: int, scale: str | None) -> None:
    words = in_words(n) + (f" {scale}" if scale else "")
    assert the_figure(f"about {words} of them") == n * (_SCALES[scale] if scale else 1)
    assert parse_word_number(in_words(n)) == n


@EXAMPLES
@given(st.integers(1, 10**20), st.sampled_from(sorted(_SCALES)))
def test_an_integer_with_a_scale_word_reads_back_exactly(n: int, scale: str) -> None:
    value = the_figure(f"about {scaled(n, scale)} of them")
    assert value == n and isinstance(value, int | Decimal)


def _amount(text: str, country: str = "KAZ") -> tuple[Decimal, str | None, Decimal | None]:
    """The one sum of money in `text`: value, currency and printed dollars."""
    amounts = find_amounts(normalise(text), text, country, find_figures(normalise(text)))
    assert len(amounts) == 1, (text, amounts)
    return amounts[0].value, amounts[0].currency, amounts[0].usd


@EXAMPLES
@given(st.integers(1, 10**17), st.integers(1, 10**17), st.sampled_from(sorted(_SCALES)))
def test_money_in_every_style_reads_back_exactly(local: int, usd: int, scale: str) -> None:
    assert _amount(f"It allocated ${usd:,} to shelters.") == (usd, "USD", usd)
    assert _amount(f"It allocated KZT {local:,} (${usd:,}) to shelters.") == (local, "KZT", usd)
    assert _amount(f"It allocated {scaled(local, scale)} tenge (${usd:,}).") == (
        local,
        "KZT",
        usd,
    )
    assert _amount(f"It allocated €{scaled(local, scale)} to shelters.", "DEU") == (
        local,
        "EUR",
        None,
    )


@EXAMPLES
@given(st.integers(1, 10**17), st.integers(1, 10**17))
def test_an_allocation_reaches_the_facts_and_the_json_exactly(local: int, cents: int) -> None:
    usd = Decimal(cents).scaleb(-2)
    text = f"In 2016, the government allocated KZT {local:,} (${usd:,}) to victim assistance."
    extraction = run(text)
    assert [(f.year, f.amount_local, f.amount_usd) for f in extraction.funding] == [
        (2016, local, usd)
    ]
    line = next(r for r in extraction_records(extraction) if r.get("metric") == "funding")
    read = json.loads(dumps(line), parse_float=Decimal)
    assert (read["amount_local"], read["amount_usd"]) == (local, usd)


@EXAMPLES
@given(st.integers(1, 10**9))
def test_a_count_reaches_the_facts_exactly(n: int) -> None:
    text = f"In 2016, the government identified {n:,} trafficking victims."
    assert {(c.metric, c.year, c.value) for c in run(text).counts} == {
        ("victims_identified", 2016, n)
    }


_OUT_OF_RANGE = st.one_of(st.integers(1800, 1999), st.integers(THIS_YEAR + 1, 2199))
#: Each dates its figure 92 or its allocation to the year {y}.
_YEAR_SHAPES = [
    "In {y}, the government identified 92 trafficking victims.",
    "The government identified 92 trafficking victims in {y}.",
    "The government identified 110 trafficking victims (92 in {y}).",
    "During {y}, the government allocated 25.97 million tenge ($77,918) to victim assistance.",
    "The government allocated 25.97 million tenge ($77,918) in {y} to victim assistance.",
]


@EXAMPLES
@given(_OUT_OF_RANGE, st.sampled_from(_YEAR_SHAPES))
def test_a_year_no_report_describes_dates_no_fact(year: int, shape: str) -> None:
    extraction = run(shape.format(y=year) + CONVICTED_12)
    facts = [*extraction.counts, *extraction.funding, *extraction.directions]
    assert all(2000 <= f.year <= THIS_YEAR for f in facts)
    assert not any(c.value == 92 for c in extraction.counts), extraction.counts
    assert not extraction.funding
    assert ("convictions", 2016, 12) in {(c.metric, c.year, c.value) for c in extraction.counts}


@EXAMPLES
@given(st.integers(2000, 2016), st.sampled_from(_YEAR_SHAPES[:2]))
def test_a_year_a_report_describes_dates_its_fact(year: int, shape: str) -> None:
    counts = {(c.metric, c.year, c.value) for c in run(shape.format(y=year)).counts}
    assert counts == {("victims_identified", year, 92)}


@EXAMPLES
@given(
    st.integers(0, 10**9),
    st.sampled_from(["minus {n}", "negative {n}", "Minus {n:,}", "-{n}", "\u2212{n:,}"]),
)
def test_a_negative_figure_is_never_a_count(n: int, shape: str) -> None:
    figure = shape.format(n=n)
    extraction = run(
        f"In 2016, the government identified {figure} trafficking victims.{CONVICTED_12}"
    )
    counts = {(c.metric, c.year, c.value) for c in extraction.counts}
    assert ("convictions", 2016, 12) in counts
    assert not any(c.metric == "victims_identified" for c in extraction.counts), counts
    money = run(
        f"In 2016, the government allocated {figure} million tenge to victim assistance."
        + CONVICTED_12
    )
    assert not money.funding
    assert ("convictions", 2016, 12) in {(c.metric, c.year, c.value) for c in money.counts}


@EXAMPLES
@given(
    st.lists(st.integers(0, 999).map(str), min_size=4, max_size=4),
    st.sampled_from([".", ","]),
    st.integers(1, 10**9),
)
def test_a_malformed_number_gives_no_fact(parts: list[str], mark: str, usd: int) -> None:
    malformed = f"{parts[0]}{mark}{parts[1]}.{parts[2]}.{parts[3]}"
    text = f"In 2016, the government allocated {malformed} million KZT (${usd:,}) to shelters."
    extraction = run(text + CONVICTED_12)
    assert not extraction.funding, extraction.funding
    assert ("convictions", 2016, 12) in {(c.metric, c.year, c.value) for c in extraction.counts}
