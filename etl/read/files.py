"""The bytes of a report file, or a ReadError that says why they cannot be had."""

from __future__ import annotations

import stat
from pathlib import Path

from etl.read.errors import ReadError


def read_file_bytes(path: Path, name: str) -> bytes:
    """The bytes of a regular file, or a ReadError saying why they cannot be had (a FIFO or
    a device is refused before it is opened: reading one could block for ever)."""
    try:
        if path.exists() and not path.is_dir() and not stat.S_ISREG(path.stat().st_mode):
            raise ReadError(f"{name}: not a regular file (a FIFO, socket or device)")
        return path.read_bytes()
    except IsADirectoryError:
        raise ReadError(f"{name}: is a directory, not a file") from None
    except FileNotFoundError:
        raise ReadError(f"{name}: no such file") from None
    except PermissionError:
        raise ReadError(f"{name}: permission denied") from None
    except OSError as e:
        raise ReadError(f"{name}: cannot read ({e.strerror or e})") from None
