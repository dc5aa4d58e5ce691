"""The golden snapshot of every mart, built from the bundled reports (the seeds'
texts) and the development passages (many countries and report years).

    uv run python -m tests.transform.golden --update   # after a deliberate change of the marts

Captured before the dbt project was reorganised for scale; the marts must stay the same.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from pathlib import Path

from etl.pipeline import ingest
from etl.read import discover_files
from etl.transform.mart_snapshot import Snapshot, relative_paths, snapshot_marts
from etl.transform.run_dbt import transform
from etl.warehouse import Warehouse, open_warehouse
from etl.warehouse.migrate import upgrade
from etl.warehouse.roles import ensure_reader

PROJECT_ROOT = Path(__file__).resolve().parents[2]
FIXTURES = PROJECT_ROOT / "tests" / "fixtures" / "marts"
SOURCES = {
    "bundled_reports": PROJECT_ROOT / "data" / "reports",
    "passages": PROJECT_ROOT / "tests" / "fixtures",
}


def golden_path(name: str) -> Path:
    return FIXTURES / f"{name}.json"


def build_snapshot(warehouse: Warehouse, source: Path) -> Snapshot:
    """Ingest `source` into a migrated, empty warehouse, build the marts, snapshot them."""
    upgrade(warehouse)
    ensure_reader(warehouse)  # the marts are granted to it
    ingest(warehouse, discover_files([str(source)]), command="golden")
    transform(warehouse, force=True)
    return relative_paths(snapshot_marts(warehouse), source)


def write_golden(name: str, snapshot: Snapshot) -> None:
    FIXTURES.mkdir(parents=True, exist_ok=True)
    text = json.dumps(snapshot, indent=1, sort_keys=True, ensure_ascii=False)
    golden_path(name).write_text(text + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="rewrite the golden files")
    args = parser.parse_args()
    os.environ.pop("DATABASE_URL", None)
    for name, source in SOURCES.items():
        if not source.exists():
            print(f"{name}: {source} absent, skipped")
            continue
        with (
            tempfile.TemporaryDirectory(prefix="tipwh-golden-") as tmp,
            open_warehouse(Path(tmp) / "pg") as wh,
        ):
            snapshot = build_snapshot(wh, source)
        if args.update:
            write_golden(name, snapshot)
        rows = sum(len(r) for r in snapshot.values())
        print(f"{name}: {len(snapshot)} marts, {rows} rows")


if __name__ == "__main__":
    main()
