"""Counts stated as none: "did not convict any traffickers", "identified no victims",
"no convictions for a second consecutive year". Missing data ("did not report any
prosecutions") is not a zero, nor is a zero about complicit officials or a sub-group."""

from __future__ import annotations

import re

from etl.extract.records import Count
from etl.extract.subjects import GOVERNMENT, subject_of
from etl.extract.years import opener_year

#: "\bno" is written "no(?<!\wno)" so that the regex engine can skip ahead to first letters.
HINT_RE = re.compile(
    r"(?:not(?<!\wnot)|no(?<!\wno)|failed(?<!\wfailed)|unable(?<!\wunable)|didn't(?<!\wdidn't))\b"
)
_ZERO_VERB = (
    r"(?:identify|investigate|prosecute|convict|initiate|open|secure|obtain|achieve|conduct|"
    r"report|record)"
)
_ZERO_RE = re.compile(
    r"\b(?:did\s+not|didn't|failed\s+to|was\s+unable\s+to|could\s+not)\s+(?:\w+ly\s+)?"
    r"(?P<verbs>" + _ZERO_VERB + r"(?:\s+(?:any\s+)?(?:convictions|prosecutions|investigations)"
    r"(?:\s+(?:in|of|against|for))?)?(?:(?:\s*,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+)"
    + _ZERO_VERB
    + r"(?:\s+(?:any\s+)?(?:convictions|prosecutions|investigations)"
    r"(?:\s+(?:in|of|against|for))?)?)*)"
    r"\s+any\s+(?P<obj>(?:[\w-]+\s+){0,5}?)(?P<noun>victims|traffickers|offenders|suspects|"
    r"perpetrators|individuals|persons|people|cases|investigations|prosecutions|convictions|"
    r"defendants)\b"
)
_ZERO_NO_RE = re.compile(
    r"\b(?P<verb>identified|secured|obtained|reported|initiated|achieved|there\s+were|recorded|"
    r"conducted|opened)\s+no\s+(?:new\s+)?(?:trafficking\s+)?(?P<noun>victims|convictions|"
    r"prosecutions|investigations)\b(?!\s+(?:of|against|involving)\s+(?:\w+\s+)?(?:officials|"
    r"complicit))"
)
_ZERO_CONSECUTIVE_RE = re.compile(
    r"\bno\s+(?:trafficking\s+)?(?P<noun>convictions|prosecutions|investigations)\s+for\s+"
    r"(?:a|the)\s+\w+\s+consecutive\s+year"
)
#: The only words allowed between "any" and the noun: "did not convict any child
#: traffickers" or "... any officials" is about a sub-group.
_ZERO_OBJECT_WORDS = frozenset(
    {
        *("trafficking", "human", "new", "potential", "suspected", "alleged", "criminal"),
        *("sex", "labor", "labour", "forced", "or", "and", "trafficking-related"),
    }
)
_ZERO_TAIL_RE = re.compile(
    r"\s+(?:who\s+were\s+)?(?:complicit|officials|of|involving|who|under|from|among|"
    r"in\s+cases)\b|\s+for\s+(?!(?:a|the)\s+\w+\s+consecutive)"
)
_COMPLICITY_RE = re.compile(r"\b(?:complicit\w*|officials?)\b")
_ZERO_VERB_METRIC = {
    "identify": "victims_identified",
    "investigate": "investigations",
    "prosecute": "prosecutions",
    "convict": "convictions",
}
_NOUN_METRIC = {
    "victims": "victims_identified",
    "investigations": "investigations",
    "prosecutions": "prosecutions",
    "convictions": "convictions",
}


def zero_counts(text: str, ry: int | None) -> list[Count]:
    """Counts stated as none: "did not convict any traffickers", "identified no victims",
    "no convictions for a second consecutive year"."""
    if ry is None:
        return []
    out: list[Count] = []
    for m in _ZERO_RE.finditer(text):
        obj = m.group("obj")
        if not set(obj.split()) <= _ZERO_OBJECT_WORDS or subject_of(text, m.start()) != GOVERNMENT:
            continue
        tail = text[m.end() : m.end() + 60]
        if _ZERO_TAIL_RE.match(tail) or _COMPLICITY_RE.search(text, 0, m.start()):
            continue
        noun = m.group("noun")
        verbs = re.findall(_ZERO_VERB, m.group("verbs"))
        if "report" in verbs or "record" in verbs:
            continue
        named = re.findall(r"convictions|prosecutions|investigations", m.group("verbs"))
        metrics: list[str] = []
        for verb in verbs:
            metric = _ZERO_VERB_METRIC.get(verb)
            if metric == "victims_identified" and noun != "victims":
                metric = None
            if metric is None and verb in ("initiate", "open", "secure", "obtain", "achieve"):
                metric = _NOUN_METRIC.get(named.pop(0) if named else noun)
            if metric and metric != "victims_identified" and noun == "victims":
                metric = None
            if metric and metric not in metrics:
                metrics.append(metric)
        has_sex, has_labor = "sex" in obj, "labor" in obj or "labour" in obj
        if has_sex != has_labor:
            continue
        year = opener_year(text, m.start(), ry) or ry
        out.extend(
            Count(metric, year, 0, m.start(), m.end("noun"), "count.zero", None)
            for metric in metrics
        )
    for regex in (_ZERO_NO_RE, _ZERO_CONSECUTIVE_RE):
        for m in regex.finditer(text):
            lo = text.rfind(";", 0, m.start()) + 1
            hi = text.find(";", m.end())
            clause = text[lo : len(text) if hi < 0 else hi]
            if subject_of(text, m.start()) != GOVERNMENT or _COMPLICITY_RE.search(clause):
                continue
            metric = _NOUN_METRIC[m.group("noun")]
            year = opener_year(text, m.start(), ry) or ry
            out.append(Count(metric, year, 0, m.start(), m.end("noun"), "count.zero", None))
    return out
