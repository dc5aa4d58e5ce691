"""Directions stated without a count, in the summary: "The government identified more
trafficking victims" (victims_identified, increase), "It prosecuted and convicted
significantly fewer traffickers" (prosecutions and convictions, decrease), "The number of
traffickers convicted decreased", "Prosecutions declined" (the metric as the subject).
A sentence that gives the figure as well ("convictions rose to five") states no direction.

Only government action counts: a trend of the trafficking problem ("an increase in the
number of labor trafficking victims") is not, nor is anything an NGO did.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from etl.extract.numbers import Figure
from etl.extract.subjects import GOVERNMENT, subject_of

#: The verbs only, not their nouns ("achieving its first conviction and investigating
#: more cases" says nothing of convictions).
_VERB = (
    r"(?:identif(?:y|ied|ies|ying)|investigat(?:e|ed|es|ing)|prosecut(?:e|ed|es|ing)|"
    r"convict(?:ed|s|ing)?|open(?:ed|s|ing)?|initiat(?:e|ed|es|ing)|sentenc(?:e|ed|es|ing))\b"
)
_ADVERB = r"(?:\s+(?:significantly|slightly|far|considerably|substantially|markedly|many|much|"
_ADVERB += r"somewhat|dramatically|notably|marginally))?"
#: "prosecuted and convicted significantly fewer traffickers", "identifying more victims".
_VERBAL_RE = re.compile(
    rf"\b(?P<verbs>{_VERB}(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+){_VERB})*)"
    r"(?:\s+and\s+(?:referred|provided|assisted|protected)(?:\s+to\s+(?:care|services|shelters?))?)?"
    rf"{_ADVERB}\s+(?P<dir>more|fewer|less|a\s+(?:smaller|lower|larger|greater|higher)\s+number\s+of)"
    r"\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<noun>victims|traffickers|cases|crimes|suspects|offenders|defendants|perpetrators|"
    r"investigations|prosecutions|convictions|individuals)\b"
)
#: "increasing prosecution and conviction of human traffickers", "decreased investigations".
_NOMINAL_RE = re.compile(
    r"\b(?:(?P<dir>increas\w*|decreas\w*)\s+(?:the\s+number\s+of\s+|its\s+|their\s+)?|"
    # "raising the number of investigations", "nearly tripling the number of victims identified"
    r"(?P<num_dir>rais(?:ed|ing)|doubl(?:ed|ing)|tripl(?:ed|ing)|reduc(?:ed|ing))\s+"
    r"the\s+(?:total\s+)?number\s+of\s+)"
    r"(?:(?:human\s+|anti-)?trafficking\s+)?"
    r"(?P<nouns>(?:investigations?|prosecutions?|convictions?|victim\s+identification|"
    r"victims\s+identified)"
    r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:investigations?|prosecutions?|convictions?))*)\b"
    r"(?!\s+(?:efforts|capacity|training|of\s+officials|of\s+complicit))"
)
_CHANGE = (
    r"(?P<dir>increased|rose|grew|climbed|doubled|tripled|declined|decreased|fell|dropped|"
    r"went\s+(?:up|down)|diminished)"
)
_PARTICIPLE = r"(?:identified|investigated|prosecuted|convicted)"
_METRIC_NOUNS = (
    r"(?:(?:human\s+)?trafficking\s+)?(?:investigations|prosecutions|convictions|"
    r"victim\s+identifications?)"
)
_NOUN_LIST = rf"{_METRIC_NOUNS}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_METRIC_NOUNS})*"
#: "the number of traffickers convicted decreased", "prosecutions declined", "trafficking
#: investigations and prosecutions both rose": a metric as the subject of a change verb.
_SUBJECT_RE = re.compile(
    r"\b(?:the\s+(?:total\s+)?number\s+of\s+(?:"
    r"(?:[\w-]+\s+){0,3}?(?P<noun>victims|traffickers|cases|suspects|offenders|defendants|"
    rf"perpetrators|individuals)\s+(?P<parts>{_PARTICIPLE}(?:\s+(?:and|or)\s+{_PARTICIPLE})*)|"
    rf"(?:(?:human\s+)?trafficking\s+)?(?P<nouns>{_NOUN_LIST}))|"
    rf"(?:(?:human\s+|anti-)?trafficking\s+)?(?P<bare>{_NOUN_LIST}))"
    r"(?P<tail>\s+(?:by|of|against|into|involving|for)\s+[^,;]{1,40}?)?"
    rf"(?:\s+(?:also|both|each|all|again|overall))?{_ADVERB}\s+{_CHANGE}\b"
)
#: The words that hint at a direction; `HINT_RE`, of them all, is a cheap test for "this
#: sentence may state a direction".
_HINTS = (
    *("more", "fewer", "less", "smaller", "larger", "greater", "higher", "lower", "increas"),
    *("decreas", "rose", "grew", "climbed", "doubl", "tripl", "rais", "reduc", "declin", "fell"),
    *("dropped", r"went\s+(?:up|down)", "diminished"),
)
HINT_RE = re.compile(r"\b(?:" + "|".join(_HINTS) + ")")
#: The word each hint starts with, looked for before the regex runs.
_HINT_WORDS = tuple(re.match("[a-z]+", hint).group() for hint in _HINTS)  # type: ignore[union-attr]


def may_state_direction(text: str) -> bool:
    """Quick test for "this sentence may state a direction": `HINT_RE`, run only where one
    of its words is in the text (substring tests cost far less than its scan)."""
    return any(w in text for w in _HINT_WORDS) and HINT_RE.search(text) is not None


_DECREASE_RE = re.compile(r"fewer|less|smaller|lower")
_METRIC_BY_STEM = (
    ("identif", "victims_identified"),
    ("investigat", "investigations"),
    ("prosecut", "prosecutions"),
    ("convict", "convictions"),
)
_FALL_RE = re.compile(r"declined|decreased|fell|dropped|went\s+down|diminished")
_WORD_RE = re.compile(r"identif\w+|investigat\w+|prosecut\w+|convict\w+")
#: How far after a direction a figure makes it a count ("rose to five", "fell from two").
_NEARBY = 40
_NEGATION_RE = re.compile(r"\b(?:not|no|never|nor)\b[^;,]*$")
_NOT_GOVERNMENT_RE = re.compile(
    r"\b(?:ngos?|civil society|international organi[sz]ations?|traffickers)\b"
)
#: "convicted fewer complicit officials", "investigated more cases of official complicity".
_OTHER_ACTORS_RE = re.compile(r"\b(?:officials?|officers|complicit|complicity)\b")


#: "increasing investigations of cases involving Rohingya victims": a subset's trend.
_SUBSET_TAIL_RE = re.compile(r"[^,;.]{0,40}?\binvolving\b")


@dataclass(frozen=True)
class Direction:
    """A direction in sentence-local offsets."""

    metric: str
    direction: str
    start: int
    end: int
    rule: str


def sentence_directions(text: str, figures: Sequence[Figure] = ()) -> list[Direction]:
    """Directions a normalised summary sentence states; none where a figure (`figures`,
    years aside) follows in the same clause ("convictions rose from two to five")."""
    out: list[Direction] = []
    counted = [f.start for f in figures if not f.is_year]
    for m in _VERBAL_RE.finditer(text):
        about = text[m.start("dir") : m.end() + 40]
        if _blocked(text, m.start()) or _OTHER_ACTORS_RE.search(about.split(",")[0]):
            continue
        direction = "decrease" if _DECREASE_RE.search(m.group("dir")) else "increase"
        noun = m.group("noun")
        for verb in re.findall(_VERB, m.group("verbs")):
            metric = _metric(verb, noun)
            if metric is not None:
                out.append(Direction(metric, direction, m.start(), m.end(), "direction.verbal"))
    for m in _NOMINAL_RE.finditer(text):
        if _blocked(text, m.start()) or _SUBSET_TAIL_RE.match(text, m.end()):
            continue
        word = m.group("dir") or m.group("num_dir")
        direction = "decrease" if word.startswith(("decreas", "reduc")) else "increase"
        for noun in re.findall(r"investigation|prosecution|conviction|identifi", m.group("nouns")):
            metric = _stem_metric(noun)
            if metric is not None:
                out.append(Direction(metric, direction, m.start(), m.end(), "direction.nominal"))
    for m in _SUBJECT_RE.finditer(text):
        tail = m.group("tail") or ""
        if (
            _blocked(text, m.start())
            or _OTHER_ACTORS_RE.search(tail)
            or _NOT_GOVERNMENT_RE.search(tail)
        ):
            continue
        direction = "decrease" if _FALL_RE.match(m.group("dir")) else "increase"
        words = m.group("parts") or m.group("nouns") or m.group("bare") or ""
        noun = m.group("noun")
        for word in _WORD_RE.findall(words):
            metric = _metric(word, noun) if noun else _stem_metric(word)
            if metric is not None:
                out.append(Direction(metric, direction, m.start(), m.end(), "direction.subject"))
    if counted:
        out = [d for d in out if not _counted_nearby(text, d, counted)]
    seen: set[tuple[str, str]] = set()
    unique: list[Direction] = []
    for d in out:
        if (d.metric, d.direction) not in seen:
            seen.add((d.metric, d.direction))
            unique.append(d)
    return unique


def _counted_nearby(text: str, d: Direction, counted: list[int]) -> bool:
    """Whether a figure stands in the direction's own span or in the clause right after it
    ("convictions rose to five"; not "fewer traffickers and investigated only 41 cases")."""
    end = _CLAUSE_END_RE.search(text, d.end, d.end + _NEARBY)
    stop = end.start() if end is not None else min(len(text), d.end + _NEARBY)
    return any(d.start <= at < stop for at in counted)


#: Where the clause after a direction ends: a comma, semicolon or a new verb.
_CLAUSE_END_RE = re.compile(r"[;,]|\s+(?:and|but|while)\s+(?:\w+ly\s+)?\w+ed\b")


def _blocked(text: str, pos: int) -> bool:
    """Whether the statement at `pos` is negated or is not the government's."""
    start = max(text.rfind(";", 0, pos), text.rfind(",", 0, pos), 0)
    if _NEGATION_RE.search(text, start, pos):
        return True
    if subject_of(text, pos) != GOVERNMENT:
        return True
    clause = text[start:pos]
    return _NOT_GOVERNMENT_RE.search(clause) is not None


def _metric(verb: str, noun: str) -> str | None:
    """The metric a verb + noun pair speaks of ("identified" + "victims")."""
    if verb.startswith(("open", "initiat")):
        return {"investigations": "investigations", "prosecutions": "prosecutions"}.get(noun)
    metric = _stem_metric(verb)
    if metric == "victims_identified" and noun != "victims":
        return None
    if metric != "victims_identified" and noun == "victims":
        return None
    return metric


def _stem_metric(word: str) -> str | None:
    """The metric a verb or noun stem names."""
    for stem, metric in _METRIC_BY_STEM:
        if word.startswith(stem):
            return metric
    return None
