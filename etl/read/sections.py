"""Which part of a TIP narrative each sentence belongs to.

A simple heuristic, in document order:

* A *heading* is a sentence that fills its own line and has no terminal punctuation
  ("### **PROSECUTION**", "Prioritized Recommendations", "Trafficking Profile"). A known
  heading starts its section; the country header "KAZAKHSTAN (TIER 2)" starts the
  summary; other headings (page furniture) change nothing.
* Where the headings say nothing -- documents without section headings, or text before
  the first one -- the opening sentence of a paragraph can start a section: "... does not
  fully meet the minimum standards" (summary), "X is a source, transit, and destination
  country" (profile), "... efforts to protect victims" (protection), "... law enforcement
  efforts" (prosecution), "... prevention efforts" (prevention). A republisher's
  disclaimer ("This is not a UNHCR publication") ends the report: section None.
* Every other sentence stays in the section of the sentence before it.
"""

from __future__ import annotations

import re

from etl.model import Sentence
from etl.read.sentences import sentence_spans

SECTIONS: tuple[str, ...] = (
    "summary",
    "recommendations",
    "prosecution",
    "protection",
    "prevention",
    "profile",
)
_BODY_SECTIONS = frozenset(SECTIONS) - {"summary"}
_MAX_HEADING_LEN = 120
_STOPS = ".!?;,"  # a sentence ending in one is no heading

_MARKUP = re.compile(r"[#*_\[\]]+")
_HEADINGS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(?:prioritized\s+)?recommendations\b", re.I), "recommendations"),
    (re.compile(r"^prosecution$", re.I), "prosecution"),
    (re.compile(r"^protection$", re.I), "protection"),
    (re.compile(r"^prevention$", re.I), "prevention"),
    (re.compile(r"^(?:trafficking\s+)?profile$", re.I), "profile"),
    (
        re.compile(r"^(?:summary|overview)$|\((?:tier\s*[123][^)]*|special\s+case)\)", re.I),
        "summary",
    ),
)
_DISCLAIMER = re.compile(
    r"\bnot an? [\w ]{1,20}publication\b|\bdo(?:es)? not necessarily (?:reflect|endorse)", re.I
)
_CUES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\b(?:does not (?:fully )?(?:meet|comply with)|fully (?:meets|complies with))"
            r" the minimum standards"
        ),
        "summary",
    ),
    (
        re.compile(
            r"\bis (?:a|an|primarily a|principally a|mainly a) (?:[\w-]+,? ){0,6}?"
            r"(?:source|transit|destination)\b|^As reported over the past\b"
        ),
        "profile",
    ),
    (
        re.compile(
            r"\befforts to (?:protect|identify and protect|provide (?:victim )?protection)"
            r"|\bprotection efforts\b|\bvictim protection\b"
        ),
        "protection",
    ),
    (
        re.compile(
            r"\blaw enforcement efforts\b|\bprosecution efforts\b"
            r"|\befforts to (?:investigate|prosecute)"
        ),
        "prosecution",
    ),
    (
        re.compile(
            r"\bprevention efforts\b|\befforts to prevent\b"
            r"|\b(?:information|awareness)(?:[- ]raising)? campaigns?\b"
        ),
        "prevention",
    ),
    (re.compile(r"^(?:Prioritized )?Recommendations\b", re.I), "recommendations"),
)


def assign_sections(text: str, sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    """The same sentences with `section` set from headings and paragraph openings."""
    sections = _sections(text, [(s.index, s.start, s.end, s.text) for s in sentences])
    return tuple(
        Sentence(s.index, s.start, s.end, s.text, section, s.page)
        for s, section in zip(sentences, sections, strict=True)
    )


def sectioned_sentences(text: str) -> tuple[Sentence, ...]:
    """`assign_sections(text, split_sentences(text))`, each Sentence made once."""
    parts = [(i, s, e, text[s:e]) for i, (s, e) in enumerate(sentence_spans(text))]
    return tuple(
        Sentence(i, s, e, sentence, section)
        for (i, s, e, sentence), section in zip(parts, _sections(text, parts), strict=True)
    )


def _sections(text: str, sentences: list[tuple[int, int, int, str]]) -> list[str | None]:
    """The section of each (index, start, end, text) sentence, in order."""
    # Most sentences end in a stop and follow another one's ". " on their line: the first
    # checks of _is_heading and _opens_paragraph, written out here to spare the calls.
    headings = {
        index: heading_section(sentence)
        for index, start, end, sentence in sentences
        if sentence[-1] not in _STOPS and _is_heading(text, start, end, sentence)
    }
    heading_mode = any(section in _BODY_SECTIONS for section in headings.values())
    current: str | None = None
    out: list[str | None] = []
    for index, start, _, sentence in sentences:
        if index in headings:
            current = headings[index] or current
        elif (start < 2 or text[start - 1] != " " or text[start - 2].isspace()) and (
            _opens_paragraph(text, start)
        ):
            if _DISCLAIMER.search(sentence):
                current = None
            elif not heading_mode or current is None:
                current = _paragraph_cue(sentence) or current
        out.append(current)
    return out


def heading_section(heading: str) -> str | None:
    """The section a heading line starts ("### **PROSECUTION**" -> "prosecution"), if known."""
    flat = _MARKUP.sub(" ", heading).strip().rstrip(":").strip()
    for pattern, section in _HEADINGS:
        if pattern.search(flat):
            return section
    return None


def _paragraph_cue(sentence: str) -> str | None:
    """The section a paragraph's opening sentence announces, if any."""
    for pattern, section in _CUES:
        if pattern.search(sentence):
            return section
    return None


def _opens_paragraph(text: str, start: int) -> bool:
    """Whether only whitespace stands between the previous line break (or the start of the
    text) and `start`. Looks back over that whitespace only, so a whole document of one
    line costs linear time."""
    i = start - 1
    while i >= 0 and text[i].isspace():
        if text[i] == "\n":
            return True
        i -= 1
    return i < 0


def _ends_line(text: str, end: int) -> bool:
    """Whether only whitespace stands between `end` and the next line break (or the end)."""
    i = end
    while i < len(text) and text[i].isspace():
        if text[i] == "\n":
            return True
        i += 1
    return i >= len(text)


def _is_heading(text: str, start: int, end: int, sentence: str) -> bool:
    """Whether the sentence fills its own line and lacks terminal punctuation."""
    if len(sentence) > _MAX_HEADING_LEN or "\n" in sentence or sentence[-1] in _STOPS:
        return False
    return _ends_line(text, end) and _opens_paragraph(text, start)
