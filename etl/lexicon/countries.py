"""Country names, codes and demonyms as the TIP reports write them.

pycountry gives the ISO 3166 names and codes; `_VARIANTS` adds the names the reports
use that pycountry lacks ("Burma", "Kyrgyz Republic", "Kosovo") -- its first name is the
display name -- and `_DEMONYMS` the adjectives ("Kazakhstani victims", "Moldovan
citizens") that count as mentions of a country in running text.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache

import pycountry


@dataclass(frozen=True)
class Country:
    """An ISO 3166 alpha-3 code and an English display name."""

    iso3: str
    name: str


# ISO3: names (first = display name). Kosovo has no ISO code; XKX is the usual stand-in.
_VARIANTS = """
MMR: Burma, Myanmar
KGZ: Kyrgyz Republic, Kyrgyzstan
CIV: Cote d'Ivoire, Côte d'Ivoire, Ivory Coast
KOR: South Korea, Republic of Korea, Korea, ROK, Korea South
PRK: North Korea, DPRK, Democratic People's Republic of Korea, Korea North
MAC: Macau, Macao
CUW: Curacao, Curaçao
RUS: Russia, Russian Federation
IRN: Iran
SYR: Syria
LAO: Laos, Lao PDR
VNM: Vietnam, Viet Nam
BOL: Bolivia
VEN: Venezuela
TZA: Tanzania
MDA: Moldova
TWN: Taiwan
BRN: Brunei, Brunei Darussalam
CPV: Cabo Verde, Cape Verde
CZE: Czechia, Czech Republic
GMB: The Gambia, Gambia
BHS: The Bahamas, Bahamas
SWZ: Eswatini, Swaziland
TLS: Timor-Leste, East Timor
TUR: Turkey, Türkiye, Turkiye
XKX: Kosovo
SXM: Sint Maarten, Saint Maarten, St. Maarten
HKG: Hong Kong
COD: Democratic Republic of the Congo, Democratic Republic of Congo, DRC, DR Congo, Congo (Kinshasa)
COG: Republic of the Congo, Republic of Congo, Congo (Brazzaville), Congo
FSM: Micronesia, Federated States of Micronesia
LCA: Saint Lucia, St. Lucia
VCT: Saint Vincent and the Grenadines, St. Vincent and the Grenadines, St. Vincent
KNA: Saint Kitts and Nevis, St. Kitts and Nevis
USA: United States, United States of America, U.S., USA
GBR: United Kingdom, UK, U.K., Britain, Great Britain
ARE: United Arab Emirates, UAE, U.A.E.
MKD: North Macedonia, Macedonia
BIH: Bosnia and Herzegovina, Bosnia-Herzegovina, Bosnia
NLD: Netherlands, The Netherlands, Holland
PHL: Philippines, The Philippines
STP: Sao Tome and Principe, São Tomé and Príncipe
VAT: Holy See, Vatican
PSE: Palestine
CHN: China, PRC, People's Republic of China
SCG: Serbia and Montenegro
"""

_DEMONYMS = """
AFG: Afghan; ALB: Albanian; DZA: Algerian; AGO: Angolan; ARG: Argentine, Argentinian;
ARM: Armenian; AUS: Australian; AUT: Austrian; AZE: Azerbaijani, Azeri; BHR: Bahraini;
BHS: Bahamian; BRB: Barbadian;
BGD: Bangladeshi; BLR: Belarusian; BEL: Belgian; BLZ: Belizean; BEN: Beninese;
BTN: Bhutanese; BOL: Bolivian; BIH: Bosnian; BWA: Motswana, Batswana; BRA: Brazilian;
BRN: Bruneian; BGR: Bulgarian; BFA: Burkinabe; MMR: Burmese; BDI: Burundian;
KHM: Cambodian; CMR: Cameroonian; CAN: Canadian; CPV: Cabo Verdean; TCD: Chadian;
CHL: Chilean; CHN: Chinese; COL: Colombian; CRI: Costa Rican;
HRV: Croatian; CUB: Cuban; CYP: Cypriot; CZE: Czech; DNK: Danish; DJI: Djiboutian;
DOM: Dominican; ECU: Ecuadorian, Ecuadoran; EGY: Egyptian; SLV: Salvadoran;
GNQ: Equatorial Guinean; ERI: Eritrean; EST: Estonian; ETH: Ethiopian; FJI: Fijian;
FIN: Finnish; FRA: French; GAB: Gabonese; GMB: Gambian; GEO: Georgian; DEU: German;
GHA: Ghanaian; GRC: Greek; GTM: Guatemalan; GIN: Guinean; GUY: Guyanese; HTI: Haitian;
HND: Honduran; HUN: Hungarian; ISL: Icelandic; IND: Indian; IDN: Indonesian;
IRN: Iranian; IRQ: Iraqi; IRL: Irish; ISR: Israeli; ITA: Italian; JAM: Jamaican;
JPN: Japanese; JOR: Jordanian; KAZ: Kazakhstani, Kazakhstanian, Kazakh; KEN: Kenyan;
XKX: Kosovar, Kosovan; KWT: Kuwaiti; KGZ: Kyrgyz, Kyrgyzstani; LAO: Laotian, Lao;
LVA: Latvian; LBN: Lebanese; LSO: Basotho; LBR: Liberian; LBY: Libyan;
LTU: Lithuanian; MDG: Malagasy; MWI: Malawian; MYS: Malaysian; MDV: Maldivian;
MLI: Malian; MLT: Maltese; MRT: Mauritanian; MUS: Mauritian; MEX: Mexican;
MDA: Moldovan; MNG: Mongolian; MNE: Montenegrin; MAR: Moroccan; MOZ: Mozambican;
NAM: Namibian; NPL: Nepali, Nepalese; NLD: Dutch; NIC: Nicaraguan; NER: Nigerien;
NGA: Nigerian; MKD: Macedonian; PRK: North Korean; NOR: Norwegian; OMN: Omani;
PAK: Pakistani; PAN: Panamanian; PNG: Papua New Guinean; PRY: Paraguayan;
PER: Peruvian; PHL: Filipino, Filipina, Philippine; POL: Polish; PRT: Portuguese; QAT: Qatari;
ROU: Romanian; RUS: Russian; RWA: Rwandan; SAU: Saudi; SEN: Senegalese; SRB: Serbian;
SLE: Sierra Leonean; SGP: Singaporean; SVK: Slovak; SVN: Slovenian, Slovene;
SOM: Somali; ZAF: South African; KOR: South Korean, Korean; SSD: South Sudanese;
ESP: Spanish; LKA: Sri Lankan; SDN: Sudanese; SUR: Surinamese; SWE: Swedish;
CHE: Swiss; SYR: Syrian; TWN: Taiwanese; TJK: Tajik, Tajikistani; TZA: Tanzanian;
THA: Thai; TLS: Timorese; TGO: Togolese; TTO: Trinidadian; TUN: Tunisian;
TUR: Turkish; TKM: Turkmen, Turkmenistani; UGA: Ugandan; UKR: Ukrainian;
ARE: Emirati; GBR: British; USA: American; URY: Uruguayan; UZB: Uzbek, Uzbekistani;
VEN: Venezuelan; VNM: Vietnamese; YEM: Yemeni; ZMB: Zambian; ZWE: Zimbabwean;
CIV: Ivoirian, Ivorian; SWZ: Swazi, Emaswati; MHL: Marshallese; PLW: Palauan;
FSM: Micronesian; SLB: Solomon Islander; TON: Tongan; WSM: Samoan; VUT: Ni-Vanuatu;
GNB: Bissau-Guinean; COM: Comorian, Comoran; SYC: Seychellois; GRD: Grenadian;
LCA: Saint Lucian; VCT: Vincentian; ATG: Antiguan; KNA: Kittitian; MAC: Macanese;
CAF: Central African; NZL: New Zealander; LUX: Luxembourgish; STP: Santomean;
KIR: I-Kiribati; TUV: Tuvaluan; NRU: Nauruan; HKG: Hong Konger
"""

#: Demonyms two countries share: each mention goes to the one the text otherwise names
#: more ("Congolese" in a text about the DRC is the DRC's), to neither on a tie.
_SHARED_DEMONYMS: dict[str, tuple[str, ...]] = {"Congolese": ("COD", "COG")}

_APOSTROPHES = re.compile(r"['\u2019.]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def normalize_name(name: str) -> str:
    """Lower-case, accent- and punctuation-free form of a name, without a leading "the"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    flat = _NON_ALNUM.sub(" ", _APOSTROPHES.sub("", ascii_name.lower())).strip()
    return flat.removeprefix("the ")


def _parse_table(table: str, sep: str) -> dict[str, list[str]]:
    """Parse "ISO3: a, b" entries separated by `sep` into {ISO3: [a, b]}."""
    out: dict[str, list[str]] = {}
    for entry in table.strip().split(sep):
        if entry.strip():
            code, names = entry.split(":", 1)
            out[code.strip()] = [n.strip() for n in names.split(",") if n.strip()]
    return out


@cache
def _tables() -> tuple[dict[str, Country], dict[str, str], dict[str, str]]:
    """(countries by ISO3, ISO3 by normalized name, ISO3 by surface form for text search)."""
    variants = _parse_table(_VARIANTS, "\n")
    by_code: dict[str, Country] = {}
    by_name: dict[str, str] = {}
    surface: dict[str, str] = {}
    for c in pycountry.countries:
        fields = ("common_name", "name", "official_name")
        own: list[str] = [n for n in (getattr(c, f, None) for f in fields) if n]
        display = variants.get(c.alpha_3, own)[0]
        by_code[c.alpha_3] = Country(c.alpha_3, display)
        for n in own:
            by_name.setdefault(normalize_name(n), c.alpha_3)
            if "," not in n:
                surface.setdefault(n, c.alpha_3)
    for code, variant_names in variants.items():
        by_code.setdefault(code, Country(code, variant_names[0]))
        for n in variant_names:
            by_name[normalize_name(n)] = code
            surface[n] = code
    for code, demonyms in _parse_table(_DEMONYMS, ";").items():
        for n in demonyms:
            surface[n] = code
    for n in _SHARED_DEMONYMS:
        surface[n] = n
    return by_code, by_name, surface


def country_by_code(iso3: str) -> Country | None:
    """The country with this ISO 3166 alpha-3 code (case-insensitive)."""
    return _tables()[0].get(iso3.upper())


def country_by_name(name: str) -> Country | None:
    """The country a name refers to ("Burma", "KAZAKHSTAN", "Côte d'Ivoire"), if any; an
    index form ("CONGO, DEMOCRATIC REPUBLIC OF THE") is read in its natural order."""
    names = _tables()[1]
    code = names.get(normalize_name(name))
    if code is None and name.count(",") == 1:
        head, tail = name.split(",")
        code = names.get(normalize_name(f"{tail} {head}"))
    return None if code is None else _tables()[0][code]


def country_by_slug(name: str) -> Country | None:
    """The country whose name is exactly `name` written as a file name ("kazakhstan",
    "korea-democratic-people-s-republic-of", "South_Korea"); nothing for a partial match."""
    code = _slugs().get(_slug(name))
    return None if code is None else _tables()[0][code]


def _slug(name: str) -> str:
    """A name without case, accents, punctuation, spaces or a leading "the"."""
    return normalize_name(name).replace(" ", "")


@cache
def _slugs() -> dict[str, str]:
    """ISO3 by the slug of every name, in natural and in index order ("korea republic of",
    "congo democratic republic of the")."""
    slugs: dict[str, str] = {}
    for flat, code in _tables()[1].items():
        slugs.setdefault(flat.replace(" ", ""), code)
    for flat, code in _tables()[1].items():
        words = flat.split()
        if "of" in words[:-1]:
            slugs.setdefault("".join([words[-1], *words[:-1]]), code)
    return slugs


def resolve_country(value: str) -> Country | None:
    """A country from a name, an alpha-2 or an alpha-3 code, as a user would type it."""
    value = value.strip()
    if len(value) == 3 and value.isalpha() and (found := country_by_code(value)):
        return found
    if len(value) == 2 and value.isalpha():
        c = pycountry.countries.get(alpha_2=value.upper())
        if c is not None:
            return country_by_code(c.alpha_3)
    return country_by_name(value)


def _trie_pattern(words: list[str], after_first: str = "") -> str:
    """A regex matching any of `words`, as a trie so that matching stays fast; `after_first`
    (with `{}` for the character) follows each word's first character."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict], first: bool = False) -> str:
        alts = [
            re.escape(ch) + (after_first.format(re.escape(ch)) if first else "") + build(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return ("(?:" + body + ")?") if len(alts) == 1 else body + "?"
        return body

    return build(trie, first=True)


@cache
def _mention_regexes() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """Country names and demonyms in running text, longest first, plural demonyms too: the
    regex of them all, the same of those opening on a capital letter, and the others
    ("the State of Eritrea").

    The look-behind "not after a letter, digit or dot" follows the first character rather
    than preceding the pattern, so that the engine can skip to possible first characters.
    A text holding none of the words of lower-case first letters is searched with the
    capitals' regex: the same matches, skipping every "t" of the text."""
    words = list(_tables()[2])
    capitals = [w for w in words if w[0].isupper()]
    others = tuple(w for w in words if not w[0].isupper())
    return _words_regex(words), _words_regex(capitals), others


def _words_regex(words: list[str]) -> re.Pattern[str]:
    trie = _trie_pattern(words, after_first=r"(?<![\w.]{})")
    return re.compile("(" + trie + r")(?:s|es)?(?![\w])")


def count_mentions(text: str) -> Counter[str]:
    """How often each country (ISO3) is named or referred to by demonym in `text`."""
    surface = _tables()[2]
    every, capitals, others = _mention_regexes()
    regex = every if any(w in text for w in others) else capitals
    found = Counter(map(surface.__getitem__, regex.findall(text)))
    for demonym, codes in _SHARED_DEMONYMS.items():
        n = found.pop(demonym, 0)
        ranked = sorted(codes, key=lambda code: found[code], reverse=True)
        if n and found[ranked[0]] > found[ranked[1]]:
            found[ranked[0]] += n
    return found
