"""Read report files into Documents: decoding, metadata, sentences and sections.

read_documents(path, country=None, report_year=None) -> Iterator[Document] (the entry point)
read_document(path, country=None, report_year=None) -> Document (one text or HTML file)
discover_files(inputs) -> list[Path]
read_file_bytes(path, name) -> bytes
detect_metadata(text, path=None) -> Metadata
split_sentences(text) -> tuple[Sentence, ...]

The reading functions are imported on first use: a command that only finds files and
checks their hashes (a build with nothing new) does not load the lexicons and patterns.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from etl.read.discover import discover_files
from etl.read.errors import ReadError
from etl.read.files import read_file_bytes

if TYPE_CHECKING:
    from etl.read.document import read_document, read_documents
    from etl.read.metadata import detect_metadata
    from etl.read.sections import SECTIONS, assign_sections
    from etl.read.sentences import split_sentences

_LAZY = {
    "read_document": "etl.read.document",
    "read_documents": "etl.read.document",
    "detect_metadata": "etl.read.metadata",
    "SECTIONS": "etl.read.sections",
    "assign_sections": "etl.read.sections",
    "split_sentences": "etl.read.sentences",
}

__all__ = [
    "SECTIONS",
    "ReadError",
    "assign_sections",
    "detect_metadata",
    "discover_files",
    "read_document",
    "read_documents",
    "read_file_bytes",
    "split_sentences",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'etl.read' has no attribute {name!r}")
