"""Counts over several years: "over the last six years, the government has convicted five
traffickers", "since 2010, courts have convicted 14 traffickers", "between 2012 and 2016,
police investigated 120 cases", "has prosecuted 31 suspects since its inception". A total
of a multi-year span is no year's figure (METRICS.md "No arithmetic": it is not the
reporting period's count), so the figure it governs gives no fact."""

from __future__ import annotations

import re

_YEAR = r"(?:19|20)\d\d"
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)"
)
#: A span phrase: "over the last six years", "in the past decade", "since 2010", "since its
#: inception", "between 2012 and 2016", "to date".
_SPAN = (
    r"(?:(?:over|in|during|within)\s+the\s+(?:last|past|previous|preceding)\s+"
    r"(?:[\w-]+\s+)?(?:years|decades?|reporting\s+periods)|"
    r"since\s+(?:(?:its|the|their)\s+(?:[\w'-]+\s+){0,3}?(?:inception|establishment|creation|"
    r"founding|enactment|adoption|entry\s+into\s+force)|(?:" + _MONTH + r"\s+)?"
    r"(?P<since>" + _YEAR + r"))|"
    r"(?:between|from)\s+(?P<month>" + _MONTH + r"\s+)?(?P<first>" + _YEAR + r")\s*"
    r"(?:and|to|through|-|–)\s*(?:" + _MONTH + r"\s+)?(?P<last>" + _YEAR + r")|to\s+date|"
    r"cumulatively)\b"
)
#: A span phrase opening a clause: "Since 2010, ...", "; over the last six years, ...".
_SPAN_OPENER_RE = re.compile(r"\s*(?:(?:and|but|however|overall)\s*,?\s*)?" + _SPAN)
#: Right after a figure's noun phrase: "... 31 suspects since its inception".
_SPAN_AFTER_RE = re.compile(r"\s*,?\s*" + _SPAN)


def _is_span(m: re.Match[str], reporting_year: int | None) -> bool:
    """Whether a span phrase covers more than one year ("since January 2017" in the report
    on 2017 does not, nor "between April 2017 and January 2018", a reporting period)."""
    if m.group("since") is not None:
        return reporting_year is None or int(m.group("since")) < reporting_year
    if m.group("first") is not None:
        years = int(m.group("last")) - int(m.group("first"))
        return years > 1 or (years == 1 and m.group("month") is None)
    return True


def over_years(text: str, figure: int, end: int, reporting_year: int | None) -> bool:
    """Whether the figure at `figure` (its noun phrase ending at `end`) counts a multi-year
    span: a span phrase opening its clause ("; over the last six years, the government has
    convicted five") or right after its noun phrase ("convicted 14 traffickers since 2010")."""
    start = max(text.rfind(";", 0, figure), text.rfind(":", 0, figure)) + 1
    opener = _SPAN_OPENER_RE.match(text, start, figure)
    if opener is not None and _is_span(opener, reporting_year):
        return True
    after = _SPAN_AFTER_RE.match(text, end)
    return after is not None and _is_span(after, reporting_year)


#: A clause opened by a range of whole years: "Between 2014-2016, ...", "From 2013 to 2015,".
_RANGE_OPENER_RE = re.compile(
    r"\s*(?:between|from)\s+(?P<first>" + _YEAR + r")\s*(?:and|to|through|-|–)\s*"
    r"(?P<last>" + _YEAR + r")\s*,"
)


def opening_range(text: str, pos: int, reporting_year: int) -> tuple[int, ...] | None:
    """The years of a range of whole years opening the clause that holds `pos` ("Between
    2014-2016, the government did not initiate any prosecutions": each of them), or None."""
    start = text.rfind(";", 0, pos) + 1
    m = _RANGE_OPENER_RE.match(text, start, pos)
    if m is None:
        return None
    first, last = int(m.group("first")), int(m.group("last"))
    if not first < last <= reporting_year or last - first > 10:
        return None
    return tuple(range(first, last + 1))
