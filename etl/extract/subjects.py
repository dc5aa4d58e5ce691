"""Who did it: the government (authorities, police, courts, ...) versus NGOs, international
organisations, a hotline or outside observers. Each actor feeds its own metric or none."""

from __future__ import annotations

import re

GOVERNMENT = "government"
NGO = "ngo"
#: One NGO by itself ("An NGO assisted 125 victims"): its figure is neither the collective
#: NGO figure nor the government's.
ONE_NGO = "one_ngo"
INTERNATIONAL = "international"
HOTLINE = "hotline"
OBSERVER = "observer"
PART = "part"  # one part of government: "at the federal level", "consular officials"
#: One level of government below the national one: "state governments", "local
#: authorities". Its counts stand where the report gives no national one.
SUBNATIONAL = "subnational"

_GOVERNMENT_RE = re.compile(
    r"\b(?:government|governments|authorities|police|officials|law enforcement|ministry|"
    r"ministries|minister|courts?|judges?|judiciary|prosecutors?|prosecutor's|procurator\w*|"
    r"the state|state|agency|agencies|officers|inspectors?|inspectorate|border guards?|"
    r"investigators|gendarmerie|military|army|immigration|customs|it|naptip|"
    r"directorate|commission|council|task force|unit|department|office|bureau|"
    r"municipalit\w+|regional|provincial|federal|national)\b"
)
_NGO_RE = re.compile(
    r"\b(?:ngos?|ngo-\w+|non-?governmental|civil society|charit\w+|nonprofit\w*)\b"
)
#: A clause whose subject is one NGO: "An NGO", "one local NGO", "another organization".
_ONE_NGO_RE = re.compile(
    r"^\s*(?:(?:in|during)\s+[^,]{1,40},\s*)?(?:however,\s*|additionally,\s*|also,\s*)?"
    r"(?:an|one|another|a|the\s+only)\s+(?:[\w-]+\s+){0,3}?(?:ngo|non-?governmental\s+"
    r"organi[sz]ation|nonprofit|charity)\s+(?:also\s+|reportedly\s+)?"
    # "An NGO reported it assisted 96 victims"
    r"(?:(?:reported|stated|said|indicated)\s+(?:that\s+)?(?:it\s+(?:had\s+)?)?)?$"
)
#: "... reported government-supported NGOs assisted 1,354 victims": the NGOs right before
#: the verb are its subject, whoever reported it.
_REPORTED_NGOS_RE = re.compile(
    r"\b(?:reported|stated|said|noted|indicated|that)\s+(?P<tail>(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"ngos\s+(?:also\s+|reportedly\s+)?)$"
)
#: "state-funded", "government-supported": who pays an NGO, not who acts.
_FUNDED_BY_RE = re.compile(r"\b[\w]+-(?:funded|supported|run|operated|sponsored|financed)\b")
_INTERNATIONAL_RE = re.compile(
    r"\b(?:international organi[sz]ations?|iom|unicef|unhcr|unodc|ilo|osce|"
    r"embass(?:y|ies)|foreign donors?|donors?|united nations)\b"
)
#: Right before a verb: a relative clause about an NGO ("an NGO that assisted ...").
_NGO_RELATIVE_RE = re.compile(
    r"\b(?:ngos?|non-?governmental\s+organi[sz]ations?|ngo-(?:run|operated)\s+[\w-]+)\s+"
    r"(?:that|which|who)\s+(?:also\s+|reportedly\s+)?$"
)
HOTLINE_RE = re.compile(
    r"\b(?:hotlines?|helplines?|help\s?lines?|hot line|call cent(?:er|re)|action\s?line)\b"
)
_SUBNATIONAL_RE = re.compile(
    r"\bstate\s+(?:governments?|officials|authorities|police(?!'s))\b|"
    r"\b(?:provincial|municipal|local|regional|district)\s+(?:governments?|authorities|officials)\b"
)
_PART_RE = re.compile(
    r"\bat\s+the\s+(?:federal|state|provincial|local|district|municipal|regional)\s+level\b|"
    r"\bconsular\b|\babroad\b|\bembass(?:y|ies)\b|\bforeign\s+missions?\b"
)
_OBSERVER_RE = re.compile(
    r"\b(?:media|observers?|experts?|researchers?|journalists?|reports? indicated|"
    r"estimates?|a study|studies|survey)\b"
)
#: Where the clause that holds a verb begins.
#: ("word(?<!\wword)\b" is "\bword\b", written so that the regex engine can skip ahead.)
_CLAUSE_BOUNDARY_RE = re.compile(
    "|".join(
        [";", ":"]
        + [
            rf"{w}(?<!\w{w})\b"
            for w in ("which", "who", "while", "whereas", "but", "when", "after")
        ]
    )
)


def clause_start(text: str, pos: int) -> int:
    """Where the clause holding position `pos` of normalised `text` begins."""
    return _clause_bounds(text, pos)[0]


def _clause_bounds(text: str, pos: int) -> tuple[int, str]:
    """Where the clause holding `pos` begins and the word or mark that opens it."""
    start, word = 0, ""
    for m in _CLAUSE_BOUNDARY_RE.finditer(text, 0, pos):
        start, word = m.end(), m.group()
    return start, word


#: Adjectives that name a government only as part of another body's name ("the NGO-run
#: shelters in the national coalition").
_GOVERNMENT_ADJECTIVE = frozenset({"national", "regional", "provincial", "federal", "state"})


_ASIDE_RE = re.compile(
    r"\b(?:in\s+(?:cooperation|partnership|collaboration|coordination|conjunction)|together|"
    r"jointly|working|along)\s+with\b[^,;]*|\bwith\s+(?:the\s+)?(?:support|assistance|help|"
    r"funding|aid)\s+(?:of|from)\b[^,;]*|\bgovernment-(?:funded|supported|run|operated)\b|"
    r"\bgovernment\s+(?:funding|support|grants?)\b"
)


#: "An NGO, the Hotline for Migrant Workers, reported ...": the name in apposition is the
#: NGO's, not another actor.
_APPOSITIVE_RE = re.compile(
    r"\b(?P<ngo>ngos?|non-?governmental\s+organi[sz]ations?)\s*,\s*[^,;]{1,60},"
)
#: "a center run by two NGOs", "operated by an NGO": the body is the NGOs' (or one NGO's).
_RUN_BY_NGOS_RE = re.compile(
    r"\b(?:run|operated|managed)\s+by\s+(?:[\w-]+\s+){0,3}?(?P<ngos>ngos?|"
    r"non-?governmental\s+organi[sz]ations?)\b"
)
#: "civil society groups and government-funded programs assisted ...": a joint count.
_WITH_GOVERNMENT_RE = re.compile(
    r"\b(?:ngos?|civil\s+society(?:\s+[\w-]+)?)\s+and\s+(?:the\s+)?government\b"
)


def subject_of(text: str, verb_pos: int) -> str:
    """Who performs the verb at `verb_pos`: GOVERNMENT, NGO, INTERNATIONAL, HOTLINE, OBSERVER,
    PART (one part of the government) or SUBNATIONAL (a lower level). A clause that names no
    actor is the government's, the narratives' default subject."""
    start, opener = _clause_bounds(text, verb_pos)
    raw = text[start:verb_pos]
    if "ngo" in raw or "governmental" in raw:  # (what the regex needs: a substring test)
        raw = _APPOSITIVE_RE.sub(r"\g<ngo> ", raw)
    span = _ASIDE_RE.sub(" ", raw) if "with" in raw or "government" in raw else raw
    if opener in ("which", "who") and not span.strip():
        # "NGO-run shelters, which assisted 44 victims": the relative clause's antecedent.
        return _antecedent(text[max(0, start - 60) : start - len(opener)])
    if _NGO_RELATIVE_RE.search(text, max(0, verb_pos - 60), verb_pos):
        return NGO  # "relied on an NGO that assisted 11 victims"
    if HOTLINE_RE.search(span):
        return HOTLINE
    if _ONE_NGO_RE.search(span):
        return ONE_NGO
    reported = _REPORTED_NGOS_RE.search(raw)
    if reported is not None and not _GOVERNMENT_RE.search(
        _FUNDED_BY_RE.sub(" ", reported.group("tail"))
    ):
        return NGO
    run_by = _RUN_BY_NGOS_RE.search(span) if " by " in span else None
    if run_by is not None:
        # "KCIK, run by two government-funded NGOs, assisted ...": a body the NGOs run
        return NGO if run_by.group("ngos").endswith("s") else ONE_NGO
    if _PART_RE.search(span):
        return PART
    if _SUBNATIONAL_RE.search(span):
        return SUBNATIONAL
    ngo = _NGO_RE.search(span)
    # ("state-funded NGOs": who funds the NGOs is not who acts)
    named = [m for m in _GOVERNMENT_RE.finditer(_NGO_RE.sub(" ", _FUNDED_BY_RE.sub(" ", span)))]
    if named and not (
        ngo
        and ngo.start() < named[0].start()
        and all(m.group() in _GOVERNMENT_ADJECTIVE for m in named)
    ):
        return GOVERNMENT
    if ngo:
        # "international organizations and NGOs reported assisting ...": the NGOs' and IOs'
        # collective count; "civil society and the government ...": a joint count, no one's
        return INTERNATIONAL if _WITH_GOVERNMENT_RE.search(raw) else NGO
    if _INTERNATIONAL_RE.search(span):
        return INTERNATIONAL
    if _OBSERVER_RE.search(span):
        return OBSERVER
    return GOVERNMENT


def _antecedent(before: str) -> str:
    """The actor a relative pronoun refers to: the last phrase of `before`, if an NGO,
    international organisation or hotline; otherwise the government."""
    phrase = before.rstrip(" ,").rsplit(",", 1)[-1]
    words = " ".join(phrase.split()[-4:])
    if HOTLINE_RE.search(words):
        return HOTLINE
    if _NGO_RE.search(words):
        return NGO
    if _INTERNATIONAL_RE.search(words):
        return INTERNATIONAL
    return GOVERNMENT


#: A sentence that reports what others counted: "An NGO reported that the government
#: convicted ...", "According to media reports, ...", "..., according to an international
#: organization." Its figures share that source (METRICS.md), comparisons included.
_OTHERS = (
    r"(?:ngos?|ngo\s+\w+|non-?governmental\s+organi[sz]ations?|civil\s+society(?:\s+\w+)?|"
    r"international\s+organi[sz]ations?|iom|unicef|unhcr|unodc|ilo|the\s+un|united\s+nations|"
    r"media(?:\s+\w+)?|press|journalists|observers|stakeholders|activists|researchers|"
    r"(?:an?\s+|one\s+)?(?:local\s+|international\s+)?(?:organi[sz]ation|ngo|observer))"
)
#: Matched at the sentence's start: "An NGO reported that ...".
_OTHERS_REPORTED_RE = re.compile(
    r"\s*(?:(?:in|during)\s+[^,]{1,40},\s*)?(?:however,\s*|additionally,\s*|also,\s*)?"
    r"(?:an?\s+|one\s+|several\s+|some\s+|the\s+|two\s+|three\s+|local\s+|other\s+)*"
    r"(?:[\w-]+\s+){0,2}?" + _OTHERS + r"\s+(?:also\s+|separately\s+)?"
    r"(?:reported|stated|alleged|claimed|noted|estimated|indicated|documented|said)\b"
)
#: Anywhere: "according to government websites and media reports" (the media share the
#: figure). "\baccording" is written "according(?<!\waccording)" so that the regex engine
#: can search for the literal.
_ACCORDING_TO_OTHERS_RE = re.compile(
    r"according(?<!\waccording)\s+to\s+(?:an?\s+|the\s+|one\s+|some\s+|several\s+)?"
    r"(?:[\w-]+\s+){0,4}?" + _OTHERS + r"\b"
)


def is_sourced(text: str) -> bool:
    """Whether a sentence reports what others counted: it opens on their report, or says
    "according to" them."""
    return (
        _OTHERS_REPORTED_RE.match(text) is not None
        or _ACCORDING_TO_OTHERS_RE.search(text) is not None
    )
