"""Ingest: one transaction per document, nothing redone, bad input told and nothing lost."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from etl.pipeline import ingest
from etl.warehouse import DatabaseUnavailable, Warehouse
from tests.conftest import BUNDLED_REPORTS, table_counts

STAGING = [
    "staging.documents",
    "staging.sentences",
    "staging.facts",
    "staging.funding_facts",
    "staging.directions",
]
NARRATIVE = (
    "KAZAKHSTAN (Tier 2)\n\nThe government identified 40 trafficking victims in 2019, "
    "a decrease from 83 in 2018. Courts convicted 12 traffickers in 2019.\n"
)


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    shutil.copytree(BUNDLED_REPORTS, folder)
    return folder


def test_bundled_reports_load_with_their_facts(warehouse: Warehouse, reports: Path) -> None:
    report = ingest(warehouse, sorted(reports.iterdir()), command="test")
    assert report.ok and len(report.loaded) == 5
    counts = table_counts(warehouse, STAGING)
    assert counts["staging.documents"] == 5
    assert counts["staging.facts"] > 30 and counts["staging.funding_facts"] >= 5
    with warehouse.connect() as conn:
        orphan = conn.execute(
            "select count(*) from staging.facts f left join staging.sentences s"
            " using (document_id, sentence_no) where s.document_id is null"
        ).fetchone()[0]
        spans_inside = conn.execute(
            "select bool_and(f.start_char >= s.start_char and f.end_char <= s.end_char)"
            " from staging.facts f join staging.sentences s using (document_id, sentence_no)"
        ).fetchone()[0]
    assert orphan == 0 and spans_inside


def test_loading_the_same_files_again_changes_nothing(warehouse: Warehouse, reports: Path) -> None:
    files = sorted(reports.iterdir())
    ingest(warehouse, files, command="test")
    before = table_counts(warehouse, STAGING)
    again = ingest(warehouse, files, command="test")
    assert again.loaded == [] and len(again.skipped) == 5
    assert table_counts(warehouse, STAGING) == before


def test_a_changed_file_supersedes_its_earlier_version(
    warehouse: Warehouse, tmp_path: Path
) -> None:
    path = tmp_path / "kaz-2020.txt"
    path.write_text(NARRATIVE)
    ingest(warehouse, [path], command="test")
    path.write_text(NARRATIVE.replace("12 traffickers", "14 traffickers"))
    ingest(warehouse, [path], command="test")
    with warehouse.connect() as conn:
        rows = conn.execute(
            "select d.superseded_at is null, f.value from staging.documents d"
            " join staging.facts f using (document_id) where f.metric = 'convictions'"
            " order by d.document_id"
        ).fetchall()
        links = conn.execute(
            "select document_id, superseded_by from staging.documents order by document_id"
        ).fetchall()
    assert rows == [(False, 12), (True, 14)]
    (old_id, old_successor), (new_id, new_successor) = links
    assert old_successor == new_id and new_successor is None and new_id != old_id


def test_a_file_changed_back_becomes_current_again(warehouse: Warehouse, tmp_path: Path) -> None:
    path = tmp_path / "kaz-2020.txt"
    for text in (NARRATIVE, NARRATIVE.replace("12 traffickers", "14 traffickers"), NARRATIVE):
        path.write_text(text)
        assert ingest(warehouse, [path], command="test").ok
    with warehouse.connect() as conn:
        current = conn.execute(
            "select f.value from staging.documents d join staging.facts f using (document_id)"
            " where d.superseded_at is null and f.metric = 'convictions'"
        ).fetchall()
    assert current == [(12,)]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n ", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" * 20, "binary"),
        ("nowhere.txt", b"The government identified 12 victims in 2019.\n", "no country"),
    ],
)
def test_bad_input_is_reported_and_earlier_documents_stay(
    warehouse: Warehouse, reports: Path, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    ingest(warehouse, sorted(reports.iterdir()), command="test")
    before = table_counts(warehouse, STAGING)
    bad = tmp_path / name
    bad.write_bytes(content)
    report = ingest(warehouse, [bad], command="test")
    assert not report.ok
    assert message in report.failed[str(bad)] and str(bad) in report.failed[str(bad)]
    assert table_counts(warehouse, STAGING) == before
    with warehouse.connect() as conn:
        logged = conn.execute(
            "select e.error, r.status from staging.load_errors e join staging.load_runs r"
            " using (run_id) where e.source_path = %s",
            (str(bad),),
        ).fetchone()
    assert logged is not None and message in logged[0] and logged[1] == "failed"


def test_a_latin1_file_loads_with_a_warning(warehouse: Warehouse, tmp_path: Path) -> None:
    path = tmp_path / "kaz-2020-latin1.txt"
    path.write_bytes(NARRATIVE.replace("government", "gouvernement côté").encode("latin-1"))
    report = ingest(warehouse, [path], command="test")
    assert report.ok and report.loaded == [str(path)]
    assert any("UTF-8" in w for w in report.warnings[str(path)])
    with warehouse.connect() as conn:
        body = conn.execute("select body from staging.documents").fetchone()[0]
    assert "côté" in body


def test_a_database_that_is_down_stops_with_a_clear_error(tmp_path: Path, reports: Path) -> None:
    down = Warehouse(url=f"postgresql://postgres@/postgres?host={tmp_path}")
    with pytest.raises(DatabaseUnavailable, match="cannot connect"):
        ingest(down, sorted(reports.iterdir()), command="test")


def test_a_figure_out_of_range_fails_its_file_only(warehouse: Warehouse, tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    huge.write_text(NARRATIVE.replace("40 trafficking", "99999999999999999999 trafficking"))
    fine = tmp_path / "fine.txt"
    fine.write_text(NARRATIVE)
    report = ingest(warehouse, [huge, fine], command="test")
    assert list(report.failed) == [str(huge)]
    assert "rejected by the staging schema" in report.failed[str(huge)]
    assert report.loaded == [str(fine)]
    assert table_counts(warehouse, ["staging.documents"]) == {"staging.documents": 1}


def test_a_file_of_two_narratives_loads_as_two_documents(
    warehouse: Warehouse, tmp_path: Path
) -> None:
    both = tmp_path / "both.txt"
    both.write_text(NARRATIVE + "\n" + NARRATIVE.replace("KAZAKHSTAN", "GEORGIA"))
    report = ingest(warehouse, [both], command="test")
    assert report.ok and report.loaded == [f"{both}#kazakhstan", f"{both}#georgia"]
    with warehouse.connect() as conn:
        rows = conn.execute(
            "select d.country_iso3, f.value from staging.facts f join staging.documents d"
            " using (document_id) where f.metric = 'convictions' order by 1"
        ).fetchall()
    assert rows == [("GEO", 12), ("KAZ", 12)]
    again = ingest(warehouse, [both], command="test")
    assert again.loaded == [] and len(again.skipped) == 2
