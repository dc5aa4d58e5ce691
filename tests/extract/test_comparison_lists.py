"""A list of comparisons after a list of counts: each item goes with the metric it names,
an item that names none with the one metric left without a comparison of that year, else
with none (a wrong figure is worse than a missing one). Cases are data: text, facts that
must be found, facts that must not."""

from __future__ import annotations

import pytest

from tests.extract.helpers import counts

CASES = [
    pytest.param(
        "Police investigated 50 cases, prosecuted 43 suspects, and convicted 26 traffickers, "
        "compared with 45 cases, 24 prosecutions, and 23 convictions the previous reporting "
        "period.",
        {
            ("investigations", 2016, 50),
            ("prosecutions", 2016, 43),
            ("convictions", 2016, 26),
            ("investigations", 2015, 45),
            ("prosecutions", 2015, 24),
            ("convictions", 2015, 23),
        },
        {("convictions", 2015, 45), ("prosecutions", 2016, 24)},
        id="an-item-naming-no-metric-takes-the-one-left",
    ),
    pytest.param(
        "The agency received 600 cases for investigation, prosecuted 40 suspects, and "
        "convicted 20 traffickers, compared with 550 cases for investigation, 30 prosecutions, "
        "and 18 convictions in 2015.",
        {("prosecutions", 2015, 30), ("convictions", 2015, 18), ("convictions", 2016, 20)},
        {("convictions", 2015, 550), ("prosecutions", 2016, 30)},
        id="an-item-naming-no-metric-is-no-conviction",
    ),
    pytest.param(
        "In 2016, the government reported 25 prosecutions of suspected traffickers, compared "
        "to 30 prosecutions in 2015, and 14 convictions, compared to 16 convictions in 2015.",
        {
            ("prosecutions", 2016, 25),
            ("prosecutions", 2015, 30),
            ("convictions", 2016, 14),
            ("convictions", 2015, 16),
        },
        {("convictions", 2015, 14)},
        id="a-count-with-its-own-comparison-is-no-comparison",
    ),
    pytest.param(
        "Courts convicted 26 traffickers in 2016, compared with 23 in 2015.",
        {("convictions", 2016, 26), ("convictions", 2015, 23)},
        set(),
        id="a-lone-comparison-is-left-alone",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_list_comparisons(text: str, present: set[tuple], absent: set[tuple]) -> None:
    found = counts(text)
    assert present <= found
    assert not absent & found
