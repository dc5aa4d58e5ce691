"""Law-enforcement phrasing families as data (seventh batch): each case is a text written
for the test, the facts it must give and the facts it must not give (a case with an
absence also lists what must be present, so that a silent extractor cannot pass)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import FamilyCase, check_family_case


def _case(
    name: str,
    text: str,
    present: frozenset[tuple],
    absent: frozenset[tuple] = frozenset(),
    country: str = "KAZ",
    year: int = 2019,
) -> FamilyCase:
    """A case of this batch: in the report of 2019 unless another year is given."""
    return FamilyCase(name, text, present, absent, country, year)


CASES = [
    # "against" after a legal action is no comparison: "secured convictions against 27"
    _case(
        "convictions_against_traffickers_before_a_bracket_of_earlier_years",
        "Authorities initiated prosecutions in nine cases (10 cases in 2017) and secured "
        "convictions against 21 traffickers in eight cases (convictions in five cases in 2017).",
        frozenset(
            {("convictions", 2018, 21), ("prosecutions", 2018, 9), ("prosecutions", 2017, 10)}
        ),
        frozenset({("convictions", 2017, 21)}),
        "LAO",
    ),
    _case(
        "convictions_against_traffickers_compared",
        "In 2018, the courts secured convictions against 14 traffickers, compared with 11 in 2017.",
        frozenset({("convictions", 2018, 14), ("convictions", 2017, 11)}),
        frozenset({("convictions", 2017, 14)}),
        "LAO",
    ),
    # a comparison that names its metric again compares the totals, not the head's form
    _case(
        "one_form_convictions_compared_with_convictions_of_traffickers",
        "The courts convicted nine labor traffickers in 2018, compared with convictions of 12 "
        "traffickers in 2017.",
        frozenset(
            {
                ("convictions_labor", 2018, 9),
                ("convictions", 2018, 9),
                ("convictions", 2017, 12),
            }
        ),
        frozenset({("convictions_labor", 2017, 12)}),
        "GHA",
    ),
    # continued prosecutions are no new ones, whatever noun follows "continued"
    _case(
        "initiated_and_continued_prosecutions_compared_with_prosecutions_of_defendants",
        "The government initiated prosecutions of 11 alleged labor traffickers and continued "
        "prosecutions of three alleged labor traffickers, compared with prosecutions of 25 "
        "defendants in 2017.",
        frozenset(
            {
                ("prosecutions_labor", 2018, 11),
                ("prosecutions", 2018, 11),
                ("prosecutions", 2017, 25),
            }
        ),
        frozenset(
            {
                ("prosecutions", 2018, 3),
                ("prosecutions_labor", 2018, 3),
                ("prosecutions_labor", 2017, 25),
            }
        ),
        "GHA",
    ),
    _case(
        "continued_the_investigation_into_cases_is_no_new_investigation",
        "Police opened 15 trafficking investigations in 2018 and continued the investigation "
        "into six cases from 2017.",
        frozenset({("investigations", 2018, 15)}),
        frozenset({("investigations", 2018, 6), ("investigations", 2017, 6)}),
        "GHA",
    ),
    # child labor that is not forced labor is another crime
    _case(
        "prosecutions_for_exploitative_child_labor_are_no_trafficking_prosecutions",
        "Police investigated 40 trafficking cases in 2018. The government also prosecuted six "
        "defendants for exploitative child labor under the Children's Act, compared with two in "
        "2017.",
        frozenset({("investigations", 2018, 40)}),
        frozenset({("prosecutions", 2018, 6), ("prosecutions", 2017, 2)}),
        "GHA",
    ),
    _case(
        "prosecutions_for_forced_child_labor_are_trafficking_prosecutions",
        "In 2018, the government prosecuted six defendants for forced child labor, compared with "
        "two in 2017.",
        frozenset({("prosecutions", 2018, 6), ("prosecutions", 2017, 2)}),
        frozenset(),
        "GHA",
    ),
    # incidents investigated are cases investigated
    _case(
        "investigated_incidents_with_the_earlier_year_in_a_parenthesis",
        "In 2018, the police reported investigating 52 incidents (61 in 2017), which led to "
        "the opening of 30 trafficking cases.",
        frozenset({("investigations", 2018, 52), ("investigations", 2017, 61)}),
        frozenset({("investigations", 2018, 30)}),
        "UGA",
    ),
    _case(
        "investigated_incidents_compared",
        "In 2018, the government reported investigating 812 incidents of human trafficking, "
        "compared to 950 incidents in 2017.",
        frozenset({("investigations", 2018, 812), ("investigations", 2017, 950)}),
        frozenset({("victims_identified", 2018, 812)}),
        "UGA",
    ),
    # the part a law-enforcement step took further: "prosecution of five of the 11 cases"
    _case(
        "prosecution_of_part_of_the_cases_investigated_with_the_prior_year",
        "In 2018, the government reported investigating 14 cases. It initiated prosecution of "
        "six of the 14 cases, an increase from four the prior year.",
        frozenset(
            {
                ("investigations", 2018, 14),
                ("prosecutions", 2018, 6),
                ("prosecutions", 2017, 4),
            }
        ),
        frozenset({("prosecutions", 2018, 14)}),
        "OMN",
    ),
    _case(
        "courts_convicted_part_of_the_defendants",
        "In 2018, prosecutors charged 31 defendants and courts convicted 19 of the 31 defendants.",
        frozenset({("prosecutions", 2018, 31), ("convictions", 2018, 19)}),
        frozenset({("convictions", 2018, 31)}),
        "OMN",
    ),
    _case(
        "identified_part_of_the_victims_is_no_law_count",
        "In 2018, police investigated 12 cases and identified 20 of the 50 victims as children.",
        frozenset({("investigations", 2018, 12)}),
        frozenset({("victims_identified", 2018, 20), ("investigations", 2018, 20)}),
        "OMN",
    ),
    # figures under separate articles of law and no total: none of them is the metric
    _case(
        "investigations_and_prosecutions_under_separate_articles_give_none",
        "In 2018, police opened 60 investigations and four prosecutions under Article 231; "
        "seven investigations and three prosecutions under Article 231-A; and 250 "
        "investigations under Article 149. Courts convicted 11 traffickers in 2018.",
        frozenset({("convictions", 2018, 11)}),
        frozenset(
            {
                ("investigations", 2018, 60),
                ("investigations", 2018, 7),
                ("investigations", 2018, 250),
                ("prosecutions", 2018, 4),
                ("prosecutions", 2018, 3),
            }
        ),
        "BRA",
    ),
    _case(
        "a_total_with_its_articles_in_a_bracket_stays",
        "In 2018, authorities reported 150 investigations (120 under article 149 and 30 under "
        "article 149a), compared with 90 investigations in 2017.",
        frozenset({("investigations", 2018, 150), ("investigations", 2017, 90)}),
        frozenset({("investigations", 2018, 120)}),
        "BRA",
    ),
    _case(
        "one_article_this_year_and_another_the_year_before_stay",
        "The government initiated 30 new prosecutions under articles 172 and 189 in 2018, "
        "compared to 25 new prosecutions under article 172 in 2017.",
        frozenset({("prosecutions", 2018, 30), ("prosecutions", 2017, 25)}),
        frozenset({("prosecutions", 2018, 25)}),
        "CRI",
    ),
    # "Of the N prosecutions, M were for alleged sex trafficking": the form as printed
    _case(
        "of_the_prosecutions_some_were_for_alleged_sex_trafficking",
        "The government initiated the prosecution of 90 alleged traffickers in 2018. Of the 90 "
        "prosecutions in 2018, 70 were for alleged sex trafficking, 12 for forced labor, and "
        "eight for forced begging.",
        frozenset(
            {
                ("prosecutions", 2018, 90),
                ("prosecutions_sex", 2018, 70),
                ("prosecutions_labor", 2018, 12),
            }
        ),
        frozenset({("prosecutions_labor", 2018, 20)}),
        "MAR",
    ),
    # the people of cases of one form and of another case are not all of that form
    _case(
        "defendants_in_cases_of_one_form_and_one_mixed_case_have_no_form",
        "In 2018, the prosecutor's office secured convictions of 18 defendants in seven cases "
        "of sex trafficking and one case of sex and labor trafficking.",
        frozenset({("convictions", 2018, 18)}),
        frozenset({("convictions_sex", 2018, 18)}),
        "DOM",
    ),
    _case(
        "defendants_in_cases_all_of_one_form_are_of_that_form",
        "In 2018, the prosecutor's office secured convictions of 18 defendants in seven cases "
        "of sex trafficking.",
        frozenset({("convictions", 2018, 18), ("convictions_sex", 2018, 18)}),
        frozenset(),
        "DOM",
    ),
    # cases that ended in convictions count the convictions where no convicted people are
    _case(
        "of_these_cases_some_resulted_in_convictions_with_the_prior_year",
        "The prosecutors' trafficking cases reached 40 court decisions in 2018. Twenty-one of "
        "these cases resulted in convictions (nine in 2017).",
        frozenset({("convictions", 2018, 21), ("convictions", 2017, 9)}),
        frozenset({("convictions", 2018, 40)}),
        "PER",
    ),
    _case(
        "cases_of_which_some_resulted_in_convictions",
        "In 2018, the government prosecuted 30 cases, six of which resulted in convictions.",
        frozenset({("prosecutions", 2018, 30), ("convictions", 2018, 6)}),
        frozenset({("convictions", 2018, 30)}),
        "KEN",
    ),
    _case(
        "convicted_people_win_over_cases_that_resulted_in_convictions",
        "In 2018, the government prosecuted 30 cases; 12 cases resulted in convictions and "
        "courts convicted 15 traffickers.",
        frozenset({("prosecutions", 2018, 30), ("convictions", 2018, 15)}),
        frozenset({("convictions", 2018, 12)}),
        "KEN",
    ),
    # a stated total wins over one law's figure for the year
    _case(
        "one_articles_convictions_beside_a_stated_total",
        "First-level courts issued five convictions under Article 189a in 2018 (20 in 2017). "
        "In 2018, judges issued a total of 40 final convictions (38 in 2017).",
        frozenset({("convictions", 2018, 40), ("convictions", 2017, 38)}),
        frozenset({("convictions", 2018, 5), ("convictions", 2017, 20)}),
        "POL",
    ),
    _case(
        "another_articles_earlier_year_beside_a_stated_total",
        "First-level courts issued 14 convictions (nine in 2017) under Article 203. In 2017, "
        "judges issued a total of 40 final convictions (38 in 2016).",
        frozenset({("convictions", 2017, 40), ("convictions", 2016, 38)}),
        frozenset({("convictions", 2017, 9)}),
        "POL",
    ),
    _case(
        "one_articles_convictions_beside_another_figure_stay",
        "The courts convicted six traffickers under articles 172 and 189 in 2018. Separately, "
        "courts convicted two clients of child sex trafficking victims in 2018.",
        frozenset({("convictions", 2018, 6)}),
        frozenset({("convictions", 2018, 8)}),
        "CRI",
    ),
    # two laws' figures for one year give none, but a year only one law counts keeps it
    _case(
        "two_articles_this_year_one_article_the_year_before",
        "In 2018, authorities prosecuted six defendants (12 in 2017) under article 13. The "
        "government also initiated prosecutions against 25 individuals under article 124 in "
        "2018.",
        frozenset({("prosecutions", 2017, 12)}),
        frozenset({("prosecutions", 2018, 6), ("prosecutions", 2018, 25)}),
        "MNG",
    ),
    # an agency's comparisons listed after ", and" are the agency's too
    _case(
        "two_agencies_with_earlier_years_only_one_gives",
        "The prosecutor's office (AGO) reported initiating 60 investigations in 2018, compared "
        "with 20 investigations in 2017, 12 in 2016, and 30 in 2015. The police anti-trafficking "
        "unit (ATU) reported initiating 40 investigations in 2018, compared with 33 "
        "investigations in 2017, and 80 in 2016.",
        frozenset({("investigations", 2015, 30)}),
        frozenset(
            {
                ("investigations", 2018, 60),
                ("investigations", 2018, 40),
                ("investigations", 2017, 20),
                ("investigations", 2016, 12),
                ("investigations", 2016, 80),
            }
        ),
        "DOM",
    ),
    # "compared with initiating investigations of N cases": the earlier year's figure
    _case(
        "initiated_investigations_compared_with_initiating_investigations",
        "Authorities initiated investigations of 95 trafficking cases and continued two "
        "investigations in 2018, compared with initiating investigations of 70 cases and "
        "continuing one investigation in 2017.",
        frozenset({("investigations", 2018, 95), ("investigations", 2017, 70)}),
        frozenset({("investigations", 2018, 70), ("investigations", 2017, 1)}),
        "GHA",
    ),
    # one form after the law closing a list of law counts: every count is of that form
    _case(
        "prosecutions_and_convictions_under_the_act_for_sex_trafficking",
        "The government reported prosecutions of at least 31 defendants and convictions of at "
        "least five traffickers under the 2008 anti-trafficking act for sex trafficking, compared "
        "with 20 prosecutions and six convictions in the previous period.",
        frozenset(
            {
                ("prosecutions", 2018, 31),
                ("prosecutions_sex", 2018, 31),
                ("convictions", 2018, 5),
                ("convictions_sex", 2018, 5),
                ("prosecutions", 2017, 20),
                ("convictions", 2017, 6),
            }
        ),
        frozenset({("prosecutions_sex", 2017, 20), ("convictions_sex", 2017, 6)}),
        "TZA",
    ),
    _case(
        "prosecuting_and_convicting_under_the_law_for_forced_labor",
        "In 2018, the government reported prosecuting 12 defendants and convicting four "
        "traffickers under the penal code for forced labor.",
        frozenset(
            {
                ("prosecutions", 2018, 12),
                ("prosecutions_labor", 2018, 12),
                ("convictions", 2018, 4),
                ("convictions_labor", 2018, 4),
            }
        ),
        frozenset({("prosecutions_sex", 2018, 12)}),
        "TZA",
    ),
    # a conviction breakdown in cases is no breakdown of the people convicted
    _case(
        "convicted_people_with_a_bracket_of_cases_by_form",
        "Courts convicted and sentenced 11 traffickers in 2018 (including at least three sex "
        "trafficking, two forced labor, and one domestic servitude cases), compared with six "
        "total convictions in 2017.",
        frozenset({("convictions", 2018, 11), ("convictions", 2017, 6)}),
        frozenset({("convictions_sex", 2018, 3), ("convictions_labor", 2018, 2)}),
        "PRT",
    ),
    _case(
        "convicted_people_with_a_bracket_of_people_by_form",
        "Courts convicted 11 traffickers in 2018 (eight for sex trafficking and three for "
        "forced labor).",
        frozenset(
            {
                ("convictions", 2018, 11),
                ("convictions_sex", 2018, 8),
                ("convictions_labor", 2018, 3),
            }
        ),
        frozenset(),
        "PRT",
    ),
    # a paragraph that opens on one form: its law counts are that form's
    _case(
        "for_labor_trafficking_paragraph_gives_labor_counts_of_its_year",
        "For labor trafficking, police identified 30 individuals suspected of labor trafficking "
        "in 2016, compared to 25 in 2015. The government investigated 14 cases in 2016. "
        "Authorities prosecuted 21 labor traffickers in 2016, compared with 13 in 2015. Courts "
        "convicted 11 traffickers, compared with six in 2015 and nine in 2014.",
        frozenset(
            {
                ("prosecutions_labor", 2016, 21),
                ("convictions_labor", 2016, 11),
                ("convictions_labor", 2015, 6),
                ("convictions_labor", 2014, 9),
            }
        ),
        frozenset(
            {
                ("convictions", 2017, 11),
                ("convictions", 2016, 11),
                ("investigations", 2016, 14),
                ("investigations", 2016, 30),
            }
        ),
        "DEU",
        2018,
    ),
    _case(
        "the_topic_ends_with_the_paragraph",
        "For labor trafficking, police identified 30 suspects in 2016.\nCourts convicted 70 "
        "traffickers in 2016, compared with 77 in 2015.",
        frozenset({("convictions", 2016, 70), ("convictions", 2015, 77)}),
        frozenset({("convictions_labor", 2016, 70)}),
        "DEU",
        2018,
    ),
    _case(
        "the_topic_ends_at_the_other_form",
        "For labor trafficking, police identified 30 suspects in 2016. The government "
        "prosecuted 90 defendants for sex trafficking in 2016. Courts convicted 60 traffickers "
        "in 2016.",
        frozenset({("prosecutions_sex", 2016, 90), ("convictions", 2016, 60)}),
        frozenset({("convictions_labor", 2016, 60), ("prosecutions_labor", 2016, 90)}),
        "DEU",
        2018,
    ),
    # "last year" (not "over the last year") is the previous reporting period
    _case(
        "compared_with_cases_and_convictions_last_year",
        "The government prosecuted four trafficking cases, compared with two cases last year. "
        "The government reported three convictions, compared with one conviction last year.",
        frozenset(
            {
                ("prosecutions", 2018, 4),
                ("prosecutions", 2017, 2),
                ("convictions", 2018, 3),
                ("convictions", 2017, 1),
            }
        ),
        frozenset({("convictions", 2018, 1)}),
        "PLW",
    ),
    _case(
        "over_the_last_year_is_the_reporting_period",
        "Over the last year, the government convicted five traffickers.",
        frozenset({("convictions", 2018, 5)}),
        frozenset({("convictions", 2017, 5)}),
        "PLW",
    ),
    # "the same number as in 2016 and 2015": the number for each year named
    _case(
        "the_same_number_as_in_two_earlier_years",
        "The government reported it initiated prosecution of four cases in 2018, the same "
        "number as in 2017 and 2016, and compared to seven cases in 2015.",
        frozenset(
            {
                ("prosecutions", 2018, 4),
                ("prosecutions", 2017, 4),
                ("prosecutions", 2016, 4),
                ("prosecutions", 2015, 7),
            }
        ),
        frozenset({("prosecutions", 2015, 4)}),
        "TKM",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_law_family(case: FamilyCase) -> None:
    check_family_case(case)
