"""The small grammar the count rules share: verbs, the noun phrase after a figure, and the
cues that make a figure a comparison, a breakdown or a part of something else.

Everything runs on normalised text (see `numbers.normalise`); the original text is only
consulted for capital letters (nationalities, countries).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.extract.numbers import NUMBER

# Verb classes.
IDENTIFY = "identify"
INVESTIGATE = "investigate"
PROSECUTE = "prosecute"
CONVICT = "convict"
ASSIST = "assist"
RECEIVE = "receive"
GENERIC = "generic"  # "conducted 29 investigations", "there were 12 convictions"
BLOCK = "block"  # "referred 55", "provided 15 foreign victims legal protection"
SENTENCE = "sentence"

_VERBS: tuple[tuple[str, str], ...] = (
    # "the national assistance system admitted 249 new victims": admission is identification;
    # so is registering, certifying, confirming or recognising a number of victims ("the
    # national coordinator registered 958 possible trafficking victims", "authorities
    # certified 24 new victims"), not a call, case, complaint or conviction
    (
        IDENTIFY,
        r"identif(?:y|ies|ied|ying)|(?<=assistance\ssystem\s)admit(?:ted|s)|"
        r"(?:register(?:ed|s|ing)|certif(?:y|ies|ied|ying)|confirm(?:ed|s|ing)?|"
        r"recogni[sz](?:e|ed|es|ing)|record(?:ed|s|ing))"
        r"(?=\s+(?:(?:a\s+total\s+of|more\s+than|at\s+least|over|some|"
        r"approximately)\s+)?[\w,]+\s+(?:[\w-]+\s+){0,3}?"
        # "recognized 45 persons as victims of trafficking": the people it names victims
        r"(?:victims\b|(?:persons|individuals|people)\s+as\s+(?:[\w-]+\s+){0,3}?victims\b))",
    ),
    (INVESTIGATE, r"investigat(?:e|ed|es|ing)"),
    # "prosecutors brought to trial 621 trafficking offenders": cases sent to court
    (
        PROSECUTE,
        r"prosecut(?:e|ed|es|ing)|indict(?:ed|s|ing)?|charg(?:ed|ing)|"
        r"(?:brought|sent|put)\s+(?:to|on)\s+trial",
    ),
    (CONVICT, r"convict(?:ed|s|ing)?"),
    (
        ASSIST,
        r"provid(?:e|ed|es|ing)\s+(?:[\w-]+\s+){0,3}?(?:assistance|services|care|shelter|support)"
        r"\s+to|assist(?:ed|s|ing)?|support(?:ed|s|ing)|serv(?:ed|ing)|help(?:ed|ing)|"
        r"cared\s+for|sheltered",
    ),
    (RECEIVE, r"receiv(?:e|ed|es|ing)|register(?:ed|s|ing)?|record(?:ed|s|ing)|handl(?:ed|es|ing)"),
    (
        GENERIC,
        r"initiat(?:e|ed|es|ing)|open(?:ed|s|ing)?|launch(?:ed|es|ing)?|conduct(?:ed|s|ing)?|"
        r"beg[au]n|begin(?:ning)?|commenc(?:e|ed|es|ing)|carried\s+out|carr(?:y|ies|ying)\s+out|"
        r"undert(?:ook|aken|aking)|complet(?:e|ed|es|ing)|secur(?:e|ed|es|ing)|"
        r"obtain(?:ed|s|ing)?|achiev(?:e|ed|es|ing)|won|report(?:ed|s|ing)?|fil(?:ed|ing)|"
        r"pursu(?:e|ed|es|ing)|brought|there\s+(?:were|was|had\s+been)|totall?(?:ed|ing)|"
        r"recorded|saw|had",
    ),
    (SENTENCE, r"sentenc(?:e|ed|es|ing)"),
    (
        BLOCK,
        r"refer(?:red|s|ring)?|provid(?:e|ed|es|ing)|repatriat(?:e|ed|es|ing)|"
        r"rescu(?:e|ed|es|ing)|screen(?:ed|s|ing)?|arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|"
        r"deport(?:ed|s|ing)?|train(?:ed|s|ing)|fund(?:ed|s|ing)|accommodat(?:e|ed|es|ing)|"
        r"hous(?:e|ed|es|ing)|interview(?:ed|s|ing)?|return(?:ed|s|ing)?|grant(?:ed|s|ing)|"
        r"issu(?:e|ed|es|ing)|extradit(?:e|ed|es|ing)|acquit(?:ted|s|ting)?|"
        r"dismiss(?:ed|es|ing)?|releas(?:e|ed|es|ing)|offer(?:ed|s|ing)?|plac(?:e|ed|es|ing)|"
        r"remov(?:e|ed|es|ing)|host(?:ed|s|ing)?|organi[sz](?:e|ed|es|ing)|"
        r"distribut(?:e|ed|es|ing)|participat(?:e|ed|es|ing)|employ(?:ed|s|ing)?|"
        r"charg(?:e|es)|fined|sent|transferr(?:ed|ing)|"
        r"reunit(?:e|ed|es|ing)|compensat(?:e|ed|es|ing)|appeal(?:ed|s|ing)?|"
        r"overturn(?:ed|s|ing)?|upheld|uphold(?:s|ing)?|affirm(?:ed|s|ing)|revers(?:e|ed|es|ing)|"
        r"vacat(?:e|ed|es|ing)|dropp(?:ed|ing)|closed|suspend(?:ed|s|ing)|remain(?:ed|s|ing)?|"
        r"visit(?:ed|s|ing)?|inspect(?:ed|s|ing)|encounter(?:ed|s|ing)?|reached|protected|"
        r"resulted|led|estimat(?:e|ed|es)|"
        # "the supreme court confirmed 12 convictions on appeal": an appeal decision about
        # earlier convictions, no new ones ("confirmed 721 victims" is an identification above)
        r"(?:confirm(?:ed|s|ing)?|sustain(?:ed|s|ing)?)"
        r"(?=\s+(?:(?!(?:by|in|of|to|for|efforts)\b)[\w,-]+\s+){0,2}?convictions?\b)",
    ),
)
VERB_RE = re.compile(r"\b(?:" + "|".join(f"(?P<{cls}>{pat})" for cls, pat in _VERBS) + r")\b")
_WORD_CLASS: dict[str, str] = {}


def verb_class(word: str) -> str | None:
    """The class of a single verb form ("convicted" -> CONVICT), or None."""
    if word not in _WORD_CLASS:
        m = VERB_RE.fullmatch(word)
        _WORD_CLASS[word] = m.lastgroup if m and m.lastgroup else ""
    return _WORD_CLASS[word] or None


#: "continued prosecuting", "continued to investigate": ongoing work, not new cases.
CONTINUED_RE = re.compile(r"\b(?:continu(?:ed|es|ing)|remained)\s+(?:to\s+)?$")


def _words(text: str) -> frozenset[str]:
    """A set of words written as one string."""
    return frozenset(text.split())


# Noun classes.
VICTIMS = "victims"
PEOPLE = "people"
CASES = "cases"
CALLS = "calls"
METRIC_NOUNS = {"investigations": INVESTIGATE, "prosecutions": PROSECUTE, "convictions": CONVICT}
RESTRICTED = "restricted"
OTHER = "other"

_NOUNS: dict[str, str] = {
    **{w: VICTIMS for w in ("victim", "victims", "survivor", "survivors")},
    **{
        w: PEOPLE
        for w in _words(
            "trafficker traffickers offender offenders suspect suspects defendant defendants "
            "individual individuals person persons people perpetrator perpetrators accused "
            "alleged-traffickers"
        )
    },
    **{w: CASES for w in ("case", "cases", "offenses", "offences", "incidents")},
    **{w: CALLS for w in ("call", "calls")},
    **{w: n for n in METRIC_NOUNS for w in (n, n[:-1])},
    **{
        w: RESTRICTED
        for w in _words(
            "women men girls boys children adults minors woman man girl boy child adult minor "
            "citizens nationals migrants workers students refugees"
        )
    },
    "foreigners": VICTIMS,
    # "two government-funded NGOs provided shelter to 16 victims": the figure counts bodies
    **{w: OTHER for w in _words("ngo ngos organizations organisations shelters")},
}
_NEUTRAL_MODS = _words(
    "new alleged suspected potential possible presumed confirmed official officially final "
    "identified newly trafficking human criminal total separate individual distinct phone "
    "telephone hotline trafficking-related related reported registered formal formally national "
    "certified recognized recognised further convicted prosecuted federal"
)
_FORM_MODS = {
    "sex": "sex",
    "sexual": "sex",
    "prostitution": "sex",
    "commercial": "sex",
    "exploitation": None,
    "labor": "labor",
    "labour": "labor",
    "forced": "labor",
    "begging": "other",
    "bonded": "labor",
    "servitude": "other",
    "domestic-servitude": "other",
    "foreign": "foreign",
    "third-country": "foreign",
    "foreign-national": "foreign",
    "unspecified": "other",
    "unknown": "other",
    "other": "other",
}
#: After "labor": an institution or its staff, not the labor form ("labor ministry officials").
_LABOR_BODY_RE = re.compile(
    r"\s+(?:ministry|ministries|inspectors?|inspectorates?|inspections?|offices?|departments?|"
    r"courts?|codes?|laws?|unions?|attach[eé]s?|officials|authorities|agenc(?:y|ies))\b"
)
#: A modifier naming who runs or funds what follows: "government-funded", "state-run".
_RUN_BY_RE = re.compile(r"[a-z]+-(?:funded|run|operated|owned|led|supported)")
#: After a group word, the rest of a noun phrase it modifies: "child labor victims",
#: "child sex trafficking victims", "child trafficking victims".
_GROUP_AS_MOD_RE = re.compile(
    r"(?:\s+(?:forced|commercial)\b)?(?:\s+(?:labou?r|sex(?:ual)?))?(?:\s+trafficking)?"
    r"\s+(?:victims?|survivors?)\b"
)
_SOFT_RESTRICT = _words("female male")
#: Restricting words of age alone: a figure they restrict may still be the whole count.
_AGE_MODS = _words("adult child minor underage juvenile")
_RESTRICT_MODS = _words(
    "adult child children minor underage juvenile internal domestic transnational "
    "international cross-border local repatriated returned unaccompanied additional "
    "lgbtqi+ lgbti undocumented irregular men women girls boys complicit"
)
_TOKEN_RE = re.compile(r"[a-z][a-z'+-]*|\S")

SEX_FORM = (
    r"sex(?:ual)?\s+(?:trafficking|exploitation)|commercial\s+sex\w*(?:\s+exploitation)?|"
    r"forced\s+prostitution|sex\b"
)
LABOR_FORM = (
    r"labou?r\s+trafficking|forced\s+labou?r|labou?r\s+exploitation|"
    r"labou?r\b|debt\s+bondage|bonded\s+labou?r"
)
#: The other form right after one: "sex and labor trafficking", "labor trafficking and forced
#: crime" span two forms.
_AND_OTHER_FORM_RE = re.compile(
    # also a list: "for forced prostitution, forced labor, and forced begging"
    r"(?:\s+and|\s*,(?:\s+and)?)\s+(?:(?:forced\s+)?(?:labou?r|sex)(?:\s+trafficking)?|"
    r"forced\s+(?:begging|criminality|crime)|domestic\s+servitude)\b(?!\s+(?:cases|victims))"
)
#: The other form in a pre-noun pair: "sex and labor traffickers", "labor or sex trafficking".
_OTHER_FORM_MOD_RE = re.compile(r"\s+(?:forced\s+)?(?:labou?r|sex(?:ual)?)\b")
#: Forms that are neither sex trafficking nor a labor count (METRICS.md: never added to one).
OTHER_FORM = r"forced\s+(?:begging|criminality)|domestic\s+servitude"
_POST_FORM_RE = re.compile(
    # "charged 19 defendants with sex trafficking" (not "... with trafficking indicators")
    # (also "22 victims exploited in labor trafficking", "14 victims of \"sexual exploitation\"")
    r"(?:(?<=victims)\s+(?:exploited|trafficked))?\s+(?:of|for|involving|in|under|into|to|with(?=\s+(?:(?:child|adult|potential|"
    r"suspected|alleged)\s+)?(?:sex|labou?r|forced)\b(?!(?:\s+[\w-]+){0,2}\s+(?:indicators|"
    r"elements))))\s+(?:the\s+)?(?:purposes?\s+of\s+)?\"?"
    r"(?:(?:potential|suspected|alleged|possible)\s+)?"
    # child sex trafficking is sex trafficking ("for child sex trafficking offenses")
    rf"(?:(?P<sex>(?:(?:child|adult)\s+)?(?:{SEX_FORM}))|(?P<labor>{LABOR_FORM})|"
    rf"(?P<other>(?:unspecified|other|unknown)\b|(?:child\s+)?(?:{OTHER_FORM})))"
)
#: Words for groups of people: "35 women", "12 men", "15 girls".
GROUP_WORDS = _words(
    "women men girls boys children adults minors woman man girl boy child adult minor"
)
_GROUP = r"(?:wo)?men|girls|boys|children|adults|minors"
#: After a group word, the form its members were exploited in: "women trafficked for sexual
#: exploitation", "men in forced labor", "women and girls exploited in sex trafficking",
#: "children subjected to forced begging", "men who were victims of labor trafficking".
_GROUP_FORM_RE = re.compile(
    rf"(?:\s+(?:and|or)\s+(?:{_GROUP}))?"
    r"(?:\s+(?:who\s+(?:were|had\s+been)\s+)?(?:victims|survivors|trafficked|exploited|"
    r"subjected|held|used|identified(?:\s+as\s+victims)?))?"
    r"\s+(?:of|for|in|into|under|involving|to)\s+(?:the\s+)?(?:purposes?\s+of\s+)?"
    rf"(?:(?P<sex>{SEX_FORM})|(?P<labor>{LABOR_FORM})|(?P<other>{OTHER_FORM}))"
)
#: A figure with no noun whose predicate names its form: "61 were subjected to forced labor",
#: "209 were exploited in sex trafficking", "31 involved forced labor".
_PREDICATE_FORM_RE = re.compile(
    r"\s+(?:(?:were|was)\s+(?:(?:all|also|reportedly|allegedly)\s+)?"
    r"(?:(?:potential|confirmed|presumed|suspected|identified)\s+)?"
    # "four victims were females subjected to sex trafficking"
    r"(?:(?:females|males|women|men|girls|boys|adults)\s+(?=subjected|exploited|trafficked))?"
    r"(?:(?:victims|survivors)\s+of|subjected\s+to|exploited\s+(?:in|for|through|as)|"
    r"(?:convicted|prosecuted|charged|indicted|sentenced)\s+(?:for|of|under)|charged\s+with|"
    r"trafficked\s+(?:for|into|in)|involved\s+in|used\s+(?:in|for)|forced\s+into|in|for)|"
    r"involv(?:ed|ing)|exploited\s+(?:in|for))\s+(?:the\s+)?(?:purposes?\s+of\s+)?"
    # "190 involved predominantly sex trafficking", "110 were for alleged sex trafficking"
    r"(?:(?:predominantly|primarily|mainly|mostly|principally)\s+)?"
    r"(?:(?:alleged|suspected|potential|possible)\s+)?"
    rf"(?:(?P<sex>{SEX_FORM})|(?P<labor>{LABOR_FORM}))"
)
#: Status words of victims: a list "two confirmed and 129 potential victims" splits one
#: total by status.
_STATUS_MODS = {
    **dict.fromkeys(("confirmed", "official", "officially", "certified", "formally"), "confirmed"),
    **dict.fromkeys(("potential", "presumed", "suspected", "possible", "alleged"), "potential"),
}
#: After "confirmed and": the other status, of the same victims.
_OTHER_STATUS_RE = re.compile(r"\s+(?:potential|presumed|suspected|possible|confirmed)\b")
_BARE_FORM_RE = re.compile(
    r"\s+(?:(?P<sex>sex\s+trafficking)|(?P<labor>labou?r\s+trafficking|forced\s+labou?r))\b"
)
_POST_TRAP_RE = re.compile(
    r"\s+(?:(?:of|for|involving|into|on)\s+(?:\w+\s+)?(?:trafficking-related|related|"
    r"non-trafficking|pimping|brothel|prostitution-related|crimes\s+related)|related\s+to|"
    r"(?:with|of)\s+(?:trafficking\s+)?(?:elements|indicators)|"
    r"(?:against|of|involving)\s+(?:\w+\s+){0,2}(?:officials|officers|employees)|"
    r"(?:initiated|opened|filed|begun|began|started|commenced)\s+in\s+(?:previous|prior|earlier)|"
    r"from\s+(?:previous|prior|earlier)\s+(?:years|reporting)|pending|ongoing|"
    # other crimes: "547 cases of sexual violence", "cases of migrant smuggling", labor-law
    # offences: "17 cases of passport retention", "cases of illegal recruitment"
    r"(?:of|for|involving)\s+(?:\w+\s+)?(?:(?:sexual|gender-based|domestic)\s+(?:violence|abuse|"
    r"assault)|rape|smuggling|procurement|passport\s+(?:retention|confiscation|withholding)|"
    r"illegal\s+recruitment|(?:unpaid|withheld)\s+wages|non-payment\s+of\s+wages|"
    r"labou?r\s+(?:law\s+)?violations)|"
    # child labor that is not forced: "four defendants for exploitative child labor"
    r"(?:of|for|involving)\s+(?:exploitative\s+|illegal\s+|hazardous\s+)?child\s+labou?r|"
    r"(?:(?:convicted|prosecuted|charged)\s+)?(?:for|under)\s+(?:the\s+)?procurement)\b"
)
#: After a "trafficking-related" count: the other crimes it holds ("..., including pimping").
_OTHER_CRIMES_NEXT_RE = re.compile(r"\s*,?\s*(?:including|such\s+as)\b")
_POST_RESTRICT_RE = re.compile(
    # victims counted together with others: "219 trafficking victims and at-risk individuals"
    r"\s+and\s+(?:(?:at-risk|vulnerable)\s+(?:individuals|persons|people|groups)|witnesses)\b|"
    r"\s+(?:of\s+trafficking\s+|of\s+human\s+trafficking\s+|were\s+)?(?:from\s+"
    r"(?:the\s+)?(?=[A-Z])|abroad\b|overseas\b|in\s+(?!all\b|every\b)(?:\d+|[a-z]+)\s+(?:states|provinces|regions|districts|"
    r"cities|municipalities)\b|in\s+(?:other|foreign|third)\s+countries\b|who\s+were\s+children|"
    r"involving\s+(?:[\w-]+\s+){0,2}?(?:migrants?|workers|children|minors|foreigners|citizens|"
    r"nationals)\b)"
)
_FROM_RE = re.compile(r"\s+from\s+")
#: After a victims noun: they came from abroad ("20 victims from other countries").
_FROM_OTHER_COUNTRIES_RE = re.compile(
    r"\s+(?:of\s+trafficking\s+)?from\s+(?:other|foreign|third|neighbou?ring)\s+countries\b"
)
PARTIAL_RE = re.compile(r"\s+of\s+(?:the|these|those|them|all|its|their)\b")
_OF_WHOM_RE = re.compile(r"\s+of\s+(?:whom|which)\b")
_OF_TRAFFICKING_RE = re.compile(r"\s+of\s+(?:human\s+)?trafficking(?:\s+in\s+persons)?\b(?!-)")
#: Right before a figure: the figure is a part already counted elsewhere ("the additional 112",
#: "All 82 ...", "three of the ...", "each of the 12").
DEFINITE_RE = re.compile(
    r"(?:\b(?:the|these|those|all|both|each|every|its|their|remaining|additional|another|"
    r"an\s+additional|other|only\s+the)|'s)\s+$"
)
#: Right before a figure: it is compared with the figure before it.
COMPARISON_CUE_RE = re.compile(
    r"(?:\bcompared\s+(?:to|with)(?:\s+(?:investigating|prosecuting|convicting|identifying))?|\bas\s+compared\s+(?:to|with)|\bcompares\s+(?:to|with)|\bversus|\bvs\.?|\bfrom|\bthan|"
    r"\bin\s+comparison\s+(?:to|with)|\brelative\s+to|\bagainst)"
    r"(?:\s+(?:the|a\s+total\s+of|a\s+reported))?\s+$"
)
#: "filed charges against 567", "cases against 12", "secured convictions against 27
#: traffickers": "against" after a legal action, which is no comparison.
_NOT_VERSUS_RE = re.compile(
    r"\b(?:charges|cases|proceedings|prosecutions?|indictments?|convictions?|judg(?:e)?ments?|"
    r"verdicts?|investigations?)\s+$"
)


def comparison_cue(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends with a comparison cue ("compared with", "from")."""
    m = COMPARISON_CUE_RE.search(text, start, end)
    if m is None:
        return False
    at = m.start()
    if text.startswith("against", at):
        return _NOT_VERSUS_RE.search(text, max(0, at - 20), at) is None
    return True


#: Between two figures of one list: "63 in 2019 and 59 in 2018".
LIST_JOINER_RE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|as\s+well\s+as\s+)$")
#: After people a verb identifies: what names them victims of trafficking as a whole
#: ("identified 45 individuals as trafficking victims", "45 persons were recognized as
#: victims of trafficking"), not of one form ("... as victims of forced labor").
AS_VICTIMS_RE = re.compile(
    r"\s+as\s+(?:(?:potential|possible|presumed|suspected|confirmed|official|formal|"
    r"human|trafficking)\s+){0,3}victims\b(?:\s+of\s+(?:human\s+)?trafficking\b)?"
    r"(?!-|\s+(?:of|for|in)\s+(?:forced|sex|sexual|labou?r|commercial|domestic|begging)\b)"
)
#: "compared with one and seven, respectively": a list that pairs with another list.
RESPECTIVELY_RE = re.compile(r"\brespectively\b")
#: "investigations into 1,242 cases", "prosecutions of 78 suspects", "the prosecution of
#: seven suspects", "filed charges against 567 alleged traffickers", "the government's
#: identification of 52 victims".
NOUN_TRIGGER_RE = re.compile(
    r"\b(?P<noun>investigations?|prosecutions?|convictions?|charges|indictments?|identification)\s+"
    r"(?:into|of|against|involving|for|in)\s+(?:a\s+total\s+of\s+)?$"
)
#: The metric verb class a trigger noun of `NOUN_TRIGGER_RE` stands for.
TRIGGER_NOUNS = {
    **{w: INVESTIGATE for w in ("investigation", "investigations")},
    **{
        w: PROSECUTE
        for w in ("prosecution", "prosecutions", "charges", "indictment", "indictments")
    },
    "convictions": CONVICT,
    "conviction": CONVICT,  # "the government reported the conviction of one trafficker"
    "identification": IDENTIFY,  # "the government's identification of 52 victims"
}
#: "two prosecutions and convictions": one figure for two metrics.
#: Not "15 investigations and prosecutions of 49 alleged traffickers": the second noun
#: governs the next figure.
_EXTRA_NOUN_RE = re.compile(
    r"\s+(?:and|or)\s+(investigations|prosecutions|convictions)\b"
    r"(?!\s+(?:of|against|into|involving)\s+(?:a\s+total\s+of\s+|at\s+least\s+)?" + NUMBER + r"\b)"
)


@dataclass(frozen=True)
class NounPhrase:
    """What follows a figure: its noun class, form (sex/labor/foreign/other) and flags."""

    noun: str | None
    form: str | None
    end: int
    restricted: bool
    trap: bool
    partial: bool
    extra_nouns: tuple[str, ...] = ()
    identified: bool = False
    copular: bool = False
    #: Named by the report country's own nationality ("1,570 Mexican victims" in Mexico's
    #: report): the total where nothing else is, a domestic sub-count where a total is given.
    own_nationality: bool = False
    #: The group word of "35 women ...", "12 men in forced labor" (the phrase is restricted).
    group: str | None = None
    #: "confirmed" or "potential" ("129 potential victims"), from the status modifiers.
    status: str | None = None
    #: Where the modifiers end, even when no noun follows them ("two confirmed and ...").
    mods_end: int = -1
    #: Restricted only by "additional" ("346 additional victims"): a count besides another,
    #: which is what NGOs report assisting besides an organisation's count.
    additional: bool = False
    #: "83 newly identified victims": identified in the period, whatever the verb.
    newly_identified: bool = False
    #: Restricted only by "female" or "male" ("37 female victims"): the total where the
    #: text compares it with totals.
    by_sex_only: bool = False
    #: Restricted only by age or nationality words ("one minor trafficking victim", "four
    #: Jamaican adult victims"): the total where the text compares it with totals.
    by_age_only: bool = False


def noun_phrase(text: str, original: str, pos: int, country: str | None = None) -> NounPhrase:
    """Parse the noun phrase that starts at `pos`, right after a figure; `country` is the
    report's country name, whose nationality adjective is not a restriction of its own."""
    if PARTIAL_RE.match(text, pos):
        return NounPhrase(None, None, pos, False, False, True)
    mods: list[str] = []
    restricted = soft = copular = own = additional = spanning = related = both_statuses = False
    other_restriction = False  # restricted by more than age or nationality words
    noun: str | None = None
    noun_word = ""
    group: str | None = None
    of_whom = _OF_WHOM_RE.match(text, pos)
    start = of_whom.end() if of_whom else pos
    end = pos
    first = True
    for tok in _TOKEN_RE.finditer(text, start, min(len(text), start + 120)):
        word = tok.group()
        if first and word in ("were", "was"):
            first = False
            copular = True
            continue
        first = False
        if word in GROUP_WORDS and _GROUP_AS_MOD_RE.match(text, tok.end()):
            restricted = True  # "two forced child labor victims": children, not a group list
            other_restriction = other_restriction or word not in _AGE_MODS
            end = tok.end()
            continue
        if word in _NOUNS:
            noun, noun_word = _NOUNS[word], word
            end = tok.end()
            if word == "foreigners":
                mods.append("foreign")
            elif word in GROUP_WORDS:
                group = word
            break
        if word in ("labor", "labour") and _LABOR_BODY_RE.match(text, tok.end()):
            break  # "two labor ministry officials", "labor inspectors": a body, not a form
        if word in _NEUTRAL_MODS or word in _FORM_MODS or _RUN_BY_RE.fullmatch(word):
            # "28 trafficking-related convictions, including facilitating prostitution":
            # other crimes too (but not "trafficking and trafficking-related investigations")
            related = related or (word == "trafficking-related" and "trafficking" not in mods)
            mods.append(word)
            end = tok.end()
            continue
        if word == "and" and mods and text.startswith(" trafficking-related", tok.end()):
            continue  # "556 trafficking and trafficking-related investigations"
        if (
            word in ("and", "or")
            and mods
            and mods[-1] in _STATUS_MODS
            and _OTHER_STATUS_RE.match(text, tok.end())
        ):
            both_statuses = True  # "184 confirmed and potential victims": one total of both
            continue
        if (
            word in ("and", "or")
            and mods
            and _FORM_MODS.get(mods[-1]) in ("sex", "labor")
            and (
                _OTHER_FORM_MOD_RE.match(text, tok.end())
                or _AND_OTHER_FORM_RE.match(text, tok.start() - 1)
            )
        ):
            spanning = True  # "551 sex and labor traffickers": both forms, no one form
            continue
        if word in _SOFT_RESTRICT:
            soft = True
            end = tok.end()
            continue
        if word[0].isalpha() and original[tok.start()].isupper() and word not in _RESTRICT_MODS:
            if country and word[:4] == country[:4].lower():
                own = True
            else:
                restricted = True
            end = tok.end()
            continue
        if word in _RESTRICT_MODS:
            if word == "additional" and not restricted:
                additional = True
            else:
                restricted = True
                other_restriction = other_restriction or word not in _AGE_MODS
            end = tok.end()
            continue
        break
    form = None if spanning else _form_of(mods)
    mods_end = end
    status = (
        None
        if both_statuses or not mods
        else next((_STATUS_MODS[m] for m in mods if m in _STATUS_MODS), None)
    )
    by_group = _GROUP_FORM_RE.match(text, end) if group is not None else None
    if by_group is not None:
        form, end = by_group.lastgroup, by_group.end()
    elif noun is None and not any(m in _FORM_MODS for m in mods):
        end = pos  # no noun: the phrase is its form words only ("35 sex trafficking")
        pred = _PREDICATE_FORM_RE.match(text, start)
        if pred is not None:
            return NounPhrase(
                None, pred.lastgroup, pred.end(), False, False, False, copular=True, mods_end=pos
            )
    elif noun is not None and (more := _OF_TRAFFICKING_RE.match(text, end)) is not None:
        end = more.end()
    post = None if by_group else _POST_FORM_RE.match(text, end)
    if post is None and noun is not None and by_group is None:
        post = _BARE_FORM_RE.match(text, end)
    if post is None and noun == VICTIMS and by_group is None:
        # "35 victims were subjected to sex trafficking": the predicate names the form, and
        # the count is of the victims counted before (a copular figure)
        post = _PREDICATE_FORM_RE.match(text, end)
        copular = copular or post is not None
    if post is not None:
        form = post.lastgroup
        end = post.end()
        if (both := _AND_OTHER_FORM_RE.match(text, end)) is not None:
            form, end = None, both.end()  # "one case of sex and labor trafficking": no form
    if form is None and noun == VICTIMS and (away := _FROM_OTHER_COUNTRIES_RE.match(text, end)):
        form, end = "foreign", away.end()  # "20 victims from other countries": foreign ones
    by_sex_only = soft and form is None and not restricted
    by_age_only = restricted and not (soft or other_restriction)
    if soft and form is None:
        restricted = True
    trap = (related and _OTHER_CRIMES_NEXT_RE.match(text, end) is not None) or (
        _POST_TRAP_RE.match(text, end) is not None
    )
    foreign_from = form == "foreign" and _FROM_RE.match(text, end) is not None
    if not foreign_from and (
        _POST_RESTRICT_RE.match(original, end) or _POST_RESTRICT_RE.match(text, end)
    ):
        restricted = True  # but "five foreign victims from Nigeria, ..." are all foreign
        by_age_only = False
    extra: tuple[str, ...] = ()
    if noun in METRIC_NOUNS:
        more = _EXTRA_NOUN_RE.match(text, end)
        if more is not None:
            extra = (more.group(1),)
    if (
        noun == RESTRICTED
        and own
        and not (restricted or copular)
        and noun_word in ("citizens", "nationals")
    ):
        noun = PEOPLE  # "convictions of 14 Slovak citizens": the report country's people
    elif noun == RESTRICTED:
        restricted = True
    identified = "identified" in mods
    return NounPhrase(
        noun,
        form,
        end,
        restricted,
        trap,
        False,
        extra,
        identified,
        copular,
        own,
        group,
        status,
        mods_end,
        additional and not restricted,
        identified and "newly" in mods,
        by_sex_only and restricted and not _POST_RESTRICT_RE.match(text, end),
        by_age_only and noun == VICTIMS and group is None,
    )


def _form_of(mods: list[str]) -> str | None:
    """The trafficking form a list of pre-noun modifiers names, if any."""
    if not mods:
        return None  # (most figures: the noun follows at once)
    forms = {_FORM_MODS[m] for m in mods if _FORM_MODS.get(m)}
    if "forced" in mods and "prostitution" in mods:
        forms.discard("labor")
    if len(forms) == 1:
        return forms.pop()
    if "foreign" in forms:
        return "foreign"
    return "other" if forms else None
