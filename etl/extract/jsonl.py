"""The JSONL serialisation of an Extraction, one dict per document and per fact, in the form
the scorer (shared/eval/score.py) reads."""

from __future__ import annotations

from typing import Any

from etl.model import Extraction


def _num(x: float | None) -> float | int | None:
    """A number as int where it is whole."""
    if x is None:
        return None
    return int(x) if float(x) == int(x) else x


def extraction_records(ex: Extraction) -> list[dict[str, Any]]:
    """The document line, then one line per count, funding and direction fact."""
    doc = ex.document
    meta = doc.metadata
    text = doc.text
    sentences = {s.index: s.text for s in doc.sentences}
    out: list[dict[str, Any]] = [
        {
            "document": doc.path,
            "kind": "document",
            "country_iso3": meta.country_iso3,
            "report_year": meta.report_year,
            "tier": meta.tier,
            # What the reader could not tell or found contradicted. With "report year not
            # found", only figures that carry their own year were extracted.
            "warnings": list(doc.warnings),
        }
    ]
    for c in ex.counts:
        out.append(
            {
                "document": doc.path,
                "metric": c.metric,
                "year": c.year,
                "value": _num(c.value),
                "unit": c.unit,
                "qualifier": c.qualifier,
                "rule": c.rule,
                "start": c.start,
                "end": c.end,
                "sentence": sentences.get(c.sentence_index, text[c.start : c.end]),
            }
        )
    for f in ex.funding:
        out.append(
            {
                "document": doc.path,
                "metric": "funding",
                "year": f.year,
                "purpose": f.purpose,
                "currency": f.currency,
                "amount_local": _num(f.amount_local),
                "amount_usd": _num(f.amount_usd),
                "qualifier": f.qualifier,
                "rule": f.rule,
                "start": f.start,
                "end": f.end,
                "sentence": sentences.get(f.sentence_index, text[f.start : f.end]),
            }
        )
    for d in ex.directions:
        out.append(
            {
                "document": doc.path,
                "metric": d.metric,
                "year": d.year,
                "direction": d.direction,
                "rule": d.rule,
                "start": d.start,
                "end": d.end,
                "sentence": sentences.get(d.sentence_index, text[d.start : d.end]),
            }
        )
    return out
