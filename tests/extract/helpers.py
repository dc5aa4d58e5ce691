"""Build documents from test text and read back the facts extracted from them."""

from __future__ import annotations

from dataclasses import dataclass

import pycountry

from etl.extract import extract
from etl.model import Document, Extraction, Metadata
from etl.read import assign_sections, split_sentences

#: A count a passage may end with, so that a test finding nothing else in the passage also
#: finds this: the extractor ran and saw the text (convictions in the reporting year).
CONVICTED_12 = " Courts convicted 12 traffickers."


def document(text: str, country: str = "KAZ", report_year: int | None = 2017) -> Document:
    """A Document for `text` about `country` (ISO alpha-3) in the report of `report_year`."""
    found = pycountry.countries.get(alpha_3=country)
    meta = Metadata(
        country_iso3=country,
        country_name=getattr(found, "common_name", None) or getattr(found, "name", None),
        report_year=report_year,
    )
    return Document(
        path=f"{country.lower()}-{report_year}-test.txt",
        text=text,
        sha256="",
        encoding="utf-8",
        metadata=meta,
        sentences=assign_sections(text, split_sentences(text)),
    )


def run(text: str, country: str = "KAZ", report_year: int | None = 2017) -> Extraction:
    """Extract `text` as a report about `country` published in `report_year`."""
    return extract(document(text, country, report_year))


def counts(text: str, country: str = "KAZ", report_year: int | None = 2017) -> set[tuple]:
    """The (metric, year, value) of every count fact in `text`."""
    return {(c.metric, c.year, c.value) for c in run(text, country, report_year).counts}


def funding(text: str, country: str = "KAZ", report_year: int | None = 2017) -> set[tuple]:
    """The (year, purpose, currency, amount_local, amount_usd) of every allocation."""
    return {
        (f.year, f.purpose, f.currency, f.amount_local, f.amount_usd)
        for f in run(text, country, report_year).funding
    }


def directions(text: str, country: str = "KAZ", report_year: int | None = 2017) -> set[tuple]:
    """The (metric, year, direction) of every direction."""
    return {(d.metric, d.year, d.direction) for d in run(text, country, report_year).directions}


@dataclass(frozen=True)
class FamilyCase:
    """A text about `country` in the report of `year`, the facts it must give (`present`)
    and those it must not (`absent`: a case with an absence also lists what must be
    present, so that a silent extractor cannot pass)."""

    name: str
    text: str
    present: frozenset[tuple]
    absent: frozenset[tuple] = frozenset()
    country: str = "KAZ"
    year: int = 2018


def check_family_case(case: FamilyCase) -> None:
    """Assert that `case`'s text gives its present facts and none of its absent ones."""
    found = counts(case.text, case.country, case.year)
    assert case.present <= found, found
    assert not (case.absent & found), found
