"""What kind of text a file holds: which format its bytes are, whether its text reads as a
TIP country narrative, and where the narratives of several countries start."""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.lexicon.countries import Country, country_by_name
from etl.read.scan import matches_at_line_starts

PDF_MAGIC = b"%PDF-"
_SNIFF_BYTES = 2048
# "<!DOCTYPE html", "<html", or a <head>/<body> near the top: an HTML page, whatever the suffix.
_HTML_START = re.compile(rb"^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<html)", re.I)
_HTML_TAGS = re.compile(rb"<(?:head|body|script|div|p)[\s>]", re.I)

_TRAFFICKING = re.compile(r"\btraffick", re.IGNORECASE)
# Words only an anti-trafficking text has: "trafficking", "victims", "forced labor",
# "commercial sex", "prevention efforts", "national action plan", "minimum standards".
_TIP_VOCABULARY = re.compile(
    r"\btraffick|\bvictims?\b|\bforced\s+labou?r\b|\bcommercial\s+sex\b"
    r"|\b(?:protection|prevention|law\s+enforcement|prosecution)\s+efforts\b"
    r"|\baction\s+plan\b|\bminimum\s+standards\b",
    re.IGNORECASE,
)
# Who acts in a narrative: "the government", "authorities", "officials", "police", "Ministry",
# "the Commission on ...", "the anti-trafficking unit".
_GOVERNMENT_ACTOR = re.compile(
    r"\b(?:government|authorities|officials|police|ministry|ministries|prosecutors?|courts?"
    r"|commission|council|agency|agencies|department|unit|task\s+force|inspectorate)\b",
    re.IGNORECASE,
)
# A narrative's own header line: "KAZAKHSTAN: TIER 2", "KAZAKHSTAN (Tier 2)",
# "LIBYA: SPECIAL CASE", "ANGOLA: TIER 2 WATCH LIST" (the name in capitals, alone on its line).
_NARRATIVE_HEADER = re.compile(
    r"^[ \t#*]*(?P<name>[A-Z][A-Z ,.'\u2019()-]*?[A-Z.)])\s*(?::\s*|\(\s*)"
    r"(?:TIER\s*[123]|SPECIAL\s+CASE)\b[^\n]{0,20}$",
    re.IGNORECASE | re.MULTILINE,
)


def sniff_format(data: bytes) -> str:
    """`pdf`, `html` or `text`, from the bytes and not the file name."""
    if data.lstrip()[:5] == PDF_MAGIC:
        return "pdf"
    head = data[:_SNIFF_BYTES]
    if _HTML_START.match(head) or len(_HTML_TAGS.findall(head)) >= 2:
        return "html"
    return "text"


def reads_as_narrative(text: str) -> bool:
    """Whether the text speaks as a TIP narrative does: anti-trafficking vocabulary and a
    government that acts. A news item that names a country ("40 investigations into tax
    fraud") does not. "Trafficking" alone suffices (a profile passage names no actor)."""
    if _TRAFFICKING.search(text):
        return True
    return bool(_TIP_VOCABULARY.search(text)) and bool(_GOVERNMENT_ACTOR.search(text))


@dataclass(frozen=True)
class NarrativeStart:
    """Where a country's narrative starts in a text holding several."""

    offset: int
    country: Country


def narrative_starts(text: str) -> list[NarrativeStart]:
    """The header lines of the narratives in `text` whose name is a known country, in order;
    the same country's header twice counts once."""
    starts: list[NarrativeStart] = []
    seen: set[str] = set()
    for m in matches_at_line_starts(_NARRATIVE_HEADER, text):
        country = country_by_name(m.group("name").strip(" ,.").rstrip("(").strip())
        if country is not None and country.iso3 not in seen:
            seen.add(country.iso3)
            starts.append(NarrativeStart(m.start(), country))
    return starts
