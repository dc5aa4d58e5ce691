"""Wall-clock time of `tipwh build` on the bundled reports, as a user runs it.

    uv run python benchmarks/build_time.py [--repeat 3]

Each round uses a fresh embedded data directory and no dbt partial-parse cache, as on a
fresh checkout (cold: initdb, migrations, ingest, a full dbt parse and build), then builds
again on it (warm: nothing changed, so ingest and dbt are skipped).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PARTIAL_PARSE_CACHE = ROOT / "dbt_project" / "target" / "partial_parse.msgpack"


def timed_build(data_dir: Path) -> float:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["TIPWH_DATA_DIR"] = str(data_dir)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "etl", "build"],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    cold, warm = [], []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory(prefix="tipwh-bench-") as tmp:
            PARTIAL_PARSE_CACHE.unlink(missing_ok=True)
            cold.append(timed_build(Path(tmp) / "pg"))
            warm.append(timed_build(Path(tmp) / "pg"))
    if os.environ.get("PYTHONDONTWRITEBYTECODE") and not _dependencies_compiled():
        print("note: PYTHONDONTWRITEBYTECODE is set and dbt has no bytecode: every start")
        print("compiles it from source (`uv sync --compile-bytecode` once avoids that)")
    print(
        f"tipwh build, fresh data dir: median {statistics.median(cold):.1f} s "
        f"(min {min(cold):.1f}, max {max(cold):.1f})"
    )
    print(
        f"tipwh build, nothing changed: median {statistics.median(warm):.1f} s "
        f"(min {min(warm):.1f}, max {max(warm):.1f})"
    )


def _dependencies_compiled() -> bool:
    import dbt

    return any((Path(dbt.__file__).parent / "__pycache__").glob("*.pyc"))


if __name__ == "__main__":
    main()
