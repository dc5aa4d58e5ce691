"""Regex scans that give the same matches as `pattern.finditer(text)` but try the pattern
only where a match can start, instead of at every character: at line starts, or near
literal words (anchors) that every match contains. Python's regex engine skips ahead fast
only to a literal prefix; a pattern that opens on a set of letters or a look-behind is
tried at nearly every character, which costs more than all the matching that follows."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def matches_at_line_starts(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of a pattern that opens with `^` under re.MULTILINE (and never matches
    the empty string), tried at each line start only."""
    start = resume = 0
    while start >= 0:
        if start >= resume and (m := pattern.match(text, start)):
            yield m
            resume = m.end()
        newline = text.find("\n", start)
        start = newline + 1 if newline >= 0 else -1


def literal_positions(text: str, *words: str) -> list[int]:
    """Where any of the `words` (case as written) occurs in `text`, in order."""
    found: list[int] = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.append(at)
            at = text.find(word, at + 1)
    return sorted(found)


def matches_near(
    pattern: re.Pattern[str],
    starts: re.Pattern[str],
    text: str,
    anchors: Iterable[int],
    reach: int,
    words: int,
) -> Iterator[re.Match[str]]:
    """The matches of `pattern` in `text`, for a pattern whose every match holds one of the
    `anchors` (positions, ascending) at most `words` whitespace-separated words after the
    match's start, which `starts` (zero-width) finds.

    The pattern is tried where `starts` matches in the `reach` characters before each anchor;
    when those characters hold `words` words or fewer (a run of whitespace), a match might
    start before them, and the pattern is tried from the end of the previous window instead.
    Matches of the pattern must not overlap one another (as finditer would skip them)."""
    covered = 0  # every start before this was tried
    for anchor in anchors:
        if anchor < covered:
            continue
        low = max(covered, anchor - reach)
        if low > covered and len(text[low:anchor].split()) <= words:
            low = covered
        for start in starts.finditer(text, low, anchor):
            if start.start() >= covered and (m := pattern.match(text, start.start())):
                yield m
                covered = max(covered, m.end())
        covered = max(covered, anchor)
