"""Hotline calls: a general hotline's calls count only by their trafficking share ("received
1,304 calls, 28 of which related to trafficking": 28; "2,046 calls, including 142
trafficking-related calls": 142); a total whose trafficking share the text says is unknown
counts nothing, nor do the calls since a line opened in an earlier year ("since its launch
in 2012, the hotline received 15,000 calls")."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.extract.numbers import NUMBER, qualifier_before, token_value
from etl.extract.records import Count
from etl.extract.subjects import HOTLINE_RE
from etl.extract.years import opener_year, years_at
from etl.model import CountFact, Sentence

#: "approximately 100 of which ...": a qualifier before the share.
_SHARE_QUALIFIER = (
    r"(?:(?:approximately|about|around|roughly|nearly|almost|some|over|more\s+than)\s+)?"
)
#: "received 1,304 calls, 28 of which related to trafficking", "7,500 calls, approximately
#: 100 of which were trafficking-related": the trafficking calls.
_CALLS_SHARE_RE = re.compile(
    r"\bcalls(?:\s+(?:in|during)\s+(?:the\s+)?(?:(?:19|20)\d{2}|year|reporting\s+period))?"
    # "; of these, 98 were ...", ", and 98 of them were ...", ", among which 44 concerned ..."
    r"\s*[,;]\s*(?:and\s+)?(?:(?:of|among)\s+(?:which|these|them|those)\s*,?\s*)?"
    + _SHARE_QUALIFIER
    + r"(?P<n>"
    + NUMBER
    + r")\s+(?:of\s+(?:which|them|these)\s+)?(?:calls\s+)?(?:were\s+)?(?:"
    r"(?:relat(?:ed|ing)|concern(?:ed|ing)|pertain(?:ed|ing)|involv(?:ed|ing)|about|regarding)\s+"
    r"(?:to\s+)?(?:[\w-]+\s+){0,2}?trafficking\b|(?:human\s+)?trafficking-related\b)"
)


#: "The anti-trafficking hotline received 214 calls, 18 of which ...", "The government-funded
#: hotline received ...": a hotline for trafficking (or the government's own) counts all its
#: calls; only a general hotline (NGO-run, a child helpline) counts its trafficking share.
_OWN_HOTLINE_RE = re.compile(
    # "two trafficking-specific hotlines", "a trafficking-dedicated line"
    r"\b(?:(?:anti-?)?trafficking(?:-(?:specific|dedicated|focused|only))?|government(?:-\w+)?|"
    r"government's)\s+(?:[\w-]+\s+){0,2}?(?:hot\s?lines?|help\s?lines?)\b",
    re.IGNORECASE,
)


#: "received 2,046 calls, including 142 trafficking-related calls", "..., including 30
#: calls related to trafficking": the trafficking calls among all.
_CALLS_INCLUDING_RE = re.compile(
    r"\bcalls\s*,?\s*including\s+" + _SHARE_QUALIFIER + r"(?P<n>" + NUMBER + r")\s+(?:"
    r"(?:human\s+)?trafficking-related\s+calls\b|(?:human\s+)?trafficking\s+calls\b|"
    # "..., including 40 concerning child trafficking", "including 30 calls about trafficking"
    r"(?:calls\s+)?(?:relat(?:ed|ing)|concern(?:ed|ing)|pertain(?:ed|ing)|involv(?:ed|ing)|"
    r"about|regarding)\s+(?:to\s+)?(?:[\w-]+\s+){0,2}?trafficking\b)"
)


#: "received 1,020 calls, but authorities did not report how many concerned trafficking".
_CALLS_UNKNOWN_RE = re.compile(
    r"\bcalls\s*,?\s*(?:but|although|though|and|while)\s+[^.;]{0,60}?\b(?:not|no)\s+"
    r"(?:report|specify|state|say|indicate|know|disaggregat)\w*\b[^.;]{0,40}?\btrafficking\b|"
    # "... received 5,400 calls on labor rights; the government did not report how many were
    # related to trafficking": the share, not the calls' outcome, is unknown
    r"\bcalls\b[^.;]{0,60}?[;,]\s*[^.;]{0,40}?\b(?:(?:not|no)\s+(?:report|specify|state|say|"
    r"indicate|know|disaggregat)\w*|unclear|unknown)\b[^.;]{0,20}?\bhow\s+many\b[^.;]{0,30}?"
    r"\b(?:relat\w+|concern\w*|pertain\w*|involv\w*|about|regarding|(?:were\s+)?"
    r"(?:human\s+)?trafficking-related)\b"
)


def _own_line(before: str) -> bool:
    """Whether the calls' line, named in `before`, is a trafficking line or the government's
    own line for nothing narrower ("the government-run hotline for migrants" is a general
    line: only its trafficking share counts)."""
    m = _OWN_HOTLINE_RE.search(before)
    if m is None:
        return False
    if "traffick" in m.group().lower():
        return True
    return _GENERAL_TOPIC_RE.search(before, m.start()) is None


#: "received 2,930 calls, of which 10 percent related to trafficking": the trafficking part
#: is a percentage (no count without arithmetic), and the total is not the trafficking calls.
_CALLS_PERCENT_SHARE_RE = re.compile(
    r"\bcalls(?:\s+(?:in|during)\s+(?:the\s+)?(?:(?:19|20)\d{2}|year|reporting\s+period))?"
    r"\s*,\s*(?:of\s+which\s+)?" + _SHARE_QUALIFIER + r"\d+(?:\.\d+)?\s*(?:percent|%)\s+"
    r"(?:of\s+(?:which|them|these)\s+)?(?:were\s+)?(?:(?:relat(?:ed|ing)|concern(?:ed|ing)|"
    r"pertain(?:ed|ing)|involv(?:ed|ing))\s+(?:to\s+)?(?:[\w-]+\s+){0,2}?trafficking\b|"
    r"(?:human\s+)?trafficking-related\b)"
)


def hotline_share(text: str, out: list[Count]) -> list[Count]:
    """Calls a hotline received of which a part concerned trafficking: the part, not the
    total; a total whose trafficking part is not known, or is given only as a percentage:
    nothing."""
    unknown = [*_CALLS_UNKNOWN_RE.finditer(text)]
    if "percent" in text or "%" in text:
        unknown += [
            m
            for m in _CALLS_PERCENT_SHARE_RE.finditer(text)
            if not _own_line(text[max(0, m.start() - 120) : m.start()])
        ]
    for m in unknown:
        out = [
            c
            for c in out
            if not (c.metric == "hotline_calls" and m.start() - 40 <= c.end <= m.start())
        ]
    shares = [*_CALLS_SHARE_RE.finditer(text), *_CALLS_INCLUDING_RE.finditer(text)]
    for m in shares:
        if _own_line(text[max(0, m.start() - 120) : m.start()]):
            continue
        n = token_value(m.group("n"))
        if n is None:
            continue
        out = [
            replace(
                c,
                value=n,
                start=m.start("n"),
                end=m.end("n"),
                rule="count.hotline_share",
                qualifier=qualifier_before(text, m.start("n"))[0],
            )
            if c.metric == "hotline_calls" and m.start() - 40 <= c.end <= m.start() and n < c.value
            else c
            for c in out
        ]
    return out


#: The words after a hotline that describe what it is for, up to the clause's end or verb.
_LINE_DESCRIPTION_RE = re.compile(r"(?:(?!\breceiv)[^;.]){0,120}")
#: A line for something other than trafficking: "a hotline for victims of domestic violence
#: and other crimes", "a hotline for safe travel abroad", "legal advice regarding working
#: abroad", "a child helpline", "an emergency line", "a migrant hotline".
_GENERAL_TOPIC_RE = re.compile(
    r"\b(?:domestic\s+violence|violence|crimes?|safe\s+travel|travel\w*|migra\w+|"
    r"working\s+abroad|employment|jobs?|consultations?|legal\s+advice|child(?:ren)?(?:'s)?|"
    r"women(?:'s)?|gender|social|welfare|emergenc\w+|complaints?|corruption|citizens)\b",
    re.IGNORECASE,
)
_ADJECTIVE_WINDOW = 40
#: Calls the text itself ties to trafficking: "100 calls from potential trafficking victims".
_TRAFFICKING_CALLS_RE = re.compile(
    r"\s+calls\s+(?:from|by|about|on|regarding|reporting|concerning|related\s+to)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:trafficking|traffickers)\b(?:\s+victims)?"
    r"(?:\s+(?:in|during)\s+(?P<year>(?:19|20)\d{2})\b)?"
)
#: The calls of the first days of a new line: "During its first week of operation, ...".
_FIRST_DAYS_RE = re.compile(
    r"\b(?:first|initial)\s+(?:few\s+|two\s+|three\s+)?(?:days?|weeks?|months?)\s+of\s+"
    r"(?:its\s+)?operation\b",
    re.IGNORECASE,
)


#: Calls counted over a line's whole life, not one year's: "since its launch in 2012",
#: "since it began operating in 2014", "since 2010", "to date".
_SINCE_RE = re.compile(
    r"\bsince\s+(?:(?:its|the)\s+(?:[\w-]+\s+){0,2}?)?(?:launch|establishment|creation|"
    r"inception|opening|start|founding|beginning|introduction)\b"
    r"(?:\s+in\s+(?:[a-z]+\s+)?(?P<launched>(?:19|20)\d{2})\b)?|"
    r"\bsince\s+(?:it|the\s+(?:[\w-]+\s+){0,2}?(?:hotlines?|helplines?|lines?))\s+"
    r"(?:was\s+)?(?:launched|established|created|opened|began|started)\b"
    r"(?:[^.;,\d]{0,30}?(?P<began>(?:19|20)\d{2})\b)?|"
    r"\bsince\s+(?:[a-z]+\s+)?(?P<year>(?:19|20)\d{2})\b|"
    r"\bto\s+date\b|\bcumulative(?:ly)?\b"
)
_DIGIT_RE = re.compile(r"\d")
#: The line's own age, not the calls' span: "the hotline, operating since 2015, ...".
_LINE_AGE_RE = re.compile(r"\b(?:operat\w+|running|active|function\w+|existed|exist\w*)\s+$")
#: The calls' own year right after them: "received 520 calls in 2018".
_OWN_YEAR_RE = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?calls?\s+(?:in|during)\s+(?:the\s+)?(?:(?:19|20)\d{2}\b|"
    r"(?:reporting\s+)?(?:period|year)\b)"
)


def _since_opening(text: str, call: Count) -> bool:
    """Whether the calls counted by `call` are those since the line opened in an earlier
    year (or at an unstated time), not one year's: the phrase in the calls' clause with no
    other figure between it and them ("since its launch in 2012, the hotline received
    15,000 calls"; not the 640 of "received 640 calls in 2018, 2,700 since 2010")."""
    if _OWN_YEAR_RE.match(text, call.end):
        return False
    for m in _SINCE_RE.finditer(text):
        if _LINE_AGE_RE.search(text, max(0, m.start() - 20), m.start()):
            continue
        after = m.start() >= call.end
        between = text[call.end : m.start()] if after else text[m.end() : call.start]
        if ";" in between or _DIGIT_RE.search(between):
            continue
        launched = m.group("launched") or m.group("began") or m.group("year")
        return launched is None or int(launched) < call.year
    return False


#: Calls counted per month, week or day, not the year's ("approximately 150 calls per
#: month", "an average of 40 calls a day").
_PER_PERIOD_RE = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+calls?\s+(?:(?:per|a|each|every)\s+(?:month|week|day)|"
    r"monthly|weekly|daily)\b"
)


def general_line_calls(text: str, out: list[Count]) -> list[Count]:
    """Calls to a line the sentence describes as for something other than trafficking
    (domestic violence, migrants, children, emergencies) count nothing, unless a rule took
    their trafficking share; a line described with trafficking keeps its calls. Nor do
    calls of a new line's first days, those since a line opened before the year, or those
    of one month, week or day ("150 calls per month": not multiplied)."""
    if " per " in text or " a " in text or "ly" in text:
        out = [
            c for c in out if c.metric != "hotline_calls" or not _PER_PERIOD_RE.match(text, c.end)
        ]
    if "since" in text or "to date" in text or "cumulativ" in text:
        out = [c for c in out if c.metric != "hotline_calls" or not _since_opening(text, c)]
    calls = [c for c in out if c.metric == "hotline_calls" and c.rule != "count.hotline_share"]
    if not calls:
        return out
    if _FIRST_DAYS_RE.search(text, 0, calls[0].start):
        return [c for c in out if c not in calls]  # a few days' calls, not the year's
    tied = {id(c): m for c in calls if (m := _TRAFFICKING_CALLS_RE.match(text, c.end))}
    if tied:
        # the year printed after the callers is the calls' year ("... victims in 2016")
        return [
            replace(c, year=int(m.group("year")))
            if (m := tied.get(id(c))) is not None and m.group("year")
            else c
            for c in out
        ]
    first = min(c.start for c in calls)
    to_line = [m for c in calls if (m := _FIGURE_CALLS_TO_LINE_RE.match(text, c.end))]
    if to_line:
        # "500 calls to the domestic violence hotline": the line named right after them
        if _trafficking_line(to_line[0].group("line")):
            return out
        return [c for c in out if c not in calls]
    descriptions = []
    for m in HOTLINE_RE.finditer(text, 0, first):
        after = _LINE_DESCRIPTION_RE.match(text, m.end())
        before = text[max(0, m.start() - _ADJECTIVE_WINDOW) : m.start()].rsplit(";", 1)[-1]
        descriptions.append(before + " " + (after.group() if after else ""))
    if any("trafficking" in d.lower() for d in descriptions):
        return out
    if not any(_GENERAL_TOPIC_RE.search(d) for d in descriptions):
        return out
    return [c for c in out if c not in calls]


#: A hotline's reports that the text ties to trafficking ("the hotline received 1,195
#: reports of child trafficking in 2016"): calls reporting trafficking, not cases.
_TRAFFICKING_REPORTS_RE = re.compile(
    r"\b(?:received|registered|recorded|logged|handled)\s+"
    + _SHARE_QUALIFIER
    + r"(?P<n>"
    + NUMBER
    + r")\s+(?:phone\s+|telephone\s+)?reports\s+(?:of|on|about|"
    r"concerning|regarding|related\s+to)\s+(?:[\w-]+\s+){0,3}?trafficking\b"
)


#: Calls named with the line they went to ("the 3,041 calls to the Ashgabat trafficking
#: hotline", "calls received by the national helpline"): the words between are the line's.
_CALLS_TO_LINE_RE = re.compile(
    r"\s+(?:made\s+|placed\s+)?(?:to|on|through|via|received\s+by)\s+(?:the\s+|a\s+|an\s+|its\s+)?"
    r"(?P<line>(?:[\w'’-]+\s+){0,5}?)(?:hot\s?lines?|help\s?lines?|call\s+cent(?:er|re)s?|"
    r"action\s?lines?)\b"
)


#: A figure's calls, then the line they went to ("500 calls to the domestic violence hotline").
_FIGURE_CALLS_TO_LINE_RE = re.compile(r"(?:\s+[\w'’-]+){0,2}?\s+calls?" + _CALLS_TO_LINE_RE.pattern)


def calls_to_a_line(text: str, pos: int) -> bool:
    """Whether the calls whose noun ends at `pos` are named with the line they went to, and
    that line is not one for something other than trafficking ("calls to the domestic
    violence hotline")."""
    m = _CALLS_TO_LINE_RE.match(text, pos)
    return m is not None and _trafficking_line(m.group("line"))


def _trafficking_line(words: str) -> bool:
    """Whether the words naming a line ("the domestic violence", "the national trafficking")
    leave it a trafficking line: they name trafficking, or no other topic."""
    return "trafficking" in words or _GENERAL_TOPIC_RE.search(words) is None


#: A line's contacts of other kinds, then their trafficking share ("fielded over 20,000
#: complaints in 2017, 182 of which were trafficking-related"): the trafficking calls.
_CONTACTS_SHARE_RE = re.compile(
    r"\b(?:received|fielded|registered|recorded|logged|handled|answered)\s+"
    + _SHARE_QUALIFIER
    + r"[\d,]+"
    + r"\s+(?:complaints|contacts|inquiries|enquiries|requests|signals|messages)"
    r"(?:\s+(?:in|during)\s+(?P<year>(?:19|20)\d{2})\b)?\s*,\s*(?:of\s+which\s+)?"
    + _SHARE_QUALIFIER
    + r"(?P<n>"
    + NUMBER
    + r")\s+(?:of\s+(?:which|them|these)\s+)?(?:were\s+)?(?:"
    r"(?:relat(?:ed|ing)|concern(?:ed|ing)|pertain(?:ed|ing)|involv(?:ed|ing))\s+"
    r"(?:to\s+)?(?:[\w-]+\s+){0,2}?trafficking\b|(?:human\s+)?trafficking-related\b)"
)


def _contacts_share(text: str, reporting_year: int) -> list[Count]:
    """The trafficking share of the complaints or contacts a line the sentence names before
    them received: that year's calls about trafficking (METRICS.md: calls the text ties to
    trafficking)."""
    found = []
    for m in _CONTACTS_SHARE_RE.finditer(text):
        n = token_value(m.group("n"))
        if n is None or HOTLINE_RE.search(text, 0, m.start()) is None:
            continue
        year = int(m.group("year")) if m.group("year") else None
        if year is None:
            year = opener_year(text, m.start(), reporting_year) or reporting_year
        found.append(
            Count(
                "hotline_calls",
                year,
                n,
                m.start("n"),
                m.end("n"),
                "count.hotline_share",
                qualifier_before(text, m.start("n"))[0],
            )
        )
    return found


def hotline_reports(text: str, reporting_year: int, out: list[Count]) -> list[Count]:
    """Reports of trafficking a hotline the sentence names before them received, where the
    sentence counts no calls: the calls of their year (the phrase after them, the clause's
    opener, else the reporting year); so is the trafficking share of the complaints or
    contacts it received ("fielded over 20,000 complaints, 182 of which were
    trafficking-related")."""
    if any(c.metric == "hotline_calls" for c in out):
        return []
    if "related" in text:
        shares = _contacts_share(text, reporting_year)
        if shares:
            return shares
    if "reports" not in text:
        return []
    taken = [(c.start, c.end) for c in out]
    found = []
    for m in _TRAFFICKING_REPORTS_RE.finditer(text):
        n = token_value(m.group("n"))
        line = HOTLINE_RE.search(text, 0, m.start())
        if n is None or line is None or any(s <= m.start("n") < e for s, e in taken):
            continue
        years = years_at(text, m.end(), reporting_year)
        year = years[0] if years else opener_year(text, m.start(), reporting_year)
        found.append(
            Count(
                "hotline_calls",
                reporting_year if year is None else year,
                n,
                m.start("n"),
                m.end("n"),
                "count.hotline_reports",
                qualifier_before(text, m.start("n"))[0],
            )
        )
    return found


#: A sentence that says its line is another one than a line named before ("operated a
#: separate hotline", "another hotline", "a second hotline").
_SEPARATE_LINE_RE = re.compile(
    r"\b(?:a\s+separate|another|a\s+second|a\s+different)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:hot\s?line|help\s?line|call\s+cent(?:er|re))\b",
    re.IGNORECASE,
)


#: A line named again without words of its own ("The hotline received ...", "It received").
_LINE_AGAIN_RE = re.compile(
    r"^\s*(?:in\s+(?:19|20)\d{2}\s*,\s*|during\s+the\s+(?:reporting\s+)?(?:year|period)\s*,\s*)?"
    r"(?:the|this|that|its)\s+(?:hot\s?line|help\s?line|line|call\s+cent(?:er|re))\s+"
    r"(?:also\s+|reportedly\s+)?(?:received|registered|recorded|handled|answered|fielded)\b"
)


def _general_line_described(text: str) -> bool:
    """Whether the sentence describes a line as one for something other than trafficking
    and names trafficking nowhere ("The Ministry of Labor operated a hotline for migrant
    workers.")."""
    if "traffick" in text:
        return False
    for m in HOTLINE_RE.finditer(text):
        after = _LINE_DESCRIPTION_RE.match(text, m.end())
        before = text[max(0, m.start() - _ADJECTIVE_WINDOW) : m.start()].rsplit(";", 1)[-1]
        if _GENERAL_TOPIC_RE.search(before + " " + (after.group() if after else "")):
            return True
    return False


def _without_general_lines_named_before(
    counts: list[tuple[CountFact, Count]], sentences: dict[int, Sentence]
) -> list[tuple[CountFact, Count]]:
    """`counts` without the calls of a line named again without words of its own ("The
    hotline received 3,200 calls") right after a sentence that describes it as a line for
    something other than trafficking ("... operated a hotline for migrant workers."): a
    general line's calls count only by their trafficking share (METRICS.md "Hotlines")."""
    out = []
    for fact, local in counts:
        if fact.metric == "hotline_calls" and local.rule != "count.hotline_share":
            sentence = sentences.get(fact.sentence_index)
            before = sentences.get(fact.sentence_index - 1)
            if (
                sentence is not None
                and before is not None
                and "traffick" not in (text := sentence.text.lower())
                and _LINE_AGAIN_RE.match(text)
                and _general_line_described(before.text.lower())
            ):
                continue
        out.append((fact, local))
    return out


def without_separate_lines(
    counts: list[tuple[CountFact, Count]], sentences: dict[int, Sentence]
) -> list[tuple[CountFact, Count]]:
    """`counts` without the hotline calls of a year that separate lines give separately
    ("the children's hotline received 1,550 calls related to trafficking ... An NGO operated a
    separate hotline. The hotline received more than 900 calls"): several separate figures
    and no total, none is the metric (METRICS.md "The national figure"); the separate line
    is named in the calls' sentence or the one before it."""
    counts = _without_general_lines_named_before(counts, sentences)
    calls = [(fact, local) for fact, local in counts if fact.metric == "hotline_calls"]
    if len(calls) < 2:
        return counts
    separate = {
        fact.sentence_index
        for fact, _ in calls
        if any(
            (sentence := sentences.get(fact.sentence_index - back)) is not None
            and _SEPARATE_LINE_RE.search(sentence.text)
            for back in (0, 1)
        )
    }
    if not separate:
        return counts
    rival_years = {
        fact.year
        for fact, _ in calls
        if fact.sentence_index in separate
        and any(
            other.year == fact.year
            and other.value != fact.value
            and other.sentence_index != fact.sentence_index
            for other, _ in calls
        )
    }
    return [
        (fact, local)
        for fact, local in counts
        if not (fact.metric == "hotline_calls" and fact.year in rival_years)
    ]


#: The metrics a hotline's calls may lead to: its cases and victims are parts of the year's.
_OUTCOME_METRICS = ("investigations", "prosecutions", "victims_identified")
#: Between a line's calls and a figure: the calls led to it ("65 calls ... resulting in 25
#: investigations", "which led to the identification of three victims", "from which
#: authorities identified 233 victims").
_CALLS_LED_TO_RE = re.compile(
    r"\bcalls?\b[^;]*?\b(?:result(?:ing|ed|s)?\s+in|le(?:d|ad|ading)\s+to|from\s+which|"
    r"through\s+which|(?:from|through)\s+(?:these|those|the)\s+calls)\b"
)
#: A new clause with a subject of its own between the outcome and a later figure.
_NEW_SUBJECT_RE = re.compile(
    r",\s+(?:and|while|but)\s+(?:the\s+government|authorities|police|officials|the\s+\w+\s+"
    r"(?:ministry|police|office|unit))\b"
)
#: After a figure in its clause: the line's calls it came from ("as a direct result of the
#: hotline", "based on hotline calls", "through these calls").
_FROM_CALLS_AFTER_RE = re.compile(
    r"\b(?:as\s+a\s+(?:direct\s+)?result\s+of|based\s+on|through|via|from)\s+"
    r"(?:the\s+|these\s+|those\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:hot\s?lines?|help\s?lines?|calls)\b"
)
#: A part of the figure named before the line ("150 victims, including 20 through the
#: hotline"): the line's part is the other figure's.
_PART_BEFORE_LINE_RE = re.compile(r"\d|\b(?:including|of\s+whom|of\s+which|among)\b")


def weaken_call_outcomes(text: str, out: list[Count]) -> list[Count]:
    """`out` without the investigations and prosecutions a hotline's calls led to
    ("received 65 calls in 2018 resulting in 25 investigations": the cases of one source,
    not the year's count), and with the victims they led to made weak ("identified one
    victim ... as a direct result of the hotline"): the line's part, kept only where the
    document states no other figure for its year (METRICS.md "The national figure")."""
    kept = []
    for c in out:
        if c.metric.startswith(_OUTCOME_METRICS) and _call_outcome(text, c):
            if not c.metric.startswith("victims_identified"):
                continue
            c = replace(c, weak=True)
        kept.append(c)
    return kept


def _end(m: re.Match[str]) -> int:
    """Where a match ends."""
    return m.end()


def _call_outcome(text: str, count: Count) -> bool:
    """Whether `count`'s figure is what a line's calls led to, in its clause."""
    clause = text.rfind(";", 0, count.start) + 1
    led = max(_CALLS_LED_TO_RE.finditer(text, clause, count.start), key=_end, default=None)
    if led is not None and not _NEW_SUBJECT_RE.search(text, led.end(), count.start):
        return True
    end = text.find(";", count.end)
    after = _FROM_CALLS_AFTER_RE.search(text, count.end, len(text) if end < 0 else end)
    return after is not None and not _PART_BEFORE_LINE_RE.search(text, count.end, after.start())
