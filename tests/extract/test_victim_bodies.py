"""Victims by the body that identified or registered them: a national registration
("the national coordinator registered 800 possible victims") is the year's identified
victims; a list by identifying body ("the police identified 300; labor inspectors, 25; ...")
is parts, none of them the total."""

from __future__ import annotations

import pytest

from tests.extract.helpers import CONVICTED_12, counts

P = "PROTECTION\n\n"


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            # the national registration and its comparison; the parts by form follow it
            "In 2015, the most recent year with data, the state-funded victim coordination "
            "office registered 800 possible trafficking victims, compared with 760 in 2014. "
            "Of these, 500 were victims of sex trafficking and 200 of labor trafficking.",
            {
                ("victims_identified", 2015, 800),
                ("victims_identified", 2014, 760),
                ("victims_identified_sex", 2015, 500),
                ("victims_identified_labor", 2015, 200),
            },
            {("victims_identified", 2016, 800)},
        ),
        (
            # each body's figure (and its bracketed comparison) is a part
            "The police reported identifying 410 victims (390 in 2015); health services, 120 "
            "(100 in 2015); labor inspectors, 30 (28 in 2015); and the rest from other bodies."
            + CONVICTED_12,
            {("convictions", 2016, 12)},
            {
                ("victims_identified", 2016, 410),
                ("victims_identified", 2015, 390),
                ("victims_identified", 2015, 100),
            },
        ),
        (
            # each body repeating the verb: parts as well, no national figure
            "In 2016, police identified 40 victims, the labor inspectorate identified 12, and "
            "border guards identified three." + CONVICTED_12,
            {("convictions", 2016, 12)},
            {
                ("victims_identified", 2016, 40),
                ("victims_identified", 2016, 12),
                ("victims_identified", 2016, 3),
            },
        ),
        (
            # NGOs' figure after the government's is no list of government bodies
            "In 2016, police identified 40 victims, and NGOs identified 15.",
            {("victims_identified", 2016, 40)},
            set(),
        ),
        (
            # the same body identifying more later is no second body
            "Police identified 40 victims in 2016, and later identified 15.",
            {("victims_identified", 2016, 40)},
            set(),
        ),
        (
            # a clause after a semicolon that breaks the total down is no list of bodies
            "The government identified 40 victims; of these, 30 were women.",
            {("victims_identified", 2016, 40)},
            set(),
        ),
        (
            # NGOs registering victims is no government count
            "NGOs registered 45 victims." + CONVICTED_12,
            {("convictions", 2016, 12)},
            {("victims_identified", 2016, 45)},
        ),
    ],
)
def test_victims_by_body(text: str, present: set, absent: set) -> None:
    found = counts(P + text)
    assert present <= found
    assert not absent & found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            # the bracket's comparison counts victims, not the NGOs that sheltered them
            "State-funded NGOs sheltered 30 trafficking victims in 2016 (three state-funded NGOs "
            "sheltered 22 victims in 2015).",
            {("victims_assisted_ngo", 2016, 30), ("victims_assisted_ngo", 2015, 22)},
            {("victims_assisted_ngo", 2015, 3)},
        ),
        (
            "NGOs assisted 41 victims in 2016 (four government-run organizations and NGOs "
            "assisted 35 in 2015).",
            {("victims_assisted_ngo", 2016, 41)},
            {("victims_assisted_ngo", 2015, 4)},
        ),
    ],
)
def test_a_number_of_bodies_is_no_victim_count(text: str, present: set, absent: set) -> None:
    found = counts(P + text)
    assert present <= found
    assert not absent & found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "Authorities identified 20 victims of sex trafficking and 11 victims of forced "
            "labor (31 total).",
            {
                ("victims_identified", 2016, 31),
                ("victims_identified_sex", 2016, 20),
                ("victims_identified_labor", 2016, 11),
            },
            set(),
        ),
        (
            # one body's figure before the total is a part, not the total
            "Police identified 18 victims and the labor inspectorate identified six, totaling "
            "24 victims in 2015.",
            {("victims_identified", 2015, 24)},
            {("victims_identified", 2015, 18), ("victims_identified", 2016, 18)},
        ),
        (
            # the comparison after the total is the total's, not the last form's
            "The government identified 20 victims of sex trafficking and 11 victims of forced "
            "labor, a total of 31, compared with 40 in 2015.",
            {("victims_identified", 2016, 31), ("victims_identified", 2015, 40)},
            {("victims_identified_labor", 2015, 40)},
        ),
        (
            # a total of days is no total of victims
            "The government identified 31 victims and granted an additional 45 days of support "
            "(for a total of 90 days).",
            {("victims_identified", 2016, 31)},
            {("victims_identified", 2016, 90)},
        ),
    ],
)
def test_the_total_after_its_parts(text: str, present: set, absent: set) -> None:
    found = counts(P + text)
    assert present <= found
    assert not absent & found


def test_the_previous_period_when_names_the_year_of_its_clause() -> None:
    text = (
        "The interior ministry identified 210 victims in 2016. This was an increase compared "
        "to the previous reporting period, when the ministry identified 130 victims."
    )
    found = counts(P + text)
    assert {("victims_identified", 2016, 210), ("victims_identified", 2015, 130)} <= found
    assert ("victims_identified", 2016, 130) not in found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "In 2016, the social welfare ministry assisted 52 newly identified victims.",
            {("victims_identified", 2016, 52)},
            set(),
        ),
        (
            # the government's care of victims identified before is no identification
            "The social welfare ministry assisted 52 victims in 2016." + CONVICTED_12,
            {("convictions", 2016, 12)},
            {("victims_identified", 2016, 52)},
        ),
        (
            # NGOs assisting newly identified victims is the NGOs' count
            "NGOs assisted 52 newly identified victims in 2016.",
            {("victims_assisted_ngo", 2016, 52)},
            {("victims_identified", 2016, 52)},
        ),
    ],
)
def test_newly_identified_victims_the_government_assisted(
    text: str, present: set, absent: set
) -> None:
    found = counts(P + text)
    assert present <= found
    assert not absent & found


def test_victims_found_in_cases_named_before_are_a_part() -> None:
    text = (
        "Courts sentenced 19 pimps, and from these 19 cases, reported identifying 11 victims. "
        "Police identified 30 victims during the reporting period."
    )
    found = counts(P + text)
    assert ("victims_identified", 2016, 30) in found
    assert ("victims_identified", 2016, 11) not in found
    # the only figure of its year: kept (METRICS: one unit's figure where no other is given)
    alone = counts(P + "From these 19 cases, police reported identifying 11 victims.")
    assert ("victims_identified", 2016, 11) in alone


def test_victims_identified_through_a_hotline_are_a_part() -> None:
    text = (
        "Labor inspectors reported identifying 58 victims of forced labor, compared with "
        "seven trafficking victims in 2015. In 2016, three victims were identified and "
        "referred to shelter after calling the hotline."
    )
    found = counts(P + text)
    # the one-form head compared with totals is the whole (weak); the hotline's three are a
    # part that does not displace it
    assert {("victims_identified", 2016, 58), ("victims_identified_labor", 2016, 58)} <= found
    assert ("victims_identified", 2015, 7) in found
    assert ("victims_identified", 2016, 3) not in found
    # the only figure of its year: kept
    alone = counts(P + "In 2016, three victims were identified after calling the hotline.")
    assert ("victims_identified", 2016, 3) in alone


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            # victims assisted that were identified earlier: no identification count
            "The government identified 14 victims in 2016. It did not report whether it "
            "assisted nine victims identified in the previous reporting period.",
            {("victims_identified", 2016, 14)},
            {("victims_identified", 2015, 9)},
        ),
        (
            # who identified them is stated: the police's identification
            "NGOs assisted 40 victims identified by the police in 2016.",
            {("victims_identified", 2016, 40)},
            {("victims_assisted_ngo", 2016, 40)},
        ),
    ],
)
def test_victims_assisted_that_were_identified(text: str, present: set, absent: set) -> None:
    found = counts(P + text)
    assert present <= found
    assert not absent & found
