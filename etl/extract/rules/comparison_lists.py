"""A list of comparisons after a list of counts: "investigated 50 cases, prosecuted 43
suspects, and convicted 26 traffickers, compared with 45 cases, 24 prosecutions, and 23
convictions the previous reporting period". An item that names no metric ("45 cases")
would take the latest count's metric (convictions), which a later item names itself: it
belongs to the one metric the sentence counts with no comparison of that year
(investigations), else to none (a wrong figure is worse than a missing one). A figure
that names its metric and has a comparison of its own ("compared to 30 prosecutions in
2015, and 14 convictions, compared to 16 convictions in 2015") is no comparison but a
count of the sentence's year, however the list before it reads."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.extract.records import Count

_NOUNS = {
    "investigations": "investigations?",
    "prosecutions": "prosecutions?",
    "convictions": "convictions?",
}
#: The metric's own noun right after a figure: "23 convictions", "24 trafficking prosecutions".
_NAMED_RE = {
    metric: re.compile(r"\s+(?:(?:new|trafficking|human\s+trafficking)\s+)*" + noun + r"\b")
    for metric, noun in _NOUNS.items()
}


def list_comparisons(text: str, counts: list[Count]) -> list[Count]:
    """`counts` of one sentence with each comparison that names no metric, and whose metric
    another comparison of that year names, moved to the metric it must stand for or
    dropped (`text` is the sentence's normalised text)."""
    comparisons = [c for c in counts if c.rule == "count.comparison" and c.metric in _NOUNS]
    if len(comparisons) < 2:
        return counts
    out = [_inner_item(text, c, comparisons) for c in _compared_items(text, counts)]
    comparisons = [c for c in out if c.rule == "count.comparison" and c.metric in _NOUNS]
    for c in comparisons:
        named = _NAMED_RE[c.metric]
        if named.match(text, c.end) or not any(
            d is not c
            and d.rule == "count.comparison"
            and d.metric == c.metric
            and d.year == c.year
            and named.match(text, d.end)
            for d in comparisons
        ):
            continue
        compared = {(d.metric, d.year) for d in comparisons}
        free = {
            d.metric
            for d in counts
            if d.rule.startswith("count.head.")
            and d.metric in _NOUNS
            and (d.metric, c.year) not in compared
        }
        out.remove(c)
        if len(free) == 1:
            out.append(replace(c, metric=free.pop()))
    return out


#: Between two items of one list: a comma, "and", nothing else.
_LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


def _inner_item(text: str, c: Count, comparisons: list[Count]) -> Count:
    """`c`, or, where it is an item that names its metric between two comparisons of one
    year ("compared with 654 cases, 24 prosecutions, and 23 convictions the previous
    reporting period": the 24), a comparison of that year."""
    if not c.rule.startswith("count.head.") or c.metric not in _NOUNS:
        return c
    before = [d for d in comparisons if d.end <= c.start]
    after = [d for d in comparisons if d.start >= c.end]
    named = _NAMED_RE[c.metric].match(text, c.end)
    if not before or not after or named is None:
        return c
    last, following = before[-1], after[0]
    if (
        last.year != following.year
        or last.year == c.year
        or any(d.metric == c.metric and d.year == last.year for d in comparisons)
        or not _listed_between(text, last.end, c.start)
        or not _listed_between(text, named.end(), following.start)
    ):
        return c
    return replace(c, year=last.year, rule="count.comparison")


#: Between two items of one list: a comma, then at most an "and" and a few words of the
#: first item's noun phrase ("654 cases for investigation, 24 prosecutions").
_LIST_GAP_RE = re.compile(r"(?:[\w-]+\s+){0,3}?[\w-]*,\s*(?:and\s+)?")


def _listed_between(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` only separates two items of a list."""
    return _LIST_GAP_RE.fullmatch(text[start:end].lstrip()) is not None


#: Right after a count's noun: its own comparison ("14 convictions, compared to 16 ...").
_OWN_COMPARISON_RE = re.compile(
    r"\s*,\s*(?:compared\s+(?:with|to)|up\s+from|down\s+from|"
    r"an?\s+(?:\w+\s+)?(?:increase|decrease|rise|drop)\s+from)\s"
)


def _compared_items(text: str, counts: list[Count]) -> list[Count]:
    """`counts` with each comparison that names its metric and is compared itself with a
    later comparison of that metric and year made a count of the sentence's first year."""
    heads = [c for c in counts if c.rule.startswith("count.head.")]
    if not heads:
        return counts
    year = min(heads, key=lambda c: c.start).year
    out: list[Count] = []
    for c in counts:
        named = _NAMED_RE[c.metric].match(text, c.end) if c.metric in _NOUNS else None
        if (
            c.rule == "count.comparison"
            and c.year != year
            and named is not None
            and _OWN_COMPARISON_RE.match(text, named.end())
            and any(
                d.rule == "count.comparison"
                and d.metric == c.metric
                and d.year == c.year
                and d.start > c.end
                for d in counts
            )
            and not any(d.metric == c.metric and d.year == year for d in counts)
        ):
            c = replace(c, year=year, rule="count.head.noun")
        out.append(c)
    return out
