"""The content hash of each report file, remembered with the file's stat so that a file
unchanged since the last run is not read again.

The content hash stays the file's identity; the stat only says whether the remembered hash
still holds: same size, modification and change times (nanoseconds), inode and device.
An entry recorded less than `RACY_WINDOW_NS` after the file's last modification is not
trusted (a write within the same clock tick would keep every stat field): such a file is
read again, and its entry recorded anew.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import time
from pathlib import Path

from etl.read.files import read_file_bytes

RACY_WINDOW_NS = 2_000_000_000
_VERSION = 1


class FileHashes:
    """Content hashes by resolved path, kept in a JSON file (or nowhere, when `cache` is
    None: every file is then read)."""

    def __init__(self, cache: Path | None) -> None:
        self.cache = cache
        self._entries: dict[str, list[int | str]] = {}
        self._changed = False
        self._real_dirs: dict[str, str] = {}
        if cache is not None:
            try:
                stored = json.loads(cache.read_text(encoding="utf-8"))
                if stored.get("version") == _VERSION:
                    self._entries = stored["files"]
            except (OSError, ValueError, KeyError, AttributeError):
                self._entries = {}

    def resolved(self, path: Path) -> str:
        """`path` absolute with every symlink resolved, as `Path.resolve()` gives it; each
        directory is resolved once."""
        absolute = str(path) if path.is_absolute() else os.path.join(os.getcwd(), path)
        directory, name = os.path.split(absolute)
        real_dir = self._real_dirs.get(directory)
        if real_dir is None:
            real_dir = self._real_dirs[directory] = os.path.realpath(directory)
        candidate = os.path.join(real_dir, name)
        try:
            if stat.S_ISLNK(os.lstat(candidate).st_mode):
                return os.path.realpath(candidate)
        except OSError:
            return str(path.resolve())
        return candidate

    def sha256(self, path: Path, name: str) -> tuple[str, str]:
        """The sha256 of the file's bytes and its resolved path; a ReadError (as
        `read_file_bytes` raises it) when it cannot be read."""
        resolved = self.resolved(path)
        now_ns = time.time_ns()
        try:
            info = os.stat(resolved)
        except OSError:
            info = None
        if info is not None and stat.S_ISREG(info.st_mode):
            key = _stat_key(info)
            entry = self._entries.get(resolved)
            if entry is not None and entry[:-2] == key and _trusted(entry, info):
                return str(entry[-2]), resolved
        sha = hashlib.sha256(read_file_bytes(path, name)).hexdigest()
        if info is not None and stat.S_ISREG(info.st_mode):
            self._entries[resolved] = [*_stat_key(info), sha, now_ns]
            self._changed = True
        return sha, resolved

    def save(self) -> None:
        """Write the entries (atomically, owner-only) if any changed."""
        if self.cache is None or not self._changed:
            return
        self.cache.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.cache.with_name(f".{self.cache.name}.{os.getpid()}")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            # dumps, not dump: dump encodes chunk by chunk in Python, dumps in C (10x here)
            handle.write(json.dumps({"version": _VERSION, "files": self._entries}))
        os.replace(temporary, self.cache)
        self._changed = False


def _stat_key(info: os.stat_result) -> list[int | str]:
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev]


def _trusted(entry: list[int | str], info: os.stat_result) -> bool:
    """The entry was recorded long enough after the file's last change."""
    recorded_ns = int(entry[-1])
    return recorded_ns - max(info.st_mtime_ns, info.st_ctime_ns) > RACY_WINDOW_NS
