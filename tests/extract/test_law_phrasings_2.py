"""Law-enforcement phrasings of other years and regions (the families of a blind set of
2012-2024 prosecution paragraphs): the people a sentencing clause names are no conviction
count; an earlier year's figure keeps its year past a bracket, a participle, and the part a
relative clause names after it. Cases are data: text written for the test, facts that
must be found, facts that must not."""

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
    pytest.param(
        "Police investigated 348 cases (including 138 continued from previous years), compared "
        "with the investigation of 403 cases (including 29 ongoing investigations) during the "
        "previous reporting period.",
        {("investigations", 2016, 348), ("investigations", 2015, 403)},
        {("investigations", 2016, 403), ("investigations", 2016, 29)},
        id="bracket-between-comparison-and-prior-period",
    ),
    pytest.param(
        "Prosecutors initiated 10 prosecutions. This is a decrease from 28 prosecutions "
        "initiated in the previous reporting period and 35 initiated in 2014.",
        {("prosecutions", 2016, 10), ("prosecutions", 2015, 28), ("prosecutions", 2014, 35)},
        set(),
        id="participle-before-prior-period-then-another-year",
    ),
    pytest.param(
        "The government prosecuted 517 suspects, an increase from the 312 individuals the "
        "government prosecuted the previous reporting period, of which 56 were for forced labor.",
        {
            ("prosecutions", 2016, 517),
            ("prosecutions", 2015, 312),
            ("prosecutions_labor", 2015, 56),
        },
        {("prosecutions_labor", 2016, 56)},
        id="relative-part-of-a-comparison-is-of-its-year",
    ),
    pytest.param(
        "The government prosecuted 517 suspects, of which 333 were for forced labor, compared "
        "with 312 in 2015.",
        {
            ("prosecutions", 2016, 517),
            ("prosecutions_labor", 2016, 333),
            ("prosecutions", 2015, 312),
        },
        {("prosecutions_labor", 2015, 333)},
        id="relative-part-of-the-years-own-figure",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_law_phrasings(text: str, present: set[tuple], absent: set[tuple]) -> None:
    found = counts(text)
    assert present <= found
    assert not absent & found
