"""Law-enforcement phrasings of other years and regions (the families of a blind set of
2012-2024 prosecution paragraphs): the people a sentencing clause names are no conviction
count; an earlier year's figure keeps its year past a bracket, a participle, and the part a
relative clause names after it; "Of the 130 convictions, courts convicted 68 for sex
trafficking" is a form split; a referral for prosecution is the prosecutions only alone.
Bringing offenders to trial is prosecuting them; a law's name does not hide the year; a
prosecution begun in an earlier period is no prosecution of the year.
Cases are data: text written for the test, facts that must be found, facts that must not."""

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


CASES += [
    pytest.param(
        "Courts convicted 130 traffickers, compared to 73 convictions in 2015. Of the 130 "
        "convictions, courts convicted 68 traffickers for sex trafficking, 31 for forced labor, "
        "and 31 for unspecified forms of trafficking.",
        {
            ("convictions_sex", 2016, 68),
            ("convictions_labor", 2016, 31),
            ("convictions", 2016, 130),
        },
        {("convictions", 2016, 68)},
        id="of-the-convictions-courts-convicted-by-form",
    ),
    pytest.param(
        "Courts convicted 130 traffickers. Of the 130, regional courts convicted 68 traffickers "
        "and district courts convicted 62.",
        {("convictions", 2016, 130)},
        {("convictions", 2016, 68), ("convictions", 2016, 62)},
        id="of-the-convictions-by-court-is-no-form-split",
    ),
    pytest.param(
        "In 2016, the joint unit reported investigating 311 cases and referred for prosecution "
        "53 cases involving 91 male and 24 female suspects.",
        {("investigations", 2016, 311), ("prosecutions", 2016, 53)},
        {("prosecutions", 2016, 91), ("prosecutions", 2016, 24)},
        id="referred-for-prosecution-alone-is-the-prosecutions",
    ),
    pytest.param(
        "Police referred 40 cases for prosecution and prosecutors indicted 25 defendants.",
        {("prosecutions", 2016, 25)},
        {("prosecutions", 2016, 40)},
        id="referral-loses-to-a-prosecution-figure",
    ),
    pytest.param(
        "Labor inspectors referred 12 cases for prosecution for forced labor in 2016, an "
        "increase from 10 in 2015. Authorities prosecuted 150 suspects in 2016.",
        {
            ("prosecutions_labor", 2016, 12),
            ("prosecutions_labor", 2015, 10),
            ("prosecutions", 2016, 150),
        },
        {("prosecutions", 2016, 12)},
        id="referral-for-one-form-is-that-form",
    ),
]

CASES += [
    pytest.param(
        "In 2015, the unit reported investigating 311 cases and referred for prosecution 53 "
        "cases; this was a substantial increase from the 24 investigations and 17 prosecutions "
        "in 2014.",
        {
            ("investigations", 2015, 311),
            ("prosecutions", 2015, 53),
            ("investigations", 2014, 24),
            ("prosecutions", 2014, 17),
        },
        {("prosecutions", 2015, 17)},
        id="comparisons-after-a-referral-name-their-metric",
    ),
    pytest.param(
        "Prosecutors brought to trial 621 trafficking offenders, and trial courts convicted 174 "
        "trafficking offenders under the country's 2003 trafficking law in 2015, compared to "
        "166 convictions in 2014.",
        {("prosecutions", 2015, 621), ("convictions", 2015, 174), ("convictions", 2014, 166)},
        {("convictions", 2016, 174), ("prosecutions", 2016, 621), ("convictions", 2003, 174)},
        id="brought-to-trial-and-the-year-after-a-law",
    ),
    pytest.param(
        "Courts convicted 17 traffickers under the 2003 anti-trafficking law.",
        {("convictions", 2016, 17)},
        {("convictions", 2003, 17)},
        id="the-year-a-law-was-passed-is-no-year-of-the-count",
    ),
]

CASES += [
    pytest.param(
        "A judge adjourned indefinitely the prosecution of four defendants charged with "
        "exploiting 59 women initiated in a previous reporting period. Police investigated "
        "three cases.",
        {("investigations", 2016, 3)},
        {("prosecutions", 2016, 4), ("prosecutions", 2016, 59)},
        id="prosecution-initiated-in-a-previous-period",
    ),
    pytest.param(
        "Authorities continued investigating 30 cases from previous years and opened 12 new "
        "investigations.",
        {("investigations", 2016, 12)},
        {("investigations", 2016, 30)},
        id="cases-from-previous-years",
    ),
    pytest.param(
        "The government reported initiating two sex trafficking investigations and continuing "
        "six investigations from prior reporting periods.",
        {("investigations", 2016, 2)},
        {("investigations", 2016, 6)},
        id="the-earlier-period-of-the-next-clause-is-not-this-figures",
    ),
    pytest.param(
        "Courts convicted 12 traffickers in cases from previous years.",
        {("convictions", 2016, 12)},
        set(),
        id="a-conviction-is-of-its-year-whenever-the-case-began",
    ),
    pytest.param(
        "The government investigated 30 cases, up from the previous year.",
        {("investigations", 2016, 30)},
        set(),
        id="up-from-the-previous-year-is-a-comparison",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_law_phrasings(text: str, present: set[tuple], absent: set[tuple]) -> None:
    found = counts(text)
    assert present <= found
    assert not absent & found
