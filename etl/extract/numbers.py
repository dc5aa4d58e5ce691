"""Figures in narrative text: digits, number words, scale words and the qualifiers before them.

All patterns run on *normalised* text (see `normalise`): lower case, one character for
one character of the original, so offsets found here index the document text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Context, Decimal, localcontext

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
#: `NUMBER` with digits only, for ASCII text without number words: the lookbehind comes
#: after the first digit, so that the regex engine can skip ahead to digits.
_DIGIT_NUMBER_RE = re.compile(
    r"(?P<digits>[0-9](?<![\w.,$-][0-9])(?:[0-9]{0,2}(?:,[0-9]{3})+(?:\.[0-9]+)?"
    r"|[0-9]*(?:\.[0-9]+)?))"
    rf"(?:\s+(?P<scale>{_SCALE_RE})\b)?(?![\w]|,[0-9]|\.[0-9]|-(?:[a-z]))"
)
_ANY_DIGIT_RE = re.compile(r"\d")
#: Every byte but a lower-case ASCII letter made a space: the words of a text.
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
#: The words a figure in words starts with ("a dozen" has "dozen").
_NUMBER_WORDS = frozenset(w.encode() for w in (*_UNITS, *_TENS, "none", "dozen"))

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
#: The last word of every qualifier: what the text before a qualified figure ends with.
_QUALIFIER_ENDS = tuple(sorted({q.rsplit(" ", 1)[-1] for q in _QUALIFIERS}))

_YEAR_MIN, _YEAR_MAX = 1990, 2035
#: Longest run of digits read as a figure: a longer one is no figure any report states.
MAX_DIGITS = 40
#: A word that makes the figure after it negative ("minus 3"): never a count or an amount.
_NEGATIVE_RE = re.compile(r"\b(?:minus|negative)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Figure:
    """A number found in normalised text: its value and span."""

    value: int | Decimal
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
    """The whole value of one figure token written in digits ("1,834", "1.2 million") or
    words ("thirty-one"); None where it is no whole number ("1.5") or not a figure."""
    token = token.strip()
    if not token:
        return None
    if not token[0].isdigit():
        return parse_word_number(token)
    m = NUMBER_RE.fullmatch(token)
    if m is None or m.group("digits") is None:
        return None
    value = digits_value(m.group("digits"), m.group("scale"))
    if value is None or value != int(value):
        return None
    return int(value)


def digits_value(digits: str, scale: str | None = None) -> int | Decimal | None:
    """The exact value of a figure in digits ("1,834" is int 1834, "25.97" with "million"
    is Decimal 25970000.00): never through a float. None past `MAX_DIGITS` digits."""
    plain = digits.replace(",", "")
    if len(plain) > MAX_DIGITS:
        return None
    if "." not in plain:
        return int(plain) * SCALES[scale] if scale else int(plain)
    with localcontext(Context(prec=2 * MAX_DIGITS)):
        value = Decimal(plain)
        return value * SCALES[scale] if scale else value


def to_cents(value: int | Decimal) -> Decimal:
    """`value` as a Decimal rounded to the cent (half to even), exactly."""
    with localcontext(Context(prec=3 * MAX_DIGITS)):
        return Decimal(value).quantize(Decimal("0.01"))


def is_negated(text: str, pos: int) -> bool:
    """Whether the figure at `pos` is written negative ("minus 3", "negative 12")."""
    window = text[max(0, pos - 10) : pos]
    if window.isascii() and "minus" not in window.lower() and "negative" not in window.lower():
        return False  # (outside ASCII, case-blind matching has more letters than lower())
    return _NEGATIVE_RE.search(text, max(0, pos - 10), pos) is not None


def qualifier_before(text: str, pos: int) -> tuple[str | None, int]:
    """The qualifier ("more than", "approximately", ...) that ends at `pos`, and where it starts."""
    if pos < 3 or text[pos - 1] != " ":
        return None, pos
    if not text[max(0, pos - 24) : pos].rstrip().endswith(_QUALIFIER_ENDS):
        return None, pos  # (no qualifier's last word: the regex cannot match)
    m = _QUALIFIER_RE.search(text, max(0, pos - 24), pos)
    if m is None:
        return None, pos
    return _QUALIFIERS[m.group(1)], m.start()


def has_digit(text: str) -> bool:
    """Whether `text` holds a digit (what `\\d` matches): ten substring tests, far cheaper
    than a regex scan of the text, and the regex only outside ASCII."""
    return (
        "0" in text
        or "1" in text
        or "2" in text
        or "3" in text
        or "4" in text
        or "5" in text
        or "6" in text
        or "7" in text
        or "8" in text
        or "9" in text
        or (not text.isascii() and _ANY_DIGIT_RE.search(text) is not None)
    )


def _figure_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of `NUMBER_RE` in `text`, found the cheap way where the text is ASCII:
    in digits by `_DIGIT_NUMBER_RE` (only where a digit is), in words by `NUMBER_RE` tried
    only where one of the number words the text holds starts."""
    if not text.isascii():
        return NUMBER_RE.finditer(text)
    letters = text.encode().translate(_LETTERS_ONLY)
    words = _NUMBER_WORDS.intersection(letters.split())
    if words:
        return iter(_matches_with_words(text, letters, words))
    if not has_digit(text):
        return iter(())
    return _DIGIT_NUMBER_RE.finditer(text)


def _matches_with_words(text: str, letters: bytes, words: frozenset[bytes]) -> list[re.Match[str]]:
    """`NUMBER_RE.finditer` of ASCII `text`, whose `letters` (`_LETTERS_ONLY`) hold the
    number `words`. A figure in words opens on one of them (or on "a dozen") and holds no
    digit, a figure in digits holds no number word: the two kinds never overlap."""
    padded = b" " + letters + b" "
    starts: set[int] = set()
    for word in words:
        at = padded.find(b" " + word + b" ")
        while at >= 0:  # (`at` in `padded` is where the word starts in `text`)
            starts.add(at)
            if word == b"dozen" and text.startswith("a ", at - 2):
                starts.add(at - 2)
            at = padded.find(b" " + word + b" ", at + 1)
    found = list(_DIGIT_NUMBER_RE.finditer(text)) if has_digit(text) else []
    covered = 0
    for start in sorted(starts):
        if start >= covered and (m := NUMBER_RE.match(text, start)) is not None:
            found.append(m)
            covered = m.end()
    found.sort(key=lambda m: m.start())
    return found


def find_figures(text: str) -> list[Figure]:
    """Every figure in normalised `text`, years marked (`is_year`) rather than dropped."""
    out: list[Figure] = []
    for m in _figure_matches(text):
        digits, scale = m.group("digits", "scale")
        if digits is not None:
            if scale is None and len(digits) == 4 and digits.isdigit():
                year = int(digits)
                if _YEAR_MIN <= year <= _YEAR_MAX:
                    out.append(Figure(year, m.start(), m.end(), False, True))
                    continue
            parsed_digits = digits_value(digits, scale)
            if parsed_digits is None:
                continue
            value: int | Decimal = parsed_digits
        else:
            parsed = parse_word_number(m.group("words"))
            if parsed is None:
                continue
            value = parsed * SCALES[scale] if scale else parsed
        if is_negated(text, m.start()):
            value = -value
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
    if text.isascii():  # most sentences: only the ASCII entries of _NORMALISE apply
        out = text.replace("\n", " ").replace("\r", " ").replace("\t", " ").replace("*", " ")
        return out.replace("\\$", " $").lower()
    out = text.translate(_NORMALISE).replace("\\$", " $")
    lowered = out.lower()
    if len(lowered) != len(out):  # a few characters (e.g. "İ") lower-case to two
        lowered = "".join(c.lower()[0] for c in out)
    return lowered
