"""detect_metadata: country, report year and tier from text and path."""

import json
from pathlib import Path

import pytest

from etl.read import detect_metadata

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
GOLD = Path(__file__).resolve().parents[3] / "shared" / "eval" / "seeds_gold.json"

BODY = (
    "The government identified more victims. Officials trained police in 2016, and in 2016 "
    "they also opened a shelter. Victims were sent to Turkey, Russia, and the U.A.E."
)


@pytest.mark.parametrize(
    "header",
    [
        "## **MOLDOVA (TIER 2)**",
        "Moldova (Tier 2)",
        "Trafficking in Persons Report - Moldova",
        "### RECOMMENDATIONS FOR MOLDOVA",
    ],
)
def test_country_from_header_beats_more_frequent_destinations(header: str) -> None:
    text = f"{header}\n\n{BODY} Russia and Russian brokers and Russian buyers."
    meta = detect_metadata(text)
    assert (meta.country_iso3, meta.country_name) == ("MDA", "Moldova")
    assert meta.sources["country"] == "header"


def test_country_from_government_of() -> None:
    meta = detect_metadata(f"The Government of the Kyrgyz Republic made efforts. {BODY}")
    assert meta.country_iso3 == "KGZ"
    assert meta.sources["country"] == "text"


def test_country_inferred_from_most_frequent_demonym() -> None:
    text = "Nigerian women and Nigerian children were exploited in Italy. Nigerian men too."
    meta = detect_metadata(text)
    assert meta.country_iso3 == "NGA"
    assert meta.sources["country"] == "inferred"


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("BURMA", "MMR"),
        ("Côte d'Ivoire", "CIV"),
        ("Cote d’Ivoire", "CIV"),
        ("Republic of Korea", "KOR"),
        ("The Bahamas", "BHS"),
        ("Kosovo", "XKX"),
        ("Türkiye", "TUR"),
        ("St. Lucia", "LCA"),
        ("Curaçao", "CUW"),
    ],
)
def test_tip_report_name_variants(name: str, iso3: str) -> None:
    assert detect_metadata(f"{name} (Tier 1)\n\n{BODY}").country_iso3 == iso3


@pytest.mark.parametrize(
    ("header", "year"),
    [
        ("U.S. Department of State 2006 Trafficking in Persons Report - Narnia", 2006),
        ("NARNIA (Tier 2) Extracted in part from the U.S. State Dept 2023 TIP Report", 2023),
    ],
)
def test_report_year_from_header(header: str, year: int) -> None:
    meta = detect_metadata(f"{header}\n\n{BODY} Up from 3 in 2015.")
    assert meta.report_year == year
    assert meta.sources["report_year"] == "header"


def test_report_year_inferred_from_prior_year_comparisons() -> None:
    text = (
        "Police opened 40 cases, a decrease from 83 in 2018. NGOs helped 76 victims, compared "
        "to 122 in 2018; courts convicted 9 (19 in 2018). In February 2020, the government "
        "announced a plan scheduled to be implemented in 2021."
    )
    meta = detect_metadata(text)
    assert meta.report_year == 2020
    assert meta.reporting_year == 2019
    assert meta.sources["report_year"] == "inferred"


def test_report_year_inferred_from_most_mentioned_year_ignoring_forward_mentions() -> None:
    text = (
        "In 2016, officials opened shelters. During 2016 police trained staff. "
        "The plan for 2015-2017 continued. A law adopted in 2014 is scheduled to take effect in "
        "2018. In January 2017, the ministry issued a decree. In March 2017, it met NGOs."
    )
    assert detect_metadata(text).report_year == 2017


def test_report_year_unknown_when_text_gives_no_years() -> None:
    meta = detect_metadata("The government identified more victims.")
    assert meta.report_year is None
    assert "report_year" not in meta.sources


@pytest.mark.parametrize(
    ("sentence", "tier"),
    [
        ("therefore Narnia remained on Tier 2.", "Tier 2"),
        ("therefore Narnia was placed on Tier 2 Watch List.", "Tier 2 Watch List"),
        ("therefore Narnia is downgraded to Tier 3.", "Tier 3"),
        (
            "Narnia is not being downgraded to Tier 3 and remained on Tier 2 Watch List.",
            "Tier 2 Watch List",
        ),
    ],
)
def test_tier_from_text(sentence: str, tier: str) -> None:
    meta = detect_metadata(f"The government made efforts; {sentence}")
    assert meta.tier == tier
    assert meta.sources["tier"] == "text"


@pytest.mark.parametrize(
    ("header", "tier"),
    [("LIBYA (SPECIAL CASE)", "Special Case"), ("Narnia (TIER 2 WATCH LIST)", "Tier 2 Watch List")],
)
def test_tier_from_header(header: str, tier: str) -> None:
    assert detect_metadata(f"{header}\n\n{BODY}").tier == tier


def test_tier_only_where_stated() -> None:
    assert detect_metadata(BODY).tier is None


@pytest.mark.parametrize(
    ("path", "iso3", "year"),
    [
        ("data/nga-2023-prosecution.txt", "NGA", 2023),
        ("reports/2019/georgia.txt", "GEO", 2019),
        ("in/Kazakhstan_2021.html", "KAZ", 2021),
        ("south_korea-2018.md", "KOR", 2018),
        ("seeds/000_d8c2724cfbdb2e13.txt", None, None),
    ],
)
def test_metadata_from_path(path: str, iso3: str | None, year: int | None) -> None:
    meta = detect_metadata("Nothing to see here.", path)
    assert (meta.country_iso3, meta.report_year) == (iso3, year)


def test_path_and_text_that_disagree_give_no_country_and_say_so() -> None:
    text = "MOLDOVA (TIER 2)\n\n2017 TIP Report\n\nThe state acted."
    meta = detect_metadata(text, "in/nga/report.txt")
    assert (meta.country_iso3, meta.report_year, meta.tier) == (None, 2017, "Tier 2")
    assert meta.sources == {"report_year": "header", "tier": "header"}
    assert meta.warnings == (
        "country not found: the path says NGA but the text says MDA; name it with --country",
    )


def test_path_fills_what_the_text_only_infers() -> None:
    text = "Police met Moldovan officials. The state acted in 2016 and again in 2016."
    meta = detect_metadata(text, "in/nga/report.txt")
    assert (meta.country_iso3, meta.sources["country"]) == ("NGA", "path")
    assert meta.report_year == 2017 and meta.warnings == ()


def _gold() -> list[dict]:
    return json.loads(GOLD.read_text()) if GOLD.exists() else []


@pytest.mark.skipif(not SEEDS.exists() or not GOLD.exists(), reason="shared seeds not present")
@pytest.mark.parametrize("gold", _gold(), ids=lambda g: g["id"][:3])
def test_metadata_right_on_seed_reports(gold: dict) -> None:
    path = SEEDS / f"{gold['id']}.txt"
    meta = detect_metadata(path.read_text(encoding="utf-8"), str(path))
    assert (meta.country_iso3, meta.report_year, meta.tier) == (
        gold["iso3"],
        gold["report_year"],
        gold["tier"],
    )


def test_header_with_a_colon_or_dash_before_the_tier_gives_country_and_tier() -> None:
    for header, iso3, tier in (
        ("MOLDOVA: Tier 2", "MDA", "Tier 2"),
        ("Georgia – Tier 1", "GEO", "Tier 1"),
        ("Guinea-Bissau (Tier 3)", "GNB", "Tier 3"),
    ):
        meta = detect_metadata(f"{header}\n\nThe government made efforts.\n")
        assert (meta.country_iso3, meta.tier) == (iso3, tier)


def test_country_from_a_currency_only_one_country_uses() -> None:
    text = "The government allocated 5 million naira ($13,700) to shelters in 2019."
    meta = detect_metadata(text)
    assert (meta.country_iso3, meta.sources["country"]) == ("NGA", "inferred")


@pytest.mark.parametrize(
    "text",
    [
        "The government allocated 5 million rupees to shelters.",  # several countries
        "The government allocated 300,000 euros to shelters.",
        "The victims were paid 20,000 naira and 9,000 cedis.",  # two countries
    ],
)
def test_no_country_from_a_shared_currency_or_mixed_currencies(text: str) -> None:
    assert detect_metadata(text).country_iso3 is None


def test_country_from_an_institution_of_one_country_beats_a_destination_mention() -> None:
    text = "NAPTIP rescued victims returned from Italy. NAPTIP also trained officials."
    assert detect_metadata(text).country_iso3 == "NGA"


def test_special_case_stated_in_the_text() -> None:
    meta = detect_metadata("Somalia remains a Special Case for the 20th consecutive year.")
    assert (meta.country_iso3, meta.tier) == ("SOM", "Special Case")
    assert meta.sources["tier"] == "text"
