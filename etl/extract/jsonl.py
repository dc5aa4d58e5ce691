"""The JSONL serialisation of an Extraction, one dict per document and per fact, in the form
the scorer (shared/eval/score.py) reads."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

from etl.model import Extraction

#: How a Decimal no float holds exactly stands in the JSON text until it is written out.
_DECIMAL_MARK_RE = re.compile(r'"\\u0000decimal:(-?[0-9.]+)\\u0000"')


def _num(x: int | Decimal | None) -> int | float | Decimal | None:
    """A number for JSON: an int where it is whole, else a float where that is the same
    number, else the Decimal itself (`dumps` prints it exactly)."""
    if x is None:
        return None
    if x == int(x):
        return int(x)
    as_float = float(x)
    return as_float if Decimal(repr(as_float)) == x else x


def dumps(record: dict[str, Any], sort_keys: bool = False) -> str:
    """One record as a JSON line, every number printed as a number, a Decimal exactly."""
    text = json.dumps(record, ensure_ascii=False, sort_keys=sort_keys, default=_mark_decimal)
    return _DECIMAL_MARK_RE.sub(lambda m: m.group(1), text)


def _mark_decimal(x: object) -> str:
    """A Decimal as a marked string, replaced by its digits in `dumps`."""
    if isinstance(x, Decimal):
        return f"\x00decimal:{x:f}\x00"
    raise TypeError(f"not JSON serialisable: {type(x).__name__}")


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
