"""More count phrasings: foreign victims stated as a part or a complement of the
identified total, breakdowns, comparisons, NGO assistance and hotlines."""

from __future__ import annotations

from tests.extract.helpers import CONVICTED_12, counts, directions

# Foreign victims.


def test_all_but_n_foreign_is_no_foreign_count() -> None:
    # No arithmetic (METRICS.md): the complement 115 is not stated
    text = (
        "Authorities identified 120 trafficking victims in 2018, compared with 90 in 2017. "
        "Of these, 70 were victims of sex trafficking and 50 of forced labor; all but five "
        "were foreign nationals, mainly from neighbouring states."
    )
    found = counts(text, "TUR", 2019)
    assert ("victims_identified", 2018, 120) in found
    assert not {f for f in found if f[0] == "victims_identified_foreign"}


def test_all_but_n_foreign_in_the_same_sentence_is_no_foreign_count() -> None:
    text = (
        "Police identified 40 trafficking victims in 2016, compared with 30 in 2015; all but "
        "two were foreign nationals."
    )
    found = counts(text, "LBN", 2017)
    assert ("victims_identified", 2016, 40) in found
    assert not {f for f in found if f[0] == "victims_identified_foreign"}


def test_of_these_n_were_foreign_nationals() -> None:
    text = (
        "The government identified 500 trafficking victims in 2012. Of these, 210 were "
        "foreign nationals, mostly from the region."
    )
    assert ("victims_identified_foreign", 2012, 210) in counts(text, "ARG", 2013)


def test_these_included_foreign_nationals() -> None:
    text = (
        "The government identified 90 potential trafficking victims in 2015, compared with "
        "100 in 2014; these included 44 foreign nationals, mostly migrant men."
    )
    assert ("victims_identified_foreign", 2015, 44) in counts(text, "ZMB", 2016)


def test_all_of_them_foreign_nationals_in_forced_labor() -> None:
    text = (
        "Police identified six trafficking victims in 2011, all of them foreign nationals "
        "exploited in forced labor on farms."
    )
    found = counts(text, "FJI", 2012)
    assert ("victims_identified_foreign", 2011, 6) in found
    assert ("victims_identified_labor", 2011, 6) in found


def test_foreign_nationals_without_an_identified_total_give_nothing() -> None:
    text = "Of these, 30 were foreign nationals, mostly from the region." + CONVICTED_12
    assert counts(text, "ARG", 2013) == {("convictions", 2012, 12)}


# Breakdowns by form.


def test_of_these_n_were_convicted_for_each_form() -> None:
    text = (
        "Courts convicted 25 traffickers in 2011, compared with 20 in 2010; of these, 19 were "
        "convicted of sex trafficking and six of forced labor."
    )
    found = counts(text, "RUS", 2012)
    assert ("convictions_sex", 2011, 19) in found
    assert ("convictions_labor", 2011, 6) in found


def test_whole_total_of_one_form() -> None:
    text = "In 2013, the government prosecuted 12 cases, all involving sex trafficking."
    assert ("prosecutions_sex", 2013, 12) in counts(text, "DOM", 2014)


def test_all_n_convicted_offenders_sentenced_for_one_form() -> None:
    text = (
        "During the year, the government prosecuted ten offenders and convicted six of them. "
        "All six "
        "convicted offenders were sentenced for child sex trafficking."
    )
    assert ("convictions_sex", 2010, 6) in counts(text, "SEN", 2011)


def test_all_n_with_another_value_gives_nothing() -> None:
    text = (
        "During the year, the government prosecuted ten offenders and convicted six of them. "
        "All four "
        "convicted offenders were sentenced for child sex trafficking."
    )
    assert counts(text, "SEN", 2011) == {("prosecutions", 2010, 10), ("convictions", 2010, 6)}


# Comparisons.


def test_comparison_with_the_year_before() -> None:
    text = "Authorities prosecuted 15 cases in 2007, compared with 11 cases the year before."
    assert ("prosecutions", 2006, 11) in counts(text, "KAZ", 2008)


def test_comparison_after_a_list_of_articles() -> None:
    text = (
        "In 2023, police opened 41 trafficking investigations under Articles 128, 134, and "
        "308, compared with 33 in 2022."
    )
    assert counts(text, "KAZ", 2024) == {("investigations", 2023, 41), ("investigations", 2022, 33)}


def test_comparison_with_a_gerund_and_cases_involving_suspects() -> None:
    text = (
        "Police investigated 700 cases in 2024. This compared with investigating 650 cases "
        "involving 2,100 suspects during the previous reporting period."
    )
    found = counts(text, "BGD", 2025)
    assert ("investigations", 2023, 650) in found
    assert not any(c[2] == 2100 for c in found)


def test_comparison_list_with_participles() -> None:
    text = (
        "In 2021, authorities reported investigating 80 cases, prosecuting 200 suspects, and "
        "convicting 150 traffickers, compared with 90 cases investigated, 260 suspects "
        "prosecuted, and 140 traffickers convicted in 2020."
    )
    found = counts(text, "MAR", 2022)
    assert ("prosecutions", 2020, 260) in found
    assert ("convictions", 2020, 140) in found


# Trafficking-related offenses are not trafficking investigations.


def test_trafficking_related_offenses_then_article_cases() -> None:
    text = (
        "In 2014, authorities initiated 70 investigations of trafficking-related offenses, "
        "such as pimping, compared with 80 in 2013. Of these, the government investigated "
        "14 cases under Article 181, compared with nine in 2013."
    )
    assert counts(text, "BLR", 2015) == {
        ("investigations", 2014, 14),
        ("investigations", 2013, 9),
    }


# NGO assistance.


def test_ngos_assisting_an_additional_victims() -> None:
    text = "NGOs reported assisting an additional 150 victims outside the official system."
    assert ("victims_assisted_ngo", 2012, 150) in counts(text, "ARG", 2013)


def test_an_ngo_that_assisted_victims() -> None:
    text = "The government ran no shelter and relied on an NGO that assisted nine victims."
    assert ("victims_assisted_ngo", 2011, 9) in counts(text, "FJI", 2012)


def test_comparison_with_victims_assisted_by_ngos() -> None:
    text = (
        "NGOs continued to assist hundreds of victims, compared with 64 victims assisted by "
        "NGOs in 2019."
    )
    assert ("victims_assisted_ngo", 2019, 64) in counts(text, "KAZ", 2021)


def test_joint_count_of_organisations_and_ngos_is_the_ngo_figure() -> None:
    text = (
        "International organizations and NGOs reported identifying and assisting at least "
        "900 potential victims." + CONVICTED_12
    )
    assert counts(text, "ETH", 2023) == {
        ("victims_assisted_ngo", 2022, 900),
        ("convictions", 2022, 12),
    }


# Hotlines.


def test_hotline_calls_of_which_some_concerned_trafficking() -> None:
    text = "The NGO-operated hotline received 900 calls, 17 of which related to trafficking."
    assert counts(text, "KAZ", 2015) == {("hotline_calls", 2014, 17)}


def test_hotline_calls_without_the_trafficking_share_give_nothing() -> None:
    text = (
        "A hotline run by an international organization received 800 calls, but authorities "
        "did not report how many concerned trafficking." + CONVICTED_12
    )
    assert counts(text, "TUR", 2019) == {("convictions", 2018, 12)}


# Directions.


def test_increasing_investigations_of_a_subset_is_no_direction() -> None:
    text = (
        "These efforts included increasing investigations of cases involving refugee victims. "
        "The government convicted fewer traffickers."
    )
    assert directions(text, "BGD", 2023) == {("convictions", 2022, "decrease")}


def test_identified_and_referred_to_care_fewer_victims() -> None:
    text = "The government identified and referred to care significantly fewer victims."
    assert directions(text, "BGD", 2023) == {("victims_identified", 2022, "decrease")}


# A second agency's restricted subset is not the form breakdown.


def test_forms_of_a_ministry_child_subset_are_not_the_total_forms() -> None:
    text = (
        "Police reported identifying 900 suspected victims in 2016. The ministry reported "
        "identifying 150 child victims, including 70 subjected to labor trafficking, 60 to "
        "sex trafficking, and 20 to both."
    )
    found = counts(text, "PER", 2017)
    assert ("victims_identified", 2016, 900) in found
    assert not any(c[0].startswith("victims_identified_") for c in found)
