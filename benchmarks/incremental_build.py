"""dbt after one new narrative: the incremental build against a full one, and their marts.

    uv run --group bench python benchmarks/incremental_build.py [--years 2016-2018]
        [--copies 1] [--limit 300] [--corpus DIR] [--data-dir DIR] [--out FILE.json]
        [--profile FILE.txt]

On a TIP-scale corpus (benchmarks/tip_corpus.py; `--corpus` reuses one) loaded into an
embedded PostgreSQL (`--data-dir` keeps it, and a second run skips the unchanged texts):
  1. a full `dbt build` (tipwh transform --force), timed node by node;
  2. one new narrative (Angola's 2026 report) and one superseded (another text of a loaded
     path), ingested, then the incremental build, timed node by node;
  3. the marts it made against those of a full build of the same staging, row for row.
Prints the JSON (and writes it to --out): seconds, the incremental build's share of the
full one, the countries rebuilt, the slowest nodes, whether the marts are equal.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from tip_corpus import SOURCE, generate, narrative, parse_years  # noqa: E402

from etl.pipeline import ingest  # noqa: E402
from etl.read import discover_files  # noqa: E402
from etl.transform.mart_snapshot import differences, snapshot_marts  # noqa: E402
from etl.transform.run_dbt import DBT_PROJECT_DIR, TransformResult, transform  # noqa: E402
from etl.warehouse import Warehouse, open_warehouse  # noqa: E402
from etl.warehouse.migrate import upgrade  # noqa: E402
from etl.warehouse.roles import ensure_reader  # noqa: E402

FIRST_NEW_REPORT_YEAR = 2026


def add_and_supersede(corpus: Path) -> list[Path]:
    """A narrative of a report year the corpus lacks (Angola's 2026 report, else the next
    year's when a run before added it), and a new text of a loaded path (Albania's)."""
    source = SOURCE / "angola.txt"
    year = FIRST_NEW_REPORT_YEAR
    while (corpus / str(year) / source.name).exists():
        year += 1
    new = corpus / str(year) / source.name
    new.parent.mkdir(parents=True, exist_ok=True)
    new.write_text(narrative(source.read_text(encoding="utf-8"), year, 1, "angola"))
    superseded = next(p for p in sorted(corpus.rglob("albania.txt")))
    original = (SOURCE / "albania.txt").read_text(encoding="utf-8")
    report_year = int(superseded.parent.name)
    text = superseded.read_text(encoding="utf-8")
    for copy in (9, 8):  # other figures than the text there now
        if (changed := narrative(original, report_year, copy, "albania")) != text:
            superseded.write_text(changed)
            break
    return [new, superseded]


def timed_build(
    wh: Warehouse, *, force: bool, profile: Path | None = None
) -> tuple[float, TransformResult]:
    """The build's wall seconds and result; its pyinstrument profile as text to `profile`."""
    profiler = None
    if profile is not None:
        from pyinstrument import Profiler

        profiler = Profiler()
        profiler.start()
    started = time.perf_counter()
    result = transform(wh, force=force)
    seconds = time.perf_counter() - started
    if profiler is not None and profile is not None:
        profiler.stop()
        profile.write_text(profiler.output_text(unicode=True, show_all=False))
    return seconds, result


def slowest(result: TransformResult, n: int = 8) -> dict[str, float]:
    return {name: round(s, 3) for name, s in result.slowest(n)}


def model_seconds(result: TransformResult) -> dict[str, float]:
    """The seconds of each model node (dbt's own timing), slowest first."""
    models = {p.stem for p in (DBT_PROJECT_DIR / "models").rglob("*.sql")}
    timed = [(name, s) for name, s in result.node_seconds.items() if name in models]
    return {name: round(s, 3) for name, s in sorted(timed, key=lambda kv: -kv[1])}


def run(corpus: Path, data_dir: Path, profile: Path | None) -> dict[str, Any]:
    files = discover_files([str(corpus)])
    os.environ.pop("DATABASE_URL", None)
    with open_warehouse(data_dir) as wh:
        upgrade(wh)
        ensure_reader(wh)
        ingest(wh, files, command="bench")
        full_s, full = timed_build(wh, force=True)
        changed = add_and_supersede(corpus)
        started = time.perf_counter()
        ingest(wh, discover_files([str(corpus)]), command="bench")
        ingest_s = time.perf_counter() - started
        incremental_s, incremental = timed_build(wh, force=False, profile=profile)
        built_incrementally = snapshot_marts(wh)
        check_s, _ = timed_build(wh, force=True)
        built_in_full = snapshot_marts(wh)
    found = differences(built_in_full, built_incrementally)
    return {
        "narratives": len(files),
        "changed_files": [str(p.relative_to(corpus)) for p in changed],
        "full_dbt_s": round(full_s, 2),
        "full_dbt_nodes": len(full.node_seconds),
        "full_dbt_node_seconds": round(sum(full.node_seconds.values()), 2),
        "ingest_changed_s": round(ingest_s, 2),
        "incremental_dbt_s": round(incremental_s, 2),
        "incremental_share_of_full_dbt": round(incremental_s / full_s, 3),
        "incremental_countries": incremental.countries,
        "incremental_dbt_nodes": len(incremental.node_seconds),
        "incremental_dbt_node_seconds": round(sum(incremental.node_seconds.values()), 2),
        "incremental_slowest_nodes": slowest(incremental),
        "incremental_model_seconds": model_seconds(incremental),
        "incremental_test_seconds_sum": round(
            sum(incremental.node_seconds.values()) - sum(model_seconds(incremental).values()), 2
        ),
        "full_slowest_nodes": slowest(full),
        "second_full_dbt_s": round(check_s, 2),
        "mart_rows": sum(len(rows) for rows in built_in_full.values()),
        "marts_equal": not found,
        "differences": found[:10],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=parse_years, default=parse_years("2001-2025"))
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--limit", type=int, default=None, help="at most N narratives")
    parser.add_argument("--corpus", type=Path, help="an existing corpus (changed in place)")
    parser.add_argument("--data-dir", type=Path, help="the embedded PostgreSQL's (kept)")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--profile", type=Path, help="the incremental build's profile, as text")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tipwh-incremental-", dir="/tmp") as tmp_name:
        tmp = Path(tmp_name)
        corpus = args.corpus or tmp / "corpus"
        if args.corpus is None:
            generate(corpus, args.years, copies=args.copies, limit=args.limit)
        results = run(corpus, args.data_dir or tmp / "pg", args.profile)
    results["load_average"] = [round(x, 2) for x in os.getloadavg()]
    text = json.dumps(results, indent=1)
    if args.out:
        args.out.write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
