"""The reader's fast regex scans give exactly the matches of finditer over the whole text."""

from __future__ import annotations

import re
from pathlib import Path

from etl.read import metadata, report_year
from etl.read.genre import _NARRATIVE_HEADER
from etl.read.scan import literal_positions, matches_at_line_starts, matches_near

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# Written for these tests: statements and mentions split by long runs of whitespace (where
# the scans must look further back than their window), at the very start of the text, and
# next to near misses.
AWKWARD = [
    "Kazakhstan remained on" + " " * 80 + "\n\n the \t\t" + " " * 50 + "Tier 2 Watch List.",
    "In\n\n" + " " * 70 + "\n early \n\n" + " " * 60 + "2017, the police did. in 2016 x",
    "Somalia remains a Special Case. It was a   \n  Special Case in 2014, this is a Special.",
    "during March 3, 2015 and throughout 2016-2017, in 2018 but in 20190 or in1999.",
    "It rose; up from 3.5 in 2016 (versus  \n 2 vs. 1 in 2015). Compared with 40 in"
    + " " * 120
    + "2014, fewer (12 cases; two of them in 2013) and (the same as in 2012). vs. 9 in 2011",
    "KAZAKHSTAN\n\n(TIER 2)\nMOLDOVA: Tier 2 Watch List\n"
    "  GEORGIA: Tier 1 and a tail of more than twenty letters\n",
]


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.rglob("*.txt"))] + AWKWARD


def test_tier_statements_are_those_of_finditer() -> None:
    found = 0
    for text in _texts():
        expected = _spans(metadata._TIER_STATEMENT.finditer(text))
        assert _spans(metadata._tier_statements(text)) == expected
        found += len(expected)
    assert found > 10


def test_year_mentions_are_those_of_finditer() -> None:
    found = 0
    for text in _texts():
        expected = _spans(report_year._MENTION.finditer(text))
        assert _spans(report_year._mentions(text, report_year._year_positions(text))) == expected
        found += len(expected)
    assert found > 100


def _year_mentions(text: str) -> list[re.Match[str]]:
    return list(report_year._mentions(text, report_year._year_positions(text)))


def _comparisons_scanning_the_whole_text(text: str) -> list[tuple[int, int]]:
    """Comparisons as found before they were looked for near years only: at every place
    _COMPARISON_START finds in the whole text."""
    spans, pos = [], 0
    while start := report_year._COMPARISON_START.search(text, pos):
        if m := report_year._COMPARISON.match(text, start.start()):
            spans.append(m.span())
            pos = m.end()
        else:
            pos = start.start() + 1
    return spans


def test_comparisons_are_those_of_a_scan_of_the_whole_text() -> None:
    found = 0
    for text in _texts():
        expected = _comparisons_scanning_the_whole_text(text)
        assert _spans(report_year._comparisons(text, report_year._year_positions(text))) == (
            expected
        )
        found += len(expected)
    assert found > 50
    comparisons = report_year._comparisons(AWKWARD[4], report_year._year_positions(AWKWARD[4]))
    assert [" ".join(m.group(0).split()) for m in comparisons] == [
        "up from 3.5 in 2016",
        "(versus 2 vs. 1 in 2015)",
        "Compared with 40 in 2014",
        "(12 cases; two of them in 2013)",
        "same as in 2012",
        "vs. 9 in 2011",
    ]


def test_the_awkward_texts_have_their_matches_found() -> None:
    assert _spans(metadata._tier_statements(AWKWARD[0])) == [(11, len(AWKWARD[0]) - 1)]
    assert [m.group("year") for m in _year_mentions(AWKWARD[1])] == ["2017", "2016"]
    assert [m.group("year") for m in _year_mentions(AWKWARD[3])] == [
        "2015",
        "2018",
    ]


def test_line_start_matches_are_those_of_finditer() -> None:
    found = 0
    for text in _texts():
        for pattern in (_NARRATIVE_HEADER, metadata._RECOMMENDATIONS_FOR):
            expected = _spans(pattern.finditer(text))
            assert _spans(matches_at_line_starts(pattern, text)) == expected
            found += len(expected)
    names = [m.group("name") for m in matches_at_line_starts(_NARRATIVE_HEADER, AWKWARD[-1])]
    assert names == ["KAZAKHSTAN", "MOLDOVA"]
    assert found > 3


def test_a_window_of_whitespace_looks_back_to_the_last_one() -> None:
    pattern, starts = re.compile(r"ab\s+cd"), re.compile("(?=ab)")
    text = "ab cd ab" + " " * 30 + "cd x ab cd"
    anchors = literal_positions(text, "cd")
    assert anchors == [3, 38, 46]
    near = _spans(matches_near(pattern, starts, text, anchors, reach=10, words=1))
    assert near == _spans(pattern.finditer(text)) == [(0, 5), (6, 40), (43, 48)]


def test_sentences_made_once_are_those_split_then_sectioned() -> None:
    from etl.read import assign_sections, split_sentences
    from etl.read.sections import sectioned_sentences

    texts = [*_texts(), "PROSECUTION\n\nWhy? Police acted!  It ended.\nPREVENTION\n\nNo. 5 did."]
    sections = set()
    for text in texts:
        made_once = sectioned_sentences(text)
        assert made_once == assign_sections(text, split_sentences(text))
        sections |= {s.section for s in made_once}
    assert {"prosecution", "prevention", "protection", "summary"} <= sections


_SENTENCE_END_CANDIDATE = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(\s+)")


def _spans_candidate_by_candidate(text: str) -> list[tuple[int, int]]:
    """Sentence spans as split before the sentence ends were found by one regex: every
    candidate (marks, closers, whitespace) in a unit told by _is_boundary."""
    from etl.read import sentences

    spans = []
    for start, end in sentences._units(text):
        sent_start = start
        for m in _SENTENCE_END_CANDIDATE.finditer(text, start, end):
            ws_start, next_pos = m.start(1), m.end(1)
            if next_pos < end and sentences._is_boundary(
                text, sent_start, m.start(), ws_start, next_pos
            ):
                spans.append((sent_start, ws_start))
                sent_start = next_pos
        spans.append((sent_start, end))
    return spans


# Written for this test: abbreviations and initials where the one regex must ask
# _is_boundary, marks in runs, starts beyond ASCII and tokens too long to be abbreviations.
SENTENCE_ENDS = [
    "Mr. Smith met Dr. Jones. St. Lucia and U.S. The end. e.g. This. J. Doe left. No. 5 and "
    "no. 6, NO. 7. Art. 12. Vol. II. pp. 3-4 et al. Later. approx. 40 est. Then.",
    "Why? Police acted!  It ended?! (Yes.) \u201cQuoted.\u201d [Next] said \u00c9mile. "
    "\u00c9mile came. 12%. 2017. Then \u2013 x.. Y. a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u. V.",
    ". Starts on a dot. Extraordinarily. ( Mr. ) (Mr.) Mr.) U.A.E. Officials.",
    "Sept. 2016 and Messrs. Abe. Ksh. 500 and \u212aSH. 9. long-token-of-many-characters. Z. "
    "\u201cSt. Kitts.\u201d *Note. x",
]


def test_sentence_ends_are_those_of_the_candidates_told_one_by_one() -> None:
    from etl.read import sentences

    found = 0
    for text in [*_texts(), *SENTENCE_ENDS]:
        expected = _spans_candidate_by_candidate(text)
        assert sentences.sentence_spans(text) == expected
        found += len(expected)
    assert found > 1000
