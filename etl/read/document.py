"""One report file to a Document: bytes, text, metadata, sentences and sections."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from etl.lexicon.countries import normalize_name, resolve_country
from etl.model import Document, Metadata
from etl.read.decode import decode_bytes
from etl.read.errors import ReadError
from etl.read.files import read_file_bytes
from etl.read.genre import narrative_starts, reads_as_narrative, sniff_format
from etl.read.html import read_page
from etl.read.metadata import (
    combine_metadata,
    make_metadata,
    merge_metadata,
    path_metadata,
    text_metadata,
)
from etl.read.sections import sectioned_sentences

_MIN_REPORT_YEAR, _MAX_REPORT_YEAR = 2000, 2100
_STATED = frozenset({"header", "text"})


def read_documents(
    path: Path | str, *, country: str | None = None, report_year: int | None = None
) -> Iterator[Document]:
    """The one entry point of reading: the documents a report file holds, whatever its
    format (told by its bytes, not its suffix). A text or HTML file is one document, or
    one per country when its text holds several narratives; a PDF of a whole report is one
    document per country narrative. `country` and `report_year` override what the file
    says; `country` also forces a text that does not read as a narrative to load."""
    name = str(path)
    flags = _flag_metadata(name, country, report_year)
    data = read_file_bytes(Path(path), name)
    kind = sniff_format(data)
    if kind == "pdf":
        yield from _pdf_documents(name, flags, country is not None)
        return
    text, encoding, warnings, page = _text(data, name, kind)
    starts = [] if country else narrative_starts(text)
    if len(starts) < 2:
        yield _document(name, text, _sha256(data), encoding, flags, warnings, page)
        return
    for here, after in zip(starts, [*starts[1:], None], strict=True):
        part = text[here.offset : after.offset if after else len(text)]
        slug = normalize_name(here.country.name).replace(" ", "-")
        yield _document(f"{name}#{slug}", part, _sha256(part.encode()), encoding, flags, warnings)


def _pdf_documents(name: str, flags: Metadata, country_given: bool) -> Iterator[Document]:
    """One document per country narrative of a report PDF. Each is named
    `<pdf path>#<country slug>` and identified by the sha256 of its text, so that an
    unchanged narrative is known again whatever else of the PDF changed. A sentence's
    page is the PDF page (1-based) it starts on."""
    from etl.read.report_pdf import report_narratives  # pypdfium2: only to read a PDF

    narratives = report_narratives(name)
    if country_given and len(narratives) > 1:
        raise ReadError(
            f"{name}: holds {len(narratives)} country narratives; --country names only one"
        )
    for narrative in narratives:
        text = narrative.text.text
        from_text = text_metadata(text)
        metadata = merge_metadata(flags, narrative.metadata, from_text)
        sentences = sectioned_sentences(text)
        yield Document(
            path=f"{name}#{narrative.slug}",
            text=text,
            sha256=_sha256(text.encode("utf-8")),
            encoding="pdf",
            metadata=metadata,
            sentences=tuple(replace(s, page=narrative.text.page_at(s.start)) for s in sentences),
            warnings=narrative.warnings + _metadata_warnings(metadata, from_text),
        )


def read_document(
    path: Path | str, *, country: str | None = None, report_year: int | None = None
) -> Document:
    """Read one text or HTML report file as one document; `country` (name, alpha-2 or
    alpha-3) and `report_year` override what the path and the text say. HTML is reduced to
    its text, which `Document.text` holds; otherwise `Document.text` is the decoded file."""
    name = str(path)
    flags = _flag_metadata(name, country, report_year)
    data = read_file_bytes(Path(path), name)
    text, encoding, warnings, page = _text(data, name, sniff_format(data))
    return _document(name, text, _sha256(data), encoding, flags, warnings, page)


def _text(data: bytes, name: str, kind: str) -> tuple[str, str, tuple[str, ...], Metadata]:
    """The document text of a file's bytes, its encoding, the decoder's warnings and, for a
    web page, what the page's own header line states."""
    decoded = decode_bytes(data, name)
    text, page = decoded.text, Metadata()
    if kind == "html":
        read = read_page(text)
        text, page = read.text, _page_metadata(read.header)
        if not text.strip():
            raise ReadError(f"{name}: no text in the HTML")
    return text, decoded.encoding, decoded.warnings, page


def _page_metadata(header: str | None) -> Metadata:
    """What a page's breadcrumb and heading state ("2018 Trafficking in Persons Report:
    Kazakhstan"). It ranks above the file name: a saved page is named by the site's slug
    ("korea-democratic-people-s-republic-of.html"), which the path rules may misread."""
    if header is None:
        return Metadata()
    stated = text_metadata(header)
    return stated if set(stated.sources.values()) == {"header"} else Metadata()


def _document(
    name: str,
    text: str,
    sha256: str,
    encoding: str,
    flags: Metadata,
    warnings: tuple[str, ...],
    page: Metadata | None = None,
) -> Document:
    """A Document of `text`, its metadata from the flags, the page's header, the path and
    the text, in that order."""
    if flags.country_iso3 is None and not reads_as_narrative(text):
        raise ReadError(
            f"{name}: does not read as a TIP country narrative (no anti-trafficking"
            " language); name its country with --country to load it anyway"
        )
    from_text = text_metadata(text)
    stated = merge_metadata(flags, page or Metadata())
    metadata = combine_metadata(stated, path_metadata(name), from_text)
    return Document(
        path=name,
        text=text,
        sha256=sha256,
        encoding=encoding,
        metadata=metadata,
        sentences=sectioned_sentences(text),
        warnings=warnings + _metadata_warnings(metadata, from_text),
    )


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


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


def _metadata_warnings(chosen: Metadata, from_text: Metadata) -> tuple[str, ...]:
    """Fields nobody could tell (with the reason where one is known), and flags that
    contradict what the text states."""
    warnings: list[str] = []
    for field, missing, label in (
        ("country", chosen.country_iso3 is None, "country not found"),
        ("report year", chosen.report_year is None, "report year not found"),
    ):
        told = [w for w in chosen.warnings if w.startswith(field)]
        warnings += told or ([label] if missing else [])
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
