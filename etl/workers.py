"""Reading and extraction of many files in worker processes, one per core.

Workers get paths and return what the files hold (documents and their facts), made ready
to load if asked (etl.load.prepared: the rows as the load statement's parameters); the
caller loads them. A few files are not worth starting processes for: they stay in this
process.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from etl.load.prepared import PreparedExtraction, prepare
from etl.model import Document, Extraction

IN_PROCESS_LIMIT = 8  # files; fewer are read in this process
PRELOADED_MODULES = ["etl.read.document", "etl.extract", "etl.load.prepared"]
WORKER_NICENESS = 10


@dataclass(frozen=True)
class FileExtraction:
    """What one file gave: an Extraction (or, prepared for loading, a PreparedExtraction)
    per document with a country, the bare Document of one without (it cannot be loaded),
    and the error that stopped reading, if any."""

    items: list[Extraction | PreparedExtraction | Document] = field(default_factory=list)
    error: str | None = None


def extract_file(
    path: Path,
    country: str | None = None,
    report_year: int | None = None,
    for_loading: bool = False,
) -> FileExtraction:
    """Read the documents of `path` and extract those that name a country (`for_loading`:
    each extraction prepared for loading)."""
    from etl.extract import extract  # imported here: a build with nothing new needs neither
    from etl.read import ReadError, read_documents

    items: list[Extraction | PreparedExtraction | Document] = []
    try:
        for document in read_documents(path, country=country, report_year=report_year):
            if document.metadata.country_iso3 is None:
                items.append(document)
            else:
                extraction = extract(document)
                items.append(prepare(extraction) if for_loading else extraction)
    except ReadError as exc:
        return FileExtraction(items, str(exc))
    return FileExtraction(items)


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def extract_files(
    paths: Sequence[Path],
    country: str | None = None,
    report_year: int | None = None,
    workers: int | None = None,
    *,
    for_loading: bool = False,
) -> FileExtractions:
    """The FileExtraction of each path, in order; in `workers` processes when worth it. The
    workers start at once, before the first result is asked for: a caller may start them
    and open the warehouse meanwhile."""
    work = partial(extract_file, country=country, report_year=report_year, for_loading=for_loading)
    workers = default_workers() if workers is None else workers
    if workers <= 1 or len(paths) < IN_PROCESS_LIMIT:
        return FileExtractions(map(work, paths))
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOADED_MODULES)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker)
    return FileExtractions(pool.map(work, paths, chunksize=4), pool)


class FileExtractions(Iterator[FileExtraction]):
    """The outcomes of `extract_files`, in order; `close` stops the workers and drops what
    they have not done (it is called when the last outcome is taken or taking one fails)."""

    def __init__(
        self, outcomes: Iterator[FileExtraction], pool: ProcessPoolExecutor | None = None
    ) -> None:
        self._outcomes = outcomes
        self._pool = pool

    def __next__(self) -> FileExtraction:
        try:
            return next(self._outcomes)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _init_worker() -> None:
    """Ctrl-C reaches the whole process group: the parent alone decides what stops. Workers
    run at a lower priority: the parent's loading waits on PostgreSQL round trip by round
    trip, and neither it nor the server should queue behind extraction for a core."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.nice(WORKER_NICENESS)
