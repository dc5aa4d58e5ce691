"""Law-enforcement phrasings of other years and regions (the families of a blind set of
2012-2024 prosecution paragraphs): the people a sentencing clause names are no conviction
count. Cases are data: text written for the test, facts that must be found, facts that must
not."""

from __future__ import annotations

import pytest

from tests.extract.helpers import counts

CASES = [
    pytest.param(
        "The government convicted two traffickers for labor trafficking, compared with six "
        "convictions in 2015, and sentenced one trafficker to four years' imprisonment.",
        {("convictions", 2016, 2), ("convictions_labor", 2016, 2), ("convictions", 2015, 6)},
        {("convictions", 2016, 1)},
        id="sentenced-one-of-the-convicted-is-no-count",
    ),
    pytest.param(
        "Courts convicted 14 traffickers and sentenced three offenders to more than 10 years.",
        {("convictions", 2016, 14)},
        {("convictions", 2016, 3)},
        id="sentenced-part-after-the-total",
    ),
    pytest.param(
        "In 2016, courts convicted and sentenced 12 traffickers to prison terms.",
        {("convictions", 2016, 12)},
        set(),
        id="convicted-and-sentenced-is-the-count",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_law_phrasings(text: str, present: set[tuple], absent: set[tuple]) -> None:
    found = counts(text)
    assert present <= found
    assert not absent & found
