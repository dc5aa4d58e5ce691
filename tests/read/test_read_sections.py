"""assign_sections: headings first, paragraph openings where there are none."""

from etl.read import assign_sections, split_sentences


def sections(text: str) -> list[tuple[str | None, str]]:
    return [(s.section, s.text) for s in assign_sections(text, split_sentences(text))]


HEADED = """## **NARNIA (TIER 2)**

The Government of Narnia does not fully meet the minimum standards. It tries.

### **RECOMMENDATIONS FOR NARNIA**

Train more judges.

### **PROSECUTION**

Police opened cases.

## PROTECTION

Shelters opened.

## PREVENTION

Campaigns ran.

#### TRAFFICKING PROFILE

Traffickers exploit victims.
"""


def test_sections_follow_markdown_headings() -> None:
    got = dict((text, section) for section, text in sections(HEADED))
    assert got["## **NARNIA (TIER 2)**"] == "summary"
    assert got["It tries."] == "summary"
    assert got["Train more judges."] == "recommendations"
    assert got["### **PROSECUTION**"] == "prosecution"
    assert got["Police opened cases."] == "prosecution"
    assert got["Shelters opened."] == "protection"
    assert got["Campaigns ran."] == "prevention"
    assert got["Traffickers exploit victims."] == "profile"


def test_plain_text_headings_on_their_own_line() -> None:
    text = (
        "Prosecution\nCases rose.\n\n"
        "Protection\nShelters grew.\n\n"
        "Trafficking Profile\nVictims came."
    )
    expected = ["prosecution"] * 2 + ["protection"] * 2 + ["profile"] * 2
    assert [s for s, _ in sections(text)] == expected


def test_without_headings_paragraph_openings_name_the_section() -> None:
    text = (
        "Narnia is a source, transit, and destination country for forced labor. More detail.\n\n"
        "The Government of Narnia does not fully meet the minimum standards. It tries.\n\n"
        "The government maintained law enforcement efforts. Courts convicted two.\n\n"
        "Officials also trained judges.\n\n"
        "The government decreased efforts to protect victims. Shelters closed.\n\n"
        "The government increased prevention efforts. A campaign ran.\n\n"
        "This is not a UNHCR publication. Views are the author's."
    )
    got = [s for s, _ in sections(text)]
    assert got == [
        "profile", "profile",
        "summary", "summary",
        "prosecution", "prosecution",
        "prosecution",
        "protection", "protection",
        "prevention", "prevention",
        None, None,
    ]  # fmt: skip


def test_text_before_any_cue_has_no_section() -> None:
    assert sections("Something unrelated happened.") == [(None, "Something unrelated happened.")]
