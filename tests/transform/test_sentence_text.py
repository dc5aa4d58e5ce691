"""A sentence's text in `stg.stg_sentences` is cut from its document's text at its span
(staging keeps no copy of it): the very text the reader split the document into."""

from __future__ import annotations

from pathlib import Path

from etl.read import read_documents
from etl.warehouse import Warehouse
from tests.conftest import BUNDLED_REPORTS


def test_every_sentence_of_the_bundled_reports_reads_back_as_the_reader_split_it(
    built_marts: Warehouse,
) -> None:
    read = {}
    for path in sorted(BUNDLED_REPORTS.iterdir()):
        for document in read_documents(path):
            source = str(Path(path).resolve()) + document.path.removeprefix(str(path))
            read[source] = [(s.index, s.text) for s in document.sentences]
    with built_marts.connect() as conn:
        rows = conn.execute(
            "select d.source_path, s.sentence_no, s.sentence from stg.stg_sentences s"
            " join staging.documents d using (document_id) where d.superseded_at is null"
            " order by d.source_path, s.sentence_no"
        ).fetchall()
    stored: dict[str, list[tuple[int, str]]] = {}
    for source, sentence_no, sentence in rows:
        stored.setdefault(source, []).append((sentence_no, sentence))
    assert len(stored) >= 5 and sum(map(len, stored.values())) > 100
    assert stored == {source: read[source] for source in stored}
    assert set(stored) == {source for source, sentences in read.items() if sentences}
