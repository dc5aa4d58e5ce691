"""Everything the extractor says about a fixed corpus, as one JSONL file, to prove that a
restructuring changed nothing.

    uv run python benchmarks/extraction_snapshot.py OUT.jsonl
    cmp baseline.jsonl OUT.jsonl   # byte-identical, or the change altered behaviour
    uv run python benchmarks/extraction_snapshot.py OUT.jsonl --against baseline.jsonl \
        --ignore rule              # identical but for the named fields (a rule renamed)

The corpus: the seeds and the whole 2018 narratives in `../shared` (when present) and every
development set in `tests/fixtures`, each file read with `read_documents` and extracted
with `extract`, in sorted path order, paths written as folder and file name.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from etl.extract import extract, extraction_records
from etl.extract.jsonl import dumps
from etl.read import read_documents

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def corpus() -> list[Path]:
    """The files of the snapshot, in a fixed order."""
    files = sorted((SHARED / "seeds").glob("*.txt"))
    files += sorted((ROOT / "tests" / "fixtures").glob("*/*.txt"))
    files += sorted((SHARED / "corpus" / "tip-2018").glob("*.txt"))
    return files


def _relative(path: Path) -> str:
    """The path as written in the snapshot: its folder and name ("tip-2018/malaysia.txt"),
    the same wherever the worktree is."""
    return f"{path.parent.name}/{path.name}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--against", type=Path, help="a baseline snapshot to compare with")
    parser.add_argument("--ignore", action="append", default=[], help="a field not compared")
    args = parser.parse_args()
    lines = 0
    with args.out.open("w", encoding="utf-8") as out:
        for path in corpus():
            for document in read_documents(path):
                for record in extraction_records(extract(document)):
                    record["document"] = _relative(Path(record["document"]))
                    out.write(dumps(record, sort_keys=True) + "\n")
                    lines += 1
    print(f"{len(corpus())} files, {lines} lines -> {args.out}")
    if args.against is not None:
        differ = compare(args.against, args.out, set(args.ignore))
        print(f"{differ} lines differ from {args.against} (ignoring {sorted(args.ignore)})")
        raise SystemExit(1 if differ else 0)


def compare(baseline: Path, snapshot: Path, ignored: set[str]) -> int:
    """How many lines of `snapshot` differ from `baseline` in any field but `ignored` (a
    different number of lines counts as the difference in length)."""

    def rows(path: Path) -> list[dict]:
        with path.open(encoding="utf-8") as f:
            return [{k: v for k, v in json.loads(line).items() if k not in ignored} for line in f]

    old, new = rows(baseline), rows(snapshot)
    return abs(len(old) - len(new)) + sum(a != b for a, b in zip(old, new, strict=False))


if __name__ == "__main__":
    main()
