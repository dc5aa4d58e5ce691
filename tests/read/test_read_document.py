"""read_document and discover_files: decoding, bad input, overrides, HTML."""

import hashlib
from pathlib import Path

import pytest

from etl.read import ReadError, discover_files, read_document

REPORT = (
    "MOLDOVA (TIER 2)\n\n"
    "The Government of Moldova does not fully meet the minimum standards. "
    "Police opened 12 cases, up from 9 in 2015.\n\n"
    "## PROTECTION\n\nShelters helped 30 victims.\n"
)


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_reads_text_metadata_and_sentences(tmp_path: Path) -> None:
    path = write(tmp_path, "report.txt", REPORT)
    doc = read_document(path)
    assert doc.path == str(path)
    assert doc.text == REPORT
    assert doc.encoding == "utf-8"
    assert doc.sha256 == hashlib.sha256(REPORT.encode()).hexdigest()
    assert (doc.metadata.country_iso3, doc.metadata.report_year, doc.metadata.tier) == (
        "MDA",
        2017,
        "Tier 2",
    )
    assert doc.sentences[-1].text == "Shelters helped 30 victims."
    assert doc.sentences[-1].section == "protection"
    assert doc.warnings == ()


def test_arguments_override_everything(tmp_path: Path) -> None:
    path = write(tmp_path, "nga-2010.txt", REPORT)
    doc = read_document(path, country="KAZ", report_year=2021)
    meta = doc.metadata
    assert (meta.country_iso3, meta.country_name, meta.report_year) == ("KAZ", "Kazakhstan", 2021)
    assert meta.sources["country"] == meta.sources["report_year"] == "flag"
    assert "country KAZ from the flag but the text says MDA" in doc.warnings


@pytest.mark.parametrize("country", ["kz", "Kazakhstan", "kaz"])
def test_country_argument_accepts_names_and_codes(tmp_path: Path, country: str) -> None:
    path = write(tmp_path, "r.txt", REPORT)
    assert read_document(path, country=country).metadata.country_iso3 == "KAZ"


def test_unknown_country_argument(tmp_path: Path) -> None:
    path = write(tmp_path, "r.txt", REPORT)
    with pytest.raises(ReadError, match=r"unknown country 'Xyz'"):
        read_document(path, country="Xyz")


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n "])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = write(tmp_path, "empty.txt", content)
    with pytest.raises(ReadError, match=r"empty\.txt: file is empty$"):
        read_document(path)


@pytest.mark.parametrize("content", [b"PK\x03\x04\x00\x00binary", bytes(range(1, 32)) * 20])
def test_binary_file(tmp_path: Path, content: bytes) -> None:
    path = write(tmp_path, "blob.txt", content)
    with pytest.raises(ReadError, match=r"blob\.txt: looks binary, not text"):
        read_document(path)


def test_latin1_file_is_decoded_with_a_warning(tmp_path: Path) -> None:
    text = "Côte d’Ivoire (Tier 2)\n\nThe government protected trafficking victims."
    path = write(tmp_path, "r.txt", text.encode("cp1252"))
    doc = read_document(path)
    assert doc.text.startswith("Côte d’Ivoire")
    assert doc.encoding == "cp1252"
    assert "decoded as cp1252, not UTF-8" in doc.warnings
    assert doc.metadata.country_iso3 == "CIV"


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "r.txt", b"\xef\xbb\xbf" + REPORT.encode()))
    assert doc.text == REPORT
    assert doc.encoding == "utf-8-sig"


def test_directory_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="is a directory"):
        read_document(tmp_path)
    with pytest.raises(ReadError, match=r"nope\.txt: no such file"):
        read_document(tmp_path / "nope.txt")


def test_missing_metadata_is_a_warning(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "r.txt", "Trafficking victims were found."))
    assert doc.warnings == ("country not found", "report year not found")


def test_html_is_reduced_to_text(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Moldova 2019</title><style>p {color: red}</style></head>"
        "<body><h2>MOLDOVA (TIER 2)</h2><h3>PROSECUTION</h3>"
        "<p>Police opened <b>12</b> trafficking cases &amp; more.</p><p>Courts sat.</p>"
        "</body></html>"
    )
    doc = read_document(write(tmp_path, "page.html", html))
    assert "color" not in doc.text
    assert [s.text for s in doc.sentences] == [
        "Moldova 2019",
        "MOLDOVA (TIER 2)",
        "PROSECUTION",
        "Police opened 12 trafficking cases & more.",
        "Courts sat.",
    ]
    assert doc.sentences[-1].section == "prosecution"
    assert doc.metadata.country_iso3 == "MDA"


def test_discover_files_from_files_directories_and_globs(tmp_path: Path) -> None:
    for name in ["b/2.txt", "b/1.md", "b/c/3.html", "b/4.pdf", "b/skip.docx", "a.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    got = discover_files([str(tmp_path / "b"), str(tmp_path / "*.txt"), str(tmp_path / "a.txt")])
    assert [p.relative_to(tmp_path).as_posix() for p in got] == [
        "b/1.md",
        "b/2.txt",
        "b/4.pdf",
        "b/c/3.html",
        "a.txt",
    ]


def test_discover_files_missing_path_or_empty_glob(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no such file or directory"):
        discover_files([str(tmp_path / "missing")])
    with pytest.raises(ReadError, match="no files match"):
        discover_files([str(tmp_path / "*.nothing")])
