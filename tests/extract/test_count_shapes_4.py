"""Count phrasings, fourth batch: foreign parts stated as their own clause, all-own and
all-foreign victims, and convictions split by form after the total."""

from __future__ import annotations

from tests.extract.helpers import counts


def test_foreign_part_as_separate_clause_after_total() -> None:
    text = (
        "In 2015, police identified nine victims, compared with 12 in 2014; two of them "
        "were foreign nationals."
    )
    found = counts(text, "HRV", 2016)
    assert ("victims_identified_foreign", 2015, 2) in found


def test_foreign_part_at_end_of_form_list() -> None:
    text = (
        "Officials identified 20 victims in 2019; 13 were exploited in forced labor and seven "
        "in sex trafficking, and five were foreign nationals while the rest were citizens."
    )
    found = counts(text, "LSO", 2020)
    assert ("victims_identified_foreign", 2019, 5) in found


def test_foreign_part_opening_the_next_sentence() -> None:
    text = (
        "The government identified 18 trafficking victims in 2014. Nine of the victims were "
        "foreign nationals from neighbouring countries."
    )
    found = counts(text, "BLZ", 2015)
    assert ("victims_identified_foreign", 2014, 9) in found


def test_foreign_part_of_assisted_victims_is_not_identified() -> None:
    text = (
        "The government identified 30 victims in 2018. Of the victims who received "
        "assistance, four were children and six were foreign nationals."
    )
    assert counts(text, "EST", 2019) == {("victims_identified", 2018, 30)}


def test_all_foreign_women_is_the_total() -> None:
    text = "Authorities identified seven victims in 2010, all foreign women from abroad."
    found = counts(text, "MNE", 2011)
    assert ("victims_identified_foreign", 2010, 7) in found


def test_all_own_nationals_is_zero_foreign() -> None:
    text = (
        "Police identified 14 victims, compared with 20 in 2018; all were Namibian nationals, "
        "and ten were exploited in forced labor."
    )
    found = counts(text, "NAM", 2020)
    assert ("victims_identified_foreign", 2019, 0) in found


def test_all_other_nationals_is_not_zero_foreign() -> None:
    text = "Police identified 14 victims in 2019; all were Chinese nationals."
    assert counts(text, "NAM", 2020) == {("victims_identified", 2019, 14)}


def test_convictions_split_by_form_after_total() -> None:
    text = (
        "Courts convicted 22 traffickers in 2016, compared with 19 in 2015. Of the 22 "
        "convicted, 18 were convicted of sex trafficking and four of forced labor."
    )
    found = counts(text, "KAZ", 2017)
    assert ("convictions_sex", 2016, 18) in found
    assert ("convictions_labor", 2016, 4) in found


def test_form_split_needs_the_total_counted_before() -> None:
    text = (
        "Courts convicted 22 traffickers in 2016. Of the 30, 18 were convicted of sex "
        "trafficking and four of forced labor."
    )
    assert counts(text, "KAZ", 2017) == {("convictions", 2016, 22)}


def test_own_currency_outweighs_one_origin_country_mention() -> None:
    from etl.read.metadata import text_metadata

    text = (
        "The government allocated 300,000 Surinamese dollars (SRD) for shelters. Officials "
        "identified six victims, including two from Venezuela."
    )
    assert text_metadata(text).country_iso3 == "SUR"
