"""Extract the figures of a TIP narrative: Document -> Extraction.

extract(document) -> Extraction
extraction_records(extraction) -> list[dict]  (the JSONL serialisation)
"""

from etl.extract.extract import extract
from etl.extract.jsonl import extraction_records

__all__ = ["extract", "extraction_records"]
