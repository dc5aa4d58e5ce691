"""A one-form count that is the year's only figure for its metric: "the government
initiated one prosecution for sex trafficking", "prosecuted and convicted one sex
trafficker" with no other prosecution or conviction figure of that year, or beside "did not
initiate any labor trafficking prosecutions". The text presents it as the whole (METRICS.md
"Forms", "Wholes and forms"), so it is also the year's total. Not where the other form has
a figure of that year (no sums), where a total of the same sentence's form figures is a
different number (the form figures are parts), nor for a figure under other laws or of one
described case ("opened a case charging two individuals"). The form count a verb pair gives
the first verb ("prosecuted and convicted two sex traffickers": two sex trafficking
prosecutions) is dropped where the year's total of that metric is another number."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.model import CountFact

#: The metrics whose forms can stand for the total.
_BASES = ("prosecutions", "convictions")
#: The rules of a form figure that can be the year's only one (breakdowns of a stated total
#: are parts of it).
_LONE_RULES = frozenset(
    {
        "count.breakdown.verb",
        "count.breakdown.noun",
        "count.breakdown.passive",
        "count.verb_pair",
        "count.comparison",
    }
)
#: A figure under laws other than the trafficking law, of child sex trafficking alone (a
#: subset by age), or of one case the sentence describes.
_SUBSET_RE = re.compile(
    r"\bunder\s+other\s+(?:articles|laws|provisions|statutes)\b|"
    r"\bchild\s+(?:sex|prostitution)|\bchildren\s+in\s+prostitution|"
    r"\b(?:opened|initiated|filed|from|in|brought)\s+a\s+case\b"
)


def lone_form_totals(kept: list[CountFact], sentences: dict[int, str]) -> list[CountFact]:
    """`kept` (the document's resolved counts) with each lone form count also as its
    metric's total of that year (`sentences` maps a sentence index to its text)."""
    stated = {(c.metric, c.year): c.value for c in kept}
    # "prosecuting and convicting two sex traffickers" beside four prosecutions stated: the
    # pair's form count of the first verb is no longer the only word on that year
    kept = [
        c
        for c in kept
        if c.rule != "count.verb_pair"
        or (base := c.metric.partition("_")[0]) == c.metric
        or stated.get((base, c.year), c.value) == c.value
    ]
    parts_of_totals = {
        c.sentence_index
        for c in kept
        if (base := c.metric.partition("_")[0]) in _BASES
        and c.metric != base
        and stated.get((base, c.year), c.value) != c.value
    }
    added: list[CountFact] = []
    for c in kept:
        base, _, form = c.metric.partition("_")
        if base not in _BASES or form not in ("sex", "labor") or c.value == 0:
            continue
        other = f"{base}_{'labor' if form == 'sex' else 'sex'}"
        if (
            (base, c.year) in stated
            or stated.get((other, c.year), 0) != 0
            or c.rule not in _LONE_RULES
            or c.sentence_index in parts_of_totals
            or _SUBSET_RE.search(sentences.get(c.sentence_index, "").lower())
        ):
            continue
        added.append(replace(c, metric=base, rule="count.lone_form"))
        stated[(base, c.year)] = c.value
    return kept + added
