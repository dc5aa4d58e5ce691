"""Funding: allocations in the local currency with the printed dollars, their purpose and
year; fines, compensation, allowances and deltas are not allocations."""

from __future__ import annotations

import pytest

from tests.extract.helpers import funding, run


def test_total_and_sub_amounts_get_their_own_purposes() -> None:
    text = (
        "In 2016, the government allocated at least 30.5 million Kazakhstani tenge (KZT) "
        "($91,000) to direct victim assistance, including 28 million KZT ($83,500) for shelter "
        "assistance and 2.5 million KZT ($7,500) for victim assistance during investigations."
    )
    assert funding(text) == {
        (2016, "victim_assistance", "KZT", 30_500_000, 91_000),
        (2016, "shelters", "KZT", 28_000_000, 83_500),
        (2016, "victim_assistance_investigations", "KZT", 2_500_000, 7_500),
    }
    assert [f.qualifier for f in run(text).funding] == ["at least", None, None]


def test_increase_from_compares_with_the_total_not_the_last_part() -> None:
    text = (
        "The government allocated 30 million KZT ($90,000) to direct victim assistance, "
        "including 29 million KZT ($87,000) for shelters and one million KZT ($3,000) for "
        "victim assistance during investigations, an increase from 6.1 million KZT ($18,300) "
        "in 2015."
    )
    assert (2015, "victim_assistance", "KZT", 6_100_000, 18_300) in funding(text)


def test_decrease_of_percent_from_an_earlier_amount() -> None:
    text = (
        "The government allocated 70 million KZT ($184,000) to direct victim assistance; this "
        "was a decrease of more than 20 percent from 90 million KZT ($236,000) allocated in 2018."
    )
    assert funding(text, report_year=2020) == {
        (2019, "victim_assistance", "KZT", 70_000_000, 184_000),
        (2018, "victim_assistance", "KZT", 90_000_000, 236_000),
    }


def test_previous_year_allocation_takes_the_purpose_of_the_sentence_before() -> None:
    text = (
        "The government allocated an undisclosed amount of funding to NGOs for prevention "
        "projects, including awareness campaigns. "
        "The government allocated 8.5 million KZT (\\$25,500) during the previous year."
    )
    assert funding(text) == {(2015, "prevention", "KZT", 8_500_000, 25_500)}


def test_fines_are_not_funding() -> None:
    text = (
        "The law prescribed a minimum penalty of two years' imprisonment and a fine of "
        "300,000 naira ($800). A court fined an official 2,500 lei ($140). The government "
        "allocated 5 million naira ($13,700) for victim assistance."
    )
    assert funding(text, country="NGA", report_year=2023) == {
        (2022, "victim_assistance", "NGN", 5_000_000, 13_700)
    }


def test_compensation_allowances_and_salaries_are_not_funding() -> None:
    text = (
        "The court ordered the traffickers to pay a victim 750,000 lei ($43,000). Victims "
        "received a one-time allowance of 500 manat ($290) and a monthly stipend of 100 manat "
        "($58) per month. The government allocated 1.2 million lei ($70,000) for victim "
        "assistance."
    )
    assert funding(text, country="MDA", report_year=2019) == {
        (2018, "victim_assistance", "MDL", 1_200_000, 70_000)
    }


def test_increase_of_delta_is_not_funding() -> None:
    text = (
        "The government allocated 26 million pesos ($500,000) for the reintegration of "
        "trafficking victims, an increase of approximately 1.5 million pesos ($29,000)."
    )
    assert funding(text, country="PHL", report_year=2018) == {
        (2017, "victim_assistance", "PHP", 26_000_000, 500_000)
    }


def test_bare_currency_names_resolve_by_the_report_country() -> None:
    text = "The government allocated 1.1 million lei ($60,000) for victim services."
    assert funding(text, country="MDA", report_year=2020) == {
        (2019, "victim_assistance", "MDL", 1_100_000, 60_000)
    }
    assert funding(text, country="ROU", report_year=2020) == {
        (2019, "victim_assistance", "RON", 1_100_000, 60_000)
    }
    text = "The government allocated 130,000 manat ($76,000) for victim protection."
    assert {f[2] for f in funding(text, country="AZE")} == {"AZN"}
    assert {f[2] for f in funding(text, country="TKM")} == {"TMT"}


def test_pdf_euro_sign_is_eur_in_a_territory_without_an_iso_code() -> None:
    text = "The government allocated \u202290,000 ($108,000) for victim protection."
    assert funding(text, country="XKX", report_year=2019) == {
        (2018, "victim_assistance", "EUR", 90_000, 108_000)
    }
    kazakh = funding(text, country="KAZ", report_year=2019)
    assert kazakh and "EUR" not in {f[2] for f in kazakh}


def test_same_amount_for_two_earlier_years() -> None:
    text = (
        "The unit spent approximately 600,000 TTD ($89,000) on victim care and protection, a "
        "decrease from one million TTD ($148,000) in 2015 and 2014."
    )
    assert funding(text, country="TTO", report_year=2017) == {
        (2016, "victim_assistance", "TTD", 600_000, 89_000),
        (2015, "victim_assistance", "TTD", 1_000_000, 148_000),
        (2014, "victim_assistance", "TTD", 1_000_000, 148_000),
    }


def test_dollar_only_allocation_has_no_local_amount_outside_dollar_countries() -> None:
    text = "The government allocated $42,000 for victim assistance during 2007."
    assert funding(text, country="KAZ", report_year=2008) == {
        (2007, "victim_assistance", None, None, 42_000)
    }
    # Where the dollar is the country's currency, it is the local amount too.
    assert funding(text, country="ECU", report_year=2008) == {
        (2007, "victim_assistance", "USD", 42_000, 42_000)
    }


def test_zimbabwe_dollars_only_count_as_local_once_the_dollar_was_its_currency() -> None:
    text = "The government allocated $15,000 to a shelter for trafficking victims."
    assert funding(text, country="ZWE", report_year=2018) == {
        (2017, "shelters", "USD", 15_000, 15_000)
    }
    assert funding(text, country="ZWE", report_year=2006) == {
        (2005, "shelters", None, None, 15_000)
    }


@pytest.mark.parametrize(
    ("country", "report_year", "code"),
    [("SLE", 2018, "SLL"), ("SLE", 2024, "SLE"), ("VEN", 2016, "VEF"), ("VEN", 2021, "VES")],
)
def test_currency_is_the_one_in_force_in_the_reporting_year(
    country: str, report_year: int, code: str
) -> None:
    name = "leones" if country == "SLE" else "bolivars"
    text = f"The ministry allocated 50 million {name} ($6,500) for awareness campaigns."
    assert funding(text, country=country, report_year=report_year) == {
        (report_year - 1, "prevention", code, 50_000_000, 6_500)
    }


def test_foreign_donor_money_is_not_government_funding() -> None:
    text = (
        "The government failed to channel a Swiss-funded grant (approximately $2 million) to "
        "NGOs for victim assistance. The government allocated 1.2 million lei ($300,000) for "
        "victim assistance."
    )
    assert funding(text, country="ROU", report_year=2018) == {
        (2017, "victim_assistance", "RON", 1_200_000, 300_000)
    }


def test_money_to_ngo_shelters_is_shelter_funding_with_its_comparison() -> None:
    text = (
        "The government provided 18 million lek ($160,000) to NGO-run shelters to support 25 "
        "staff salaries, compared to 14 million lek ($126,000) to support 20 staff salaries in "
        "2016."
    )
    assert funding(text, country="ALB", report_year=2018) == {
        (2017, "shelters", "ALL", 18_000_000, 160_000),
        (2016, "shelters", "ALL", 14_000_000, 126_000),
    }


def test_amounts_are_not_counts() -> None:
    text = "The government allocated 20 million KZT ($60,000) to shelters for 45 victims."
    ex = run(text)
    assert ex.counts == ()
    assert [(f.purpose, f.amount_local) for f in ex.funding] == [("shelters", 20_000_000)]


def test_year_later_in_the_amounts_own_clause() -> None:
    text = "PROTECTION\n\nThe government allocated 24 million KZT ($72,007) for shelters in 2015."
    assert funding(text, report_year=2017) == {(2015, "shelters", "KZT", 24_000_000, 72_007)}


def test_year_of_a_comparison_after_the_amount_is_not_its_year() -> None:
    text = (
        "PROTECTION\n\nThe government allocated 24 million KZT ($72,007) for shelters, compared "
        "with none in 2015."
    )
    assert funding(text, report_year=2017) == {(2016, "shelters", "KZT", 24_000_000, 72_007)}
