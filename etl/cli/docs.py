"""`tipwh docs`: the dbt documentation site of the warehouse, one self-contained HTML file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from etl.cli.context import warehouse
from etl.cli.export import JsonOpt, QuietOpt
from etl.cli.output import err

EPILOG = "Example: tipwh docs --out site/ && xdg-open site/index.html"


def docs(
    out: Annotated[Path, typer.Option("--out", help="Directory to write index.html into.")],
    quiet: QuietOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Generate dbt's static docs site (models, columns, lineage, exposures); works offline."""
    with warehouse() as wh:
        from etl.docs import generate_docs_site  # dbt: imported by this command only

        result = generate_docs_site(wh, out)
    if as_json:
        payload = {
            "index": str(result.index),
            "artifacts": [str(p) for p in result.artifacts],
            "seconds": round(result.seconds, 2),
        }
        print(json.dumps(payload, indent=2))
    elif not quiet:
        err.print(f"docs: {result.index} ({result.seconds:.1f} s)", highlight=False)
