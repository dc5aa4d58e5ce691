"""PDF lines to prose: reading order by geometry, furniture, paragraphs, hyphens, ligatures."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from etl.read.ligatures import repair_ligatures
from etl.read.pdf import PdfPage, TextLine, read_pdf
from etl.read.pdf_layout import lay_out
from etl.read.pdf_prose import hyphen_vocabulary, paged_text

WIDTH, HEIGHT = LETTER


def _line(text: str, x0: float, baseline: float, *, bold: bool = False) -> TextLine:
    return TextLine(text, x0, baseline - 8, x0 + 230, baseline + 2, baseline, 9.0, bold)


def _short(text: str, x0: float, baseline: float) -> TextLine:
    return TextLine(text, x0, baseline - 8, x0 + 100, baseline + 2, baseline, 9.0, False)


def _page(number: int, lines: list[TextLine]) -> PdfPage:
    furniture = [
        TextLine("TRAFFICKING IN PERSONS REPORT | JUNE 2019", 50, 24, 250, 32, 31, 7.5, True),
        TextLine(str(number), 300, 760, 306, 768, 767, 8.0, False),
    ]
    return PdfPage(number, WIDTH, HEIGHT, tuple(lines + furniture))


def _text(pages: list[PdfPage]) -> str:
    layout = lay_out(tuple(pages))
    return paged_text(layout.paragraphs, hyphen_vocabulary(layout.paragraphs)).text


def test_columns_are_read_left_then_right_whatever_the_stream_order() -> None:
    right = [_line("third line,", 320, 100), _short("fourth line.", 320, 111)]
    left = [_line("first line,", 50, 100), _line("second line,", 50, 111)]
    pages = [_page(n, right + left if n == 1 else []) for n in (1, 2, 3)]
    assert _text(pages) == "first line, second line, third line, fourth line."


def test_running_heads_and_page_numbers_are_set_apart() -> None:
    pages = [
        _page(n, [_line(f"Page {n} has", 50, 100), _short("its body.", 50, 111)]) for n in (1, 2, 3)
    ]
    layout = lay_out(tuple(pages))
    assert [p.text for p in layout.paragraphs] == [f"Page {n} has its body." for n in (1, 2, 3)]
    assert Counter(p.line.text[:12] for p in layout.furniture)["TRAFFICKING "] == 3
    assert {p.line.text for p in layout.furniture} >= {"1", "2", "3"}


def test_paragraphs_break_at_gaps_short_lines_and_type_changes() -> None:
    lines = [
        replace(_short("PROSECUTION", 50, 100), bold=True),
        _line("The government made", 50, 111),
        _short("efforts.", 50, 122),
        _line("Courts convicted", 50, 137),  # a gap above: a new paragraph
        _line("more", 50, 148),
        _line("of the", 50, 159),
        _short("traffickers.", 50, 170),
        _line("Police opened", 320, 100),  # new column after a short line: a new paragraph
        _short("cases.", 320, 111),
    ]
    pages = [_page(1, lines), _page(2, []), _page(3, [])]
    assert _text(pages).split("\n\n") == [
        "PROSECUTION",
        "The government made efforts.",
        "Courts convicted more of the traffickers.",
        "Police opened cases.",
    ]


def test_line_break_hyphens_are_joined_and_word_hyphens_kept() -> None:
    lines = [
        _line("victims are sub-", 50, 100),
        _line("ject to an anti-", 50, 111),
        _line("trafficking law; the anti-trafficking", 50, 122),
        _line("unit met in 2017-", 50, 133),
        _line("2018 with in-", 50, 144),
        _line("kind help; the in kind help; NAP-", 50, 155),
        _line("TIP and the Afro-", 50, 166),
        _short("Colombian group.", 50, 177),
    ]
    pages = [_page(1, lines), _page(2, []), _page(3, [])]
    assert _text(pages) == (
        "victims are subject to an anti-trafficking law; the anti-trafficking unit met in"
        " 2017-2018 with in-kind help; the in kind help; NAPTIP and the Afro-Colombian group."
    )


def test_paragraphs_run_on_across_pages_and_keep_their_pages() -> None:
    pages = [
        _page(1, [_line("The government identified more vic-", 50, 700)]),
        _page(2, [_short("tims than before.", 50, 100)]),
        _page(3, []),
    ]
    layout = lay_out(tuple(pages))
    text = paged_text(layout.paragraphs, hyphen_vocabulary(layout.paragraphs))
    assert text.text == "The government identified more victims than before."
    assert text.page_at(0) == 1 and text.page_at(text.text.index("than")) == 2


def test_ligature_damage_is_repaired_only_where_unambiguous() -> None:
    assert repair_ligatures("identi\ufb01ed con\ufb02ict e\ufb00orts") == (
        "identified conflict efforts"
    )
    assert repair_ligatures("conftict fteeing inftux afftuent reftection leaftets") == (
        "conflict fleeing influx affluent reflection leaflets"
    )
    unchanged = "after often left shifted fifteen aftercare \ufb01rst prostitution\ufb02"
    assert repair_ligatures(unchanged) == unchanged


def test_a_real_pdf_drawn_right_column_first_reads_left_column_first(tmp_path: Path) -> None:
    path = tmp_path / "stream.pdf"
    canvas = Canvas(str(path), pagesize=LETTER)
    for x, words in ((320, ["gamma", "delta"]), (50, ["alpha", "beta"])):
        for i, word in enumerate(words):
            canvas.drawString(x, HEIGHT - 100 - 12 * i, f"{word} column line {i}")
    canvas.showPage()
    canvas.save()
    (page,) = read_pdf(path).pages
    assert [line.text.split()[0] for line in page.lines] == ["gamma", "delta", "alpha", "beta"]
    layout = lay_out((page,))
    assert [p.line.text.split()[0] for para in layout.paragraphs for p in para.lines] == [
        "alpha",
        "beta",
        "gamma",
        "delta",
    ]


def test_a_heading_wrapped_across_a_column_break_stays_one_paragraph() -> None:
    bold = {"bold": True}
    lines = [
        _line("The last body line of the left column,", 50, 100),
        _short("full to the edge.", 50, 111),
        replace(_short("MICRONESIA, FEDERATED STATES OF:", 50, 700), **bold),
        replace(_short("TIER 2", 320, 100), **bold),
        _line("The Government of the Federated States", 320, 115),
        _short("of Micronesia acted.", 320, 126),
    ]
    pages = [_page(1, lines), _page(2, []), _page(3, [])]
    assert _text(pages).split("\n\n") == [
        "The last body line of the left column, full to the edge.",
        "MICRONESIA, FEDERATED STATES OF: TIER 2",
        "The Government of the Federated States of Micronesia acted.",
    ]
