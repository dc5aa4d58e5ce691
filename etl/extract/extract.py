"""Document -> Extraction: run the count, money and direction rules sentence by sentence,
map sentence offsets to document offsets and keep each fact once per document."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import replace
from typing import TypeVar

from etl.extract.amounts import SYMBOL_HINT_RE
from etl.extract.analysis import SentenceReading
from etl.extract.numbers import Figure
from etl.extract.rules.counts import Count, Frame, sentence_counts
from etl.extract.rules.directions import HINT_RE, Direction, sentence_directions
from etl.extract.rules.funding import Funding, sentence_funding
from etl.extract.rules.zeros import HINT_RE as ZERO_HINT_RE
from etl.model import CountFact, DirectionFact, Document, Extraction, FundingFact, Sentence

#: How many sentences a counting frame ("The government identified 71 victims") lasts for
#: the sentences after it that break the count down ("Of those, ...", "three were foreign").
_FRAME_LIFE = 2
#: Longest sentence processed in one piece (real sentences are far shorter).
_MAX_SENTENCE = 2_000

T = TypeVar("T")


def extract(document: Document) -> Extraction:
    """Every count, funding and direction fact the document's sentences state (pure; the
    reader splits the sentences)."""
    meta = document.metadata
    ry = meta.reporting_year
    sentences = _bounded(document.sentences)
    counts: list[tuple[CountFact, Count]] = []
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
        reading = SentenceReading(sentence, meta.country_iso3)
        text, figures = reading.text, reading.figures
        if ry is not None and _summary_like(sentence, figures) and HINT_RE.search(text):
            directions.extend(
                _direction_fact(d, sentence, ry) for d in sentence_directions(text, figures)
            )
        if (
            all(f.is_year for f in figures)
            and not ZERO_HINT_RE.search(text)
            and not SYMBOL_HINT_RE.search(text)
        ):
            previous = text
            continue
        new_funding = sentence_funding(reading, ry, previous)
        funding.extend(_funding_fact(f, sentence) for f in new_funding)
        previous = text
        new_counts, new_frame = sentence_counts(reading, ry, meta.country_name, frame)
        if new_frame is not None:
            frame, frame_age = new_frame, 0
        counts.extend((_count_fact(c, sentence), c) for c in new_counts)
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


def _whole_parts(counts: list[tuple[CountFact, Count]]) -> list[CountFact]:
    """Facts in the order they win a (metric, year): strong before weak ones, each in text
    order; breakdowns of a total the document does not keep are dropped (in "the police
    identified 285 (of the 348); 242 were labor trafficking victims" the 242 is a part of
    a part, not the year's labor count)."""
    ordered = [pair for pair in counts if not pair[1].weak] + [p for p in counts if p[1].weak]
    kept: dict[tuple[str, int], int] = {}
    for c, _ in ordered:
        kept.setdefault((c.metric, c.year), c.value)
    out = []
    for c, local in ordered:
        whole = local.part_of
        if whole is None or kept.get((whole[0], whole[1]), whole[2]) == whole[2]:
            out.append(c)
    return out


def _bounded(sentences: tuple[Sentence, ...]) -> list[Sentence]:
    """The sentences, a run-on one (text without sentence ends) cut into pieces of at most
    `_MAX_SENTENCE` characters at a clause boundary, so no sentence costs quadratic time."""
    out: list[Sentence] = []
    for sentence in sentences:
        if len(sentence.text) <= _MAX_SENTENCE:
            out.append(sentence)
            continue
        text, start = sentence.text, 0
        while start < len(text):
            end = len(text)
            if end - start > _MAX_SENTENCE:
                window = text[start : start + _MAX_SENTENCE]
                cut = max(window.rfind("; "), window.rfind(". "), window.rfind(", "))
                end = start + (cut + 1 if cut > 0 else _MAX_SENTENCE)
            piece = text[start:end]
            out.append(
                replace(
                    sentence, start=sentence.start + start, end=sentence.start + end, text=piece
                )
            )
            start = end
    return out


def _summary_like(sentence: Sentence, figures: list[Figure]) -> bool:
    """Whether a sentence may state directions: a summary sentence (a figure near a
    direction makes it a count, see `sentence_directions`)."""
    return sentence.section in ("summary", None)


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
