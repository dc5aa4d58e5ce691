"""Ingest: report files -> documents -> facts -> staging, skipping what has not changed."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

import psycopg

from etl.file_hashes import FileHashes
from etl.load.prepared import PreparedExtraction
from etl.load.runs import finish_run, record_error, start_run
from etl.load.staging import (
    StoredDocument,
    find_document,
    insert_new_document,
    stored_documents,
    write_document,
)
from etl.model import Document, Extraction
from etl.read import ReadError
from etl.warehouse import Warehouse
from etl.warehouse.locks import DOCUMENT, lock_transaction, text_key
from etl.workers import FileExtraction, FileExtractions, extract_files

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
    sources = [PACKAGE_DIR / "model.py"]
    for stage in ("lexicon", "read", "extract"):
        sources += (PACKAGE_DIR / stage).rglob("*.py")
        sources += (PACKAGE_DIR / stage).rglob("*.json")
    for path in sorted(sources):
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
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
    workers: int | None = None,
    extracted: FileExtractions | None = None,
) -> IngestReport:
    """Load `files` into staging, one transaction per document.

    A file whose text (and extractor) is already stored is skipped without being parsed.
    The others are read and extracted by `workers` processes (default: one per core; a few
    files stay in this process) and loaded here, in file order. A file that cannot be read
    or has no country is recorded as failed; the run goes on. `extracted`: the extraction
    of every one of `files`, started by the caller before the warehouse was open (the
    outcomes of files found stored are dropped).
    """
    version = extractor_version()
    with warehouse.connect(autocommit=True) as conn:
        # each document is still one atomic transaction; a commit just does not wait for
        # its WAL flush (a crash loses at most the last moment's documents, never half one)
        conn.execute("set synchronous_commit = off")
        run_id = start_run(conn, command)
        report = IngestReport(run_id=run_id)
        try:
            stored = stored_documents(conn)
            hashes = FileHashes(warehouse.file_hashes)
            pending = _changed_files(
                conn, files, stored, version, report, country, report_year, hashes
            )
            if on_file:
                to_read = set(pending)
                for path in files:
                    if path not in to_read:
                        on_file(path)
            extracted_files = files
            if extracted is None:
                extracted = extract_files(pending, country, report_year, workers, for_loading=True)
                extracted_files = pending
            try:
                outcomes = _outcomes_of(pending, extracted_files, extracted)
                for path, outcome in zip(pending, outcomes, strict=True):
                    _load_file(conn, path, outcome, stored, version, report, country, report_year)
                    if on_file:
                        on_file(path)
            finally:
                extracted.close()
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


def _outcomes_of(
    pending: Sequence[Path], files: Sequence[Path], extracted: Iterator[FileExtraction]
) -> Iterator[FileExtraction]:
    """The outcomes of `pending` among those of `files` (`extracted`, in their order)."""
    wanted = set(pending)
    for path, outcome in zip(files, extracted, strict=True):
        if path in wanted:
            yield outcome


def _changed_files(
    conn: psycopg.Connection,
    files: Sequence[Path],
    stored: dict[tuple[str, str], StoredDocument],
    version: str,
    report: IngestReport,
    country: str | None,
    report_year: int | None,
    hashes: FileHashes,
) -> list[Path]:
    """The files to read: those whose bytes are not stored as a current text at their
    resolved path already (a file unchanged since it was last hashed is not read)."""
    overridden = bool(country or report_year)
    pending = []
    for path in files:
        name = str(path)
        try:
            sha, resolved = hashes.sha256(path, name)
        except ReadError as exc:
            _fail(conn, report, name, str(exc))
            continue
        if _is_current(stored.get((sha, resolved)), version) and not overridden:
            report.skipped.append(name)
        else:
            pending.append(path)
    hashes.save()
    return pending


def _load_file(
    conn: psycopg.Connection,
    path: Path,
    outcome: FileExtraction,
    stored: dict[tuple[str, str], StoredDocument],
    version: str,
    report: IngestReport,
    country: str | None,
    report_year: int | None,
) -> None:
    """Load the extracted documents of one file; a text already stored at its path is
    skipped. A document is stored under its absolute, resolved path, so the same text at
    two paths is two documents, and a relative path names one file whatever the working
    directory."""
    overridden = bool(country or report_year)
    name, source = str(path), str(path.resolve())
    for item in outcome.items:
        read = item if isinstance(item, Document) else item.document
        document_path = source + read.path.removeprefix(name)
        known = stored.get((read.sha256, document_path))
        if _is_current(known, version) and not overridden:
            report.skipped.append(document_path)
            continue
        document_id = _load_document(
            conn, item, document_path, version, report, overridden, stored=known
        )
        if document_id is not None:
            stored[(read.sha256, document_path)] = StoredDocument(
                document_id, document_path, version, current=True
            )
    if outcome.error is not None:
        _fail(conn, report, name, outcome.error)


def _is_current(known: StoredDocument | None, version: str) -> bool:
    return known is not None and known.current and known.extractor_version == version


def _load_document(
    conn: psycopg.Connection,
    item: Extraction | PreparedExtraction | Document,
    path: str,
    version: str,
    report: IngestReport,
    overridden: bool,
    stored: StoredDocument | None,
) -> int | None:
    """Write one extracted document under `path` in its own transaction (returning its id),
    or record why not (a bare Document is one without a country, so not extracted). The
    write holds the path's lock and looks again at what is stored: a document another
    process loaded meanwhile is skipped, not failed.

    A text not `stored` at the start of the run (the usual case) goes in one round trip,
    inserted unless the path holds it by then; otherwise, or if it does, the stored row is
    read under the lock and the document skipped, replaced or reinstated."""
    if isinstance(item, Document):
        why = next((w for w in item.warnings if w.startswith("country not found:")), None)
        _fail(
            conn,
            report,
            path,
            f"{path}: {why}"
            if why
            else f"{path}: no country found in the text or the file name; name it with --country",
        )
        return None
    extraction = replace(item, document=replace(item.document, path=path))
    document = extraction.document
    if document.warnings:
        report.warnings[path] = list(document.warnings)
    try:
        if stored is None:
            document_id = insert_new_document(conn, extraction, report.run_id, version)
            if document_id is not None:
                report.loaded.append(path)
                return document_id
        with conn.transaction():
            lock_transaction(
                conn,
                DOCUMENT,
                text_key(path),
                on_wait=lambda: log.info("waiting for another process loading %s", path),
            )
            known = find_document(conn, document.sha256, path)
            if _is_current(known, version) and not overridden:
                report.skipped.append(path)
                return None
            document_id = write_document(conn, extraction, report.run_id, version, replaces=known)
    except (psycopg.errors.IntegrityError, psycopg.errors.DataError) as exc:
        _fail(
            conn,
            report,
            path,
            f"{path}: rejected by the staging schema: {str(exc).splitlines()[0]}",
        )
        return None
    report.loaded.append(path)
    return document_id


def _fail(conn: psycopg.Connection, report: IngestReport, name: str, message: str) -> None:
    log.info(message)  # the CLI prints the run's failures once, at its end
    report.failed[name] = message
    record_error(conn, report.run_id, name, message)
