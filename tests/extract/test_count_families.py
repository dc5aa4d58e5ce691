"""Count phrasing families as data: each case is a text written for the test, the facts
it must give and the facts it must not give (a case with an absence also lists what must
be present, so that a silent extractor cannot pass)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import FamilyCase, check_family_case

CASES = [
    # count.head.opened_cases: cases law enforcement opened are investigations
    FamilyCase(
        "opened_cases_with_earlier_years_in_a_parenthesis",
        "In 2017, the prosecutor's office opened 88 cases (71 in 2016 and 64 in 2015), of "
        "which 40 led to full investigations.",
        frozenset(
            {
                ("investigations", 2017, 88),
                ("investigations", 2016, 71),
                ("investigations", 2015, 64),
            }
        ),
        frozenset({("investigations", 2017, 40)}),
        "COL",
    ),
    FamilyCase(
        "opened_cases_of_trafficking_compared",
        "Police opened 30 cases of trafficking in 2017, compared with 25 in 2016.",
        frozenset({("investigations", 2017, 30), ("investigations", 2016, 25)}),
    ),
    FamilyCase(
        "opened_cases_of_another_crime_are_no_investigations",
        "Police opened 14 trafficking cases in 2017. They also opened 96 cases for pimping "
        "and three cases of child labor.",
        frozenset({("investigations", 2017, 14)}),
        frozenset({("investigations", 2017, 96), ("investigations", 2017, 3)}),
    ),
    FamilyCase(
        "cases_against_suspects_are_not_opened_cases",
        "Prosecutors opened 30 criminal cases against traffickers in 2017. Courts convicted "
        "12 traffickers.",
        frozenset({("convictions", 2017, 12)}),
        frozenset({("investigations", 2017, 30)}),
    ),
    # count.confirmed: the victims confirmed out of the potential ones are the identified
    FamilyCase(
        "potential_then_confirmed_with_a_mirrored_comparison",
        "In 2017, the government identified 1,940 potential victims nationwide and confirmed "
        "512 victims, compared to 2,800 potential victims and 1,203 confirmed victims in 2016.",
        frozenset({("victims_identified", 2017, 512), ("victims_identified", 2016, 1203)}),
        frozenset({("victims_identified", 2017, 1940), ("victims_identified", 2016, 2800)}),
        "MYS",
    ),
    FamilyCase(
        "potential_of_which_it_confirmed",
        "In 2017, the government reported identifying 1,100 potential trafficking victims, of "
        "which it confirmed 430 as trafficking victims.",
        frozenset({("victims_identified", 2017, 430)}),
        frozenset({("victims_identified", 2017, 1100)}),
        "MYS",
    ),
    FamilyCase(
        "confirmed_among_potential_with_the_previous_period",
        "The government identified 140 confirmed victims among 420 potential victims, "
        "compared with 88 confirmed victims among 300 potential victims during the previous "
        "reporting period.",
        frozenset({("victims_identified", 2017, 140), ("victims_identified", 2016, 88)}),
        frozenset({("victims_identified", 2017, 420), ("victims_identified", 2016, 300)}),
        "MYS",
    ),
    FamilyCase(
        "disjoint_statuses_are_not_confirmed_out_of_potential",
        "The government identified three confirmed and 90 potential victims in 2017. Courts "
        "convicted 12 traffickers.",
        frozenset({("convictions", 2017, 12)}),
        frozenset({("victims_identified", 2017, 3), ("victims_identified", 2017, 90)}),
        "BLR",
    ),
    # count.paren_forms: an earlier year's form breakdown in a parenthesis
    FamilyCase(
        "earlier_years_forms_in_a_parenthesis_after_the_list",
        "Authorities identified 50 victims in 2017. Of these, 30 were victims of sex "
        "trafficking, nine of forced labor, and 11 of forced begging (24 of sex trafficking, "
        "13 of forced labor, 7 of forced begging, and four of both sex trafficking and forced "
        "labor in 2016); 20 were children.",
        frozenset(
            {
                ("victims_identified_sex", 2017, 30),
                ("victims_identified_labor", 2017, 9),
                ("victims_identified_sex", 2016, 24),
                ("victims_identified_labor", 2016, 13),
            }
        ),
        frozenset({("victims_identified_labor", 2016, 7), ("victims_identified_labor", 2016, 4)}),
        "SRB",
    ),
    FamilyCase(
        "a_parenthesis_of_groups_is_no_form_breakdown",
        "Authorities identified 50 victims in 2017. Of these, 30 were victims of sex "
        "trafficking and nine of forced labor (including 12 girls and five boys in 2016).",
        frozenset({("victims_identified_sex", 2017, 30), ("victims_identified_labor", 2017, 9)}),
        frozenset({("victims_identified_sex", 2016, 12), ("victims_identified_labor", 2016, 5)}),
        "SRB",
    ),
    # count.head.noun: the government's identification of victims
    FamilyCase(
        "identification_of_victims_with_a_comparison",
        "The statistics bureau reported the government's identification of 3,140 victims in "
        "2016, compared with 2,075 in 2015.",
        frozenset({("victims_identified", 2016, 3140), ("victims_identified", 2015, 2075)}),
        country="IND",
    ),
    FamilyCase(
        "identification_through_a_hotline_is_not_the_governments_count",
        "The hotline received 1,200 calls in 2017, which resulted in the identification of "
        "five victims.",
        frozenset({("hotline_calls", 2017, 1200)}),
        frozenset({("victims_identified", 2017, 5)}),
        "KGZ",
    ),
    # count.comparison.gap: an earlier year's count beside an unreported year
    FamilyCase(
        "a_gap_with_the_earlier_year_in_a_parenthesis",
        "The government did not report the number of investigations it initiated in 2017 "
        "(52 in 2016), but courts prosecuted 19 individuals (25 in 2016).",
        frozenset(
            {
                ("investigations", 2016, 52),
                ("prosecutions", 2017, 19),
                ("prosecutions", 2016, 25),
            }
        ),
        frozenset({("investigations", 2017, 52)}),
        "JPN",
    ),
    FamilyCase(
        "a_gap_compared_with_the_previous_period",
        "The government did not report the number of investigations it initiated during the "
        "reporting period, compared with 61 during the previous period.",
        frozenset({("investigations", 2016, 61)}),
        frozenset({("investigations", 2017, 61)}),
        "TZA",
    ),
    FamilyCase(
        "a_gap_of_one_nationality_is_no_identified_total",
        "The government did not report the number of Slovak victims identified (14 in 2016). "
        "Courts convicted 12 traffickers.",
        frozenset({("convictions", 2017, 12)}),
        frozenset({("victims_identified", 2016, 14)}),
        "SVK",
    ),
    # count.verb_pair: one figure of two metric verbs counts for each
    FamilyCase(
        "investigating_and_prosecuting_cases_with_a_comparison",
        "During the reporting period, the government reported investigating and prosecuting "
        "95 trafficking cases, as compared to 130 in 2016.",
        frozenset(
            {
                ("investigations", 2017, 95),
                ("investigations", 2016, 130),
                ("prosecutions", 2017, 95),
                ("prosecutions", 2016, 130),
            }
        ),
        country="SAU",
    ),
    FamilyCase(
        "a_summary_pair_does_not_override_the_counted_prosecutions",
        "The government made progress by prosecuting and convicting three traffickers. In "
        "2017, courts prosecuted seven suspects.",
        frozenset({("convictions", 2017, 3), ("prosecutions", 2017, 7)}),
        frozenset({("prosecutions", 2017, 3)}),
        "CPV",
    ),
    # a total over several years is no year's count (rules/spans.py)
    FamilyCase(
        "a_total_over_the_last_years_is_no_count",
        "Courts did not convict any traffickers in 2017; over the past five years, courts have "
        "convicted only four traffickers out of 38 prosecutions.",
        frozenset({("convictions", 2017, 0)}),
        frozenset({("convictions", 2017, 4), ("prosecutions", 2017, 38)}),
        "URY",
    ),
    FamilyCase(
        "a_total_since_a_year_is_no_count",
        "Since 2011, the government has convicted 19 traffickers. In 2017, police investigated "
        "nine cases and prosecutors charged 11 suspects since the law's entry into force.",
        frozenset({("investigations", 2017, 9)}),
        frozenset({("convictions", 2017, 19), ("prosecutions", 2017, 11)}),
        "LCA",
    ),
    FamilyCase(
        "a_total_from_one_year_to_another_is_no_count",
        "From 2013 to 2016, courts convicted 25 traffickers. In 2017, courts convicted three "
        "traffickers.",
        frozenset({("convictions", 2017, 3)}),
        frozenset({("convictions", 2017, 25), ("convictions", 2016, 25)}),
        "ABW",
    ),
    FamilyCase(
        "a_reporting_period_between_two_months_is_no_span",
        "Between April 2017 and February 2018, the police identified 77 trafficking victims. "
        "Between 2013 and 2016, courts convicted 25 traffickers.",
        frozenset({("victims_identified", 2017, 77)}),
        frozenset({("convictions", 2017, 25), ("convictions", 2016, 25)}),
        "TUN",
    ),
    # cases over the people in them (METRICS.md "Units")
    FamilyCase(
        "prosecutions_charging_defendants_count_the_prosecutions",
        "In 2017, the justice ministry initiated 48 federal human trafficking prosecutions, "
        "charging 71 defendants.",
        frozenset({("prosecutions", 2017, 48)}),
        frozenset({("prosecutions", 2017, 71)}),
        "USA",
    ),
    FamilyCase(
        "cases_with_suspects_count_the_cases",
        "Police investigated 31 cases with 45 suspects (28 cases with 30 suspects in 2016).",
        frozenset({("investigations", 2017, 31), ("investigations", 2016, 28)}),
        frozenset({("investigations", 2016, 30), ("investigations", 2017, 45)}),
        "ALB",
    ),
    # metric nouns before a figure
    FamilyCase(
        "the_conviction_of_n_traffickers_with_earlier_years",
        "The government reported the conviction of two traffickers in 2017, compared with "
        "five traffickers in 2016 and four in 2015.",
        frozenset({("convictions", 2017, 2), ("convictions", 2016, 5), ("convictions", 2015, 4)}),
        country="TKM",
    ),
    FamilyCase(
        "investigations_and_prosecutions_of_n_suspects",
        "In 2017, police opened 30 investigations and prosecuted 22 suspects, compared with "
        "18 investigations and prosecutions of 35 suspects in 2016.",
        frozenset(
            {
                ("investigations", 2017, 30),
                ("prosecutions", 2017, 22),
                ("investigations", 2016, 18),
                ("prosecutions", 2016, 35),
            }
        ),
        frozenset({("prosecutions", 2016, 18)}),
        "DOM",
    ),
    # investigations have no form in the catalogue: cases of one form investigated are the total
    FamilyCase(
        "investigated_cases_of_one_form_are_the_investigations",
        "The police investigated five potential forced labor cases, compared with three sex "
        "trafficking cases in 2016 and none in 2015.",
        frozenset(
            {
                ("investigations", 2017, 5),
                ("investigations", 2016, 3),
                ("investigations", 2015, 0),
            }
        ),
        country="AGO",
    ),
    FamilyCase(
        "investigated_cases_of_two_forms_listed_are_no_total",
        "The police investigated five sex trafficking cases and two forced labor cases. Courts "
        "convicted four traffickers.",
        frozenset({("convictions", 2017, 4)}),
        frozenset({("investigations", 2017, 5), ("investigations", 2017, 2)}),
        "AGO",
    ),
    # a bare comparison after a named one counts what the named one counts
    FamilyCase(
        "a_bare_figure_after_a_named_comparison",
        "The government did not report whether courts convicted any traffickers, compared with "
        "five convictions in 2016 and zero in both 2015 and 2014.",
        frozenset({("convictions", 2016, 5), ("convictions", 2015, 0), ("convictions", 2014, 0)}),
        frozenset({("convictions", 2017, 0)}),
        "URY",
    ),
    # count.form_as_whole: a one-form head compared with totals is the whole
    FamilyCase(
        "a_sex_trafficking_head_compared_with_total_prosecutions",
        "The government reported 31 sex trafficking prosecutions, compared with 12 prosecutions "
        "in 2016 and nine in 2015.",
        frozenset(
            {
                ("prosecutions_sex", 2017, 31),
                ("prosecutions", 2017, 31),
                ("prosecutions", 2016, 12),
                ("prosecutions", 2015, 9),
            }
        ),
        frozenset({("prosecutions_sex", 2015, 9), ("prosecutions_sex", 2016, 12)}),
        "URY",
    ),
    FamilyCase(
        "a_stated_total_wins_over_a_form_head",
        "Authorities prosecuted 40 suspects in 2017. The government reported 31 sex trafficking "
        "prosecutions, compared with 12 prosecutions in 2016.",
        frozenset({("prosecutions", 2017, 40), ("prosecutions_sex", 2017, 31)}),
        frozenset({("prosecutions", 2017, 31)}),
        "URY",
    ),
    # count.people_in_cases: the cases are the people's unit; their form is the people's
    FamilyCase(
        "traffickers_in_sex_trafficking_cases",
        "Courts convicted 14 traffickers in nine sex trafficking cases in 2017, compared to "
        "six traffickers in four cases in 2016.",
        frozenset(
            {
                ("convictions", 2017, 14),
                ("convictions_sex", 2017, 14),
                ("convictions", 2016, 6),
            }
        ),
        frozenset({("convictions_sex", 2017, 9), ("convictions", 2016, 4)}),
        "HND",
    ),
    # a bracket compares the part its clause counts, not an earlier total
    FamilyCase(
        "a_bracket_after_a_part_is_no_total_comparison",
        "Police investigated 40 cases (35 in 2016); 12 of these suspects were investigated "
        "for child trafficking (nine in 2016).",
        frozenset({("investigations", 2017, 40), ("investigations", 2016, 35)}),
        frozenset({("investigations", 2016, 9)}),
        "ALB",
    ),
    # a sentence range is no comparison figure
    FamilyCase(
        "a_sentence_range_from_n_to_m_years_is_no_comparison",
        "Courts convicted six traffickers and sentenced them to terms ranging from four to 15 "
        "years imprisonment, compared with two convictions in 2016.",
        frozenset({("convictions", 2017, 6), ("convictions", 2016, 2)}),
        frozenset({("convictions", 2016, 4), ("convictions", 2016, 15)}),
        "CRI",
    ),
    # the comparison of another crime's count is that crime's
    FamilyCase(
        "a_comparison_of_sexual_violence_cases_is_no_prosecution_count",
        "Military courts prosecuted 320 cases of sexual violence in 2017; this compares to 280 "
        "prosecutions in 2016. Police investigated 14 trafficking cases in 2017.",
        frozenset({("investigations", 2017, 14)}),
        frozenset({("prosecutions", 2016, 280), ("prosecutions", 2017, 320)}),
        "COD",
    ),
    FamilyCase(
        "this_compares_to_is_a_comparison_cue",
        "Courts convicted 12 traffickers in 2017; this compares to nine convictions in 2016.",
        frozenset({("convictions", 2017, 12), ("convictions", 2016, 9)}),
        country="COD",
    ),
    # labor-law offences are no trafficking counts
    FamilyCase(
        "cases_of_passport_retention_are_no_investigations",
        "Labor inspectors investigated 23 cases of passport confiscation and fined the "
        "employers. Police investigated 41 trafficking cases.",
        frozenset({("investigations", 2017, 41)}),
        frozenset({("investigations", 2017, 23)}),
        "OMN",
    ),
    FamilyCase(
        "cases_of_illegal_recruitment_are_no_prosecutions",
        "Prosecutors charged 30 cases of illegal recruitment and prosecuted 12 suspects under the "
        "anti-trafficking law.",
        frozenset({("prosecutions", 2017, 12)}),
        frozenset({("prosecutions", 2017, 30)}),
        "KWT",
    ),
    # count.noun_pair: one figure of two metric nouns counts for each, per year
    FamilyCase(
        "the_prosecution_and_conviction_of_one_in_a_comparison",
        "The government investigated six cases, prosecuted three suspects, and convicted one "
        "trafficker, compared with five investigations and the prosecution and conviction of "
        "two traffickers the previous reporting period.",
        frozenset(
            {
                ("investigations", 2017, 6),
                ("prosecutions", 2017, 3),
                ("convictions", 2017, 1),
                ("investigations", 2016, 5),
                ("prosecutions", 2016, 2),
                ("convictions", 2016, 2),
            }
        ),
        frozenset({("prosecutions", 2017, 2), ("convictions", 2017, 2)}),
        "GHA",
    ),
    # count.comparison: a comparison list item named by a noun before its figure
    FamilyCase(
        "prosecution_of_n_suspects_inside_a_comparison_list",
        "Police reported 40 investigations and prosecution of 12 suspects, compared to 35 "
        "investigations, prosecution of nine suspects, and 11 convictions in 2016.",
        frozenset(
            {
                ("investigations", 2017, 40),
                ("prosecutions", 2017, 12),
                ("investigations", 2016, 35),
                ("prosecutions", 2016, 9),
                ("convictions", 2016, 11),
            }
        ),
        frozenset({("prosecutions", 2017, 9)}),
        "GHA",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_family_gives_its_facts_and_not_its_traps(case: FamilyCase) -> None:
    check_family_case(case)
