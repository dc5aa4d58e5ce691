"""Everything the reader makes of a fixed corpus, as one JSONL file, to prove that a
change to reading left every document as it was.

    uv run python benchmarks/reading_snapshot.py OUT.jsonl [--extra DIR ...]
    cmp baseline.jsonl OUT.jsonl   # byte-identical, or the change altered reading

The corpus: the bundled reports, the seeds and the whole 2018 narratives in `../shared`
(when present), every text of `tests/fixtures`, and every `*.txt` under each `--extra`
folder (a TIP-scale corpus of `benchmarks/tip_corpus.py`, say). One line per document:
its path (folder and file name), sha256, encoding, metadata, warnings and every sentence
with its offsets, section and page; a file the reader refuses gives its error instead.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path

from etl.read import read_documents
from etl.read.errors import ReadError

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def corpus(extra: list[Path]) -> list[Path]:
    """The files of the snapshot, in a fixed order."""
    files = sorted((ROOT / "data" / "reports").glob("*.txt"))
    files += sorted((SHARED / "seeds").glob("*.txt"))
    files += sorted((ROOT / "tests" / "fixtures").rglob("*.txt"))
    files += sorted((SHARED / "corpus" / "tip-2018").glob("*.txt"))
    for folder in extra:
        files += sorted(folder.rglob("*.txt"))
    return files


def _relative(path: str) -> str:
    """A document's path as written in the snapshot: folder and name, and the fragment
    naming its country in a file of several narratives."""
    p = Path(path)
    return f"{p.parent.name}/{p.name}"


def records(path: Path) -> list[dict]:
    """What reading `path` gives, one record per document (or one for its error)."""
    try:
        documents = list(read_documents(path))
    except ReadError as e:
        return [{"document": _relative(str(path)), "error": str(e).replace(str(path), "")}]
    out = []
    for document in documents:
        record = asdict(document)
        record["document"] = _relative(record.pop("path"))
        record.pop("text")
        out.append(record)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--extra", type=Path, action="append", default=[])
    args = parser.parse_args()
    lines = 0
    files = corpus(args.extra)
    with args.out.open("w", encoding="utf-8") as out:
        for path in files:
            for record in records(path):
                out.write(json.dumps(record, sort_keys=True, ensure_ascii=False) + "\n")
                lines += 1
    print(f"{len(files)} files, {lines} documents -> {args.out}")


if __name__ == "__main__":
    main()
