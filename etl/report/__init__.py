"""The visual report: one self-contained HTML file of the warehouse's figures per country."""

from etl.report.data import ReportError, report_data
from etl.report.html import render_report

__all__ = ["ReportError", "render_report", "report_data"]
