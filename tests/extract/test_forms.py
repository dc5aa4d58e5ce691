"""Form counts by the Forms convention of METRICS.md: a count spanning two forms ("sex and
labor traffickers", "labor trafficking and forced crime") is never a form count, while the
form counts stated beside it still are; "both for <form>" makes a total of two one form's;
the forms of one law's part of a total ("three under article 411, two for sex trafficking
and one for labor trafficking") are not the total's; "labor ministry officials" are no
labor form; a sentence opened "For labor trafficking, ..." counts that form. Cases are
data: text, facts that must be found, facts that must not."""

from __future__ import annotations

import pytest

from tests.extract.helpers import counts

P = "PROTECTION\n\n"

CASES = [
    pytest.param(
        "Police identified 551 sex and labor traffickers, compared with 597 in 2015. "
        "Courts convicted 12 traffickers.",
        {("convictions", 2016, 12)},
        {("victims_identified_sex", 2016, 551), ("victims_identified_sex", 2015, 597)},
        id="traffickers-of-both-forms-are-no-victims",
    ),
    pytest.param(
        "The government identified 30 sex and labor trafficking victims.",
        {("victims_identified", 2016, 30)},
        {("victims_identified_sex", 2016, 30), ("victims_identified_labor", 2016, 30)},
        id="victims-of-both-forms-are-the-total-only",
    ),
    pytest.param(
        "The government identified 900 victims. Of the 900 identified, 500 were victims of "
        "sex trafficking, 250 of labor trafficking and forced crime, and 30 of both labor "
        "and sex trafficking.",
        {("victims_identified", 2016, 900), ("victims_identified_sex", 2016, 500)},
        {("victims_identified_labor", 2016, 250), ("victims_identified_labor", 2016, 30)},
        id="labor-and-forced-crime-is-no-labor-count",
    ),
    pytest.param(
        "Authorities identified 40 victims of labor trafficking and forced begging and 12 "
        "victims of sex trafficking.",
        {("victims_identified_sex", 2016, 12)},
        {("victims_identified_labor", 2016, 40)},
        id="labor-and-begging-is-no-labor-count",
    ),
    pytest.param(
        "The government identified 20 sex and 15 labor trafficking victims.",
        {("victims_identified_sex", 2016, 20), ("victims_identified_labor", 2016, 15)},
        {("victims_identified_sex", 2016, 15)},
        id="two-figures-each-of-one-form-stay",
    ),
    pytest.param(
        "Courts convicted 12 sex traffickers and three labor traffickers.",
        {("convictions_sex", 2016, 12), ("convictions_labor", 2016, 3)},
        {("convictions_sex", 2016, 3)},
        id="sex-traffickers-and-labor-traffickers-stay",
    ),
    pytest.param(
        "The government reported convicting two traffickers, both for child sex trafficking.",
        {("convictions", 2016, 2), ("convictions_sex", 2016, 2)},
        {("convictions_labor", 2016, 2)},
        id="both-for-one-form",
    ),
    pytest.param(
        "Courts convicted two traffickers, both of whom received prison terms.",
        {("convictions", 2016, 2)},
        {("convictions_sex", 2016, 2), ("convictions_labor", 2016, 2)},
        id="both-without-a-form",
    ),
    pytest.param(
        "Courts convicted 31 traffickers (27 under article 301 and four under article 302, "
        "three for sex trafficking and one for labor trafficking).",
        {("convictions", 2016, 31)},
        {("convictions_sex", 2016, 3), ("convictions_labor", 2016, 1)},
        id="forms-of-one-articles-part",
    ),
    pytest.param(
        "Prosecutors initiated 30 prosecutions, five under section 12, which included two sex "
        "trafficking cases, and 25 under the procurement law.",
        {("prosecutions", 2016, 30)},
        {("prosecutions_sex", 2016, 2)},
        id="forms-of-one-sections-part",
    ),
    pytest.param(
        "Courts convicted 20 traffickers under article 128, including 12 for sex trafficking "
        "and eight for labor trafficking.",
        {
            ("convictions", 2016, 20),
            ("convictions_sex", 2016, 12),
            ("convictions_labor", 2016, 8),
        },
        set(),
        id="forms-of-a-total-under-one-article-stay",
    ),
    pytest.param(
        "Courts convicted two labor ministry officials for abuse of office. Courts convicted 12 "
        "traffickers.",
        {("convictions", 2016, 12)},
        {("convictions_labor", 2016, 2)},
        id="labor-ministry-is-no-form",
    ),
    pytest.param(
        "Labor inspectors identified 14 labor trafficking victims.",
        {("victims_identified_labor", 2016, 14)},
        {("victims_identified", 2016, 14)},
        id="labor-inspectors-beside-a-labor-count",
    ),
    pytest.param(
        "For labor trafficking, the government identified 40 victims in 2016, compared to 35 "
        "in 2015.",
        {("victims_identified_labor", 2016, 40), ("victims_identified_labor", 2015, 35)},
        {("victims_identified", 2016, 40), ("victims_identified", 2015, 35)},
        id="form-opener-narrows-the-totals",
    ),
    pytest.param(
        "For sex trafficking, courts convicted nine traffickers and police opened 30 "
        "investigations.",
        {("convictions_sex", 2016, 9)},
        {("investigations", 2016, 30), ("convictions", 2016, 9)},
        id="form-opener-investigations-are-a-part",
    ),
    pytest.param(
        "For the third consecutive year, courts convicted 12 traffickers.",
        {("convictions", 2016, 12)},
        {("convictions_sex", 2016, 12), ("convictions_labor", 2016, 12)},
        id="for-the-third-year-is-no-form-opener",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_form_counts(text: str, present: set[tuple], absent: set[tuple]) -> None:
    found = counts(P + text)
    assert present <= found
    assert not absent & found
