"""An earlier year's form breakdown in a parenthesis after the year's own: "18 were
subjected to sex trafficking, seven to forced labor, ... (26 were subjected to sex
trafficking, nine to forced labor, and one to servitude in 2016)", "15 of sex trafficking,
seven of forced labor (six of sex trafficking, 12 of forced labor ... in 2016)". The
parenthesis lists the same forms for the year that closes it; each listed form of the
catalogue is that year's form count (forced begging and items spanning forms are none), and
no item is the total."""

from __future__ import annotations

import re

from etl.extract import grammar as g
from etl.extract.numbers import Figure, qualifier_before
from etl.extract.records import Count
from etl.extract.years import years_between

_PAREN_RE = re.compile(r"\((?P<inner>[^()]*)\)")
#: Between the year's last form count and the parenthesis: the rest of its list, no clause
#: break.
_LIST_GAP_RE = re.compile(r"[^;:()]*")
_FORM_METRICS = frozenset({"sex", "labor"})


def paren_form_counts(
    text: str,
    original: str,
    country: str | None,
    figures: list[Figure],
    counts: list[Count],
    reporting_year: int | None,
) -> list[Count]:
    """`counts` of one sentence with the form counts of each earlier year's parenthesis
    that repeats a form breakdown (`text` is the sentence's normalised text, `original` its
    text as printed, `figures` its figures). Forms the sentence already counts for that
    year are kept as they were."""
    added: list[Count] = []
    for paren in _PAREN_RE.finditer(text):
        opener = _breakdown_opener(text, counts, paren.start())
        if opener is None:
            continue
        inside = [f for f in figures if not f.is_year and paren.start() < f.start < paren.end()]
        if len(inside) < 2:
            continue
        phrases = [g.noun_phrase(text, original, f.end, country) for f in inside]
        if phrases[0].form is None:
            continue  # not a list of forms: "(12 men and 18 women in 2016)"
        years = years_between(text, phrases[-1].end, paren.end(), reporting_year)
        if years is None or len(years) != 1:
            continue
        year = years[0]
        if year == opener.year:
            continue  # a part of the year's own breakdown, not an earlier year's
        base = opener.metric.rsplit("_", 1)[0]
        by_form: dict[str, list[Figure]] = {}
        for f, np in zip(inside, phrases, strict=True):
            if np.form in _FORM_METRICS and not np.restricted:
                by_form.setdefault(np.form, []).append(f)
        # an item of the list is a form's count, never the total ("and one victim to
        # servitude in 2016" is not 2016's victims)
        items = {f.start for f in inside}
        counts = [c for c in counts if not (c.metric == base and c.start in items)]
        stated = {(c.metric, c.year) for c in counts}
        for form, found in by_form.items():
            metric = f"{base}_{form}"
            if len(found) != 1 or (metric, year) in stated:
                continue  # two figures of one form: neither is sure
            f = found[0]
            added.append(
                Count(
                    metric=metric,
                    year=year,
                    value=int(f.value),
                    start=f.start,
                    end=f.end,
                    rule="count.paren_forms",
                    qualifier=qualifier_before(text, f.start)[0],
                )
            )
    return counts + added


def _breakdown_opener(text: str, counts: list[Count], paren_start: int) -> Count | None:
    """The last form count of the list right before `paren_start`, if a form count of this
    sentence is in that list."""
    before = [
        c for c in counts if c.end <= paren_start and c.metric.rsplit("_", 1)[-1] in _FORM_METRICS
    ]
    if not before:
        return None
    last = max(before, key=lambda c: c.end)
    if not _LIST_GAP_RE.fullmatch(text, last.end, paren_start):
        return None
    return last
