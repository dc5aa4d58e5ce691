"""Directions the summary states without a count ("identified more victims")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import directions, run

SUMMARY = "KAZAKHSTAN (Tier 2)\n\n"
#: A direction a passage may end with, so that finding no other direction is a finding.
FEWER_CONVICTIONS = " The government convicted fewer traffickers."


def test_summary_direction_without_count() -> None:
    text = SUMMARY + "The government demonstrated efforts. The government identified more victims."
    assert directions(text, report_year=2023) == {("victims_identified", 2022, "increase")}


def test_coordinated_verbs_share_the_direction() -> None:
    text = SUMMARY + "However, it prosecuted and convicted significantly fewer traffickers."
    assert directions(text, report_year=2023) == {
        ("prosecutions", 2022, "decrease"),
        ("convictions", 2022, "decrease"),
    }


def test_gerund_list_of_efforts() -> None:
    text = SUMMARY + (
        "These efforts included investigating more trafficking cases, convicting more "
        "traffickers, and adopting a new action plan for 2023-2025."
    )
    assert directions(text, report_year=2024) == {
        ("investigations", 2023, "increase"),
        ("convictions", 2023, "increase"),
    }


def test_trend_of_the_problem_is_not_a_direction() -> None:
    text = SUMMARY + (
        "Last year saw a decrease in the number of cases of victims trafficked abroad and an "
        "increase in the number of labor trafficking victims." + FEWER_CONVICTIONS
    )
    assert directions(text, report_year=2006) == {("convictions", 2005, "decrease")}


def test_what_ngos_or_officials_did_is_not_a_government_direction() -> None:
    text = SUMMARY + (
        "NGOs identified more victims of forced labor. The government did not vigorously "
        "investigate labor trafficking and convicted fewer complicit officials." + FEWER_CONVICTIONS
    )
    assert directions(text, report_year=2023) == {("convictions", 2022, "decrease")}


def test_direction_dropped_where_the_document_states_the_count() -> None:
    text = SUMMARY + (
        "The government demonstrated increasing efforts by significantly increasing "
        "prosecution and conviction of traffickers.\n\n"
        "PROSECUTION\n\n"
        "The government convicted 45 offenders and prosecuted 110 cases."
    )
    ex = run(text)
    assert {(c.metric, c.value) for c in ex.counts} == {("convictions", 45), ("prosecutions", 110)}
    assert ex.directions == ()


def test_recommendations_never_yield_facts() -> None:
    text = SUMMARY + (
        "The government identified more victims.\n\n"
        "PRIORITIZED RECOMMENDATIONS:\n\n"
        "Increase efforts to identify more victims and convict more traffickers.\n\n"
        "Train 200 officials to identify victims."
    )
    ex = run(text)
    assert (ex.counts, ex.funding) == ((), ())
    assert [(d.metric, d.direction) for d in ex.directions] == [("victims_identified", "increase")]


def test_direction_about_complicity_cases_is_not_the_metric() -> None:
    text = SUMMARY + "The government investigated more cases of official complicity."
    text += FEWER_CONVICTIONS
    assert directions(text, report_year=2023) == {("convictions", 2022, "decrease")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The number of traffickers convicted decreased.", {("convictions", "decrease")}),
        (
            "The number of victims identified by the government increased.",
            {("victims_identified", "increase")},
        ),
        (
            "Prosecutions declined and convictions rose.",
            {
                ("prosecutions", "decrease"),
                ("convictions", "increase"),
            },
        ),
        (
            "Trafficking investigations and prosecutions both fell significantly.",
            {("investigations", "decrease"), ("prosecutions", "decrease")},
        ),
        ("The number of prosecutions went up.", {("prosecutions", "increase")}),
        ("Victim identification decreased.", {("victims_identified", "decrease")}),
        ("The government identified fewer victims.", {("victims_identified", "decrease")}),
        ("Authorities investigated more cases.", {("investigations", "increase")}),
    ],
)
def test_metric_as_subject_of_a_change(sentence: str, expected: set[tuple[str, str]]) -> None:
    found = directions(SUMMARY + sentence, report_year=2023)
    assert found == {(metric, 2022, direction) for metric, direction in expected}


@pytest.mark.parametrize(
    "sentence",
    [
        "The number of victims identified by NGOs increased.",
        "Convictions of complicit officials declined.",
        "The number of Kazakhstani victims trafficked abroad decreased.",
        "Prosecutions did not increase.",
        # the sentence gives the count: a count rule's business, never a direction
        "Convictions rose from two to five.",
        "The government prosecuted fewer traffickers (three).",
    ],
)
def test_changes_that_are_not_government_directions(sentence: str) -> None:
    text = SUMMARY + "The government identified more victims.\n\n" + sentence
    assert directions(text, report_year=2023) == {("victims_identified", 2022, "increase")}


@pytest.mark.parametrize(
    "text",
    [
        "TRAFFICKING PROFILE\n\nThe number of traffickers convicted increased.",
        "PRIORITIZED RECOMMENDATIONS:\n\nEnsure that prosecutions increased and convictions rose.",
    ],
)
def test_no_directions_from_the_profile_or_recommendations(text: str) -> None:
    text = SUMMARY + "The government identified more victims.\n\n" + text
    assert directions(text, report_year=2023) == {("victims_identified", 2022, "increase")}


def test_later_count_does_not_block_an_earlier_clause() -> None:
    text = SUMMARY + (
        "The government prosecuted and convicted fewer traffickers and investigated only 12 "
        "cases of forced labor."
    )
    assert directions(text, report_year=2020) == {
        ("prosecutions", 2019, "decrease"),
        ("convictions", 2019, "decrease"),
    }


def test_opened_more_investigations_with_an_aside() -> None:
    text = SUMMARY + (
        "Authorities opened more trafficking investigations, including one into two officers "
        "suspected of complicity, and assisted more victims."
    )
    assert directions(text, report_year=2018) == {("investigations", 2017, "increase")}


def test_a_figure_right_after_the_direction_is_a_count() -> None:
    text = SUMMARY + "The government identified more victims (45) than the year before."
    text += FEWER_CONVICTIONS
    assert directions(text, report_year=2018) == {("convictions", 2017, "decrease")}


NUMBER_OF_CASES = [
    pytest.param(
        "The government demonstrated increasing efforts by nearly tripling the number of "
        "victims identified and increasing its budget for shelters.",
        {("victims_identified", "increase")},
        id="tripling-the-number-of-victims-identified",
    ),
    pytest.param(
        "The government demonstrated increasing efforts by raising the number of "
        "investigations, prosecutions, and convictions of suspected traffickers.",
        {("investigations", "increase"), ("prosecutions", "increase"), ("convictions", "increase")},
        id="raising-the-number-of-a-list",
    ),
    pytest.param(
        "Authorities decreased the number of trafficking prosecutions.",
        {("prosecutions", "decrease")},
        id="decreased-the-number-of-trafficking-prosecutions",
    ),
    pytest.param(
        "Law enforcement investigations and trafficking prosecutions decreased.",
        {("investigations", "decrease"), ("prosecutions", "decrease")},
        id="trafficking-inside-a-subject-list",
    ),
    pytest.param(
        "The government made efforts by raising awareness and reducing the number of street "
        "children." + FEWER_CONVICTIONS,
        {("convictions", "decrease")},
        id="raising-awareness-is-no-direction",
    ),
    pytest.param(
        "The government demonstrated increasing efforts by achieving its first trafficking "
        "conviction and investigating and prosecuting more cases.",
        {("investigations", "increase"), ("prosecutions", "increase")},
        id="a-noun-before-the-verbs-is-no-verb",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), NUMBER_OF_CASES)
def test_the_number_of_a_metric_changed(sentence: str, expected: set[tuple[str, str]]) -> None:
    found = directions(SUMMARY + sentence, report_year=2023)
    assert {(metric, direction) for metric, _, direction in found} == expected
    assert {year for _, year, _ in found} == {2022}
