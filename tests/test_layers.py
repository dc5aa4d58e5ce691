"""The package's stages import downward only: a reader can draw the pipeline from the
imports, and no stage's module loads another stage it does not sit on."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ETL = Path(__file__).resolve().parents[1] / "etl"
#: Each package and the etl packages it must never import.
FORBIDDEN = {
    "lexicon": {"read", "extract", "load", "transform", "warehouse", "cli"},
    "read": {"extract", "load", "transform", "warehouse", "cli"},
    "extract": {"read", "load", "transform", "warehouse", "cli"},
    "load": {"read", "extract", "transform", "cli"},
}


def imported_packages(package: str, root: Path = ETL) -> dict[str, set[str]]:
    """For each module of `<root>/<package>`, the etl packages it imports (any import
    statement, also inside functions)."""
    out: dict[str, set[str]] = {}
    for path in sorted((root / package).rglob("*.py")):
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            for name in names:
                parts = name.split(".")
                if parts[0] == "etl" and len(parts) > 1:
                    found.add(parts[1])
        out[path.relative_to(root).as_posix()] = found
    return out


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_a_stage_never_imports_a_stage_beside_or_above_it(package: str) -> None:
    imports = imported_packages(package)
    assert imports, f"no modules found in etl/{package}"
    wrong = {m: sorted(found & FORBIDDEN[package]) for m, found in imports.items()}
    assert {m: w for m, w in wrong.items() if w} == {}


def test_reading_and_extraction_both_use_the_lexicon() -> None:
    users = {
        package
        for package in ("read", "extract")
        if any("lexicon" in found for found in imported_packages(package).values())
    }
    assert users == {"read", "extract"}


def test_the_check_sees_an_import_inside_a_function(tmp_path: Path) -> None:
    (tmp_path / "read").mkdir()
    (tmp_path / "read" / "late.py").write_text(
        "import re\n\ndef f():\n    from etl.extract.amounts import find_amounts\n",
        encoding="utf-8",
    )
    assert imported_packages("read", tmp_path) == {"read/late.py": {"extract"}}
