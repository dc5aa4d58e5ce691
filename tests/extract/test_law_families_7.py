"""Law-enforcement phrasing families as data (seventh batch): each case is a text written
for the test, the facts it must give and the facts it must not give (a case with an
absence also lists what must be present, so that a silent extractor cannot pass)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.extract.helpers import counts


@dataclass(frozen=True)
class Case:
    """A text about `country` in the report of `year`, its facts and its traps."""

    name: str
    text: str
    present: frozenset[tuple]
    absent: frozenset[tuple] = frozenset()
    country: str = "KAZ"
    year: int = 2019


CASES = [
    # "against" after a legal action is no comparison: "secured convictions against 27"
    Case(
        "convictions_against_traffickers_before_a_bracket_of_earlier_years",
        "Authorities initiated prosecutions in nine cases (10 cases in 2017) and secured "
        "convictions against 21 traffickers in eight cases (convictions in five cases in 2017).",
        frozenset(
            {("convictions", 2018, 21), ("prosecutions", 2018, 9), ("prosecutions", 2017, 10)}
        ),
        frozenset({("convictions", 2017, 21)}),
        "LAO",
    ),
    Case(
        "convictions_against_traffickers_compared",
        "In 2018, the courts secured convictions against 14 traffickers, compared with 11 in 2017.",
        frozenset({("convictions", 2018, 14), ("convictions", 2017, 11)}),
        frozenset({("convictions", 2017, 14)}),
        "LAO",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_law_family(case: Case) -> None:
    found = counts(case.text, case.country, case.year)
    assert case.present <= found, found
    assert not (case.absent & found), found
