"""Ingest: report files -> documents -> facts -> staging, skipping what has not changed."""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import psycopg

from etl.extract import extract
from etl.load.runs import finish_run, record_error, start_run
from etl.load.staging import StoredDocument, find_document, stored_documents, write_document
from etl.model import Document
from etl.read import ReadError, read_documents, read_file_bytes
from etl.warehouse import Warehouse
from etl.warehouse.locks import DOCUMENT, lock_transaction, text_key

log = logging.getLogger(__name__)
PACKAGE_DIR = Path(__file__).resolve().parent


@dataclass
class IngestReport:
    """What an ingest run did, file by file."""

    run_id: int
    loaded: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, list[str]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failed


@cache
def extractor_version() -> str:
    """A fingerprint of the reading and extraction code: a new one re-extracts stored texts."""
    digest = hashlib.sha256()
    for path in sorted(
        [
            PACKAGE_DIR / "model.py",
            *(PACKAGE_DIR / "read").glob("*.py"),
            *(PACKAGE_DIR / "extract").glob("*.py"),
        ]
    ):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def ingest(
    warehouse: Warehouse,
    files: Sequence[Path],
    *,
    command: str,
    country: str | None = None,
    report_year: int | None = None,
    on_file: Callable[[Path], None] | None = None,
) -> IngestReport:
    """Load `files` into staging, one transaction per document.

    A file whose text (and extractor) is already stored is skipped without being parsed.
    A file that cannot be read or has no country is recorded as failed; the run goes on.
    """
    version = extractor_version()
    with warehouse.connect(autocommit=True) as conn:
        run_id = start_run(conn, command)
        report = IngestReport(run_id=run_id)
        try:
            stored = stored_documents(conn)
            for path in files:
                _ingest_one(conn, path, stored, version, report, country, report_year)
                if on_file:
                    on_file(path)
        except BaseException as exc:
            with suppress(psycopg.Error):  # the server itself may be gone
                finish_run(
                    conn,
                    run_id,
                    files_seen=len(files),
                    loaded=len(report.loaded),
                    skipped=len(report.skipped),
                    failed=len(report.failed),
                    status="interrupted" if isinstance(exc, KeyboardInterrupt) else "failed",
                    message=f"interrupted: {type(exc).__name__}",
                )
            raise
        finish_run(
            conn,
            run_id,
            files_seen=len(files),
            loaded=len(report.loaded),
            skipped=len(report.skipped),
            failed=len(report.failed),
            status="succeeded" if report.ok else "failed",
            message=None if report.ok else f"{len(report.failed)} file(s) failed",
        )
    return report


def _ingest_one(
    conn: psycopg.Connection,
    path: Path,
    stored: dict[tuple[str, str], StoredDocument],
    version: str,
    report: IngestReport,
    country: str | None,
    report_year: int | None,
) -> None:
    """Load the documents of one file; a text already stored at its path is not parsed.

    A document is stored under its absolute, resolved path, so the same text at two paths
    is two documents, and a relative path names one file whatever the working directory."""
    name = str(path)
    try:
        sha = hashlib.sha256(read_file_bytes(path, name)).hexdigest()
        source = str(path.resolve())
    except ReadError as exc:
        _fail(conn, report, name, str(exc))
        return
    overridden = bool(country or report_year)
    if _is_current(stored.get((sha, source)), version) and not overridden:
        report.skipped.append(name)
        return
    try:
        for read in read_documents(path, country=country, report_year=report_year):
            document = dataclasses.replace(read, path=source + read.path.removeprefix(name))
            known = stored.get((document.sha256, document.path))
            if _is_current(known, version) and not overridden:
                report.skipped.append(document.path)
                continue
            document_id = _load_document(conn, document, version, report, overridden)
            if document_id is not None:
                stored[(document.sha256, document.path)] = StoredDocument(
                    document_id, document.path, version, current=True
                )
    except ReadError as exc:
        _fail(conn, report, name, str(exc))


def _is_current(known: StoredDocument | None, version: str) -> bool:
    return known is not None and known.current and known.extractor_version == version


def _load_document(
    conn: psycopg.Connection,
    document: Document,
    version: str,
    report: IngestReport,
    overridden: bool,
) -> int | None:
    """Extract one document and write it in its own transaction (returning its id), or
    record why not. The write holds the path's lock and looks again at what is stored:
    a document another process loaded meanwhile is skipped, not failed."""
    name = document.path
    if document.metadata.country_iso3 is None:
        why = next((w for w in document.warnings if w.startswith("country not found:")), None)
        _fail(
            conn,
            report,
            name,
            f"{name}: {why}"
            if why
            else f"{name}: no country found in the text or the file name; name it with --country",
        )
        return None
    if document.warnings:
        report.warnings[name] = list(document.warnings)
    extraction = extract(document)
    try:
        with conn.transaction():
            lock_transaction(
                conn,
                DOCUMENT,
                text_key(document.path),
                on_wait=lambda: log.info("waiting for another process loading %s", name),
            )
            known = find_document(conn, document.sha256, document.path)
            if _is_current(known, version) and not overridden:
                report.skipped.append(name)
                return None
            document_id = write_document(conn, extraction, report.run_id, version, replaces=known)
    except (psycopg.errors.IntegrityError, psycopg.errors.DataError) as exc:
        _fail(
            conn,
            report,
            name,
            f"{name}: rejected by the staging schema: {str(exc).splitlines()[0]}",
        )
        return None
    report.loaded.append(name)
    return document_id


def _fail(conn: psycopg.Connection, report: IngestReport, name: str, message: str) -> None:
    log.info(message)  # the command prints the failures once
    report.failed[name] = message
    record_error(conn, report.run_id, name, message)
