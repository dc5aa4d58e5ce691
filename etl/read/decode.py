"""Bytes to text: UTF-8 (with or without BOM), else cp1252, else Latin-1; refuse binaries."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from etl.read.errors import ReadError

_SAMPLE = 65536
_MAX_CONTROL_SHARE = 0.05
# C0 controls other than tab, newline, vertical tab, form feed and carriage return; DEL; C1.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the codec that decoded it and any warnings about it."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def decode_bytes(data: bytes, name: str) -> Decoded:
    """Decode a report file's bytes; `name` labels the errors and warnings."""
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ReadError(f"{name}: looks binary, not text")
    decoded = _decode(data)
    sample = decoded.text[:_SAMPLE]
    if len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * len(sample):
        raise ReadError(f"{name}: looks binary, not text")
    if not decoded.text.strip():
        raise ReadError(f"{name}: file is empty")
    return decoded


def _decode(data: bytes) -> Decoded:
    """Try UTF-8 (BOM-aware, UTF-16 with a BOM too), then cp1252, then Latin-1."""
    if data.startswith(codecs.BOM_UTF8):
        return Decoded(data[len(codecs.BOM_UTF8) :].decode("utf-8", "replace"), "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Decoded(data.decode("utf-16", "replace"), "utf-16")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return Decoded(data.decode("cp1252"), "cp1252", ("decoded as cp1252, not UTF-8",))
    except UnicodeDecodeError:
        return Decoded(data.decode("latin-1"), "latin-1", ("decoded as latin-1, not UTF-8",))
