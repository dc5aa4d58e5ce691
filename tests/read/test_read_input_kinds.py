"""Input that is not what it claims: the format told by the bytes, several narratives in
one file, texts that are not narratives, FIFOs, broken bytes and very long lines."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from etl.read import ReadError, read_document, read_documents
from etl.read.genre import sniff_format

KAZ = (
    "KAZAKHSTAN: TIER 2\n\nThe Government of Kazakhstan does not fully meet the minimum"
    " standards. The government identified 40 trafficking victims in 2019.\n"
)
KGZ = (
    "KYRGYZ REPUBLIC: TIER 2 WATCH LIST\n\nThe Government of the Kyrgyz Republic does not"
    " fully meet the minimum standards. Police opened 12 trafficking cases in 2019.\n"
)


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_html_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    page = (
        "<!DOCTYPE html><html><head><script>var victims = 99999;</script></head>"
        f"<body><p>{KAZ}</p></body></html>"
    )
    doc = read_document(write(tmp_path, "kaz.txt", page))
    assert "99999" not in doc.text and "<script>" not in doc.text
    assert "identified 40 trafficking victims" in doc.text
    assert doc.metadata.country_iso3 == "KAZ"


def test_format_comes_from_the_bytes() -> None:
    assert sniff_format(b"%PDF-1.7\n...") == "pdf"
    assert sniff_format(b"  <html lang='en'><body>x</body></html>") == "html"
    assert sniff_format(b"<head><title>t</title></head><body>x</body>") == "html"
    assert sniff_format(KAZ.encode()) == "text"
    assert sniff_format(b"Use <b> for bold in KAZ reports.") == "text"


def test_a_file_of_two_narratives_is_split_by_country(tmp_path: Path) -> None:
    path = write(tmp_path, "both.txt", KAZ + "\n" + KGZ)
    docs = list(read_documents(path))
    assert [d.metadata.country_iso3 for d in docs] == ["KAZ", "KGZ"]
    assert [d.metadata.tier for d in docs] == ["Tier 2", "Tier 2 Watch List"]
    assert docs[0].path == f"{path}#kazakhstan"
    assert "Police opened 12" in docs[1].text and "Police opened 12" not in docs[0].text
    assert docs[0].sha256 != docs[1].sha256


def test_country_flag_keeps_a_file_whole(tmp_path: Path) -> None:
    docs = list(read_documents(write(tmp_path, "both.txt", KAZ + "\n" + KGZ), country="KAZ"))
    assert len(docs) == 1 and docs[0].metadata.country_iso3 == "KAZ"


def test_a_text_that_is_not_a_narrative_is_refused_unless_the_country_is_named(
    tmp_path: Path,
) -> None:
    news = "Police in Kenya opened 40 investigations into tax fraud in 2019, officials said.\n"
    path = write(tmp_path, "news.txt", news)
    with pytest.raises(ReadError, match="does not read as a TIP country narrative"):
        read_document(path)
    forced = read_document(path, country="KEN")
    assert forced.metadata.country_iso3 == "KEN"
    assert forced.metadata.sources["country"] == "flag"


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ReadError, match="not a regular file"):
        list(read_documents(fifo))


def test_an_invalid_byte_is_replaced_and_the_rest_kept(tmp_path: Path) -> None:
    data = "Côte d’Ivoire (Tier 2)\n\nThe government identified 12 trafficking victims".encode()
    doc = read_document(write(tmp_path, "civ.txt", data + b" \xff in 2019.\n"))
    assert doc.encoding == "utf-8"
    assert doc.text.startswith("Côte d’Ivoire")
    assert "victims \ufffd in 2019." in doc.text
    assert "1 invalid UTF-8 byte(s) replaced" in doc.warnings


def test_one_very_long_line_reads_in_linear_time(tmp_path: Path) -> None:
    def seconds(repeats: int) -> float:
        path = write(tmp_path, f"long{repeats}.txt", KAZ.replace("\n", " ") * repeats)
        started = time.perf_counter()
        doc = read_document(path)
        assert len(doc.sentences) >= 2 * repeats
        return time.perf_counter() - started

    small, large = seconds(2_000), seconds(16_000)
    assert large < 16 * small + 0.5  # 8x the text; quadratic would be ~64x


def test_sections_keep_the_page_of_each_sentence() -> None:
    from etl.model import Sentence
    from etl.read import assign_sections

    text = "PROSECUTION\n\nPolice opened 12 cases."
    sentences = (Sentence(0, 0, 11, "PROSECUTION", page=7), Sentence(1, 13, 36, text[13:], page=8))
    got = assign_sections(text, sentences)
    assert [(s.section, s.page) for s in got] == [("prosecution", 7), ("prosecution", 8)]
