"""Every one of the 93 whole narratives of the 2018 report loads into a real warehouse."""

from __future__ import annotations

from pathlib import Path

from etl.pipeline import ingest
from etl.warehouse import Warehouse
from tests.read.corpus_2018 import needs_corpus, neutral_copies


@needs_corpus
def test_all_93_narratives_load_under_neutral_names(warehouse: Warehouse, tmp_path: Path) -> None:
    copies = neutral_copies(tmp_path)
    report = ingest(warehouse, [path for path, _ in copies], command="test")
    assert report.failed == {}
    assert len(report.loaded) == 93
    with warehouse.connect() as conn:
        documents, with_facts, funding = conn.execute(
            "select count(*), count(*) filter (where exists (select 1 from staging.facts f"
            " where f.document_id = d.document_id)),"
            " (select count(*) from staging.funding_facts) from staging.documents d"
        ).fetchone()
    assert documents == 93 and with_facts >= 75 and funding > 0


def test_a_path_that_contradicts_the_text_is_refused_until_country_settles_it(
    warehouse: Warehouse, tmp_path: Path
) -> None:
    path = tmp_path / "korea-republic-of.txt"
    path.write_text(
        "KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF: Tier 3\n\nThe Government of the DPRK "
        "convicted no traffickers in 2017, compared with none in 2016.\n",
        encoding="utf-8",
    )
    refused = ingest(warehouse, [path], command="test")
    message = refused.failed[str(path)]
    assert "the path says KOR but the text says PRK" in message and "--country" in message
    settled = ingest(warehouse, [path], command="test", country="PRK")
    assert settled.ok and settled.loaded == [str(path)]
    with warehouse.connect() as conn:
        assert conn.execute("select country_iso3 from staging.documents").fetchall() == [("PRK",)]
