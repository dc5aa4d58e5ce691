"""Exports of the marts for people without a database connection: files and their dictionary."""

from etl.export.dictionary import ColumnDoc, ModelDoc, mart_docs
from etl.export.writer import ExportResult, TableExport, export_marts, mart_tables

__all__ = [
    "ColumnDoc",
    "ExportResult",
    "ModelDoc",
    "TableExport",
    "export_marts",
    "mart_docs",
    "mart_tables",
]
