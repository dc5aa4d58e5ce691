"""What a report is about: country, report year and tier, from its text and its path.

Text rules, strongest first:

* Header lines -- the first few short lines before the first paragraph -- name the
  country and tier ("KAZAKHSTAN (TIER 2)", "Trafficking in Persons Report - Kazakhstan")
  and the year ("2006 Trafficking in Persons Report", "2023 TIP Report"). A heading
  "RECOMMENDATIONS FOR KAZAKHSTAN" anywhere counts as a header too.
* The country: "The Government of X" and "X remained on Tier 2" (source `text`), else the
  country named most often by name or demonym (source `inferred`).
* Where no header or statement names the country: an institution only one country has
  ("NAPTIP") adds to the mentions, and if nothing else names a country, sums of money in a
  currency only one country uses ("5 million naira") do (`clues`).
* The tier: "remained on Tier 2", "placed on Tier 2 Watch List", "downgraded to Tier 3",
  "remains a Special Case".
* The report year, when no header gives it, is inferred from the text's dated clues
  (`etl.read.report_year`), or left unknown with the reason when they are weak or
  disagree.

Path rules: an alpha-3 prefix (`nga-2023-prosecution.txt`), a file or folder name that is
exactly a country's name or slug (`2019/georgia.txt`, `Kazakhstan_2021.html`,
`korea-democratic-people-s-republic-of.txt`) and a four-digit year in the file name or its
two parent folders. The path fills what the text does not state and wins over what it only
infers; where the path and a statement of the text disagree, neither is taken and a
warning says so. Arguments win over both.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from pathlib import PurePath

from etl.lexicon.clues import currency_country, institution_votes
from etl.lexicon.countries import (
    Country,
    count_mentions,
    country_by_code,
    country_by_name,
    country_by_slug,
    normalize_name,
)
from etl.model import TIERS, Metadata
from etl.read.report_year import infer_report_year
from etl.read.scan import literal_positions, matches_at_line_starts, matches_near

_HEADER_LINES = 5
_HEADER_MAX_LEN = 200
_MIN_YEAR, _MAX_YEAR = 2000, 2099

_MARKUP = re.compile(r"[#*_\[\]]+")
_TIER = r"Tier\s*(?:1|2|3)(?:\s*Watch\s*-?\s*List)?|Special\s+Case"
# "KAZAKHSTAN (TIER 2)", "MOLDOVA: Tier 2", "Georgia – Tier 1"
_HEADER_TIER = re.compile(
    rf"^(?P<name>[^():–—]+?)\s*(?:\(|[:–—-]\s*)(?P<tier>{_TIER})\b\)?", re.IGNORECASE
)
_HEADER_REPORT_OF = re.compile(
    r"(?:Trafficking\s+in\s+Persons|TIP)\s+Report\s*[-\u2013\u2014:]\s*(?P<name>[^()\n]+?)\s*$",
    re.IGNORECASE,
)
_RECOMMENDATIONS_FOR = re.compile(
    r"^[#*_\s]*Recommendations\s+for\s+(?P<name>[^:\n*_]+?)[\s:*_]*$",
    re.IGNORECASE | re.MULTILINE,
)
_HEADER_YEAR = re.compile(
    r"\b(?P<year>(?:19|20)\d\d)\s+(?:Trafficking\s+in\s+Persons|TIP)\s+Report\b"
    r"|\b(?:Trafficking\s+in\s+Persons|TIP)\s+Report[\s,:-]+(?:June\s+)?(?P<year2>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# "(?<!\wGovernment)" is a "\b" before "Government", placed after it so that the regex
# engine can search for the literal prefix.
_GOVERNMENT_OF = re.compile(
    r"Government(?<!\wGovernment) of (?:the )?"
    r"(?P<name>[A-Z][\w'\u2019.-]*(?:\s+(?:and|of|the|[A-Z][\w'\u2019.-]*)){0,5})"
)
# "remained on Tier 2", "placed on the Tier 2 Watch List", "Somalia remains a Special Case".
# One flat alternation, each alternative starting with its verb, so that the regex engine
# can skip ahead to the verbs' first letters.
_PLACING_VERBS = ("remained", "remains", "placed", "downgraded", "upgraded", "moved")
_SPECIAL_VERBS = ("is", "was", "remains", "remained")
_TIER_STATEMENT = re.compile(
    "(?:"
    + "|".join(
        [rf"{verb}\s+(?:on|to)\s+(?:the\s+)?" for verb in _PLACING_VERBS]
        + [rf"{verb}\s+a\s+(?=Special)" for verb in _SPECIAL_VERBS]
    )
    + rf")(?P<tier>{_TIER})\b"
)
#: Where a tier statement can start (a verb), and the words its tier opens with: a
#: statement is looked for only in the few words before "Tier" or "Special".
_TIER_STATEMENT_START = re.compile(
    "(?=" + "|".join(sorted({*_PLACING_VERBS, *_SPECIAL_VERBS})) + ")"
)
_TIER_WORDS = ("Tier", "Special")
_TIER_STATEMENT_REACH, _TIER_STATEMENT_WORDS = 40, 3  # "downgraded to the "
_SUBJECT_BEFORE = re.compile(
    r"(?P<subject>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})\s+(?:(?:was|is)\s+)?$"
)
_NEGATION = re.compile(r"\bnot\s+(?:being\s+)?$")


def detect_metadata(text: str, path: str | None = None) -> Metadata:
    """Country, report year and tier of a report from its text and its path."""
    return combine_metadata(
        Metadata(), path_metadata(path) if path else Metadata(), text_metadata(text)
    )


_STATED = frozenset({"header", "text"})
_FLAGS = {"country": "--country", "report_year": "--report-year"}


def combine_metadata(flags: Metadata, from_path: Metadata, from_text: Metadata) -> Metadata:
    """The caller's flags, then the path, then the text, field by field; where the path
    and what the text states (a header, "The Government of X") disagree, neither is
    taken and a warning says so, unless a flag settles the field."""
    warnings: list[str] = []
    path_layer, text_layer = from_path, from_text
    for key in ("country", "report_year"):
        in_path, in_text = _field(from_path, key), _field(from_text, key)
        if (
            in_path is not None
            and in_text is not None
            and in_path != in_text
            and from_text.sources.get(key) in _STATED
            and _field(flags, key) is None
        ):
            label = key.replace("_", " ")
            warnings.append(
                f"{label} not found: the path says {in_path} but the text says {in_text};"
                f" name it with {_FLAGS[key]}"
            )
            path_layer, text_layer = _without(path_layer, key), _without(text_layer, key)
    merged = merge_metadata(flags, path_layer, text_layer)
    if merged.report_year is None and not any(w.startswith("report year") for w in warnings):
        warnings += [w for w in from_text.warnings if w.startswith("report year")]
    return replace(merged, warnings=tuple(warnings))


def _field(meta: Metadata, key: str) -> str | int | None:
    return meta.country_iso3 if key == "country" else meta.report_year


def _without(meta: Metadata, key: str) -> Metadata:
    """`meta` without its country or report year."""
    sources = {k: v for k, v in meta.sources.items() if k != key}
    if key == "country":
        return replace(meta, country_iso3=None, country_name=None, sources=sources)
    return replace(meta, report_year=None, sources=sources)


def merge_metadata(*layers: Metadata) -> Metadata:
    """Combine layers field by field, the first layer that knows a field winning."""
    country = next((m for m in layers if m.country_iso3), Metadata())
    year = next((m for m in layers if m.report_year is not None), Metadata())
    tier = next((m for m in layers if m.tier), Metadata())
    sources = {
        key: layer.sources[key]
        for key, layer in (("country", country), ("report_year", year), ("tier", tier))
        if key in layer.sources
    }
    return Metadata(
        country_iso3=country.country_iso3,
        country_name=country.country_name,
        report_year=year.report_year,
        tier=tier.tier,
        sources=sources,
    )


def make_metadata(
    country: tuple[Country, str] | None = None,
    report_year: tuple[int, str] | None = None,
    tier: tuple[str, str] | None = None,
) -> Metadata:
    """A Metadata from (value, source) pairs."""
    sources = {
        key: found[1]
        for key, found in (("country", country), ("report_year", report_year), ("tier", tier))
        if found
    }
    return Metadata(
        country_iso3=country[0].iso3 if country else None,
        country_name=country[0].name if country else None,
        report_year=report_year[0] if report_year else None,
        tier=tier[0] if tier else None,
        sources=sources,
    )


def path_metadata(path: str) -> Metadata:
    """Country and year named by a file's name or its two parent folders.

    A name gives a country only when it is one whole: an alpha-3 code leading a file name
    (`nga-2023-prosecution.txt`) or making a folder name (`nga/`), or a country's name or
    slug once the years are set aside (`Kazakhstan_2021.html`, `2019/georgia.txt`,
    `korea-democratic-people-s-republic-of.txt`); a name that only contains one
    (`korea-democratic-people-s-republic-of` is not "Korea") gives none."""
    p = PurePath(path)
    country: Country | None = None
    year: int | None = None
    for i, part in enumerate((p.stem, p.parent.name, p.parent.parent.name)):
        tokens = normalize_name(part).split()
        years = [int(t) for t in tokens if len(t) == 4 and t.isdigit()]
        if year is None and years and _MIN_YEAR <= years[0] <= _MAX_YEAR:
            year = years[0]
        if country is None:
            country = _country_from_words([t for t in tokens if not t.isdigit()], whole=i > 0)
    return make_metadata((country, "path") if country else None, (year, "path") if year else None)


def _country_from_words(words: list[str], *, whole: bool) -> Country | None:
    """A country from file-name words: an alpha-3 code first (or the whole folder), or the
    words all together as a country's name."""
    if words and len(words[0]) == 3 and (not whole or len(words) == 1):
        found = country_by_code(words[0])
        if found:
            return found
    return country_by_slug(" ".join(words)) if words else None


def text_metadata(text: str) -> Metadata:
    """Country, report year and tier stated in or inferred from the text."""
    header = _header_lines(text)
    year, why_not = _report_year(text, header)
    statements = _tier_statements(text)
    meta = make_metadata(_country(text, header, statements), year, _tier(text, header, statements))
    return replace(meta, warnings=(f"report year not found: {why_not}",)) if why_not else meta


def _header_lines(text: str) -> list[str]:
    """The short lines before the first paragraph, without markdown markup."""
    lines: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if len(line) > _HEADER_MAX_LEN or len(lines) >= _HEADER_LINES:
            break
        lines.append(_MARKUP.sub(" ", line).strip())
    return lines


def _tier_statements(text: str) -> list[re.Match[str]]:
    """The matches of _TIER_STATEMENT in `text`, the same as its finditer."""
    anchors = literal_positions(text, *_TIER_WORDS)
    return list(
        matches_near(
            _TIER_STATEMENT,
            _TIER_STATEMENT_START,
            text,
            anchors,
            _TIER_STATEMENT_REACH,
            _TIER_STATEMENT_WORDS,
        )
    )


def _country(
    text: str, header: list[str], statements: list[re.Match[str]]
) -> tuple[Country, str] | None:
    """The subject country: headers weigh most, then "Government of X", then mentions."""
    scores: Counter[str] = Counter()
    sources: dict[str, str] = {}
    rank = {"header": 3, "text": 2, "inferred": 1}

    def vote(country: Country | None, weight: int, source: str) -> None:
        if country is None:
            return
        scores[country.iso3] += weight
        if rank[source] > rank.get(sources.get(country.iso3, ""), 0):
            sources[country.iso3] = source

    for line in header:
        for pattern in (_HEADER_TIER, _HEADER_REPORT_OF):
            if m := pattern.search(line):
                vote(_name_prefix(m.group("name")), 100, "header")
        vote(country_by_name(line), 100, "header")
    for m in matches_at_line_starts(_RECOMMENDATIONS_FOR, text):
        vote(country_by_name(m.group("name")), 100, "header")
    for m in _GOVERNMENT_OF.finditer(text):
        vote(_name_prefix(m.group("name")), 10, "text")
    for m in statements:
        if subject := _SUBJECT_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            vote(_name_prefix(subject.group("subject")), 10, "text")
    for code, n in count_mentions(text).items():
        vote(country_by_code(code), n, "inferred")
    if not any(source in ("header", "text") for source in sources.values()):
        for code, n in institution_votes(text).items():
            vote(country_by_code(code), 3 * n, "inferred")
        if currency_code := currency_country(text):
            # A currency only the subject country uses outweighs a single mention of a
            # victims' country of origin ("from Venezuela").
            vote(country_by_code(currency_code), 2, "inferred")
    if not scores:
        return None
    best = max(scores, key=lambda code: (scores[code], code))
    country = country_by_code(best)
    return (country, sources[best]) if country else None


def _name_prefix(words: str) -> Country | None:
    """The country named by the longest leading run of `words` ("Kazakhstan does" -> KAZ)."""
    parts = words.split()
    for size in range(len(parts), 0, -1):
        found = country_by_name(" ".join(parts[:size]))
        if found:
            return found
    return None


def _report_year(text: str, header: list[str]) -> tuple[tuple[int, str] | None, str | None]:
    """The report year from a header, else inferred from the text's dated clues; with the
    reason when it cannot be told."""
    for line in header:
        if m := _HEADER_YEAR.search(line):
            return (int(m.group("year") or m.group("year2")), "header"), None
    reading = infer_report_year(text)
    if reading.report_year is None:
        return None, reading.reason
    return (reading.report_year, "inferred"), None


def _tier(text: str, header: list[str], statements: list[re.Match[str]]) -> tuple[str, str] | None:
    """The tier from a header "(Tier 2)", else from "remained on Tier 2" and the like."""
    for line in header:
        if m := _HEADER_TIER.search(line):
            return _canonical_tier(m.group("tier")), "header"
    for m in statements:
        if not _NEGATION.search(text, max(0, m.start() - 20), m.start()):
            return _canonical_tier(m.group("tier")), "text"
    return None


def _canonical_tier(raw: str) -> str:
    """ "TIER 2 WATCH LIST" -> "Tier 2 Watch List", one of etl.model.TIERS."""
    flat = re.sub(r"[\s-]+", "", raw).lower()
    by_flat = {t.replace(" ", "").lower(): t for t in TIERS}
    return by_flat[flat]
