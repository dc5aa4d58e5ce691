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
    pytest.param(
        "A migrant helpline received 2,046 calls, including 142 trafficking-related calls.",
        {("hotline_calls", 2016, 142)},
        {("hotline_calls", 2016, 2046)},
        id="share-including-trafficking-related-calls",
    ),
    pytest.param(
        "Since its launch in 2012, the trafficking hotline has received more than 15,000 "
        "calls. Courts convicted 12 traffickers.",
        {("convictions", 2016, 12)},
        {("hotline_calls", 2016, 15000)},
        id="calls-since-an-earlier-launch",
    ),
    pytest.param(
        "The hotline has received 4,300 calls since it began operating in 2013; in 2016 it "
        "received 610 calls.",
        {("hotline_calls", 2016, 610)},
        {("hotline_calls", 2016, 4300)},
        id="calls-since-it-began-beside-the-year",
    ),
    pytest.param(
        "In 2016, the anti-trafficking hotline received 640 calls, and 2,700 since its "
        "establishment in 2010.",
        {("hotline_calls", 2016, 640)},
        {("hotline_calls", 2016, 2700)},
        id="year-calls-beside-calls-since-opening",
    ),
    pytest.param(
        "Since its launch in March 2016, the trafficking hotline received 300 calls.",
        {("hotline_calls", 2016, 300)},
        set(),
        id="calls-since-a-launch-in-the-year",
    ),
    pytest.param(
        "The child helpline received 25,000 calls, including 40 concerning child trafficking.",
        {("hotline_calls", 2016, 40)},
        {("hotline_calls", 2016, 25000)},
        id="share-including-calls-concerning-trafficking",
    ),
    pytest.param(
        "The labor ministry's hotline received 5,400 calls on labor rights; the government did "
        "not report how many were related to trafficking. Courts convicted 12 traffickers.",
        {("convictions", 2016, 12)},
        {("hotline_calls", 2016, 5400)},
        id="share-unknown-after-a-semicolon",
    ),
    pytest.param(
        "A helpline for child abuse and exploitation received 1,195 reports of child "
        "trafficking in 2016, the same number as in 2015.",
        {("hotline_calls", 2016, 1195), ("hotline_calls", 2015, 1195)},
        set(),
        id="reports-of-trafficking-a-line-received",
    ),
    pytest.param(
        "The labor hotline received 800 reports of unpaid wages. Courts convicted 12 traffickers.",
        {("convictions", 2016, 12)},
        {("hotline_calls", 2016, 800)},
        id="reports-not-tied-to-trafficking",
    ),
    pytest.param(
        "The trafficking hotline, operating since 2011, received 520 calls in 2016.",
        {("hotline_calls", 2016, 520)},
        set(),
        id="line-age-is-not-the-calls-span",
    ),
    pytest.param(
        "An NGO said the real number was higher, as shown by the 2,310 calls to the "
        "donor-funded city trafficking hotline.",
        {("hotline_calls", 2016, 2310)},
        set(),
        id="the-calls-to-a-named-trafficking-line",
    ),
    pytest.param(
        "There were 500 calls to the domestic violence hotline in 2016. Courts convicted 12 "
        "traffickers.",
        {("convictions", 2016, 12)},
        {("hotline_calls", 2016, 500)},
        id="calls-to-a-line-for-something-else",
    ),
    pytest.param(
        "Police ran a general hotline through a contractor that fielded over 15,000 complaints "
        "in 2016, 140 of which were trafficking-related.",
        {("hotline_calls", 2016, 140)},
        {("hotline_calls", 2016, 15000)},
        id="trafficking-share-of-a-line-s-complaints",
    ),
    pytest.param(
        "The consumer helpline received 9,000 complaints, 60 of which related to unpaid wages. "
        "Courts convicted 12 traffickers.",
        {("convictions", 2016, 12)},
        {("hotline_calls", 2016, 60), ("hotline_calls", 2016, 9000)},
        id="a-share-not-about-trafficking",
    ),
    pytest.param(
        "The government-run hotline for migrants received 4,000 calls, including 70 related "
        "to human trafficking.",
        {("hotline_calls", 2016, 70)},
        {("hotline_calls", 2016, 4000)},
        id="a-government-line-for-migrants-counts-its-share",
    ),
    pytest.param(
        "The helpline received 1,500 calls during the year, more than 200 of which concerned "
        "potential trafficking.",
        {("hotline_calls", 2016, 200)},
        {("hotline_calls", 2016, 1500)},
        id="a-share-after-the-calls-year",
    ),
    pytest.param(
        "The government's anti-trafficking hotline received 3,400 calls, of which 120 were "
        "referred to police.",
        {("hotline_calls", 2016, 3400)},
        {("hotline_calls", 2016, 120)},
        id="a-trafficking-line-keeps-all-its-calls",
    ),
    pytest.param(
        "A toll-free hotline operated by an NGO received 2,930 calls, of which 10 percent "
        "related to trafficking. Courts convicted 12 traffickers.",
        {("convictions", 2016, 12)},
        {("hotline_calls", 2016, 2930), ("hotline_calls", 2016, 10)},
        id="a-percentage-share-gives-no-count",
    ),
    pytest.param(
        "The government ran a hotline for children in abusive situations, including "
        "trafficking; in 2016, its operators received 1,200 calls related to trafficking. An "
        "NGO operated a separate hotline. The hotline received more than 700 calls. Courts "
        "convicted 12 traffickers.",
        {("convictions", 2016, 12)},
        {("hotline_calls", 2016, 1200), ("hotline_calls", 2016, 700)},
        id="two-separate-lines-and-no-total",
    ),
    pytest.param(
        "The anti-trafficking hotline received 1,350 calls in 2016. The hotline received more "
        "than 1,300 calls in 2016, which led to 13 investigations.",
        {("hotline_calls", 2016, 1350)},
        set(),
        id="one-line-named-twice-keeps-its-exact-figure",
    ),
    pytest.param(
        "The NGO-run national helpline received 27,435 calls, of which 4,500 were about "
        "trafficking.",
        {("hotline_calls", 2016, 4500)},
        {("hotline_calls", 2016, 27435)},
        id="a-share-about-trafficking",
    ),
    pytest.param(
        "The unit ran two trafficking-specific hotlines, one of which received 480 calls in "
        "2016, of which 20 were trafficking-related.",
        {("hotline_calls", 2016, 480)},
        {("hotline_calls", 2016, 20)},
        id="a-trafficking-specific-line-keeps-all-its-calls",
    ),
    pytest.param(
        "An NGO-run hotline received 1,100 calls in 2016, of which about 25 percent concerned "
        "trafficking. Courts convicted 12 traffickers.",
        {("convictions", 2016, 12)},
        {("hotline_calls", 2016, 1100), ("hotline_calls", 2016, 25)},
        id="a-percentage-share-after-the-calls-year",
    ),
    pytest.param(
        "The government-run trafficking hotline received approximately 140 calls per month. "
        "Courts convicted 12 traffickers.",
        {("convictions", 2016, 12)},
        {("hotline_calls", 2016, 140)},
        id="calls-per-month-are-no-year-count",
    ),
    pytest.param(
        "The trafficking hotline received 70 calls in 2016, resulting in 20 investigations. "
        "Police investigated 95 cases in 2016.",
        {("hotline_calls", 2016, 70), ("investigations", 2016, 95)},
        {("investigations", 2016, 20)},
        id="investigations-the-calls-led-to-are-no-count",
    ),
    pytest.param(
        "The national trafficking hotline received 2,000 calls in 2016, from which "
        "authorities identified 40 victims. In total, the government identified 310 victims "
        "in 2016.",
        {("hotline_calls", 2016, 2000), ("victims_identified", 2016, 310)},
        {("victims_identified", 2016, 40)},
        id="victims-the-calls-led-to-are-a-part",
    ),
    pytest.param(
        "Officials identified two victims as a direct result of the hotline. The government "
        "identified 51 victims in 2016.",
        {("victims_identified", 2016, 51)},
        {("victims_identified", 2016, 2)},
        id="victims-found-as-a-result-of-the-hotline-are-a-part",
    ),
    pytest.param(
        "The trafficking hotline received 520 calls in 2016. This compared to 410 calls "
        "received in 2015 and 380 calls in 2014.",
        {
            ("hotline_calls", 2016, 520),
            ("hotline_calls", 2015, 410),
            ("hotline_calls", 2014, 380),
        },
        set(),
        id="earlier-years-calls-in-the-next-sentence",
    ),
    pytest.param(
        "The labor ministry operated a hotline for migrant workers. The hotline received 3,200 "
        "calls in 2016. Courts convicted 12 traffickers.",
        {("convictions", 2016, 12)},
        {("hotline_calls", 2016, 3200)},
        id="a-general-line-described-the-sentence-before",
    ),
    pytest.param(
        "An NGO hotline received 1,850 calls in 2016; of these, 98 were trafficking-related.",
        {("hotline_calls", 2016, 98)},
        {("hotline_calls", 2016, 1850)},
        id="a-share-after-a-semicolon-of-these",
    ),
    pytest.param(
        "The migrant hotline received 2,300 calls, among which 44 concerned trafficking.",
        {("hotline_calls", 2016, 44)},
        {("hotline_calls", 2016, 2300)},
        id="a-share-among-which",
    ),
    pytest.param(
        "The government operated a hotline for migrants and potential trafficking victims. "
        "The hotline received 700 calls in 2016.",
        {("hotline_calls", 2016, 700)},
        set(),
        id="a-line-described-with-trafficking-the-sentence-before-keeps-its-calls",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_hotline_calls(text: str, present: set[tuple], absent: set[tuple]) -> None:
    found = counts(text)
    assert present <= found
    assert not absent & found
