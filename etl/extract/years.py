"""Which year a figure describes: "in 2015", "(12 in 2015)", "during the previous year",
a sentence opener "In 2016, ...", or by default the reporting year."""

from __future__ import annotations

import re

_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)"
)
_PERIOD_OF = (
    r"(?:the\s+)?(?:(?:first|second|third|fourth|last|final)\s+"
    r"(?:half|quarter|three\s+quarters|two\s+quarters|six\s+months|nine\s+months|"
    r"eight\s+months|ten\s+months|eleven\s+months|months|weeks)|"
    r"(?:first|last)\s+(?:\w+\s+)?(?:months|weeks))\s+of\s+"
)
#: A year as written, also one no report describes ("in 1899", "in 2099"): the figure is
#: then dated to it, and the resolver drops it, rather than given the reporting year.
_YEAR = r"(?:1[89]|2[01])\d{2}"
#: "in 2015", "during calendar year 2016", "in the first half of 2020", "in 2015 and 2014",
#: "in both 2016 and 2017".
YEAR_PHRASE_RE = re.compile(
    rf"\b(?:in|during|for|throughout|over|of)\s+(?:both\s+)?"
    rf"(?:(?:calendar|fiscal|the\s+calendar|the\s+fiscal)\s+years?\s+|fy\s*|{_PERIOD_OF}|"
    rf"(?:early|late|mid-?)\s*|{_MONTH}\s+(?:\d{{1,2}},?\s+)?)?"
    rf"(?P<year>{_YEAR})(?!\s*[-/]\s*\d)(?P<more>(?:\s*(?:,\s*and|,|and)\s+{_YEAR}\b(?!\s*-))*)"
)
_MORE_YEARS_RE = re.compile(_YEAR)
#: A fiscal year over two calendar years ("in the 2017-2018 fiscal year", "during fiscal
#: year 2016/17", "in FY 2017-18", "during fiscal year 2021 to 2022"): the year it ends in
#: (METRICS.md "Years").
_FISCAL_RANGE_RE = re.compile(
    rf"\b(?:in|during|for|over|of)\s+(?:the\s+)?(?P<before>(?:fiscal|financial|budget|funding)\s+"
    rf"years?\s+|fy\s*)?(?P<start>{_YEAR})(?:\s*[-/–]\s*|\s+to\s+)(?P<end>{_YEAR}|\d{{2}})\b"
    r"(?P<after>\s+(?:fiscal|financial|budget|funding)\s+years?\b)?"
)
#: "during the previous reporting period", "the prior year": the year before the reporting year.
PRIOR_RE = re.compile(
    r"\b(?:the\s+)?(?:(?:previous|prior|preceding)\s+(?:reporting\s+|fiscal\s+|calendar\s+)?"
    r"(?:period|year|cycle)|year\s+before)\b|"
    # "compared with two cases last year" (not "over the last year": the reporting period)
    r"(?<!the\s)\blast\s+(?:reporting\s+)?(?:period|year)\b"
)
#: "during the reporting period", "this year": the reporting year itself.
CURRENT_RE = re.compile(
    r"\b(?:(?:during|in|over|throughout)\s+the\s+(?:current\s+)?reporting\s+(?:period|year)|"
    r"this\s+reporting\s+period|during\s+the\s+year)\b"
)
#: A clause that opens with its year: "In 2016, ...", "During 2005 ...".
OPENER_RE = re.compile(
    rf"(?:^|[;:]\s*)(?:in|during|throughout|for)\s+(?:(?:calendar|fiscal)\s+year\s+|fy\s*|"
    rf"{_PERIOD_OF}|{_MONTH}\s+(?:\d{{1,2}},?\s+)?)?(?P<year>{_YEAR})\s*,"
)
#: "In the previous reporting period, ..." as an opener.
PRIOR_OPENER_RE = re.compile(
    r"(?:^|[;:]\s*)(?:in|during)\s+the\s+(?:previous|prior|preceding)\s+"
    r"(?:reporting\s+|fiscal\s+|calendar\s+)?(?:period|year)\s*,"
)


_FILLER_RE = re.compile(
    r"(?:\s*,)?(?:\s+(?:identified|allocated|reported|registered|recorded|assisted|spent|budgeted|"
    r"provided|received|investigated|prosecuted|convicted|initiated|opened|approved|disbursed|"
    r"by\s+the\s+government|by\s+authorities|total|overall|combined|respectively|only|alone|"
    r"the\s+year\s+before|victims|cases|traffickers|under\s+(?:the\s+)?(?:articles?|sections?)\s+"
    r"\d+[\w.()-]*(?:\s*(?:,|and|or)\s*\d+[\w.()-]*)*|"
    # "convicted 174 offenders under Italy's 2003 trafficking law in 2010": the law's
    # name (and the year it was passed) stands between the figure and its year
    r"under\s+(?:the\s+)?(?:[a-z]+'s\s+)?(?:(?:19|20)\d\d\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:law|act|statute|code))\b|"
    # "403 cases (including 29 ongoing investigations) during the previous reporting
    # period": a bracket without a year of its own stands between the figure and its year
    r"\s*\((?![^()]*\b(?:19|20)\d\d\b)[^()]{1,80}\))*\s*"
)
_PRIOR_AT_RE = re.compile(
    r"(?:(?:in|during|over|for|throughout)\s+)?(?:the\s+)?(?:previous|prior|preceding)\s+"
    r"(?:reporting\s+|fiscal\s+|calendar\s+)?(?:period|year|cycle)\b|"
    r"last\s+(?:reporting\s+)?(?:period|year)\b"
)
_CURRENT_AT_RE = re.compile(
    r"(?:(?:during|in|over|throughout)\s+)?the\s+(?:current\s+)?reporting\s+(?:period|year)\b"
)


def years_at(text: str, pos: int, reporting_year: int | None) -> tuple[int, ...] | None:
    """The years a phrase right at `pos` names ("in 2015", "allocated in 2018", "the previous
    reporting period"), past a few participles and fillers; None if no such phrase."""
    p = _FILLER_RE.match(text, pos)
    at = p.end() if p else pos
    fiscal = _fiscal_year(_FISCAL_RANGE_RE.match(text, at))
    if fiscal is not None:
        return (fiscal,)
    m = YEAR_PHRASE_RE.match(text, at)
    if m is not None:
        return (int(m.group("year")), *(int(y) for y in _MORE_YEARS_RE.findall(m.group("more"))))
    if reporting_year is not None:
        if _PRIOR_AT_RE.match(text, at):
            return (reporting_year - 1,)
        if _CURRENT_AT_RE.match(text, at):
            return (reporting_year,)
    return None


def years_between(
    text: str, start: int, stop: int, reporting_year: int | None
) -> tuple[int, ...] | None:
    """The years a phrase in text[start:stop] names ("in 2015 and 2014" gives both), or None."""
    m = YEAR_PHRASE_RE.search(text, start, stop)
    prior = PRIOR_RE.search(text, start, stop)
    current = CURRENT_RE.search(text, start, stop)
    found: list[tuple[int, tuple[int, ...]]] = []
    for fiscal_match in _FISCAL_RANGE_RE.finditer(text, start, stop):
        fiscal = _fiscal_year(fiscal_match)
        if fiscal is not None:
            found.append((fiscal_match.start(), (fiscal,)))
            break
    if m is not None:
        years = (int(m.group("year")), *(int(y) for y in _MORE_YEARS_RE.findall(m.group("more"))))
        found.append((m.start(), years))
    if reporting_year is not None:
        if prior is not None:
            found.append((prior.start(), (reporting_year - 1,)))
        if current is not None:
            found.append((current.start(), (reporting_year,)))
    if not found:
        return None
    # a fiscal year beats the year phrase of its first year at the same place ("during
    # fiscal year 2021 to 2022": 2022)
    return min(found, key=lambda pair: pair[0])[1]


def _fiscal_year(m: re.Match[str] | None) -> int | None:
    """The year a fiscal-year range ends in, when the range is one named fiscal year of two
    consecutive calendar years; None for a plain range ("the 2017-2021 action plan")."""
    if m is None or not (m.group("before") or m.group("after")):
        return None
    start, end = int(m.group("start")), m.group("end")
    last = int(end) if len(end) == 4 else start // 100 * 100 + int(end)
    return last if last == start + 1 else None


#: "... a decrease from 2017, when authorities identified 4,137", "... from 2009, during
#: which the government allocated $213,000": the clause's year.
WHEN_RE = re.compile(rf"\b(?P<year>{_YEAR}),?\s+(?:when|during\s+which|in\s+which)\b")
#: "... compared to the previous reporting period, when the ministry identified 134".
_PRIOR_WHEN_RE = re.compile(
    r"\b(?:previous|prior|preceding)\s+(?:reporting\s+)?(?:period|year),?\s+when\b"
)


def opener_year(text: str, pos: int, reporting_year: int | None) -> int | None:
    """The year named by the last clause opener ("In 2016, ...", "2017, when", "the previous
    reporting period, when") before `pos`."""
    best: tuple[int, int | None] | None = None
    for regex in (OPENER_RE, WHEN_RE):
        for m in regex.finditer(text, 0, pos):
            if best is None or m.start() > best[0]:
                best = (m.start(), int(m.group("year")))
    priors = [*PRIOR_OPENER_RE.finditer(text, 0, pos)]
    if "when" in text:
        priors += _PRIOR_WHEN_RE.finditer(text, 0, pos)
    for m in priors:
        if best is None or m.start() > best[0]:
            best = (m.start(), None if reporting_year is None else reporting_year - 1)
    return None if best is None else best[1]
