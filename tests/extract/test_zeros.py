"""Zeros by the Zeros convention of METRICS.md: "has not convicted any traffickers since
2008", "did not convict a single trafficker", "did not convict anyone", "has never
identified a forced labor victim" and a hotline that "did not receive any calls" state none
for the reporting period; a zero of a subset ("within" a programme, calls "from victims",
reports "of child labor"), a reporting gap or no funding is none. Cases are data: text,
facts that must be found, facts that must not."""

from __future__ import annotations

import pytest

from tests.extract.helpers import CONVICTED_12, counts

CASES = [
    pytest.param(
        "The government has not convicted any traffickers since 2008.",
        {("convictions", 2016, 0)},
        {("convictions", 2008, 0)},
        id="has-not-convicted-since",
    ),
    pytest.param(
        "Since its first conviction in 2011, the government has not prosecuted any trafficking "
        "cases.",
        {("prosecutions", 2016, 0)},
        {("prosecutions", 2011, 0)},
        id="has-not-prosecuted-any-cases",
    ),
    pytest.param(
        "For the fifth consecutive year, the government did not convict a trafficker.",
        {("convictions", 2016, 0)},
        {("convictions", 2015, 0)},
        id="did-not-convict-a-trafficker",
    ),
    pytest.param(
        "Courts did not convict anyone on trafficking charges for the fourth consecutive year.",
        {("convictions", 2016, 0)},
        {("convictions", 2015, 0)},
        id="did-not-convict-anyone",
    ),
    pytest.param(
        "The government has not reported any prosecutions." + CONVICTED_12,
        {("convictions", 2016, 12)},
        {("prosecutions", 2016, 0)},
        id="has-not-reported-is-a-gap",
    ),
    pytest.param(
        "Police did not convict a single trafficker under the old law." + CONVICTED_12,
        {("convictions", 2016, 12)},
        {("convictions", 2016, 0)},
        id="one-law-is-a-subset",
    ),
    pytest.param(
        "Police did not prosecute any suspects under the Trafficking Act during the year, and "
        "the government did not convict any traffickers under its 2010 anti-trafficking law.",
        {("prosecutions", 2016, 0), ("convictions", 2016, 0)},
        set(),
        id="the-trafficking-law-is-no-subset",
    ),
    pytest.param(
        "The government has never convicted a trafficker.",
        {("convictions", 2016, 0)},
        set(),
        id="has-never-convicted-a-trafficker",
    ),
    pytest.param(
        "The government has never secured a trafficking conviction; it prosecuted two suspects.",
        {("convictions", 2016, 0), ("prosecutions", 2016, 2)},
        set(),
        id="has-never-secured-a-conviction",
    ),
    pytest.param(
        "The government has never convicted a trafficker under article 128." + CONVICTED_12,
        {("convictions", 2016, 12)},
        {("convictions", 2016, 0)},
        id="never-under-one-article-is-a-subset",
    ),
    pytest.param(
        "It identified six sex trafficking victims but has never identified a forced labor victim.",
        {("victims_identified_sex", 2016, 6), ("victims_identified_labor", 2016, 0)},
        set(),
        id="never-identified-a-forced-labor-victim",
    ),
    pytest.param(
        "The government identified 30 victims but has never identified a forced labor victim "
        "within the seasonal worker scheme.",
        {("victims_identified", 2016, 30)},
        {("victims_identified_labor", 2016, 0)},
        id="never-within-a-programme-is-a-subset",
    ),
    pytest.param(
        "The ministry set up a national hotline but did not receive any calls during the "
        "reporting period.",
        {("hotline_calls", 2016, 0)},
        set(),
        id="hotline-no-calls",
    ),
    pytest.param(
        "An NGO ran a crime hotline that could take trafficking calls, although it did not "
        "receive any during the year.",
        {("hotline_calls", 2016, 0)},
        set(),
        id="hotline-did-not-receive-any",
    ),
    pytest.param(
        "The police ran a victim support hotline, although no trafficking tips were received "
        "during the reporting period.",
        {("hotline_calls", 2016, 0)},
        set(),
        id="hotline-no-tips-were-received",
    ),
    pytest.param(
        "The hotline received 50 calls but did not receive any calls from victims.",
        {("hotline_calls", 2016, 50)},
        {("hotline_calls", 2016, 0)},
        id="no-calls-from-a-group-is-a-subset",
    ),
    pytest.param(
        "The labor hotline did not receive any reports of child labor." + CONVICTED_12,
        {("convictions", 2016, 12)},
        {("hotline_calls", 2016, 0)},
        id="no-reports-of-another-crime",
    ),
    pytest.param(
        "Authorities reported 21 investigations, the prosecution of five suspects, and no "
        "convictions, compared to 18 investigations, prosecution of two suspects, and no "
        "convictions in the previous reporting period.",
        {
            ("investigations", 2016, 21),
            ("prosecutions", 2016, 5),
            ("convictions", 2016, 0),
            ("investigations", 2015, 18),
            ("prosecutions", 2015, 2),
            ("convictions", 2015, 0),
        },
        {("prosecutions", 2016, 2)},
        id="no-convictions-as-a-list-item-of-each-year",
    ),
    pytest.param(
        "Police opened 40 investigations, up from 25 investigations and no prosecutions.",
        {("investigations", 2016, 40)},
        {("prosecutions", 2016, 0), ("prosecutions", 2015, 0)},
        id="a-listed-zero-after-a-cue-needs-its-year",
    ),
    pytest.param(
        "The government reported nine investigations, three prosecutions, and no convictions "
        "of complicit officials.",
        {("investigations", 2016, 9), ("prosecutions", 2016, 3)},
        {("convictions", 2016, 0)},
        id="a-listed-zero-of-officials-is-a-subset",
    ),
    pytest.param(
        "Between 2012-2014, the government did not initiate any prosecutions or convict any "
        "traffickers." + CONVICTED_12,
        {
            ("prosecutions", 2012, 0),
            ("prosecutions", 2013, 0),
            ("prosecutions", 2014, 0),
            ("convictions", 2012, 0),
            ("convictions", 2014, 0),
            ("convictions", 2016, 12),
        },
        {("prosecutions", 2016, 0)},
        id="a-range-of-years-opening-the-clause-gives-each-year",
    ),
    pytest.param(
        "The government had yet to convict a trafficker.",
        {("convictions", 2016, 0)},
        set(),
        id="had-yet-to-convict",
    ),
    pytest.param(
        "The government has yet to report any prosecutions." + CONVICTED_12,
        {("convictions", 2016, 12)},
        {("prosecutions", 2016, 0)},
        id="yet-to-report-is-a-gap",
    ),
    pytest.param(
        "Police did not conduct any investigations during the reporting period; this compared "
        "to four in 2015 and two in 2014.",
        {("investigations", 2016, 0), ("investigations", 2015, 4), ("investigations", 2014, 2)},
        set(),
        id="did-not-conduct-any-investigations",
    ),
    pytest.param(
        "The government did not conduct any investigations, prosecutions, or convictions of "
        "officials complicit in trafficking." + CONVICTED_12,
        {("convictions", 2016, 12)},
        {("investigations", 2016, 0), ("prosecutions", 2016, 0), ("convictions", 2016, 0)},
        id="listed-nouns-of-officials-are-a-subset",
    ),
    pytest.param(
        "The hotline did not receive any funding." + CONVICTED_12,
        {("convictions", 2016, 12)},
        {("hotline_calls", 2016, 0)},
        id="no-funding-is-no-calls-zero",
    ),
    pytest.param(
        "Authorities did not identify any trafficking victims in 2016 or 2015.",
        {("victims_identified", 2016, 0), ("victims_identified", 2015, 0)},
        {("victims_identified", 2014, 0)},
        id="none-in-either-of-two-years",
    ),
    pytest.param(
        "The government did not convict any traffickers during the reporting period or the "
        "previous reporting period.",
        {("convictions", 2016, 0), ("convictions", 2015, 0)},
        {("convictions", 2014, 0)},
        id="none-in-this-or-the-previous-period",
    ),
    pytest.param(
        # an "or" that joins another verb names no second year
        "The government did not identify any victims in 2016 or refer any to care.",
        {("victims_identified", 2016, 0)},
        {("victims_identified", 2015, 0)},
        id="or-another-verb-is-no-second-year",
    ),
    pytest.param(
        "No trafficking victims were identified in 2016, compared with four in 2015.",
        {("victims_identified", 2016, 0), ("victims_identified", 2015, 4)},
        set(),
        id="no-victims-were-identified",
    ),
    pytest.param(
        # none found one way is a part, not the year's zero
        "Labor inspectors visited 300 farms; no victims were identified through the "
        "inspections." + CONVICTED_12,
        {("convictions", 2016, 12)},
        {("victims_identified", 2016, 0)},
        id="no-victims-identified-through-a-channel-is-a-part",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_zero_counts(text: str, present: set[tuple], absent: set[tuple]) -> None:
    found = counts(text)
    assert present <= found
    assert not absent & found
