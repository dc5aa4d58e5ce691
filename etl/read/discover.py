"""Command-line inputs (files, directories, glob patterns) to the report files they name."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable
from pathlib import Path

from etl.read.errors import ReadError

REPORT_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".pdf"})
_GLOB_CHARS = frozenset("*?[")


def discover_files(inputs: Iterable[str]) -> list[Path]:
    """Files as given, report files under directories (recursive, sorted) and glob matches
    (sorted), each once, in input order. A missing path or an empty pattern is a ReadError."""
    found: dict[Path, None] = {}
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found.update(dict.fromkeys(_report_files(path)))
        elif path.exists():
            found[path] = None
        elif _GLOB_CHARS & set(item):
            matches = sorted(Path(m) for m in glob.glob(item, recursive=True))
            files = [m for m in matches if m.is_file()]
            if not files:
                raise ReadError(f"{item}: no files match")
            found.update(dict.fromkeys(files))
        else:
            raise ReadError(f"{item}: no such file or directory")
    return list(found)


def _report_files(directory: Path) -> list[Path]:
    """Report files (*.txt, *.md, *.html, *.htm, *.pdf) under `directory`, sorted as paths
    sort (folder by folder). One `scandir` per folder: a directory of the whole report
    history holds thousands of files."""
    found: list[str] = []
    folders = [str(directory)]
    while folders:
        try:
            entries = list(os.scandir(folders.pop()))
        except PermissionError:  # an unreadable folder holds nothing we can read
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):  # as rglob: no loops through links
                folders.append(entry.path)
            elif os.path.splitext(entry.name)[1].lower() in REPORT_SUFFIXES and entry.is_file():
                found.append(entry.path)
    found.sort(key=lambda name: name.split(os.sep))
    return [Path(name) for name in found]
