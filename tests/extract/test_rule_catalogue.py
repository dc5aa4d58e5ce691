"""The rule catalogue as tests: every rule's examples give exactly their facts, with the
rule's id where they say so; every counter-example (a trap for the rule beside a fact that
must still be found) gives exactly its facts, so the trap gives none; the catalogue names
every rule id the code can produce."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from etl.extract.rules.catalogue import Example, rules
from etl.model import COUNT_METRICS
from tests.extract.helpers import run

RULES_DIR = Path(__file__).resolve().parents[2] / "etl" / "extract" / "rules"


def facts(example: Example) -> set[tuple]:
    ex = run(example.text, "KAZ", 2017)
    return (
        {(c.metric, c.year, c.value, c.rule) for c in ex.counts}
        | {
            ("funding", f.year, f.purpose, f.currency, f.amount_local, f.amount_usd, f.rule)
            for f in ex.funding
        }
        | {(d.metric, d.year, d.direction, d.rule) for d in ex.directions}
    )


def _cases(kind: str) -> list:
    return [
        pytest.param(rule.id, example, id=f"{rule.id}-{n}")
        for rule in rules().values()
        for n, example in enumerate(getattr(rule, kind))
    ]


@pytest.mark.parametrize(("rule_id", "example"), _cases("examples"))
def test_a_rule_gives_the_facts_of_its_examples(rule_id: str, example: Example) -> None:
    found = facts(example)
    assert found == set(example.facts)
    assert any(f[-1] == rule_id for f in found)


@pytest.mark.parametrize(("rule_id", "example"), _cases("counter_examples"))
def test_a_rule_stays_out_of_its_counter_examples(rule_id: str, example: Example) -> None:
    found = facts(example)
    assert found == set(example.facts)
    assert found, rule_id  # the fact beside the trap is found


def test_the_catalogue_names_every_rule_the_code_produces() -> None:
    rule_id = re.compile(r'"((?:count|funding|direction)\.[a-z_.]*[a-z_])"')
    written = set()
    for path in RULES_DIR.glob("*.py"):
        written |= set(rule_id.findall(path.read_text(encoding="utf-8")))
    assert written == set(rules())


def test_each_rule_names_its_module_and_known_metrics() -> None:
    known = set(COUNT_METRICS) | {"funding"}
    for rule in rules().values():
        assert (RULES_DIR / f"{rule.module}.py").exists(), rule.id
        assert set(rule.metrics) <= known, rule.id
        assert rule.examples and rule.counter_examples, rule.id
