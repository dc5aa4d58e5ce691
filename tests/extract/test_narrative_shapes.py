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
