"""A document is its absolute, resolved path and its text: relative paths from two folders
are two files, and two files that swap contents both update."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.pipeline import ingest
from etl.warehouse import Warehouse
from tests.reliability.conftest import NARRATIVE


def _current(wh: Warehouse) -> dict[str, int]:
    """Current documents by path, with their convictions figure."""
    with wh.connect() as conn:
        rows = conn.execute(
            "select d.source_path, f.value from staging.documents d join staging.facts f"
            " using (document_id) where d.superseded_at is null and f.metric = 'convictions'"
        ).fetchall()
    return dict(rows)


def test_the_same_relative_path_in_two_folders_is_two_documents(
    warehouse: Warehouse, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for folder, convicted in (("one", 12), ("two", 14)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "kaz-2020.txt").write_text(
            NARRATIVE.format(victims=40, convicted=convicted)
        )
    for folder in ("one", "two"):
        monkeypatch.chdir(tmp_path / folder)
        assert ingest(warehouse, [Path("kaz-2020.txt")], command="test").ok
    assert _current(warehouse) == {
        str((tmp_path / "one" / "kaz-2020.txt").resolve()): 12,
        str((tmp_path / "two" / "kaz-2020.txt").resolve()): 14,
    }


def test_the_same_text_at_two_paths_is_two_documents(warehouse: Warehouse, tmp_path: Path) -> None:
    text = NARRATIVE.format(victims=40, convicted=12)
    paths = [tmp_path / "kaz-2020-a.txt", tmp_path / "kaz-2020-b.txt"]
    for path in paths:
        path.write_text(text)
    report = ingest(warehouse, paths, command="test")
    assert report.ok and len(report.loaded) == 2
    assert _current(warehouse) == {str(p): 12 for p in paths}


def test_two_files_that_swap_contents_both_update(warehouse: Warehouse, tmp_path: Path) -> None:
    a, b = tmp_path / "kaz-2020-a.txt", tmp_path / "kaz-2020-b.txt"
    first, second = (NARRATIVE.format(victims=40, convicted=n) for n in (12, 14))
    a.write_text(first)
    b.write_text(second)
    assert ingest(warehouse, [a, b], command="test").ok
    a.write_text(second)
    b.write_text(first)
    report = ingest(warehouse, [a, b], command="test")
    assert report.ok and len(report.loaded) == 2
    assert _current(warehouse) == {str(a): 14, str(b): 12}
