"""Figures of several named agencies and no national total (METRICS.md "The national
figure": several separate figures and no total give none of them, never their sum); one
agency's figure alone, or a figure of the government at large beside agencies' figures,
stays. Cases are data: text, facts that must be found, facts that must not."""

from __future__ import annotations

import pytest

from tests.extract.helpers import CONVICTED_12, counts

CASES = [
    pytest.param(
        "In FY 2016, the HSI reported opening 410 investigations possibly involving trafficking, "
        "a decrease from 450 in FY 2015. The FBI opened 380 trafficking investigations."
        + CONVICTED_12,
        # 2015: the HSI's is the year's only figure (METRICS.md "The national figure")
        {("convictions", 2016, 12), ("investigations", 2015, 450)},
        {
            ("investigations", 2016, 410),
            ("investigations", 2016, 380),
            ("investigations", 2016, 790),
        },
        id="two-agencies-no-total",
    ),
    pytest.param(
        "The State Prosecutor's Office investigated five suspects (two in 2015). Federation "
        "authorities investigated nine suspects (four in 2015), and Federation courts convicted "
        "three traffickers. District authorities did not initiate any prosecutions.",
        {("convictions", 2016, 3)},
        {
            ("investigations", 2016, 5),
            ("investigations", 2016, 9),
            ("investigations", 2015, 2),
            ("investigations", 2015, 4),
        },
        id="entities-of-a-federation",
    ),
    pytest.param(
        "The NAPTIP investigated 120 cases and convicted 15 traffickers in 2016.",
        {("investigations", 2016, 120), ("convictions", 2016, 15)},
        set(),
        id="one-agency-alone-is-the-figure",
    ),
    pytest.param(
        "In 2016, police investigated 64 trafficking cases. The ATU investigated 20 cases and "
        "the CID investigated 11 cases.",
        {("investigations", 2016, 64)},
        {("investigations", 2016, 20), ("investigations", 2016, 11)},
        id="the-government-figure-stays",
    ),
    pytest.param(
        "The ATU and the CID reported investigating 20 cases in 2016, and the ATU later "
        "reported the same 20 cases." + CONVICTED_12,
        {("investigations", 2016, 20), ("convictions", 2016, 12)},
        set(),
        id="one-figure-named-twice",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_agency_figures(text: str, present: set[tuple], absent: set[tuple]) -> None:
    found = counts(text)
    assert present <= found
    assert not absent & found
