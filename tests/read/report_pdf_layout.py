"""Build test PDFs in the layout of the annual TIP Report, with reportlab.

A title page, introduction pages and tier tables (in our own words), then the country
narratives one after another in two justified, hyphenated (pyphen) columns, with running
heads ("TRAFFICKING IN PERSONS REPORT | JUNE 2018", "COUNTRY NARRATIVES", the country of
the page) and page numbers. Narrative texts are written as `tipwh` reads them: a heading
line, then paragraphs separated by blank lines, section headings on lines of their own.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
PAGE_WIDTH, PAGE_HEIGHT = LETTER
MARGIN, GUTTER = 50.0, 18.0
COLUMN_WIDTH = (PAGE_WIDTH - 2 * MARGIN - GUTTER) / 2
_SECTION_HEADING = re.compile(r"^[A-Z][A-Z ]{3,40}:?$")


@dataclass(frozen=True)
class Narrative:
    """One country narrative: its heading as printed and its body paragraphs."""

    heading: str
    body: str
    running_head: str


def narrative(heading: str, body: str) -> Narrative:
    """A narrative with its heading as printed; the running head is the heading's name."""
    name = re.split(r"[:(]", heading, maxsplit=1)[0].strip()
    return Narrative(heading=heading, body=body.strip(), running_head=name.upper())


def narrative_from_text(text: str) -> Narrative:
    """A narrative from a text file whose first line is its heading ("ALBANIA: Tier 2"),
    printed in capitals as recent reports do ("ALBANIA: TIER 2")."""
    first, _, body = text.strip().partition("\n")
    return narrative(first.strip().upper(), body)


def corpus_narratives(corpus: Path, limit: int | None = None) -> list[tuple[dict, str]]:
    """The (index entry, text) pairs of a corpus folder with an index.json, in index order."""
    entries = json.loads((corpus / "index.json").read_text())[:limit]
    return [(e, (corpus / e["file"]).read_text(encoding="utf-8")) for e in entries]


def _fonts() -> tuple[str, str]:
    """Register DejaVu Sans (regular, bold): TrueType, so every character of the texts prints."""
    if "Body" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Body", str(FONT_DIR / "DejaVuSansCondensed.ttf")))
        pdfmetrics.registerFont(TTFont("Bold", str(FONT_DIR / "DejaVuSansCondensed-Bold.ttf")))
    return "Body", "Bold"


def _styles() -> dict[str, ParagraphStyle]:
    body, bold = _fonts()
    base = ParagraphStyle(
        "body",
        fontName=body,
        fontSize=8.5,
        leading=10.5,
        alignment=TA_JUSTIFY,
        spaceAfter=5,
        hyphenationLang="en_US",
        embeddedHyphenation=1,
        uriWasteReduce=0.3,
    )
    return {
        "body": base,
        "section": ParagraphStyle(
            "section", parent=base, fontName=bold, spaceBefore=3, hyphenationLang=""
        ),
        "country": ParagraphStyle(
            "country",
            parent=base,
            fontName=bold,
            fontSize=12,
            leading=14,
            spaceBefore=8,
            spaceAfter=6,
            alignment=0,
            hyphenationLang="",
        ),
        "title": ParagraphStyle(
            "title", fontName=bold, fontSize=30, leading=36, alignment=TA_CENTER
        ),
        "subtitle": ParagraphStyle(
            "subtitle", fontName=body, fontSize=16, leading=20, alignment=TA_CENTER
        ),
        "chapter": ParagraphStyle(
            "chapter", parent=base, fontName=bold, fontSize=14, leading=17, alignment=0
        ),
    }


class _CountryHeading(Paragraph):
    """A narrative's heading; remembers its country for the running head."""

    def __init__(self, text: str, style: ParagraphStyle, country: str) -> None:
        super().__init__(text, style)
        self.country = country


class _ReportTemplate(BaseDocTemplate):
    """Two-column pages with running heads; tracks the narrative on each page."""

    def __init__(self, path: str, report_year: int, title_page: bool) -> None:
        super().__init__(
            path,
            pagesize=LETTER,
            title=f"{report_year} Trafficking in Persons Report",
            author="Test builder",
        )
        self.report_year = report_year
        self.current_country = ""
        self.page_country = ""
        self.in_narratives = False
        left = Frame(MARGIN, MARGIN, COLUMN_WIDTH, PAGE_HEIGHT - 2 * MARGIN, id="left")
        right = Frame(
            MARGIN + COLUMN_WIDTH + GUTTER,
            MARGIN,
            COLUMN_WIDTH,
            PAGE_HEIGHT - 2 * MARGIN,
            id="right",
        )
        whole = Frame(MARGIN, MARGIN, PAGE_WIDTH - 2 * MARGIN, PAGE_HEIGHT - 2 * MARGIN)
        templates = [
            PageTemplate("title", [whole]),
            PageTemplate("columns", [left, right], onPageEnd=self._furniture),
            PageTemplate("single", [whole], onPageEnd=self._furniture),
        ]
        self.addPageTemplates(templates if title_page else templates[1:])

    def afterFlowable(self, flowable: object) -> None:
        country = getattr(flowable, "country", None)
        if country:
            self.in_narratives = True
            if not self.page_country:
                self.page_country = country
            self.current_country = country

    def _furniture(self, canvas, doc) -> None:  # noqa: ANN001 (reportlab callback)
        body, bold = _fonts()
        number = canvas.getPageNumber()
        top = PAGE_HEIGHT - MARGIN + 18
        canvas.saveState()
        canvas.setFont(bold, 7.5)
        if number % 2 == 0:
            canvas.drawString(
                MARGIN, top, f"TRAFFICKING IN PERSONS REPORT | JUNE {self.report_year}"
            )
            corner = canvas.drawRightString, PAGE_WIDTH - MARGIN
        else:
            section = "COUNTRY NARRATIVES" if self.in_narratives else "INTRODUCTION"
            canvas.drawRightString(PAGE_WIDTH - MARGIN, top, section)
            corner = canvas.drawString, MARGIN
        country = self.page_country or self.current_country
        if self.in_narratives and country:
            canvas.setFont(body, 7.5)
            corner[0](corner[1], top, country)
        canvas.setFont(body, 8)
        canvas.drawCentredString(PAGE_WIDTH / 2, MARGIN - 24, str(number))
        canvas.restoreState()
        self.page_country = ""


def _paragraphs(body: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]


def _narrative_flowables(narrative: Narrative, styles: dict[str, ParagraphStyle]) -> list:
    """The heading (a blank line in it starts a second heading paragraph, a line break
    breaks the line), then the body's paragraphs and section headings."""
    parts = [
        "<br/>".join(escape(line.strip()) for line in part.split("\n"))
        for part in narrative.heading.split("\n\n")
    ]
    out: list = [_CountryHeading(parts[0], styles["country"], narrative.running_head)]
    out.extend(Paragraph(part, styles["country"]) for part in parts[1:])
    for para in _paragraphs(narrative.body):
        for line in para.split("\n"):
            line = line.strip()
            style = styles["section"] if _SECTION_HEADING.match(line) else styles["body"]
            out.append(Paragraph(escape(line), style))
    return out


_INTRODUCTION = [
    (
        "INTRODUCTION",
        [
            "This volume gathers, country by country, what governments did during the past"
            " year to confront forced labor and commercial sexual exploitation. Each entry"
            " weighs the laws on the books, the cases brought before judges, the care given"
            " to survivors and the steps taken to stop abuse before it happens.",
            "Readers will find the methods used to place each government on a tier, a short"
            " glossary of the terms used throughout, and tables listing every placement."
            " Figures quoted in the entries come from officials, civil society and"
            " international organizations, and describe the twelve months before April 1.",
        ],
    ),
    (
        "METHODOLOGY",
        [
            "Placement depends on the extent of government action rather than on the size of"
            " the problem. A government that meets the minimum standards is placed on the"
            " first tier; one that falls short but makes significant efforts, on the second;"
            " one whose efforts are significant but whose number of victims is growing or"
            " whose evidence of increasing efforts is missing, on the watch list; and one"
            " that makes no significant efforts, on the third.",
            "Special cases are places where conflict, disaster or the absence of a"
            " functioning administration keeps the usual assessment from being made.",
        ],
    ),
]


_TITLE_PAGE_END = PageBreak()


def _front_matter(
    narratives: list[Narrative], styles: dict[str, ParagraphStyle], report_year: int
) -> list:
    out: list = [
        Spacer(1, 200),
        Paragraph(f"{report_year}", styles["title"]),
        Spacer(1, 10),
        Paragraph("Trafficking in Persons Report", styles["title"]),
        Spacer(1, 24),
        Paragraph(f"JUNE {report_year}", styles["subtitle"]),
        NextPageTemplate("columns"),
        _TITLE_PAGE_END,
    ]
    for chapter, paragraphs in _INTRODUCTION:
        out.append(Paragraph(chapter, styles["chapter"]))
        for _ in range(3):
            out.extend(Paragraph(p, styles["body"]) for p in paragraphs)
    out += [NextPageTemplate("single"), PageBreak()]
    out.append(Paragraph("TIER PLACEMENTS", styles["chapter"]))
    by_tier: dict[str, list[str]] = {}
    for n in narratives:
        label = " ".join(re.split(r"[:(]", n.heading, maxsplit=1)[-1].split())
        by_tier.setdefault(label.strip(" )").upper(), []).append(n.running_head)
    for tier, names in by_tier.items():
        out.append(Paragraph(tier, styles["section"]))
        rows = [(names[i : i + 4] + [""] * 3)[:4] for i in range(0, len(names), 4)]
        out.append(Table(rows, colWidths=[(PAGE_WIDTH - 2 * MARGIN) / 4] * 4))
    out += [NextPageTemplate("columns"), PageBreak()]
    return out


def build_report_pdf(
    path: Path, narratives: list[Narrative], *, report_year: int = 2018, title_page: bool = True
) -> Path:
    """Write a report PDF: title page (unless `title_page` is false), introduction, tier
    tables, then the narratives."""
    styles = _styles()
    story = _front_matter(narratives, styles, report_year)
    if not title_page:
        story = story[story.index(_TITLE_PAGE_END) + 1 :]
    for narrative in narratives:
        story.extend(_narrative_flowables(narrative, styles))
    _ReportTemplate(str(path), report_year, title_page).build(story)
    return path
