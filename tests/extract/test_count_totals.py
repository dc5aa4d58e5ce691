"""The totals of counts as data: which figure of a sentence is the metric's total, with the
facts a passage must give and the ones it must not (each case also finds a fact, so a
case that finds nothing fails)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import counts

# (passage in our own words, report country, report year, facts present, facts absent)
CASES = [
    pytest.param(
        "Courts convicted 40 on trafficking charges in 2019, compared with 35 in 2018.",
        "NLD",
        2020,
        {("convictions", 2019, 40), ("convictions", 2018, 35)},
        set(),
        id="bare-figure-before-the-crime",
    ),
    pytest.param(
        "Authorities prosecuted 19 suspects and convicted 11 of trafficking and "
        "trafficking-related crimes (14 in 2018).",
        "COL",
        2020,
        {("prosecutions", 2019, 19), ("convictions", 2019, 11), ("convictions", 2018, 14)},
        set(),
        id="bare-figure-of-trafficking-and-related-crimes",
    ),
    pytest.param(
        "Judges convicted 23 for trafficking in 2018.",
        "POL",
        2020,
        {("convictions", 2018, 23)},
        {("convictions", 2019, 23)},
        id="bare-figure-keeps-the-year-after-the-crime",
    ),
    pytest.param(
        "Police investigated 40 cases and prosecuted 12 for trafficking of children.",
        "KAZ",
        2020,
        {("investigations", 2019, 40)},
        {("prosecutions", 2019, 12)},
        id="bare-figure-of-child-trafficking-is-a-subset",
    ),
    pytest.param(
        "Courts convicted five for sex trafficking and police investigated 20 cases. In all, "
        "courts convicted 12 traffickers.",
        "KAZ",
        2020,
        {("convictions_sex", 2019, 5), ("investigations", 2019, 20), ("convictions", 2019, 12)},
        {("convictions", 2019, 5)},
        id="bare-figure-of-one-form-is-no-total",
    ),
    pytest.param(
        "In 2019, the police identified 310 sex and labor traffickers, compared with 280 "
        "traffickers in 2018.",
        "DEU",
        2020,
        {("investigations", 2019, 310), ("investigations", 2018, 280)},
        {("victims_identified", 2019, 310), ("victims_identified_sex", 2019, 310)},
        id="suspects-the-police-identified-are-investigations",
    ),
    pytest.param(
        "The government identified 64 persons as victims and police identified 12 suspects.",
        "KAZ",
        2020,
        {("investigations", 2019, 12)},
        {("investigations", 2019, 64)},
        id="persons-identified-are-not-suspects",
    ),
    pytest.param(
        "In 2019, officials identified 52 sex and labor trafficking victims.",
        "KAZ",
        2020,
        {("victims_identified", 2019, 52)},
        {("victims_identified_sex", 2019, 52), ("victims_identified_labor", 2019, 52)},
        id="victims-of-both-forms-are-the-total",
    ),
    pytest.param(
        "Courts convicted 17 labor or sex traffickers in 2019.",
        "KAZ",
        2020,
        {("convictions", 2019, 17)},
        {("convictions_labor", 2019, 17)},
        id="traffickers-of-either-form-are-the-total",
    ),
    pytest.param(
        "Courts convicted 17 sex trafficking and four labor traffickers in 2019.",
        "KAZ",
        2020,
        {("convictions_sex", 2019, 17), ("convictions_labor", 2019, 4)},
        {("convictions", 2019, 17)},
        id="a-list-of-forms-is-no-total",
    ),
    pytest.param(
        "IOM and local NGOs assisted 85 victims during the year, 30 of whom were referred by "
        "the police.",
        "KAZ",
        2008,
        {("victims_assisted_ngo", 2007, 85)},
        set(),
        id="ngos-and-an-io-together-are-the-collective-ngo-figure",
    ),
    pytest.param(
        "One NGO, a migrant workers' advice line, reported assisting 40 victims during the "
        "year. NGOs reported assisting 70 victims in total.",
        "ISR",
        2008,
        {("victims_assisted_ngo", 2007, 70)},
        {("victims_assisted_ngo", 2007, 40)},
        id="one-ngo-in-apposition-is-not-the-ngo-figure",
    ),
    pytest.param(
        "An NGO reported it assisted 25 victims in 2019. Courts convicted 12 traffickers.",
        "KAZ",
        2020,
        {("convictions", 2019, 12)},
        {("victims_assisted_ngo", 2019, 25)},
        id="one-ngo-reporting-its-own-figure",
    ),
    pytest.param(
        "In 2019, authorities referred 900 potential victims to the National Referral "
        "Mechanism (NRM), an increase over the 700 referred in 2018. These included 300 "
        "victims of labor trafficking.",
        "GBR",
        2020,
        {
            ("victims_identified", 2019, 900),
            ("victims_identified", 2018, 700),
            ("victims_identified_labor", 2019, 300),
        },
        set(),
        id="victims-referred-to-the-national-referral-mechanism",
    ),
    pytest.param(
        "In 2019, police identified 80 victims and referred 50 victims to the NRM.",
        "GBR",
        2020,
        {("victims_identified", 2019, 80)},
        {("victims_identified", 2019, 50)},
        id="an-identification-count-wins-over-a-referral-count",
    ),
    pytest.param(
        "In 2019, police referred 50 victims to NGO shelters. Courts convicted 12 traffickers.",
        "GBR",
        2020,
        {("convictions", 2019, 12)},
        {("victims_identified", 2019, 50)},
        id="victims-referred-elsewhere-are-not-identified",
    ),
    pytest.param(
        "Courts convicted 34 traffickers in 2019, compared with the 29 convicted in 2018.",
        "KAZ",
        2020,
        {("convictions", 2019, 34), ("convictions", 2018, 29)},
        set(),
        id="compared-with-the-figure-of-an-earlier-year",
    ),
    pytest.param(
        "Officials identified 210; 180; and 95 victims in 2019, 2018, and 2017, respectively.",
        "BGD",
        2020,
        {
            ("victims_identified", 2019, 210),
            ("victims_identified", 2018, 180),
            ("victims_identified", 2017, 95),
        },
        {("victims_identified", 2018, 95), ("victims_identified", 2019, 95)},
        id="figures-paired-with-years-respectively",
    ),
    pytest.param(
        "Courts convicted 14 traffickers in 2019, compared with nine and 11 in 2018 and "
        "2017, respectively.",
        "KAZ",
        2020,
        {("convictions", 2019, 14), ("convictions", 2018, 9), ("convictions", 2017, 11)},
        {("convictions", 2018, 11)},
        id="a-comparison-paired-with-years-respectively",
    ),
    pytest.param(
        "Police investigated 40 and 25 cases in 2019, 2018, and 2017, respectively. Courts "
        "convicted 12 traffickers.",
        "KAZ",
        2020,
        {("convictions", 2019, 12)},
        {("investigations", 2019, 40), ("investigations", 2019, 25)},
        id="figures-and-years-that-do-not-pair-give-none",
    ),
    pytest.param(
        "The government did not identify any trafficking victims during the reporting "
        "period, compared with zero in 2018 and seven in 2017.",
        "LCA",
        2020,
        {
            ("victims_identified", 2019, 0),
            ("victims_identified", 2018, 0),
            ("victims_identified", 2017, 7),
        },
        set(),
        id="a-zero-compared-with-earlier-years",
    ),
    pytest.param(
        "Authorities did not investigate or prosecute any traffickers in 2019, compared with "
        "two in 2018.",
        "KAZ",
        2020,
        {("investigations", 2019, 0), ("prosecutions", 2019, 0)},
        {("investigations", 2018, 2), ("prosecutions", 2018, 2)},
        id="a-comparison-after-zeros-of-two-metrics-names-neither",
    ),
    pytest.param(
        "In 2018, the latest year with full data, 52 were convicted for trafficking, "
        "compared with 60 in 2017.",
        "FRA",
        2020,
        {("convictions", 2018, 52), ("convictions", 2017, 60)},
        {("convictions", 2019, 52)},
        id="a-figure-before-a-passive-metric-verb",
    ),
    pytest.param(
        "Authorities investigated 50 cases in 2019; 30 were prosecuted in 2018.",
        "KAZ",
        2020,
        {("investigations", 2019, 50), ("prosecutions", 2018, 30)},
        {("prosecutions", 2019, 30)},
        id="a-passive-figure-keeps-the-year-after-its-verb",
    ),
    pytest.param(
        "In 2019, 15 were convicted for trafficking of children and police investigated 20 cases.",
        "KAZ",
        2020,
        {("investigations", 2019, 20)},
        {("convictions", 2019, 15)},
        id="a-passive-figure-of-a-subset-is-no-total",
    ),
    pytest.param(
        "Authorities continued four prosecutions from 2017 and convicted nine traffickers in 2019.",
        "BLZ",
        2020,
        {("convictions", 2019, 9)},
        {("prosecutions", 2019, 4)},
        id="cases-continued-from-before-are-not-the-years-count",
    ),
    pytest.param(
        "Prosecutors charged, but did not yet convict, three suspects; courts convicted "
        "nine traffickers in 2019.",
        "QAT",
        2020,
        {("convictions", 2019, 9)},
        {("convictions", 2019, 3)},
        id="a-negated-verb-counts-nothing",
    ),
    pytest.param(
        "In 2019, it obtained 31 trafficking-related convictions, including pimping. Police "
        "opened investigations of 64 new trafficking-related cases in 2019.",
        "QAT",
        2020,
        {("investigations", 2019, 64)},
        {("convictions", 2019, 31)},
        id="trafficking-related-counts-that-include-other-crimes",
    ),
    pytest.param(
        "The ministry paid for the care of 20 victims and witnesses; police identified 14 "
        "victims in 2019.",
        "LCA",
        2020,
        {("victims_identified", 2019, 14)},
        {("victims_identified", 2019, 20)},
        id="victims-counted-with-witnesses",
    ),
    pytest.param(
        "In 2018, police identified 420 traffickers. Of these, courts convicted 61 "
        "defendants, compared with 70 convictions in 2017.",
        "DEU",
        2020,
        {("convictions", 2018, 61), ("convictions", 2017, 70), ("investigations", 2018, 420)},
        {("convictions", 2019, 61)},
        id="of-these-keeps-the-year-of-the-sentence-before",
    ),
    pytest.param(
        "In 2019, authorities prosecuted four suspects for child forced begging and "
        "convicted nine traffickers.",
        "NGA",
        2020,
        {("convictions", 2019, 9)},
        {("prosecutions", 2019, 4)},
        id="a-count-of-child-forced-begging-is-no-total",
    ),
    pytest.param(
        "Prosecutors obtained convictions of 11 Slovak citizens under the trafficking law "
        "(six in 2018).",
        "SVK",
        2020,
        {("convictions", 2019, 11), ("convictions", 2018, 6)},
        set(),
        id="convictions-of-the-report-countrys-citizens",
    ),
    pytest.param(
        "Courts convicted 11 Hungarian citizens and police identified 20 victims in 2019.",
        "SVK",
        2020,
        {("victims_identified", 2019, 20)},
        {("convictions", 2019, 11)},
        id="convictions-of-another-countrys-citizens-are-a-part",
    ),
    pytest.param(
        "Police identified 30 victims in 2019. Of these, 26 were Slovak citizens, including "
        "12 exploited in sex trafficking abroad.",
        "SVK",
        2020,
        {("victims_identified", 2019, 30)},
        {("victims_identified_sex", 2019, 12)},
        id="victims-who-were-own-citizens-are-a-part",
    ),
    pytest.param(
        "In 2019, judges issued a total of 44 final convictions (39 in 2018).",
        "POL",
        2020,
        {("convictions", 2019, 44), ("convictions", 2018, 39)},
        set(),
        id="final-convictions",
    ),
]


@pytest.mark.parametrize(("text", "country", "report_year", "present", "absent"), CASES)
def test_count_totals(
    text: str, country: str, report_year: int, present: set[tuple], absent: set[tuple]
) -> None:
    assert present, "each case names a fact it must find"
    found = counts(text, country, report_year)
    assert present <= found
    assert not absent & found
