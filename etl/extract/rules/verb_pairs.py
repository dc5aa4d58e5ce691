"""One figure governed by two or three metric verbs: "investigated and prosecuted 177 cases",
"prosecuted and convicted two traffickers", "investigated, prosecuted, and convicted one
trafficker", or by two metric nouns: "the prosecution and conviction of one trafficker" (in a
comparison too). The figure counts for each verb, as "30 arrests and prosecutions" gives 30
for each, in its form ("prosecuted and convicted one sex trafficker": one sex trafficking
prosecution); the first verb's count is kept only where the
document states no other value for that metric and year (a summary's "prosecuting and
convicting two traffickers" does not override the prosecutions counted elsewhere). The
comparisons of the figure ("as compared to 264 in 2016") go with both."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.extract.records import Count

#: The verbs right before the figure: "investigating and prosecuting 177 ...",
#: "investigated, prosecuted, and convicted one trafficker".
_PAIR_RE = re.compile(
    r"\b(?P<firsts>(?:investigat(?:ed|ing)\s*,\s*)?(?:investigat|prosecut)(?:ed|ing))\s*,?\s+"
    r"and\s+(?P<second>prosecut|convict)(?:ed|ing)\s+(?:a\s+total\s+of\s+|at\s+least\s+)?$"
)
_VERB_STEM_RE = re.compile(r"investigat|prosecut")
#: The two nouns right before the figure: "the prosecution and conviction of one ...".
_NOUN_PAIR_RE = re.compile(
    r"\b(?P<first>investigat|prosecut)ions?\s+and\s+(?P<second>prosecut|convict)ions?\s+"
    r"(?:of|against)\s+(?:a\s+total\s+of\s+|at\s+least\s+)?$"
)
_METRICS = {"investigat": "investigations", "prosecut": "prosecutions", "convict": "convictions"}


def verb_pair_counts(text: str, counts: list[Count]) -> list[Count]:
    """`counts` of one sentence with each figure of two metric verbs also counted, weakly,
    for the first verb, with its comparisons (`text` is the sentence's normalised text)."""
    added: list[Count] = []
    for count in counts:
        pair = _NOUN_PAIR_RE.search(text, max(0, count.start - 40), count.start)
        if pair is None or _METRICS[pair.group("second")] != count.metric:
            continue
        first = _METRICS[pair.group("first")]
        if not any(c.metric == first and c.year == count.year for c in counts):
            # "compared with seven investigations and the prosecution and conviction of one
            # trafficker": that year's prosecution too
            added.append(replace(count, metric=first, rule="count.noun_pair", weak=True))
    for head in counts:
        if head.rule not in ("count.head.verb", "count.breakdown.verb"):
            continue
        pair = _PAIR_RE.search(text, max(0, head.start - 60), head.start)
        base, _, form = head.metric.partition("_")
        if pair is None or _METRICS[pair.group("second")] != base:
            continue
        for stem in _VERB_STEM_RE.findall(pair.group("firsts")):
            # "convicted one sex trafficker": its prosecution is of one sex trafficker too
            first = _METRICS[stem]
            if form and stem != "investigat":
                first = f"{first}_{form}"
            if first.startswith(base) or any(
                c.metric == first and c.year == head.year for c in counts
            ):
                continue  # the sentence counts the first verb's metric itself
            added.append(replace(head, metric=first, rule="count.verb_pair", weak=True))
            added.extend(
                replace(c, metric=first, weak=True)
                for c in _comparisons_of(head, counts)
                if not any(d.metric == first and d.year == c.year for d in counts)
            )
    return counts + added


def _comparisons_of(head: Count, counts: list[Count]) -> list[Count]:
    """The earlier years' counts of `head`'s metric after it, up to the next count of the
    sentence that is not one of them."""
    out: list[Count] = []
    for c in sorted((c for c in counts if c.start > head.start), key=lambda c: c.start):
        if c.rule != "count.comparison" or c.metric != head.metric:
            break
        out.append(c)
    return out
