"""The one resolver between competing candidates of a document: which count is the year's
figure for its metric (the first strong statement in text order; one level of
government's figure only where no national one is stated), which breakdowns still belong
to a kept total, which directions a count makes redundant, and each fact once (a sum a
later sentence restates is the first sentence's allocation); first of all, no fact of a
year no report describes or with a negative figure."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

from etl.extract.numbers import is_negated
from etl.extract.records import Count
from etl.model import CountFact, DirectionFact, FundingFact

T = TypeVar("T")

#: The first year a TIP report describes (the first report, of 2001).
FIRST_YEAR = 2000


def resolve(
    counts: list[tuple[CountFact, Count]],
    funding: list[FundingFact],
    directions: list[DirectionFact],
    text: str,
) -> tuple[list[CountFact], list[FundingFact], list[DirectionFact]]:
    """The document's facts from every sentence's candidates (`counts` pairs each document
    fact with the sentence-local count it came from; `text` is the document's text)."""
    counts = [pair for pair in counts if _plausible_count(pair[0], text)]
    funding = [f for f in funding if _plausible_funding(f, text)]
    directions = [d for d in directions if _plausible_year(d.year)]
    kept_counts = _unique(_whole_parts(counts), lambda c: (c.metric, c.year))
    counted = {(c.metric, c.year) for c in kept_counts}
    kept_directions = _unique(
        (d for d in directions if (d.metric, d.year) not in counted),
        lambda d: (d.metric, d.year, d.direction),
    )
    kept_funding = _restated_once(
        _unique(funding, lambda f: (f.year, f.purpose, f.currency, f.amount_local, f.amount_usd))
    )
    return kept_counts, kept_funding, kept_directions


def _plausible_year(year: int) -> bool:
    """Whether `year` is one a report describes: 2000 to this year."""
    return FIRST_YEAR <= year <= datetime.date.today().year


def _plausible_count(fact: CountFact, text: str) -> bool:
    """Whether a count may be a fact: a plausible year, a figure that is not negative (also
    written so: "minus 3"). (A count too large for its column is the loader's error
    for the file, never dropped unseen.)"""
    return _plausible_year(fact.year) and fact.value >= 0 and not is_negated(text, fact.start)


def _plausible_funding(fact: FundingFact, text: str) -> bool:
    """Whether an allocation may be a fact: a plausible year, no negative amount. (An
    amount too large for its column is the loader's error for the file.)"""
    return (
        _plausible_year(fact.year)
        and (fact.amount_local is None or fact.amount_local > 0)
        and (fact.amount_usd is None or fact.amount_usd >= 0)
        and not is_negated(text, fact.start)
    )


def _whole_parts(counts: list[tuple[CountFact, Count]]) -> list[CountFact]:
    """Facts in the order they win a (metric, year): strong before weak ones and figures
    before zeros, each in text order; breakdowns of a total the document does not keep are
    dropped (in "the police identified 285 (of the 348); 242 were labor trafficking
    victims" the 242 is a part of a part, not the year's labor count)."""
    # a stated figure wins over a zero of the same metric and year (the zero is then about
    # a part: "did not initiate any new investigations" beside "investigated 32 cases")
    ordered = sorted(counts, key=lambda pair: (pair[1].weak, pair[1].value == 0))
    kept: dict[tuple[str, int], int] = {}
    for c, _ in ordered:
        kept.setdefault((c.metric, c.year), c.value)
    out = []
    for c, local in ordered:
        whole = local.part_of
        if whole is None or kept.get((whole[0], whole[1]), whole[2]) == whole[2]:
            out.append(c)
    return out


def _restated_once(funding: list[FundingFact]) -> list[FundingFact]:
    """`funding` without a sum a later sentence restates for the same year, whatever use it
    names then ("appropriated 2.3 billion pesos to assist victims" in protection, "2.3
    billion pesos to implement the strategy" in prevention): one allocation, the first."""
    first: dict[Hashable, int] = {}
    out: list[FundingFact] = []
    for f in funding:
        money = (f.year, f.currency, f.amount_local, f.amount_usd)
        if first.setdefault(money, f.sentence_index) == f.sentence_index:
            out.append(f)
    return out


def _unique(items: Iterable[T], key: Callable[[T], Hashable]) -> list[T]:
    """`items` without repeats of `key`, the first of each kept (a document states a fact
    once per metric and year; a repeat, or a later sub-count, is not a second fact)."""
    seen: set[Hashable] = set()
    out: list[T] = []
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return out
