"""Ingest in worker processes loads exactly what ingest in one process loads, in file order."""

from __future__ import annotations

import shutil
from pathlib import Path

from etl.pipeline import ingest
from etl.warehouse import Warehouse
from etl.warehouse.migrate import upgrade
from etl.workers import IN_PROCESS_LIMIT, extract_files
from tests.conftest import BUNDLED_REPORTS, PROJECT_ROOT, new_database

PASSAGES = PROJECT_ROOT / "tests" / "fixtures" / "dev"
STAGED_FACTS = """
select d.source_path, f.metric, f.year, f.value, f.start_char, f.rule
from staging.facts f join staging.documents d using (document_id)
order by 1, 5, 2, 3
"""


def _corpus(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "corpus"
    shutil.copytree(BUNDLED_REPORTS, folder / "reports")
    shutil.copytree(PASSAGES, folder / "passages")
    (folder / "passages" / "no-country-here.txt").write_text("Nothing to say.\n")
    return sorted(p for p in folder.rglob("*.txt"))


def _staged(wh: Warehouse) -> tuple[list[tuple], list[str]]:
    """The staged facts, and the documents' paths in the order they were written."""
    with wh.connect() as conn:
        facts = conn.execute(STAGED_FACTS).fetchall()
        written = conn.execute("select source_path from staging.documents order by document_id")
        return facts, [r[0] for r in written]


def test_workers_load_what_one_process_loads(
    warehouse: Warehouse, server_url: str, tmp_path: Path
) -> None:
    files = _corpus(tmp_path)
    assert len(files) > IN_PROCESS_LIMIT
    parallel = ingest(warehouse, files, command="test", workers=2)
    with new_database(server_url) as other:
        upgrade(other)
        serial = ingest(other, files, command="test", workers=1)
        expected_facts, expected_order = _staged(other)
    facts, order = _staged(warehouse)
    assert len(parallel.loaded) == len(serial.loaded) > 40
    assert parallel.failed.keys() == serial.failed.keys()
    assert any("no-country-here" in name for name in parallel.failed)
    assert len(facts) > 100 and facts == expected_facts
    assert order == expected_order  # documents are written in file order


def test_a_second_parallel_ingest_skips_every_file_before_reading(
    warehouse: Warehouse, tmp_path: Path
) -> None:
    files = _corpus(tmp_path)
    first = ingest(warehouse, files, command="test", workers=2)
    again = ingest(warehouse, files, command="test", workers=2)
    assert len(first.loaded) > 40
    assert again.loaded == [] and len(again.skipped) == len(first.loaded)


def test_an_unreadable_file_is_told_by_the_worker(tmp_path: Path) -> None:
    files = _corpus(tmp_path)[:IN_PROCESS_LIMIT]
    files.append(tmp_path / "missing.txt")
    outcomes = list(extract_files(files, workers=2))
    assert len(outcomes) == len(files)
    assert all(o.error is None and o.items for o in outcomes[:-1])
    assert outcomes[-1].items == [] and "missing.txt" in (outcomes[-1].error or "")


def test_an_extraction_started_before_the_warehouse_opened_loads_the_same(
    warehouse: Warehouse, server_url: str, tmp_path: Path
) -> None:
    files = _corpus(tmp_path)
    early = extract_files(files, workers=2, for_loading=True)  # no database exists yet
    with new_database(server_url) as other:
        upgrade(other)
        report = ingest(other, files, command="test", extracted=early)
        facts, order = _staged(other)
    assert next(early, None) is None  # the ingest took every outcome of it
    serial = ingest(warehouse, files, command="test", workers=1)
    assert len(report.loaded) == len(serial.loaded) > 40
    assert report.failed.keys() == serial.failed.keys()
    assert len(facts) > 100 and (facts, order) == _staged(warehouse)
    # files found stored are skipped: what was extracted of them is dropped
    again = extract_files(files, workers=2, for_loading=True)
    skipped = ingest(warehouse, files, command="test", extracted=again)
    assert skipped.loaded == [] and len(skipped.skipped) == len(serial.loaded)
