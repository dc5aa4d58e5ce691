"""`tipwh ingest` output at scale: the first failures one by one, then how many more."""

from __future__ import annotations

from pathlib import Path

from etl.cli.ingest import SHOWN_MESSAGES
from etl.warehouse import Warehouse


def test_many_failures_print_the_first_ones_and_a_count(  # type: ignore[no-untyped-def]
    warehouse: Warehouse, tipwh, tmp_path: Path
) -> None:
    for n in range(SHOWN_MESSAGES + 3):
        (tmp_path / f"note-{n:02d}.txt").write_text("Trafficking victims were found here.\n")
    (tmp_path / "kazakhstan-2020.txt").write_text(
        "KAZAKHSTAN: Tier 2\n\nThe government identified 40 trafficking victims in 2019.\n"
    )
    outcome = tipwh("ingest", str(tmp_path))
    assert outcome.code == 1
    failed_lines = [line for line in outcome.err.splitlines() if line.startswith("failed:")]
    assert len(failed_lines) == SHOWN_MESSAGES + 1
    assert "note-00.txt" in failed_lines[0] and "no country" in failed_lines[0]
    assert "... and 3 more failures" in failed_lines[-1]
    assert f"ingest: 1 loaded, 0 unchanged, {SHOWN_MESSAGES + 3} failed" in outcome.err
