"""Counts stated as none: "did not convict any traffickers", "identified no victims",
"no convictions for a second consecutive year". Missing data ("did not report any
prosecutions") is not a zero, nor is a zero about complicit officials or a sub-group."""

from __future__ import annotations

import re
from collections.abc import Iterator

from etl.extract.numbers import NUMBER, token_value
from etl.extract.records import Count
from etl.extract.rules.spans import opening_range
from etl.extract.subjects import GOVERNMENT, HOTLINE_RE, subject_of
from etl.extract.years import opener_year, years_at, years_between

#: "\bno" is written "no(?<!\wno)" so that the regex engine can skip ahead to first letters;
#: the regexes below are written so for the same reason ("did(?<!\wdid)" is "\bdid").
_NEGATION_HINT_RE = re.compile(
    r"(?:not(?<!\wnot)|no(?<!\wno)|failed(?<!\wfailed)|unable(?<!\wunable)|didn't(?<!\wdidn't)|"
    r"neither(?<!\wneither)|never(?<!\wnever)|yet(?<!\wyet)\s+to)\b"
)
#: "Both were Indonesian", "All of the identified victims were foreign nationals": a part
#: of the count before with no figure of its own (at the sentence's start, which
#: `may_state_zero` tests for "both" or "all" before it runs the regex).
_PART_HINT_RE = re.compile(r"(?:both|all)\s+(?:[\w-]+\s+){0,5}?were\s")


def may_state_zero(text: str) -> bool:
    """Quick test for "this sentence may state a zero or a part with no figure": a negation,
    or an opening "Both ... were" / "All ... were". Two regexes rather than one alternation
    with "^", which would keep the engine from skipping ahead; the negation regex only where
    the text holds one of its words' letters ("no" for "not" and "no")."""
    if text.startswith(("both", "all")) and _PART_HINT_RE.match(text) is not None:
        return True
    has_letters = (
        "no" in text
        or "failed" in text
        or "unable" in text
        or "didn't" in text
        or "neit" in text
        or "neve" in text
        or "yet to" in text
    )
    return has_letters and _NEGATION_HINT_RE.search(text) is not None


_ZERO_VERB = (
    r"(?:identify|identified|recognized?|investigated?|prosecuted?|convict(?:ed)?|initiated?|"
    r"open(?:ed)?|secured?|obtain(?:ed)?|achieved?|conduct(?:ed)?|report(?:ed)?|record(?:ed)?|"
    r"refer(?:red)?|assist(?:ed)?|protect(?:ed)?|screen(?:ed)?|provided?\s+(?:[\w-]+\s+){0,2}?to)"
)
#: The participles after "has not" ("has not convicted any traffickers"), by their verb.
_PARTICIPLE_VERB = {
    **{f"{v}d": v for v in ("recognize", "investigate", "prosecute", "initiate", "secure")},
    **{f"{v}d": v for v in ("achieve",)},
    **{f"{v}ed": v for v in ("convict", "open", "obtain", "conduct", "report", "record")},
    **{f"{v}ed": v for v in ("assist", "protect", "screen")},
    "referred": "refer",
}
_ZERO_RE = re.compile(
    r"(?:did(?<!\wdid)\s+not|didn't(?<!\wdidn't)|failed(?<!\wfailed)\s+to|"
    r"was(?<!\wwas)\s+unable\s+to|could(?<!\wcould)\s+not|(?:has(?<!\whas)|have(?<!\whave))\s+not|"
    # "the government had yet to convict a trafficker"
    r"(?:has(?<!\whas)|had(?<!\whad)|have(?<!\whave))\s+yet\s+to|"
    # "Neither the government nor the GEC identified any foreign victims"
    r"t(?<=\bneither\st)he\s+government\s+nor\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)\s+(?:\w+ly\s+)?"
    r"(?P<verbs>" + _ZERO_VERB + r"(?:\s+(?:any\s+)?(?:convictions|prosecutions|investigations)"
    r"(?:\s+(?:in|of|against|for))?)?(?:(?:\s*,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+)"
    + _ZERO_VERB
    + r"(?:\s+(?:any\s+)?(?:convictions|prosecutions|investigations)"
    r"(?:\s+(?:in|of|against|for))?)?)*)"
    r"\s+(?:any\s+(?P<obj>(?:[\w-]+\s+){0,5}?)(?P<noun>victims|traffickers|offenders|suspects|"
    r"perpetrators|individuals|persons|people|cases|investigations|prosecutions|convictions|"
    r"defendants)\b|"
    # "did not convict a single trafficker", "did not convict anyone on trafficking charges"
    r"(?P<one>a\s+(?:single\s+)?(?:trafficker|offender|suspect|perpetrator|defendant)|"
    r"anyone|anybody)\b)"
)
_ZERO_NO_RE = re.compile(
    r"\b(?P<verb>identified|secured|obtained|reported|initiated|achieved|there\s+were|recorded|"
    r"conducted|opened)\s+no\s+(?:new\s+)?(?:trafficking\s+)?(?P<noun>victims|convictions|"
    r"prosecutions|investigations)\b(?!\s+(?:of|against|involving)\s+(?:\w+\s+)?(?:officials|"
    r"complicit))"
)
_ZERO_CONSECUTIVE_RE = re.compile(
    r"no(?<!\wno)\s+(?:trafficking\s+)?(?P<noun>convictions|prosecutions|investigations)\s+for\s+"
    r"(?:a|the)\s+\w+\s+consecutive\s+year"
)
#: The only words allowed between "any" and the noun: "did not convict any child
#: traffickers" or "... any officials" is about a sub-group.
_ZERO_OBJECT_WORDS = frozenset(
    {
        *("trafficking", "human", "new", "potential", "suspected", "alleged", "criminal"),
        *("sex", "labor", "labour", "forced", "or", "and", "trafficking-related", "foreign"),
    }
)
#: The trafficking law itself: "under the Trafficking Act", "under its 2005 anti-trafficking
#: law", "under the TIP Act" (one article or another law is a subset).
_TRAFFICKING_LAW = (
    r"\s+(?:the|its|the\s+country's)\s+(?:(?:19|20)\d\d\s+)?(?:anti-?\s?)?(?:human\s+)?"
    r"(?:trafficking(?:\s+in\s+persons)?|tip)\s+(?:act|law|statute)\b"
)
_ZERO_TAIL_RE = re.compile(
    # ("under either law" covers every law, "under the trafficking act" is the trafficking
    # law: still the metric's zero)
    r"\s+(?:who\s+were\s+)?(?:complicit|officials|of|involving|who|"
    r"under(?!\s+(?:either|both|any)\s+(?:of\s+the\s+)?laws?\b|" + _TRAFFICKING_LAW + r")|"
    r"from|among|"
    r"in\s+cases|(?:during|in|through)\s+(?:these|those|such)\s+(?:\w+\s+)?(?:inspections|raids|"
    r"operations|visits|cases|investigations))\b|\s+for\s+(?!(?:a|the)\s+\w+\s+consecutive)"
)
#: "did not prosecute any cases of forced labor": a zero for one form, where the form ends
#: the phrase ("... of forced labor involving migrant workers" is a sub-group).
_FORM_TAIL_RE = re.compile(
    r"\s+(?:of|for|involving|in)\s+(?:(?P<sex>sex\s+trafficking|(?:commercial\s+)?sexual\s+"
    r"exploitation|forced\s+prostitution)|(?P<labor>forced\s+labou?r|labou?r\s+trafficking|"
    r"labou?r\s+exploitation))(?=\s*(?:[.;,]|$|(?:in|during)\s+(?:19|20)\d\d))"
)
_FORM_METRICS = frozenset({"victims_identified", "prosecutions", "convictions"})
#: "compared with no prosecutions or convictions in 2018": zeros for the earlier year.
_ZERO_COMPARED_RE = re.compile(
    r"(?:compared(?<!\wcompared)\s+(?:with|to)|from(?<!\wfrom)|versus(?<!\wversus))"
    r"\s+(?:no|zero)\s+(?:trafficking\s+)?"
    r"(?P<nouns>(?:investigations|prosecutions|convictions|(?:identified\s+)?victims(?:\s+identified)?)"
    r"(?:(?:\s*,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+)(?:investigations|prosecutions|"
    r"convictions))*)(?=\s+(?:in|during)\s)"
)
#: "33 investigations, prosecution of seven suspects, and no convictions": a zero as the
#: last item of a list of counts, right after a counted item's noun; not "no convictions of
#: officials" (a subset).
_ZERO_LIST_ITEM_RE = re.compile(
    r"\b(?:investigations?|prosecutions?|convictions?|suspects|traffickers|defendants|cases|"
    r"offenders)\s*(?:,\s*(?:and\s+)?|and\s+)no\s+(?:trafficking\s+)?"
    r"(?P<noun>investigations|prosecutions|convictions)\b"
    r"(?!\s+(?:of|against|involving|for)\s+(?:\w+\s+)?(?:officials|complicit))"
)
#: Before a list item: a comparison cue ("compared to 34 investigations, ... and no
#: convictions in the previous reporting period": the earlier period's zero).
_CUE_BEFORE_RE = re.compile(r"\b(?:compared\s+(?:to|with)|increase\s+from|decrease\s+from|from)\s")
#: "has never obtained a labor trafficking conviction", "have never identified labor
#: trafficking victims", "has never identified a forced labor victim": a form's zero, the
#: reporting period's; not one "within" a programme or "among" a group (a subset).
_ZERO_NEVER_RE = re.compile(
    r"never(?<!\wnever)\s+(?:obtained|secured|achieved|identified|recorded)\s+(?:an?\s+|any\s+)?"
    r"(?:(?P<form>sex|labou?r)\s+trafficking|forced\s+(?P<forced>labou?r))\s+"
    r"(?P<noun>convictions?|victims?)\b"
    r"(?!\s+(?:within|among|from|under|involving|in\s+(?:the|its|a)\b))"
)
#: "has never convicted a trafficker", "has never secured a trafficking conviction": the
#: metric's zero, the reporting period's (not "... a trafficker under article 5", a subset).
_ZERO_NEVER_ANY_RE = re.compile(
    r"never(?<!\wnever)\s+(?:(?P<verb>convicted|prosecuted|investigated)\s+(?:an?|any)\s+"
    r"(?:(?:suspected|alleged)\s+)?(?:traffickers?|offenders?|perpetrators?|"
    r"trafficking\s+(?:cases?|offenders?|suspects?))|"
    r"(?:obtained|secured|achieved|recorded)\s+(?:an?|any)\s+(?:trafficking\s+)?"
    r"(?P<noun>conviction|prosecution)s?)\b"
)
#: "prosecuted no one on trafficking charges", "convicted no traffickers".
_ZERO_NO_ONE_RE = re.compile(
    r"(?P<verb>investigated(?<!\winvestigated)|prosecuted(?<!\wprosecuted)|"
    r"convicted(?<!\wconvicted))\s+no\s+(?:one|trafficking\s+suspects|"
    r"(?:suspected\s+|alleged\s+)?(?:traffickers|offenders|suspects|perpetrators|defendants))\b"
    r"(?!\s+(?:of|for|involving|who|under|from|among|in\s+cases)\b)"
)
#: "secured no convictions, the same as in the previous reporting period": both years.
_SAME_AS_PREVIOUS_RE = re.compile(
    r"\s*,?\s*(?:the\s+same\s+as|as\s+(?:was\s+the\s+case\s+)?)\s*(?:in\s+)?"
    r"(?:the\s+)?(?:previous|prior|preceding)\s+(?:reporting\s+)?(?:period|year)\b"
)
#: "No traffickers were convicted during the year": a sentence-opening passive zero.
_NO_ONE_PASSIVE_RE = re.compile(
    r"[Nn](?:(?<![\s\S][Nn])|(?<=[.;]\s[Nn]))"
    r"(?i:o\s+(?:(?:suspected|alleged)\s+)?(?:traffickers|offenders|suspects|"
    r"perpetrators|defendants)\s+(?:were|was)\s+(?P<verb>investigated|prosecuted|convicted)\b"
    r"(?!\s+(?:of|for|involving|under|in\s+cases)\b))"
)
#: What the zero regexes written with "no" all hold: "no" before a space. Looked for once
#: (a literal prefix, which the regex engine skips ahead to) so that they run only where it
#: is: most sentences that may state a zero have a "not" but no "no".
_NO_BEFORE_SPACE_RE = re.compile(r"no\s")
#: "No victims were identified in 2017": the year's zero; not "... identified through the
#: hotline" or "as a result of the inspections" (a part).
_NO_VICTIMS_PASSIVE_RE = re.compile(
    r"\bno\s+(?:(?:new|potential|possible|trafficking)\s+){0,2}victims\s+"
    r"(?:were|was|had\s+been|have\s+been)\s+(?:officially\s+)?identified"
    r"(?=\s*(?:[.;]|$|(?:in|during)\s+(?:(?:19|20)\d\d|the\s+(?:reporting\s+)?(?:period|year))\b))"
)
#: "... any new investigations or prosecutions": the nouns after the first.
_MORE_NOUNS_RE = re.compile(
    r"(?:(?:\s*,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+)(?:new\s+)?(?:trafficking\s+)?"
    r"(?:investigations|prosecutions|convictions))+\b"
)
_NEUTRAL_VERBS = frozenset({"initiate", "open", "secure", "obtain", "achieve", "conduct"})
_NOUN_WORD_RE = re.compile(r"investigations|prosecutions|convictions|victims")
_PAST_METRIC = {
    "investigated": "investigations",
    "prosecuted": "prosecutions",
    "convicted": "convictions",
}
_COMPLICITY_RE = re.compile(r"\b(?:complicit\w*|officials?)\b")
_ZERO_VERB_METRIC = {
    "identify": "victims_identified",
    "recognize": "victims_identified",
    "identified": "victims_identified",
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


_CALL_WORDS = r"(?:trafficking(?:-related|-specific)?\s+)?(?:calls|reports|tips|complaints)"
_TIED = r"\s+(?:of|about|on|regarding|concerning|related\s+to)\s+(?:human\s+)?trafficking\b"
#: A hotline that received nothing: "established a national hotline but did not receive any
#: calls during the reporting period", "could field trafficking-specific calls, although it
#: did not receive any", "no trafficking tips were received"; not "any calls from victims"
#: or "any reports of child labor" (a subset), nor "did not receive any funding".
_NO_CALLS_RE = re.compile(
    r"\b(?:did\s+not|didn't)\s+receive\s+any(?:\s+" + _CALL_WORDS + r"(?:" + _TIED + r"|"
    r"(?!\s+(?:of|about|on|from|by|regarding|concerning|related|involving)\b))|"
    r"(?=\s*(?:[.,;]|$|\s+(?:during|in|that|this|last|for)\b)))|"
    r"\bno\s+" + _CALL_WORDS + r"(?:" + _TIED + r")?\s+(?:were|was)\s+received\b"
)


def hotline_zero(text: str, ry: int) -> list[Count]:
    """No calls to a hotline the sentence names before saying so: the calls' zero."""
    out: list[Count] = []
    for m in _NO_CALLS_RE.finditer(text):
        if HOTLINE_RE.search(text, 0, m.start()) is None:
            continue
        year = _year(text, m.end(), m.start(), ry)
        out.append(Count("hotline_calls", year, 0, m.start(), m.end(), "count.zero", None))
    return out


#: A zero's comparison in brackets after its object: "... under either law (nine in 2016)".
_PAREN_BEFORE_RE = re.compile(
    r"[^;()]{0,60}?\((?P<n>" + NUMBER + r")\s+in\s+(?P<year>(?:19|20)\d{2})\)"
)


def zero_counts(text: str, ry: int | None) -> list[Count]:
    """Counts stated as none: "did not convict any traffickers", "identified no victims",
    "no convictions for a second consecutive year"."""
    if ry is None:
        return []
    out: list[Count] = []
    written_no = _NO_BEFORE_SPACE_RE.search(text) is not None
    for m in _ZERO_RE.finditer(text):
        obj = m.group("obj") or ""
        noun = m.group("noun") or "traffickers"  # "a single trafficker", "anyone"
        noun_end = m.end("noun") if m.group("noun") else m.end("one")
        if not set(obj.split()) <= _ZERO_OBJECT_WORDS or subject_of(text, m.start()) != GOVERNMENT:
            continue
        tail = text[m.end() : m.end() + 60]
        form_tail = _FORM_TAIL_RE.match(tail)
        if form_tail is None and _ZERO_TAIL_RE.match(tail):
            continue
        listed = _MORE_NOUNS_RE.match(text, noun_end)
        if (
            listed is not None
            and form_tail is None
            and _ZERO_TAIL_RE.match(text, listed.end(), listed.end() + 60)
        ):
            continue  # "any investigations, prosecutions, or convictions of officials"
        if _COMPLICITY_RE.search(text, 0, m.start()):
            continue
        verbs = [_PARTICIPLE_VERB.get(v, v) for v in re.findall(_ZERO_VERB, m.group("verbs"))]
        if "report" in verbs or "record" in verbs:
            continue
        named = re.findall(r"convictions|prosecutions|investigations", m.group("verbs"))
        metrics: list[str] = []
        for verb in verbs:
            metric = _ZERO_VERB_METRIC.get(verb)
            if metric == "victims_identified" and noun != "victims":
                metric = None
            if metric is None and verb in (
                "initiate",
                "open",
                "secure",
                "obtain",
                "achieve",
                "conduct",
            ):
                metric = _NOUN_METRIC.get(named.pop(0) if named else noun)
            if metric and metric != "victims_identified" and noun == "victims":
                metric = None
            if metric and metric not in metrics:
                metrics.append(metric)
        has_sex, has_labor = "sex" in obj, "labor" in obj or "labour" in obj
        form = form_tail.lastgroup if form_tail is not None else None
        if has_sex != has_labor:
            if form is not None:
                continue
            form = "sex" if has_sex else "labor"
        if form is not None:
            metrics = [f"{metric}_{form}" for metric in metrics if metric in _FORM_METRICS]
        if "foreign" in obj.split():
            # "did not identify any foreign victims": no foreign victims (METRICS.md)
            metrics = [f"{m}_foreign" for m in metrics if m == "victims_identified"]
        more = _MORE_NOUNS_RE.match(text, noun_end)
        if more is not None and form is None and set(verbs) <= _NEUTRAL_VERBS:
            # "did not initiate any new investigations or prosecutions": both nouns
            for noun in _NOUN_WORD_RE.findall(more.group()):
                if _NOUN_METRIC[noun] not in metrics:
                    metrics.append(_NOUN_METRIC[noun])
        end = noun_end + (form_tail.end() if form_tail else 0)
        if more is not None and form_tail is None:
            end = more.end()
        year = _year(text, end, m.start(), ry)
        own = _own_years(text, end, ry)
        years = opening_range(text, m.start(), ry) if own is None else own
        out.extend(
            Count(metric, y, 0, m.start(), noun_end, "count.zero", None)
            for metric in metrics
            for y in years or (year,)
        )
        before = _PAREN_BEFORE_RE.match(text, end)
        if before is not None and (n := token_value(before.group("n"))) is not None:
            # "did not convict any offenders under either law (nine in 2016)"
            out.extend(
                Count(
                    metric,
                    int(before.group("year")),
                    n,
                    before.start("n"),
                    before.end("n"),
                    "count.comparison",
                    None,
                )
                for metric in metrics
                if int(before.group("year")) != year
            )
    for m in _ZERO_COMPARED_RE.finditer(text) if written_no or "zero" in text else ():
        years = years_at(text, m.end(), ry)
        if years is None or subject_of(text, m.start()) != GOVERNMENT:
            continue
        for noun in _NOUN_WORD_RE.findall(m.group("nouns")):
            out.extend(
                Count(_NOUN_METRIC[noun], year, 0, m.start(), m.end(), "count.zero", None)
                for year in years
            )
    for m in _ZERO_NEVER_RE.finditer(text) if "never" in text else ():
        # "has never obtained a labor trafficking conviction": none in the reporting period
        if subject_of(text, m.start()) == GOVERNMENT:
            metric = "victims_identified" if m.group("noun").startswith("victim") else "convictions"
            form = "labor" if m.group("forced") or m.group("form") != "sex" else "sex"
            out.append(Count(f"{metric}_{form}", ry, 0, m.start(), m.end(), "count.zero", None))
    for m in _ZERO_NEVER_ANY_RE.finditer(text):
        if _ZERO_TAIL_RE.match(text, m.end()) or subject_of(text, m.start()) != GOVERNMENT:
            continue
        noun = m.group("noun")
        metric = f"{noun}s" if noun else _PAST_METRIC[m.group("verb")]
        out.append(Count(metric, ry, 0, m.start(), m.end(), "count.zero", None))
    for m in _ZERO_NO_ONE_RE.finditer(text) if written_no else ():
        if subject_of(text, m.start()) != GOVERNMENT:
            continue
        year = _year(text, m.end(), m.start(), ry)
        metric = _PAST_METRIC[m.group("verb")]
        out.append(Count(metric, year, 0, m.start(), m.end(), "count.zero", None))
        if (
            year == ry
            and years_at(text, m.end(), ry) is None
            and _SAME_AS_PREVIOUS_RE.match(text, m.end())
        ):
            # "convicted no traffickers, the same as in the previous reporting period"
            out.append(Count(metric, year - 1, 0, m.start(), m.end(), "count.zero", None))
    if written_no:
        out.extend(_list_item_zeros(text, ry))
    for regex in (_ZERO_NO_RE, _ZERO_CONSECUTIVE_RE) if written_no else ():
        for m in regex.finditer(text):
            lo = text.rfind(";", 0, m.start()) + 1
            hi = text.find(";", m.end())
            clause = text[lo : len(text) if hi < 0 else hi]
            if subject_of(text, m.start()) != GOVERNMENT or _COMPLICITY_RE.search(clause):
                continue
            metric = _NOUN_METRIC[m.group("noun")]
            own = years_at(text, m.end("noun"), ry)
            year = own[0] if own else opener_year(text, m.start(), ry) or ry
            out.append(Count(metric, year, 0, m.start(), m.end("noun"), "count.zero", None))
            if own is None and year == ry and _SAME_AS_PREVIOUS_RE.match(text, m.end()):
                # "secured no convictions, the same as in the previous reporting period".
                out.append(Count(metric, year - 1, 0, m.start(), m.end(), "count.zero", None))
    if "receive" in text:
        out.extend(hotline_zero(text, ry))
    for m in _NO_VICTIMS_PASSIVE_RE.finditer(text):
        if subject_of(text, m.start()) == GOVERNMENT:
            year = _year(text, m.end(), m.start(), ry)
            out.append(Count("victims_identified", year, 0, m.start(), m.end(), "count.zero", None))
    for m in _clause_opening_matches(_NO_ONE_PASSIVE_RE, text):
        if _COMPLICITY_RE.search(text, m.start(), m.end()):
            continue
        year = _year(text, m.end(), m.start(), ry)
        metric = _PAST_METRIC[m.group("verb")]
        out.append(Count(metric, year, 0, m.start(), m.end(), "count.zero", None))
    return out


def _list_item_zeros(text: str, ry: int) -> list[Count]:
    """Zeros listed among counts ("reported 33 investigations, prosecution of seven
    suspects, and no convictions, compared to 34 investigations, ... and no convictions in
    the previous reporting period"): after a comparison cue the year its clause names
    (none named: no zero), otherwise the zero's own or the clause opener's year."""
    out: list[Count] = []
    for m in _ZERO_LIST_ITEM_RE.finditer(text):
        if subject_of(text, m.start()) != GOVERNMENT:
            continue
        lo = text.rfind(";", 0, m.start()) + 1
        hi = text.find(";", m.end())
        clause_end = len(text) if hi < 0 else hi
        if _COMPLICITY_RE.search(text, lo, clause_end):
            continue
        noun_end = m.end("noun")
        if _CUE_BEFORE_RE.search(text, lo, m.start()) is not None:
            years = years_at(text, noun_end, ry) or years_between(text, noun_end, clause_end, ry)
            if years is None:
                continue
            year = years[0]
        else:
            year = _year(text, noun_end, m.start(), ry)
        metric = _NOUN_METRIC[m.group("noun")]
        out.append(Count(metric, year, 0, m.start("noun") - 3, noun_end, "count.zero.list", None))
    return out


def _clause_opening_matches(regex: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """What `regex.finditer(text)` finds, for a regex whose matches start only at the text's
    start or two characters after a "." or ";" (`_NO_ONE_PASSIVE_RE`): tried only there,
    instead of at every "n" of the text."""
    starts = [0]
    for mark in ".;":
        at = text.find(mark)
        while at >= 0:
            starts.append(at + 2)
            at = text.find(mark, at + 1)
    end = 0
    for start in sorted(starts):
        if start < end:
            continue
        m = regex.match(text, start)
        if m is not None:
            yield m
            end = m.end()


def _year(text: str, end: int, start: int, ry: int) -> int:
    """The year of a zero: its own ("... any victims in 2019", "no one on trafficking
    charges in 2005"), a clause opener's or the reporting year."""
    own = years_at(text, end, ry)
    if own is None and (charges := _ON_CHARGES_RE.match(text, end)) is not None:
        own = years_at(text, charges.end(), ry)
    if own is not None:
        return own[0]
    return opener_year(text, start, ry) or ry


#: After a zero's year, the other year of "in 2021 or 2020" / "in the reporting period or
#: the previous one": none in either.
_OR_YEAR_RE = re.compile(
    r"\s+or\s+(?:(?P<year>(?:19|20)\d\d)\b|(?:in\s+|during\s+)?the\s+(?:previous|prior)\s+"
    r"(?:reporting\s+)?(?:period|year|one)\b)"
)
_YEAR_PHRASE_END_RE = re.compile(
    r"\s+(?:in|during)\s+(?:(?:19|20)\d\d|the\s+(?:current\s+)?(?:reporting\s+)?(?:period|year))"
)


def _own_years(text: str, end: int, ry: int) -> tuple[int, ...] | None:
    """The years a zero names right after its noun, with the other year of an "or"."""
    own = years_at(text, end, ry)
    phrase = _YEAR_PHRASE_END_RE.match(text, end)
    if own is None or len(own) != 1 or phrase is None:
        return own
    other = _OR_YEAR_RE.match(text, phrase.end())
    if other is None:
        return own
    second = int(other.group("year")) if other.group("year") else own[0] - 1
    return own if second == own[0] else (own[0], second)


_ON_CHARGES_RE = re.compile(r"(?:\s+(?:on|under)\s+(?:[\w-]+\s+){0,2}?charges)?")
