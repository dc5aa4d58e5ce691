"""split_sentences: exact offsets, abbreviations, headings and page breaks."""

from etl.read import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_offsets_index_the_original_text_exactly() -> None:
    text = "  First one here.   Second one (12 in 2015).\n\nThird “quoted.” Fourth!\n"
    sentences = split_sentences(text)
    assert [s.index for s in sentences] == [0, 1, 2, 3]
    for s in sentences:
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
    assert texts(text) == [
        "First one here.",
        "Second one (12 in 2015).",
        "Third “quoted.”",
        "Fourth!",
    ]


def test_abbreviations_do_not_end_sentences() -> None:
    text = (
        "Workers went to the U.S. and the U.A.E. for jobs, e.g. in hotels, i.e. Hotels abroad. "
        "Mr. Brown cited Art. 128 and No. 5 of the code in Jan. 2016. "
        "It spent approx. 40 thousand dollars."
    )
    assert texts(text) == [
        "Workers went to the U.S. and the U.A.E. for jobs, e.g. in hotels, i.e. Hotels abroad.",
        "Mr. Brown cited Art. 128 and No. 5 of the code in Jan. 2016.",
        "It spent approx. 40 thousand dollars.",
    ]


def test_dotted_abbreviation_before_a_sentence_opener_ends_the_sentence() -> None:
    assert texts("Some were sent to the U.S. The rest stayed home.") == [
        "Some were sent to the U.S.",
        "The rest stayed home.",
    ]


def test_decimals_and_initials_do_not_split() -> None:
    text = "The budget was 25.97 million tenge. A report by J. K. Smith followed."
    assert texts(text) == [
        "The budget was 25.97 million tenge.",
        "A report by J. K. Smith followed.",
    ]


def test_sentence_may_start_with_a_number() -> None:
    assert texts("Officials found victims. 82 of them were women.") == [
        "Officials found victims.",
        "82 of them were women.",
    ]


def test_headings_without_punctuation_are_their_own_sentences() -> None:
    text = (
        "## **NARNIA (TIER 2)**\nThe state did things.\n\nPrioritized Recommendations\n\nDo more."
    )
    assert texts(text) == [
        "## **NARNIA (TIER 2)**",
        "The state did things.",
        "Prioritized Recommendations",
        "Do more.",
    ]


def test_page_break_mid_sentence_does_not_split() -> None:
    text = "Citizens from the region, in particular young men and\n\nwomen, work on farms. Next."
    assert texts(text) == [
        "Citizens from the region, in particular young men and\n\nwomen, work on farms.",
        "Next.",
    ]


def test_line_ending_in_a_function_word_runs_on() -> None:
    assert texts("Victims came from the\nRepublic of Korea and elsewhere.") == [
        "Victims came from the\nRepublic of Korea and elsewhere."
    ]


def test_lowercase_after_a_full_stop_does_not_split() -> None:
    assert texts("They used the so-called approx. method. and more words.") == [
        "They used the so-called approx. method. and more words."
    ]


def test_non_breaking_spaces_separate_sentences() -> None:
    assert texts("One thing happened.\u00a0 Another followed.") == [
        "One thing happened.",
        "Another followed.",
    ]


def test_empty_and_blank_text_have_no_sentences() -> None:
    assert split_sentences("") == ()
    assert split_sentences(" \n\n\t ") == ()


def test_currency_abbreviation_before_an_amount_does_not_split() -> None:
    text = "The ministry allocated Rs. 50 million ($450,000) to shelters. It also trained judges."
    assert [s.text for s in split_sentences(text)] == [
        "The ministry allocated Rs. 50 million ($450,000) to shelters.",
        "It also trained judges.",
    ]


def test_dollars_on_the_next_line_run_on_from_their_amount() -> None:
    text = (
        "The ministry allocated 25 million tenge\n($81,000) for victim assistance.\n"
        "Funding\n(Summary)\nIt spent 4 million tenge\n(approximately $12,000) on outreach."
    )
    assert texts(text) == [
        "The ministry allocated 25 million tenge\n($81,000) for victim assistance.",
        "Funding",
        "(Summary)",
        "It spent 4 million tenge\n(approximately $12,000) on outreach.",
    ]


def test_a_figure_opening_the_next_line_runs_on_but_a_page_number_does_not() -> None:
    text = (
        "Courts tried 40 suspects, convicted\n31, and acquitted the rest.\n"
        "Police identified\n12 victims in the north\n"
        "218\nPROTECTION\n2017 saw more shelters."
    )
    assert texts(text) == [
        "Courts tried 40 suspects, convicted\n31, and acquitted the rest.",
        "Police identified\n12 victims in the north",
        "218",
        "PROTECTION",
        "2017 saw more shelters.",
    ]


def test_a_full_stop_glued_to_the_next_sentence_ends_the_sentence() -> None:
    text = (
        "Police opened a unit in the Northeast.The agency received 4 million naira. "
        "Workers went to the U.S.Later; see www.example.org, St.Louis and Jan.The end."
    )
    assert texts(text) == [
        "Police opened a unit in the Northeast.",
        "The agency received 4 million naira.",
        "Workers went to the U.S.Later; see www.example.org, St.Louis and Jan.The end.",
    ]
    offsets = split_sentences(text)
    assert [text[s.start : s.end] for s in offsets] == texts(text)


def test_a_full_stop_glued_after_a_year_or_a_number_ends_the_sentence() -> None:
    text = (
        "The ministry spent 2 million lei in 2014, twice the sum spent in 2013.The government "
        "identified 1,500.The decree No.2006.Later and version 2.5.The rest stayed whole."
    )
    assert texts(text) == [
        "The ministry spent 2 million lei in 2014, twice the sum spent in 2013.",
        "The government identified 1,500.",
        "The decree No.2006.Later and version 2.5.The rest stayed whole.",
    ]
