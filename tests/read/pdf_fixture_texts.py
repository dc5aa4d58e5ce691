"""Short country narratives written for the PDF tests (invented figures, our own words).

Each entry is (ISO3, tier, heading, body). The body is as `tipwh` reads it: paragraphs
separated by blank lines, section headings on their own. In a heading, a line break is a
break inside the heading and a blank line sets the rest apart as a paragraph of its own.
"""

from __future__ import annotations

_PROFILE = (
    "TRAFFICKING PROFILE\n\n"
    "As reported over the past five years, traffickers exploit domestic and foreign victims"
    " in {name}, and traffickers exploit victims from {name} abroad. Recruiters promise well-"
    "paid work in construction, agriculture and hospitality, then confiscate passports and"
    " impose debts that grow faster than any wage could repay. Children who beg on the"
    " streets of the capital and women in commercial sex near the border crossings are the"
    " most vulnerable, and seasonal workers who return home without pay rarely report what"
    " happened to them."
)


def _narrative(name: str, summary: str, prosecution: str, protection: str) -> str:
    return (
        f"{summary}\n\n"
        "PRIORITIZED RECOMMENDATIONS:\n\n"
        "Vigorously investigate and prosecute trafficking offenses, including those involving"
        " complicit officials; train judges and prosecutors on victim-centered approaches;"
        " fund shelters run by civil society on a predictable schedule; screen migrants,"
        " children on the street and people in commercial sex for indicators of exploitation;"
        " and adopt a new national action plan with a budget of its own.\n\n"
        f"PROSECUTION\n\n{prosecution}\n\n"
        f"PROTECTION\n\n{protection}\n\n"
        "PREVENTION\n\n"
        "The government maintained prevention efforts. The national coordinating council met"
        " four times and published a report on its activities. Officials ran awareness"
        " campaigns in schools and on social media, and labor inspectors visited farms and"
        " building sites during the harvest and the construction season. The government did"
        " not make efforts to reduce the demand for commercial sex acts.\n\n"
        + _PROFILE.format(name=name)
    )


RECENT_REPORT_YEAR = 2019
RECENT: list[tuple[str, str, str, str]] = [
    (
        "KAZ",
        "Tier 2",
        "KAZAKHSTAN: TIER 2",
        _narrative(
            "Kazakhstan",
            "The Government of Kazakhstan does not fully meet the minimum standards for the"
            " elimination of trafficking but is making significant efforts to do so. The"
            " government demonstrated increasing efforts compared to the previous reporting"
            " period; therefore Kazakhstan remained on Tier 2. Authorities opened more"
            " investigations, and the anti-trafficking police unit received new vehicles.",
            "The government increased law enforcement efforts. Police investigated 81"
            " trafficking cases in 2018, compared with 64 in 2017. Prosecutors charged 35"
            " suspects, and courts convicted 27 traffickers in 2018, an increase from 19 in"
            " 2017. Most convicted traffickers received prison terms of five years or more."
            " The anti-trafficking police unit trained 400 officers, and investigators worked"
            " with two neighboring governments on cases of forced labor in the"
            " conftict-affected border region.",
            "The government increased protection efforts. Authorities identified 102"
            " trafficking victims in 2018, compared with 79 in 2017. The government allocated"
            " 84 million tenge ($245,000) to shelters run by civil society, which assisted 97"
            " victims. Victims could receive medical care, legal advice and temporary housing"
            " whether or not they cooperated with investigators.",
        ),
    ),
    (
        "BIH",
        "Tier 2 Watch List",
        "BOSNIA AND HERZEGOVINA: TIER 2\n\nWATCH LIST",
        _narrative(
            "Bosnia and Herzegovina",
            "The Government of Bosnia and Herzegovina does not fully meet the minimum"
            " standards for the elimination of trafficking but is making significant efforts"
            " to do so. The government did not demonstrate increasing efforts compared to the"
            " previous reporting period; therefore Bosnia and Herzegovina was downgraded to"
            " Tier 2 Watch List.",
            "The government decreased law enforcement efforts. Authorities investigated 12"
            " suspects in 2018, compared with 21 in 2017, and prosecuted eight defendants."
            " Courts convicted four traffickers in 2018. Judges handed down suspended"
            " sentences in several cases, which weakened deterrence.",
            "The government maintained protection efforts. Authorities identified 55"
            " potential victims in 2018, compared with 48 in 2017; most were children forced"
            " to beg. Civil society shelters assisted 30 of them with funds from the state."
            " First responders used written guidance to refer victims to care.",
        ),
    ),
    (
        "NOR",
        "Tier 1",
        "NORWAY: TIER 1",
        _narrative(
            "Norway",
            "The Government of Norway fully meets the minimum standards for the elimination"
            " of trafficking. The government continued to demonstrate serious and sustained"
            " efforts during the reporting period; therefore Norway remained on Tier 1.",
            "The government maintained law enforcement efforts. Police investigated 46 cases"
            " in 2018, compared with 52 in 2017. Courts convicted 11 traffickers in 2018,"
            " compared with nine in 2017. A specialized unit in the capital handled the most"
            " complex cases, and the anti-trafficking coordination office trained officers in"
            " every district.",
            "The government maintained strong protection efforts. Authorities identified 263"
            " victims in 2018, compared with 262 in 2017. The government allocated 25"
            " million kroner ($2.9 million) to shelters and victim care. Foreign victims were"
            " offered a reflection period of six months and could apply for residence.",
        ),
    ),
    (
        "LBY",
        "Special Case",
        "LIBYA: SPECIAL CASE",
        "Libya remains a Special Case for the fourth consecutive year. The country lacked a"
        " unified government that controlled its territory during the reporting period, and"
        " armed groups held much of the coastline where migrants wait to cross the sea.\n\n"
        "PROSECUTION\n\n"
        "The authorities in the capital did not report any investigations, prosecutions or"
        " convictions of traffickers. Courts in the east and the west did not function for"
        " long stretches of the year.\n\n"
        "PROTECTION\n\n"
        "The authorities did not identify or protect victims. International organizations"
        " assisted 1,200 migrants in 2018 and returned many of them to their countries of"
        " origin with their consent.\n\n" + _PROFILE.format(name="Libya"),
    ),
    (
        "ERI",
        "Tier 3",
        "ERITREA: TIER 3",
        _narrative(
            "Eritrea",
            "The Government of Eritrea does not fully meet the minimum standards for the"
            " elimination of trafficking and is not making significant efforts to do so;"
            " therefore Eritrea remained on Tier 3. The government continued to subject its"
            " own citizens to forced labor in the national service.",
            "The government did not report law enforcement efforts. Authorities did not"
            " report any investigations in 2018, and did not convict any traffickers.",
            "The government did not identify any victims, and made no effort to screen"
            " returning migrants for indicators of trafficking.",
        ),
    ),
]

OLDER_REPORT_YEAR = 2008
OLDER: list[tuple[str, str, str, str]] = [
    (
        "MDA",
        "Tier 2 Watch List",
        "MOLDOVA (Tier 2\nWatch List)",
        _narrative(
            "Moldova",
            "The Government of Moldova does not fully comply with the minimum standards for"
            " the elimination of trafficking; however, it is making significant efforts to do"
            " so. Moldova is placed on Tier 2 Watch List for its failure to show evidence of"
            " increasing efforts to address complicity.",
            "The government demonstrated modest law enforcement efforts. Police investigated"
            " 240 cases in 2007, compared with 210 in 2006. Courts convicted 61 traffickers"
            " in 2007, up from 43 in 2006, although many served no time in prison.",
            "The government improved protection efforts. Authorities identified 180 victims"
            " in 2007 and referred most of them to the rehabilitation center in the capital,"
            " which the government funded together with an international organization.",
        ),
    ),
    (
        "KEN",
        "Tier 2",
        "KENYA (Tier 2)",
        _narrative(
            "Kenya",
            "The Government of Kenya does not fully comply with the minimum standards for the"
            " elimination of trafficking; however, it is making significant efforts to do so."
            " Kenya remained on Tier 2 this year.",
            "The government made limited law enforcement efforts. Police investigated 17"
            " cases in 2007. Courts convicted three traffickers in 2007, compared with two in"
            " 2006.",
            "The government relied on civil society to assist victims. Officials identified"
            " 36 victims in 2007, most of them children in domestic service, and referred"
            " them to shelters run by churches.",
        ),
    ),
]


def expected_text(heading: str, body: str) -> str:
    """What the reader gives for a narrative: the heading on one line, as printed, a blank
    line, the body with its "fl" ligature damage repaired."""
    return " ".join(heading.split()) + "\n\n" + body.replace("conftict", "conflict")
