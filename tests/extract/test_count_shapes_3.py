"""Count phrasings, third batch: breakdowns with the form after the figure, sentences that
state earlier figures only, foreign parts, and traps."""

from __future__ import annotations

from tests.extract.helpers import CONVICTED_12, counts


def test_exploited_n_of_these_victims_in_a_form() -> None:
    text = (
        "Officials identified 140 trafficking victims in 2020. Traffickers exploited 60 of "
        "these identified victims in sex trafficking and 72 in forced labor."
    )
    found = counts(text, "PER", 2021)
    assert ("victims_identified_sex", 2020, 60) in found
    assert ("victims_identified_labor", 2020, 72) in found


def test_bracketed_exploited_in_form_list() -> None:
    text = (
        "Police identified 210 victims in 2017 (130 exploited in sex trafficking and 80 in "
        "forced labor), compared with 190 in 2016."
    )
    found = counts(text, "THA", 2018)
    assert ("victims_identified_sex", 2017, 130) in found
    assert ("victims_identified_labor", 2017, 80) in found


def test_including_aside_does_not_end_a_form_list() -> None:
    text = (
        "The government identified 65 victims in 2019. Of the 65, 40 were exploited in "
        "forced labor, including domestic servitude, and 25 in sex trafficking."
    )
    found = counts(text, "GHA", 2020)
    assert ("victims_identified_labor", 2019, 40) in found
    assert ("victims_identified_sex", 2019, 25) in found


def test_by_comparison_sentence_states_earlier_years_only() -> None:
    text = (
        "The government identified 120 victims in 2021. By comparison, officials reported "
        "identifying 150 victims in 2020, a rise linked to screening at border posts, and "
        "70 in 2019. Traffickers exploited 50 of these identified victims in sex trafficking."
    )
    found = counts(text, "BOL", 2022)
    assert ("victims_identified", 2020, 150) in found
    assert ("victims_identified", 2019, 70) in found
    assert ("victims_identified_sex", 2021, 50) in found
    assert ("victims_identified_sex", 2020, 50) not in found


def test_in_comparison_zero_takes_its_own_year() -> None:
    text = (
        "The government prosecuted nine cases in 2006. In comparison, it prosecuted three "
        "cases and obtained no convictions in 2005."
    )
    found = counts(text, "MAR", 2007)
    assert ("prosecutions", 2005, 3) in found
    assert ("convictions", 2005, 0) in found
    assert ("convictions", 2006, 0) not in found


def test_of_the_n_victims_some_were_foreign() -> None:
    text = (
        "Authorities identified 90 trafficking victims in 2023. Of the 90 victims, seven were "
        "foreign nationals, mainly from neighbouring states."
    )
    assert ("victims_identified_foreign", 2023, 7) in counts(text, "KGZ", 2024)


def test_all_of_them_foreign_after_a_comparison() -> None:
    text = (
        "The government identified 33 trafficking victims during the reporting period, "
        "compared with 51 in the previous reporting period; all of them were foreign "
        "nationals."
    )
    found = counts(text, "QAT", 2022)
    assert ("victims_identified_foreign", 2021, 33) in found
    assert ("victims_identified_foreign", 2020, 51) not in found


def test_named_state_police_unit_is_the_national_count() -> None:
    text = (
        "The State Police's anti-trafficking unit investigated six new cases in 2019, "
        "compared with three in 2018. Under another article of the code, authorities "
        "investigated two new cases."
    )
    assert ("investigations", 2019, 6) in counts(text, "EST", 2020)


def test_prosecutions_resulted_in_convictions() -> None:
    text = (
        "Authorities prosecuted 15 cases in 2008. These prosecutions resulted in nine "
        "convictions, with sentences of two to eight years."
    )
    assert ("convictions", 2008, 9) in counts(text, "OMN", 2009)


def test_one_ngo_named_in_apposition_is_neither_the_ngos_nor_a_hotline() -> None:
    # METRICS.md, Whose figure: the collective NGO figure, never one NGO's
    text = (
        "An NGO, the Hotline for Domestic Workers, reported assisting 54 trafficking "
        "victims during the year." + CONVICTED_12
    )
    assert counts(text, "LBN", 2007) == {("convictions", 2006, 12)}


def test_civil_society_and_government_programs_is_a_joint_count() -> None:
    text = (
        "In 2014, civil society groups and government-funded programs assisted a total of "
        "120 potential victims, an increase from 80 in the previous year." + CONVICTED_12
    )
    assert counts(text, "UZB", 2015) == {("convictions", 2014, 12)}


def test_victims_receiving_assistance_are_not_identified_by_form() -> None:
    text = (
        "In 2018, authorities identified 20 victims (14 in 2017), and 12 sex trafficking "
        "victims received government-sponsored assistance."
    )
    found = counts(text, "LTU", 2019)
    assert ("victims_identified", 2018, 20) in found
    assert ("victims_identified_sex", 2018, 12) not in found
