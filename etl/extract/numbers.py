"""Figures in narrative text: digits, number words, scale words and the qualifiers before them.

All patterns run on *normalised* text (see `normalise`): lower case, one character for
one character of the original, so offsets found here index the document text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORD_VALUES: dict[str, int] = {w: i for i, w in enumerate(_UNITS)}
WORD_VALUES.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})
WORD_VALUES.update({"none": 0, "dozen": 12, "a dozen": 12})
SCALES: dict[str, int] = {
    "hundred": 100,
    "thousand": 1_000,
    "lakh": 100_000,
    "million": 1_000_000,
    "crore": 10_000_000,
    "billion": 1_000_000_000,
}

_UNIT_RE = "|".join(sorted(_UNITS[1:], key=len, reverse=True))
_TENS_RE = "|".join(_TENS)
_WORD_NUMBER = (
    rf"(?:(?:{_TENS_RE})(?:[- ](?:{_UNIT_RE}))?|{_UNIT_RE}|zero|none|a dozen)"
    rf"(?:\s+hundred(?:\s+(?:and\s+)?(?:(?:{_TENS_RE})(?:-(?:{_UNIT_RE}))?|{_UNIT_RE}))?)?"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE_RE = r"hundred|thousand|lakh|million|billion|crore"

#: One figure: digits or number words, optionally followed by a scale word.
NUMBER = (
    rf"(?<![\w.,$-])(?:(?P<digits>{_DIGITS})|(?P<words>{_WORD_NUMBER}))"
    rf"(?:\s+(?P<scale>{_SCALE_RE})\b)?(?![\w]|,\d|\.\d|-(?:[a-z]))"
)
NUMBER_RE = re.compile(NUMBER)

#: Quick test for "this sentence may hold a figure at all".

_QUALIFIERS: dict[str, str] = {
    "more than": "more than",
    "over": "more than",
    "in excess of": "more than",
    "upwards of": "more than",
    "at least": "at least",
    "a minimum of": "at least",
    "approximately": "approximately",
    "approx.": "approximately",
    "about": "approximately",
    "around": "approximately",
    "roughly": "approximately",
    "nearly": "approximately",
    "almost": "approximately",
    "an estimated": "approximately",
    "some": "approximately",
    "fewer than": "fewer than",
    "less than": "fewer than",
    "at most": "at most",
    "no more than": "at most",
    "up to": "at most",
}
_QUALIFIER_RE = re.compile(
    r"\b(" + "|".join(re.escape(q) for q in sorted(_QUALIFIERS, key=len, reverse=True)) + r")\s+$"
)

_YEAR_MIN, _YEAR_MAX = 1990, 2035


@dataclass(frozen=True)
class Figure:
    """A number found in normalised text: its value and span."""

    value: float
    start: int
    end: int
    is_word: bool
    is_year: bool
    scaled: bool = False


def parse_word_number(words: str) -> int | None:
    """The value of number words such as "thirty-one", "one hundred and five", "a dozen"."""
    words = words.strip().lower()
    if words in WORD_VALUES:
        return WORD_VALUES[words]
    total = 0
    current = 0
    for part in re.split(r"[\s-]+", words):
        if part == "and":
            continue
        if part == "hundred":
            current = max(current, 1) * 100
        elif part in WORD_VALUES:
            current += WORD_VALUES[part]
        else:
            return None
    return total + current


def token_value(token: str) -> int | None:
    """The value of one figure token written in digits ("1,834") or words ("thirty-one")."""
    token = token.strip()
    if token[0].isdigit():
        return int(float(token.replace(",", "")))
    return parse_word_number(token)


def qualifier_before(text: str, pos: int) -> tuple[str | None, int]:
    """The qualifier ("more than", "approximately", ...) that ends at `pos`, and where it starts."""
    if pos < 3 or text[pos - 1] != " ":
        return None, pos
    m = _QUALIFIER_RE.search(text, max(0, pos - 24), pos)
    if m is None:
        return None, pos
    return _QUALIFIERS[m.group(1)], m.start()


def find_figures(text: str) -> list[Figure]:
    """Every figure in normalised `text`, years marked (`is_year`) rather than dropped."""
    out: list[Figure] = []
    for m in NUMBER_RE.finditer(text):
        digits, words, scale = m.group("digits", "words", "scale")
        if digits is not None:
            if scale is None and len(digits) == 4 and digits.isdigit():
                year = int(digits)
                if _YEAR_MIN <= year <= _YEAR_MAX:
                    out.append(Figure(year, m.start(), m.end(), False, True))
                    continue
            value: float = float(digits.replace(",", ""))
        else:
            parsed = parse_word_number(words)
            if parsed is None:
                continue
            value = parsed
        if scale is not None:
            value *= SCALES[scale]
        out.append(Figure(value, m.start(), m.end(), digits is None, False, scale is not None))
    return out


_NORMALISE = str.maketrans(
    {
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2007": " ",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2012": "-",
        "\u2212": "-",
        "\u2014": ";",
        "\u2015": ";",
        "\n": " ",
        "\r": " ",
        "\t": " ",
        "*": " ",
    }
)


def normalise(text: str) -> str:
    """Lower-case `text` and unify spaces, quotes and dashes, keeping every offset.

    An em dash becomes ";" (it separates clauses in the narratives), a markdown-escaped
    dollar "\\$" becomes " $".
    """
    out = text.translate(_NORMALISE).replace("\\$", " $")
    lowered = out.lower()
    if len(lowered) != len(out):  # a few characters (e.g. "İ") lower-case to two
        lowered = "".join(c.lower()[0] for c in out)
    return lowered
