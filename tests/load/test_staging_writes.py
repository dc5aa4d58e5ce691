"""The staging writer: a new document in one round trip, its text stored exactly, and a
path another process filled meanwhile left to the caller."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import psycopg
import pytest

from etl.extract import extract
from etl.load.prepared import prepare
from etl.load.runs import start_run
from etl.load.staging import find_document, insert_new_document, write_document
from etl.model import Extraction, Sentence
from etl.read import read_document
from etl.warehouse import Warehouse

NARRATIVE = (
    "NARNIA: Tier 2\n\nThe government identified 40 trafficking victims in 2019, a decrease "
    "from 83 in 2018. Courts convicted 12 traffickers in 2019.\n"
)
# what an array literal must carry through: quotes, backslashes, braces, commas, the word
# NULL, an empty string and spaces at both ends
AWKWARD = ['He said "no" \\ {twice}, then', "NULL", "", "  padded  ", 'a\\"b']


@pytest.fixture
def extraction(tmp_path: Path) -> Extraction:
    path = tmp_path / "narnia.txt"
    path.write_text(NARRATIVE, encoding="utf-8")
    return extract(read_document(path))


def _stored_sentences(conn: psycopg.Connection, document_id: int) -> list[tuple[object, ...]]:
    return conn.execute(
        "select sentence_no, start_char, end_char, section, body, page from staging.sentences"
        " where document_id = %s order by sentence_no",
        (document_id,),
    ).fetchall()


def test_a_new_document_is_stored_with_its_text_exactly(
    warehouse: Warehouse, extraction: Extraction
) -> None:
    extra = [
        Sentence(index=100 + i, start=i, end=i + 1, text=text, section=text or None, page=i + 1)
        for i, text in enumerate(AWKWARD)
    ]
    document = replace(extraction.document, sentences=(*extraction.document.sentences, *extra))
    extraction = replace(extraction, document=document)
    with warehouse.connect(autocommit=True) as conn:
        run_id = start_run(conn, "test")
        document_id = insert_new_document(conn, extraction, run_id, "v1")
        assert document_id is not None
        stored = _stored_sentences(conn, document_id)
        facts = conn.execute(
            "select metric, year, value from staging.facts where document_id = %s order by 1, 2",
            (document_id,),
        ).fetchall()
    expected = [(s.index, s.start, s.end, s.section, s.text, s.page) for s in document.sentences]
    assert stored == expected
    assert sorted((f.metric, f.year, f.value) for f in extraction.counts) == facts
    assert ("convictions", 2019, 12) in facts


def test_a_path_holding_the_text_already_is_left_untouched(
    warehouse: Warehouse, extraction: Extraction
) -> None:
    with warehouse.connect(autocommit=True) as conn:
        run_id = start_run(conn, "test")
        first = write_document(conn, extraction, run_id, "v1")
        again = insert_new_document(conn, extraction, run_id, "v2")
        known = find_document(conn, extraction.document.sha256, extraction.document.path)
        documents = conn.execute("select count(*) from staging.documents").fetchone()[0]
        sentences = conn.execute(
            "select count(*) from staging.sentences where document_id = %s", (first,)
        ).fetchone()[0]
    assert again is None
    assert known is not None and known.document_id == first and known.current
    assert known.extractor_version == "v1"
    assert documents == 1 and sentences == len(extraction.document.sentences)


def test_a_new_text_under_a_path_supersedes_the_current_one(
    warehouse: Warehouse, extraction: Extraction
) -> None:
    changed = replace(
        extraction,
        document=replace(extraction.document, sha256="f" * 64, text=NARRATIVE + "More.\n"),
    )
    with warehouse.connect(autocommit=True) as conn:
        run_id = start_run(conn, "test")
        old = insert_new_document(conn, extraction, run_id, "v1")
        new = insert_new_document(conn, changed, run_id, "v1")
        rows = conn.execute(
            "select document_id, superseded_by from staging.documents order by document_id"
        ).fetchall()
    assert old is not None and new is not None and new != old
    assert rows == [(old, new), (new, None)]


def test_a_rejected_document_writes_nothing_and_the_connection_goes_on(
    warehouse: Warehouse, extraction: Extraction
) -> None:
    broken = replace(extraction, counts=(replace(extraction.counts[0], value=-1),))
    with warehouse.connect(autocommit=True) as conn:
        run_id = start_run(conn, "test")
        with pytest.raises(psycopg.errors.CheckViolation):
            insert_new_document(conn, broken, run_id, "v1")
        assert conn.execute("select count(*) from staging.documents").fetchone()[0] == 0
        assert conn.execute("select count(*) from staging.sentences").fetchone()[0] == 0
        assert insert_new_document(conn, extraction, run_id, "v1") is not None
        assert conn.execute("select count(*) from staging.documents").fetchone()[0] == 1


def test_a_prepared_extraction_carries_no_sentence_objects_and_loads_the_same_rows(
    warehouse: Warehouse, extraction: Extraction
) -> None:
    count = extraction.counts[0]
    twice = replace(extraction, counts=(*extraction.counts, replace(count, value=count.value + 1)))
    prepared = prepare(twice)
    assert prepared.document.sentences == () and prepared.document.text == NARRATIVE
    assert any(f"kept {count.value}, not {count.value + 1}" in w for w in prepared.warnings)
    with warehouse.connect(autocommit=True) as conn:
        run_id = start_run(conn, "test")
        document_id = insert_new_document(conn, prepared, run_id, "v1")
        assert document_id is not None
        stored = _stored_sentences(conn, document_id)
        facts = conn.execute(
            "select metric, year, value from staging.facts where document_id = %s order by 1, 2",
            (document_id,),
        ).fetchall()
        warnings = conn.execute(
            "select warnings from staging.documents where document_id = %s", (document_id,)
        ).fetchone()[0]
    sentences = twice.document.sentences
    assert stored == [(s.index, s.start, s.end, s.section, s.text, s.page) for s in sentences]
    assert sorted((f.metric, f.year, f.value) for f in extraction.counts) == facts
    assert warnings == list(prepared.warnings)
