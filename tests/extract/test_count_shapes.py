"""Count phrasings found in real narratives: prosecution verbs, form breakdowns after a
comparison, parts of a named total, zeros in words, foreign victims, NGO assistance."""

from __future__ import annotations

from tests.extract.helpers import CONVICTED_12, counts

# Prosecution verbs and nouns.


def test_indicted_suspects_are_prosecutions() -> None:
    text = "Prosecutors indicted 212 suspected traffickers in 2009, up from 180 in 2008."
    assert counts(text, country="POL", report_year=2010) == {
        ("prosecutions", 2009, 212),
        ("prosecutions", 2008, 180),
    }


def test_charged_suspects_are_prosecutions() -> None:
    text = "Police investigated 40 trafficking cases, and prosecutors charged 35 suspects."
    assert counts(text, country="SVK", report_year=2012) == {
        ("investigations", 2011, 40),
        ("prosecutions", 2011, 35),
    }


def test_filed_charges_against_people_with_bracketed_prior_year() -> None:
    text = (
        "Authorities investigated 700 suspected cases in 2018 and filed charges against 420 "
        "alleged traffickers (390 in 2017)."
    )
    assert counts(text, country="IDN", report_year=2019) == {
        ("investigations", 2018, 700),
        ("prosecutions", 2018, 420),
        ("prosecutions", 2017, 390),
    }


def test_filed_charges_in_cases_and_prosecution_of_suspects() -> None:
    assert ("prosecutions", 2011, 17) in counts(
        "Prosecutors filed charges in 17 cases.", country="PER", report_year=2012
    )
    text = (
        "Police opened investigations into nine cases and initiated the prosecution of "
        "five suspects, compared with two prosecutions in 2011."
    )
    assert counts(text, country="PER", report_year=2013) == {
        ("investigations", 2012, 9),
        ("prosecutions", 2012, 5),
        ("prosecutions", 2011, 2),
    }


def test_prosecutions_against_defendants_then_comparison() -> None:
    text = (
        "Officials opened 50 investigations;40 for labor trafficking and 10 for sex "
        "trafficking;and initiated prosecutions against 33 defendants, compared with 61 "
        "defendants in 2019."
    ).replace(";", "\u2014")
    assert counts(text, country="BRA", report_year=2021) == {
        ("investigations", 2020, 50),
        ("prosecutions", 2020, 33),
        ("prosecutions", 2019, 61),
    }


def test_issued_convictions_by_form() -> None:
    text = "Courts issued convictions for four sex traffickers and two labor traffickers."
    assert counts(text, country="BRA", report_year=2021) == {
        ("convictions_sex", 2020, 4),
        ("convictions_labor", 2020, 2),
    }


# Form breakdowns.


def test_breakdown_after_comparison_belongs_to_the_current_figure() -> None:
    text = (
        "The government identified 25 victims in 2014, compared with 30 in 2013; 20 were "
        "victims of forced labor and five of sex trafficking."
    )
    assert counts(text, country="ARM", report_year=2015) == {
        ("victims_identified", 2014, 25),
        ("victims_identified", 2013, 30),
        ("victims_identified_labor", 2014, 20),
        ("victims_identified_sex", 2014, 5),
    }


def test_subjected_to_forms_in_a_list() -> None:
    text = (
        "The government identified 40 victims in 2017, compared with 35 in 2016; 30 were "
        "subjected to forced labor and 10 to sex trafficking."
    )
    assert {
        ("victims_identified_labor", 2017, 30),
        ("victims_identified_sex", 2017, 10),
    } <= counts(text, country="UKR", report_year=2018)


def test_part_of_the_victims_identified_in_a_year() -> None:
    text = (
        "The government identified 900 victims in 2015. Officials said that 300 of the "
        "victims identified in 2015 were subjected to sex trafficking and 450 to forced labor."
    )
    assert counts(text, country="ROU", report_year=2016) == {
        ("victims_identified", 2015, 900),
        ("victims_identified_sex", 2015, 300),
        ("victims_identified_labor", 2015, 450),
    }


def test_part_of_a_named_total_after_an_agency_partition() -> None:
    text = (
        "The government reported identifying 200 potential victims. Of the 200, police "
        "identified 150 and immigration officers identified 50; 120 of the 200 were potential "
        "victims of labor trafficking and 60 were potential victims of sex trafficking."
    )
    assert counts(text, country="GHA", report_year=2020) == {
        ("victims_identified", 2019, 200),
        ("victims_identified_labor", 2019, 120),
        ("victims_identified_sex", 2019, 60),
    }


def test_of_whom_were_exploited_in_a_form() -> None:
    text = (
        "Police identified 120 trafficking victims in 2019, of whom 100 were exploited in "
        "sex trafficking."
    )
    assert counts(text, country="KOR", report_year=2020) == {
        ("victims_identified", 2019, 120),
        ("victims_identified_sex", 2019, 100),
    }


def test_opener_total_then_involved_form() -> None:
    text = (
        "In 2019, authorities reported 200 investigations, 150 prosecutions and 90 "
        "convictions. Of the 150 prosecutions, 20 involved forced labor."
    )
    assert ("prosecutions_labor", 2019, 20) in counts(text, country="THA", report_year=2020)


def test_part_with_a_restricted_form_is_left_alone() -> None:
    text = (
        "The government convicted 40 traffickers in 2016, compared with 30 in 2015; six of "
        "those convicted were involved in online child sex trafficking and three in forced labor."
    )
    assert counts(text, country="PHL", report_year=2017) == {
        ("convictions", 2016, 40),
        ("convictions", 2015, 30),
        ("convictions_labor", 2016, 3),
    }


# Zeros in words.


def test_did_not_identify_or_refer_any_victims_is_a_zero() -> None:
    text = "The government did not identify or refer any victims to care during the year."
    assert counts(text, country="KGZ", report_year=2024) == {("victims_identified", 2023, 0)}


def test_did_not_identify_or_provide_services_with_prior_year_comparison() -> None:
    text = (
        "The government did not identify or provide services to any victims in 2021, "
        "compared with two victims identified in 2020."
    )
    assert counts(text, country="MAC", report_year=2022) == {
        ("victims_identified", 2021, 0),
        ("victims_identified", 2020, 2),
    }


def test_compared_with_no_prosecutions_or_convictions() -> None:
    text = (
        "The government prosecuted four defendants and convicted three traffickers, compared "
        "with no prosecutions or convictions in 2016."
    )
    assert counts(text, country="CUW", report_year=2018) == {
        ("prosecutions", 2017, 4),
        ("prosecutions", 2016, 0),
        ("convictions", 2017, 3),
        ("convictions", 2016, 0),
    }


def test_prosecuted_no_one_is_a_zero() -> None:
    text = "Officials prosecuted no one on trafficking charges in 2006."
    assert counts(text, country="QAT", report_year=2007) == {("prosecutions", 2006, 0)}


def test_zero_for_one_form() -> None:
    assert counts("The government did not prosecute any cases of forced labor.", country="BOL") == {
        ("prosecutions_labor", 2016, 0)
    }
    # A zero about a sub-group of the form is not the form's zero.
    assert (
        counts(
            "It did not convict any traffickers for forced labor involving migrant workers.",
            country="BOL",
        )
        == set()
    )


# Foreign victims.


def test_all_but_with_a_demonym_unlike_the_country_name() -> None:
    text = (
        "The government identified 500 trafficking victims. All but 40 of the identified "
        "victims were Ivorian."
    )
    assert ("victims_identified_foreign", 2019, 40) in counts(text, country="CIV", report_year=2020)


def test_all_but_citizens_after_an_identification_sentence() -> None:
    text = (
        "The government identified 60 victims in 2015; of these, 40 were exploited in sex "
        "trafficking. All but eight were exploited within Serbia, and all but two were "
        "Serbian citizens."
    )
    found = counts(text, country="SRB", report_year=2016)
    assert ("victims_identified_foreign", 2015, 2) in found
    assert ("victims_identified_foreign", 2015, 8) not in found


def test_of_the_foreign_national_victims_is_the_foreign_count() -> None:
    text = (
        "The government identified 400 trafficking victims in 2021. This included 300 "
        "victims of labor trafficking and 90 victims of sex trafficking. Of the 70 foreign "
        "national victims, most were from neighboring countries."
    )
    assert ("victims_identified_foreign", 2021, 70) in counts(text, country="GHA", report_year=2022)


def test_none_were_foreign_nationals_is_a_zero() -> None:
    text = "Police identified 90 trafficking victims in 2019; none were foreign nationals."
    assert counts(text, country="KOR", report_year=2020) == {
        ("victims_identified", 2019, 90),
        ("victims_identified_foreign", 2019, 0),
    }


# NGO assistance.


def test_ngo_run_shelters_which_assisted() -> None:
    text = (
        "The government did not fund NGO-run shelters, which assisted 30 victims during "
        "the year with donor support."
    )
    assert counts(text, country="SRB", report_year=2015) == {("victims_assisted_ngo", 2014, 30)}


def test_ngo_shelters_in_a_national_network_reported_assisting() -> None:
    text = "The two NGO-run shelters in the national network reported assisting 55 victims."
    assert counts(text, country="ALB", report_year=2013) == {("victims_assisted_ngo", 2012, 55)}


def test_ngos_identified_and_assisted_with_comparison() -> None:
    text = (
        "NGOs funded by an international organization identified and assisted 25 victims "
        "in 2017, compared with 38 in 2016."
    )
    assert counts(text, country="TKM", report_year=2018) == {
        ("victims_assisted_ngo", 2017, 25),
        ("victims_assisted_ngo", 2016, 38),
    }


def test_ngos_assisting_additional_victims_besides_an_organisation() -> None:
    text = (
        "An international organization assisted 900 victims, while NGOs reported assisting "
        "210 additional victims."
    )
    assert counts(text, country="IDN", report_year=2008) == {("victims_assisted_ngo", 2007, 210)}
    assert counts("Police identified 14 additional victims.", country="IDN") == set()


# Legal references, parts by verb, fiscal years, levels of government.


def test_article_number_does_not_block_the_comparison() -> None:
    text = (
        "Police investigated 70 trafficking cases under Article 149 in 2010, down from 85 "
        "in 2009, and prosecutors charged 40 individuals under Articles 149 and 303."
    )
    assert counts(text, country="UKR", report_year=2011) == {
        ("investigations", 2010, 70),
        ("investigations", 2009, 85),
        ("prosecutions", 2010, 40),
    }


def test_convicted_some_of_them() -> None:
    text = "The government prosecuted 31 suspected traffickers and convicted 20 of them."
    assert counts(text, country="KOR", report_year=2007) == {
        ("prosecutions", 2006, 31),
        ("convictions", 2006, 20),
    }


def test_previous_fiscal_year() -> None:
    text = (
        "Police identified 180 trafficking victims during the fiscal year, compared with "
        "250 in the previous fiscal year."
    )
    assert counts(text, country="NPL", report_year=2019) == {
        ("victims_identified", 2018, 180),
        ("victims_identified", 2017, 250),
    }


def test_state_level_count_stands_only_without_a_national_one() -> None:
    text = "State governments reported identifying 4,000 bonded labor victims."
    assert counts(text, country="IND", report_year=2019) == {
        ("victims_identified_labor", 2018, 4000)
    }
    text = (
        "The government identified 3,000 forced labor victims. State governments reported "
        "identifying 4,000 bonded labor victims."
    )
    assert counts(text, country="IND", report_year=2019) == {
        ("victims_identified_labor", 2018, 3000)
    }


def test_potential_victims_beside_victims_are_a_category_apart() -> None:
    text = (
        "The agency identified 90 forced labor victims and 700 potential victims of "
        "trafficking, compared with 120 forced labor victims and 800 potential victims "
        "identified in the previous reporting period."
    )
    assert counts(text, country="NGA", report_year=2020) == {
        ("victims_identified_labor", 2019, 90),
        ("victims_identified_labor", 2018, 120),
    }


def test_cases_of_one_potential_form_are_not_the_investigations_total() -> None:
    text = "The government investigated three cases of potential labor trafficking." + CONVICTED_12
    assert counts(text, country="MAC", report_year=2017) == {("convictions", 2016, 12)}


def test_zero_compared_with_victims_of_one_form() -> None:
    text = (
        "The government did not identify any victims in 2020, compared with two sex "
        "trafficking victims identified in 2019."
    )
    assert counts(text, country="MAC", report_year=2021) == {
        ("victims_identified", 2020, 0),
        ("victims_identified", 2019, 2),
        ("victims_identified_sex", 2019, 2),
    }
