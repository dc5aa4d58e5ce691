"""Precision and recall of extracted records against gold labels, the way the project's
scorer counts them: a fact matches when metric, year and value (or, for money, purpose,
currency, local and dollar amounts) are equal; directions are scored with the facts."""

from __future__ import annotations

from collections import Counter
from pathlib import Path


def _num(x: object) -> object:
    """Numbers compared as the scorer does: whole floats as ints, others to 2 decimals."""
    if x is None:
        return None
    try:
        v = float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return x
    return int(v) if v == int(v) else round(v, 2)


def fact_key(f: dict) -> tuple:
    """The fields a record must share with a gold label to match it."""
    if f.get("metric") == "funding":
        currency = (f.get("currency") or "").upper()
        return (
            "funding",
            f.get("year"),
            currency,
            _num(f.get("amount_local")),
            _num(f.get("amount_usd")),
            f.get("purpose"),
        )
    if "direction" in f:
        return (f.get("metric"), f.get("year"), f.get("direction"))
    return (f.get("metric"), f.get("year"), _num(f.get("value")))


def score(gold_docs: list[dict], records: list[dict]) -> tuple[float, float, list[str]]:
    """Precision, recall and the misses ("MISS id key" / "EXTRA id key") over all documents."""
    ids = {d["id"] for d in gold_docs}
    predicted: dict[str, Counter] = {i: Counter() for i in ids}
    for r in records:
        doc_id = Path(str(r.get("document", ""))).stem
        if doc_id in ids and r.get("kind") != "document":
            predicted[doc_id][fact_key(r)] += 1
    tp = n_gold = n_pred = 0
    misses: list[str] = []
    for d in gold_docs:
        gold = Counter(fact_key(f) for f in d.get("facts", []) + d.get("directions", []))
        pred = predicted[d["id"]]
        tp += sum((gold & pred).values())
        n_gold += sum(gold.values())
        n_pred += sum(pred.values())
        misses += [f"MISS {d['id']} {k}" for k in gold - pred]
        misses += [f"EXTRA {d['id']} {k}" for k in pred - gold]
    precision = tp / n_pred if n_pred else 1.0
    recall = tp / n_gold if n_gold else 1.0
    return precision, recall, misses
