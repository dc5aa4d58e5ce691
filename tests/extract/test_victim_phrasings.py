"""Victim-count phrasings as data: people named victims ("recognized 45 persons as victims"),
victims registered in the passive, earlier years compared by "fewer than the" or "double
the", a sentence that opens on "Compared with", a figure restricted only by age that is
compared with no victims at all, the total after parts that count nothing of their own,
the victims a centre run by NGOs assisted, the number of victims stated as a change
between two years, and the total a part names in passing ("545 of the 770 potential
victims identified in 2020"). Each case gives the facts that must be found and
those that must not."""

from __future__ import annotations

import pytest

from tests.extract.helpers import counts

V = "victims_identified"

#: (text, country, report year, facts that must be found, facts that must not be found)
CASES = [
    (
        "The government recognized 38 persons as victims of trafficking in 2019.",
        "SRB",
        2020,
        {(V, 2019, 38)},
        set(),
    ),
    (
        "In 2019, 38 persons were recognized as victims of trafficking, compared with 27 in 2018.",
        "MNE",
        2020,
        {(V, 2019, 38), (V, 2018, 27)},
        set(),
    ),
    (
        "Authorities formally identified 17 individuals as potential trafficking victims.",
        "ISR",
        2021,
        {(V, 2020, 17)},
        set(),
    ),
    (
        # one form's people are no total; the sentence after still counts
        "Police identified nine individuals as victims of forced labor. "
        "The government identified 30 victims in 2020.",
        "ISR",
        2021,
        {(V, 2020, 30)},
        {(V, 2020, 9)},
    ),
    (
        # people named suspects are not victims
        "Police identified 14 individuals as suspects. Officials identified 22 victims.",
        "GEO",
        2021,
        {(V, 2020, 22)},
        {(V, 2020, 14)},
    ),
    (
        "In 2020, 64 possible victims were registered by the national coordinator, compared "
        "with 51 in 2019.",
        "BIH",
        2021,
        {(V, 2020, 64), (V, 2019, 51)},
        set(),
    ),
    (
        # registered by an NGO: not the government's count
        "In 2020, 64 possible victims were registered by an NGO. Police identified 40 victims.",
        "BIH",
        2021,
        {(V, 2020, 40)},
        {(V, 2020, 64)},
    ),
    (
        "The Office of the National Coordinator recorded 75 potential victims of trafficking "
        "in 2020.",
        "CZE",
        2021,
        {(V, 2020, 75)},
        set(),
    ),
    (
        "Authorities identified 45 victims in 2020, fewer than the 61 victims identified in 2019.",
        "KEN",
        2021,
        {(V, 2020, 45), (V, 2019, 61)},
        set(),
    ),
    (
        "Officials identified 47 victims in 2020, nearly double the 24 identified in 2019 "
        "and more than the 30 identified in 2018.",
        "GHA",
        2021,
        {(V, 2020, 47), (V, 2019, 24), (V, 2018, 30)},
        set(),
    ),
    (
        # one restricted only by age, compared with no victims at all: the year's total
        "The government identified one minor trafficking victim and repatriated the child, "
        "compared with no victims identified in 2018 and eight victims identified in 2017.",
        "DMA",
        2020,
        {(V, 2019, 1), (V, 2017, 8)},
        set(),
    ),
    (
        "Officials identified three Haitian adult victims exploited in sex trafficking, "
        "compared with not identifying any victims the previous year.",
        "BHS",
        2020,
        {("victims_identified_sex", 2019, 3)},
        set(),
    ),
    (
        # children compared with children: a subset, no total
        "The government identified 12 child victims, compared with no child victims in 2018. "
        "Police identified 40 victims in 2019.",
        "GUY",
        2020,
        {(V, 2019, 40)},
        {(V, 2019, 12)},
    ),
    (
        # parts by nationality, even when compared with none
        "Officials identified two Nigerian victims and three Ghanaian victims, compared with "
        "no victims identified in 2018.",
        "TGO",
        2020,
        {(V, 2018, 0)},
        {(V, 2019, 2), (V, 2019, 3)},
    ),
    (
        # a centre the NGOs run: its assisted victims are the NGOs' figure
        "The national intervention center, run by two government-funded NGOs, provided "
        "assistance to 166 potential victims (226 in 2019 and 168 in 2018).",
        "POL",
        2021,
        {
            ("victims_assisted_ngo", 2020, 166),
            ("victims_assisted_ngo", 2019, 226),
            ("victims_assisted_ngo", 2018, 168),
        },
        {(V, 2020, 166)},
    ),
    (
        # one NGO's shelter: neither the NGOs' collective figure nor the government's
        "A shelter run by an NGO assisted 12 victims in 2020. Police identified 30 victims.",
        "POL",
        2021,
        {(V, 2020, 30)},
        {("victims_assisted_ngo", 2020, 12), (V, 2020, 12)},
    ),
    (
        # a sentence that opens on the comparison compares the total just before
        "In 2021, authorities identified 114 victims. Compared with 226 trafficking victims "
        "in 2020 and 467 victims in 2019, this was a significant decrease.",
        "ESP",
        2022,
        {(V, 2021, 114), (V, 2020, 226), (V, 2019, 467)},
        set(),
    ),
    (
        # the total after parts that count no metric of their own
        "Authorities identified 12 adult victims and eight child victims, totaling 20 victims.",
        "SRB",
        2021,
        {(V, 2020, 20)},
        {(V, 2020, 12), (V, 2020, 8)},
    ),
    (
        "Officials identified 12 women, five men, and three children as trafficking victims, "
        "for a total of 20.",
        "MKD",
        2021,
        {(V, 2020, 20)},
        set(),
    ),
    (
        # parts that do not add up to the figure after them: no total from them
        "Officials identified 12 women and five men as trafficking victims, for a total of "
        "20. Police identified 40 victims in 2020.",
        "MKD",
        2021,
        {(V, 2020, 40)},
        {(V, 2020, 20)},
    ),
    (
        # the NGOs' parts and total are not the government's
        "NGOs identified 12 adult victims and eight child victims, for a total of 20 victims. "
        "Police identified 40 victims in 2020.",
        "SRB",
        2021,
        {(V, 2020, 40)},
        {(V, 2020, 20)},
    ),
    (
        "The number of identified victims increased to 58 in 2020 from 41 in 2019.",
        "ARM",
        2021,
        {(V, 2020, 58), (V, 2019, 41)},
        set(),
    ),
    (
        "The number of victims the government identified fell from 73 in 2019 to 51 in 2020.",
        "ISR",
        2021,
        {(V, 2019, 73), (V, 2020, 51)},
        set(),
    ),
    (
        # the NGOs' number, and an undated change, give no count
        "The number of victims identified by NGOs increased from 30 in 2019 to 45 in 2020. "
        "The number of victims increased from 20 to 25. Police identified 40 victims in 2020.",
        "ISR",
        2021,
        {(V, 2020, 40)},
        {(V, 2020, 45), (V, 2019, 30), (V, 2020, 25)},
    ),
    (
        # the total a part names in passing
        "Police recovered 545 of the 770 potential victims identified in 2020 from "
        "exploitative situations.",
        "BGD",
        2021,
        {(V, 2020, 770)},
        {(V, 2020, 545)},
    ),
    (
        # the sentence's own count of the year wins; a span of years names no year's total
        "The government identified 140 victims in 2020 and referred 60 of the 131 victims "
        "identified in 2020 to NGOs. Officials referred 12 of the 20 victims identified in "
        "2018 and 2019 to shelters.",
        "NPL",
        2021,
        {(V, 2020, 140)},
        {(V, 2020, 131), (V, 2019, 20), (V, 2018, 20)},
    ),
]


@pytest.mark.parametrize(("text", "country", "year", "present", "absent"), CASES)
def test_victim_phrasing(
    text: str, country: str, year: int, present: set[tuple], absent: set[tuple]
) -> None:
    found = counts(text, country, year)
    assert present <= found
    assert not (absent & found)
