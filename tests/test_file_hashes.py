"""A file unchanged since it was hashed is not read again; any change is read."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from etl import file_hashes as module
from etl.file_hashes import FileHashes
from etl.read import ReadError


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files read (every other behaviour unchanged)."""
    names: list[str] = []
    real = module.read_file_bytes

    def counting(path: Path, name: str) -> bytes:
        names.append(name)
        return real(path, name)

    monkeypatch.setattr(module, "read_file_bytes", counting)
    return names


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def test_an_unchanged_file_is_not_read_again(
    tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(module, "RACY_WINDOW_NS", 0)
    report = tmp_path / "a.txt"
    report.write_text("one narrative")
    cache = tmp_path / "pg" / "hashes.json"
    first = FileHashes(cache)
    assert first.sha256(report, "a.txt") == (_sha("one narrative"), str(report.resolve()))
    first.save()
    assert cache.exists() and (cache.stat().st_mode & 0o777) == 0o600
    again = FileHashes(cache)
    assert again.sha256(report, "a.txt") == (_sha("one narrative"), str(report.resolve()))
    assert reads == ["a.txt"]


def test_a_file_changed_with_the_same_size_and_modification_time_is_read_again(
    tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(module, "RACY_WINDOW_NS", 0)
    report = tmp_path / "a.txt"
    report.write_text("victims 110")
    before = report.stat()
    cache = tmp_path / "hashes.json"
    hashes = FileHashes(cache)
    hashes.sha256(report, "a.txt")
    hashes.save()
    report.write_text("victims 111")
    os.utime(report, ns=(before.st_atime_ns, before.st_mtime_ns))  # the change time moves on
    assert report.stat().st_size == before.st_size
    assert FileHashes(cache).sha256(report, "a.txt")[0] == _sha("victims 111")
    assert reads == ["a.txt", "a.txt"]


def test_a_hash_recorded_just_after_the_file_changed_is_not_trusted(
    tmp_path: Path, reads: list[str]
) -> None:
    report = tmp_path / "a.txt"
    report.write_text("fresh text")
    cache = tmp_path / "hashes.json"
    for _ in range(2):  # written a moment ago: within the racy window each time
        hashes = FileHashes(cache)
        assert hashes.sha256(report, "a.txt")[0] == _sha("fresh text")
        hashes.save()
    assert reads == ["a.txt", "a.txt"]


def test_a_symlink_is_hashed_as_its_target_under_the_target_path(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "a.txt"
    target.write_text("linked text")
    (tmp_path / "dir_link").symlink_to(tmp_path / "real")
    (tmp_path / "file_link.txt").symlink_to(target)
    hashes = FileHashes(None)
    for path in (
        tmp_path / "dir_link" / "a.txt",
        tmp_path / "file_link.txt",
        tmp_path / "dir_link" / ".." / "real" / "a.txt",
    ):
        assert hashes.sha256(path, str(path)) == (_sha("linked text"), str(target.resolve()))
        assert hashes.resolved(path) == str(path.resolve())


def test_a_relative_path_resolves_as_path_resolve_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "a.txt").write_text("text")
    monkeypatch.chdir(tmp_path / "reports")
    relative = Path("a.txt")
    assert FileHashes(None).resolved(relative) == str(relative.resolve())
    assert FileHashes(None).resolved(relative).startswith(str(tmp_path.resolve()))


def test_unreadable_inputs_are_read_errors_and_a_damaged_cache_is_ignored(
    tmp_path: Path,
) -> None:
    cache = tmp_path / "hashes.json"
    cache.write_text("{not json")
    hashes = FileHashes(cache)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ReadError, match="not a regular file"):
        hashes.sha256(fifo, "pipe.txt")
    with pytest.raises(ReadError, match="no such file"):
        hashes.sha256(tmp_path / "missing.txt", "missing.txt")
    (tmp_path / "ok.txt").write_text("ok")
    assert hashes.sha256(tmp_path / "ok.txt", "ok.txt")[0] == _sha("ok")
    hashes.save()
    assert str((tmp_path / "ok.txt").resolve()) in cache.read_text()
