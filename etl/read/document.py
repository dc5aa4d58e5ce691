"""One report file to a Document: bytes, text, metadata, sentences and sections."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from etl.lexicon.countries import resolve_country
from etl.model import Document, Metadata
from etl.read.decode import decode_bytes
from etl.read.errors import ReadError
from etl.read.markup import html_to_text
from etl.read.metadata import make_metadata, merge_metadata, path_metadata, text_metadata
from etl.read.sections import assign_sections
from etl.read.sentences import split_sentences

HTML_SUFFIXES = frozenset({".html", ".htm"})
_MIN_REPORT_YEAR, _MAX_REPORT_YEAR = 2000, 2100
_STATED = frozenset({"header", "text"})


PDF_MAGIC = b"%PDF-"


def read_documents(
    path: Path | str, *, country: str | None = None, report_year: int | None = None
) -> Iterator[Document]:
    """The one entry point of reading: the documents a report file holds, whatever its
    format. A text or HTML file is one document; a PDF of a whole report is one document
    per country narrative. `country` and `report_year` override what the file says."""
    data = _read_bytes(Path(path), str(path))
    if data.startswith(PDF_MAGIC):
        raise ReadError(f"{path}: PDF reports cannot be read yet")
    yield read_document(path, country=country, report_year=report_year)


def read_document(
    path: Path | str, *, country: str | None = None, report_year: int | None = None
) -> Document:
    """Read a report file; `country` (name, alpha-2 or alpha-3) and `report_year` override
    what the path and the text say. HTML is reduced to its text, which `Document.text`
    holds; otherwise `Document.text` is the decoded file, unchanged."""
    name = str(path)
    flags = _flag_metadata(name, country, report_year)
    data = _read_bytes(Path(path), name)
    decoded = decode_bytes(data, name)
    text = decoded.text
    if Path(path).suffix.lower() in HTML_SUFFIXES:
        text = html_to_text(text)
        if not text.strip():
            raise ReadError(f"{name}: no text in the HTML")
    from_path, from_text = path_metadata(name), text_metadata(text)
    metadata = merge_metadata(flags, from_path, from_text)
    return Document(
        path=name,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=decoded.encoding,
        metadata=metadata,
        sentences=assign_sections(text, split_sentences(text)),
        warnings=decoded.warnings + _metadata_warnings(metadata, from_text),
    )


def _flag_metadata(name: str, country: str | None, report_year: int | None) -> Metadata:
    """The caller's overrides, validated."""
    found = None
    if country is not None:
        found = resolve_country(country)
        if found is None:
            raise ReadError(f"{name}: unknown country {country!r}")
    if report_year is not None and not _MIN_REPORT_YEAR <= report_year <= _MAX_REPORT_YEAR:
        raise ReadError(f"{name}: implausible report year {report_year}")
    return make_metadata(
        (found, "flag") if found else None,
        (report_year, "flag") if report_year is not None else None,
    )


def _read_bytes(path: Path, name: str) -> bytes:
    """The file's bytes, or a ReadError saying why they cannot be had."""
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise ReadError(f"{name}: is a directory, not a file") from None
    except FileNotFoundError:
        raise ReadError(f"{name}: no such file") from None
    except PermissionError:
        raise ReadError(f"{name}: permission denied") from None
    except OSError as e:
        raise ReadError(f"{name}: cannot read ({e.strerror or e})") from None


def _metadata_warnings(chosen: Metadata, from_text: Metadata) -> tuple[str, ...]:
    """Fields nobody could tell, and overrides that contradict what the text states."""
    warnings: list[str] = []
    if chosen.country_iso3 is None:
        warnings.append("country not found")
    if chosen.report_year is None:
        warnings.append("report year not found")
    pairs = (
        ("country", chosen.country_iso3, from_text.country_iso3),
        ("report_year", chosen.report_year, from_text.report_year),
    )
    for key, value, stated in pairs:
        source = chosen.sources.get(key)
        if (
            stated is not None
            and value != stated
            and source in ("flag", "path")
            and from_text.sources.get(key) in _STATED
        ):
            label = key.replace("_", " ")
            warnings.append(f"{label} {value} from the {source} but the text says {stated}")
    return tuple(warnings)
