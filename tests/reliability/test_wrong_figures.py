"""Figures a parser could get wrong, loaded by a real `tipwh ingest` into PostgreSQL: a year
no report describes, a negative or malformed number give no fact; money too large for a
float arrives exactly; money too large for its column is that file's error alone."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from etl.warehouse import Warehouse
from tests.reliability.conftest import base_env, tipwh

HEAD = "KAZAKHSTAN (Tier 2)\n\n"
CONVICTED = " Courts convicted 12 traffickers in 2016.\n"
#: Each sentence but the last two states a figure wrongly read by an earlier version.
WRONG = (
    "In 1899, the government identified 110 trafficking victims."
    " Police investigated 45 cases in 1989."
    " In 2099, the government allocated 25 million tenge ($77,918) to victim assistance."
    " Police investigated minus 3 cases in 2016."
    " In 2016, the government allocated 25.97.3 million KZT ($77,918) to direct victim"
    " assistance."
    " In 2016, the government allocated 12,345,678,901,234,567.89 tenge ($9,007,199,254,740,993)"
    " to shelters."
)
#: 10^21 tenge: more than numeric(20, 2) holds.
TOO_LARGE = "In 2016, the government allocated 1,000,000,000,000,000,000,000 tenge to shelters."


def test_wrong_figures_give_no_fact_and_money_arrives_exactly(
    database: Warehouse, tmp_path: Path
) -> None:
    good, huge = tmp_path / "kaz-2017.txt", tmp_path / "kaz-2018.txt"
    good.write_text(HEAD + WRONG + CONVICTED)
    huge.write_text(HEAD + TOO_LARGE + CONVICTED.replace("2016", "2017"))
    outcome = tipwh("ingest", str(good), str(huge), env=base_env(DATABASE_URL=database.url))
    assert "rejected by the staging schema" in outcome.err, outcome.err
    with database.connect() as conn:
        counts = conn.execute(
            "select d.source_path, f.metric, f.year, f.value from staging.facts f"
            " join staging.documents d using (document_id)"
        ).fetchall()
        funding = conn.execute(
            "select year, purpose, currency, amount_local, amount_usd from staging.funding_facts"
        ).fetchall()
        errors = conn.execute("select source_path, error from staging.load_errors").fetchall()
    assert counts == [(str(good), "convictions", 2016, 12)]
    assert funding == [
        (2016, "shelters", "KZT", Decimal("12345678901234567.89"), Decimal("9007199254740993.00"))
    ]
    assert [path for path, _ in errors] == [str(huge)]
    assert "numeric field overflow" in errors[0][1]
