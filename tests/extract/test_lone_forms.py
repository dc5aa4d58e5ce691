"""A one-form count as the year's total (METRICS.md "Forms", "Wholes and forms") and the
verbs of one figure ("investigated, prosecuted, and convicted one trafficker"): the only
prosecution or conviction figure of a year, of one form, with the other form none or not
stated, is also the total; not beside the other form's figure, a different total, a figure
under other laws, child sex trafficking alone or one described case. Cases are data: text,
facts that must be found, facts that must not."""

from __future__ import annotations

import pytest

from tests.extract.helpers import counts

CASES = [
    pytest.param(
        "The government initiated one prosecution for sex trafficking in 2016; this was its "
        "first trafficking prosecution since 2011.",
        {("prosecutions_sex", 2016, 1), ("prosecutions", 2016, 1)},
        set(),
        id="only-prosecution-figure-of-one-form",
    ),
    pytest.param(
        "In 2016, authorities began prosecuting 27 sex trafficking cases and convicted nine "
        "traffickers. Authorities did not initiate any labor trafficking prosecutions.",
        {("prosecutions_sex", 2016, 27), ("prosecutions", 2016, 27), ("convictions", 2016, 9)},
        set(),
        id="the-other-form-none",
    ),
    pytest.param(
        "Prosecutors prosecuted and convicted one sex trafficker under the pimping provisions "
        "of the penal code. This compared with prosecuting and convicting two sex traffickers "
        "during the previous reporting period.",
        {
            ("prosecutions_sex", 2016, 1),
            ("convictions_sex", 2016, 1),
            ("prosecutions", 2016, 1),
            ("convictions", 2016, 1),
            ("prosecutions_sex", 2015, 2),
            ("convictions", 2015, 2),
        },
        set(),
        id="prosecuted-and-convicted-one-sex-trafficker",
    ),
    pytest.param(
        "Authorities convicted six sex traffickers and three labor traffickers in 2016.",
        {("convictions_sex", 2016, 6), ("convictions_labor", 2016, 3)},
        {("convictions", 2016, 6), ("convictions", 2016, 3), ("convictions", 2016, 9)},
        id="both-forms-give-no-total",
    ),
    pytest.param(
        "Courts convicted 14 traffickers in 2016. The government convicted five labor "
        "traffickers, compared with two labor trafficking convictions in 2015.",
        {("convictions", 2016, 14), ("convictions_labor", 2016, 5), ("convictions_labor", 2015, 2)},
        {("convictions", 2016, 5), ("convictions", 2015, 2)},
        id="a-part-of-a-stated-total-is-no-total-in-any-year",
    ),
    pytest.param(
        "Police prosecuted four suspects in 2016. The government showed progress by prosecuting "
        "and convicting two sex traffickers.",
        {("prosecutions", 2016, 4), ("convictions_sex", 2016, 2), ("convictions", 2016, 2)},
        {("prosecutions_sex", 2016, 2), ("prosecutions", 2016, 2)},
        id="a-pair-form-beside-another-total",
    ),
    pytest.param(
        "In July 2016, prosecutors opened a case charging two individuals under the forced "
        "labor statute. Police investigated 14 cases.",
        {("investigations", 2016, 14)},
        {("prosecutions", 2016, 2)},
        id="one-described-case",
    ),
    pytest.param(
        "Authorities prosecuted three people for child sex trafficking offenses in 2016. "
        "Police investigated 14 cases.",
        {("prosecutions_sex", 2016, 3), ("investigations", 2016, 14)},
        {("prosecutions", 2016, 3)},
        id="child-sex-trafficking-alone-is-a-subset",
    ),
    pytest.param(
        "The government investigated, prosecuted, and convicted one trafficker, compared with "
        "one investigation, one prosecution, and zero convictions the previous reporting "
        "period.",
        {
            ("investigations", 2016, 1),
            ("prosecutions", 2016, 1),
            ("convictions", 2016, 1),
            ("investigations", 2015, 1),
            ("prosecutions", 2015, 1),
            ("convictions", 2015, 0),
        },
        set(),
        id="three-verbs-of-one-figure",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_lone_form_counts(text: str, present: set[tuple], absent: set[tuple]) -> None:
    found = counts(text)
    assert present <= found
    assert not absent & found
