"""A web page to the text of its narrative, with the page's own header in front.

The State Department's report pages put the narrative in `.report__content` inside the
site's furniture (menus, search, breadcrumbs, share links, related articles, footer,
scripts). The text is taken from the page's content element -- the first of
`.report__content`, `.entry-content`, `article`, `main`, `body` -- skipping furniture inside
it (scripts, styles, forms, navigation, asides, footers, and elements whose class names a
share, related, breadcrumb, menu or search box); each block element (heading, paragraph,
list item, table cell) becomes one paragraph, so section headings stand on their own lines.

What the furniture says about the page -- the report's name in its address or breadcrumb
("2018 Trafficking in Persons Report"; not in menus or related articles, which name other
years) and the country's heading or the page title ("Kazakhstan - United States Department
of State") -- becomes one header line in front of the narrative,
"2018 Trafficking in Persons Report: Kazakhstan", which the metadata rules read as any
other report header. Only names that resolve to a country and years that name the report
are used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from etl.lexicon.countries import country_by_name

_CONTENT_SELECTORS = (".report__content", ".entry-content", "article", "main", "body")
_SKIPPED_TAG_NAMES = (
    "script style noscript template svg iframe nav header footer aside form button select "
    "input label option"
)
_BLOCK_TAG_NAMES = (
    "address article blockquote br dd div dl dt figcaption figure h1 h2 h3 h4 h5 h6 hr li "
    "main ol p pre section table tbody thead tr td th ul"
)
_FURNITURE_WORD_LIST = (
    "share sharing social related breadcrumb breadcrumbs menu search sidebar cookie banner "
    "skip newsletter"
)
_SKIPPED_TAGS = frozenset(_SKIPPED_TAG_NAMES.split())
_BLOCK_TAGS = frozenset(_BLOCK_TAG_NAMES.split())
_FURNITURE_WORDS = frozenset(_FURNITURE_WORD_LIST.split())
_REPORT_NAME_SELECTORS = (
    '.breadcrumbs a, .breadcrumb a, nav[aria-label="Breadcrumb"] a',
    ".report__parent",
    "h1",
    "title",
)
_CLASS_WORDS = re.compile(r"[a-z]+")
_REPORT_NAME = re.compile(
    r"\b(?P<year>(?:19|20)\d\d)\s+Trafficking\s+in\s+Persons\s+Report\b", re.I
)
_REPORT_PATH = re.compile(r"/reports/(?P<year>(?:19|20)\d\d)-trafficking-in-persons-report\b")
_TITLE_SUFFIX = re.compile(
    r"\s*[-|\u2013\u2014]\s*(?:U\.S\.|United States)\s+Department of State\s*$"
)


@dataclass(frozen=True)
class PageText:
    """A page's narrative text and the header line made of what its furniture says."""

    header: str | None
    body: str

    @property
    def text(self) -> str:
        """The header line, a blank line and the narrative: what `Document.text` holds."""
        return f"{self.header}\n\n{self.body}" if self.header and self.body else self.body


def read_page(html: str) -> PageText:
    """The page's narrative (blocks separated by blank lines) and its header line."""
    tree = LexborHTMLParser(html)
    content = _content_node(tree)
    blocks: list[str] = []
    if content is not None:
        current: list[str] = []
        _collect(content, blocks, current)
        _flush(blocks, current)
    body = "\n\n".join(blocks) + "\n" if blocks else ""
    return PageText(header=_header_line(tree, content), body=body)


def _content_node(tree: LexborHTMLParser) -> LexborNode | None:
    """The element holding the narrative: the most specific content element that has text."""
    for selector in _CONTENT_SELECTORS:
        for node in tree.css(selector):
            if node.text(strip=True):
                return node
    return tree.body


def _collect(node: LexborNode, blocks: list[str], current: list[str]) -> None:
    """Append the text under `node` to `current`, flushing it to `blocks` at block edges."""
    child = node.child
    while child is not None:
        tag = child.tag
        if tag == "-text":
            current.append(child.text_content or "")
        elif tag and not tag.startswith("-") and not _is_furniture(child):
            block = tag in _BLOCK_TAGS
            if block:
                _flush(blocks, current)
            _collect(child, blocks, current)
            if block:
                _flush(blocks, current)
        child = child.next


def _flush(blocks: list[str], current: list[str]) -> None:
    """Close the current block: its whitespace collapsed, kept if not empty."""
    text = " ".join("".join(current).split())
    if text:
        blocks.append(text)
    current.clear()


def _is_furniture(node: LexborNode) -> bool:
    """Whether an element is page furniture rather than narrative."""
    if node.tag in _SKIPPED_TAGS:
        return True
    attributes = node.attributes
    names = f"{attributes.get('class') or ''} {attributes.get('id') or ''}".lower()
    return not _FURNITURE_WORDS.isdisjoint(_CLASS_WORDS.findall(names))


def _header_line(tree: LexborHTMLParser, content: LexborNode | None) -> str | None:
    """ "2018 Trafficking in Persons Report: Kazakhstan" from what the furniture says."""
    report, country = _report_name(tree), _country_name(tree, content)
    if report and country:
        return f"{report}: {country}"
    return report or country


def _within(node: LexborNode, ancestor: LexborNode | None) -> bool:
    """Whether `node` lies inside `ancestor`."""
    parent = node.parent
    while ancestor is not None and parent is not None:
        if parent == ancestor:
            return True
        parent = parent.parent
    return False


def _report_name(tree: LexborHTMLParser) -> str | None:
    """The report's name from the page's own address, else its breadcrumb, the report link
    above its heading, its heading or title; never from menus or related articles, which
    name other years' reports."""
    for node in tree.css('link[rel="canonical"], meta[property="og:url"]'):
        address = node.attributes.get("href") or node.attributes.get("content") or ""
        if m := _REPORT_PATH.search(address):
            return f"{m.group('year')} Trafficking in Persons Report"
    for selector in _REPORT_NAME_SELECTORS:
        for node in tree.css(selector):
            if m := _REPORT_NAME.search(node.text()):
                return f"{m.group('year')} Trafficking in Persons Report"
    return None


def _country_name(tree: LexborHTMLParser, content: LexborNode | None) -> str | None:
    """The country the page's heading (outside the narrative) or title names, as written."""
    candidates = [node.text() for node in tree.css("h1") if not _within(node, content)]
    title = tree.css_first("title")
    if title is not None:
        candidates.append(_TITLE_SUFFIX.sub("", title.text()))
    for candidate in candidates:
        name = " ".join(candidate.split())
        if name and country_by_name(name):
            return name
    return None
