"""Law-enforcement phrasings of other years: comparisons paired with the sentence's counts
by "respectively", cases the police registered or recorded (investigations by the Units
convention), appeals, which are no new convictions, and defendants "charged with" a form.
Cases are data: text, facts that must be found, facts that must not."""

from __future__ import annotations

import pytest

from tests.extract.helpers import counts

CASES = [
    pytest.param(
        "In 2016, authorities investigated 52 cases, prosecuted 31 defendants, and convicted 14 "
        "traffickers, compared with 45, 27, and 11, respectively, in 2015.",
        {
            ("investigations", 2016, 52),
            ("prosecutions", 2016, 31),
            ("convictions", 2016, 14),
            ("investigations", 2015, 45),
            ("prosecutions", 2015, 27),
            ("convictions", 2015, 11),
        },
        set(),
        id="respectively-pairs-comparisons-with-counts",
    ),
    pytest.param(
        "The government investigated 52 cases and convicted 14 traffickers, compared with 45 "
        "and 11 during the previous reporting period, respectively.",
        {("investigations", 2015, 45), ("convictions", 2015, 11), ("convictions", 2016, 14)},
        set(),
        id="respectively-after-the-year",
    ),
    pytest.param(
        "Authorities investigated 52 cases and prosecuted 31 defendants and courts convicted 14 "
        "traffickers, compared with 45 and 11, respectively, in 2015.",
        {("investigations", 2016, 52), ("convictions", 2016, 14)},
        {("investigations", 2015, 45), ("prosecutions", 2015, 45), ("convictions", 2015, 11)},
        id="respectively-with-more-counts-than-figures-pairs-nothing",
    ),
    pytest.param(
        "The government investigated nine suspected traffickers, prosecuted four, and convicted "
        "two during the year.",
        {("investigations", 2016, 9), ("prosecutions", 2016, 4), ("convictions", 2016, 2)},
        set(),
        id="bare-figures-during-the-year",
    ),
    pytest.param(
        "Prosecutors charged 19 defendants with sex trafficking and four with labor trafficking "
        "in 2016.",
        {("prosecutions_sex", 2016, 19), ("prosecutions_labor", 2016, 4)},
        {("prosecutions", 2016, 19)},
        id="charged-with-a-form-is-that-form",
    ),
    pytest.param(
        "Authorities prosecuted 20 suspects, of whom 15 were charged with sex trafficking and "
        "five with forced labor.",
        {
            ("prosecutions", 2016, 20),
            ("prosecutions_sex", 2016, 15),
            ("prosecutions_labor", 2016, 5),
        },
        set(),
        id="of-whom-charged-with-forms",
    ),
    pytest.param(
        "The interior ministry reported opening investigations into 195 traffickers for forced "
        "prostitution, forced labor, and forced begging in 2016.",
        {("investigations", 2016, 195)},
        set(),
        id="a-list-of-forms-counts-the-total",
    ),
    pytest.param(
        "Officials identified 712 victims in 2016: 391 for sex trafficking, 149 for forced labor "
        "or labor exploitation, and 172 unspecified.",
        {
            ("victims_identified", 2016, 712),
            ("victims_identified_sex", 2016, 391),
            ("victims_identified_labor", 2016, 149),
        },
        set(),
        id="one-form-named-twice-is-that-form",
    ),
    pytest.param(
        "In 2016, prosecutors initiated 120 trafficking prosecutions. Of these prosecutions, 104 "
        "involved predominantly sex trafficking and 16 involved predominantly labor trafficking.",
        {
            ("prosecutions", 2016, 120),
            ("prosecutions_sex", 2016, 104),
            ("prosecutions_labor", 2016, 16),
        },
        set(),
        id="involved-predominantly-a-form",
    ),
    pytest.param(
        "Police investigated 12 cases with sex trafficking indicators and courts convicted nine "
        "traffickers.",
        {("investigations", 2016, 12), ("convictions", 2016, 9)},
        {("convictions_sex", 2016, 9)},
        id="with-indicators-names-no-form",
    ),
    pytest.param(
        "The police registered 33 trafficking cases in 2016, compared with 28 the previous year.",
        {("investigations", 2016, 33), ("investigations", 2015, 28)},
        set(),
        id="police-registered-cases",
    ),
    pytest.param(
        "In 2016, 120 trafficking cases were recorded with the police, compared with 98 in 2015.",
        {("investigations", 2016, 120), ("investigations", 2015, 98)},
        set(),
        id="cases-recorded-with-the-police",
    ),
    pytest.param(
        "In 2016, 120 cases were registered by the labor inspectorate. Courts convicted nine "
        "traffickers.",
        {("convictions", 2016, 9)},
        {("investigations", 2016, 120)},
        id="cases-registered-elsewhere-are-no-investigations",
    ),
    pytest.param(
        "Police registered 12 cases of child labor in 2016. Courts convicted nine traffickers.",
        {("convictions", 2016, 9)},
        {("investigations", 2016, 12)},
        id="registered-cases-of-another-crime",
    ),
    pytest.param(
        "The appellate court upheld four convictions and overturned two; courts convicted 11 "
        "traffickers in 2016.",
        {("convictions", 2016, 11)},
        {("convictions", 2016, 4), ("convictions", 2016, 2)},
        id="appeals-are-no-new-convictions",
    ),
    pytest.param(
        "The supreme court confirmed 12 convictions on appeal, and appellate judges affirmed "
        "five more; first-instance courts convicted 31 traffickers in 2016.",
        {("convictions", 2016, 31)},
        {("convictions", 2016, 12), ("convictions", 2016, 5)},
        id="confirmed-on-appeal-is-no-conviction-count",
    ),
    pytest.param(
        "Courts convicted 18 traffickers in 2016; the court of appeals upheld the convictions "
        "of seven traffickers, and eight convictions were confirmed by the high court.",
        {("convictions", 2016, 18)},
        {("convictions", 2016, 7), ("convictions", 2016, 8)},
        id="upheld-and-passive-confirmed-are-no-conviction-count",
    ),
    pytest.param(
        "Eight convictions were confirmed by the high court. Courts convicted 18 traffickers "
        "in 2016.",
        {("convictions", 2016, 18)},
        {("convictions", 2016, 8)},
        id="passive-confirmed-convictions-do-not-displace-the-count",
    ),
    pytest.param(
        "Authorities confirmed 40 trafficking victims and courts convicted 12 traffickers in 2016.",
        {("victims_identified", 2016, 40), ("convictions", 2016, 12)},
        set(),
        id="confirmed-victims-still-count",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_law_phrasings(text: str, present: set[tuple], absent: set[tuple]) -> None:
    found = counts(text)
    assert present <= found
    assert not absent & found
