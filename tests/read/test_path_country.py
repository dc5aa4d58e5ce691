"""A path names a country only by a whole name; a path and a text that disagree name none."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.read import detect_metadata, read_document

NORTH = (
    "KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF: Tier 3\n\n"
    "The Government of the DPRK did not protect trafficking victims.\n"
)


@pytest.mark.parametrize(
    ("path", "iso3"),
    [
        ("in/kazakhstan.txt", "KAZ"),
        ("in/korea-democratic-people-s-republic-of.txt", "PRK"),
        ("in/korea-republic-of.txt", "KOR"),
        ("in/congo-democratic-republic-of-the.txt", "COD"),
        ("in/congo-republic-of-the.txt", "COG"),
        ("reports/2019/georgia.txt", "GEO"),
        ("data/nga-2023-prosecution.txt", "NGA"),
        ("in/nga/report.txt", "NGA"),
    ],
)
def test_a_whole_name_or_slug_or_code_names_the_country(path: str, iso3: str) -> None:
    assert detect_metadata("Nothing to see here.", path).country_iso3 == iso3


@pytest.mark.parametrize(
    "path",
    ["in/korea-democratic-people-s-front.txt", "in/kazakhstan-protection.txt", "in/n001.txt"],
)
def test_a_half_match_names_nothing(path: str) -> None:
    meta = detect_metadata("Nothing to see here.", path)
    assert meta.country_iso3 is None and "country" not in meta.sources
    assert detect_metadata(NORTH, path).country_iso3 == "PRK"


def test_the_full_slug_of_north_korea_agrees_with_its_text(tmp_path: Path) -> None:
    path = tmp_path / "korea-democratic-people-s-republic-of.txt"
    path.write_text(NORTH, encoding="utf-8")
    doc = read_document(path)
    assert doc.metadata.country_iso3 == "PRK"
    assert not any(w.startswith("country") for w in doc.warnings)


def test_a_path_that_contradicts_the_text_gives_no_country_and_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "korea-republic-of.txt"
    path.write_text(NORTH, encoding="utf-8")
    doc = read_document(path)
    assert doc.metadata.country_iso3 is None and doc.metadata.tier == "Tier 3"
    assert "country not found: the path says KOR but the text says PRK" in doc.warnings[0]
    settled = read_document(path, country="PRK")
    assert settled.metadata.country_iso3 == "PRK" and settled.metadata.sources["country"] == "flag"


def test_a_path_year_that_contradicts_a_header_year_gives_no_year() -> None:
    meta = detect_metadata("GEORGIA: Tier 1\n\n2023 TIP Report\n\nThe state acted.", "r/2019/x.txt")
    assert meta.report_year is None and meta.country_iso3 == "GEO"
    assert meta.warnings == (
        "report year not found: the path says 2019 but the text says 2023;"
        " name it with --report-year",
    )
    assert detect_metadata("The state acted.", "r/2019/x.txt").report_year == 2019
