"""The dbt documentation of the marts (model and column descriptions), read from the yml files.

Descriptions may reference `{% docs %}` blocks (`{{ doc('col_year') }}`); they are resolved
here, so the dictionary does not depend on a prior `dbt docs generate`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from etl.transform.run_dbt import DBT_PROJECT_DIR

MARTS_DIR = DBT_PROJECT_DIR / "models" / "marts"
DOCS_BLOCK = re.compile(r"{%\s*docs\s+(\w+)\s*%}(.*?){%\s*enddocs\s*%}", re.DOTALL)
DOC_REFERENCE = re.compile(r"""{{\s*doc\(\s*['"](\w+)['"]\s*\)\s*}}""")
GRAIN = re.compile(r"Grain:\s*(.+?)(?:\.\s|\.?$)", re.DOTALL)


@dataclass(frozen=True)
class ColumnDoc:
    name: str
    description: str


@dataclass
class ModelDoc:
    name: str
    description: str
    columns: dict[str, ColumnDoc] = field(default_factory=dict)

    @property
    def grain(self) -> str:
        """The 'Grain: ...' sentence of the description, or '' when it has none."""
        found = GRAIN.search(self.description)
        return " ".join(found.group(1).split()) if found else ""


def docs_blocks(project_dir: Path = DBT_PROJECT_DIR) -> dict[str, str]:
    """Every `{% docs name %}` block of the project's models, by name."""
    blocks: dict[str, str] = {}
    for path in sorted((project_dir / "models").rglob("*.md")):
        for name, body in DOCS_BLOCK.findall(path.read_text(encoding="utf-8")):
            blocks[name] = " ".join(body.split())
    return blocks


def render(description: str, blocks: dict[str, str]) -> str:
    """A description with its doc() references replaced by their text, on one line."""
    text = DOC_REFERENCE.sub(lambda m: blocks.get(m.group(1), m.group(0)), description or "")
    return " ".join(text.split())


def mart_docs(marts_dir: Path = MARTS_DIR) -> dict[str, ModelDoc]:
    """Model and column descriptions of every mart, by model name."""
    blocks = docs_blocks(marts_dir.parents[1])
    models: dict[str, ModelDoc] = {}
    for path in sorted(marts_dir.glob("*.yml")):
        content = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for model in content.get("models") or []:
            doc = ModelDoc(model["name"], render(model.get("description", ""), blocks))
            for column in model.get("columns") or []:
                name = column["name"]
                doc.columns[name] = ColumnDoc(name, render(column.get("description", ""), blocks))
            models[doc.name] = doc
    return models
