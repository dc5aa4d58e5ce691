"""The rule catalogue (`catalogue.json`): every rule id a fact can carry, with the module of
its phrasing family, the metrics it yields, the shape of text it matches, and examples
(text and the exact facts it gives) and counter-examples (a trap beside the facts that
must still be found), which the tests run."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_PATH = Path(__file__).with_name("catalogue.json")


@dataclass(frozen=True)
class Example:
    """A passage (about Kazakhstan, report of 2017) and every fact it gives: counts as
    [metric, year, value, rule], funding as [\"funding\", year, purpose, currency, local,
    usd, rule], directions as [metric, year, direction, rule]."""

    text: str
    facts: tuple[tuple[object, ...], ...]


@dataclass(frozen=True)
class Rule:
    """One named rule."""

    id: str
    module: str
    metrics: tuple[str, ...]
    shape: str
    examples: tuple[Example, ...]
    counter_examples: tuple[Example, ...]


def _examples(items: list[dict]) -> tuple[Example, ...]:
    return tuple(Example(e["text"], tuple(tuple(f) for f in e["facts"])) for e in items)


@cache
def rules() -> dict[str, Rule]:
    """The catalogue by rule id."""
    out: dict[str, Rule] = {}
    for r in json.loads(_PATH.read_text(encoding="utf-8")):
        out[r["id"]] = Rule(
            id=r["id"],
            module=r["module"],
            metrics=tuple(r["metrics"]),
            shape=r["shape"],
            examples=_examples(r["examples"]),
            counter_examples=_examples(r["counter_examples"]),
        )
    return out
