"""Form counts of a total counted before: "Of the 37, 33 were convicted of sex trafficking
and four of forced labor", "All nine convicted offenders were sentenced for child sex
trafficking", "prosecuted 18 cases, all involving sex trafficking"; and the form counts
that break down one law's part of a total, which are not the total's ("three under article
411, two for sex trafficking and one for labor trafficking"); victims of one form counted
beside none of the other ("five victims of sex trafficking and no victims of forced labor":
the total and the other form's zero)."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.extract import grammar as g
from etl.extract.numbers import NUMBER, parse_word_number, token_value
from etl.extract.records import Count, Frame

_FORM_ALT = rf"(?:child\s+)?(?:(?P<sex>{g.SEX_FORM})|(?P<labor>{g.LABOR_FORM}))"


#: "prosecuted 18 cases, all involving sex trafficking", "convicting two traffickers, both
#: for child sex trafficking": the whole total is of one form.
ALL_FORM_RE = re.compile(
    r",\s+(?:all|both)\s+(?:of\s+(?:them|which|whom)\s+)?(?:(?:were|was)\s+)?"
    r"(?:involv(?:ing|ed)|for|of|in|related\s+to|victims\s+of)\s+(?:the\s+)?" + _FORM_ALT
)


#: "All nine convicted offenders were sentenced for child sex trafficking": the whole of a
#: total counted in the sentence before is of one form.
_ALL_N_FORM_RE = re.compile(
    r"\s*all\s+(?P<n>" + NUMBER + r")\s+(?:convicted\s+|prosecuted\s+|identified\s+)?"
    r"(?:traffickers|offenders|defendants|perpetrators|cases|prosecutions|convictions|victims)"
    r"\s+(?:were\s+)?(?P<v>sentenced|convicted|prosecuted|involved|exploited)\s+"
    r"(?:for|of|in|under)\s+(?:the\s+)?" + _FORM_ALT
)


_ALL_N_BASES = {
    "sentenced": ("convictions",),
    "convicted": ("convictions",),
    "prosecuted": ("prosecutions",),
    "involved": ("prosecutions", "convictions", "investigations"),
    "exploited": ("victims_identified",),
}


_NUM = r"\d[\d,]*|[a-z]+(?:-[a-z]+)?"


_SPLIT_VERBS = {"convicted": "convictions", "prosecuted": "prosecutions"}


_FORM_OF = (
    rf"(?:of|for)\s+(?:child\s+)?"
    rf"(?:(?P<{{0}}sex>{g.SEX_FORM})|(?P<{{0}}labor>{g.LABOR_FORM}))"
)


#: "Of the 35 convicted, 30 were convicted of sex trafficking and five of labor trafficking":
#: the total counted before, split by form.
_OPENER_FORM_SPLIT_RE = re.compile(
    r"\s*of\s+(?:the|these|those)\s+(?P<total>\d+(?:,\d{3})*)(?!\d)(?:\s+[\w-]+){0,2}?\s*,\s+"
    r"(?P<a>"
    + _NUM
    + r")\s+were\s+(?P<verb>convicted|prosecuted)\s+"
    + _FORM_OF.format("a_")
    + r"\s+and\s+(?P<b>"
    + _NUM
    + r")\s+(?:were\s+convicted\s+|were\s+prosecuted\s+)?"
    + _FORM_OF.format("b_")
    + r"(?![\w-])"
)


def opener_form_split(text: str, inherited: Frame | None) -> list[Count]:
    """Form counts of "Of the 37, 33 were convicted of sex trafficking and four of forced
    labor", where the 37 is a total of the sentence before."""
    m = _OPENER_FORM_SPLIT_RE.match(text)
    if m is None or inherited is None:
        return []
    metric = _SPLIT_VERBS[m.group("verb")]
    total = int(m.group("total").replace(",", ""))
    years = next((y for h, y, v in inherited.heads if h == metric and v == total), None)
    forms = ["sex" if m.group(f"{k}_sex") else "labor" for k in ("a", "b")]
    if not years or len(years) != 1 or forms[0] == forms[1]:
        return []
    out: list[Count] = []
    for key, form in zip(("a", "b"), forms, strict=True):
        value = parse_word_number(m.group(key)) if not m.group(key)[0].isdigit() else None
        if m.group(key)[0].isdigit():
            value = int(m.group(key).replace(",", ""))
        if value is None or not 0 <= value <= total:
            return []
        out.append(
            Count(
                f"{metric}_{form}",
                years[0],
                value,
                m.start(key),
                m.end(key),
                "count.opener_form_split",
                None,
                (metric, years[0], total),
            )
        )
    return out


def all_n_form(text: str, inherited: Frame) -> list[Count]:
    """ "All nine convicted offenders were sentenced for child sex trafficking": the total
    of that value counted in the sentence before, all of one form."""
    m = _ALL_N_FORM_RE.match(text)
    if m is None:
        return []
    n = token_value(m.group("n"))
    bases = _ALL_N_BASES[m.group("v")]
    found = [h for h in inherited.heads if h[0] in bases and h[2] == n]
    if len(found) != 1:
        return []
    base, years, value = found[0]
    form = "sex" if m.group("sex") else "labor"
    return [
        Count(
            f"{base}_{form}",
            year,
            value,
            m.start("n"),
            m.end("n"),
            "count.all_form",
            None,
            (base, year, value),
        )
        for year in years
    ]


#: A part of a total by law right before a form figure, in the same clause run: "(26 under
#: article 367 and three under article 411, two for sex trafficking and one for labor
#: trafficking)", "four under section 360(C), which included three sex trafficking cases".
_LAW_PART_BEFORE_RE = re.compile(
    r"\b(?:" + NUMBER + r")\s+under\s+(?:the\s+)?(?:articles?|sections?|paragraphs?|"
    r"laws?|acts?|statutes?)\b[^;]*$"
)
#: How far before a form figure a law's part is looked for.
_LAW_PART_WINDOW = 120


def without_law_part_forms(text: str, out: list[Count]) -> list[Count]:
    """The counts less the form counts of one law's part of a total (Forms convention: a
    breakdown of one unit's subset is not the national breakdown)."""
    return [
        c
        for c in out
        if not (
            c.metric.endswith(("_sex", "_labor"))
            and c.rule.startswith("count.breakdown.")
            and _LAW_PART_BEFORE_RE.search(text, max(0, c.start - _LAW_PART_WINDOW), c.start)
        )
    ]


#: A sentence opened by the form it speaks of: "For labor trafficking, the government
#: identified 48 victims in 2016, compared to 54 in 2015".
_FORM_OPENER_RE = re.compile(
    r"\s*(?:for|regarding|concerning|as\s+for)\s+(?:cases\s+of\s+)?"
    r"(?:(?P<sex>sex\s+trafficking|sexual\s+exploitation)|"
    r"(?P<labor>labou?r\s+trafficking|forced\s+labou?r))\s*,\s+"
)
#: The totals a form opener narrows; an investigation count of one form has no metric.
_OPENER_NARROWS = frozenset({"victims_identified", "prosecutions", "convictions"})


def opener_form_counts(text: str, out: list[Count]) -> list[Count]:
    """In a sentence opened by its form ("For labor trafficking, ..."), the totals are that
    form's counts and an investigation count (one form's part) is none."""
    m = _FORM_OPENER_RE.match(text)
    if m is None:
        return out
    form = "sex" if m.group("sex") else "labor"
    narrowed: list[Count] = []
    for c in out:
        if c.metric in _OPENER_NARROWS:
            narrowed.append(replace(c, metric=f"{c.metric}_{form}", rule="count.form_opener"))
        elif c.metric != "investigations":
            narrowed.append(c)
    return narrowed


def _form_alt(tag: str) -> str:
    return rf"(?:child\s+)?(?:(?P<sex{tag}>{g.SEX_FORM})|(?P<labor{tag}>{g.LABOR_FORM}))"


#: "five victims of sex trafficking and no victims of forced labor", "12 sex trafficking
#: victims and no labor trafficking victims": one form counted, the other none.
_OTHER_FORM_NONE_RE = re.compile(
    rf"(?:victims\s+of\s+{_form_alt('a')}|{_form_alt('b')}\s+(?:trafficking\s+)?victims)"
    rf"\s+and\s+no\s+(?:victims\s+of\s+{_form_alt('c')}|{_form_alt('d')}\s+(?:trafficking\s+)?"
    r"victims)\b"
)


def _form_named(m: re.Match[str], tags: str) -> tuple[str, int] | None:
    """The form ("sex" or "labor") one of the `tags` alternatives of `m` matched, and where."""
    for tag in tags:
        for form in ("sex", "labor"):
            if m.group(f"{form}{tag}"):
                return form, m.start(f"{form}{tag}")
    return None


def other_form_none(text: str, counts: list[Count]) -> list[Count]:
    """`counts` with the total and the other form's zero where victims of one form are
    counted beside none of the other ("Police identified five victims of sex trafficking and
    no victims of forced labor": five victims, none of forced labor; METRICS "Wholes and
    forms": a one-form figure is the whole when the text says the rest was none). The total
    is weak: a total the document states for the year wins."""
    out = list(counts)
    for m in _OTHER_FORM_NONE_RE.finditer(text):
        first, other = _form_named(m, "ab"), _form_named(m, "cd")
        if first is None or other is None or first[0] == other[0]:
            continue
        counted = next(
            (
                c
                for c in counts
                if c.metric == f"victims_identified_{first[0]}"
                and c.end <= m.start()
                and not text[c.end : m.start()].strip()
            ),
            None,
        )
        if counted is None:
            continue
        out.append(
            replace(
                counted,
                metric="victims_identified",
                rule="count.other_form_none",
                part_of=None,
                weak=True,
            )
        )
        out.append(
            Count(
                f"victims_identified_{other[0]}",
                counted.year,
                0,
                other[1],
                m.end(),
                "count.other_form_none",
                None,
            )
        )
    return out
