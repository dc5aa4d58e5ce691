"""The small grammar under the rules: figures, years, currencies and subjects."""

from __future__ import annotations

from etl.extract.numbers import find_figures, normalise, parse_word_number
from etl.extract.subjects import GOVERNMENT, HOTLINE, NGO, PART, SUBNATIONAL, subject_of
from etl.extract.years import opener_year, years_at
from etl.lexicon.currencies import NAMES, resolve


def test_number_words_parse() -> None:
    assert parse_word_number("thirty-one") == 31
    assert parse_word_number("one hundred and five") == 105
    assert parse_word_number("a dozen") == 12
    assert parse_word_number("none") == 0


def test_figures_with_commas_decimals_scales_and_years() -> None:
    text = normalise("In 2016, Twenty-one of 1,834 calls and 25.97 million KZT (COVID-19).")
    figures = find_figures(text)
    assert [(f.value, f.is_year, f.is_word) for f in figures] == [
        (2016, True, False),
        (21, False, True),
        (1834, False, False),
        (25_970_000, False, False),
    ]


def test_normalise_keeps_every_offset() -> None:
    original = "It spent 5\u00a0million tenge (\\$9,000) \u2014 \u201cdirect\u201d aid."
    text = normalise(original)
    assert len(text) == len(original)
    assert text == 'it spent 5 million tenge ( $9,000) ; "direct" aid.'


def test_years_at_phrases() -> None:
    text = (
        "12 in 2015 and 2014; 14 victims identified in 2018; 3 during the previous reporting period"
    )
    assert years_at(text, 2, 2017) == (2015, 2014)
    assert years_at(text, text.index(" victims identified"), 2017) == (2018,)
    assert years_at(text, text.index(" during"), 2017) == (2016,)
    assert years_at(text, text.index(" and 2014"), 2017) is None


def test_clause_opener_year() -> None:
    text = "in 2016, law enforcement officials initiated 110 new prosecutions"
    assert opener_year(text, text.index("110"), 2017) == 2016


def test_currency_names_and_codes() -> None:
    assert resolve(NAMES["kazakhstani tenge"], "KAZ") == "KZT"
    assert resolve(NAMES["pesos"], "PHL") == "PHP"
    assert resolve(NAMES["pesos"], "MEX") == "MXN"
    assert resolve(NAMES["manat"], None) is None


def test_subjects_of_the_verb() -> None:
    def who(text: str, verb: str) -> str:
        return subject_of(text, text.index(verb))

    assert who("in 2016, ngos reported assisting 167 victims", "assisting") == NGO
    assert (
        who("the government-funded and ngo-operated hotline received 841 calls", "received")
        == HOTLINE
    )
    assert who("public officials and ngos identified 698 victims", "identified") == GOVERNMENT
    assert (
        who("in cooperation with ngos, the police identified 12 victims", "identified")
        == GOVERNMENT
    )
    assert who("at the federal level, officers identified 31 victims", "identified") == PART
    assert who("state governments identified 31 victims", "identified") == SUBNATIONAL
    assert who("ngos in the national network assisted 31 victims", "assisted") == NGO
    assert who("ngos and the national police identified 31 victims", "identified") == GOVERNMENT
    assert who("it prosecuted 12 cases", "prosecuted") == GOVERNMENT
