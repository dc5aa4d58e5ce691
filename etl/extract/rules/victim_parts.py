"""Victims by form as parts of a total the sentence names: "Of the 131 confirmed and
potential victims the government identified in 2017, 127 victims, including 26 children,
were sexually exploited"; "Of the 952 identified, 523 were victims of sex trafficking, 244
of ..."; "10 of the 16 were victims of sex trafficking, one of forced labor, four of forced
begging". The total, where the opener says whom the government identified and when, is the
year's victims identified; each part of one form is that form's count of the total's year.
A part naming more than one form ("244 of labor trafficking and forced crime"), a form
outside the catalogue (forced begging) or a part of a part ("26 children") is no form count.
A total without a year of its own takes the year of the same total counted just before; a
"10 of the 16" with no total before and no year in the sentence takes the reporting year.
A total that a part names in passing ("recovered 545 of the 770 potential victims
identified in 2017") is that year's victims identified too, where the sentence counts none.
"""

from __future__ import annotations

import re

from etl.extract.numbers import Figure, qualifier_before
from etl.extract.records import Count, Frame

_FIG = r"[\w][\w,.-]*"
_YEAR = r"(?:19|20)\d\d"
#: "Of the 131 confirmed and potential victims the government identified in 2017,", "Of the
#: 952 identified,", "Of the 314 trafficking victims identified in 2017,".
_OPENER_RE = re.compile(
    rf"\s*of\s+the\s+(?P<n>{_FIG})\s+"
    r"(?:(?:confirmed|potential|possible|presumed|suspected|identified|trafficking|total|and)\s+)*"
    r"(?:(?:trafficking\s+)?(?:victims|survivors)\s+"
    r"(?:(?:the\s+government|the\s+authorities|authorities|officials|the\s+police|police)\s+)?)?"
    rf"identified(?:\s+(?:in|during)\s+(?P<year>{_YEAR}))?\s*,\s*"
)
#: "10 of the 16 were ...": a part of a total counted before, named by its value.
_OF_THE_RE = re.compile(rf"(?P<m>{_FIG})\s+of\s+the\s+(?P<n>{_FIG})\s+(?=(?:were|was)\s)")
_SEX = r"(?:(?:commercial\s+)?sex(?:ual)?\s+(?:trafficking|exploitation)|forced\s+prostitution)"
_LABOR = r"(?:forced\s+labou?r|labou?r\s+(?:trafficking|exploitation))"
#: Where a form ends: the part names that form alone.
_FORM_END = r"(?=\s*(?:[,;.]|$|\band\s+[\w,]+\s+(?:were|was|of|to|in|for)\b|\band\s+\d))"
_FORM = rf"(?:the\s+)?(?:(?P<sex>{_SEX})|(?P<labor>{_LABOR})){_FORM_END}"
#: The first part: "127 victims, including 26 children, were sexually exploited", "523 were
#: victims of sex trafficking", "81 were subjected to forced labor".
_FIRST_RE = re.compile(
    rf"(?P<m>{_FIG})\s+(?:(?:trafficking\s+)?victims\s*)?(?:,\s*including\s+[^,;]+,\s*)?"
    r"(?:were|was)\s+(?:(?P<sexually>sexually\s+exploited)" + _FORM_END + "|"
    r"(?:victims\s+of|subjected\s+to|exploited\s+(?:in|for|through)|trafficked\s+for"
    rf"(?:\s+the\s+purpose\s+of)?|identified\s+as\s+victims\s+of)\s+{_FORM})"
)
#: After "10 of the 16": "were victims of sex trafficking".
_VERB_FORM_RE = re.compile(_FIRST_RE.pattern[_FIRST_RE.pattern.index("(?:were|was)") :])
#: A further part of the list: ", 249 of labor trafficking", "and 12 to forced labor".
_NEXT_RE = re.compile(
    rf"\s*[,;]?\s*(?:and\s+)?(?P<m>{_FIG})\s+(?:(?:trafficking\s+)?victims\s+)?"
    rf"(?:were\s+)?(?:of|to|in|for|victims\s+of)\s+{_FORM}"
)
#: Any further list item, of any form, that the list continues past.
_SKIP_RE = re.compile(r"\s*[,;]\s*(?:and\s+)?[\w][\w,.-]*\s+(?:of|to|in|for)\s+[^,;]+")
_METRIC = "victims_identified"


#: "545 of the 770 potential victims identified in 2017": a part, then the total it names,
#: identified by the government in a printed year.
_NAMED_TOTAL_RE = re.compile(
    rf"(?<![\w,.-])(?:{_FIG})\s+of\s+the\s+(?P<n>{_FIG})\s+"
    r"(?:(?:confirmed|potential|possible|presumed|suspected|trafficking|and)\s+)*"
    r"(?:victims|survivors)\s+"
    r"(?:(?:the\s+government|the\s+authorities|authorities|officials|the\s+police|police)\s+)?"
    rf"identified\s+(?:in|during)\s+(?P<year>{_YEAR})\b(?!\s*(?:-|and|to)\s*\d)"
)


def named_totals(text: str, figures: list[Figure], counts: list[Count]) -> list[Count]:
    """`counts` with the victims identified that a part names in passing ("referred 60 of
    the 131 victims identified in 2017 to NGOs": 131 in 2017), where the sentence counts no
    victims identified for that year."""
    at = {f.start: f for f in figures if not f.is_year}
    new: list[Count] = []
    for m in _NAMED_TOTAL_RE.finditer(text):
        total = at.get(m.start("n"))
        year = int(m.group("year"))
        if total is None or isinstance(total.value, float):
            continue
        if any(c.metric == _METRIC and c.year == year for c in (*counts, *new)):
            continue
        new.append(_count(text, _METRIC, year, total, "count.named_total", None))
    return counts + new if new else counts


def victim_form_parts(
    text: str,
    figures: list[Figure],
    counts: list[Count],
    inherited: Frame | None,
    reporting_year: int | None,
) -> list[Count]:
    """`counts` of one sentence with the total an opener names and its parts by form
    (`figures` are the sentence's, `text` its normalised text, `inherited` the frame of the
    sentence before). Other readings of the same figures as victims give way; where the
    total's year is unknown, so are its parts'."""
    at = {f.start: f for f in figures if not f.is_year}
    opener = _OPENER_RE.match(text)
    if opener is not None:
        total, start = at.get(opener.start("n")), opener.end()
        stated, leading = opener.group("year"), None
    else:
        of_the = _OF_THE_RE.search(text)
        if of_the is None:
            return counts
        total, start, stated = at.get(of_the.start("n")), of_the.end(), None
        leading = at.get(of_the.start("m"))
        if leading is None:
            return counts
    if total is None:
        return counts
    value = int(total.value)
    if any(c.part_of is not None and c.part_of[2] == value for c in counts):
        return counts  # its parts already read as the parts of a total counted before
    years = _total_years(value, stated, inherited, figures, reporting_year, opener)
    parts = _parts(text, start, at, leading)
    if opener is None and not parts:
        return counts
    # the figures this rule reads are the total and its parts: their other readings ("127
    # victims ... identified" as the year's total) give way, also where the year is unknown
    spans = {total.start} | {f.start for _, f in parts}
    kept = [
        c
        for c in counts
        if not (c.start in spans and c.metric.startswith(_METRIC))
        and not (c.metric == _METRIC and c.start >= start)
    ]
    if years is None:
        return kept
    year = years[0]
    new: list[Count] = []
    if opener is not None and stated is not None:
        new.append(_count(text, _METRIC, year, total, "count.opener_total", None))
    whole = (_METRIC, year, value)
    for form, figure in parts:
        new.append(_count(text, f"{_METRIC}_{form}", year, figure, "count.opener_part", whole))
    return kept + new


def _total_years(
    value: int,
    stated: str | None,
    inherited: Frame | None,
    figures: list[Figure],
    reporting_year: int | None,
    opener: re.Match[str] | None,
) -> tuple[int, ...] | None:
    """The year of the total: stated, that of the same total counted before, or (for "10 of
    the 16 were ..." in a sentence with no year) the reporting year."""
    if stated is not None:
        return (int(stated),)
    if inherited is not None:
        for metric, years, head_value in inherited.heads:
            if metric == _METRIC and head_value == value and len(years) == 1:
                return years
    if opener is None and reporting_year is not None and not any(f.is_year for f in figures):
        return (reporting_year,)
    return None


def _parts(
    text: str, start: int, at: dict[int, Figure], leading: Figure | None
) -> list[tuple[str, Figure]]:
    """The parts of one form listed from `start`: (form, figure); `leading` is the part
    "10 of the 16" names before `start`."""
    first = (_FIRST_RE if leading is None else _VERB_FORM_RE).match(text, start)
    if first is None:
        return []
    out: list[tuple[str, Figure]] = []
    if leading is None:
        _add(out, first, at)
    else:
        out.append(("sex" if first.group("sexually") or first.group("sex") else "labor", leading))
    pos = first.end()
    while True:
        nxt = _NEXT_RE.match(text, pos)
        if nxt is not None:
            _add(out, nxt, at)
            pos = nxt.end()
            continue
        skip = _SKIP_RE.match(text, pos)
        if skip is None or skip.end() == pos:
            return out
        pos = skip.end()


def _add(out: list[tuple[str, Figure]], match: re.Match[str], at: dict[int, Figure]) -> None:
    figure = at.get(match.start("m"))
    if figure is None:
        return
    sex = match.groupdict().get("sexually") or match.group("sex")
    out.append(("sex" if sex else "labor", figure))


def _count(
    text: str,
    metric: str,
    year: int,
    figure: Figure,
    rule: str,
    part_of: tuple[str, int, int] | None,
) -> Count:
    return Count(
        metric=metric,
        year=year,
        value=int(figure.value),
        start=figure.start,
        end=figure.end,
        rule=rule,
        qualifier=qualifier_before(text, figure.start)[0],
        part_of=part_of,
    )
