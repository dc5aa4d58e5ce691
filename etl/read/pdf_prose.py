"""Paragraphs of PDF lines to prose: lines joined, line-break hyphens removed, pages kept.

A hyphen ending a line joins the word it splits ("sub-" + "ject" -> "subject") unless
the hyphen belongs to the word: the hyphenated form occurs more often inside lines of the
document than the joined one ("anti-trafficking"); neither occurs but both halves do as
words ("in-" + "kind"); the next line goes on with a digit or, after a lower-case letter,
with a capital ("2017-" + "2018", "Afro-" + "Colombian"); or the hyphen is printed twice,
at the end of the line and at the start of the next (or twice at the end).
A split capitalised word ("NAP-" + "TIP") is judged by the vocabulary like any other.
Paragraphs are separated by a blank line; every line keeps the page it was printed on, so
that an offset of the text has a page.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from etl.read.ligatures import repair_ligatures
from etl.read.pdf_layout import Paragraph

_EDGE_PUNCTUATION = "\"'\u201c\u201d\u2018\u2019()[],.;:!?"


@dataclass(frozen=True)
class PagedText:
    """Text whose offsets map to pages: `page_starts` holds (offset, page) in order."""

    text: str
    page_starts: tuple[tuple[int, int], ...]

    def page_at(self, offset: int) -> int | None:
        """The page the character at `offset` was printed on."""
        i = bisect.bisect_right(self.page_starts, (offset, float("inf"))) - 1
        return self.page_starts[i][1] if i >= 0 else None


def hyphen_vocabulary(paragraphs: Iterable[Paragraph]) -> Counter[str]:
    """How often each word (lower case) occurs whole inside a line, hyphenated ones too:
    the evidence for keeping or dropping a line-break hyphen."""
    words: Counter[str] = Counter()
    for paragraph in paragraphs:
        after_hyphen = False
        for placed in paragraph.lines:
            tokens = placed.line.text.split()
            hyphenated = placed.line.text.endswith("-")
            inner = tokens[1 if after_hyphen else 0 : -1 if hyphenated else None]
            words.update(_core(t).lower() for t in inner)
            after_hyphen = hyphenated
    return words


def paged_text(paragraphs: Iterable[Paragraph], vocabulary: Counter[str]) -> PagedText:
    """The paragraphs as text, a blank line between two, each joined into one line."""
    parts: list[str] = []
    starts: list[tuple[int, int]] = []
    offset = 0
    for paragraph in paragraphs:
        pieces = _dehyphenated(paragraph, vocabulary)
        if not pieces:
            continue
        if parts:
            parts.append("\n\n")
            offset += 2
        for i, (piece, page) in enumerate(pieces):
            if i:
                parts.append(" ")
                offset += 1
            if not starts or starts[-1][1] != page:
                starts.append((offset, page))
            parts.append(piece)
            offset += len(piece)
    return PagedText("".join(parts), tuple(starts))


def _dehyphenated(paragraph: Paragraph, vocabulary: Counter[str]) -> list[tuple[str, int]]:
    """The paragraph's lines with (page), a split word moved whole onto the first line."""
    texts = [p.line.text.strip() for p in paragraph.lines]
    for i in range(len(texts) - 1):
        line, following = texts[i], texts[i + 1]
        if not (line.endswith("-") and len(line) > 1 and line[-2].isalnum() and following):
            continue
        head, _, rest = following.partition(" ")
        word = line.rsplit(None, 1)[-1][:-1]
        if head.startswith("-"):  # the word's own hyphen, printed again on the next line
            keep, head = True, head.lstrip("-")
        else:
            keep = _keeps_hyphen(word, head, vocabulary)
        texts[i] = line[:-1].rstrip("-") + ("-" if keep else "") + head
        texts[i + 1] = rest.strip()
    return [
        (repair_ligatures(text), placed.page)
        for text, placed in zip(texts, paragraph.lines, strict=True)
        if text
    ]


def _keeps_hyphen(word: str, head: str, vocabulary: Counter[str]) -> bool:
    """Whether the hyphen between `word` (line end) and `head` (next line) is part of the word."""
    if word.endswith("-"):  # a break at the word's own hyphen, marked once more
        return True
    if not head[:1].isalpha() or (head[:1].isupper() and not word[-1:].isupper()):
        return True
    left, right = _core(word).lower(), _core(head).lower()
    hyphenated, joined = vocabulary[f"{left}-{right}"], vocabulary[left + right]
    if hyphenated or joined:
        return hyphenated > joined
    return vocabulary[left.rsplit("-", 1)[-1]] > 0 and vocabulary[right] > 0


def _core(token: str) -> str:
    """A token without the punctuation around it."""
    return token.strip(_EDGE_PUNCTUATION)
