"""Victims by form as parts of a total a sentence names ("Of the 131 victims the government
identified in 2016, 127 were sexually exploited", "10 of the 16 were victims of sex
trafficking, one of forced labor"): the total of a stated year, each part of one form."""

from __future__ import annotations

import pytest

from tests.extract.helpers import counts

P = "PROTECTION\n\n"


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            # the opener's total and its year; the part is sex trafficking, not the total
            "Of the 131 confirmed and potential victims the government identified in 2016, "
            "127 victims, including 26 children, were sexually exploited.",
            {("victims_identified", 2016, 131), ("victims_identified_sex", 2016, 127)},
            {("victims_identified", 2016, 127), ("victims_identified_sex", 2016, 26)},
        ),
        (
            "Of the 64 victims identified in 2016, 50 were subjected to sex trafficking and 14 "
            "to forced labor.",
            {
                ("victims_identified", 2016, 64),
                ("victims_identified_sex", 2016, 50),
                ("victims_identified_labor", 2016, 14),
            },
            set(),
        ),
        (
            # forced begging is no labor count; the rest of the list still reads
            "Officials reported that nine of the 15 were victims of sex trafficking, two of "
            "forced labor, and four of forced begging.",
            {("victims_identified_sex", 2016, 9), ("victims_identified_labor", 2016, 2)},
            {("victims_identified_labor", 2016, 4)},
        ),
        (
            # a part of two forms is no form count
            "Of the 300 victims the government identified in 2016, 200 were victims of labor "
            "trafficking and forced crime, and 100 of sex trafficking.",
            {("victims_identified", 2016, 300)},
            {("victims_identified_labor", 2016, 200)},
        ),
        (
            # no year of its own and no total before: the year is unknown, so no part
            "Courts convicted 12 traffickers. Of the 700 identified, 400 were victims of sex "
            "trafficking.",
            {("convictions", 2016, 12)},
            {("victims_identified_sex", 2016, 400), ("victims_identified", 2016, 700)},
        ),
        (
            # a child total is a part, not the year's total
            "Courts convicted 12 traffickers. Of the 40 child victims identified in 2016, 30 "
            "were subjected to sex trafficking.",
            {("convictions", 2016, 12)},
            {("victims_identified", 2016, 40)},
        ),
    ],
)
def test_parts_of_a_named_total(text: str, present: set[tuple], absent: set[tuple]) -> None:
    found = counts(P + text)
    assert present <= found
    assert not absent & found


@pytest.mark.parametrize(
    "opener",
    ["Of these, there were", "In this total, there were"],
)
def test_there_were_after_an_opener_counts_a_part_of_the_total_before(opener: str) -> None:
    text = (
        P + "Authorities identified 700 victims in 2015. "
        f"{opener} 410 sex trafficking victims in 2015, an increase from 380 in 2014."
    )
    found = counts(text, report_year=2016)
    assert {
        ("victims_identified", 2015, 700),
        ("victims_identified_sex", 2015, 410),
        ("victims_identified_sex", 2014, 380),
    } <= found
    assert ("victims_identified", 2014, 380) not in found


def test_an_opener_total_with_a_thousands_separator_is_the_total_before() -> None:
    text = (
        "The government identified 2,318 victims. Of the 2,318 identified victims, 1,407 were "
        "victims of labor exploitation, and 602 were victims of sex trafficking."
    )
    assert counts(P + text, "ARG", 2021) == {
        ("victims_identified", 2020, 2318),
        ("victims_identified_labor", 2020, 1407),
        ("victims_identified_sex", 2020, 602),
    }
    # a total split by agency stays parts, whatever its digits
    by_agency = "Of the 1,348, the police identified 1,285 victims and labor inspectors, 63."
    assert not any(c[0].startswith("victims_identified") for c in counts(P + by_agency, "ARG"))
    assert counts(P + by_agency + " Courts convicted 12 traffickers.", "ARG", 2021) == {
        ("convictions", 2020, 12)
    }
