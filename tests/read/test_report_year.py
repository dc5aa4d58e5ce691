"""The report year from a narrative's dated clues: right, or unknown with the reason."""

from __future__ import annotations

import pytest

from etl.read import detect_metadata
from etl.read.report_year import infer_report_year


def test_reporting_year_statements_and_a_comparison_agree() -> None:
    text = (
        "In 2021, the police opened 31 investigations, compared with 18 in 2020. "
        "In 2021, courts convicted five traffickers."
    )
    assert infer_report_year(text).report_year == 2022


def test_the_most_recent_year_of_a_compared_list_is_the_previous_year() -> None:
    text = (
        "Officials identified 64 children in 2013 (58 in 2012 and 71 in 2011). "
        "Courts convicted 4 offenders in 2013 (two in 2012, none in 2011)."
    )
    assert infer_report_year(text).report_year == 2014


def test_a_fiscal_year_sentence_is_not_a_clue() -> None:
    only_fiscal = "The ministry spent 4 million rupees on shelters in fiscal year 2019-2020."
    assert infer_report_year(only_fiscal).report_year is None
    text = (
        f"{only_fiscal} In 2020, the police identified 210 victims. "
        "In 2020, the government prosecuted 12 suspects, compared with nine in 2019."
    )
    assert infer_report_year(text).report_year == 2021


def test_future_plans_are_not_the_reporting_year() -> None:
    text = (
        "In 2016, officials identified 44 victims. During 2016, the police trained 300 "
        "recruits. The cabinet approved a 2017 roadmap and the 2017-2021 national action "
        "plan, which is scheduled to start in 2017; in 2018 the ministry will open two shelters."
    )
    reading = infer_report_year(text)
    assert reading.report_year == 2017 and reading.reason is None


def test_an_old_comparison_against_later_events_is_unknown_not_wrong() -> None:
    text = (
        "Authorities convicted three traffickers, compared with 11 in 2009, and prosecuted "
        "seven, compared with 15 in 2009. In November 2013, the government opened a shelter. "
        "In December 2013, it adopted a decree."
    )
    reading = infer_report_year(text)
    assert reading.report_year is None
    assert "later year" in (reading.reason or "") and "2013" in (reading.reason or "")


def test_background_years_do_not_vote() -> None:
    text = (
        "Article 12 of the labor code, as amended in 2009, criminalized forced labor. "
        "The government last convicted a trafficker in 2008."
    )
    reading = infer_report_year(text)
    assert reading.report_year is None and reading.reason == "the text gives no dated clue"


def test_clues_that_disagree_equally_give_no_year() -> None:
    text = "In 2015, police arrested 14 suspects. In 2016, courts heard 9 cases."
    reading = infer_report_year(text)
    assert reading.report_year is None
    assert "2015" in (reading.reason or "") and "2016" in (reading.reason or "")


def test_events_early_in_the_report_year_belong_to_the_reporting_period() -> None:
    text = (
        "In 2018, the police identified 75 victims. In 2018, it trained 40 judges. "
        "In February 2019, the ministry issued guidelines; in early 2019 it opened a hotline."
    )
    assert infer_report_year(text).report_year == 2019


def test_support_from_is_not_a_comparison() -> None:
    text = (
        "Armed groups with support from officials recruited at least 42 children in 2016. "
        "In 2016, the government demobilized 300 children."
    )
    assert infer_report_year(text).report_year == 2017


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            "CONGO, DEMOCRATIC REPUBLIC OF THE: Tier 3\n\nThe Government of the Democratic "
            "Republic of the Congo (DRC) made efforts; Congolese officials in Kinshasa trained "
            "police, and the DRC remained on Tier 3.",
            "COD",
        ),
        (
            "Police in the DRC identified Congolese children in mines; the DRC's army "
            "demobilized Congolese boys.",
            "COD",
        ),
        (
            "CONGO, REPUBLIC OF THE: Tier 2\n\nThe Government of the Republic of the Congo "
            "made efforts; Congolese officials in Brazzaville trained police.",
            "COG",
        ),
        ("Officials in Congo found Congolese victims and Congolese boys in Brazzaville.", "COG"),
    ],
)
def test_the_two_congos_are_told_apart(text: str, iso3: str) -> None:
    assert detect_metadata(text).country_iso3 == iso3


def test_congolese_alone_names_neither_congo() -> None:
    meta = detect_metadata("Officials identified 12 Congolese victims in Angola's capital.")
    assert meta.country_iso3 == "AGO"


def test_a_comparison_going_on_to_older_years_votes_once_for_the_year_after_the_first() -> None:
    text = (
        "Prosecutors charged 44 suspects, compared with 30 suspects in 2014, including 12 "
        "women, and 19 suspects in 2013."
    )
    assert infer_report_year(text).report_year == 2016


def test_a_lone_dated_event_is_too_weak_but_a_lone_reporting_year_statement_is_not() -> None:
    event = infer_report_year("In March 2011, the ministry signed an agreement with NGOs.")
    assert event.report_year is None and "weak" in (event.reason or "")
    statement = infer_report_year("Officials reported identifying trafficking victims in 2011.")
    assert statement.report_year == 2012
