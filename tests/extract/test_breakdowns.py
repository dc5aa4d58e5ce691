"""Identified victims broken down by group and form ("35 were women trafficked for sexual
exploitation and 12 men in forced labor"), and totals given only as parts by status
("two confirmed and 129 potential victims")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import CONVICTED_12, counts

P = "PROTECTION\n\n"


@pytest.mark.parametrize(
    ("sentence", "sex", "labor"),
    [
        (
            "The government identified 47 trafficking victims; 35 were women trafficked for "
            "sexual exploitation and 12 men in forced labor.",
            35,
            12,
        ),
        (
            "Authorities identified 67 victims, including 58 women exploited in sex trafficking "
            "and nine men in forced labor.",
            58,
            9,
        ),
        (
            "The government identified 50 victims, including 20 women and 15 girls in sex "
            "trafficking and 15 men in forced labor.",
            35,
            15,
        ),
        (
            "Police identified 26 women and girls subjected to commercial sexual exploitation and "
            "six boys subjected to forced begging.",
            26,
            None,  # forced begging alone is not a labor count (METRICS.md)
        ),
    ],
)
def test_groups_with_their_forms_give_the_form_counts(
    sentence: str, sex: int, labor: int | None
) -> None:
    found = counts(P + sentence, report_year=2020)
    assert ("victims_identified_sex", 2019, sex) in found
    labor_counts = {f for f in found if f[0] == "victims_identified_labor"}
    assert labor_counts == ({("victims_identified_labor", 2019, labor)} if labor else set())


def test_groups_in_the_sentence_after_the_total_take_its_year() -> None:
    text = P + (
        "The government identified 47 victims in 2018. Of those, 35 were women in sex "
        "trafficking and 12 were men in forced labor."
    )
    assert counts(text, report_year=2020) == {
        ("victims_identified", 2018, 47),
        ("victims_identified_sex", 2018, 35),
        ("victims_identified_labor", 2018, 12),
    }


def test_group_breakdown_of_a_comparison_takes_the_comparison_year() -> None:
    text = P + (
        "The government identified 50 victims (35 women in sex trafficking and 15 men in forced "
        "labor), compared with 40 victims (30 women in sex trafficking and 10 men in forced "
        "labor) in 2017."
    )
    assert counts(text, report_year=2019) == {
        ("victims_identified", 2018, 50),
        ("victims_identified_sex", 2018, 35),
        ("victims_identified_labor", 2018, 15),
        ("victims_identified", 2017, 40),
        ("victims_identified_sex", 2017, 30),
        ("victims_identified_labor", 2017, 10),
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one group is a restricted sub-count, not the form's count
        (
            "The government identified 47 victims, including 12 children in forced labor.",
            {("victims_identified", 2019, 47)},
        ),
        # the parts exceed the total: not a breakdown of it
        (
            "The government identified 40 victims, including 20 women in sex trafficking and 30 "
            "men in forced labor.",
            {("victims_identified", 2019, 40)},
        ),
        # not the government's identification
        (
            "NGOs identified 30 women in sex trafficking and 10 men in forced labor."
            + CONVICTED_12,
            {("convictions", 2019, 12)},
        ),
        (
            "The government referred 35 women in sex trafficking and 12 men in forced labor to "
            "shelters." + CONVICTED_12,
            {("convictions", 2019, 12)},
        ),
        # groups without a form
        (
            "The government identified 50 victims, including 20 women, 15 girls and 15 men.",
            {("victims_identified", 2019, 50)},
        ),
    ],
)
def test_group_lists_that_are_not_form_counts(sentence: str, expected: set[tuple]) -> None:
    assert counts(P + sentence, report_year=2020) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The government identified two confirmed and 129 potential victims.",
        "The government identified 129 potential victims and two confirmed victims.",
    ],
)
def test_total_given_only_as_parts_by_status_is_not_added_up(sentence: str) -> None:
    """Decision: the text states no total, and METRICS counts the victims the government
    identified, so neither part (nor their sum) becomes victims_identified."""
    assert counts(P + sentence + CONVICTED_12, report_year=2020) == {("convictions", 2019, 12)}


def test_status_parts_of_a_stated_total_leave_the_total() -> None:
    text = P + "The government identified 131 victims, including two confirmed and 129 potential."
    assert counts(text, report_year=2020) == {("victims_identified", 2019, 131)}


def test_potential_victims_alone_are_the_total() -> None:
    text = P + "The government identified 77 potential victims."
    assert counts(text, report_year=2023) == {("victims_identified", 2022, 77)}


def test_earlier_totals_of_both_statuses_are_the_years_victims() -> None:
    """The reporting year's parts by status are not added up, but the earlier years' "N
    confirmed and potential victims" and the bare figure listed after it are totals."""
    text = P + (
        "The government identified three confirmed and 90 potential victims during "
        "investigations, compared with 150 confirmed and potential victims in 2018 and 118 in "
        "2017."
    )
    assert counts(text, report_year=2020) == {
        ("victims_identified", 2018, 150),
        ("victims_identified", 2017, 118),
    }


def test_an_earlier_years_victims_of_one_form_are_not_its_total() -> None:
    """METRICS.md: a count of one form is the total only where the text presents it as the
    whole; an earlier year's "three sex trafficking victims" beside this year's total is not."""
    text = P + (
        "The government identified 30 trafficking victims (20 sex trafficking and 10 forced "
        "labor), compared to 15 trafficking victims in 2018 and four sex trafficking victims "
        "in 2017."
    )
    found = counts(text, report_year=2020)
    assert {
        ("victims_identified", 2019, 30),
        ("victims_identified", 2018, 15),
        ("victims_identified_sex", 2017, 4),
    } <= found
    assert ("victims_identified", 2017, 4) not in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Police identified three victims of sex trafficking, including two girls and one "
            "woman, compared with five in 2015.",
            {("victims_identified_sex", 2016, 3), ("victims_identified_sex", 2015, 5)},
        ),
        (
            "Police identified 30 victims of forced labor, including 12 children, compared with "
            "40 in 2015.",
            {("victims_identified_labor", 2016, 30), ("victims_identified_labor", 2015, 40)},
        ),
    ],
)
def test_a_comparison_after_the_groups_of_a_form_count_compares_the_form_count(
    sentence: str, expected: set[tuple]
) -> None:
    found = counts(P + sentence)
    assert expected <= found
    # the groups in the aside are no counts, and the comparison is not a total
    assert not {c for c in found if c[0] == "victims_identified"}


@pytest.mark.parametrize(
    ("sentence", "present", "absent"),
    [
        (
            # compared with earlier totals: all the victims were women, the year's total
            "The labor inspectorate identified 28 female trafficking victims (three for labor "
            "trafficking and 25 for sex trafficking), compared with 33 victims in 2015.",
            {
                ("victims_identified", 2016, 28),
                ("victims_identified", 2015, 33),
                ("victims_identified_sex", 2016, 25),
            },
            set(),
        ),
        (
            # parts by sex are no total
            "The government identified 28 female victims and nine male victims, compared with "
            "33 victims in 2015.",
            {("victims_identified", 2015, 33)},
            {("victims_identified", 2016, 28), ("victims_identified", 2016, 9)},
        ),
        (
            # a part of the total before
            "The government identified 40 victims, including 28 female victims, compared with "
            "33 victims in 2015.",
            {("victims_identified", 2016, 40), ("victims_identified", 2015, 33)},
            {("victims_identified", 2016, 28)},
        ),
        (
            # not compared with a total: a sub-count
            "The government identified 28 female victims." + CONVICTED_12,
            {("convictions", 2016, 12)},
            {("victims_identified", 2016, 28)},
        ),
    ],
)
def test_victims_of_one_sex_compared_with_totals_are_the_total(
    sentence: str, present: set[tuple], absent: set[tuple]
) -> None:
    found = counts(P + sentence)
    assert present <= found
    assert not absent & found


def test_a_group_word_modifying_victims_is_no_group_of_a_list() -> None:
    # "child labor victims" are victims restricted to children, not a third group whose
    # form the women and girls before take
    sentence = (
        "The government identified 80 sex trafficking victims, 50 women and 30 girls, and "
        "three forced child labor victims."
    )
    found = counts(P + sentence)
    assert ("victims_identified_sex", 2016, 80) in found
    assert not {c for c in found if c[0] == "victims_identified_labor" and c[2] != 3}
