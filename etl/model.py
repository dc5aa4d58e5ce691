"""The records that flow through the pipeline: documents, sentences and extracted facts."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

COUNT_METRICS: tuple[str, ...] = (
    "victims_identified",
    "victims_identified_sex",
    "victims_identified_labor",
    "victims_identified_foreign",
    "victims_assisted_ngo",
    "hotline_calls",
    "investigations",
    "prosecutions",
    "prosecutions_sex",
    "prosecutions_labor",
    "convictions",
    "convictions_sex",
    "convictions_labor",
)
METRIC_UNITS: dict[str, str] = {
    **{m: "persons" for m in COUNT_METRICS},
    "hotline_calls": "calls",
    "investigations": "cases",
    "prosecutions": "cases",
    "prosecutions_sex": "cases",
    "prosecutions_labor": "cases",
}
FUNDING_PURPOSES: tuple[str, ...] = (
    "victim_assistance",
    "shelters",
    "victim_assistance_investigations",
    "prevention",
    "other",
)
TIERS: tuple[str, ...] = ("Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3", "Special Case")
DIRECTIONS: tuple[str, ...] = ("increase", "decrease")
QUALIFIERS: tuple[str, ...] = ("more than", "at least", "approximately", "fewer than", "at most")


@dataclass(frozen=True)
class Sentence:
    """One sentence: its position in the document, its character span in the text and,
    for a document cut from a paged source (a PDF), the page it starts on."""

    index: int
    start: int
    end: int
    text: str
    section: str | None = None
    page: int | None = None


@dataclass(frozen=True)
class Metadata:
    """What a document is about. `sources` names where each field came from
    (`header`, `text`, `inferred`, `path` or `flag`; for a narrative of a report PDF also
    `pdf heading`, `pdf title page`, `pdf running head` or `pdf metadata`); `warnings` why
    a field is unknown (clues that disagree or are too weak)."""

    country_iso3: str | None = None
    country_name: str | None = None
    report_year: int | None = None
    tier: str | None = None
    sources: dict[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()

    @property
    def reporting_year(self) -> int | None:
        """The calendar year the report describes: the report year minus one."""
        return None if self.report_year is None else self.report_year - 1


@dataclass(frozen=True)
class Document:
    """A report file read into text, with its metadata and sentences."""

    path: str
    text: str
    sha256: str
    encoding: str
    metadata: Metadata
    sentences: tuple[Sentence, ...]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class CountFact:
    """A count metric for one reference year; `start`/`end` span the figure in the text."""

    metric: str
    year: int
    value: int
    start: int
    end: int
    sentence_index: int
    rule: str
    qualifier: str | None = None

    @property
    def unit(self) -> str:
        return METRIC_UNITS[self.metric]


@dataclass(frozen=True)
class FundingFact:
    """One money allocation; `amount_usd` is the dollar figure the report printed, if any.
    Both are exact Decimals to the cent (never floats: a figure is not rounded on its way).
    `currency` and `amount_local` are None for dollars printed alone about a country whose
    currency is not the dollar."""

    year: int
    purpose: str
    currency: str | None
    amount_local: Decimal | None
    amount_usd: Decimal | None
    start: int
    end: int
    sentence_index: int
    rule: str
    qualifier: str | None = None


@dataclass(frozen=True)
class DirectionFact:
    """A change the text states without a count ("identified more victims")."""

    metric: str
    year: int
    direction: str
    start: int
    end: int
    sentence_index: int
    rule: str


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    counts: tuple[CountFact, ...] = ()
    funding: tuple[FundingFact, ...] = ()
    directions: tuple[DirectionFact, ...] = ()
