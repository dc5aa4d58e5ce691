"""PDF text libraries on a report in the TIP layout: speed and fidelity.

    uv run python benchmarks/pdf_readers.py [--limit N] [--readers pypdfium2,pdfminer,pypdf]

Builds a report PDF (title page, introduction, tier tables, then the narratives in two
justified, hyphenated columns with running heads and page numbers) from the real
narratives of ../shared/corpus/tip-2018, then reads it with each library. Every library
gives positioned lines (`etl.read.pdf.TextLine`); the same layout code orders them,
sets furniture apart, joins hyphens and splits the narratives, so that the figures
compare the libraries, not the post-processing. Reported per library:

* lines: seconds and pages per second to get the positioned lines of every page;
* narratives: how many come out, and how many with the right country and tier from the
  heading alone (the whole reading also asks the text);
* fidelity: the share of each source narrative's words recovered in order (difflib's
  matching blocks over lower-cased words, ligatures spelt out and their damage repaired on
  both sides);
* facts (pypdfium2, the library tipwh uses, through `read_documents`): narratives whose
  extracted counts and money equal those of their text files; whole-read pages per second.
"""

from __future__ import annotations

import argparse
import difflib
import re
import statistics
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from etl.extract import extract  # noqa: E402
from etl.read import read_document, read_documents  # noqa: E402
from etl.read.ligatures import repair_ligatures  # noqa: E402
from etl.read.pdf import PdfPage, PdfText, TextLine, read_pdf  # noqa: E402
from etl.read.report_pdf import narratives_of  # noqa: E402
from tests.read.report_pdf_layout import (  # noqa: E402
    build_report_pdf,
    corpus_narratives,
    narrative_from_text,
)

CORPUS = ROOT.parent / "shared" / "corpus" / "tip-2018"
_BOLD = re.compile(r"bold", re.IGNORECASE)


def pdfminer_text(path: Path) -> PdfText:
    """Positioned lines from pdfminer.six's layout analysis (LTTextLineHorizontal)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTChar, LTTextContainer, LTTextLineHorizontal

    pages = []
    for number, layout in enumerate(extract_pages(str(path), laparams=LAParams()), start=1):
        height = layout.height
        lines = []
        for box in layout:
            if not isinstance(box, LTTextContainer):
                continue
            for line in box:
                if not isinstance(line, LTTextLineHorizontal) or not line.get_text().strip():
                    continue
                first = next((c for c in line if isinstance(c, LTChar)), None)
                size = round(first.size, 2) if first else 0.0
                lines.append(
                    TextLine(
                        text=line.get_text().strip(),
                        x0=line.x0,
                        top=height - line.y1,
                        x1=line.x1,
                        bottom=height - line.y0,
                        baseline=height - (first.matrix[5] if first else line.y0),
                        size=size,
                        bold=bool(first and _BOLD.search(first.fontname)),
                    )
                )
        pages.append(PdfPage(number, layout.width, height, tuple(lines)))
    return PdfText(tuple(pages), "")


def pypdf_text(path: Path) -> PdfText:
    """Positioned lines from pypdf's text visitor. The visitor gives each text run's
    origin, font and size but no glyph widths: a line's right edge is estimated at 0.42 em
    per character (the average width of the test PDFs' condensed font)."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    pages = []
    for number, page in enumerate(reader.pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        runs: list[tuple[float, float, str, float, bool]] = []

        def visit(text, cm, tm, font, size, runs=runs):  # noqa: ANN001 (pypdf's callback)
            if not text.strip():
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            name = str((font or {}).get("/BaseFont", ""))
            runs.append((x, y, text.strip("\n"), size * scale, bool(_BOLD.search(name))))

        page.extract_text(visitor_text=visit)
        lines = []
        for x, y, text, size, bold in runs:
            for part in text.splitlines():
                if part.strip():
                    x1 = x + 0.42 * size * len(part)
                    lines.append(
                        TextLine(
                            part.strip(),
                            x,
                            height - y - size,
                            x1,
                            height - y,
                            height - y,
                            round(size, 2),
                            bold,
                        )
                    )
                y -= size * 1.2
        pages.append(PdfPage(number, width, height, tuple(lines)))
    return PdfText(tuple(pages), "")


READERS: dict[str, Callable[[Path], PdfText]] = {
    "pypdfium2": read_pdf,
    "pdfminer": pdfminer_text,
    "pypdf": pypdf_text,
}


def _words(text: str) -> list[str]:
    """Lower-case words, ligature code points spelt out (NFKC): some libraries spell them
    out, some do not, and the source texts hold some."""
    return unicodedata.normalize("NFKC", repair_ligatures(text)).lower().split()


def fidelity(source: str, read: str) -> tuple[int, int]:
    """(source words recovered in order, source words)."""
    a, b = _words(source), _words(read)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()), len(a)


def _facts(document) -> tuple[list, list]:  # noqa: ANN001
    e = extract(document)
    return (
        sorted((f.metric, f.year, f.value) for f in e.counts),
        sorted((f.year, f.purpose, f.currency, f.amount_local, f.amount_usd) for f in e.funding),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="narratives (default: all)")
    parser.add_argument("--readers", default=",".join(READERS))
    parser.add_argument("--repeat", type=int, default=3, help="timings of the fast readers")
    args = parser.parse_args()
    if not (CORPUS / "index.json").is_file():
        sys.exit(f"{CORPUS} is not there")
    pairs = corpus_narratives(CORPUS, args.limit)
    entries = [entry for entry, _ in pairs]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tip-2018.pdf"
        started = time.perf_counter()
        build_report_pdf(path, [narrative_from_text(t) for _, t in pairs], report_year=2018)
        built = time.perf_counter() - started
        print(f"built {path.name}: {len(pairs)} narratives in {built:.1f} s")
        for name in args.readers.split(","):
            _measure(name, READERS[name], path, pairs, entries, args.repeat)
        _whole_read(path, entries, args.repeat)


def _measure(name, reader, path, pairs, entries, repeat) -> None:  # noqa: ANN001
    runs = repeat if name != "pdfminer" else 1
    times, pdf = [], None
    for _ in range(runs):
        started = time.perf_counter()
        pdf = reader(path)
        times.append(time.perf_counter() - started)
    seconds = statistics.median(times)
    pages = len(pdf.pages)
    narratives = narratives_of(pdf, str(path))
    right = sum(
        (n.metadata.country_iso3, n.metadata.tier) == (e["iso3"], e["tier"])
        for n, e in zip(narratives, entries, strict=False)
    )
    # In print order when all narratives were found, else by the country of the heading.
    by_country = {n.metadata.country_iso3: n for n in narratives}
    in_order = len(narratives) == len(pairs)
    found = total = 0
    for i, (entry, text) in enumerate(pairs):
        read = narratives[i] if in_order else by_country.get(entry["iso3"])
        got, words = fidelity(text, read.text.text if read else "")
        found, total = found + got, total + words
    year = narratives[0].metadata.report_year if narratives else None
    print(
        f"{name:10s} lines {seconds:6.2f} s ({pages / seconds:6.1f} pages/s, {pages} pages);"
        f" narratives {len(narratives)}, country and tier right {right}, report year {year};"
        f" fidelity {found / total:.4f}"
    )


def _whole_read(path: Path, entries: list[dict], repeat: int) -> None:
    times, documents = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        documents = list(read_documents(path))
        times.append(time.perf_counter() - started)
    seconds = statistics.median(times)
    pages = len(read_pdf(path).pages)
    same = sum(
        _facts(doc) == _facts(read_document(CORPUS / entry["file"]))
        for doc, entry in zip(documents, entries, strict=True)
    )
    meta = sum(
        (d.metadata.country_iso3, d.metadata.tier, d.metadata.report_year)
        == (e["iso3"], e["tier"], e["report_year"])
        for d, e in zip(documents, entries, strict=True)
    )
    print(
        f"read_documents (pypdfium2, whole reading): {seconds:.2f} s ({pages / seconds:.1f}"
        f" pages/s); {len(documents)} documents, metadata right {meta}, facts equal to the"
        f" text files' {same}/{len(entries)}"
    )


if __name__ == "__main__":
    main()
