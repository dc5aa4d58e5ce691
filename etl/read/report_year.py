"""The report year a narrative's text implies, or why it cannot be told.

A report of year Y describes a reporting period of about April Y-1 to March Y; its
calendar figures are those of the reporting year Y-1. Each dated clue in the text votes
for a reporting year and sets a floor the reporting year cannot be below:

* "in 2017", "during 2017": votes 2017; an event early in the report's own year is told
  the same way, so the floor is 2016.
* "in December 2017", "in late 2017": votes 2017, floor 2017. "In February 2018", "in
  early 2018" fall in the reporting period of 2017: votes 2017, floor 2017. April and May
  are either side of the period's end: no vote, floor 2017.
* A comparison with an earlier figure ("compared with 92 in 2016", "(150 in 2016 and 135
  in 2015)", "the same as in 2016"): the most recent year compared with votes for the year
  after it, and the reporting year is at least that.

Years in a sentence opening "In comparison," count as compared with. Not clues: plans and
future dates ("scheduled to take effect in 2020", "in 2020 the government will"), ranges
("the 2018-2022 action plan"), fiscal years, names of years ("a 2018 roadmap", "the 2007
act"); background ("as amended in 2016", "since 2015", "last convicted a trafficker in
2011") sets a floor but does not vote.

A sentence opening on its year ("In 2017, the police ...") or a figure just before the
sentence's first year ("convicted one trafficker in 2017") is worth two votes, as is a
comparison; other clues one. The year with most votes is the reporting year when

* it has at least two votes, or is named by the text's only clue, a year statement (a lone
  dated event, "In March 2011, ...", is too weak);
* no other year has as many votes, and at least two clues name it when others exist;
* at most one clue tells of a later year, and only against four votes or more.

Otherwise the year is unknown and the reason says which clues were weak or disagreed. So
a text whose comparisons point at an old year while it tells of later events ("compared
with 20 in 2012" in a narrative of 2017) is unknown rather than wrong.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from etl.read.scan import matches_near

_MIN_YEAR, _MAX_YEAR = 2000, 2099
_SENTENCE_REACH = 5_000  # characters: longer than any sentence of a report
_MIN_CLUES = _MIN_VOTES = 2
#: A reading is refused when this many clues tell of a later year, or one does against
#: fewer than this many votes.
_MAX_LATER, _LATER_RATIO = 2, 4

_YEAR = r"(?:19|20)\d\d"
_NUMBER = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|zero|none|no)"
# Case-sensitive and without a leading \b, so that the regex engine can skip ahead fast;
# the look-behind keeps "support from" from reading as "up ... from".
_COMPARISON = re.compile(
    r"(?<![A-Za-z])(?:(?:(?:increas|decreas|ris|drop|declin)\w*|up|down)\s+"
    r"(?:of\s+[^.;]{0,40}?\s+)?from"
    r"|[Cc]ompare[ds]?\s+(?:to|with)|in\s+comparison\s+(?:to|with)|versus|vs\.?|(?:the\s+)?same\s+as)\s+"
    rf"(?:[^.;,]|[.,]\d|,\s+respectively,|,\s+(?:and\s+)?(?={_NUMBER}\b)){{0,100}}?"
    rf"\bin\s+(?P<year>{_YEAR})\b"
    rf"|\((?:compared\s+(?:to|with)\s+)?(?:\w+\s+){{0,3}}?{_NUMBER}\b[^()]{{0,40}}?"
    rf"\bin\s+{_YEAR}\)"
)
#: Where a comparison can start. _COMPARISON offers the regex engine no first characters to
#: skip ahead to, so it is tried only where one of these words starts.
_COMPARISON_START = re.compile(
    r"increas|decreas|ris|drop|declin|up|down|Compare|compare|in\s+comparison|versus|vs|same|\("
)
#: Earlier years a comparison goes on to: "compared with 38 in 2020 ..., and nine in 2019".
_COMPARED_FURTHER = re.compile(rf"[^.;]{{0,80}}?\band\s+{_NUMBER}\b[^.;]{{0,40}}?\bin\s+{_YEAR}\b")
_ANY_YEAR = re.compile(rf"\b{_YEAR}\b")
_IN_YEAR = re.compile(rf"\bin\s+({_YEAR})\b")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
#: "In", "during" or "throughout" in any case, then a year. The first letter is spelled out
#: (with the letters the case-blind "i" also matches) and the rest is case-blind, so that
#: the regex engine can skip ahead to first letters; "(?<!\w.)" after it is the "\b" before.
_MENTION_WORD = r"[IiİıDdTt](?<!\w.)(?i:(?<=i)n|(?<=d)uring|(?<=t)hroughout)"
_MENTION = re.compile(
    _MENTION_WORD + r"\s+"
    r"(?i:(?:(?P<part>early|late|mid-?)\s*)?"
    rf"(?:(?P<month>{_MONTHS})\s+(?:\d{{1,2}},\s+)?)?)"
    rf"(?P<year>{_YEAR})\b(?!\s*[-\u2013\u2014/]\s*\d)"
)
#: A mention is looked for only in the words before a year: where its word can start, and
#: how far before the year ("throughout early September 30, 2017").
_MENTION_START = re.compile(f"(?={_MENTION_WORD})")
_MENTION_REACH, _MENTION_WORDS = 50, 4
_YEAR_STARTS = (re.compile(r"19\d\d"), re.compile(r"20\d\d"))  # literal prefixes: fast
_FORWARD_BEFORE = re.compile(
    r"\b(?:scheduled|planned|expected|will|would|until|due|plans?|intends?|aims?)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
_FORWARD_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:will|is\s+(?:scheduled|expected|planned)|plans\s+to|intends\s+to)\b",
    re.IGNORECASE,
)
#: Background, not the reporting period: "as amended in 2016", "since its promulgation in
#: 2015", "last convicted a trafficker in 2011".
_BACKGROUND = re.compile(
    r"\b(?:amended|amendments?|promulgat\w*|enacted|ratified|since|last|first\s+\w+\s+since)\b"
    r"[^.;]{0,80}$",
    re.IGNORECASE,
)
#: A sentence that compares with an earlier year: "In comparison, it convicted two in 2005."
_COMPARING_SENTENCE = re.compile(r"(?:In|By)\s+(?:comparison|contrast),")
#: A sentence opening on its year, the way narratives state the reporting year's figures.
_OPENING = re.compile(r"(?:^|[.:]\s*|\n\s*)$")
#: A figure just before the sentence's first year, in its clause: "convicted one trafficker
#: in 2020" (a later year of the sentence is usually the one compared with).
_FIGURE_BEFORE = re.compile(
    rf"(?<![\w,.])(?!{_YEAR}\b)(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"[^.;,()\d]{0,40}$"
)
#: "increased from 55 to 65 in 2017": the year is the new figure's, not the compared one's.
_FROM_TO = re.compile(r"\bfrom\b[^.;]*\bto\b")
_EARLY = frozenset({"january", "february", "march", "early"})
_EDGE = frozenset({"april", "may"})


@dataclass(frozen=True)
class YearReading:
    """The report year the text implies, or None and why not."""

    report_year: int | None
    reason: str | None = None


@dataclass(frozen=True)
class _Clue:
    vote: int | None  # the reporting year this clue speaks of
    floor: int  # the reporting year is at least this
    what: str  # the clue as it reads, for a reason
    weight: int = 1  # how many votes it is worth
    kind: str = "year"  # "year" ("in 2017"), "month" ("in June 2017") or "comparison"


def infer_report_year(text: str) -> YearReading:
    """The report year the dated clues of `text` agree on, or why it cannot be told."""
    clues = list(_clues(text))
    votes: Counter[int] = Counter()
    for c in clues:
        if c.vote is not None:
            votes[c.vote] += c.weight
    if not votes:
        return YearReading(None, "the text gives no dated clue")
    ranked = votes.most_common()
    best, n = max(ranked, key=lambda pair: (pair[1], pair[0]))
    voting = [c for c in clues if c.vote is not None]
    if n < _MIN_VOTES and not (len(voting) == 1 and voting[0].kind == "year"):
        return YearReading(None, f"one weak clue only ({_first(clues, best)})")
    rivals = [year for year, m in ranked if year != best and m >= n]
    if rivals:
        return YearReading(
            None, f"the text speaks as much of {rivals[0]} as of {best} ({n} votes each)"
        )
    if len(voting) > 1 and sum(c.vote == best for c in voting) < _MIN_CLUES:
        others = sorted({c.vote for c in voting if c.vote is not None and c.vote != best})
        return YearReading(
            None,
            f"one clue only speaks of {best} ({_first(clues, best)}),"
            f" others of {', '.join(map(str, others))}",
        )
    later = [c for c in clues if c.floor > best]
    if len(later) >= _MAX_LATER or len(later) * _LATER_RATIO > n:
        return YearReading(
            None,
            f"most clues speak of {best} ({n}) but '{later[0].what}' tells of a later year",
        )
    return YearReading(best + 1)


def _first(clues: list[_Clue], year: int) -> str:
    return next(c.what for c in clues if c.vote == year)


def _clues(text: str) -> Iterator[_Clue]:
    """Every dated clue of `text`: comparisons first, then mentions outside them."""
    spans: list[tuple[int, int]] = []
    years = _year_positions(text)
    for m in _comparisons(text, years):
        if _FROM_TO.search(m.group(0)):
            continue
        end = m.end()
        while further := _COMPARED_FURTHER.match(text, end):
            end = further.end()
        spans.append((m.start(), end))
        year = int(m.group("year") or _IN_YEAR.search(m.group(0)).group(1))  # type: ignore[union-attr]
        if _MIN_YEAR <= year <= _MAX_YEAR:
            yield _Clue(year + 1, year + 1, _squash(m.group(0)), 2, "comparison")
    inside = 0  # the first span not ending before the mention (spans and mentions in order)
    for m in _mentions(text, years):
        while inside < len(spans) and spans[inside][1] <= m.start():
            inside += 1
        if (inside < len(spans) and spans[inside][0] <= m.start()) or _forward(text, m):
            continue
        year = int(m.group("year"))
        if not _MIN_YEAR <= year <= _MAX_YEAR:
            continue
        when = (m.group("month") or m.group("part") or "").lower()
        what = _squash(m.group(0))
        low = max(0, m.start() - 100)
        before = text[low : m.start()]
        # Neither a background word nor a figure is looked for before the clause's last
        # stop: no match of either spans one.
        if _BACKGROUND.search(before, _after_last(text, ".;", low, m.start()) - low):
            yield _Clue(None, year - 1, what)
        elif _COMPARING_SENTENCE.match(text, _sentence_start(text, m.start())):
            yield _Clue(year + 1, year + 1, what, 2, "comparison")
        elif not when and (
            (m.group(0)[0].isupper() and _OPENING.search(before) and text[m.end()] == ",")
            or (
                _FIGURE_BEFORE.search(before, _after_last(text, ".;()", low, m.start()) - low)
                and _first_year_of_sentence(text, m.start())
            )
        ):
            yield _Clue(year, year - 1, what, weight=2)
        elif when in _EARLY:
            yield _Clue(year - 1, year - 1, what, kind="month")
        elif when in _EDGE:
            yield _Clue(None, year - 1, what, kind="month")
        elif when:
            yield _Clue(year, year, what, kind="month")
        else:
            yield _Clue(year, year - 1, what)


def _year_positions(text: str) -> list[int]:
    """Where the years of mentions and comparisons can start, in order (more than those: any
    "19" or "20" opening four digits). Such a year follows no digit, so the non-overlapping
    finds of each pattern miss none."""
    return sorted(m.start() for pattern in _YEAR_STARTS for m in pattern.finditer(text))


def _mentions(text: str, years: list[int]) -> Iterator[re.Match[str]]:
    """The matches of _MENTION in `text`, the same as its finditer."""
    return matches_near(_MENTION, _MENTION_START, text, years, _MENTION_REACH, _MENTION_WORDS)


def _first_year_of_sentence(text: str, start: int) -> bool:
    """Whether no year comes before `start` in its sentence."""
    return _ANY_YEAR.search(text, _sentence_start(text, start), start) is None


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts (roughly: after the last ". " or line end,
    looked for in the `_SENTENCE_REACH` characters before it, so that a text of one long
    line is still read in linear time)."""
    reach = max(0, pos - _SENTENCE_REACH)
    dot, newline = text.rfind(". ", reach, pos), text.rfind("\n", reach, pos)
    return max(dot + 2 if dot >= 0 else reach, newline + 1)


def _forward(text: str, m: re.Match[str]) -> bool:
    """Whether a year mention is a plan or a future date rather than an event."""
    low = max(0, m.start() - 60)
    return bool(
        _FORWARD_BEFORE.search(text, _after_last(text, ".;", low, m.start()), m.start())
        or _FORWARD_AFTER.match(text[m.end() : m.end() + 60])
    )


def _after_last(text: str, stops: str, low: int, high: int) -> int:
    """Just after the last of the `stops` characters in text[low:high], else `low`: where a
    search for a pattern that holds none of them and runs to `high` can start."""
    return max([low] + [text.rfind(stop, low, high) + 1 for stop in stops])


def _comparisons(text: str, years: list[int]) -> Iterator[re.Match[str]]:
    """The matches of _COMPARISON in `text` at the places _COMPARISON_START finds (nearly
    all of `_COMPARISON.finditer(text)`: "the same as" is found from "same").

    Every comparison ends on a year, so one is looked for only before each year, back to
    where it could start: its last "(" (a comparison in brackets holds no other) and, for
    the other forms, which hold no ";" and no "." but before a digit or in "vs.", the last
    such stop (or the end of the year before)."""
    covered = 0  # every start before this was tried
    for year in years:
        if year < covered:
            continue
        low = max(covered, _last_stop(text, covered, year) - len("vs."))
        bracket = text.rfind("(", covered, year)
        if 0 <= bracket < low and (m := _COMPARISON.match(text, bracket)):
            yield m
            covered = m.end()
        pos = max(low, covered)
        while start := _COMPARISON_START.search(text, pos, year):
            if m := _COMPARISON.match(text, start.start()):
                yield m
                pos = covered = m.end()
            else:
                pos = start.start() + 1
        covered = max(covered, year)


def _last_stop(text: str, low: int, high: int) -> int:
    """Just after the last ";" or "." not before a digit in text[low:high], else `low`."""
    semicolon, dot = text.rfind(";", low, high), text.rfind(".", low, high)
    while dot > semicolon and text[dot + 1 : dot + 2].isdecimal():
        dot = text.rfind(".", low, dot)
    stop = max(semicolon, dot)
    return stop + 1 if stop >= 0 else low


def _squash(span: str) -> str:
    return " ".join(span.split())[:60]
