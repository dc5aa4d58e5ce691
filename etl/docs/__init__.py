"""dbt's documentation site of the warehouse, as one self-contained HTML file."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from etl.transform.run_dbt import DBT_PROJECT_DIR
from etl.warehouse import Warehouse

SITE_FILE = "index.html"
ARTIFACTS = ("manifest.json", "catalog.json")


class DocsError(RuntimeError):
    """dbt could not generate the documentation."""


@dataclass
class DocsResult:
    index: Path
    artifacts: list[Path]
    seconds: float


def generate_docs_site(warehouse: Warehouse, out_dir: Path) -> DocsResult:
    """Run `dbt docs generate --static` in-process; write index.html and its JSON artifacts."""
    started = time.perf_counter()
    os.environ.update(warehouse.dbt_env)
    os.environ["DBT_SEND_ANONYMOUS_USAGE_STATS"] = "false"
    from dbt.cli.main import dbtRunner  # imported late: importing dbt costs seconds

    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="tipwh-docs-") as target:
        outcome = dbtRunner().invoke(
            [
                "docs",
                "generate",
                "--static",
                "--project-dir",
                str(DBT_PROJECT_DIR),
                "--profiles-dir",
                str(DBT_PROJECT_DIR),
                "--target-path",
                target,
                "--quiet",
            ]
        )
        if outcome.exception is not None or not outcome.success:
            raise DocsError(f"dbt docs generate failed: {outcome.exception or outcome.result}")
        static = Path(target) / "static_index.html"
        if not static.exists():
            raise DocsError("dbt docs generate wrote no static_index.html")
        index = out_dir / SITE_FILE
        shutil.copyfile(static, index)
        artifacts = []
        for name in ARTIFACTS:
            shutil.copyfile(Path(target) / name, out_dir / name)
            artifacts.append(out_dir / name)
    return DocsResult(index, artifacts, time.perf_counter() - started)
