"""Repair the ligature damage PDF text extraction leaves, where the repair is unambiguous.

* A ligature code point between two lower-case letters ("identiﬁed") is its letters ("identified").
  Elsewhere it is left alone: at a word's edge some extractors give "ﬁ" and "ﬂ" for
  quotation marks, so "ﬁrst" could be either.
* An "fl" ligature read as "ft" ("conftict", "fteeing") is repaired only in letter
  sequences no English word has: "ft" opening a word before a vowel, "nft" and "fft"
  ("inftux", "afftuent"), and "ftect", "ftict", "ftuen", "ftux", "leaftet". "after",
  "often", "shifted" and "fifteen" stay as they are.
"""

from __future__ import annotations

import re

_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
_INNER_LIGATURE = re.compile(r"(?<=[a-z])[\ufb00-\ufb06](?=[a-z])")
_FT_FOR_FL = re.compile(
    r"(?<![\w'\u2019-])([Ff])t(?=[aeiouy])"
    r"|(?<=[nf])(f)t(?=[a-z])"
    r"|(f)t(?=ect|ict|uen|ux)"
    r"|(?<=[Ll]ea)(f)t(?=et)"
)


def repair_ligatures(text: str) -> str:
    """`text` with unambiguous ligature damage repaired."""
    text = _INNER_LIGATURE.sub(lambda m: _LIGATURES[m.group()], text)
    return _FT_FOR_FL.sub(lambda m: next(g for g in m.groups() if g) + "l", text)
