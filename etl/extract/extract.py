"""Document -> Extraction: read each sentence once, run the count, money and direction rules
on the reading, map sentence offsets to document offsets, and let the resolver keep each
fact once per document."""

from __future__ import annotations

from dataclasses import replace

from etl.extract.amounts import may_hold_symbol_amount
from etl.extract.analysis import SentenceReading
from etl.extract.numbers import Figure
from etl.extract.resolve import resolve
from etl.extract.rules.agencies import without_agency_rivals
from etl.extract.rules.counts import Count, Frame, sentence_counts
from etl.extract.rules.directions import Direction, may_state_direction, sentence_directions
from etl.extract.rules.funding import Funding, sentence_funding, without_spent_allocations
from etl.extract.rules.hotline import without_separate_lines
from etl.extract.rules.lone_forms import lone_form_totals
from etl.extract.rules.topics import topic_forms
from etl.extract.rules.zeros import may_state_zero
from etl.model import CountFact, DirectionFact, Document, Extraction, FundingFact, Sentence

#: How many sentences a counting frame ("The government identified 71 victims") lasts for
#: the sentences after it that break the count down ("Of those, ...", "three were foreign").
_FRAME_LIFE = 2
#: Longest sentence processed in one piece (real sentences are far shorter).
_MAX_SENTENCE = 2_000


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
        if ry is not None and _summary_like(sentence, figures) and may_state_direction(text):
            directions.extend(
                _direction_fact(d, sentence, ry) for d in sentence_directions(text, figures)
            )
        if (
            all(f.is_year for f in figures)
            and not may_state_zero(text)
            and not may_hold_symbol_amount(text)
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
    by_index = {s.index: s for s in sentences}
    counts = topic_forms(counts, sentences, document.text, ry)
    counts = without_agency_rivals(counts, by_index)
    counts = without_separate_lines(counts, by_index)
    funding = without_spent_allocations(funding, by_index)
    kept_counts, kept_funding, kept_directions = resolve(counts, funding, directions, document.text)
    kept_counts = lone_form_totals(kept_counts, {s.index: s.text for s in document.sentences})
    return Extraction(document, tuple(kept_counts), tuple(kept_funding), tuple(kept_directions))


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
