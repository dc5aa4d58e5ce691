"""Shapes met in whole narratives (the 2018 report), each passage written for the test:
PDF artefacts inside sentences, figures sourced to others, and money shapes."""

from __future__ import annotations

import pytest

from etl.extract.analysis import without_page_headers
from tests.extract.helpers import CONVICTED_12, counts, funding

CASES = [  # (text, country, report year, the exact count facts)
    (
        "In 2017, the government reported investigating eight alleged 305MOLDOVAtrafficking "
        "cases, the same number of cases investigated in 2016.",
        "FSM",
        2018,
        {("investigations", 2017, 8), ("investigations", 2016, 8)},
    ),
    # an NGO's report of what the government did is the NGO's figure, not the government's
    (
        "An NGO reported that in 2017 the government convicted two traffickers for forced "
        "prostitution." + CONVICTED_12,
        "COD",
        2018,
        {("convictions", 2017, 12)},
    ),
    (
        "According to media reports, police identified 40 victims. NGOs reported assisting "
        "112 victims.",
        "KGZ",
        2018,
        {("victims_assisted_ngo", 2017, 112)},
    ),
    # cases of another crime are not trafficking prosecutions
    (
        "The government prosecuted 547 cases of sexual violence in military court in 2017."
        + CONVICTED_12,
        "COD",
        2018,
        {("convictions", 2017, 12)},
    ),
    # forced begging alone is no labor count, and its comparison still breaks the total down
    (
        "In 2017, the government convicted three traffickers, two for sex trafficking and one "
        "for forced begging.",
        "NIC",
        2018,
        {("convictions", 2017, 3), ("convictions_sex", 2017, 2)},
    ),
    (
        "The government identified 38 victims (46 in 2016); 35 victims were subjected to sex "
        "trafficking and three to forced begging (26 to sex trafficking, nine to forced labor, "
        "and eleven to forced begging in 2016).",
        "GRC",
        2018,
        {
            ("victims_identified", 2017, 38),
            ("victims_identified", 2016, 46),
            ("victims_identified_sex", 2017, 35),
            ("victims_identified_sex", 2016, 26),
            ("victims_identified_labor", 2016, 9),
        },
    ),
    # one year phrase after a list of metric clauses dates the whole list
    (
        "The government reported investigating 11 cases, prosecuting seven suspects, and "
        "convicting four traffickers during the previous reporting period.",
        "MLI",
        2018,
        {("investigations", 2016, 11), ("prosecutions", 2016, 7), ("convictions", 2016, 4)},
    ),
    # a stated figure wins over a zero about new cases only; offenses are cases
    (
        "The government did not initiate any new investigations in 2017. Police investigated "
        "32 trafficking offenses in 2017.",
        "MLI",
        2018,
        {("investigations", 2017, 32)},
    ),
    (
        "The government prosecuted four traffickers, convicted all four traffickers, and "
        "sentenced them to 25 years imprisonment.",
        "ZMB",
        2018,
        {("prosecutions", 2017, 4), ("convictions", 2017, 4)},
    ),
    (
        "The government identified 21 victims in 2017. Fifteen victims were exploited in "
        "forced labor and six were sex trafficking victims.",
        "NAM",
        2018,
        {
            ("victims_identified", 2017, 21),
            ("victims_identified_labor", 2017, 15),
            ("victims_identified_sex", 2017, 6),
        },
    ),
    # the government breaking its own total down is no agency's part of it
    (
        "Authorities identified 46 trafficking victims in 2017. Of these 46 victims, the "
        "government identified 31 sex trafficking victims (37 in 2016) and three labor "
        "trafficking victims (four in 2016).",
        "JPN",
        2018,
        {
            ("victims_identified", 2017, 46),
            ("victims_identified_sex", 2017, 31),
            ("victims_identified_sex", 2016, 37),
            ("victims_identified_labor", 2017, 3),
            ("victims_identified_labor", 2016, 4),
        },
    ),
    # a sentence that only compares the total before with earlier years
    (
        "The government identified 12 trafficking victims in 2017. This is compared with 13 in "
        "2016, 30 in 2015, and 51 in 2014.",
        "NIC",
        2018,
        {
            ("victims_identified", 2017, 12),
            ("victims_identified", 2016, 13),
            ("victims_identified", 2015, 30),
            ("victims_identified", 2014, 51),
        },
    ),
    # "This compared to": the same comparison without "is", its figure named by the noun
    (
        "The government identified 21 trafficking victims and referred them all to care. This "
        "compared to 17 trafficking victims in 2016 and nine in 2015.",
        "TTO",
        2018,
        {
            ("victims_identified", 2017, 21),
            ("victims_identified", 2016, 17),
            ("victims_identified", 2015, 9),
        },
    ),
    (
        "The government identified 900 potential trafficking victims. This was similar to 950 "
        "potential trafficking victims (500 people in prostitution and 450 forced labor "
        "victims) identified in the previous reporting period.",
        "NGA",
        2018,
        {
            ("victims_identified", 2017, 900),
            ("victims_identified", 2016, 950),
            ("victims_identified_labor", 2016, 450),
        },
    ),
    # a list of earlier years, each with its bracket of forms before its year
    (
        "The government identified 60 victims (40 sex trafficking victims and 20 forced labor "
        "victims), compared to 30 victims (25 sex trafficking victims and five forced labor "
        "victims) in 2016, 44 victims (41 sex trafficking victims and three forced labor "
        "victims) in 2015, and 28 victims in 2014.",
        "SLV",
        2018,
        {
            ("victims_identified", 2017, 60),
            ("victims_identified_sex", 2017, 40),
            ("victims_identified_labor", 2017, 20),
            ("victims_identified", 2016, 30),
            ("victims_identified_sex", 2016, 25),
            ("victims_identified_labor", 2016, 5),
            ("victims_identified", 2015, 44),
            ("victims_identified_sex", 2015, 41),
            ("victims_identified_labor", 2015, 3),
            ("victims_identified", 2014, 28),
        },
    ),
    (
        "Courts convicted eight traffickers. This compared to three in 2016 and one in 2015.",
        "LCA",
        2018,
        {
            ("convictions", 2017, 8),
            ("convictions", 2016, 3),
            ("convictions", 2015, 1),
        },
    ),
    # a bracket's first figure names what the later ones in it count
    (
        "The government prosecuted three individuals for forced labor (nine prosecutions in "
        "2016; zero in 2015; one in 2014).",
        "IRL",
        2018,
        {
            ("prosecutions_labor", 2017, 3),
            # the year's only prosecution figure, compared with totals: also the total
            ("prosecutions", 2017, 3),
            ("prosecutions", 2016, 9),
            ("prosecutions", 2015, 0),
            ("prosecutions", 2014, 1),
        },
    ),
    # foreign victims are a part of the sentence's first total, not of a later group
    (
        "The government identified 38 victims; four victims were Greek and 34 were foreign "
        "citizens.",
        "GRC",
        2018,
        {("victims_identified", 2017, 38), ("victims_identified_foreign", 2017, 34)},
    ),
    # a case spanning both forms counts for neither form; a comparison's bracket breaks it down
    (
        "In 2017, the government investigated one case of sex and labor trafficking and "
        "initiated 10 prosecutions. This was compared with five investigations and six "
        "prosecutions (two sex trafficking and four labor trafficking) during the previous "
        "reporting period.",
        "LSO",
        2018,
        {
            ("investigations", 2017, 1),
            ("prosecutions", 2017, 10),
            ("investigations", 2016, 5),
            ("prosecutions", 2016, 6),
            ("prosecutions_sex", 2016, 2),
            ("prosecutions_labor", 2016, 4),
        },
    ),
    # the only investigations figure, of trafficking and related crimes together
    (
        "The government conducted 556 trafficking and trafficking-related investigations in "
        "2017, compared to 581 investigations in 2016 and 158 in 2015.",
        "MYS",
        2018,
        {
            ("investigations", 2017, 556),
            ("investigations", 2016, 581),
            ("investigations", 2015, 158),
        },
    ),
]


@pytest.mark.parametrize(("text", "country", "report_year", "expected"), CASES)
def test_count_shapes_of_whole_narratives(
    text: str, country: str, report_year: int, expected: set[tuple]
) -> None:
    assert counts(text, country, report_year) == expected


def test_a_page_number_and_running_header_inside_a_sentence_are_blanked() -> None:
    assert without_page_headers("alleged 305MOLDOVAtrafficking cases") == (
        "alleged " + " " * len("305MOLDOVA") + "trafficking cases"
    )
    assert without_page_headers("133 million 138CHINAChilean pesos") == (
        "133 million " + " " * len("138CHINA") + "Chilean pesos"
    )
    assert without_page_headers("Article 12ABC and 40 VICTIMS") == "Article 12ABC and 40 VICTIMS"


def test_an_amount_split_by_a_running_header_keeps_its_currency() -> None:
    text = (
        "The ministry allocated 133 million 138CHINAChilean pesos ($216,530) to fund the "
        "NGO-operated shelter for trafficking victims."
    )
    assert funding(text, "CHL", 2018) == {(2017, "shelters", "CLP", 133_000_000, 216_530)}


def test_the_euro_sign_as_pdf_text_writes_it_is_euro_in_a_euro_area_report() -> None:
    text = "The government provided •310,000 ($372,150) to an NGO for victim assistance."
    assert funding(text, "IRL", 2018) == {(2017, "victim_assistance", "EUR", 310_000, 372_150)}


def test_a_bullet_before_a_figure_is_no_euro_outside_the_euro_area() -> None:
    text = "• 40 victims received care." + CONVICTED_12
    assert funding(text, "KAZ", 2017) == set()
    assert counts(text, "KAZ", 2017) == {("convictions", 2016, 12)}


def test_comparisons_and_local_allocations_named_for_victims_keep_their_purpose() -> None:
    text = (
        "The central government allocated NGOs •115,000 ($138,060) for victim assistance "
        "programs, compared with •81,000 ($97,240) in 2016; local governments allotted •16,000 "
        "($19,210) to support trafficking victims."
    )
    assert funding(text, "LTU", 2018) == {
        (2017, "victim_assistance", "EUR", 115_000, 138_060),
        (2016, "victim_assistance", "EUR", 81_000, 97_240),
        (2017, "victim_assistance", "EUR", 16_000, 19_210),
    }


def test_a_donation_to_an_awareness_campaign_is_prevention_money() -> None:
    text = "The interior ministry donated •10,000 ($12,000) to an awareness campaign."
    assert funding(text, "LTU", 2018) == {(2017, "prevention", "EUR", 10_000, 12_000)}


def test_a_zero_with_its_comparison_in_brackets_gives_the_earlier_count() -> None:
    text = "Courts did not convict any traffickers (nine in 2016)."
    assert counts(text, "MNG", 2018) == {("convictions", 2017, 0), ("convictions", 2016, 9)}


def test_pdf_ligature_quotes_are_quotes_where_a_closing_one_is_written() -> None:
    from etl.extract.analysis import SentenceReading
    from etl.model import Sentence

    quoted = SentenceReading(Sentence(0, 0, 24, "cases of ﬁchild abuseﬂ."), "JPN")
    assert quoted.original == 'cases of "child abuse".'
    plain = SentenceReading(Sentence(0, 0, 14, "ﬁnal decision"), "JPN")
    assert plain.original == "ﬁnal decision"


def test_an_aside_between_two_dashes_is_read_as_a_bracket() -> None:
    from etl.extract.analysis import SentenceReading
    from etl.model import Sentence

    written = "It found 50 victims\u201430 women, 20 men\u2014compared with 41; a lone\u2014dash."
    reading = SentenceReading(Sentence(0, 0, len(written), written), "KAZ")
    assert reading.text == "it found 50 victims(30 women, 20 men)compared with 41; a lone;dash."
    assert len(reading.text) == len(written)
    # the "Š" a PDF gives for the dash pairs the same way; a dash in another clause stays a break
    pdf = "It found 50 victimsŠ30 women, 20 menŠcompared with 41; loneŠnot; aside."
    reading = SentenceReading(Sentence(0, 0, len(pdf), pdf), "KAZ")
    assert reading.text == "it found 50 victims(30 women, 20 men)compared with 41; lone;not; aside."


def test_a_comparison_after_an_aside_between_dashes_is_of_the_total_before_it() -> None:
    text = (
        "The government reported identifying and assisting 1,205 victims\u2014including those "
        "assisted by the social ministry\u2014compared with 933 victims in 2019 and 1,038 in 2018."
    )
    assert counts(text, "ARG", 2021) == {
        ("victims_identified", 2020, 1205),
        ("victims_identified", 2019, 933),
        ("victims_identified", 2018, 1038),
    }


def test_earlier_years_in_a_bracket_after_this_represented_a_decrease() -> None:
    text = (
        "The government reported identifying 95 victims in 2020. This represented a continued "
        "decrease in identified victims in comparison to previous reporting periods (210 "
        "identified in 2019; 330 identified in 2018)."
    )
    assert counts(text, "VNM", 2021) == {
        ("victims_identified", 2020, 95),
        ("victims_identified", 2019, 210),
        ("victims_identified", 2018, 330),
    }


def test_an_amount_the_same_as_the_previous_years_is_a_fact_for_both_years() -> None:
    text = (
        "The government allocated 200 million West African CFA francs ($355,660) for "
        "anti-trafficking efforts, the same amount allocated the previous year."
    )
    assert funding(text, "MLI", 2018) == {
        (2017, "other", "XOF", 200_000_000, 355_660),
        (2016, "other", "XOF", 200_000_000, 355_660),
    }


def test_a_purpose_after_a_list_of_amounts_is_each_amounts() -> None:
    text = (
        "The government disbursed 98,800 hryvnia ($3,510) to the national budget and 219,220 "
        "hryvnia ($7,790) to local budgets for anti-trafficking measures in 2017."
    )
    assert funding(text, "UKR", 2018) == {
        (2017, "other", "UAH", 98_800, 3_510),
        (2017, "other", "UAH", 219_220, 7_790),
    }


def test_money_for_vulnerable_populations_is_other() -> None:
    text = (
        "The government provided •76,400 ($91,720) to three NGOs for awareness and victim "
        "support projects for vulnerable populations."
    )
    assert funding(text, "IRL", 2018) == {(2017, "other", "EUR", 76_400, 91_720)}


@pytest.mark.parametrize(
    "text",
    [
        "The government did not identify any foreign victims in 2017.",
        "Authorities did not recognize any foreign victims in 2017.",
        "Neither the government nor the GEC identified any foreign victims during the reporting "
        "period.",
    ],
)
def test_no_foreign_victims_is_a_zero_of_foreign_victims(text: str) -> None:
    assert counts(text + CONVICTED_12, "MNG", 2018) == {
        ("victims_identified_foreign", 2017, 0),
        ("convictions", 2017, 12),
    }


def test_a_bare_figure_after_and_with_its_own_year_is_the_count_before_for_that_year() -> None:
    text = "Authorities identified 20 foreign victims in 2017 and one in 2016."
    assert counts(text, "LTU", 2018) == {
        ("victims_identified_foreign", 2017, 20),
        ("victims_identified_foreign", 2016, 1),
    }


def test_an_earlier_total_compared_as_all_of_one_form_is_total_and_form() -> None:
    text = (
        "In 2017, the government convicted three traffickers, two for sex trafficking and one "
        "for forced begging, compared to nine convicted sex traffickers in 2016."
    )
    assert counts(text, "NIC", 2018) == {
        ("convictions", 2017, 3),
        ("convictions_sex", 2017, 2),
        ("convictions", 2016, 9),
        ("convictions_sex", 2016, 9),
    }


def test_cases_worked_with_foreign_governments_are_not_the_countrys_own() -> None:
    text = (
        "The government investigated three trafficking cases in 2017 and coordinated with two "
        "foreign governments to investigate five potential trafficking cases."
    )
    assert counts(text, "AGO", 2018) == {("investigations", 2017, 3)}


def test_a_conviction_for_procurement_is_no_trafficking_conviction() -> None:
    text = "Only one person convicted for procurement served prison time." + CONVICTED_12
    assert counts(text, "LKA", 2018) == {("convictions", 2017, 12)}


def test_dollars_printed_after_the_amounts_year_are_its_dollars() -> None:
    text = (
        "The government allocated 3.6 million patacas ($450,000) to the committee for "
        "anti-trafficking activities in 2017, compared to 3.2 million patacas allocated in 2016 "
        "($400,000)."
    )
    assert funding(text, "MAC", 2018) == {
        (2017, "other", "MOP", 3_600_000, 450_000),
        (2016, "other", "MOP", 3_200_000, 400_000),
    }


def test_money_for_victim_services_and_prevention_together_is_other() -> None:
    text = (
        "The government allocated 5.5 million patacas ($684,500) to victim protection services "
        "and prevention programs."
    )
    assert funding(text, "MAC", 2018) == {(2017, "other", "MOP", 5_500_000, 684_500)}


def test_a_zero_under_either_law_is_the_metrics_zero() -> None:
    text = (
        "Courts did not convict any alleged trafficking offenders under either law (nine in 2016)."
    )
    assert counts(text, "MNG", 2018) == {("convictions", 2017, 0), ("convictions", 2016, 9)}


def test_never_identified_or_convicted_in_a_form_is_that_forms_zero() -> None:
    text = (
        "The government has never obtained a labor trafficking conviction. Authorities have "
        "never identified labor trafficking victims."
    )
    assert counts(text, "MAC", 2018) == {
        ("convictions_labor", 2017, 0),
        ("victims_identified_labor", 2017, 0),
    }
