"""HTML to plain text with the standard library: block elements become line breaks."""

from __future__ import annotations

from html.parser import HTMLParser

_BLOCK_NAMES = (
    "address article aside blockquote body br dd div dl dt footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table td th title tr ul"
)
_BLOCKS = frozenset(_BLOCK_NAMES.split())
_SKIPPED = frozenset({"script", "style", "noscript", "template"})


class _TextCollector(HTMLParser):
    """Collects text, breaking paragraphs at block elements and skipping scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip_depth += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """The visible text of an HTML page, one block element per paragraph."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    text = "".join(collector.parts)
    lines = (" ".join(line.split()) for line in text.split("\n"))
    paragraphs: list[str] = []
    blank = True
    for line in lines:
        if line:
            paragraphs.append(line)
            blank = False
        elif not blank:
            paragraphs.append("")
            blank = True
    return "\n".join(paragraphs).strip() + "\n"
