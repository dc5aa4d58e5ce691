"""Count phrasings, fifth batch: convictions "issued" by courts, passive zeros opening a
sentence, and zeros carried to the previous period by "the same as"."""

from __future__ import annotations

from tests.extract.helpers import CONVICTED_12, counts


def test_issued_convictions_are_convictions() -> None:
    text = (
        "During the reporting period, courts started 10 prosecutions and issued 13 "
        "convictions for trafficking offenses."
    )
    found = counts(text, "BIH", 2004)
    assert ("convictions", 2003, 13) in found
    assert ("prosecutions", 2003, 10) in found


def test_issued_documents_are_not_convictions() -> None:
    text = (
        "In 2019, the ministry issued 40 residence permits to trafficking victims." + CONVICTED_12
    )
    assert counts(text, "AUT", 2020) == {("convictions", 2019, 12)}


def test_sentence_opening_passive_zero() -> None:
    text = (
        "In 2005, officers looked into four suspected cases. No traffickers were convicted "
        "during the year."
    )
    assert ("convictions", 2005, 0) in counts(text, "NAM", 2006)


def test_passive_zero_about_officials_is_not_a_zero() -> None:
    text = "No officials were convicted of complicity in trafficking during 2019." + CONVICTED_12
    assert counts(text, "XYZ", 2020) == {("convictions", 2019, 12)}


def test_zero_same_as_previous_period_covers_both_years() -> None:
    text = (
        "The attorney general charged five suspects and obtained no convictions, the same "
        "as in the previous reporting period."
    )
    found = counts(text, "MDV", 2021)
    assert ("convictions", 2020, 0) in found
    assert ("convictions", 2019, 0) in found


def test_investigations_of_one_form_are_the_total() -> None:
    text = (
        "Authorities reported opening four sex trafficking investigations, compared with "
        "opening five labor trafficking investigations in the previous reporting period."
    )
    found = counts(text, "BWA", 2022)
    assert ("investigations", 2021, 4) in found
    assert ("investigations", 2020, 5) in found


def test_investigations_listed_by_form_are_not_each_the_total() -> None:
    text = (
        "In 2021, police opened four sex trafficking investigations and five labor "
        "trafficking investigations." + CONVICTED_12
    )
    assert counts(text, "BWA", 2022) == {("convictions", 2021, 12)}
