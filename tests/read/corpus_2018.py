"""The 93 whole narratives of the 2018 report (`../shared/corpus/tip-2018`), copied to
neutral names so that only their texts tell what they are."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import SHARED

CORPUS = SHARED / "corpus" / "tip-2018"
needs_corpus = pytest.mark.skipif(not CORPUS.exists(), reason="shared 2018 narratives not present")


def neutral_copies(folder: Path) -> list[tuple[Path, dict]]:
    """The narratives copied to n000.txt, n001.txt, ... with their index entries, two
    neutral folders deep (a path's file name and two parent folders are read)."""
    index = json.loads((CORPUS / "index.json").read_text(encoding="utf-8"))
    neutral = folder / "texts" / "neutral"
    neutral.mkdir(parents=True)
    copies = []
    for i, entry in enumerate(index):
        target = neutral / f"n{i:03d}.txt"
        shutil.copyfile(CORPUS / entry["file"], target)
        copies.append((target, entry))
    return copies
