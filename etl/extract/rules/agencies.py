"""Law-enforcement figures of several named agencies and no total: "ICE reported opening 987
investigations ... The FBI formally opened 835 ... DOJ's taskforces initiated 1,083", "The
NPWC conducted 313 investigations ... The CIB investigated 13 cases". Several separate
figures and no total: none of them is the metric, and they are never added up (METRICS.md
"The national figure"). Where two or more agencies, each named by its acronym or its
proper name, give different counts of one metric and year, every count of that metric in
the agencies' sentences is dropped (their comparisons and zeros too); a figure of the
government, the police or the courts at large is no agency's and stays (a stated national
total wins). A year only one agency gives a figure of keeps it ("... opening 410
investigations, a decrease from 450 in FY 2015. The FBI opened 380": 450 is 2015's only
figure). Laws are units too: "police investigations of 75 cases ... under Article 231;
nine investigations ... under Article 231-A; and 290 ... under Article 149" gives none, and
one law's count gives way to a total stated elsewhere for the year ("six convictions under
Article 189a" beside "a total of 58 final convictions")."""

from __future__ import annotations

import re

from etl.extract.records import Count
from etl.model import CountFact, Sentence

_METRICS = frozenset({"investigations", "prosecutions", "convictions"})
#: An agency's name before the figure: an acronym ("FBI", "DoD", "NPWC", "DOJ's") or a proper
#: name of capitalised words before a body ("State Prosecutor's Office", "Federation
#: courts": one entity's courts).
_AGENCY_RE = re.compile(
    r"\b(?P<acronym>[A-Z][A-Za-z]?[A-Z]+)(?:'s)?\b|"
    r"\b(?P<name>(?:[A-Z][a-z'’]+\s+(?:of\s+(?:the\s+)?)?){1,4}"
    r"(?:Office|Bureau|Unit|Directorate|Department|Division|Agency|Service|Commission|"
    r"authorities|police|courts?|prosecutors?))\b"
)
#: Capitals that name no agency: fiscal years, the report, roman numerals, NGOs.
_NOT_AGENCIES = frozenset(
    {"FY", "TIP", "US", "USA", "UN", "NGO", "NGOs", "II", "III", "IV", "VI", "EU", "USD"}
)
#: Capitalised words that name no one entity: a sentence's first word, the government.
_GENERIC_WORDS = frozenset(
    {
        *("The", "In", "During", "Police", "Courts", "Court", "Authorities", "Prosecutors"),
        *("Officials", "Government", "Judges", "Law", "National", "Also", "However", "Its"),
    }
)
#: Right before a figure: it is stated as the total.
_TOTAL_OF_RE = re.compile(r"\btotal\s+of\s+$")
#: The law a figure is counted under, after it in its clause: "under Article 231-A".
_UNDER_ARTICLE_RE = re.compile(
    r"\bunder\s+(?:the\s+)?articles?\s+(?P<law>\d[\w.-]*)", re.IGNORECASE
)
_AFTER_BRACKET_LAW_RE = re.compile(r"\s*" + _UNDER_ARTICLE_RE.pattern, re.IGNORECASE)
#: Where the figure's clause ends, looking for its law.
_CLAUSE_END_RE = re.compile(r"[;(]|\.\s|\.$")
#: Where the clause holding the figure begins: its subject comes after.
_CLAUSE_BREAK_RE = re.compile(r"[;:]|,\s+(?:and|while|whereas|but)\s|\.\s")


def without_agency_rivals(
    counts: list[tuple[CountFact, Count]], sentences: dict[int, Sentence]
) -> list[tuple[CountFact, Count]]:
    """`counts` without the counts of a metric that several named agencies give separately
    for one year (`sentences` maps a sentence index to the sentence)."""
    by_year: dict[tuple[str, int], dict[str, set[int]]] = {}
    agency_of: dict[int, str] = {}
    # where a stated total named by no agency or law is: (metric, year) -> its sentences
    national: dict[tuple[str, int], set[int]] = {}
    # the agencies or laws giving any figure of a metric and year, comparisons included
    given: dict[tuple[str, int], set[str]] = {}
    # the agency of a sentence's head count of a metric: its comparisons are that agency's
    # too ("The police unit reported 44 investigations, compared with ..., and 83 in 2017")
    head_agency: dict[tuple[str, int], str | None] = {}
    totals: set[tuple[str, int]] = set()  # (metric, sentence) of a stated total
    for i, (fact, local) in enumerate(counts):
        if fact.metric not in _METRICS:
            continue
        head = not local.weak and fact.rule.startswith("count.head.")
        sentence = sentences.get(fact.sentence_index)
        agency = _agency(fact, sentence) or _law(fact, sentence)
        key = (fact.metric, fact.sentence_index)
        if head:
            head_agency.setdefault(key, agency)
        elif agency is None and fact.rule == "count.comparison":
            agency = head_agency.get(key)
        if agency is None:
            if (head and _stated_total(fact, sentence)) or (
                fact.rule == "count.comparison" and key in totals
            ):
                # a stated total, or an earlier year's figure beside it ("a total of 58
                # final convictions (58 in 2015, ...)")
                totals.add(key)
                national.setdefault((fact.metric, fact.year), set()).add(fact.sentence_index)
            continue
        agency_of[i] = agency
        given.setdefault((fact.metric, fact.year), set()).add(agency)
        if head:
            values = by_year.setdefault((fact.metric, fact.year), {})
            values.setdefault(agency, set()).add(fact.value)
    rivals = {
        metric
        for (metric, _), agencies in by_year.items()
        if len(agencies) >= 2 and len(set().union(*agencies.values())) >= 2
    }
    # one law's count where a total named by no law is stated elsewhere for the year: a
    # part ("six convictions under Article 189a" beside "a total of 58 final convictions")
    outranked = {
        i
        for i in agency_of
        if agency_of[i].startswith("article ")
        and (fact := counts[i][0]).sentence_index
        not in national.get((fact.metric, fact.year), {fact.sentence_index})
    }
    if not rivals and not outranked:
        return counts
    # every agency's count of the metric goes, its zeros ("RS authorities did not initiate
    # any prosecutions") and comparisons too, but for a year only one of them gives a figure
    # of ("prosecuted seven defendants (14 in 2016) under article 13", the only 2016 figure)
    dropped = {
        i
        for i in agency_of
        if (fact := counts[i][0]).metric in rivals and len(given[(fact.metric, fact.year)]) >= 2
    }
    return [pair for i, pair in enumerate(counts) if i not in dropped and i not in outranked]


def _agency(fact: CountFact, sentence: Sentence | None) -> str | None:
    """The agency named as the subject of the clause holding `fact`'s figure, if any."""
    if sentence is None:
        return None
    text = sentence.text
    pos = fact.start - sentence.start
    breaks = [m.end() for m in _CLAUSE_BREAK_RE.finditer(text, 0, max(0, pos))]
    for m in _AGENCY_RE.finditer(text, breaks[-1] if breaks else 0, max(0, pos)):
        if m.group("acronym"):
            if m.group("acronym") not in _NOT_AGENCIES:
                return m.group("acronym")
            continue
        name = m.group("name")
        if any(w[0].isupper() and w not in _GENERIC_WORDS for w in name.split()[:-1]):
            return name
    return None


def _stated_total(fact: CountFact, sentence: Sentence | None) -> bool:
    """Whether `fact`'s figure is stated as a total ("a total of 58 final convictions")."""
    if sentence is None:
        return False
    pos = fact.start - sentence.start
    return _TOTAL_OF_RE.search(sentence.text, max(0, pos - 20), max(0, pos)) is not None


def _law(fact: CountFact, sentence: Sentence | None) -> str | None:
    """The article `fact`'s figure is counted under, named after it in its clause, if any."""
    if sentence is None:
        return None
    text = sentence.text
    pos = fact.end - sentence.start
    end = _CLAUSE_END_RE.search(text, max(0, pos))
    found = _UNDER_ARTICLE_RE.search(text, max(0, pos), end.start() if end else len(text))
    if found is None and end is not None and end.group() == "(":
        # "24 convictions (15 in 2016) under Article 203": the law right after the bracket
        close = text.find(")", end.start())
        found = _AFTER_BRACKET_LAW_RE.match(text, close + 1) if close > 0 else None
    return None if found is None else "article " + found.group("law").lower()
