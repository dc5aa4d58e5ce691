"""Every way the TIP reports name a country resolves to one ISO code, and demonyms count
as mentions of their country."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.lexicon.countries import _mention_regexes, count_mentions, country_by_name

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

NAMES: dict[str, str] = {
    "Burma": "MMR",
    "Kyrgyz Republic": "KGZ",
    "Cote d'Ivoire": "CIV",
    "Côte d’Ivoire": "CIV",
    "Republic of Korea": "KOR",
    "DPRK": "PRK",
    "North Korea": "PRK",
    "Macau": "MAC",
    "Curacao": "CUW",
    "Curaçao": "CUW",
    "Sint Maarten": "SXM",
    "St. Maarten": "SXM",
    "Hong Kong": "HKG",
    "Taiwan": "TWN",
    "Kosovo": "XKX",
    "The Gambia": "GMB",
    "The Bahamas": "BHS",
    "Eswatini": "SWZ",
    "Swaziland": "SWZ",
    "Timor-Leste": "TLS",
    "Democratic Republic of the Congo": "COD",
    "Democratic Republic of Congo": "COD",
    "DRC": "COD",
    "Republic of the Congo": "COG",
    "Republic of Congo": "COG",
    "Micronesia": "FSM",
    "Federated States of Micronesia": "FSM",
    "Saint Vincent and the Grenadines": "VCT",
    "St. Vincent and the Grenadines": "VCT",
    "St. Lucia": "LCA",
    "St. Kitts and Nevis": "KNA",
    "Brunei": "BRN",
    "Laos": "LAO",
    "Vietnam": "VNM",
    "Türkiye": "TUR",
    "Turkey": "TUR",
    "Czech Republic": "CZE",
    "Cabo Verde": "CPV",
    "Cape Verde": "CPV",
    "Sao Tome and Principe": "STP",
    "São Tomé and Príncipe": "STP",
    "Guinea-Bissau": "GNB",
    "Papua New Guinea": "PNG",
    "Solomon Islands": "SLB",
    "Marshall Islands": "MHL",
    "Palau": "PLW",
    "Maldives": "MDV",
    "Bosnia and Herzegovina": "BIH",
    "North Macedonia": "MKD",
    "Macedonia": "MKD",
    "Serbia": "SRB",
    "Montenegro": "MNE",
    "Serbia and Montenegro": "SCG",
    "Syria": "SYR",
    "Iran": "IRN",
    "Libya": "LBY",
    "Yemen": "YEM",
    "Somalia": "SOM",
    "Afghanistan": "AFG",
    "Cuba": "CUB",
    "Venezuela": "VEN",
    "Russia": "RUS",
    "Moldova": "MDA",
    "Tanzania": "TZA",
    "Bolivia": "BOL",
    "United Arab Emirates": "ARE",
    "PRC": "CHN",
    "Slovak Republic": "SVK",
}


@pytest.mark.parametrize(("name", "iso3"), sorted(NAMES.items()))
def test_tip_country_name_resolves(name: str, iso3: str) -> None:
    found = country_by_name(name)
    assert found is not None and found.iso3 == iso3
    upper = country_by_name(name.upper())
    assert upper is not None and upper.iso3 == iso3


@pytest.mark.parametrize(
    ("phrase", "iso3"),
    [
        ("Burmese fishermen", "MMR"),
        ("Kyrgyz migrants", "KGZ"),
        ("Ivoirian children", "CIV"),
        ("Filipino workers", "PHL"),
        ("Philippine authorities", "PHL"),
        ("Bahamian officials", "BHS"),
        ("Marshallese women", "MHL"),
        ("Kosovar victims", "XKX"),
        ("Emirati employers", "ARE"),
        ("Nepali women", "NPL"),
        ("Nigerians abroad", "NGA"),
        ("Salvadoran boys", "SLV"),
    ],
)
def test_demonyms_count_as_mentions(phrase: str, iso3: str) -> None:
    assert count_mentions(phrase) == {iso3: 1}


def test_mentions_without_lower_case_names_are_those_of_the_whole_regex() -> None:
    """A text holding no name of lower-case first letter is searched by the capitals'
    regex alone: the same matches as the regex of every name, on the fixtures' texts."""
    every, capitals, others = _mention_regexes()
    assert "the State of Eritrea" in others
    found = 0
    for path in sorted(FIXTURES.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if not any(word in text for word in others):
            assert capitals.findall(text) == every.findall(text)
            found += len(every.findall(text))
    assert found > 100


def test_a_lower_case_name_is_counted_once() -> None:
    assert count_mentions("Officials of the State of Eritrea met Sudanese traffickers.") == {
        "ERI": 1,
        "SDN": 1,
    }
