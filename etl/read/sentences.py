"""Split a report text into sentences with exact character offsets.

A regex splitter tuned for TIP narratives, in two steps:

1. Lines are grouped into *units*. A line break ends a unit (so headings and
   list items become sentences of their own) unless the text plainly runs on:
   the next line starts in lower case (a page break mid-sentence: "men and\\n\\n
   women, are ..."), it opens with the dollars of an amount ("($81,000)"), or
   the line ends with a comma, an opening bracket or a function word ("the",
   "and", ...). Markdown headings and list items never run on.
2. Inside a unit, a sentence ends at ``.``, ``!`` or ``?`` (plus closing quotes
   or brackets) followed by whitespace and an upper-case letter, a digit or an
   opening quote/bracket -- except after abbreviations ("Mr.", "Jan.",
   "approx."), "e.g." and "i.e.", upper-case dotted abbreviations ("U.S.",
   "U.A.E.") unless a common sentence opener follows ("U.S. The"), single
   initials ("J.") and numbering abbreviations before a number ("No. 5",
   "Art. 128"). Decimals ("25.97") never split: no whitespace follows the dot.
   A full stop a PDF glued to the next sentence ("in the Northeast.The government")
   ends a sentence too: a word of two or more letters ending in lower case, the dot,
   then a capitalised word.

Offsets index the original text and ``Sentence.text == text[start:end]``.
"""

from __future__ import annotations

import re

from etl.model import Sentence


def _words(spaced: str) -> frozenset[str]:
    """A set of words written space-separated."""
    return frozenset(spaced.split())


# Always part of the sentence (case-sensitive, without the dot).
_ABBREVIATIONS = _words(
    "Mr Mrs Ms Dr Prof St Gen Col Lt Capt Gov Sen Rep Hon Messrs Mt Ft "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec approx Approx est vs cf ca al Ltd"
)
# Part of the sentence when a number follows ("No. 5", "Art. 128", "para. 3", "Rs. 50").
_NUMBERING = _words("no nos art arts para paras sec secs vol vols fig figs p pp ch rs rp ksh")
# After an upper-case dotted abbreviation ("U.S.", "U.A.E."), these start a new sentence.
_SENTENCE_STARTERS = _words(
    "The This These That Those It Its In During However There They He She We As "
    "Authorities Officials Police NGOs"
)
# A line ending in one of these runs on into the next line.
_RUN_ON_WORDS = _words("a an and as at by for from in of on or that the to with")

_LINE = re.compile(r"[^\n]+")
_CANDIDATE = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(\s+)")
# The same for a text without "!" or "?": opening on a literal dot, which the regex engine
# skips ahead to fast (it tries a set of characters at every position).
_DOT_CANDIDATE = re.compile(r"\.[.!?]*[\"'\u201d\u2019)\]]*(\s+)")
_OPENERS = "\"'\u201c\u2018([*"
_CLOSERS = "\"'\u201d\u2019)]*"
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}")
_NEXT_WORD = re.compile(r"\w+")
# A dot with no space before a capitalised word ("Northeast.The"): a candidate for a glued
# sentence end, checked by `_glued_ends`.
_GLUED = re.compile(r"\.(?=[A-Z][a-z])")
_BLOCK_LINE = re.compile(r"#|[-*\u2022]\s|\d+[.)]\s")
# A line that opens with the dollars of the amount the line before ends with ("25 million
# tenge" then "($81,000) for victim assistance"): the sentence runs on.
_DOLLARS_PAREN = re.compile(
    r"\((?:approximately |about |around |nearly |roughly |some )?(?:US|U\.S\.)?\s?\$\s?\d"
)


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split `text` into sentences; offsets index `text`, surrounding whitespace excluded."""
    return tuple(
        Sentence(index=i, start=s, end=e, text=text[s:e])
        for i, (s, e) in enumerate(sentence_spans(text))
    )


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of `text`, as `split_sentences` gives them."""
    candidate = _CANDIDATE if "!" in text or "?" in text else _DOT_CANDIDATE
    spans: list[tuple[int, int]] = []
    for start, end in _units(text):
        spans.extend(_split_unit(text, start, end, candidate))
    return spans


def _units(text: str) -> list[tuple[int, int]]:
    """Group the non-blank lines of `text` into runs that may hold one sentence across lines."""
    units: list[tuple[int, int]] = []
    cur_start = cur_end = -1
    prev_line = ""
    for m in _LINE.finditer(text):
        line = m.group()
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        start = m.start() + lead
        end = start + len(stripped)
        if cur_start >= 0 and _runs_on(prev_line, stripped):
            cur_end = end
        else:
            if cur_start >= 0:
                units.append((cur_start, cur_end))
            cur_start, cur_end = start, end
        prev_line = stripped
    if cur_start >= 0:
        units.append((cur_start, cur_end))
    return units


def _runs_on(prev: str, nxt: str) -> bool:
    """Whether the line `prev` continues as the sentence on line `nxt`."""
    if _BLOCK_LINE.match(prev) or _BLOCK_LINE.match(nxt):
        return False
    if nxt[0].islower() or _DOLLARS_PAREN.match(nxt):
        return True
    if prev[-1] in ",(\u2013\u2014":
        return True
    last = prev.rsplit(None, 1)[-1]
    return last in _RUN_ON_WORDS


def _split_unit(
    text: str, start: int, end: int, candidate: re.Pattern[str]
) -> list[tuple[int, int]]:
    """Sentence spans inside one unit text[start:end] (which has no outer whitespace)."""
    spans: list[tuple[int, int]] = []
    sent_start = start
    glued = _glued_ends(text, start, end)
    for m in candidate.finditer(text, start, end):
        ws_start, next_pos = m.start(1), m.end(1)
        while glued and glued[0] < m.start():
            spans.append((sent_start, glued[0]))
            sent_start = glued.pop(0)
        if next_pos >= end or not _is_boundary(text, sent_start, m.start(), ws_start, next_pos):
            continue
        spans.append((sent_start, ws_start))
        sent_start = next_pos
    for cut in glued:
        spans.append((sent_start, cut))
        sent_start = cut
    spans.append((sent_start, end))
    return spans


def _glued_ends(text: str, start: int, end: int) -> list[int]:
    """Where glued sentences part in text[start:end] ("Northeast.The": after the dot): the
    word before the dot has two or more letters, ends in lower case and is no abbreviation
    ("Jan.The" stays whole)."""
    cuts = []
    for m in _GLUED.finditer(text, start + 2, end):
        dot = m.start()
        if not (text[dot - 1].islower() and text[dot - 2].isalpha()):
            continue
        word = text[max(start, dot - 40) : dot].rsplit(None, 1)[-1]
        if word.isalpha() and word not in _ABBREVIATIONS:
            cuts.append(dot + 1)
    return cuts


def _is_boundary(text: str, sent_start: int, punct: int, ws_start: int, next_pos: int) -> bool:
    """Whether the punctuation at `punct` ends the sentence that started at `sent_start`."""
    nxt = next_pos
    while nxt < len(text) and text[nxt] in _OPENERS:
        nxt += 1
    if nxt >= len(text):
        return False
    first = text[nxt]
    if not (first.isupper() or first.isdigit()):
        return False
    if text[punct] != ".":
        return True
    words = text[max(sent_start, punct - 40) : ws_start].rsplit(None, 1)
    if not words:
        return True
    core = words[-1].lstrip(_OPENERS).rstrip(_CLOSERS)
    if _DOTTED.fullmatch(core):
        if core[0].islower():
            return False  # "e.g.", "i.e."
        next_word = _NEXT_WORD.match(text, nxt)
        return next_word is not None and next_word.group() in _SENTENCE_STARTERS
    word = core.rstrip(".")
    if word in _ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isupper():
        return False  # an initial
    return not (word.lower() in _NUMBERING and first.isdigit())
