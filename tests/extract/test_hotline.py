"""Hotline calls by the Hotlines convention of METRICS.md: a general line's trafficking share,
however the share is worded ("approximately 100 of which were trafficking-related"), is the
count; its total is not. Cases are data: text, facts that must be found, facts that must not."""

from __future__ import annotations

import pytest

from tests.extract.helpers import counts

CASES = [
    pytest.param(
        "The domestic violence hotline received approximately 7,500 calls, approximately 100 "
        "of which were trafficking-related and involved 22 victims.",
        {("hotline_calls", 2016, 100)},
        {("hotline_calls", 2016, 7500)},
        id="qualified-share-trafficking-related",
    ),
    pytest.param(
        "An NGO helpline received 2,400 calls, 35 of which were human trafficking-related.",
        {("hotline_calls", 2016, 35)},
        {("hotline_calls", 2016, 2400)},
        id="share-human-trafficking-related",
    ),
    pytest.param(
        "The child helpline received 900 calls, some 12 of which concerned trafficking.",
        {("hotline_calls", 2016, 12)},
        {("hotline_calls", 2016, 900)},
        id="share-with-some",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_hotline_calls(text: str, present: set[tuple], absent: set[tuple]) -> None:
    found = counts(text)
    assert present <= found
    assert not absent & found
