"""Document -> Extraction: run the count, money and direction rules sentence by sentence,
map sentence offsets to document offsets and keep each fact once per document."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

from etl.extract.counts import Count, Frame, sentence_counts
from etl.extract.directions import HINT_RE, Direction, sentence_directions
from etl.extract.money import SYMBOL_HINT_RE, Funding, find_amounts, sentence_funding
from etl.extract.numbers import Figure, find_figures, normalise
from etl.extract.zeros import HINT_RE as ZERO_HINT_RE
from etl.model import CountFact, DirectionFact, Document, Extraction, FundingFact, Sentence
from etl.read.sentences import split_sentences

#: How many sentences a counting frame ("The government identified 71 victims") lasts for
#: the sentences after it that break the count down ("Of those, ...", "three were foreign").
_FRAME_LIFE = 2

T = TypeVar("T")


def extract(document: Document) -> Extraction:
    """Every count, funding and direction fact the document states (pure)."""
    meta = document.metadata
    ry = meta.reporting_year
    sentences = document.sentences or split_sentences(document.text)
    counts: list[tuple[CountFact, tuple[str, int, int] | None]] = []
    funding: list[FundingFact] = []
    directions: list[DirectionFact] = []
    frame: Frame | None = None
    frame_age = 0
    previous = ""
    for sentence in sentences:
        if sentence.section == "recommendations":
            frame, previous = None, ""
            continue
        frame_age += 1
        if frame_age > _FRAME_LIFE:
            frame = None
        text = normalise(sentence.text)
        figures = find_figures(text)
        if ry is not None and _summary_like(sentence, figures) and HINT_RE.search(text):
            directions.extend(_direction_fact(d, sentence, ry) for d in sentence_directions(text))
        if (
            all(f.is_year for f in figures)
            and not ZERO_HINT_RE.search(text)
            and not SYMBOL_HINT_RE.search(text)
        ):
            previous = text
            continue
        amounts = find_amounts(text, sentence.text, meta.country_iso3, figures)
        new_funding = sentence_funding(text, amounts, ry, sentence.section, previous)
        funding.extend(_funding_fact(f, sentence) for f in new_funding)
        previous = text
        excluded = [(a.start, a.end) for a in amounts]
        new_counts, new_frame = sentence_counts(
            text, sentence.text, ry, meta.country_name, frame, figures, excluded
        )
        if new_frame is not None:
            frame, frame_age = new_frame, 0
        counts.extend((_count_fact(c, sentence), c.part_of) for c in new_counts)
    kept_counts = _unique(_whole_parts(counts), lambda c: (c.metric, c.year))
    counted = {(c.metric, c.year) for c in kept_counts}
    directions = _unique(
        (d for d in directions if (d.metric, d.year) not in counted),
        lambda d: (d.metric, d.year, d.direction),
    )
    funding = _unique(
        funding, lambda f: (f.year, f.purpose, f.currency, f.amount_local, f.amount_usd)
    )
    return Extraction(document, tuple(kept_counts), tuple(funding), tuple(directions))


def _whole_parts(
    counts: list[tuple[CountFact, tuple[str, int, int] | None]],
) -> list[CountFact]:
    """Drop breakdowns of a total the document does not keep: in "the GPS identified 285
    potential victims (a part of the 348); 242 were labor trafficking victims" the 242 is a
    part of a part, not the year's labor count."""
    kept: dict[tuple[str, int], int] = {}
    for c, _ in counts:
        kept.setdefault((c.metric, c.year), c.value)
    return [
        c
        for c, whole in counts
        if whole is None or kept.get((whole[0], whole[1]), whole[2]) == whole[2]
    ]


def _summary_like(sentence: Sentence, figures: list[Figure]) -> bool:
    """Whether a sentence may state directions: a summary sentence with no figure in digits
    but years."""
    return sentence.section in ("summary", None) and all(f.is_year or f.is_word for f in figures)


def _count_fact(c: Count, sentence: Sentence) -> CountFact:
    """A sentence-local count as a document fact."""
    return CountFact(
        metric=c.metric,
        year=c.year,
        value=c.value,
        start=sentence.start + c.start,
        end=sentence.start + c.end,
        sentence_index=sentence.index,
        rule=c.rule,
        qualifier=c.qualifier,
    )


def _funding_fact(f: Funding, sentence: Sentence) -> FundingFact:
    """A sentence-local allocation as a document fact."""
    return FundingFact(
        year=f.year,
        purpose=f.purpose,
        currency=f.currency,
        amount_local=f.amount_local,
        amount_usd=f.amount_usd,
        start=sentence.start + f.start,
        end=sentence.start + f.end,
        sentence_index=sentence.index,
        rule=f.rule,
        qualifier=f.qualifier,
    )


def _direction_fact(d: Direction, sentence: Sentence, year: int) -> DirectionFact:
    """A sentence-local direction as a document fact for `year`."""
    return DirectionFact(
        metric=d.metric,
        year=year,
        direction=d.direction,
        start=sentence.start + d.start,
        end=sentence.start + d.end,
        sentence_index=sentence.index,
        rule=d.rule,
    )


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
