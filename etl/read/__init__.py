"""Read report files into Documents: decoding, metadata, sentences and sections.

read_documents(path, country=None, report_year=None) -> Iterator[Document] (the entry point)
read_document(path, country=None, report_year=None) -> Document (one text or HTML file)
discover_files(inputs) -> list[Path]
detect_metadata(text, path=None) -> Metadata
split_sentences(text) -> tuple[Sentence, ...]
"""

from etl.read.discover import discover_files
from etl.read.document import read_document, read_documents, read_file_bytes
from etl.read.errors import ReadError
from etl.read.metadata import detect_metadata
from etl.read.sections import SECTIONS, assign_sections
from etl.read.sentences import split_sentences

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
