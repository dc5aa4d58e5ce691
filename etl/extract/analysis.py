"""One reading of a sentence that every rule shares: the normalised text, its figures
(years marked), its sums of money and its verbs with their spans, each computed once.

The rules (`etl/extract/rules/`) take a `SentenceReading` instead of re-scanning the text;
what only some sentences need (amounts, verbs) is read on first use.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from etl.extract.amounts import Amount, find_amounts
from etl.extract.grammar import VERB_RE
from etl.extract.numbers import Figure, find_figures, normalise
from etl.model import Sentence

#: A verb of the grammar found in a sentence: (start, verb class, the words).
Verb = tuple[int, str, str]


@dataclass
class SentenceReading:
    """A sentence of a document about `country_iso3`, read once."""

    sentence: Sentence
    country_iso3: str | None
    #: Lower case, spaces, quotes and dashes unified, one character per original character.
    text: str = field(init=False)
    figures: list[Figure] = field(init=False)

    def __post_init__(self) -> None:
        self.text = normalise(self.sentence.text)
        self.figures = find_figures(self.text)

    @property
    def original(self) -> str:
        """The sentence as written (capitals kept: currency codes, names)."""
        return self.sentence.text

    @property
    def section(self) -> str | None:
        return self.sentence.section

    @cached_property
    def amounts(self) -> list[Amount]:
        """The sums of money, with their currencies and printed dollars."""
        return find_amounts(self.text, self.original, self.country_iso3, self.figures)

    @cached_property
    def amount_spans(self) -> list[tuple[int, int]]:
        """Where the sums of money are: their figures are no counts."""
        return [(a.start, a.end) for a in self.amounts]

    @cached_property
    def verbs(self) -> list[Verb]:
        """The grammar's verbs in text order."""
        return [(m.start(), m.lastgroup or "", m.group()) for m in VERB_RE.finditer(self.text)]
