"""Foreign victims by the No-arithmetic convention of METRICS.md: "all but N were foreign
nationals" states the nationals, so it gives no foreign count (the complement is never
computed), while "all but N were <own nationals>" states N foreign victims. Cases are data:
text, facts that must be found, facts that must not."""

from __future__ import annotations

import pytest

from tests.extract.helpers import counts

CASES = [
    pytest.param(
        "The government identified 26 victims in 2016; all but three were foreign nationals.",
        {("victims_identified", 2016, 26)},
        {("victims_identified_foreign", 2016, 23), ("victims_identified_foreign", 2016, 3)},
        id="all-but-foreign-is-no-count",
    ),
    pytest.param(
        "Authorities identified 105 victims. All but one were foreign nationals.",
        {("victims_identified", 2016, 105)},
        {("victims_identified_foreign", 2016, 104), ("victims_identified_foreign", 2016, 1)},
        id="all-but-foreign-in-the-next-sentence-is-no-count",
    ),
    pytest.param(
        "The government identified 40 victims; all but four were Kazakhstani citizens.",
        {("victims_identified", 2016, 40), ("victims_identified_foreign", 2016, 4)},
        {("victims_identified_foreign", 2016, 36)},
        id="all-but-own-nationals-states-the-foreign",
    ),
    pytest.param(
        "The government identified 45 victims, 30 of whom were foreign nationals.",
        {("victims_identified", 2016, 45), ("victims_identified_foreign", 2016, 30)},
        {("victims_identified", 2016, 30)},
        id="n-of-whom-were-foreign",
    ),
    pytest.param(
        # "most of whom" gives no figure
        "The government identified 45 victims, most of whom were foreign nationals.",
        {("victims_identified", 2016, 45)},
        {("victims_identified_foreign", 2016, 45)},
        id="most-of-whom-were-foreign-is-no-count",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_foreign_counts(text: str, present: set[tuple], absent: set[tuple]) -> None:
    found = counts(text)
    assert present <= found
    assert not absent & found
