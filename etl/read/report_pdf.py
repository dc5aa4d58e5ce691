"""A whole TIP Report PDF to its country narratives, with country, tier and report year.

A narrative starts at its heading, a paragraph of its own: "KAZAKHSTAN: TIER 2" (recent
reports), "KAZAKHSTAN (Tier 2)" (older ones), "LIBYA: SPECIAL CASE", "X: TIER 2 WATCH
LIST" (also with "WATCH LIST" on a line or paragraph of its own), and runs to the next
heading; the pages before the first heading (introduction, chapters, tier tables) are not
narratives. Country and tier come from the heading (source `pdf heading`); the report
year from the PDF, strongest first: the title page ("2018 Trafficking in Persons Report",
source `pdf title page`), the running heads ("TRAFFICKING IN PERSONS REPORT | JUNE 2018",
`pdf running head`), the document-information title (`pdf metadata`). Never guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from etl.lexicon.countries import Country, normalize_name, resolve_country
from etl.model import TIERS, Metadata
from etl.read.errors import ReadError
from etl.read.metadata import make_metadata
from etl.read.pdf import PdfText, read_pdf
from etl.read.pdf_layout import Layout, Paragraph, lay_out
from etl.read.pdf_prose import PagedText, hyphen_vocabulary, paged_text

_TIER_LABEL = r"TIER\s*[123](?:\s*WATCH\s*-?\s*LIST)?|SPECIAL\s+CASE"
_HEADING = re.compile(
    rf"^(?P<name>[^\W\d_][^:()]*?)\s*(?::\s*(?P<tier>{_TIER_LABEL})|\(\s*(?P<tier2>{_TIER_LABEL})\s*\))$",
    re.IGNORECASE,
)
_WATCH_LIST = re.compile(r"^WATCH\s*-?\s*LIST\)?$", re.IGNORECASE)
_MAX_HEADING_CHARS = 120
_TITLE_YEAR = re.compile(r"\b((?:19|20)\d\d)\s+Trafficking\s+in\s+Persons\s+Report\b", re.I)
_RUNNING_HEAD_YEAR = re.compile(
    r"Trafficking\s+in\s+Persons\s+Report\s*[|:,\u2013\u2014-]?\s*(?:June\s+)?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PdfNarrative:
    """One country narrative of a report PDF: its text with pages, and what its heading
    and the PDF say it is. `slug` names it inside the PDF ("bosnia-and-herzegovina")."""

    slug: str
    heading: str
    text: PagedText
    metadata: Metadata
    warnings: tuple[str, ...]


def report_narratives(path: Path | str) -> list[PdfNarrative]:
    """The country narratives of the report PDF at `path`, in the order printed."""
    return narratives_of(read_pdf(path), str(path))


def narratives_of(pdf: PdfText, path: str) -> list[PdfNarrative]:
    """The country narratives of a PDF's positioned text (`path` names it in errors)."""
    if not any(page.lines for page in pdf.pages):
        raise ReadError(f"{path}: the PDF has no text layer (a scan?)")
    layout = lay_out(pdf.pages)
    year, year_source, year_warnings = _report_year(layout, pdf.title)
    starts = _heading_starts(layout.paragraphs)
    if not starts:
        raise ReadError(
            f"{path}: no country narrative found (no heading like 'KAZAKHSTAN: TIER 2')"
        )
    vocabulary = hyphen_vocabulary(layout.paragraphs)
    narratives: list[PdfNarrative] = []
    slugs: Counter[str] = Counter()
    bounds = [*starts, (len(layout.paragraphs), 0)]
    for (start, size), (end, _) in zip(bounds, bounds[1:], strict=False):
        heading = " ".join(p.text for p in layout.paragraphs[start : start + size])
        heading = " ".join(heading.split())
        name, country, tier = _heading_fields(heading)
        body = paged_text(layout.paragraphs[start + size : end], vocabulary)
        text = _with_heading(heading, body, layout.paragraphs[start].lines[0].page)
        slug = normalize_name(country.name if country else name).replace(" ", "-")
        slugs[slug] += 1
        warnings = list(year_warnings)
        if country is None:
            warnings.append(f"heading {heading!r} names no known country")
        narratives.append(
            PdfNarrative(
                slug=slug if slugs[slug] == 1 else f"{slug}-{slugs[slug]}",
                heading=heading,
                text=text,
                metadata=make_metadata(
                    (country, "pdf heading") if country else None,
                    (year, year_source) if year is not None else None,
                    (tier, "pdf heading"),
                ),
                warnings=tuple(warnings),
            )
        )
    return narratives


def _heading_starts(paragraphs: tuple[Paragraph, ...]) -> list[tuple[int, int]]:
    """(index, paragraphs) of each narrative heading: one paragraph, or two when "WATCH
    LIST" stands apart from "X: TIER 2"."""
    starts: list[tuple[int, int]] = []
    for i, paragraph in enumerate(paragraphs):
        text = " ".join(paragraph.text.split())
        if len(text) > _MAX_HEADING_CHARS or not (m := _HEADING.match(text)):
            continue
        tier = m.group("tier") or ""
        following = paragraphs[i + 1].text.strip() if i + 1 < len(paragraphs) else ""
        apart = tier.upper().replace(" ", "") == "TIER2" and _WATCH_LIST.match(following)
        starts.append((i, 2 if apart else 1))
    return starts


def _heading_fields(heading: str) -> tuple[str, Country | None, str]:
    """The name a heading prints, the country it names and the tier."""
    m = _HEADING.match(heading)
    if m is None:
        raise ValueError(f"not a narrative heading: {heading!r}")
    name = m.group("name")
    return name, _country(name), _canonical_tier(m.group("tier") or m.group("tier2"))


def _country(name: str) -> Country | None:
    """The country of a heading name; "CONGO, REPUBLIC OF THE" is read both ways round."""
    found = resolve_country(name)
    if found is None and "," in name:
        first, _, rest = name.partition(",")
        found = resolve_country(f"{rest.strip()} {first.strip()}")
    return found


def _canonical_tier(label: str) -> str:
    flat = re.sub(r"[\s-]+", "", label).lower()
    return next(t for t in TIERS if t.replace(" ", "").lower() == flat)


def _with_heading(heading: str, body: PagedText, page: int) -> PagedText:
    """The narrative's text: its heading line, a blank line, then the body."""
    shift = len(heading) + 2
    starts = [(0, page)] + [(offset + shift, p) for offset, p in body.page_starts]
    return PagedText(f"{heading}\n\n{body.text}", tuple(starts))


def _report_year(layout: Layout, title: str) -> tuple[int | None, str, list[str]]:
    """The report year, where it came from, and warnings if the PDF's sources disagree."""
    found: list[tuple[int, str]] = []
    first_page = next((p.lines[0].page for p in layout.paragraphs), None)
    title_page = " ".join(p.text for p in layout.paragraphs if p.lines[0].page == first_page)
    if m := _TITLE_YEAR.search(title_page):
        found.append((int(m.group(1)), "pdf title page"))
    heads = Counter(
        int(m.group(1))
        for placed in layout.furniture
        if (m := _RUNNING_HEAD_YEAR.search(placed.line.text))
    )
    if heads:
        found.append((heads.most_common(1)[0][0], "pdf running head"))
    if m := _TITLE_YEAR.search(title) or _RUNNING_HEAD_YEAR.search(title):
        found.append((int(m.group(1)), "pdf metadata"))
    if not found:
        return None, "", []
    year, source = found[0]
    warnings = [
        f"report year {year} from the {source.removeprefix('pdf ')} but the"
        f" {other_source.removeprefix('pdf ')} says {other}"
        for other, other_source in found[1:]
        if other != year
    ]
    return year, source, warnings
