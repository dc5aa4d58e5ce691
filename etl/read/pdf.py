"""A PDF's text as positioned lines, page by page, read with pypdfium2.

pdfium gives each page's characters in content-stream order with generated line breaks;
a line it joins across a hyphenated line break is split back at the hyphen (pdfium marks
it U+FFFE), and a line holding several runs apart on the same baseline (a running head
and a page's country, the cells of a table row) is cut into one segment per run. Order
on the page is left to `etl.read.pdf_layout`, which sorts segments by their boxes.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw

from etl.read.errors import ReadError

_PIECE = re.compile(r"[^\r\n\ufffe]+\ufffe?")
_BOLD_WEIGHT = 600
_RUN_GAP = 2.0  # a gap wider than this many font sizes separates two runs on one line


@dataclass(frozen=True)
class TextLine:
    """One line segment of a page: its text and box in points from the page's top-left
    corner (`baseline` too), the font size and weight of its first character."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    baseline: float
    size: float
    bold: bool


@dataclass(frozen=True)
class PdfPage:
    """One page: its 1-based number, size in points and text lines, unordered."""

    number: int
    width: float
    height: float
    lines: tuple[TextLine, ...]


@dataclass(frozen=True)
class PdfText:
    """A PDF's pages and its document-information title (empty if none)."""

    pages: tuple[PdfPage, ...]
    title: str


def read_pdf(path: Path | str) -> PdfText:
    """The positioned text lines of every page of the PDF at `path`."""
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        raise ReadError(f"{path}: not a readable PDF ({e})") from None
    pages: list[PdfPage] = []
    try:
        title = (pdf.get_metadata_dict().get("Title") or "").strip()
        for i in range(len(pdf)):
            pages.append(_page(pdf, i))
    except pdfium.PdfiumError as e:
        raise ReadError(f"{path}: page {len(pages) + 1} cannot be read ({e})") from None
    finally:
        pdf.close()
    return PdfText(pages=tuple(pages), title=title)


def _page(pdf: pdfium.PdfDocument, index: int) -> PdfPage:
    page = pdf[index]
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_range()
            lines: list[TextLine] = []
            for m in _PIECE.finditer(text):
                lines.extend(_segments(textpage.raw, text, m.start(), m.end(), height))
        finally:
            textpage.close()
    finally:
        page.close()
    return PdfPage(number=index + 1, width=width, height=height, lines=tuple(lines))


def _segments(raw: object, text: str, start: int, end: int, height: float) -> list[TextLine]:
    """The segments of the line text[start:end]: one per run pdfium boxes separately."""
    if not text[start:end].strip():
        return []
    count = pdfium_raw.FPDFText_CountRects(raw, start, end - start)
    if count <= 1:
        return [_line(raw, text, start, end, height, count)]
    # Several runs: cut where the gap between two characters is wide.
    cuts = [start]
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    previous_right = None
    for i in range(start, end):
        if text[i] == " " or not pdfium_raw.FPDFText_GetCharBox(raw, i, left, right, bottom, top):
            continue
        size = pdfium_raw.FPDFText_GetFontSize(raw, i) or 1.0
        if previous_right is not None and left.value - previous_right > _RUN_GAP * size:
            cuts.append(i)
        previous_right = right.value
    cuts.append(end)
    return [
        _line(raw, text, a, b, height, pdfium_raw.FPDFText_CountRects(raw, a, b - a))
        for a, b in zip(cuts, cuts[1:], strict=False)
        if text[a:b].strip()
    ]


def _line(raw: object, text: str, start: int, end: int, height: float, rects: int) -> TextLine:
    """One segment's text (a trailing U+FFFE becomes a hyphen) and its box, from the
    `rects` rectangles of pdfium's last FPDFText_CountRects call, made for this segment."""
    left, top, right, bottom = (ctypes.c_double() for _ in range(4))
    boxes = []
    for i in range(rects):
        if pdfium_raw.FPDFText_GetRect(raw, i, left, top, right, bottom):
            boxes.append((left.value, top.value, right.value, bottom.value))
    if not boxes:
        boxes = [(0.0, height, 0.0, height)]
    x0 = min(b[0] for b in boxes)
    x1 = max(b[2] for b in boxes)
    page_top = max(b[1] for b in boxes)
    page_bottom = min(b[3] for b in boxes)
    while text[start] == " ":
        start += 1
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    pdfium_raw.FPDFText_GetCharOrigin(raw, start, origin_x, origin_y)
    return TextLine(
        text=text[start:end].strip().replace("\ufffe", "-").replace("\x02", "-"),
        x0=x0,
        top=height - page_top,
        x1=x1,
        bottom=height - page_bottom,
        baseline=height - origin_y.value,
        size=round(pdfium_raw.FPDFText_GetFontSize(raw, start), 2),
        bold=pdfium_raw.FPDFText_GetFontWeight(raw, start) >= _BOLD_WEIGHT,
    )
