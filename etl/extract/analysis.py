"""One reading of a sentence that every rule shares: the normalised text, its figures
(years marked), its sums of money and its verbs with their spans, each computed once.

The rules (`etl/extract/rules/`) take a `SentenceReading` instead of re-scanning the text;
what only some sentences need (amounts, verbs, the subject of a verb) is read on first use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from etl.extract.amounts import Amount, find_amounts
from etl.extract.grammar import VERB_RE
from etl.extract.numbers import Figure, find_figures, has_digit, normalise
from etl.extract.subjects import subject_of
from etl.lexicon.countries import country_by_name
from etl.model import Sentence

#: An em dash as PDF text extraction writes it in some narratives ("four boysŠsix sex
#: trafficking"), read like the em dash itself.
_PDF_DASH_RE = re.compile(r"(?<=[a-z0-9)])Š(?=[a-z0-9 ])")
#: The em dashes (and the horizontal bar) of a sentence as written.
_DASH_RE = re.compile("[\u2014\u2015]")
#: The longest aside between two dashes read as one.
_ASIDE_MAX = 250
#: Quotes as PDF text extraction writes them in some narratives: "ﬁchild prostitutionﬂ"
#: (the ligature characters fi and fl). A closing one ends a word where no "fl" could.
_PDF_CLOSE_QUOTE_RE = re.compile(r"(?<=[a-z.,])ﬂ(?![a-z])")
_PDF_OPEN_QUOTE_RE = re.compile(r"(?<![A-Za-z])ﬁ(?=[A-Za-z])")
#: A bracket of the normalised text (asides between dashes are brackets by then).
_BRACKET_RE = re.compile(r"[()]")
#: Quick test for a page number glued to capitals.
_GLUED_RE = re.compile(r"\d[A-Z]")
#: A page number glued to the next page's running header, as PDF text extraction leaves it
#: inside a sentence: "investigating eight alleged 305MOLDOVAtrafficking cases", "133
#: million 138CHINAChilean pesos". The capitals may run into the next word's first letter.
_PAGE_HEADER_RE = re.compile(
    r"(?<![\w$.,])\d{1,3}(?P<caps>[A-Z][A-Z'’-]+(?:[ ,]+(?:AND |OF |THE )*[A-Z][A-Z'’-]+)*)"
)

#: A verb of the grammar found in a sentence: (start, verb class, the words).
Verb = tuple[int, str, str]


@dataclass
class SentenceReading:
    """A sentence of a document about `country_iso3`, read once."""

    sentence: Sentence
    country_iso3: str | None
    #: The sentence as written (capitals kept: currency codes, names), a page number and
    #: running header glued into it blanked out.
    original: str = field(init=False)
    #: Lower case, spaces, quotes and dashes unified, one character per original character.
    text: str = field(init=False)
    figures: list[Figure] = field(init=False)
    _subjects: dict[int, str] = field(init=False, default_factory=dict, repr=False)
    # (read on first use, plain attributes: `functools.cached_property` takes a lock)
    _amounts: list[Amount] | None = field(init=False, default=None, repr=False)
    _amount_spans: list[tuple[int, int]] | None = field(init=False, default=None, repr=False)
    _verbs: list[Verb] | None = field(init=False, default=None, repr=False)
    _asides: list[tuple[int, int]] | None = field(init=False, default=None, repr=False)

    def __post_init__(self) -> None:
        original = without_page_headers(self.sentence.text)
        dashes: list[int] = []
        if "Š" in original:
            dashes = [m.start() for m in _PDF_DASH_RE.finditer(original)]
            original = _PDF_DASH_RE.sub(";", original)
        self.original = _pdf_quotes(original)
        self.text = normalise(self.original)
        if "\u2014" in original or "\u2015" in original:
            dashes = sorted(dashes + [m.start() for m in _DASH_RE.finditer(original)])
        if len(dashes) > 1:
            self.text = with_asides(self.text, dashes)
        self.figures = find_figures(self.text)

    @property
    def section(self) -> str | None:
        return self.sentence.section

    @property
    def amounts(self) -> list[Amount]:
        """The sums of money, with their currencies and printed dollars."""
        if self._amounts is None:
            self._amounts = find_amounts(self.text, self.original, self.country_iso3, self.figures)
        return self._amounts

    @property
    def amount_spans(self) -> list[tuple[int, int]]:
        """Where the sums of money are: their figures are no counts."""
        if self._amount_spans is None:
            self._amount_spans = [(a.start, a.end) for a in self.amounts]
        return self._amount_spans

    @property
    def verbs(self) -> list[Verb]:
        """The grammar's verbs in text order."""
        if self._verbs is None:
            self._verbs = [
                (m.start(), m.lastgroup or "", m.group()) for m in VERB_RE.finditer(self.text)
            ]
        return self._verbs

    @property
    def asides(self) -> list[tuple[int, int]]:
        """Each bracket closed in the sentence, as (open, close) positions in the order they
        close ("1,434 victims (including those assisted by SENAF) compared with 933")."""
        if self._asides is None:
            self._asides = []
            stack: list[int] = []
            for m in _BRACKET_RE.finditer(self.text) if "(" in self.text else ():
                if m.group() == "(":
                    stack.append(m.start())
                elif stack:
                    self._asides.append((stack.pop(), m.start()))
        return self._asides

    def subject_at(self, verb_pos: int) -> str:
        """Who performs the verb at `verb_pos` (`subjects.subject_of`), worked out once per
        verb however many figures it governs."""
        if verb_pos not in self._subjects:
            self._subjects[verb_pos] = subject_of(self.text, verb_pos)
        return self._subjects[verb_pos]


def with_asides(text: str, dashes: list[int]) -> str:
    """`text` (normalised: every dash at `dashes` a ";") with each aside between two dashes
    bracketed ("204 victims(118 minors and 86 adults)compared to 126"), so the sentence goes
    on after it as after a parenthesis; a dash without a partner in the same clause stays a
    clause break."""
    out = list(text)
    i = 0
    while i + 1 < len(dashes):
        start, end = dashes[i], dashes[i + 1]
        inside = text[start + 1 : end]
        if end - start <= _ASIDE_MAX and not any(c in inside for c in ";()"):
            out[start], out[end] = "(", ")"
            i += 2
        else:
            i += 1
    return "".join(out)


def without_page_headers(text: str) -> str:
    """`text` with every page number and country header glued into it ("305MOLDOVA")
    replaced by as many spaces, so offsets stay those of the document."""
    if not has_digit(text) or not _GLUED_RE.search(text):
        return text
    out = text
    for m in _PAGE_HEADER_RE.finditer(text):
        caps = m.group("caps")
        for size in range(len(caps), 2, -1):
            if country_by_name(caps[:size].strip(" ,")) is not None:
                end = m.start("caps") + size
                out = out[: m.start()] + " " * (end - m.start()) + out[end:]
                break
    return out


def _pdf_quotes(text: str) -> str:
    """`text` with the ligature characters that stand for quotes made quotes, where the
    sentence has a closing one (so "ﬁnal" in a text without them stays a word)."""
    if "ﬂ" not in text or not _PDF_CLOSE_QUOTE_RE.search(text):
        return text
    return _PDF_OPEN_QUOTE_RE.sub('"', _PDF_CLOSE_QUOTE_RE.sub('"', text))
