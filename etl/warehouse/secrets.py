"""Passwords: generated once, kept in an owner-only file, masked wherever text is shown."""

from __future__ import annotations

import fcntl
import json
import os
import re
import secrets
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

SECRETS_FILE = "tipwh-secrets.json"
PGPASS_FILE = "tipwh.pgpass"  # the reader's password for psql, written again when asked for
MASK = "***"
_URL_PASSWORD = re.compile(r"(?P<head>\b[a-z][a-z0-9+.-]*://[^:/@\s'\"]*:)(?P<pw>[^@\s'\"]+)(?=@)")
_KEYWORD_PASSWORD = re.compile(r"(?P<head>\bpassword\s*=\s*)(?P<pw>'[^']*'|\S+)", re.IGNORECASE)
_known: set[str] = set()


def mask_url(url: str) -> str:
    """`url` with its password replaced by ***; a URL without one is returned unchanged."""
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:
        return redact(url)
    if not password:
        return url
    user = parts.username or ""
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{user}:{MASK}@{host}"))


def remember_secret(value: str) -> None:
    """Mask `value` in everything `redact` sees from now on."""
    if value:
        _known.add(value)


def redact(text: str) -> str:
    """`text` without passwords: those of URLs, `password=` settings and remembered ones."""
    text = _URL_PASSWORD.sub(lambda m: m["head"] + MASK, text)
    text = _KEYWORD_PASSWORD.sub(lambda m: m["head"] + MASK, text)
    for value in sorted(_known, key=len, reverse=True):
        text = text.replace(value, MASK)
    return text


def new_password() -> str:
    """A random password (32 URL-safe characters)."""
    return secrets.token_urlsafe(24)


def read_secrets(directory: Path) -> dict[str, str]:
    """The passwords kept in `directory` (empty when none are)."""
    try:
        stored = json.loads((directory / SECRETS_FILE).read_text())
    except FileNotFoundError:
        return {}
    values = {str(k): str(v) for k, v in stored.items()}
    for value in values.values():
        remember_secret(value)
    return values


def stored_password(directory: Path, name: str) -> str:
    """The password `name` kept in `directory`, generated and saved the first time."""
    stored = read_secrets(directory)
    if name not in stored:
        directory.mkdir(parents=True, exist_ok=True)
        with open(directory.parent / f".{directory.name}.secrets.lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # two processes must not make two passwords
            stored = read_secrets(directory)
            if name not in stored:
                stored[name] = new_password()
                write_secrets(directory, stored)
    remember_secret(stored[name])
    return stored[name]


def write_secrets(directory: Path, values: dict[str, str]) -> None:
    """Replace the secrets file atomically; it is readable by its owner only."""
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / SECRETS_FILE
    temporary = directory / f".{SECRETS_FILE}.{os.getpid()}"
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        json.dump(values, handle)
    os.chmod(temporary, 0o600)
    os.replace(temporary, target)
