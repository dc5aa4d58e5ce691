"""Count phrasings, sixth batch: foreign victims stated as a share, the whole or "both",
zeros over two nouns or two periods, continued cases, a second form after a comparison,
prosecutions counted in defendants and the calls of a trafficking hotline."""

from __future__ import annotations

from tests.extract.helpers import CONVICTED_12, counts


def _foreign(found: set[tuple]) -> set[tuple]:
    return {f for f in found if f[0] == "victims_identified_foreign"}


def test_only_n_of_the_victims_identified_were_foreign() -> None:
    text = (
        "Officials identified 40 victims of trafficking in 2015, compared with 33 in 2014. "
        "Only three of the victims identified were foreign nationals."
    )
    assert ("victims_identified_foreign", 2015, 3) in counts(text, "KGZ", 2016)


def test_all_identified_victims_foreign_is_the_total() -> None:
    text = (
        "Police identified nine possible victims in 2019, compared with 14 in 2018. "
        "All of the identified victims were foreign nationals."
    )
    assert ("victims_identified_foreign", 2019, 9) in counts(text, "NOR", 2020)


def test_both_were_of_another_nationality() -> None:
    text = (
        "In 2020, officials identified two victims of forced labor. Both were Filipino fishermen."
    )
    assert ("victims_identified_foreign", 2020, 2) in counts(text, "MYS", 2021)


def test_both_were_own_nationals_is_not_foreign() -> None:
    text = (
        "In 2020, officials identified two victims of forced labor. Both were Malaysian fishermen."
    )
    assert counts(text, "MYS", 2021) == {("victims_identified_labor", 2020, 2)}


def test_both_after_a_larger_count_is_not_foreign() -> None:
    text = "In 2020, officials identified five victims of forced labor. Both were Thai."
    assert counts(text, "MYS", 2021) == {("victims_identified_labor", 2020, 5)}


def test_of_the_new_clients_foreign_share() -> None:
    text = (
        "In 2019, the national assistance system admitted 120 new potential trafficking "
        "victims, compared with 95 in 2018. Of the new clients, 70 were foreign nationals."
    )
    found = counts(text, "FIN", 2020)
    assert ("victims_identified", 2019, 120) in found
    assert ("victims_identified_foreign", 2019, 70) in found


def test_no_new_investigations_or_prosecutions_and_continued_cases() -> None:
    text = (
        "The government did not initiate any new investigations or prosecutions during the "
        "reporting period. It continued three prosecutions begun in earlier years."
    )
    found = counts(text, "SLE", 2019)
    assert ("investigations", 2018, 0) in found
    assert ("prosecutions", 2018, 0) in found
    assert ("prosecutions", 2018, 3) not in found


def test_convicted_no_traffickers_same_as_previous_period() -> None:
    text = "The government convicted no traffickers, the same as in the previous reporting period."
    found = counts(text, "SLE", 2019)
    assert ("convictions", 2018, 0) in found
    assert ("convictions", 2017, 0) in found


def test_compared_with_no_victims_identified_in_earlier_year() -> None:
    text = (
        "In 2021, officials identified four victims of sex trafficking, compared with no "
        "victims identified in 2020."
    )
    found = counts(text, "BRN", 2022)
    assert ("victims_identified", 2020, 0) in found
    assert ("victims_identified_sex", 2021, 4) in found


def test_second_form_after_a_comparison_takes_the_head_year() -> None:
    text = (
        "Officials identified 300 victims of sex trafficking in 2012, compared with 280 in "
        "2011, and 25 victims of labor trafficking."
    )
    found = counts(text, "AUT", 2013)
    assert ("victims_identified_labor", 2012, 25) in found
    assert ("victims_identified_labor", 2011, 25) not in found


def test_prosecutors_initiated_cases_against_defendants() -> None:
    text = "Prosecutors initiated cases against nine defendants in 2010."
    assert ("prosecutions", 2010, 9) in counts(text, "HRV", 2011)


def test_police_opened_cases_against_suspects_is_not_prosecutions() -> None:
    text = "Police opened cases against 12 suspects in 2010." + CONVICTED_12
    assert counts(text, "HRV", 2011) == {("convictions", 2010, 12)}


def test_trafficking_hotline_counts_all_calls() -> None:
    text = (
        "In 2022, the anti-trafficking hotline received 500 calls, 40 of which concerned "
        "possible trafficking."
    )
    found = counts(text, "LSO", 2023)
    assert ("hotline_calls", 2022, 500) in found
    assert ("hotline_calls", 2022, 40) not in found


def test_general_ngo_hotline_counts_the_trafficking_share() -> None:
    text = (
        "In 2022, an NGO-operated hotline received 900 calls, 15 of which related to trafficking."
    )
    found = counts(text, "MNG", 2023)
    assert ("hotline_calls", 2022, 15) in found
    assert ("hotline_calls", 2022, 900) not in found
