"""A paragraph that names one form as its topic: "For labor trafficking, police identified
27 individuals suspected of labor trafficking in 2016, ... Authorities prosecuted 19 labor
traffickers in 2016, ... Courts convicted 12 traffickers, compared with five in 2015". The
law-enforcement counts of the paragraph from the opener on are of that form (METRICS.md
"Forms": one form's count is not the total): a prosecution or conviction count becomes the
form's count (`count.topic_form`), an investigation count goes (the catalogue has no
investigations by form), and an undated figure (given the reporting year) takes the year
the opener states. The topic ends with the paragraph or at a sentence that names the other
form, both forms or a combined count."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.extract.records import Count
from etl.model import CountFact, Sentence

#: A sentence that opens on one form: "For labor trafficking, ...".
_TOPIC_RE = re.compile(
    r"\s*(?:For|Regarding|Concerning|As\s+for|With\s+(?:regard|respect)\s+to|In\s+terms\s+of)\s+"
    r"(?P<form>labou?r\s+trafficking|forced\s+labou?r|sex\s+trafficking)"
    r"(?:\s+(?:cases|crimes|offenses|offences))?\s*,"
)
#: Words that end a form's topic: the other form, both, a combined count.
_TOPIC_END_RE = {
    "labor": re.compile(
        r"\bsex\s+trafficking|\bsexual\s+exploitation|\bcombined\b|\bboth\s+forms\b", re.I
    ),
    "sex": re.compile(
        r"\blabou?r\s+trafficking|\bforced\s+labou?r|\bcombined\b|\bboth\s+forms\b", re.I
    ),
}
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_LAW_METRICS = frozenset({"investigations", "prosecutions", "convictions"})


def topic_forms(
    counts: list[tuple[CountFact, Count]],
    sentences: list[Sentence],
    text: str,
    reporting_year: int | None,
) -> list[tuple[CountFact, Count]]:
    """`counts` with the law-enforcement counts of a one-form paragraph made that form's
    (`sentences` in order, `text` the document's text, where a line break ends a paragraph)."""
    if "For " not in text and "Regarding " not in text and "Concerning " not in text:
        return counts  # no opener at all: the common case costs one substring scan
    topics: dict[int, tuple[str, int | None]] = {}
    topic: tuple[str, int | None] | None = None
    previous_end = 0
    for sentence in sentences:
        if topic is not None and (
            "\n" in text[previous_end : sentence.start]
            or _TOPIC_END_RE[topic[0]].search(sentence.text)
        ):
            topic = None
        opener = _TOPIC_RE.match(sentence.text)
        if opener is not None:
            form = "labor" if "lab" in opener.group("form").lower() else "sex"
            year = _YEAR_RE.search(sentence.text)
            topic = (form, int(year.group()) if year else None)
        if topic is not None:
            topics[sentence.index] = topic
        previous_end = sentence.end
    if not topics:
        return counts
    texts = {s.index: s.text for s in sentences}
    out: list[tuple[CountFact, Count]] = []
    for fact, local in counts:
        held = topics.get(fact.sentence_index)
        if held is None or fact.metric not in _LAW_METRICS:
            out.append((fact, local))
            continue
        if fact.metric == "investigations":
            continue  # one form's investigations: no metric of the catalogue
        form, year = held
        if (
            year is not None
            and fact.year == reporting_year
            and str(reporting_year) not in texts.get(fact.sentence_index, "")
        ):
            fact_year = year  # undated: the paragraph's year
        else:
            fact_year = fact.year
        metric = f"{fact.metric}_{form}"
        out.append(
            (
                replace(fact, metric=metric, year=fact_year, rule="count.topic_form"),
                replace(local, metric=metric, year=fact_year, rule="count.topic_form"),
            )
        )
    return out
