"""A document is never rejected whole for one figure stated twice or for two years at once."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from etl.extract import extract
from etl.load.prepared import one_statement_per_key
from etl.pipeline import ingest
from etl.read import read_document
from etl.warehouse import Warehouse

# One sum for two years: one span, two funding facts.
TWO_YEARS = (
    "NARNIA: Tier 2\n\nThe Government of Kazakhstan identified 40 victims in 2019, a decrease "
    "from 83 in 2018.\n\nPREVENTION\n\nThe government allocated 5.7 million tenge ($14,000) to "
    "the national coordinator's office in 2018 and 2019.\n"
)


def test_one_sum_for_two_years_loads_as_two_funding_facts(
    warehouse: Warehouse, tmp_path: Path
) -> None:
    path = tmp_path / "n001.txt"
    path.write_text(TWO_YEARS, encoding="utf-8")
    funding = extract(read_document(path)).funding
    assert len({f.start for f in funding}) == 1 and {f.year for f in funding} == {2018, 2019}
    report = ingest(warehouse, [path], command="test")
    assert report.ok and report.loaded == [str(path)]
    with warehouse.connect() as conn:
        rows = conn.execute(
            "select year, amount_local from staging.funding_facts order by year"
        ).fetchall()
    assert [(y, float(a)) for y, a in rows] == [(2018, 5_700_000.0), (2019, 5_700_000.0)]


def test_identical_facts_are_one_and_differing_ones_are_told(tmp_path: Path) -> None:
    path = tmp_path / "n002.txt"
    path.write_text(TWO_YEARS, encoding="utf-8")
    extraction = extract(read_document(path))
    count = extraction.counts[0]
    repeated = replace(extraction, counts=(count, count, replace(count, value=count.value + 1)))
    kept, conflicts = one_statement_per_key(repeated)
    assert kept.counts == (count,)
    assert len(conflicts) == 1 and f"kept {count.value}, not {count.value + 1}" in conflicts[0]
    assert kept.funding == extraction.funding


def test_a_document_with_a_figure_read_twice_loads_and_says_so(
    warehouse: Warehouse, tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "n003.txt"
    path.write_text(TWO_YEARS, encoding="utf-8")

    def doubled(document):  # the extractor reading one figure two ways
        extraction = extract(document)
        first = extraction.counts[0]
        return replace(extraction, counts=(*extraction.counts, replace(first, value=7)))

    monkeypatch.setattr("etl.extract.extract", doubled)
    report = ingest(warehouse, [path], command="test")
    assert report.ok and report.loaded == [str(path)]
    with warehouse.connect() as conn:
        warnings, n_facts = conn.execute(
            "select warnings, (select count(*) from staging.facts) from staging.documents"
        ).fetchone()
    assert n_facts == len(extract(read_document(path)).counts)
    assert any("two values for one figure" in w and "not 7" in w for w in warnings)
