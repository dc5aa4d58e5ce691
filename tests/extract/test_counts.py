"""Count metrics: what the government identified, investigated, prosecuted and convicted,
NGO-assisted victims and hotline calls, each for the year the figure describes."""

from __future__ import annotations

from tests.extract.helpers import CONVICTED_12, counts, run


def test_figure_without_a_year_describes_the_reporting_year() -> None:
    assert counts("The government identified 57 trafficking victims.", report_year=2019) == {
        ("victims_identified", 2018, 57)
    }


def test_prior_year_comparison_becomes_a_fact_for_that_year() -> None:
    text = "The government identified 73 trafficking victims, an increase from 51 in 2015."
    assert counts(text) == {("victims_identified", 2016, 73), ("victims_identified", 2015, 51)}


def test_bracketed_prior_years_each_become_a_fact() -> None:
    text = (
        "The government identified and referred 11 victims to care (four in 2015 and nine in 2014)."
    )
    assert counts(text) == {
        ("victims_identified", 2016, 11),
        ("victims_identified", 2015, 4),
        ("victims_identified", 2014, 9),
    }


def test_comparison_list_names_several_earlier_years() -> None:
    text = (
        "In 2020, authorities conducted 61 investigations (30 sex trafficking, 31 labor "
        "trafficking), compared with 140 in 2019 and 201 in 2018."
    )
    assert counts(text, country="MDA", report_year=2021) == {
        ("investigations", 2020, 61),
        ("investigations", 2019, 140),
        ("investigations", 2018, 201),
    }


def test_parenthesised_breakdown_takes_the_head_year() -> None:
    text = (
        "Courts convicted 33 traffickers (21 sex trafficking, 12 labor trafficking), "
        "compared with 58 in 2019."
    )
    assert counts(text, country="MDA", report_year=2021) == {
        ("convictions", 2020, 33),
        ("convictions_sex", 2020, 21),
        ("convictions_labor", 2020, 12),
        ("convictions", 2019, 58),
    }


def test_previous_reporting_period_is_the_year_before() -> None:
    text = (
        "The government convicted 88 individuals. "
        "This compared with convicting 15 individuals in the previous reporting period."
    )
    assert counts(text, country="NGA", report_year=2023) == {
        ("convictions", 2022, 88),
        ("convictions", 2021, 15),
    }


def test_of_those_sentence_breaks_down_the_previous_count() -> None:
    text = (
        "The government identified 64 trafficking victims, compared with 70 in 2015. "
        "Of those, 50 were victims of sex trafficking and 14 of forced labor."
    )
    assert counts(text) == {
        ("victims_identified", 2016, 64),
        ("victims_identified", 2015, 70),
        ("victims_identified_sex", 2016, 50),
        ("victims_identified_labor", 2016, 14),
    }


def test_breakdown_of_subcount_by_one_agency_is_not_the_total_breakdown() -> None:
    text = (
        "The government reported identifying 400 potential victims. "
        "Of the 400, the police identified 310 potential victims; 250 were potential victims "
        "of labor trafficking."
    )
    assert counts(text, country="GHA", report_year=2019) == {("victims_identified", 2018, 400)}


def test_all_but_from_country_is_foreign_count() -> None:
    text = (
        "The government identified 90 victims. "
        "All but 12 of the identified victims were from Kazakhstan."
    )
    assert ("victims_identified_foreign", 2016, 12) in counts(text)


def test_all_but_exploited_in_is_not_foreign_count() -> None:
    text = (
        "The government identified 38 trafficking victims. "
        "Of those, all but five were exploited in Kazakhstan; 30 were victims of sex trafficking."
    )
    assert counts(text, report_year=2020) == {
        ("victims_identified", 2019, 38),
        ("victims_identified_sex", 2019, 30),
    }


def test_foreign_victims_with_their_own_prior_year() -> None:
    text = (
        "The government identified 77 victims (80 in 2017); "
        "three were foreign victims (none in 2017)."
    )
    assert counts(text, country="AZE", report_year=2019) == {
        ("victims_identified", 2018, 77),
        ("victims_identified", 2017, 80),
        ("victims_identified_foreign", 2018, 3),
        ("victims_identified_foreign", 2017, 0),
    }


def test_ngo_assisted_breakdown_is_not_government_identification() -> None:
    text = (
        "In 2016, NGOs reported assisting 150 trafficking victims (140 in 2015). "
        "Of all 150 victims assisted by NGOs, 60 were Kazakhstani and 90 were foreigners; "
        "40 were victims of sex trafficking and 110 of forced labor."
    )
    assert counts(text) == {
        ("victims_assisted_ngo", 2016, 150),
        ("victims_assisted_ngo", 2015, 140),
    }


def test_referrals_protection_and_additional_victims_are_not_metrics() -> None:
    text = (
        "Police referred 48 victims to NGOs (20 in 2015), and other organizations accounted "
        "for the additional 95. In 2016, the government provided 12 foreign victims legal "
        "protection. The hotline received 900 calls, while seven were referred to police."
    )
    assert counts(text) == {("hotline_calls", 2016, 900)}


def test_hotline_calls_stated_twice_are_kept_once_with_the_first_span() -> None:
    text = (
        "The hotline received 730 calls in 2016.\n\n"
        "The hotline received more than 730 calls in 2016, which led to six investigations."
    )
    ex = run(text)
    assert [(c.metric, c.year, c.value, c.qualifier) for c in ex.counts] == [
        ("hotline_calls", 2016, 730, None)
    ]
    assert text[ex.counts[0].start : ex.counts[0].end] == "730"


def test_qualifier_is_kept() -> None:
    ex = run("The government identified more than 1,200 victims.")
    assert [(c.value, c.qualifier) for c in ex.counts] == [(1200, "more than")]


def test_trafficking_related_crimes_are_not_trafficking_investigations() -> None:
    text = (
        "Police investigated 120 trafficking cases, compared to 98 in 2015. The government also "
        "opened 205 investigations of trafficking-related crimes, including pimping. During the "
        "reporting period, the government jointly investigated 11 cases related to trafficking "
        "with foreign governments."
    )
    assert counts(text) == {("investigations", 2016, 120), ("investigations", 2015, 98)}


def test_articles_penalties_campaigns_and_plans_are_not_counts() -> None:
    text = (
        "Articles 128 and 135 of the penal code prescribe penalties of up to 15 years "
        "imprisonment. The government ran a 20-day campaign and continued a national action "
        "plan for 2015-2017. Border guards staffed 150 official points of entry, and some "
        "one million migrants were vulnerable; 17 percent of victims were children." + CONVICTED_12
    )
    assert counts(text) == {("convictions", 2016, 12)}


def test_sentencing_clause_gives_convictions_by_form() -> None:
    text = (
        "The government convicted 41 offenders (10 in 2015); of which, 36 sex traffickers "
        "received sentences ranging from three to 10 years imprisonment and five labor "
        "traffickers received sentences of one to six years."
    )
    assert counts(text) == {
        ("convictions", 2016, 41),
        ("convictions", 2015, 10),
        ("convictions_sex", 2016, 36),
        ("convictions_labor", 2016, 5),
    }


def test_prosecutions_including_forms_belong_to_the_head_not_its_comparison() -> None:
    text = (
        "In 2016, officials initiated 104 new prosecutions for trafficking offenses "
        "(90 in 2015), including 88 sex trafficking cases and 16 labor trafficking cases."
    )
    assert counts(text) == {
        ("prosecutions", 2016, 104),
        ("prosecutions", 2015, 90),
        ("prosecutions_sex", 2016, 88),
        ("prosecutions_labor", 2016, 16),
    }


def test_list_of_metrics_with_a_list_comparison() -> None:
    text = (
        "The agency conducted 420 trafficking investigations, completed 47 prosecutions, and "
        "secured 25 convictions during the reporting period, compared with 300 investigations, "
        "39 prosecutions, and 36 convictions in the previous reporting period."
    )
    assert counts(text, country="NGA", report_year=2016) == {
        ("investigations", 2015, 420),
        ("prosecutions", 2015, 47),
        ("convictions", 2015, 25),
        ("investigations", 2014, 300),
        ("prosecutions", 2014, 39),
        ("convictions", 2014, 36),
    }


def test_number_words_and_passive_verbs() -> None:
    text = (
        "Authorities conducted 64 trafficking investigations in 2005, up from 19 in 2004. "
        "Thirty-one traffickers were convicted in 2005."
    )
    assert counts(text, country="TJK", report_year=2006) == {
        ("investigations", 2005, 64),
        ("investigations", 2004, 19),
        ("convictions", 2005, 31),
    }


def test_zero_stated_in_words() -> None:
    text = (
        "For the third consecutive year, the government did not prosecute or convict any "
        "traffickers. It identified no victims."
    )
    assert counts(text, country="KGZ", report_year=2021) == {
        ("prosecutions", 2020, 0),
        ("convictions", 2020, 0),
        ("victims_identified", 2020, 0),
    }


def test_no_convictions_for_consecutive_year_is_zero() -> None:
    text = "The government did not secure any convictions for a second consecutive year."
    assert counts(text, country="KGZ", report_year=2023) == {("convictions", 2022, 0)}


def test_missing_data_and_complicity_are_not_zero() -> None:
    text = (
        "The government did not report any investigations, prosecutions, or convictions. "
        "It did not convict any complicit officials, and it did not identify any child victims."
        + CONVICTED_12
    )
    assert counts(text, country="TKM", report_year=2022) == {("convictions", 2021, 12)}


def test_respectively_pairs_with_the_breakdown_not_the_total() -> None:
    text = (
        "The government initiated 40 trafficking investigations, 22 for sex trafficking and 18 "
        "for labor trafficking, compared with two and six, respectively, in 2019."
    )
    assert counts(text, country="KGZ", report_year=2021) == {("investigations", 2020, 40)}


def test_later_subcount_for_the_same_year_does_not_replace_the_total() -> None:
    text = (
        "The government reported identifying 650 victims in 2019. The federal government "
        "identified 120 of the total victims. The state governments identified 530 victims."
    )
    assert counts(text, country="MEX", report_year=2020) == {("victims_identified", 2019, 650)}


def test_clause_year_from_when() -> None:
    text = "This was a decrease from 2017, when authorities identified 4,100 trafficking victims."
    assert counts(text, country="IND", report_year=2020) == {("victims_identified", 2017, 4100)}


def test_without_report_year_only_dated_figures_are_kept() -> None:
    text = "The government identified 57 victims, compared with 44 in 2015."
    assert counts(text, report_year=None) == {("victims_identified", 2015, 44)}


def test_bare_figure_after_a_metric_verb_counts_what_the_verb_names() -> None:
    text = (
        "Authorities investigated 30 cases and prosecuted 20, resulting in 15 convictions "
        "in 2007. Courts convicted 13 in 2006, up from 12 in 2005."
    )
    assert counts(text, report_year=2008) == {
        ("investigations", 2007, 30),
        ("prosecutions", 2007, 20),
        ("convictions", 2007, 15),
        ("convictions", 2006, 13),
        ("convictions", 2005, 12),
    }


def test_own_nationality_total_is_kept_only_where_no_other_total_is_stated() -> None:
    only = "The government reported identifying 1,400 Mexican trafficking victims."
    assert counts(only, country="MEX", report_year=2015) == {("victims_identified", 2014, 1400)}
    both = (
        "The government identified 90 Kazakhstani victims. "
        "In total, the government identified 105 trafficking victims."
    )
    assert counts(both) == {("victims_identified", 2016, 105)}


def test_run_on_text_without_sentence_ends_is_cut_into_pieces() -> None:
    text = "The government identified 5 victims in 2016, " * 1500 + "and 7 victims in 2015"
    ex = run(text)
    assert {(c.metric, c.year, c.value) for c in ex.counts} == {
        ("victims_identified", 2016, 5),
        ("victims_identified", 2015, 7),
    }
