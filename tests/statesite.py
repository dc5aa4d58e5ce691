"""Pages in the structure of the State Department's report site, built at test time.

`country_page` wraps a narrative's text (its first line the "COUNTRY: Tier N" heading,
section headings on their own lines) in the site's furniture: head with styles, scripts and
JSON-LD, header with logo, search form and menu, breadcrumbs, the report's name above the
country's heading, share links, related articles about other countries and years, footer
and trailing scripts. `index_page` is a year's report page listing the country pages by
absolute links to https://www.state.gov/, as the site does, among links that are not
country pages. `corpus_narratives` reads the real narratives in ../shared/corpus/tip-2018
(none of their text is committed).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import escape
from pathlib import Path

from etl.lexicon.countries import country_by_code

SITE = "https://www.state.gov"
CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "tip-2018"
_SECTION_HEADINGS = frozenset(
    {
        "PRIORITIZED RECOMMENDATIONS:",
        "PROSECUTION",
        "PROTECTION",
        "PREVENTION",
        "TRAFFICKING PROFILE",
    }
)


@dataclass(frozen=True)
class Narrative:
    """One narrative of the corpus: its file, text and what index.json says of it."""

    path: Path
    slug: str
    text: str
    iso3: str
    tier: str
    report_year: int

    @property
    def name(self) -> str:
        """The country's display name, as the site's page title gives it."""
        country = country_by_code(self.iso3)
        assert country is not None, self.iso3
        return country.name


def corpus_narratives() -> list[Narrative]:
    """The narratives of ../shared/corpus/tip-2018, in index order."""
    entries = json.loads((CORPUS / "index.json").read_text(encoding="utf-8"))
    return [
        Narrative(
            path=CORPUS / e["file"],
            slug=Path(e["file"]).stem,
            text=(CORPUS / e["file"]).read_text(encoding="utf-8"),
            iso3=e["iso3"],
            tier=e["tier"],
            report_year=e["report_year"],
        )
        for e in entries
    ]


def year_slug(year: int) -> str:
    """The path segment of a year's report ("2019-trafficking-in-persons-report-2")."""
    return f"{year}-trafficking-in-persons-report" + ("-2" if year == 2019 else "")


def page_url(year: int, slug: str) -> str:
    return f"{SITE}/reports/{year_slug(year)}/{slug}/"


_HEAD = """<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - United States Department of State</title>
<meta property="og:title" content="{title} - United States Department of State">
<meta property="og:site_name" content="United States Department of State">
<link rel="canonical" href="{canonical}">
<link rel="stylesheet" href="{site}/wp-content/themes/statev2/dist/main.css">
<style>.site-header__menu{{display:flex}} .report__content p{{margin:0 0 1em}}</style>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"WebPage",
"name":"{title}","isPartOf":{{"@type":"WebSite","name":"United States Department of State"}},
"description":"Tier 3 Watch List remained on Tier 1 in 2021"}}</script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}
gtag('js', new Date()); var tier = "Tier 3"; var trafficking = 1234;</script>
</head>"""

_HEADER = """<a class="skip-to-content" href="#content">Skip to content</a>
<div class="banner-official">An official website of the United States Government
<button>Here's how you know</button></div>
<header class="site-header" role="banner">
<a class="site-header__logo" href="{site}/"><img src="{site}/logo.svg"
 alt="U.S. Department of State"></a>
<form role="search" method="get" class="search-form" action="{site}/">
<label for="s">Search</label><input type="search" id="s" name="s" placeholder="Search">
<button type="submit">Submit</button></form>
<nav class="site-header__menu" aria-label="Main menu"><ul>
<li><a href="{site}/travel-and-business/">Travel and Business</a></li>
<li><a href="{site}/countries-and-areas/">Countries and Areas</a></li>
<li><a href="{site}/bureaus-and-offices/">Bureaus and Offices</a></li>
<li><a href="{site}/policy-issues/">Policy Issues</a></li>
<li><a href="{site}/about/">About</a></li>
<li><a href="{site}/reports/2024-trafficking-in-persons-report/">2024 Trafficking in Persons
Report</a></li></ul></nav>
</header>"""

_FOOTER = """<footer class="site-footer" role="contentinfo">
<div class="site-footer__about"><p>The Department of State leads America's foreign policy
through diplomacy, advocacy, and assistance.</p></div>
<nav aria-label="Footer menu"><ul>
<li><a href="{site}/privacy-policy/">Privacy Policy</a></li>
<li><a href="{site}/accessibility-statement/">Accessibility Statement</a></li>
<li><a href="{site}/copyright-information/">Copyright Information</a></li>
<li><a href="{site}/foia/">FOIA</a></li>
<li><a href="https://www.usa.gov/">USA.gov</a></li></ul></nav>
</footer>
<script src="{site}/wp-content/themes/statev2/dist/main.js"></script>
<script>document.querySelectorAll('.share a').forEach(a => a.rel = 'noopener');</script>"""

_RELATED = """<aside class="related-content" aria-label="Related Articles">
<h2 class="related-content__title">Related Articles</h2>
<div class="related-content__item"><p class="related-content__kicker">Report</p>
<a href="{site}/reports/2020-trafficking-in-persons-report/turkmenistan/">2020 Trafficking in
Persons Report: Turkmenistan</a><p>Turkmenistan remained on Tier 3; the government
identified 45 victims.</p></div>
<div class="related-content__item"><p class="related-content__kicker">Report</p>
<a href="{site}/reports/2022-country-reports-on-terrorism/">Country Reports on Terrorism
2022</a><p>The Government of Mexico convicted 12 traffickers.</p></div>
</aside>"""

_SHARE = """<div class="report__share share" aria-label="Share this page">
<span class="share__label">Share</span>
<a class="share__link" href="https://www.facebook.com/sharer/sharer.php?u={canonical}">Facebook</a>
<a class="share__link" href="https://twitter.com/intent/tweet?url={canonical}">Twitter</a>
<a class="share__link" href="mailto:?subject={title}&amp;body={canonical}">Email</a>
<button class="share__print" onclick="window.print()">Print</button></div>"""


def country_page(narrative: Narrative, year: int | None = None) -> str:
    """The narrative as the site's country page of `year` (default: the narrative's year)."""
    year = year or narrative.report_year
    canonical = page_url(year, narrative.slug)
    fill = {"site": SITE, "title": escape(narrative.name), "canonical": canonical}
    report_name = f"{year} Trafficking in Persons Report"
    return "\n".join(
        [
            '<!DOCTYPE html>\n<html lang="en-US">',
            _HEAD.format(**fill),
            '<body class="report-template-default single single-report">',
            _HEADER.format(**fill),
            '<main id="content" class="site-main">',
            '<article class="report type-report">',
            '<div class="report__header">',
            '<nav class="breadcrumbs" aria-label="Breadcrumb">'
            f'<a href="{SITE}/">Home</a> <span>&rsaquo;</span> '
            f'<a href="{SITE}/reports/">Reports</a> <span>&rsaquo;</span> '
            f'<a href="{SITE}/reports/{year_slug(year)}/">{report_name}</a> '
            f"<span>&rsaquo;</span> <span>{escape(narrative.name)}</span></nav>",
            f'<p class="report__parent"><a href="{SITE}/reports/{year_slug(year)}/">'
            f"{report_name}</a></p>",
            f'<h1 class="featured-content__headline stars-above">{escape(narrative.name)}</h1>',
            '<p class="article-meta__author-bureau">'
            "Office to Monitor and Combat Trafficking in Persons</p>",
            "</div>",
            _SHARE.format(**fill),
            '<div class="report__content entry-content">',
            narrative_markup(narrative.text),
            "</div>",
            "</article>",
            _RELATED.format(**fill),
            "</main>",
            _FOOTER.format(**fill),
            "</body>\n</html>\n",
        ]
    )


def narrative_markup(text: str) -> str:
    """The narrative's blocks as the site marks them up: the tier line a heading, section
    headings as headings, every other block a paragraph, its source lines wrapped."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
    out: list[str] = []
    for i, block in enumerate(blocks):
        if i == 0:
            out.append(f'<h2 class="report__tier">{escape(block)}</h2>')
        elif block in _SECTION_HEADINGS:
            out.append(f"<h3><strong>{escape(block)}</strong></h3>")
        else:
            out.append(f"<p>{_wrapped(escape(block))}</p>")
    return "\n".join(out)


def _wrapped(text: str, width: int = 100) -> str:
    """Source-code line wrapping, as a CMS's editor leaves it: whitespace to the browser."""
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)


def index_page(year: int, narratives: list[Narrative]) -> str:
    """The year's report page: report sections, a country menu and the country list."""
    fill = {"site": SITE, "title": f"{year} Trafficking in Persons Report", "canonical": ""}
    base = f"{SITE}/reports/{year_slug(year)}"
    sections = "".join(
        f'<li><a href="{base}/{slug}/">{label}</a></li>'
        for slug, label in (
            ("introduction", "Introduction"),
            ("tier-placements", "Tier Placements"),
            ("topics-of-special-interest", "Topics of Special Interest"),
        )
    )
    options = "".join(
        f'<option value="{base}/{n.slug}/">{escape(n.name)}</option>' for n in narratives
    )
    countries = "".join(
        f'<li><a href="{base}/{n.slug}/">{escape(n.name)}</a></li>' for n in narratives
    )
    return "\n".join(
        [
            '<!DOCTYPE html>\n<html lang="en-US">',
            _HEAD.format(**fill),
            "<body>",
            _HEADER.format(**fill),
            '<main id="content"><article class="report">',
            f'<h1 class="featured-content__headline">{year} Trafficking in Persons Report</h1>',
            '<div class="report__content entry-content">',
            f"<ul>{sections}</ul>",
            f'<p><a href="{SITE}/wp-content/uploads/{year}/06/{year}-TIP-Report.pdf">'
            "Full report (PDF)</a></p>",
            '<label for="cn">Country Narratives</label>'
            f'<select id="cn"><option value="">Select a country</option>{options}</select>',
            f'<h2>Country Narratives</h2><ul class="country-list">{countries}</ul>',
            f'<p>Last year\'s report: <a href="{SITE}/reports/{year_slug(year - 1)}/">'
            f'{year - 1}</a>, <a href="{SITE}/reports/{year_slug(year - 1)}/albania/">'
            "Albania</a></p>",
            "</div></article>",
            _RELATED.format(**fill),
            "</main>",
            _FOOTER.format(**fill),
            "</body>\n</html>\n",
        ]
    )
