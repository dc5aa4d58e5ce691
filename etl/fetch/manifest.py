"""`manifest.json`: what a fetch saved for a year, page by page, for resuming and provenance.

```json
{"year": 2018, "index_url": "https://www.state.gov/reports/...", "pages": [
  {"url": "...", "file": "kazakhstan.html", "sha256": "...", "bytes": 61234,
   "fetched_at": "2026-12-01T09:30:00Z", "status": "fetched", "country_iso3": "KAZ",
   "etag": "...", "last_modified": "..."}]}
```

`status` is `fetched` (the file holds the page), `not_in_report` (the site answered 404:
the country is not in this year's report) or `failed` (with `error`).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, fields
from pathlib import Path

MANIFEST_NAME = "manifest.json"
FETCHED, NOT_IN_REPORT, FAILED = "fetched", "not_in_report", "failed"


class ManifestError(Exception):
    """A manifest that cannot be read: the message names the file and the problem."""


@dataclass
class PageEntry:
    """One page of the manifest."""

    url: str
    status: str
    fetched_at: str
    file: str | None = None
    country_iso3: str | None = None
    sha256: str | None = None
    bytes: int | None = None
    http_status: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    fetched_from: str | None = None
    error: str | None = None


@dataclass
class Manifest:
    """A year's pages by official address."""

    year: int
    index_url: str
    pages: dict[str, PageEntry]

    def to_json(self) -> str:
        pages = [
            {k: v for k, v in vars(entry).items() if v is not None}
            for entry in sorted(self.pages.values(), key=lambda e: e.url)
        ]
        # One page a line: readable, and json's C encoder (indent= takes the slow one).
        lines = ",\n".join(f"    {json.dumps(page, ensure_ascii=False)}" for page in pages)
        head = json.dumps({"year": self.year, "index_url": self.index_url})[:-1]
        return f'{head}, "pages": [\n{lines}\n]}}\n'


def load_manifest(path: Path, year: int, index_url: str) -> Manifest:
    """The manifest at `path`, or an empty one if there is none yet."""
    if not path.exists():
        return Manifest(year, index_url, {})
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        known = {f.name for f in fields(PageEntry)}
        entries = [PageEntry(**{k: v for k, v in p.items() if k in known}) for p in data["pages"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ManifestError(f"{path}: not a tipwh fetch manifest ({exc})") from None
    if data.get("year") != year:
        raise ManifestError(f"{path}: a manifest of {data.get('year')}, not of {year}")
    return Manifest(year, index_url, {e.url: e for e in entries})


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file, so a crash leaves no half file."""
    temporary = path.with_name(f".{path.name}.part")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def save_manifest(path: Path, manifest: Manifest) -> None:
    write_atomically(path, manifest.to_json().encode("utf-8"))
