"""Bytes to text: UTF-8 (with or without BOM; a few invalid bytes replaced), else cp1252,
else Latin-1; refuse binaries."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from etl.read.errors import ReadError

_SAMPLE = 65536
_MAX_CONTROL_SHARE = 0.05
# C0 controls other than tab, newline, vertical tab, form feed and carriage return; DEL; C1.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# A well-formed multi-byte UTF-8 sequence: evidence that a file is UTF-8.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_INVALID = "\ufffd"


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
    replaced = data.decode("utf-8", "replace")
    invalid = replaced.count(_INVALID) - data.decode("utf-8", "ignore").count(_INVALID)
    if len(_UTF8_SEQUENCE.findall(data)) >= invalid:
        # A UTF-8 file with a few broken bytes: replace those, keep the rest as written.
        return Decoded(replaced, "utf-8", (f"{invalid} invalid UTF-8 byte(s) replaced",))
    try:
        return Decoded(data.decode("cp1252"), "cp1252", ("decoded as cp1252, not UTF-8",))
    except UnicodeDecodeError:
        return Decoded(data.decode("latin-1"), "latin-1", ("decoded as latin-1, not UTF-8",))
