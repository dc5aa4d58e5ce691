"""Count metrics from one sentence: victims identified, investigations, prosecutions,
convictions (with their sex/labor/foreign parts), NGO-assisted victims and hotline calls.

A figure becomes a fact when the grammar around it says so:

* *who* acted (`subjects`): the government, not an NGO, for the government's metrics;
* *what* they did: the verb that governs the figure ("identified 110", "110 ... were
  identified"), or a metric noun after it ("conducted 29 investigations");
* *what* was counted: the noun phrase after the figure ("trafficking victims", "sex
  trafficking cases", "offenders"), which also gives the form (sex / labor / foreign);
* *when*: its own year ("in 2015"), the year of its comparison ("(12 in 2015)",
  "compared with 63 in 2019 and 59 in 2018"), its parent's year for a breakdown, a clause
  opener ("In 2016, ...") or the reporting year.

Victims listed by group with their forms ("35 women in sex trafficking and 12 men in forced
labor") add up to the form counts; a total given only by status ("two confirmed and 129
potential victims") is not added up.

Figures that are parts of something already counted ("the additional 112", "three of the
victims"), restricted sub-counts ("two victims from Uzbekistan", "child victims") and
traps ("investigations of trafficking-related crimes") are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from etl.extract import grammar as g
from etl.extract.analysis import SentenceReading
from etl.extract.numbers import NUMBER, Figure, qualifier_before
from etl.extract.records import Count, Frame
from etl.extract.rules.body_parts import drop_body_parts, weaken_case_parts, weaken_hotline_parts
from etl.extract.rules.comparison_lists import list_comparisons
from etl.extract.rules.confirmed import confirmed_counts
from etl.extract.rules.foreign import (
    all_but_foreign,
    all_identified_own,
    all_own_nationals,
    both_foreign,
    foreign_parts,
)
from etl.extract.rules.form_splits import (
    ALL_FORM_RE,
    all_n_form,
    opener_form_counts,
    opener_form_split,
    other_form_none,
    without_law_part_forms,
)
from etl.extract.rules.gaps import gap_comparisons
from etl.extract.rules.hotline import (
    calls_to_a_line,
    general_line_calls,
    hotline_reports,
    hotline_share,
    weaken_call_outcomes,
)
from etl.extract.rules.number_changed import changed_number_counts
from etl.extract.rules.paren_forms import paren_form_counts
from etl.extract.rules.respectively import respective_counts
from etl.extract.rules.same_number import same_number_counts
from etl.extract.rules.spans import over_years
from etl.extract.rules.total_after import total_after_parts
from etl.extract.rules.verb_pairs import verb_pair_counts
from etl.extract.rules.victim_parts import named_totals, victim_form_parts
from etl.extract.rules.zeros import may_state_zero, zero_counts
from etl.extract.subjects import (
    GOVERNMENT,
    HOTLINE,
    HOTLINE_RE,
    NGO,
    SUBNATIONAL,
    is_sourced,
    subject_of,
)
from etl.extract.years import opener_year, years_at, years_between

_BASE_BY_VERB = {
    g.INVESTIGATE: "investigations",
    g.PROSECUTE: "prosecutions",
    g.CONVICT: "convictions",
}
_FORMS: dict[str, frozenset[str]] = {
    "victims_identified": frozenset({"sex", "labor", "foreign"}),
    "prosecutions": frozenset({"sex", "labor"}),
    "convictions": frozenset({"sex", "labor"}),
}
_TRANSPARENT = frozenset({g.RECEIVE, g.SENTENCE})
_POST_VERB_RE = re.compile(
    r"\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been|are|is|being)\s+)?"
    r"(?:(?:also|all|subsequently|officially|reportedly|then|later|still|ultimately|eventually|"
    r"formally|each|successfully|initially)\s+)?(?P<w>[a-z]+)"
)
#: Passive forms of the appeal decisions the verb table knows only before "convictions".
_CONFIRMED_WORDS = frozenset({"confirmed", "sustained"})
_BY_ACTOR_RE = re.compile(r"\s+by\s+(?P<actor>[^,;()]{1,60})")
_WITH_POLICE_RE = re.compile(r"\s+(?:with|by)\s+(?:the\s+)?(?:[\w-]+\s+)?police\b")
_METRIC_VERB_CHAIN_RE = re.compile(
    r"\b(?P<v>identif\w+|investigat\w+|prosecut\w+|convict\w+)\s*(?:,|and|or|,\s*and)\s*$"
)
_INHERIT_RE = re.compile(
    r"\s*(?:of\s+(?:those|these|them|the\s+total|the\s+(?:[\w-]+\s+){0,4}?(?:victims|cases|"
    r"traffickers))|among\s+(?:them|these|those|the\s+(?:[\w-]+\s+){0,3}?victims)|of\s+whom|"
    r"(?:this|these|the\s+total|this\s+(?:total|number|figure))\s+includ(?:ed|es)|"
    r"(?:in|within)\s+(?:this|that|the)\s+total)\b"
)
#: "Of the 348, the police identified 285 ...": a part of a total by agency, not new facts.
_PARTITION_RE = re.compile(
    # (not "Of these 46 victims, the government identified 31 ... sex trafficking victims":
    # the national government breaking its own total down by form)
    r"\s*of\s+(?:the|these|those)\s+\d[\d,]*(?!,?\d)(?:\s+[\w-]+){0,4}?\s*,"
    r"(?!\s*(?:the\s+government|the\s+authorities|authorities)\s+identified\b)[^;]{0,80}?"
    r"\b(?:identified|investigated|prosecuted|convicted|initiated|reported)\b"
)
#: "Of the 130 convictions, courts convicted 68 traffickers for sex trafficking, 31 for
#: forced labor": the total broken down by form, not by agency.
_FORM_PARTITION_RE = re.compile(
    r"\s*of\s+(?:the|these|those)\s+[\d,]+(?:\s+[\w-]+){0,4}?\s*,[^;]{0,80}?"
    r"\b(?:investigated|prosecuted|convicted|charged)\s+[\w,]+\s+(?:[\w-]+\s+){0,3}?"
    r"(?:for|of|with)\s+(?:sex|labor|forced\s+labor)\b"
)
#: "Authorities investigated 30 cases and prosecuted 20, ...": a figure right after a metric
#: verb with nothing after it counts what the verb names.
_BARE_VERB_RE = re.compile(
    r"\b(?:identified|investigated|prosecuted|convicted|charged|indicted)\s+$"
)
_METRIC_VERBS = ("identified", "investigated", "prosecuted", "convicted")
#: "\bword" is written "word(?<!\wword)" so that the regex engine can skip ahead to first letters.
_METRIC_VERB_RE = re.compile("(?:" + "|".join(rf"{v}(?<!\w{v})" for v in _METRIC_VERBS) + r")\b")
_BARE_END_RE = re.compile(
    r"\s*(?:[,.;]|\band\b|in\s+(?:19|20)\d\d\b|$|"
    r"(?:during|in)\s+the\s+(?:year|reporting\s+period)\b|"
    # "convicted 127 on trafficking charges", "convicted 21 of trafficking crimes"
    r"(?P<tail>(?:for|of|on)\s+(?:human\s+)?trafficking\b(?!-)"
    r"(?!\s+(?:of|in)\s+(?:children|minors|women|girls|boys|men)\b)"
    r"(?:(?:\s+and\s+trafficking-related)?\s+(?:crimes|charges|offenses|offences))?))"
)
#: "compared with the 1,186 identified in 2012", "an increase over the 1,186 referred in
#: 2012": an earlier year's figure named with "the".
_CUE_THE_RE = re.compile(
    r"(?:\bcompared\s+(?:to|with)|\b(?:increase|decrease|rise|drop|decline)\s+(?:from|over)|"
    # "fewer than the 60 victims identified in 2016", "double the 23 identified in 2016"
    r"\b(?:more|fewer|less|higher|lower|greater)\s+than)\s+(?:the\s+)?$|"
    r"\b(?:double|twice|triple|half)\s+the\s+$"
)
#: After the victims referred: the national system that identifies them.
_TO_NRM_RE = re.compile(
    r"\s+(?:of\s+trafficking\s+)?to\s+the\s+(?:national\s+referral\s+mechanism|nrm)\b"
)
#: "48 were convicted for trafficking", "12 were prosecuted in 2016": a figure with no noun
#: before a passive metric verb and nothing that narrows it.
_PASSIVE_BARE_RE = re.compile(
    r"\s+(?:were|was)\s+(?:(?:subsequently|ultimately|later|also)\s+)?"
    r"(?:convicted|prosecuted|indicted|investigated)\b"
    r"(?:\s+(?:for|of|on)\s+(?:human\s+)?trafficking\b(?!-)"
    r"(?!\s+(?:of|in)\s+(?:children|minors|women|girls|boys|men)\b))?"
    r"(?=\s*(?:[,.;]|$|in\s+(?:19|20)\d\d\b|during\b))"
)
#: The passive verbs of registering victims: "45 persons were recognized as victims",
#: "45 possible victims were registered by the national coordinator".
_REGISTERING_WORDS = ("recogni", "regist", "certif", "confirm", "record")
#: After a registering passive of victims: its actor, or the end of the clause.
_REGISTERED_END_RE = re.compile(r"\s+by\b|\s*(?:[,.;]|$)|\s+(?:in\s+(?:19|20)\d\d|during)\b")
#: After people a figure counts: a passive that names them victims ("... were recognized as
#: victims of trafficking"), or nothing before the naming ("identified 45 individuals as
#: trafficking victims").
_PEOPLE_AS_VICTIMS_RE = re.compile(
    r"(?:\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:(?:officially|formally|also)\s+)?"
    r"(?:identified|recogni[sz]ed|registered|certified|confirmed|recorded))?"
    + g.AS_VICTIMS_RE.pattern
)
#: Right before a figure: cases carried on from before, or a metric verb negated.
_NOT_COUNTED_BEFORE_RE = re.compile(
    r"\b(?:continu(?:ed|es|ing)(?:\s+(?:the\s+)?(?:prosecutions?|investigations?|trials?|cases?)"
    r"\s+(?:of|against|into|involving))?|"
    r"not\s+(?:yet\s+)?(?:identif|investigat|prosecut|convict)\w*,?)\s+$"
)
#: The end of a noun phrase naming suspects: "traffickers", "suspected offenders".
_SUSPECTS_END_RE = re.compile(r"\b(?:traffickers?|suspects?|perpetrators?|offenders?)$")
#: A comparison cue, a gerund and the metric noun before the figure.
_CUE_GERUND_NOUN_RE = re.compile(
    r"\bcompared\s+(?:to|with)\s+(?:initiating|opening|launching|conducting|starting)\s+"
    r"(?:the\s+)?(?:investigations?|prosecutions?)\s+(?:of|into|against|involving)\s+$"
)
_CUE_WORD_RE = re.compile(r"\b(?:compared|from|than|versus)\b")
_YEAR_TAIL_RE = re.compile(
    # "28 prosecutions initiated in the previous reporting period and 35 initiated in 2016"
    r"(?:\s+(?:identified|allocated|reported|victims|cases|initiated|investigated|prosecuted|"
    r"convicted|opened))?\s+(?:in|during)\s+(?:the\s+)?"
    r"(?:(?:previous|prior)\s+(?:reporting\s+|fiscal\s+)?(?:period|year)|(?:19|20)\d{2})"
    r"(?:\s*(?:,\s*and|,|and)\s+(?:19|20)\d{2}\b)*"
)
#: "By comparison, the government identified 287 victims in 2020 ...": a sentence that
#: states earlier figures only.
_COMPARISON_OPENER_RE = re.compile(r"\s*(?:by|in)\s+comparison\s*,")
#: "These prosecutions resulted in 12 convictions": cases that resulted in a metric.
_RESULTED_IN_RE = re.compile(r"(?:resulted\s+in|led\s+to)\s+(?:a\s+total\s+of\s+)?")
_CASES_BEFORE_RE = re.compile(
    r"\b(?:prosecutions|investigations|cases|trials|proceedings)\s+(?:also\s+|ultimately\s+)?$"
)
_BRACKET_RE = re.compile(r"[()]")
_FORM_LIST_NEXT_RE = re.compile(
    r"\s*(?:,\s*)?(?:and|or|as\s+well\s+as)\s+(?:\d|[a-z]+(?:-[a-z]+)?\s+(?:for\s+|of\s+)?(?:sex|labou?r|forced))"
)
_ISSUED_RE = re.compile(r"issu(?:ed|es|ing)\s+(?:a\s+total\s+of\s+)?")
#: "151 cases investigated, 441 suspects prosecuted, ...": a list of figures with participles.
_PARTICIPLE_RE = re.compile(r"\s+(?:identified|investigated|prosecuted|convicted)\b")
#: "948 cases involving 3,950 suspects": the second figure describes the cases.
_CASES_INVOLVING_RE = re.compile(r"\d\s+(?:[\w-]+\s+){0,3}?cases\s+involving\s+$")
#: Right before a figure: it numbers a law ("under Article 149", "articles 128 and 135").
_LEGAL_REF_RE = re.compile(
    r"\b(?:articles?|sections?|paragraphs?|chapters?|clauses?|decree|law|no\.?|number|part)"
    r"\s+(?:\d+[\w.()-]*\s*(?:,\s*and|,\s*or|,|and|or|to)\s*)*$"
)
#: A word one of `_LEGAL_REF_RE`'s names holds, looked for before the regex runs.
_LEGAL_WORDS: tuple[str, ...] = (
    "article",
    "section",
    "paragraph",
    "chapter",
    "clause",
    "decree",
    "law",
    "no",
)
_LEGAL_WORDS += ("number", "part")
#: After a one-form figure: it counts the cases of one article of the code only.
_UNDER_ONE_ARTICLE_RE = re.compile(
    r"\bunder\s+(?:the\s+)?(?:articles?|sections?|paragraphs?)\s+\d", re.IGNORECASE
)
#: "convicted 24 of them": the part of the people just counted that the verb names.
_OF_THEM_END_RE = re.compile(r"\s+of\s+(?:them|those|these)(?=\s*(?:[,.;]|and\b|$))")
#: After a figure of cases: they ended in convictions ("of these cases resulted in
#: convictions", "of which resulted in convictions", "cases resulted in a conviction").
_LED_TO_CONVICTIONS_RE = re.compile(
    r"(?:\s+of\s+(?:these|those|the|which|them)(?:\s+(?:[\w-]+\s+){0,2}?(?:cases|prosecutions|"
    r"trials|decisions|verdicts|proceedings))?|(?:\s+[\w-]+){0,2}?(?<=cases))\s+(?:have\s+|had\s+)?"
    r"(?:resulted|ended)\s+in\s+(?:a\s+)?convictions?\b"
)
#: After a count of people: (another law count of the list, then) the law and the one form
#: the whole list is of ("... and convictions of at least four traffickers under the 2008
#: anti-trafficking act for sex trafficking").
_SHARED_FORM_TAIL_RE = re.compile(
    r"(?:\s+and\s+(?:convict\w*|prosecut\w*|convictions?\s+of|prosecutions?\s+of)\s+"
    r"(?:(?:at\s+least|more\s+than|over)\s+)?[\w,-]+\s+(?:[\w-]+\s+){0,2}?(?:traffickers|"
    r"defendants|suspects|offenders|individuals|persons|people))?"
    r"\s+under\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?(?:act|law|code)\s+for\s+"
    r"(?P<form>sex\s+trafficking|labou?r\s+trafficking|forced\s+labou?r)\b(?=\s*[,.;]|\s+(?:in|during)\b)"
)
#: The rest of a bracketed list that ends in "cases": its items count cases.
_CASES_LIST_END_RE = re.compile(r"[^()]*\bcases\s*\)")
#: "five of the 11 cases", "24 of the 29 defendants": a part of the cases or people counted.
_OF_THOSE_CASES_END_RE = re.compile(
    r"\s+of\s+(?:the|these|those)\s+\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?P<noun>cases|suspects|"
    r"defendants|traffickers|individuals|persons|people|investigations)"
    r"(?=\s*(?:[,.;]|and\b|$|(?:in|during)\s))"
)
#: A law-enforcement verb right before a figure (not "identified": "identified 20 of the 50
#: victims as children" counts children).
_LAW_VERB_BEFORE_RE = re.compile(r"\b(?:investigated|prosecuted|convicted|charged|indicted)\s+$")
#: "263 of the 352 were victims of labor trafficking": a part of a total counted before.
_OF_TOTAL_RE = re.compile(
    r"\s+of\s+(?:the|these|those)\s+(?P<total>\d[\d,]*)(?![\d,])(?:\s+(?:identified|potential|"
    r"confirmed|trafficking|victims|survivors|prosecutions|convictions|investigations|cases|"
    r"defendants|traffickers|suspects))*"
)
#: "455 of the victims identified in 2012 were subjected to sex trafficking", "two of them
#: were ...": a part of the total named by the noun (and year).
_OF_NOUN_RE = re.compile(
    r"\s+of\s+(?:the|these|those|them)(?:\s+(?:identified|potential|confirmed|trafficking|total))*"
    r"(?:\s+(?P<noun>victims|survivors|investigations|prosecutions|convictions))?"
    r"(?:\s+(?P<part>identified|investigated|prosecuted|convicted))?"
    r"(?:\s+(?:in|during)\s+(?P<year>(?:19|20)\d\d))?(?=\s+(?:were|was|involved)\b)"
)
#: "exploited 79 of these identified victims in sex trafficking": a part of the victims
#: counted before, with its form after the noun.
_OF_NOUN_FORM_RE = re.compile(
    r"\s+of\s+(?:these|those|them|the)(?:\s+(?:identified|potential|confirmed|trafficking|total))*"
    r"(?:\s+(?P<noun>victims|survivors))?(?=\s+(?:in|for|into|through)\s)"
)
_EXPLOITED_BEFORE_RE = re.compile(r"\bexploited\s+[\w,]+$")
#: ", including domestic servitude, and 38 in sex trafficking": an aside naming a kind of
#: the form before, which does not end the list.
_FORM_ASIDE_RE = re.compile(r"\s*,\s*including\s+(?:[\w-]+\s+){0,3}?[\w-]+(?=\s*,)")
_REF_BASE = {
    "victims": "victims_identified",
    "survivors": "victims_identified",
    "identified": "victims_identified",
    "investigations": "investigations",
    "investigated": "investigations",
    "prosecutions": "prosecutions",
    "prosecuted": "prosecutions",
    "convictions": "convictions",
    "convicted": "convictions",
}
#: "Of the 301 prosecutions, 31 involved forced labor": a sentence about a total counted before.
_OPENER_TOTAL_RE = re.compile(
    r"\s*of\s+(?:the|these|those)\s+(?P<total>\d[\d,]*)(?![\d,])(?:\s+[\w-]+){0,3}?\s*,"
)
#: Work with other countries' authorities right before a figure: not the country's own count.
_WITH_FOREIGN_RE = re.compile(
    r"\b(?:coordinat|cooperat|collaborat|partner)\w*\s+with\s+(?:[\w-]+\s+){0,3}?"
    r"(?:foreign\s+(?:governments?|authorities|counterparts|police)|governments)\b[^,;]*$"
)
#: A sentence that only compares the total counted before with earlier years.
_THIS_COMPARED_RE = re.compile(
    # also a sentence that opens on the comparison: "Compared with 226 victims in 2020 and
    # 467 victims in 2019; this was a significant decrease."
    r"\s*(?:(?:as\s+)?compared\s+(?:with|to)|"
    r"(?:this|that|the\s+total|this\s+(?:total|number|figure))\s+(?:(?:(?:is|was|represented|"
    r"represents)\s+(?:an?\s+(?:(?:continual|continued|slight|significant|marked|further)\s+)?"
    r"(?:decrease|increase|drop|rise)\s+(?:from|(?:in\s+(?:the\s+number\s+of\s+)?(?:identified\s+)?"
    r"victims\s+(?:identified\s+)?)?(?:in\s+comparison\s+(?:to|with)|compared\s+(?:with|to))\s+"
    r"(?:the\s+)?(?:previous|prior)\s+(?:reporting\s+periods?|years?)\s*\()|"
    r"compared\s+(?:with|to)|(?:down|up)\s+from|similar\s+to))|compare[ds]\s+(?:with|to)))\s?"
)
#: "convicted all four traffickers": the count itself, of everyone the verb names.
_VERB_ALL_RE = re.compile(r"\b(?:identified|investigated|prosecuted|convicted)\s+all\s+$")
#: A bracket right after a figure's noun, before its year.
_BRACKETED_RE = re.compile(r"\s*\([^()]*\)")
_AN_ADDITIONAL_RE = re.compile(r"\b(?:an\s+)?additional\s+$")
#: A total a breakdown refers to: ("total", value, None), ("opener", value, None) for a
#: sentence that opens "Of the 301 prosecutions, ...", or ("noun", metric or None, year or None).
Ref = tuple[str, int | str | None, int | None]
#: A total counted before: (metric, years, value).
Head = tuple[str, tuple[int, ...], int]


@dataclass
class Mention:
    """A figure with its grammar, resolved step by step."""

    figure: Figure
    np: g.NounPhrase
    paren: int | None
    comparison: bool = False
    base: str | None = None
    metric: str | None = None
    extra: tuple[str, ...] = ()
    years: tuple[int, ...] | None = None
    parent: Mention | None = field(default=None, repr=False)
    owner: tuple[str, int, int] | None = None
    #: One of a list that splits an unstated total by status ("two confirmed and 129
    #: potential victims"): no member is the total, so none is counted.
    split: bool = False
    #: The total that "263 of the 352 were ..." or "Of the 301 prosecutions, 31 ..." names.
    ref: Ref | None = None
    #: Counted by one level of government ("state governments reported identifying ..."):
    #: kept where the report states no national figure.
    weak: bool = False
    #: How the figure was tied to its metric (a key of `_RULES`).
    how: str = "verb"


def _identified_head(done: list[Mention]) -> tuple[tuple[int, ...], int, int] | None:
    """This sentence's identified-victims total: its years, value and where its noun ends."""
    for m in reversed(done):
        if m.metric == "victims_identified" and m.years and not m.comparison:
            return (m.years, int(m.figure.value), m.np.end)
    return None


#: The metrics others count: a sentence sourced to NGOs keeps them.
_OTHERS_METRICS = frozenset({"victims_assisted_ngo", "hotline_calls"})
#: The metrics that are totals, not forms.
_TOTALS = frozenset(
    {"victims_identified", "victims_assisted_ngo", "investigations", "prosecutions", "convictions"}
)


def sentence_counts(
    reading: SentenceReading,
    reporting_year: int | None,
    country: str | None,
    previous: Frame | None,
) -> tuple[list[Count], Frame | None]:
    """Count facts in one sentence (`country` is the report's country name, `previous` the
    frame of the sentences before); returns them and the frame the next sentence may
    inherit. Figures inside sums of money are no counts. In a sentence sourced to NGOs,
    international organisations or the media, only the NGO-assisted victims and hotline
    calls stay: the rest is not the government's figure."""
    out, frame = _sentence_counts(reading, reporting_year, country, previous)
    text = reading.text
    if "number of" in text and "victims" in text:
        stated = {(c.metric, c.year) for c in out}
        out.extend(
            c
            for c in changed_number_counts(text, reading.figures)
            if (c.metric, c.year) not in stated
        )
    if (
        ("reports" in text or "related" in text)
        and reporting_year is not None
        and ("line" in text or "call" in text)
    ):
        reports = hotline_reports(text, reporting_year, out)
        if reports and "same" in text:
            reports.extend(same_number_counts(text, reports, reporting_year))
        out.extend(reports)
    if "of the " in reading.text and "victims" in reading.text:
        out = victim_form_parts(reading.text, reading.figures, out, previous, reporting_year)
        if "identified in" in reading.text or "identified during" in reading.text:
            out = named_totals(reading.text, reading.figures, out)
    if "total" in reading.text and (
        "victim" in reading.text or any(c.metric.startswith("victims_identified") for c in out)
    ):
        out = total_after_parts(reading.text, reading.figures, out, reporting_year)
    if (";" in reading.text or "," in reading.text) and any(
        c.metric == "victims_identified" for c in out
    ):
        out = drop_body_parts(reading.text, out)
    if ("these " in reading.text or "those " in reading.text) and any(
        c.metric.startswith("victims_identified") for c in out
    ):
        out = weaken_case_parts(reading.text, out)
    if "line" in reading.text and any(c.metric.startswith("victims_identified") for c in out):
        out = weaken_hotline_parts(reading.text, out)
    if ("line" in reading.text or "calls" in reading.text) and (
        HOTLINE_RE.search(reading.text) or any(c.metric == "hotline_calls" for c in out)
    ):
        out = weaken_call_outcomes(reading.text, out)
    if "did not" in reading.text:
        out = gap_comparisons(reading.text, reading.figures, out, reporting_year)
    if " and no " in reading.text and any(c.metric.startswith("victims_identified_") for c in out):
        out = other_form_none(reading.text, out)
    if (out or frame is not None) and is_sourced(reading.text):
        return [c for c in out if c.metric in _OTHERS_METRICS], None
    return out, frame


def _sentence_counts(
    reading: SentenceReading,
    reporting_year: int | None,
    country: str | None,
    previous: Frame | None,
) -> tuple[list[Count], Frame | None]:
    """The count facts of one sentence, whoever reported them."""
    text, original, figures = reading.text, reading.original, reading.figures
    excluded = reading.amount_spans
    opener = _INHERIT_RE.match(text) is not None
    inherited = previous
    out: list[Count] = []
    foreign = "all but" in text or "none" in text
    has_foreign = "foreign" in text or "third-country" in text
    if may_state_zero(text):
        out.extend(zero_counts(text, reporting_year))
    if inherited is not None and inherited.heads and text.lstrip().startswith("all "):
        out.extend(all_n_form(text, inherited))
    mentions = _mentions(text, original, country, figures, excluded)
    out.extend(opener_form_split(text, inherited))
    if _PARTITION_RE.match(text) and not _FORM_PARTITION_RE.match(text):
        # "Of the 348, the police identified 285 ...": parts by agency, left alone, unless a
        # later clause breaks the total itself down ("; 263 of the 348 were ...").
        first = next((i for i, m in enumerate(mentions) if m.ref and m.ref[0] == "total"), None)
        mentions = [] if first is None else mentions[first:]
    else:
        total = _OPENER_TOTAL_RE.match(text)
        if total is not None:
            leading = next((m for m in mentions if m.figure.start >= total.start("total")), None)
            if leading is not None and leading.np.noun == g.VICTIMS and leading.np.form is not None:
                # "Of the 151 foreign national victims, most were ...": the form count of
                # the victims identified before.
                leading.ref = ("noun", "victims_identified", None)
            for m in mentions:
                if m.ref is None and m.figure.start > total.end() and m.np.form in ("sex", "labor"):
                    m.ref = ("opener", int(total.group("total").replace(",", "")), None)
    _mark_status_splits(text, mentions)
    frame: Frame | None = None
    compares_before = inherited is not None and _THIS_COMPARED_RE.match(text) is not None
    zero_totals = [c for c in out if c.value == 0 and c.metric in _TOTALS]
    zero_head = zero_totals[0] if len({c.metric for c in zero_totals}) == 1 else None
    if (
        not any(m.np.noun or m.np.form for m in mentions)
        and not _has_metric_verb(text)
        and not compares_before
        and zero_head is None
        and not ("resulted in" in text and "conviction" in text)
    ):
        if foreign:
            out.extend(
                all_but_foreign(text, reporting_year, country, inherited, original, None, True)
            )
        if has_foreign:
            out.extend(foreign_parts(text, inherited, None, True))
        if text.startswith("both "):
            out.extend(both_foreign(text, original, country, inherited))
        return out, frame
    done: list[Mention] = []
    heads: list[Head] = []
    zeros = {c.metric for c in out if c.value == 0}
    for mention in mentions:
        people = _people_of_cases(text, mention, done)
        if people is not None:
            # "convicted eight traffickers in seven sex trafficking cases": the cases are the
            # people's unit, no count; their form is the people's
            done.append(mention)
            out.extend(_people_form(people, mention, text))
            continue
        _resolve(reading, mention, done, inherited, opener, reporting_year, zero_head)
        done.append(mention)
        if mention.metric is None or mention.years is None:
            continue
        rule = _rule_name(mention)
        extra = mention.extra
        if mention.comparison and mention.np.form and mention.base in zeros:
            # "did not identify any victims in 2019, compared with one sex trafficking victim
            # identified in 2018": the earlier year's victims, all of that form.
            extra = (*extra, mention.base)
        for metric in (mention.metric, *extra):
            for year in mention.years:
                out.append(
                    Count(
                        metric=metric,
                        year=year,
                        value=int(mention.figure.value),
                        start=mention.figure.start,
                        end=mention.figure.end,
                        rule=rule,
                        qualifier=qualifier_before(text, mention.figure.start)[0],
                        part_of=mention.owner,
                        weak=mention.np.own_nationality or mention.weak,
                    )
                )
        out.extend(_form_head_as_whole(mention, done, text))
        if (
            not mention.comparison
            and mention.np.form is None
            and mention.base == mention.metric
            and mention.base in _FORMS
            and (whole := ALL_FORM_RE.match(text, _after_years(text, mention.np.end)))
        ):
            form_metric = f"{mention.base}_{'sex' if whole.group('sex') else 'labor'}"
            value = int(mention.figure.value)
            for year in mention.years:
                out.append(
                    Count(
                        form_metric,
                        year,
                        value,
                        whole.start(),
                        whole.end(),
                        "count.all_form",
                        None,
                        (mention.base, year, value),
                        mention.weak,
                    )
                )
        if not mention.comparison and mention.np.form is None and mention.base:
            heads.append((mention.metric, mention.years, int(mention.figure.value)))
        if frame is None and not mention.comparison and mention.np.form is None and mention.base:
            head = (mention.base, mention.years[0], int(mention.figure.value))
            frame = Frame(_frame_verb(mention.base), GOVERNMENT, mention.years, head)
    if opener and inherited is not None:
        frame = inherited  # "Of those, ...", "This included ...": still the total before
    elif frame is not None:
        frame = replace(frame, heads=tuple(heads))
    if foreign:
        victims = next((h[1] for h in reversed(heads) if h[0] == "victims_identified"), None)
        alone = not heads  # a sentence that counts nothing else may speak of the one before
        out[:0] = all_but_foreign(
            text, reporting_year, country, inherited, original, victims, alone
        )
    if has_foreign:
        # the sentence's first identified total ("identified 38 victims; four victims were
        # Greek and 34 were foreign citizens": the 34 are of the 38)
        own = next(
            (m for m in done if m.metric == "victims_identified" and m.years and not m.comparison),
            None,
        )
        own_head = (
            None
            if own is None or own.years is None
            else (own.years, int(own.figure.value), own.np.end)
        )
        if own_head is not None or not heads:
            out.extend(foreign_parts(text, inherited, own_head, opener))
    if "all " in text and (own_head := _identified_head(done)) is not None:
        out.extend(all_own_nationals(text, original, country, own_head))
    elif "ll " in text and not any(c.metric == "victims_identified_foreign" for c in out):
        out.extend(all_identified_own(original, country, reporting_year))
    if "calls" in text and any(c.metric == "hotline_calls" for c in out):
        out = general_line_calls(text, hotline_share(text, out))
    if " under " in text:
        out = without_law_part_forms(text, out)
    if text.lstrip().startswith(("for ", "regarding ", "concerning ", "as for ")):
        out = opener_form_counts(text, out)

    if any(m.np.group for m in mentions):
        stated = {(c.metric, c.year) for c in out}
        for part in _group_parts(reading, mentions, inherited if opener else None, reporting_year):
            if (part.metric, part.year) not in stated:
                out.append(part)
    if "same" in text:
        out.extend(same_number_counts(text, out, reporting_year))
    if "respectively" in text:
        out = respective_counts(text, figures, out, reporting_year)
    if sum(c.rule == "count.comparison" for c in out) >= 2:
        out = list_comparisons(text, out)
    if " and " in text and any(
        c.rule.startswith(("count.head.", "count.comparison", "count.breakdown.verb")) for c in out
    ):
        out = verb_pair_counts(text, out)
    if "confirmed" in text and "potential" in text:
        out = confirmed_counts(text, figures, out, reporting_year)
    if "(" in text and any(c.metric.endswith(("_sex", "_labor")) for c in out):
        out = paren_form_counts(text, original, country, figures, out, reporting_year)
    parts = [c for c in out if not c.rule.startswith("count.zero")]
    if frame is None and len(parts) == 1 and parts[0].rule.startswith("count.breakdown."):
        # "identified two victims of labor trafficking": no total, but "Both were ..." after
        # it still speaks of them
        only = parts[0]
        if only.metric in ("victims_identified_labor", "victims_identified_sex"):
            frame = Frame(
                g.IDENTIFY, GOVERNMENT, (only.year,), (only.metric, only.year, only.value)
            )
    return out, frame


def _has_metric_verb(text: str) -> bool:
    """Whether a metric verb ("identified", "convicted", ...) is in the text as a word: the
    regex only where one is in it at all (substring tests cost far less than its scan)."""
    return any(v in text for v in _METRIC_VERBS) and _METRIC_VERB_RE.search(text) is not None


def _frame_verb(base: str) -> str:
    """The verb class that counts `base` (for inheritance across sentences)."""
    return {
        "victims_identified": g.IDENTIFY,
        "investigations": g.INVESTIGATE,
        "prosecutions": g.PROSECUTE,
        "convictions": g.CONVICT,
        "victims_assisted_ngo": g.ASSIST,
    }.get(base, g.GENERIC)


#: The rule id of a mention's fact: (is a breakdown by form, how it was tied to its metric).
_RULES: dict[tuple[bool, str], str] = {
    (False, "verb"): "count.head.verb",
    (False, "passive"): "count.head.passive",
    (False, "noun"): "count.head.noun",
    (False, "noun_alone"): "count.head.noun_alone",
    (False, "frame"): "count.head.frame",
    (False, "bare"): "count.head.bare",
    (False, "cases_against"): "count.head.cases_against",
    (False, "opened_cases"): "count.head.opened_cases",
    (True, "opened_cases"): "count.head.opened_cases",
    (False, "referred"): "count.head.referred_for_prosecution",
    (False, "cases_convicted"): "count.head.cases_convicted",
    (True, "referred"): "count.head.referred_for_prosecution",
    (True, "verb"): "count.breakdown.verb",
    (True, "passive"): "count.breakdown.passive",
    (True, "noun"): "count.breakdown.noun",
    (True, "noun_alone"): "count.breakdown.noun_alone",
    (True, "frame"): "count.breakdown.frame",
    (True, "part_of_total"): "count.breakdown.part_of_total",
    (True, "list"): "count.breakdown.list",
}


def _rule_name(m: Mention) -> str:
    """The id of the rule that produced a mention's fact."""
    if m.comparison:
        return "count.comparison"
    return _RULES[(m.np.form is not None, m.how)]


def _mentions(
    text: str,
    original: str,
    country: str | None,
    figures: list[Figure],
    excluded: list[tuple[int, int]],
) -> list[Mention]:
    """The figures of a sentence that may be counts, with their noun phrases and brackets."""
    out: list[Mention] = []
    brackets = [(m.start(), m.group()) for m in _BRACKET_RE.finditer(text)] if "(" in text else []
    for fig in figures:
        if fig.is_year or any(s <= fig.start < e for s, e in excluded):
            continue
        if fig.value != int(fig.value) or fig.value < 0:
            continue
        if _legal_ref_before(text, fig.start):
            continue
        if text.find("involving", max(0, fig.start - 60), fig.start) >= 0 and (
            _CASES_INVOLVING_RE.search(text, max(0, fig.start - 60), fig.start)
        ):
            continue
        np = g.noun_phrase(text, original, fig.end, country)
        ref: Ref | None = None
        if np.partial:
            np, ref = _partial_ref(text, original, fig.end, country, np)
        out.append(Mention(figure=fig, np=np, paren=_open_bracket(brackets, fig.start), ref=ref))
    if "male" in text or "compared" in text:
        _compared_as_totals(text, out)
    return out


def _compared_as_totals(text: str, mentions: list[Mention]) -> None:
    """Make "37 female trafficking victims, compared with 41 victims in 2018" a total: a
    figure restricted only by sex that the text compares with plain victim totals is the
    year's total (all the victims were of that sex). So is one restricted only by age or
    nationality ("identified one minor trafficking victim, compared with no victims
    identified in 2018"): the comparison presents it as the year's victims."""
    for i, m in enumerate(mentions):
        if not (m.np.by_sex_only or m.np.by_age_only) or m.np.noun != g.VICTIMS:
            continue
        if any(d.np.noun in (g.VICTIMS, g.RESTRICTED) for d in mentions[:i]):
            return  # "50 victims, including 37 female victims": a part of the total before
        for d in mentions[i + 1 :]:
            if d.np.restricted or d.np.noun == g.RESTRICTED:
                return  # "37 female victims and 12 male victims": parts by sex
            _, qstart = qualifier_before(text, d.figure.start)
            if (
                d.np.noun == g.VICTIMS
                and d.np.form is None
                and g.comparison_cue(text, max(0, qstart - 40), qstart)
            ):
                m.np = replace(m.np, restricted=False)
                return
        if m.np.by_age_only and _COMPARED_WITH_NONE_RE.match(text, m.np.end):
            m.np = replace(m.np, restricted=False)
        return


#: After a restricted figure: the comparison with no victims at all ("compared with no
#: victims identified between 2016 and 2018", "compared with not identifying any victims").
_COMPARED_WITH_NONE_RE = re.compile(
    r"[^;]*?\bcompared\s+(?:to|with)\s+(?:not\s+identifying\s+)?(?:any|no|zero)\s+"
    r"(?:(?:potential|possible|trafficking|identified|confirmed)\s+)*victims\b"
    r"(?!\s+(?:of|for)\s+(?:sex|forced|labou?r|commercial)\b)"
)


def _legal_ref_before(text: str, pos: int) -> bool:
    """Whether the figure at `pos` numbers a law (`_LEGAL_REF_RE` in the 40 characters
    before it), the regex run only where one of its words is there."""
    before = text[max(0, pos - 40) : pos]
    return any(w in before for w in _LEGAL_WORDS) and (
        _LEGAL_REF_RE.search(text, max(0, pos - 40), pos) is not None
    )


def _partial_ref(
    text: str, original: str, pos: int, country: str | None, np: g.NounPhrase
) -> tuple[g.NounPhrase, Ref | None]:
    """For a part "263 of the 352 were victims of labor trafficking" or "455 of the victims
    identified in 2012 were subjected to sex trafficking", the noun phrase of its form and
    the total it refers to; a part without a form ("three of the victims were children")
    stays a part."""
    ref: Ref | None = None
    m = _OF_TOTAL_RE.match(text, pos)
    if m is not None:
        ref = ("total", int(m.group("total").replace(",", "")), None)
    else:
        m = _OF_NOUN_RE.match(text, pos)
        if m is not None:
            year = m.group("year")
            word = m.group("part") or m.group("noun")
            ref = ("noun", _REF_BASE.get(word or ""), int(year) if year else None)
        elif _EXPLOITED_BEFORE_RE.search(text, max(0, pos - 30), pos):
            m = _OF_NOUN_FORM_RE.match(text, pos)
            if m is not None:
                ref = ("noun", "victims_identified", None)
    if m is None or ref is None:
        return np, None
    part = g.noun_phrase(text, original, m.end(), country)
    if part.form not in ("sex", "labor") or part.restricted or part.trap:
        return np, None
    return part, ref


def _open_bracket(brackets: list[tuple[int, str]], pos: int) -> int | None:
    """Where the innermost bracket open at `pos` starts (or None)."""
    stack: list[int] = []
    for at, c in brackets:
        if at >= pos:
            break
        if c == "(":
            stack.append(at)
        elif stack:
            stack.pop()
    return stack[-1] if stack else None


def _visible(mention: Mention, other: Mention) -> bool:
    """Whether `other` (earlier) is at the same or an outer bracket level than `mention`."""
    return other.paren is None or other.paren == mention.paren


def _resolve(
    reading: SentenceReading,
    m: Mention,
    done: list[Mention],
    inherited: Frame | None,
    opener: bool,
    ry: int | None,
    zero_head: Count | None = None,
) -> None:
    """Fill in `m.comparison`, `m.base`, `m.metric` and `m.years`; `inherited` is the frame
    of a sentence just before, used where this one opens with "Of those" (`opener`) or the
    figure is a bare "N were ..."; `zero_head` is the sentence's one zero of a total."""
    text = reading.text
    fig, np = m.figure, m.np
    _, qstart = qualifier_before(text, fig.start)
    if m.ref is not None:
        head = _referred_total(m.ref, done, inherited)
        _adopt(m, head)
        m.how = "part_of_total"
        if head is not None or m.ref[0] != "opener":
            return
        m.ref = None  # "Of the 50 victims identified, 30 were ...": no total before
    before = text[max(0, qstart - 40) : qstart]
    of_them = _OF_THEM_END_RE.match(text, fig.end) if np.partial else None
    if of_them is not None and _BARE_VERB_RE.search(text, max(0, qstart - 20), qstart):
        # "prosecuted 29 suspected traffickers and convicted 24 of them": 24 convictions.
        np = m.np = replace(np, partial=False, end=of_them.end())
    led = (
        _LED_TO_CONVICTIONS_RE.match(text, fig.end)
        if (np.partial or np.noun in (None, g.CASES))
        and text.find("ed in", fig.end, fig.end + 60) >= 0  # "resulted in", "ended in"
        else None
    )
    if led is not None:
        # "Thirty-three of these cases resulted in convictions (13 in 2016)": the cases that
        # ended in convictions count them where the text gives no convicted people
        np = m.np = replace(np, partial=False, noun="convictions", form=None, end=led.end())
        m.weak = True  # the people convicted, where the text counts them, win
    of_those = _OF_THOSE_CASES_END_RE.match(text, fig.end) if np.partial else None
    if of_those is not None and (
        _LAW_VERB_BEFORE_RE.search(text, max(0, qstart - 20), qstart)
        or g.NOUN_TRIGGER_RE.search(text, max(0, qstart - 30), qstart)
    ):
        # "initiated prosecution of five of the 11 cases", "convicted 24 of the 29
        # defendants": the law-enforcement step counts the part it took further.
        noun = g.CASES if of_those.group("noun") in ("cases", "investigations") else g.PEOPLE
        np = m.np = replace(np, partial=False, noun=noun, end=of_those.end())
    if _AN_ADDITIONAL_RE.search(before) and not np.restricted and np.noun == g.VICTIMS:
        # "NGOs reported assisting an additional 207 victims": besides another count.
        np = m.np = replace(np, additional=True)
        before = ""
    if (
        m.split
        or np.partial
        or (np.restricted and not np.additional)
        or (
            g.DEFINITE_RE.search(before)
            and not _VERB_ALL_RE.search(before)
            and not _CUE_THE_RE.search(before)
            # "the 3,041 calls to the trafficking hotline": the line's calls, named once
            and not (np.noun == g.CALLS and calls_to_a_line(text, np.end))
        )
        or before.endswith("all but ")
    ):
        return
    if _NOT_COUNTED_BEFORE_RE.search(before):
        return  # "continued two prosecutions", "prosecuting, but not yet convicting, one"
    if _WITH_FOREIGN_RE.search(text, max(0, qstart - 80), qstart):
        return  # "coordinating with two foreign governments to investigate five cases"
    if _RANGE_FROM_RE.search(text, max(0, qstart - 8), qstart) and _RANGE_TO_RE.match(
        text, fig.end
    ):
        return  # "sentences ranging from five to 23 years": a range, not a comparison
    if _second_unit(text, qstart, done):
        return  # "initiated 208 prosecutions, charging 335 defendants": the same prosecutions
    if over_years(text, qstart, np.end, ry):
        return  # "over the last six years, the government has convicted five traffickers"
    if np.form is not None and _part_of_restricted(text, qstart, done):
        return  # "identifying 207 child victims, including 95 to sex trafficking"
    sibling = _sibling(text, m, qstart, done)
    if (
        sibling is not None
        and sibling.base
        and sibling.years
        and years_at(text, np.end, ry) in (None, sibling.years)
    ):
        _adopt(m, (sibling.base, sibling.years, sibling.owner[2] if sibling.owner else 0))
        m.owner = sibling.owner
        m.how = "list"
        return
    seg_end = _segment_end(text, fig.end, m.paren)
    m.comparison = _is_comparison(text, m, qstart, done, ry) or _another_year(
        text, m, qstart, done, ry
    )
    bare_end = (
        _BARE_END_RE.match(text, max(fig.end, np.end))
        if np.noun is None and np.form is None
        else None
    )
    bare = (
        bare_end is not None and _BARE_VERB_RE.search(text, max(0, qstart - 20), qstart) is not None
    )
    if bare and bare_end is not None and bare_end.group("tail"):
        np = m.np = replace(np, end=bare_end.end())  # its year follows the crime
    passive = (
        _PASSIVE_BARE_RE.match(text, fig.end)
        if np.noun is None and np.form is None and np.copular and not bare
        else None
    )
    bare = bare or passive is not None  # "in 2016, 48 were convicted for trafficking"
    if np.noun is None and np.form is None and not m.comparison and not bare:
        return
    if m.comparison and g.RESPECTIVELY_RE.search(text, fig.end, seg_end):
        return
    visible = [d for d in done if _visible(m, d)]
    m.parent = _parent(text, m, visible)
    frame = inherited if opener or np.copular else None
    verb, subject, m.how = _governing_verb(reading, m, qstart, frame)
    if bare:
        m.how = "bare"
    if led is not None:
        m.how = "cases_convicted"
    if subject == SUBNATIONAL:
        subject, m.weak = GOVERNMENT, True
    if (
        m.comparison
        and np.form is None
        and m.parent is None
        and inherited is not None
        and inherited.head is not None
        and (
            np.noun is None
            or (np.noun == g.VICTIMS and inherited.head[0] == "victims_identified")
            # "This compared to 65 calls received in 2018": the calls of the line before
            or (np.noun == g.CALLS and inherited.head[0] == "hotline_calls")
        )
        and _THIS_COMPARED_RE.match(text)
    ):
        # "The government identified 12 victims. This is compared with 13 in 2016, 30 in
        # 2015, and 51 in 2014.": the earlier years of the total counted just before (also
        # "This compared to 14 trafficking victims in 2017": the victims it counted)
        base: str | None = inherited.head[0]
        m.metric = base
    elif (
        m.comparison
        and np.noun is None
        and np.form is None
        and m.parent is None
        and zero_head is not None
        and zero_head.end <= fig.start
    ):
        # "did not identify any victims in 2017, compared with 10 in 2016": the earlier
        # years of the total the zero is of
        base = m.metric = zero_head.metric
    elif (
        m.comparison
        and np.noun is None
        and np.form is None
        and (item := _named_item_before(text, qstart, done)) is not None
    ):
        # "compared with four prosecutions in 2016 and 15 in 2015": the list item before
        # names what the bare figure counts (not the head, which may be of one form)
        base = item.base
        m.metric = item.metric
    elif m.comparison and np.noun is None:
        # a parent of a form outside the catalogue ("three to forced begging (26 to sex
        # trafficking, ...)") still names the total its form comparisons break down
        if m.parent is None or (
            m.parent.metric is None and (np.form is None or m.parent.base is None)
        ):
            return
        base = m.parent.base
        m.metric = m.parent.metric if np.form is None else None
        m.weak = m.weak or m.parent.weak  # an earlier year of a referral count is one too
    else:
        if verb == g.BLOCK and m.comparison and np.noun in g.METRIC_NOUNS:
            # "referred for prosecution 53 cases; this was an increase from the 24
            # investigations and 17 prosecutions in 2013": the earlier years name their metric
            last = [v for v in reading.verbs if v[0] < qstart]
            if last and last[-1][2].startswith("refer"):
                verb = g.GENERIC
        base = _base_metric(text, np, verb, subject)
        if (
            base is None
            and np.noun == g.CALLS
            and verb in (None, g.RECEIVE, g.GENERIC)
            and inherited is not None
            and inherited.head is not None
            and inherited.head[0] == "hotline_calls"
            and _THIS_COMPARED_RE.match(text)
        ):
            # "This compared to 65 calls received in 2018, 45 calls in 2017, ...": each
            # year's calls of the line the sentence before counted
            base = "hotline_calls"
        if verb == g.BLOCK and base is not None:
            m.weak = True  # a referral count stands only where no identification count does
        if (
            base is None
            and verb == g.BLOCK
            and subject == GOVERNMENT
            and np.noun in (g.CASES, g.PEOPLE)
            and not (np.restricted or np.trap)
            and _referred_for_prosecution(text, qstart, np.end)
        ):
            # "referred for prosecution 53 cases", "referred 12 cases for prosecution": a
            # referral count is the prosecutions only where no other figure is (METRICS.md
            # "Units")
            base, m.weak, m.how = "prosecutions", True, "referred"
            form = _REFERRED_FORM_RE.match(text, _referred_end(text, np.end))
            if form is not None and np.form is None:
                # "referred 12 cases for prosecution for forced labor": that form's count
                m.metric = _with_form(base, "labor" if "labor" in form.group() else "sex")
        if (
            base is None
            and (np.form is not None or m.comparison)
            and np.noun in (None, g.CASES, g.PEOPLE, g.VICTIMS)
            and verb in (None, g.GENERIC, g.IDENTIFY, g.INVESTIGATE, g.PROSECUTE, g.CONVICT)
            and m.parent is not None
        ):
            base = m.parent.base
    if (
        base is None
        and np.noun == g.PEOPLE
        and subject == GOVERNMENT
        and verb == g.GENERIC
        and (against := _CASES_AGAINST_RE.search(text, max(0, qstart - 60), qstart)) is not None
        and (against.group("noun") != "cases" or _PROSECUTORS_RE.search(text, 0, against.start()))
    ):
        # "Prosecutors initiated cases against seven defendants": prosecutions in people
        base = "prosecutions"
        m.how = "cases_against"
    if base is None and verb == g.GENERIC and _opened_cases(text, np, qstart, subject):
        # "the attorney general's office opened 164 cases": cases law enforcement opened
        base = "investigations"
        m.how = "opened_cases"
    if base is None or (np.noun is None and not m.comparison and np.form is None and not bare):
        return
    if np.additional and base != "victims_assisted_ngo":
        return  # "identified 20 additional victims": besides a count of others
    m.base = base
    if np.trap and base in ("investigations", "prosecutions", "convictions"):
        return
    if (
        m.comparison
        and m.paren is None
        and m.parent is not None
        and m.parent.np.trap
        and m.parent.base == base
        and _NON_TRAFFICKING_RE.match(text, m.parent.np.end)
    ):
        return  # "547 cases of sexual violence, ... this compares to 496 prosecutions in 2016"
    if (
        m.metric is None
        and m.comparison
        and np.form is None
        and np.noun in (g.PEOPLE, g.CASES)
        and m.parent is not None
        and m.parent.np.form is not None
        and m.parent.base == base
        and not _restated_metric(text, qstart)
    ):
        # "prosecuted three individuals for sex trafficking in 2017, compared with four
        # individuals in 2016": the earlier year's figure is of the same form (not where the
        # comparison names its metric again: "convicted 13 labor traffickers, compared with
        # convictions of 10 traffickers in 2019" compares the totals)
        m.metric = m.parent.metric
        if m.metric is None:
            return
    if m.metric is None:
        m.metric = _with_form(base, np.form)
    if (
        m.metric is None
        and base == "investigations"
        and (np.noun == "investigations" or _compared_form_cases(text, m, verb, seg_end))
        and not g.LIST_JOINER_RE.search(text, max(0, qstart - 12), qstart)
        and not _FORM_LIST_NEXT_RE.match(text, np.end)
        and not _UNDER_ONE_ARTICLE_RE.search(text, np.end, seg_end)
    ):
        # "initiated two sex trafficking investigations": a total, as the catalogue has no
        # investigations by form (unless another form's figure is listed beside it, or the
        # figure is one article's: "one sex trafficking investigation under article 181").
        m.metric = base
    if m.metric is None:
        return
    if (
        base == "convictions"
        and np.form is not None
        and np.noun is None
        and m.paren is not None
        and _CASES_LIST_END_RE.match(text, np.end)
    ):
        # "convicted 15 traffickers in 2016 (including at least four sex trafficking, one
        # forced labor, and two domestic servitude cases)": cases, not the people convicted
        m.metric = None
        return
    if not m.comparison and base in _CONTINUABLE and _EARLIER_PERIOD_RE.match(text, np.end):
        # "the prosecution of four defendants charged with exploiting 59 women initiated in
        # a previous reporting period": continued work, no count of the year
        return
    if np.noun in g.METRIC_NOUNS:
        m.extra = tuple(e for e in np.extra_nouns if e != m.metric)
    if (
        not m.comparison
        and np.form is None
        and m.metric == base
        and base in ("prosecutions", "convictions")
        and text.find(" under ", np.end, np.end + 120) >= 0
        and (shared := _SHARED_FORM_TAIL_RE.match(text, np.end)) is not None
    ):
        # "prosecutions of at least 24 defendants and convictions of at least four
        # traffickers under the 2008 anti-trafficking act for sex trafficking": every count of
        # the list is of that form, so each total is also the form's count
        m.extra = (*m.extra, _with_form(base, "labor" if "lab" in shared.group("form") else "sex"))
    m.years = _years(text, m, seg_end, visible, frame, ry)
    if passive is not None and (after := years_at(text, passive.end(), ry)) is not None:
        m.years = after  # "12 were prosecuted in 2016"
    if (
        m.comparison
        and np.noun is not None
        and np.form in ("sex", "labor")
        and m.paren is None
        and m.parent is not None
        and m.parent.np.form is None
        and m.parent.metric == base
        and base != "victims_identified"
    ):
        # "convicted three traffickers, ..., compared to nine convicted sex traffickers in
        # 2016": the earlier total, all of one form, is that year's total too (victims of one
        # form are not presented as the year's victims: "identified 34 victims, compared to
        # ... three sex trafficking victims in 2015" gives no 2015 total)
        m.extra = (*m.extra, base)


#: Work a case began earlier is no new case of the year (a conviction is of its year).
_CONTINUABLE = frozenset({"investigations", "prosecutions"})
#: After the noun, in the same clause: the figure's cases began in an earlier period.
_EARLIER_PERIOD_RE = re.compile(
    # (not past a clause of its own: "two investigations and continuing six investigations
    # from prior reporting periods")
    r"(?:(?!\band\s+(?:continu|initiat|open|investigat|prosecut|convict|charg))[^,;()]){0,80}?"
    r"\b(?:(?:initiated|begun|began|opened|filed|started)\s+(?:in|during)\s+"
    r"(?:a\s+|the\s+)?(?:previous|prior|earlier)\s+(?:reporting\s+)?(?:periods?|years?)|"
    # "from previous reporting periods" (not "up from the previous year": a comparison)
    r"from\s+(?:previous|prior|earlier)\s+(?:reporting\s+)?(?:periods|years))\b"
)
#: "opened 164 cases", "opened 41 new criminal cases": cases law enforcement opened.
_OPENED_RE = re.compile(r"\b(?:open(?:ed|s|ing)|register(?:ed|s|ing))\s+(?:a\s+total\s+of\s+)?$")
#: After the cases opened: the clause ends or dates them ("opened 164 cases (150 in 2016)",
#: "opened 12 trafficking cases in 2017"); not "cases under other articles", "of child labor".
_OPENED_TAIL_RE = re.compile(
    r"\s*(?:[,.;(]|$|and\s|(?:in|during)\s+(?:(?:19|20)\d\d|the\s+reporting\s+period)\b)"
)


#: "referred for prosecution 53 cases" (before the figure), "referred 12 cases for
#: prosecution" (after its noun).
_REFERRED_BEFORE_RE = re.compile(
    r"\brefer(?:red|s|ring)\s+(?:for\s+(?:criminal\s+)?prosecution|to\s+(?:the\s+)?"
    r"(?:prosecutors?|prosecution|public\s+prosecutor'?s?\s+office))\s+"
    r"(?:(?:a\s+total\s+of|more\s+than|at\s+least)\s+)?$"
)
_REFERRED_AFTER_RE = re.compile(
    r"\s+(?:(?:of|for)\s+(?:human\s+)?trafficking\s+)?(?:for\s+(?:criminal\s+)?prosecution|"
    r"to\s+(?:the\s+)?(?:prosecutors?|prosecution|public\s+prosecutor'?s?\s+office))\b"
)


_REFERRED_FORM_RE = re.compile(
    r"\s+for\s+(?:forced\s+labor|labor\s+trafficking|sex\s+trafficking|sexual\s+exploitation)\b"
)


def _referred_end(text: str, np_end: int) -> int:
    """The end of a referral phrase right after the noun ("... cases for prosecution"), or
    `np_end` if there is none."""
    after = _REFERRED_AFTER_RE.match(text, np_end)
    return after.end() if after is not None else np_end


def _referred_for_prosecution(text: str, qstart: int, np_end: int) -> bool:
    """Whether the figure at `qstart` counts cases or people referred for prosecution."""
    if _REFERRED_BEFORE_RE.search(text, max(0, qstart - 60), qstart):
        return True
    before = text[max(0, qstart - 30) : qstart]
    return "refer" in before and _REFERRED_AFTER_RE.match(text, np_end) is not None


def _opened_cases(text: str, np: g.NounPhrase, qstart: int, subject: str) -> bool:
    """Whether the figure at `qstart` counts cases the government opened or registered
    (investigations by the conventions), not cases of another crime or law ("opened 112 cases for
    pimping", "opened three cases of child labor": the clause goes on after the noun)."""
    return (
        np.noun == g.CASES
        and subject == GOVERNMENT
        and not (np.restricted or np.trap)
        and _OPENED_RE.search(text, max(0, qstart - 30), qstart) is not None
        and _OPENED_TAIL_RE.match(text, np.end) is not None
    )


#: "initiated cases against seven defendants", "filed charges against 12 suspects".
_CASES_AGAINST_RE = re.compile(
    r"\b(?:initiated|opened|filed|brought|launched|began)\s+(?:criminal\s+)?"
    r"(?P<noun>cases|prosecutions|charges|proceedings)\s+against\s+$"
)
_PROSECUTORS_RE = re.compile(r"^(?:the\s+)?(?:[\w-]+\s+)?(?:prosecutors|procurators)\b")
_INCLUDING_RE = re.compile(r"\b(?:including|of\s+whom|among\s+(?:them|whom))\b")


def _part_of_restricted(text: str, qstart: int, done: list[Mention]) -> bool:
    """Whether the figure at `qstart` lists a part of a restricted sub-count before it in
    the same clause ("207 child victims, including 98 ... labor ..., 95 to sex ...")."""
    owner = next((d for d in reversed(done) if d.np.noun and d.np.form is None), None)
    if owner is None or not owner.np.restricted or owner.np.additional or owner.metric:
        return False
    gap = text[owner.np.end : qstart]
    return ";" not in gap and _INCLUDING_RE.search(gap) is not None


def _adopt(m: Mention, head: Head | None) -> None:
    """Make `m` the breakdown by its form of the total `head`."""
    if head is None:
        return
    base, years, value = head
    m.base = base
    m.metric = _with_form(base, m.np.form)
    m.years = years
    m.owner = (base, years[0], value)


def _referred_total(ref: Ref, done: list[Mention], inherited: Frame | None) -> Head | None:
    """The total counted before (in this sentence, latest first, then the sentence before)
    that a part refers to by its value ("of the 352") or its noun and year ("of the victims
    identified in 2012")."""
    heads: list[Head] = [
        (d.metric, d.years, int(d.figure.value))
        for d in reversed(done)
        if d.metric and d.years and d.base == d.metric and not d.comparison
    ]
    if inherited is not None:
        heads += list(inherited.heads)
    kind, what, year = ref
    for head in heads:
        if kind in ("total", "opener") and head[2] == what:
            return head
        if kind == "noun" and what in (None, head[0]) and (year is None or year in head[1]):
            return head
    return None


#: Between a count of cases and a figure of the people in them: "208 prosecutions in FY
#: 2014, charging 335 defendants", "14 cases of trafficking with 24 defendants".
_SECOND_UNIT_GAP_RE = re.compile(
    r"(?:\s+(?:of\s+(?:human\s+)?trafficking|in\s+(?:fy\s*)?(?:19|20)\d\d))?\s*,?\s*"
    r"(?:charging|involving|against|with)\s+(?:a\s+total\s+of\s+)?"
)


def _second_unit(text: str, qstart: int, done: list[Mention]) -> bool:
    """Whether the figure gives the people of the cases counted right before it (METRICS.md
    "Units": the unit the text counts, cases over suspects when both are given)."""
    prev = done[-1] if done else None
    return (
        prev is not None
        and prev.base in ("investigations", "prosecutions")
        and prev.np.noun in (g.CASES, "investigations", "prosecutions")
        and _SECOND_UNIT_GAP_RE.fullmatch(text, prev.np.end, qstart) is not None
    )


#: Between a count of people and the cases they were in: "eight traffickers in seven sex
#: trafficking cases", "41 suspects in 11 cases for sex trafficking".
_PEOPLE_IN_CASES_RE = re.compile(
    r"(?:\s+(?:prosecuted|convicted|charged|indicted))?(?:\s+(?:in|during)\s+(?:19|20)\d\d)?"
    r"\s*,?\s*in\s+"
)


#: After the cases of one form the people were in: more cases of their own ("and one case
#: of sex and labor trafficking"), so the people are not all of that form.
_MORE_CASES_RE = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as)\s+[\w,-]+\s+(?:[\w-]+\s+)?cases?\b")


def _people_of_cases(text: str, m: Mention, done: list[Mention]) -> Mention | None:
    """The people counted right before a figure of the cases they were in, or None."""
    if m.np.noun != g.CASES or not done:
        return None
    prev = done[-1]
    if (
        prev.np.noun != g.PEOPLE
        or prev.base not in ("prosecutions", "convictions")
        or prev.paren != m.paren
    ):
        return None
    _, qstart = qualifier_before(text, m.figure.start)
    return prev if _PEOPLE_IN_CASES_RE.fullmatch(text, prev.np.end, qstart) else None


def _people_form(people: Mention, cases: Mention, text: str) -> list[Count]:
    """The people's count of the form their cases are all of ("eight traffickers in seven
    sex trafficking cases": eight sex trafficking convictions), where they are a total."""
    form = cases.np.form
    if (
        form not in _FORMS.get(people.base or "", ())
        or people.metric != people.base
        or people.years is None
        or _MORE_CASES_RE.match(text, cases.np.end)
    ):
        return []  # "22 defendants in nine cases of sex trafficking and one case of ...": mixed
    return [
        Count(
            f"{people.base}_{form}",
            year,
            int(people.figure.value),
            people.figure.start,
            people.figure.end,
            "count.people_in_cases",
            qualifier_before(text, people.figure.start)[0],
            part_of=people.owner,
            weak=people.weak,
        )
        for year in people.years
    ]


def _sibling(text: str, m: Mention, qstart: int, done: list[Mention]) -> Mention | None:
    """The breakdown `m` continues in a list ("455 of the victims ... were subjected to sex
    trafficking and 497 to forced labor", "convictions for three sex traffickers and six
    labor traffickers"): the mention before it, a count by form."""
    if m.np.form not in ("sex", "labor") or m.np.noun not in (None, g.VICTIMS, g.PEOPLE, g.CASES):
        return None
    prev = next((d for d in reversed(done) if d.paren == m.paren), None)
    if prev is None or prev.metric is None or prev.np.form not in ("sex", "labor"):
        return None
    gap_start = prev.np.end
    aside = _FORM_ASIDE_RE.match(text, gap_start)
    if aside is not None:
        gap_start = aside.end()
    if g.LIST_JOINER_RE.fullmatch(text, gap_start, qstart) is None:
        return None
    return prev


def _parent(text: str, m: Mention, visible: list[Mention]) -> Mention | None:
    """The figure a mention depends on: for "two were foreign victims (none in 2018)" the
    figure its bracket follows; otherwise the latest head figure without a form."""
    if m.paren is not None and m.np.form is None:
        # "(nine prosecutions in 2016; zero in 2015; one in 2014)": the bracket's first
        # figure names what the later ones count
        named = [
            d
            for d in visible
            if d.paren == m.paren and d.comparison and d.metric and d.np.noun is not None
        ]
        if named:
            return named[-1]
    if m.paren is not None and m.np.form is not None:
        # "six prosecutions (two sex trafficking and four labor trafficking) in 2016": the
        # figure the bracket follows, a comparison too
        held = [d for d in visible if d.metric and not text[d.np.end : m.paren].strip()]
        if held:
            return held[-1]
    heads = [d for d in visible if not d.comparison]
    if not heads and _COMPARISON_OPENER_RE.match(text):
        heads = [d for d in visible if d.metric is not None and d.np.noun is not None]
    if not heads:
        return None
    last = heads[-1]
    if m.paren is not None and text[last.np.end : m.paren].strip() == "":
        return last
    nearest = (
        max(
            (d for d in visible if d.paren is None and d.figure.end < m.paren),
            key=lambda d: d.figure.start,
            default=None,
        )
        if m.paren is not None
        else None
    )
    if (
        nearest is last
        and last.metric is None
        and last.np.form is None
        and ";" not in text[last.figure.end : m.paren]
    ):
        # "22 of these suspects were investigated for child trafficking (22 in 2016)": the
        # bracket compares the clause's own figure, a part, not an earlier total
        return last
    plain = [d for d in heads if d.np.form is None]
    counted = [d for d in plain if d.metric is not None]
    if not counted and m.np.noun is None and m.np.form is None:
        # "two confirmed and 129 potential victims, compared with 184 confirmed and potential
        # victims in 2016 and 121 in 2015": no head counted, the comparison before names them
        named = [d for d in visible if d.comparison and d.metric and d.np.noun is not None]
        if named:
            return named[-1]
    if not counted and last.metric is None:
        # "identified three victims of sex trafficking, including two children, compared to
        # four in 2016": the parts in the aside have no metric; the form count before them
        # is what the comparison compares
        measured = [d for d in heads if d.metric is not None]
        if measured and all(d.figure.start > measured[-1].figure.start for d in plain):
            return measured[-1]
    return counted[-1] if counted else plain[-1] if plain else last


def _segment_end(text: str, pos: int, paren: int | None) -> int:
    """Where the clause or bracket group holding position `pos` ends."""
    if paren is not None:
        close = text.find(")", pos)
        return len(text) if close < 0 else close
    semi = text.find(";", pos)
    return len(text) if semi < 0 else semi


def _is_comparison(text: str, m: Mention, qstart: int, done: list[Mention], ry: int | None) -> bool:
    """Whether the figure states an earlier period's value for comparison."""
    if m.paren is None and _COMPARISON_OPENER_RE.match(text):
        return True
    this = _THIS_COMPARED_RE.match(text) if m.paren is None and not done else None
    if this is not None and not text[this.end() : qstart].strip():
        return True  # "This was similar to 1,128 victims ... in the previous reporting period"
    if g.comparison_cue(text, max(0, qstart - 40), qstart) or _CUE_THE_RE.search(
        text, max(0, qstart - 40), qstart
    ):
        return True
    if text.find("compared", max(0, qstart - 70), qstart) >= 0 and _CUE_GERUND_NOUN_RE.search(
        text, max(0, qstart - 70), qstart
    ):
        return True  # "compared with initiating investigations of 108 cases"
    if m.paren is not None:
        close = _segment_end(text, m.figure.end, m.paren)
        if years_between(text, m.paren, close, ry) is not None:
            return True
    own = years_at(text, m.np.end, ry)
    head = next((d for d in done if not d.comparison and d.years), None)
    if (
        own is not None
        and head is not None
        and own != head.years
        and _CUE_WORD_RE.search(text, head.figure.end, qstart)
    ):
        return True
    prev = next((d for d in reversed(done) if d.paren == m.paren), None)
    if (
        prev is not None
        and prev.comparison
        and prev.np.noun is None
        and m.np.noun is not None
        and m.np.form is not None
        and own is None
        and head is not None
        and head.np.form is not None
        and head.np.form != m.np.form
    ):
        # "identified 610 victims of sex trafficking in 2010, compared with 710 in 2009, and
        # 41 victims of labor trafficking": the other form, in the head's year
        return False
    if prev is not None and prev.comparison:
        gap_start = prev.np.end
        participle = _PARTICIPLE_RE.match(text, gap_start)
        if participle is not None:
            gap_start = participle.end()
        bracket = _BRACKETED_RE.match(text, gap_start)
        if bracket is not None:
            gap_start = bracket.end()  # "53 victims (50 sex trafficking ...) in 2018, 72 ..."
        years_end = _after_years(text, gap_start)
        return (
            g.LIST_JOINER_RE.fullmatch(text, years_end, qstart) is not None
            or g.LIST_JOINER_RE.fullmatch(text, gap_start, qstart) is not None
            or _NOUN_ITEM_RE.fullmatch(text, gap_start, qstart) is not None
        )
    return False


#: After a figure's noun: a crime that is no trafficking at all ("547 cases of sexual
#: violence"), unlike a trafficking-related one (procurement, pimping) that may stand in.
_NON_TRAFFICKING_RE = re.compile(
    r"\s+(?:of|for|involving)\s+(?:\w+\s+)?(?:(?:sexual|gender-based|domestic)\s+(?:violence|"
    r"abuse|assault)|rape|(?:migrant\s+)?smuggling|passport\s+(?:retention|confiscation|"
    r"withholding)|illegal\s+recruitment)\b"
)
#: A range of figures: "ranging from five to 23 years imprisonment".
_RANGE_FROM_RE = re.compile(r"\bfrom\s+$")
_RANGE_TO_RE = re.compile(r"\s*(?:to|-)\s*" + NUMBER + r"\b")
#: The next item of a comparison list, named by a metric noun before its figure: "compared
#: to 34 investigations, prosecution of four suspects, ...", "compared with seven
#: investigations and the prosecution and conviction of one trafficker".
_NOUN_ITEM_RE = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?(?:(?:investigations?|prosecutions?)\s+and\s+)?"
    r"(?:investigations?|prosecutions?|convictions?)\s+(?:of|against|into|involving)\s+"
    r"(?:a\s+total\s+of\s+)?"
)


def _form_head_as_whole(m: Mention, done: list[Mention], text: str) -> list[Count]:
    """The total of a one-form head compared with totals: in "reported 23 sex trafficking
    prosecutions, compared with four prosecutions in 2016" (or "identifying 71 victims of
    labor trafficking, compared with nine trafficking victims in 2016") the 23 is presented
    as the whole (METRICS.md "Forms"), so it is also the year's total, weakly (a total
    stated elsewhere wins)."""
    victims = m.np.noun == g.VICTIMS and m.metric == "victims_identified"
    restated = m.np.noun in (g.PEOPLE, g.CASES) and _restated_metric(
        text, qualifier_before(text, m.figure.start)[1]
    )
    if (
        not m.comparison
        or m.paren is not None
        or (m.np.noun not in g.METRIC_NOUNS and not victims and not restated)
        or m.np.form is not None
        or (m.metric not in ("prosecutions", "convictions") and not victims)
        or m.base is None
        or m.metric != m.base
    ):
        return []
    heads = [d for d in done if not d.comparison and d.paren is None and d.years]
    head = heads[-1] if heads else None
    if (
        head is None
        or head.base != m.base
        or head.np.form not in ("sex", "labor")
        or head.metric != f"{m.base}_{head.np.form}"
        or head.years == m.years
        or any(d.metric == m.base and d.years == head.years for d in done)
        or any(
            d.metric is not None
            and d.metric.startswith(f"{m.base}_")
            and d.metric != head.metric
            and d.years == head.years
            for d in done
        )  # "12 sex trafficking victims and 30 of forced labor": two forms, no whole
    ):
        return []
    return [
        Count(
            m.base,
            year,
            int(head.figure.value),
            head.figure.start,
            head.figure.end,
            "count.form_as_whole",
            qualifier_before(text, head.figure.start)[0],
            weak=True,
        )
        for year in head.years or ()
    ]


def _restated_metric(text: str, qstart: int) -> bool:
    """Whether a comparison names its metric again before the figure: "compared with
    prosecutions of 37 defendants", "an increase compared with convictions of 10 traffickers"."""
    start = max(0, qstart - 60)
    return (
        text.find(" of ", start, qstart) >= 0 or text.find(" against ", start, qstart) >= 0
    ) and _RESTATED_RE.search(text, start, qstart) is not None


#: A comparison cue, then the metric noun that governs the figure.
_RESTATED_RE = re.compile(
    r"\b(?:compared\s+(?:to|with)|from|than)\s+(?:the\s+)?(?:prosecutions?|convictions?)\s+"
    r"(?:of|against)\s+(?:a\s+total\s+of\s+)?$"
)


def _compared_form_cases(text: str, m: Mention, verb: str | None, seg_end: int) -> bool:
    """Whether cases of one form investigated are presented as the whole: compared with
    another year's figure ("investigated eight sex trafficking cases, ..., compared with seven
    investigations", "compared to the investigation of two sex trafficking cases in 2016");
    "while it investigated four cases of potential labor trafficking" alone is a subset."""
    return (
        m.np.noun == g.CASES
        and verb == g.INVESTIGATE
        and (
            m.comparison
            or _CUE_WORD_RE.search(text, text.rfind(";", 0, m.figure.start) + 1, seg_end)
            is not None
        )
    )


def _named_item_before(text: str, qstart: int, done: list[Mention]) -> Mention | None:
    """The comparison right before a bare figure in one list, counted with a metric noun of
    its own ("four prosecutions in 2016 and 15 in 2015"), or None."""
    prev = done[-1] if done else None
    if (
        prev is None
        or not prev.comparison
        or prev.metric is None
        or prev.np.noun not in g.METRIC_NOUNS
        or prev.np.form is not None
    ):
        return None
    gap_start = _after_years(text, prev.np.end)
    return prev if g.LIST_JOINER_RE.fullmatch(text, gap_start, qstart) is not None else None


def _another_year(text: str, m: Mention, qstart: int, done: list[Mention], ry: int | None) -> bool:
    """Whether a bare figure is the count before it for another year: "identified 20
    foreign victims in 2017 and one in 2016", "identified 45 victims in 2017, 30 in 2016,
    and 20 in 2015"."""
    if m.np.noun is not None or m.np.form is not None or not done:
        return False
    last = done[-1]
    if last.metric is None or last.years is None or last.comparison:
        return False
    own = years_at(text, m.figure.end, ry)
    return (
        own is not None
        and own != last.years
        and _AND_BEFORE_RE.fullmatch(text, _after_years(text, last.np.end), qstart) is not None
    )


_AND_BEFORE_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


def _after_years(text: str, pos: int) -> int:
    """The end of a year phrase at `pos` ("in 2017"), or `pos` if there is none."""
    m = _YEAR_TAIL_RE.match(text, pos)
    return m.end() if m else pos


def _governing_verb(
    reading: SentenceReading,
    m: Mention,
    qstart: int,
    inherited: Frame | None,
) -> tuple[str | None, str, str]:
    """The verb that governs the figure, its actor, and how it was found: a passive after it
    ("were convicted": `passive`), a metric noun before it ("investigations into 1,242
    cases": `noun`), the nearest verb before it (`verb`), or the frame of the sentences
    before (`frame`)."""
    text = reading.text
    post = _POST_VERB_RE.match(text, m.np.end)
    if post is not None:
        cls = g.verb_class(post.group("w"))
        if m.np.noun == "convictions" and post["w"] in _CONFIRMED_WORDS:
            # "12 convictions were confirmed on appeal": earlier convictions, no new ones
            return g.BLOCK, GOVERNMENT, "passive"
        if cls == g.ASSIST and m.np.noun == g.VICTIMS:
            # "76 victims assisted by NGOs": the NGOs' count.
            by = _BY_ACTOR_RE.match(text, post.end())
            if by is not None:
                actor = subject_of(by.group("actor") + " x", len(by.group("actor")) + 1)
                if actor == NGO:
                    return cls, actor, "passive"
        if cls == g.RECEIVE and m.np.noun == g.VICTIMS and post.group().split()[0] == post["w"]:
            # "16 victims received assistance": the figure is the subject of another verb.
            return g.BLOCK, GOVERNMENT, "passive"
        if (
            cls == g.IDENTIFY
            and m.np.noun == g.VICTIMS
            and _assisted_right_before(reading, qstart)
            and _BY_ACTOR_RE.match(text, post.end()) is None
        ):
            # "it assisted six trafficking victims identified in the previous reporting
            # period": victims assisted, identified whenever they were (not "... identified
            # by the police", who identified them)
            return g.ASSIST, reading.subject_at(qstart), "passive"
        if (
            cls == g.RECEIVE
            and m.np.noun == g.CASES
            and post["w"].startswith(("regist", "record"))
            and _WITH_POLICE_RE.match(text, post.end())
        ):
            # "778 cases were recorded with police": cases the police opened
            return g.INVESTIGATE, GOVERNMENT, "passive"
        if _registered_as_victims(text, m, post):
            cls = g.IDENTIFY
        if cls in (g.IDENTIFY, g.INVESTIGATE, g.PROSECUTE, g.CONVICT, g.BLOCK):
            by = _BY_ACTOR_RE.match(text, post.end())
            subject = GOVERNMENT
            if by is not None:
                subject = subject_of(by.group("actor") + " x", len(by.group("actor")) + 1)
            return cls, subject, "passive"
    verbs = reading.verbs  # (read only here: a passive after the figure needs none)
    trigger = g.NOUN_TRIGGER_RE.search(text, max(0, qstart - 40), qstart)
    if trigger is not None:
        cls = g.TRIGGER_NOUNS[trigger.group("noun")]
        head = [v for v in verbs if v[0] < trigger.start()]
        # "overturned convictions of ..." undoes the noun; "issued convictions for ..." does not.
        blocked = head and head[-1][1] == g.BLOCK and not head[-1][2].startswith("issu")
        if blocked or (head and g.CONTINUED_RE.search(text, 0, head[-1][0])):
            return g.BLOCK, GOVERNMENT, "noun"
        return cls, reading.subject_at(trigger.start()), "noun"
    asides = [(s, e) for s, e in reading.asides if e < qstart]
    for pos, cls, word in reversed(verbs):
        if pos >= qstart or any(s < pos < e for s, e in asides):
            continue  # (a verb of an aside closed before the figure governs none after it)
        if cls == g.RECEIVE and m.np.noun == g.CASES and word.startswith("regist"):
            cls = g.GENERIC  # "police registered 33 cases": cases opened
        elif cls == g.SENTENCE and _sentencing_object(text, pos, qstart, m.np.noun):
            # "convicted two traffickers ... and sentenced one trafficker to four years":
            # the people a sentence names are part of the convictions, never their count
            # (a sentencing clause counts convictions only as "convicted and sentenced 12")
            return g.BLOCK, GOVERNMENT, "verb"
        elif cls in _TRANSPARENT and m.np.noun != g.CALLS:
            continue
        if cls == g.GENERIC and word.startswith("there") and inherited is not None:
            # "Of these, there were 488 sex trafficking victims": what the frame counted
            return inherited.verb, inherited.subject, "frame"
        if (
            cls == g.BLOCK
            and m.np.noun in g.METRIC_NOUNS
            and _RESULTED_IN_RE.fullmatch(text, pos, qstart)
            and _CASES_BEFORE_RE.search(text, max(0, pos - 40), pos)
        ):
            # "These prosecutions resulted in 12 convictions".
            cls = g.GENERIC
        if (
            cls == g.BLOCK
            and m.np.noun == "convictions"
            and _ISSUED_RE.fullmatch(text, pos, qstart)
        ):
            # "courts issued 13 convictions": a verdict, not a paper issued.
            cls = g.GENERIC
        if cls in (g.BLOCK, g.ASSIST, g.GENERIC):
            chain = _METRIC_VERB_CHAIN_RE.search(text, max(0, pos - 30), pos)
            # "NGOs identified and assisted 31 victims" is what NGOs assisted.
            if (
                chain is not None
                and cls != g.GENERIC
                and not (cls == g.ASSIST and reading.subject_at(chain.start()) == NGO)
            ):
                cls = g.verb_class(chain.group("v")) or cls
                pos = chain.start()
        if g.CONTINUED_RE.search(text, max(0, pos - 20), pos):
            return g.BLOCK, GOVERNMENT, "verb"
        return cls, reading.subject_at(pos), "verb"
    if inherited is not None:
        return inherited.verb, inherited.subject, "frame"
    return None, GOVERNMENT, "noun_alone"


#: Between "sentenced" and the people it sentences: nothing but a qualifier.
_SENTENCED_OBJECT_RE = re.compile(
    r"\s*(?:(?:more\s+than|at\s+least|approximately|over|some|a\s+total\s+of)\s+)?"
)


def _registered_as_victims(text: str, m: Mention, post: re.Match[str]) -> bool:
    """Whether the passive after a figure registers victims: people "recognized as victims"
    (whose verb the table knows only before a count of victims), or victims "registered by"
    an actor, which the table reads as a receiving verb."""
    word = post["w"]
    if not word.startswith(_REGISTERING_WORDS):
        return False
    if m.np.noun == g.PEOPLE:
        return g.AS_VICTIMS_RE.match(text, post.end()) is not None
    passive = post.group().split()[0] != word
    ended = _REGISTERED_END_RE.match(text, post.end()) is not None
    return m.np.noun == g.VICTIMS and passive and ended


def _sentencing_object(text: str, pos: int, qstart: int, noun: str | None) -> bool:
    """Whether the figure at `qstart` counts the people a sentencing verb at `pos` names
    ("sentenced one trafficker to ..."), the verb not chained to a conviction before it
    ("convicted and sentenced 12 traffickers")."""
    if noun != g.PEOPLE:
        return False
    word_end = text.find(" ", pos)
    if word_end < 0 or _SENTENCED_OBJECT_RE.fullmatch(text, word_end, qstart) is None:
        return False
    return _METRIC_VERB_CHAIN_RE.search(text, max(0, pos - 30), pos) is None


def _assisted_right_before(reading: SentenceReading, qstart: int) -> bool:
    """Whether the figure at `qstart` is the object of an assisting verb right before it
    ("assisted six victims ...", "provided services to 20 victims ...")."""
    if "assist" not in reading.text and "provid" not in reading.text:
        return False
    before = [v for v in reading.verbs if v[0] < qstart]
    if not before:
        return False
    pos, cls, word = before[-1]
    return cls == g.ASSIST and not reading.text[pos + len(word) : qstart].strip()


def _base_metric(text: str, np: g.NounPhrase, verb: str | None, subject: str) -> str | None:
    """The metric family a figure counts, from its verb, actor and noun (before its form)."""
    noun = np.noun
    if noun == g.CALLS and calls_to_a_line(text, np.end):
        # "as evidenced by the 3,041 calls to the Ashgabat trafficking hotline": the noun
        # phrase names the line, whatever verb the clause has
        return "hotline_calls"
    if verb == g.BLOCK and noun == g.VICTIMS and subject == GOVERNMENT:
        # "referred 1,746 potential victims to the National Referral Mechanism": the
        # victims the national identification system took in
        return "victims_identified" if _TO_NRM_RE.match(text, np.end) else None
    if verb == g.BLOCK or noun in (g.RESTRICTED, g.OTHER):
        return None
    if noun in g.METRIC_NOUNS:
        if subject == GOVERNMENT:
            return _BASE_BY_VERB[g.METRIC_NOUNS[noun]]
        return None
    if noun == g.CALLS:
        if verb in (None, g.RECEIVE, g.GENERIC) and HOTLINE_RE.search(text):
            return "hotline_calls"
        return None
    if noun == g.VICTIMS:
        if subject == GOVERNMENT and (
            verb == g.IDENTIFY
            or (np.identified and verb in (None, g.GENERIC))
            # "the ministry assisted 83 newly identified victims": the period's identified
            or (np.newly_identified and verb == g.ASSIST)
        ):
            return "victims_identified"
        if verb == g.ASSIST and subject == NGO:
            return "victims_assisted_ngo"
        return None
    if noun in (g.PEOPLE, g.CASES) and subject == GOVERNMENT:
        if verb == g.CONVICT and noun == g.CASES:
            return None
        if verb == g.IDENTIFY and noun == g.PEOPLE and _PEOPLE_AS_VICTIMS_RE.match(text, np.end):
            # "recognized 45 persons as victims of trafficking": the victims it identified
            return "victims_identified"
        if verb == g.IDENTIFY and _SUSPECTS_END_RE.search(text, 0, np.end):
            # "police identified 551 traffickers": suspects law enforcement identified
            return "investigations"
        return _BASE_BY_VERB.get(verb or "")
    if noun is None and subject in (GOVERNMENT, NGO, HOTLINE):
        if verb == g.IDENTIFY and subject == GOVERNMENT:
            return "victims_identified"
        if subject == GOVERNMENT:
            return _BASE_BY_VERB.get(verb or "")
    return None


def _with_form(base: str, form: str | None) -> str | None:
    """`base` narrowed to a form ("prosecutions" + "sex" -> "prosecutions_sex"), or None
    where the catalogue has no such metric."""
    if form is None:
        return base
    if form in _FORMS.get(base, ()):
        return f"{base}_{form}"
    return None


#: Between a figure and a part of it it names by a relative: "... 312 individuals
#: prosecuted the previous reporting period, of which 56 ...".
_OF_WHICH_GAP_RE = re.compile(
    r"[^,;()]{0,60},\s*of\s+(?:which|whom)\s+(?:(?:at\s+least|more\s+than|some)\s+)?"
)


def _years(
    text: str,
    m: Mention,
    seg_end: int,
    visible: list[Mention],
    inherited: Frame | None,
    ry: int | None,
) -> tuple[int, ...] | None:
    """The years a figure describes, or None when it cannot be told."""
    own = years_at(text, m.np.end, ry)
    if own is not None:
        return own
    if m.comparison:
        return years_between(text, m.np.end, seg_end, ry)
    if m.np.form is not None:
        parents = [d for d in visible if d.np.form is None and d.years is not None and d.base]
        forms = [d for d in visible if d.np.form is not None and not d.comparison and d.years]
        if m.paren is None and parents and forms and all(d.comparison for d in parents):
            # "610 victims of sex trafficking in 2010, compared with 710 in 2009, and 41
            # victims of labor trafficking": the year of the other form, not the comparison's
            return forms[-1].years
        if parents:
            # The figure whose bracket holds the breakdown ("compared with 40 (30 sex ...)"),
            # else the latest current figure: in "15 victims in 2012, compared with 18 in
            # 2011; 11 were ..." the 11 are of the 15.
            owner = None
            if m.paren is not None:
                owner = next(
                    (
                        d
                        for d in reversed(parents)
                        if not text[_after_years(text, d.np.end) : m.paren].strip()
                    ),
                    None,
                )
            if owner is None:
                # "an increase from the 312 individuals prosecuted the previous reporting
                # period, of which 56 were for forced labor": the figure the relative follows
                owner = next(
                    (
                        d
                        for d in reversed(parents)
                        if _OF_WHICH_GAP_RE.fullmatch(text, d.np.end, m.figure.start)
                    ),
                    None,
                )
            if owner is None:
                owner = ([d for d in parents if not d.comparison] or parents)[-1]
            m.owner = (owner.base or "", (owner.years or (0,))[0], int(owner.figure.value))
            return owner.years
    opener = opener_year(text, m.figure.start, ry)
    if opener is not None:
        return (opener,)
    if m.np.form is not None and inherited is not None:
        m.owner = inherited.head
        return inherited.years
    if inherited is not None and inherited.years:
        return inherited.years  # "In 2016, ... 551 suspects. Of these, courts convicted 72"
    listed = _LIST_TAIL_RE.match(text, m.np.end)
    if listed is not None and (shared := years_at(text, listed.end(), ry)) is not None:
        # "investigating 11 cases, prosecuting seven suspects, and convicting four
        # traffickers during the previous reporting period": one year for the whole list
        return shared
    return None if ry is None else (ry,)


#: The rest of a list of metric clauses after a figure: ", prosecuting seven suspects, and
#: convicting four traffickers" (a year phrase after it is the whole list's).
_LIST_TAIL_RE = re.compile(
    r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
    # "..., and trial courts convicted 174 offenders in 2010": a clause of its own subject
    r"(?:(?:the\s+)?(?:[\w-]+\s+)?(?:courts?|judges|prosecutors|police|authorities)\s+)?"
    r"(?:identif|investigat|prosecut|convict|initiat|"
    r"open|indict|charg|sentenc|continu|conduct|launch|register|arrest|secur|obtain)\w*\s+(?:(?:more\s+than|at\s+least|approximately|over|some)\s+)?"
    r"(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:[\w-]+\s+){0,3}?(?:cases|suspects|traffickers|"
    r"defendants|individuals|persons|people|victims|investigations|prosecutions|convictions|"
    r"offenders|perpetrators)\b)+"
)


def _mark_status_splits(text: str, mentions: list[Mention]) -> None:
    """Mark the members of lists like "two confirmed and 129 potential victims": a total
    given only as its parts by status, which the text does not add up (METRICS counts the
    victims identified; it does not say whether potential victims are in a confirmed total)."""
    for a, b in zip(mentions, mentions[1:], strict=False):
        if a.np.status == b.np.status or not {a.np.noun, b.np.noun} <= {g.VICTIMS, None}:
            continue
        if a.np.status is None or b.np.status is None:
            # "131 forced labor victims and 1,012 potential victims": potential victims
            # listed beside victims are a category apart, not a total.
            if a.np.noun == b.np.noun == g.VICTIMS and "potential" in (a.np.status, b.np.status):
                other = b if b.np.status == "potential" else a
                _, qstart = qualifier_before(text, b.figure.start)
                if g.LIST_JOINER_RE.fullmatch(text, a.np.end, qstart):
                    other.split = True
            continue
        a_end = a.np.end if a.np.noun else max(a.np.mods_end, a.figure.end)
        _, qstart = qualifier_before(text, b.figure.start)
        if g.LIST_JOINER_RE.fullmatch(text, a_end, qstart):
            a.split = b.split = True


def _group_parts(
    reading: SentenceReading,
    mentions: list[Mention],
    inherited: Frame | None,
    ry: int | None,
) -> list[Count]:
    """Identified victims listed by group, each group with its form: "35 were women
    trafficked for sexual exploitation and 12 men in forced labor", "58 women exploited in
    sex trafficking and nine men in forced labor". A member without a form takes the form of
    the member after it ("20 women and 15 girls in sex trafficking" is 35 sex trafficking
    victims). The parts of a form are added up; a single group ("including 12 children in
    forced labor") is a restricted sub-count, not the form's count, and is left alone."""
    text = reading.text
    out: list[Count] = []
    for run in _group_runs(text, mentions):
        while len(run) > 1 and run[-1].np.form is None and any(m.np.form for m in run):
            # "..., six were men subjected to forced labor, and 10 were children": a last
            # group of no form is another breakdown (by age), not a part of a form
            run = run[:-1]
        forms: list[str | None] = [m.np.form for m in run]
        for i in range(len(run) - 2, -1, -1):
            forms[i] = forms[i] or forms[i + 1]
        if None in forms or not set(forms) <= {"sex", "labor", "other"}:
            continue
        first = run[0]
        _, qstart = qualifier_before(text, first.figure.start)
        if g.DEFINITE_RE.search(text, max(0, qstart - 40), qstart) or g.comparison_cue(
            text, max(0, qstart - 40), qstart
        ):
            continue
        frame = inherited if inherited is not None or first.np.copular else None
        verb, subject, _ = _governing_verb(reading, first, qstart, frame)
        parent = _group_parent(mentions, first)
        # "identified 67 victims during the reporting period, including 58 women ...": a
        # generic verb between the total and the list does not change what is counted.
        allowed = (g.IDENTIFY, g.GENERIC) if parent is not None else (g.IDENTIFY,)
        if verb not in allowed or subject != GOVERNMENT:
            continue
        head: tuple[str, int, int] | None = None
        if parent is not None and parent.years:
            head = ("victims_identified", parent.years[0], int(parent.figure.value))
            years: tuple[int, ...] | None = parent.years
        elif frame is not None and frame.head and frame.head[0] == "victims_identified":
            head, years = frame.head, frame.years
        else:
            last = run[-1]
            opener = opener_year(text, first.figure.start, ry)
            years = years_at(text, last.np.end, ry) or ((opener,) if opener is not None else None)
            years = years or (None if ry is None else (ry,))
        total = sum(int(m.figure.value) for m in run)
        if years is None or (head is not None and total > head[2]):
            continue
        for form in ("sex", "labor"):
            members = [m for m, f in zip(run, forms, strict=True) if f == form]
            if not members:
                continue
            for year in years:
                out.append(
                    Count(
                        metric=f"victims_identified_{form}",
                        year=year,
                        value=sum(int(m.figure.value) for m in members),
                        start=members[0].figure.start,
                        end=members[-1].figure.end,
                        rule="count.group_breakdown",
                        qualifier=None,
                        part_of=head,
                    )
                )
    return out


def _group_parent(mentions: list[Mention], first: Mention) -> Mention | None:
    """The identified total a group list breaks down: the figure whose bracket holds the
    list ("compared with 40 victims (30 women ...)"), else the latest head figure before it
    (not a comparison: in "47 victims, compared with 61 in 2018; 35 were women ..." the
    groups are the 47)."""
    before = [
        d
        for d in mentions
        if d.figure.start < first.figure.start and d.metric == "victims_identified" and d.years
    ]
    if first.paren is None:
        before = [d for d in before if not d.comparison]
    return before[-1] if before else None


def _group_runs(text: str, mentions: list[Mention]) -> list[list[Mention]]:
    """Lists of two or more group mentions ("35 women ... and 12 men ...") joined by
    commas and "and" only."""
    runs: list[list[Mention]] = []
    current: list[Mention] = []
    for m in mentions:
        if m.np.group is None or m.np.partial:
            current = []
            continue
        if current:
            _, qstart = qualifier_before(text, m.figure.start)
            if not g.LIST_JOINER_RE.fullmatch(text, current[-1].np.end, qstart):
                current = []
        if not current:
            current = [m]
            runs.append(current)
        else:
            current.append(m)
    return [run for run in runs if len(run) >= 2]
