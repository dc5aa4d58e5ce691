"""Positioned PDF lines to paragraphs in reading order, page furniture set apart.

* Furniture: a line near the top or bottom edge whose text (digits aside) recurs at the
  same height on many pages, or reads as the report's running head ("TRAFFICKING IN
  PERSONS REPORT | JUNE 2018", "COUNTRY NARRATIVES"), is a running head or a page number;
  it marks a margin band, and every line inside a band (the country running head of a
  page too) is furniture.
* Reading order, page by page, from the boxes alone: a line crossing the page's middle
  spans both columns and closes a band of lines; inside a band the left column is read
  top to bottom, then the right one.
* Paragraphs: a new one starts where the type changes (bold, size), where the gap to the
  previous line of the column is wider than the document's usual line pitch, and, at a
  column or page change, after a body line that stops short of the column's right edge
  (where most lines of that column end); a heading runs on across a column break.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from etl.read.pdf import PdfPage, TextLine

_EDGE = 0.12  # the top and bottom fractions of a page where furniture may stand
_MIN_REPEATS = 2
_REPEAT_SHARE = 0.1
_GAP_FACTOR = 1.25  # a baseline step this much above the usual pitch opens a paragraph
_SHORT_LINE = 2.0  # a line ending this many font sizes before the column's edge is short
_DIGITS = re.compile(r"\d+")
# The report's own running heads count as furniture even on a page or two.
_KNOWN_FURNITURE = re.compile(
    r"^(?:trafficking in persons report(?:\s*[|:\u2013\u2014-]\s*(?:june\s+)?#)?"
    r"|country narratives)$"
)


@dataclass(frozen=True)
class PlacedLine:
    """A line in reading order: the line, its page and the right edge of its column."""

    line: TextLine
    page: int
    column_right: float


@dataclass(frozen=True)
class Paragraph:
    """Consecutive lines of one paragraph; `heading` if set apart by weight or size."""

    lines: tuple[PlacedLine, ...]
    heading: bool

    @property
    def text(self) -> str:
        """The lines joined by spaces (no dehyphenation): for matching headings."""
        return " ".join(p.line.text for p in self.lines)


@dataclass(frozen=True)
class Layout:
    """A document's paragraphs in reading order and the furniture lines set apart."""

    paragraphs: tuple[Paragraph, ...]
    furniture: tuple[PlacedLine, ...]


def lay_out(pages: tuple[PdfPage, ...]) -> Layout:
    """Paragraphs in reading order, without running heads and page numbers."""
    top_band, bottom_band = _furniture_bands(pages)
    body: list[tuple[TextLine, int, str]] = []
    furniture: list[PlacedLine] = []
    for page in pages:
        kept = []
        for line in page.lines:
            if line.bottom <= top_band + 1 or line.top >= bottom_band - 1:
                furniture.append(PlacedLine(line, page.number, page.width))
            else:
                kept.append(line)
        body.extend(_reading_order(page, kept))
    # A column's right edge is the same on every page: where most of its lines end.
    ends: dict[str, Counter[float]] = defaultdict(Counter)
    for line, _, side in body:
        ends[side][round(line.x1)] += 1
    edges = {side: counts.most_common(1)[0][0] for side, counts in ends.items()}
    placed = [PlacedLine(line, number, edges[side]) for line, number, side in body]
    return Layout(paragraphs=tuple(_paragraphs(placed)), furniture=tuple(furniture))


def _furniture_bands(pages: tuple[PdfPage, ...]) -> tuple[float, float]:
    """How far down the top band and how far up the bottom band reach (points from the
    page's top); (-inf, inf) where no furniture recurs."""
    seen: dict[tuple[str, str, int], set[int]] = defaultdict(set)
    lines: dict[tuple[str, str, int], list[TextLine]] = defaultdict(list)
    for page in pages:
        for line in page.lines:
            if line.bottom < page.height * _EDGE:
                edge = "top"
            elif line.top > page.height * (1 - _EDGE):
                edge = "bottom"
            else:
                continue
            key = (edge, _DIGITS.sub("#", line.text.lower()).strip(), round(line.baseline))
            seen[key].add(page.number)
            lines[key].append(line)
    needed = max(_MIN_REPEATS, _REPEAT_SHARE * len(pages))
    top_band, bottom_band = float("-inf"), float("inf")
    for key, numbers in seen.items():
        if len(numbers) < needed and not _KNOWN_FURNITURE.search(key[1]):
            continue
        if key[0] == "top":
            top_band = max(top_band, max(line.bottom for line in lines[key]))
        else:
            bottom_band = min(bottom_band, min(line.top for line in lines[key]))
    return top_band, bottom_band


def _reading_order(page: PdfPage, lines: list[TextLine]) -> list[tuple[TextLine, int, str]]:
    """The page's body lines, band by band, left column then right column, each with its
    page number and its side ("left", "right" or "both" for a line across the middle)."""
    middle = page.width / 2
    ordered: list[tuple[TextLine, int, str]] = []
    band: list[TextLine] = []

    def close_band() -> None:
        for side in ("left", "right"):
            column = [x for x in band if (x.x1 <= middle) == (side == "left")]
            column.sort(key=lambda x: (round(x.baseline), x.x0))
            ordered.extend((x, page.number, side) for x in column)
        band.clear()

    for line in sorted(lines, key=lambda x: (x.top, x.x0)):
        if line.x0 < middle - 1 < middle + 1 < line.x1:
            close_band()
            ordered.append((line, page.number, "both"))
        else:
            band.append(line)
    close_band()
    return ordered


def _paragraphs(lines: list[PlacedLine]) -> list[Paragraph]:
    """Group the ordered body lines into paragraphs."""
    if not lines:
        return []
    body_size = Counter(p.line.size for p in lines).most_common(1)[0][0]
    pitch = _usual_pitch(lines, body_size)
    out: list[Paragraph] = []
    current: list[PlacedLine] = [lines[0]]
    for prev, cur in zip(lines, lines[1:], strict=False):
        if _opens_paragraph(prev, cur, body_size, pitch):
            out.append(_paragraph(current, body_size))
            current = []
        current.append(cur)
    out.append(_paragraph(current, body_size))
    return out


def _paragraph(lines: list[PlacedLine], body_size: float) -> Paragraph:
    first = lines[0].line
    return Paragraph(tuple(lines), heading=first.bold or first.size > body_size + 0.5)


def _usual_pitch(lines: list[PlacedLine], body_size: float) -> float:
    """The most common baseline step between body-size lines of one column."""
    steps: Counter[float] = Counter()
    for prev, cur in zip(lines, lines[1:], strict=False):
        if _same_column(prev, cur) and prev.line.size == cur.line.size == body_size:
            steps[round(cur.line.baseline - prev.line.baseline, 1)] += 1
    return steps.most_common(1)[0][0] if steps else body_size * 1.2


def _same_column(prev: PlacedLine, cur: PlacedLine) -> bool:
    a, b = prev.line, cur.line
    return (
        prev.page == cur.page
        and b.baseline > a.baseline
        and min(a.x1, b.x1) - max(a.x0, b.x0) > 0.5 * min(a.x1 - a.x0, b.x1 - b.x0)
    )


def _opens_paragraph(prev: PlacedLine, cur: PlacedLine, body_size: float, pitch: float) -> bool:
    """Whether `cur` starts a new paragraph after `prev`."""
    a, b = prev.line, cur.line
    if a.bold != b.bold or abs(a.size - b.size) > 0.5:
        return True
    if a.text.endswith("-"):
        return False
    heading = a.bold or a.size > body_size + 0.5
    short = a.x1 < prev.column_right - _SHORT_LINE * a.size and not heading
    if _same_column(prev, cur):
        scale = max(a.size, b.size) / body_size
        return b.baseline - a.baseline > pitch * _GAP_FACTOR * scale or (
            short and a.text[-1] in '.:!?\u201d"' and b.text[:1].isupper()
        )
    return short
