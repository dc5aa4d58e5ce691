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
   One regex finds the ends, telling most of them apart by the token before the dot;
   only those after a doubtful token (or before a letter beyond ASCII) take a second
   look in Python.

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
_OPENERS = "\"'\u201c\u2018([*"
_CLOSERS = "\"'\u201d\u2019)]*"
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}")
_NEXT_WORD = re.compile(r"\w+")
_BLOCK_LINE = re.compile(r"#|[-*\u2022]\s|\d+[.)]\s")
#: A line that opens with a figure the sentence goes on after ("convicted\n79, provided",
#: "identified\n12 victims"); a page number stands alone or before its running header.
_FIGURE_GOES_ON = re.compile(r"\d[\d,.]*(?:,\s|\s+[a-z(])")
# A line that opens with the dollars of the amount the line before ends with ("25 million
# tenge" then "($81,000) for victim assistance"): the sentence runs on.
_DOLLARS_PAREN = re.compile(
    r"\((?:approximately |about |around |nearly |roughly |some )?(?:US|U\.S\.)?\s?\$\s?\d"
)


def _after_any(words: frozenset[str], flags: str = "") -> list[str]:
    """Look-behinds (one per word length) for any of `words` and a dot just before."""
    by_length: dict[int, list[str]] = {}
    for word in sorted(words):
        by_length.setdefault(len(word), []).append(re.escape(word))
    return [f"(?{flags}:{'|'.join(group)})\\." for _, group in sorted(by_length.items())]


# A dot may stay inside the sentence (see _is_boundary) after a token that ends in an
# abbreviation or a numbering word (in any case), a dotted abbreviation ("U.S."), or a
# character other than a lower-case letter, a digit, a closing bracket or quote or "%" (an
# initial, say). A token of seven characters or more (the last seven neither whitespace nor
# an opening bracket or quote) is no abbreviation. A dot after any other token ends the
# sentence when an upper-case letter or a digit follows.
_ABBREVIATION_ENDS = [*_after_any(_ABBREVIATIONS), *_after_any(_NUMBERING, "i")]
_PLAIN_BEFORE = r"[a-z0-9)\"'\u201d\u2019%]\."
_DOTTED_BEFORE = r"[A-Za-z]\.[A-Za-z]\."
_LONG_BEFORE = r"[^\s\"'\u201c\u2018(\[*]{7}\."
_PLAIN_DOT = (
    rf"\.(?<={_PLAIN_BEFORE})(?<!{_DOTTED_BEFORE})(?:(?<={_LONG_BEFORE})|"
    + "".join(f"(?<!{e})" for e in _ABBREVIATION_ENDS)
    + ")"
)
_DOUBTFUL_DOT = (
    rf"(?:(?<!{_PLAIN_BEFORE})|(?<={_DOTTED_BEFORE})|(?<!{_LONG_BEFORE})(?:"
    + "|".join(f"(?<={e})" for e in _ABBREVIATION_ENDS)
    + "))"
)
_TAIL = r"[.!?]*[\"'\u201d\u2019)\]]*"
_OPENING = r"[\"'\u201c\u2018(\[*]*"
_NEXT_ASCII = rf"(?={_OPENING}[A-Z0-9])"
_ASCII_START = rf"(?={_TAIL}\s+{_NEXT_ASCII})"
_OTHER_START = rf"(?={_TAIL}\s+{_OPENING}[^\x00-\x7f])"
# Each opens on its mark, a literal the regex engine skips ahead to, and a look-behind
# that it opens a run of marks ("?." is one mark, from "?").
_MARK = {mark: rf"{re.escape(mark)}(?<![.!?]{re.escape(mark)})" for mark in ".!?"}
_SURE = rf"{_ASCII_START}()"
_DOUBTFUL = rf"(?:{_ASCII_START}{_DOUBTFUL_DOT}|{_OTHER_START})"
#: The candidates for a sentence end (a run of ".", "!" or "?", closing brackets or quotes
#: and whitespace) that may end a sentence: before an upper-case letter or a
#: digit, after any opening brackets or quotes. Group 1 is set where no second look is
#: needed (a dot after a plain token, or a "!" or "?", before an ASCII letter or digit);
#: the others are for _is_boundary to tell. Group 2 is the whitespace after the sentence.
#: "dot" is for a text without "!" and "?".
_SENTENCE_END = {
    "dot": re.compile(rf"(?:{_PLAIN_DOT}{_SURE}|{_MARK['.']}{_DOUBTFUL}){_TAIL}(\s+)"),
    "any": re.compile(
        rf"(?:(?:{_MARK['!']}|{_MARK['?']}|{_PLAIN_DOT}){_SURE}"
        rf"|{_MARK['.']}{_DOUBTFUL}|(?:{_MARK['!']}|{_MARK['?']}){_OTHER_START}){_TAIL}(\s+)"
    ),
}


# A dot with no space before a capitalised word ("Northeast.The"): a candidate for a glued
# sentence end, checked by `_glued_ends`.
_GLUED = re.compile(r"\.(?=[A-Z][a-z])")
#: A year or a whole number written with thousands commas before a glued dot ("2013.The",
#: "1,500.The"), not a section number ("No.22006" has no digit before its dot).
_GLUED_NUMBER = re.compile(r"(?:19|20)\d{2}|\d{1,3}(?:,\d{3})+")


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split `text` into sentences; offsets index `text`, surrounding whitespace excluded."""
    return tuple(
        Sentence(index=i, start=s, end=e, text=text[s:e])
        for i, (s, e) in enumerate(sentence_spans(text))
    )


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of `text`, as `split_sentences` gives them."""
    sentence_end = _SENTENCE_END["any" if "!" in text or "?" in text else "dot"]
    spans: list[tuple[int, int]] = []
    add = spans.append
    for start, end in _units(text):
        glued = _glued_ends(text, start, end)
        for m in sentence_end.finditer(text, start, end):
            while glued and glued[0] < m.start():
                add((start, glued[0]))
                start = glued.pop(0)
            if m.start(1) >= 0 or _is_boundary(text, start, m.start(), m.start(2), m.end(2)):
                add((start, m.start(2)))
                start = m.end(2)
        for cut in glued:
            add((start, cut))
            start = cut
        add((start, end))
    return spans


def _glued_ends(text: str, start: int, end: int) -> list[int]:
    """Where glued sentences part in text[start:end] ("Northeast.The": after the dot): the
    word before the dot has two or more letters, ends in lower case and is no abbreviation
    ("Jan.The" stays whole)."""
    cuts = []
    for m in _GLUED.finditer(text, start + 2, end):
        dot = m.start()
        word = text[max(start, dot - 40) : dot].rsplit(None, 1)[-1]
        if text[dot - 1].isdigit():
            # "provided in 2013.The government": a year or a whole number before the dot
            if _GLUED_NUMBER.fullmatch(word):
                cuts.append(dot + 1)
            continue
        if not (text[dot - 1].islower() and text[dot - 2].isalpha()):
            continue
        if word.isalpha() and word not in _ABBREVIATIONS:
            cuts.append(dot + 1)
    return cuts


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
    if prev[-1].islower() and _FIGURE_GOES_ON.match(nxt):
        return True
    if prev[-1] in ",(\u2013\u2014":
        return True
    last = prev.rsplit(None, 1)[-1]
    return last in _RUN_ON_WORDS


def _is_boundary(text: str, low: int, punct: int, ws_start: int, next_pos: int) -> bool:
    """Whether the candidate (a run of marks, closers and whitespace, as _SENTENCE_END finds
    them) whose punctuation is at `punct` ends a sentence; its token is looked for back to
    `low` (the start of the unit or of the sentence: a token never runs across either)."""
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
    words = text[max(low, punct - 40) : ws_start].rsplit(None, 1)
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
