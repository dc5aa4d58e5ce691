"""Connect a fresh Metabase to the warehouse as the read-only role, through Metabase's API.

Run once by the compose service `metabase-setup`:  python -m etl.deploy.metabase
It creates the admin account (first start only), then adds the warehouse as a PostgreSQL
data source unless one of that name exists. Settings come from the environment (below).
"""

from __future__ import annotations

import json
import os
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

SETTINGS = {
    "METABASE_URL": "http://metabase:3000",
    "METABASE_ADMIN_EMAIL": "admin@tipwh.local",
    "METABASE_ADMIN_PASSWORD": None,
    "TIPWH_READER_HOST": "postgres",
    "TIPWH_READER_PORT": "5432",
    "TIPWH_READER_DATABASE": "tipwh",
    "TIPWH_READER_USER": "tipwh_reader",
    "TIPWH_READER_PASSWORD": None,
}
DATA_SOURCE_NAME = "tipwh warehouse"


class SetupError(RuntimeError):
    """Metabase refused a step or did not come up."""


@dataclass
class Metabase:
    url: str
    session: str | None = None

    def call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        request = urllib.request.Request(
            self.url.rstrip("/") + path,
            method=method,
            data=json.dumps(body).encode() if body is not None else None,
            headers={"Content-Type": "application/json"}
            | ({"X-Metabase-Session": self.session} if self.session else {}),
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                payload = response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode(errors="replace")[:300]
            raise SetupError(f"{method} {path}: HTTP {exc.code} {detail}") from exc
        return json.loads(payload) if payload else None


def settings_from(environ: dict[str, str]) -> dict[str, str]:
    """The settings, defaults filled in; a required one missing is an error naming it."""
    values = {name: environ.get(name) or default for name, default in SETTINGS.items()}
    missing = [name for name, value in values.items() if not value]
    if missing:
        raise SetupError(f"set {', '.join(missing)} in the environment")
    return values  # type: ignore[return-value]


def wait_until_up(metabase: Metabase, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            if (metabase.call("GET", "/api/health") or {}).get("status") == "ok":
                return
        except (OSError, SetupError):
            pass
        if time.monotonic() > deadline:
            raise SetupError(f"Metabase at {metabase.url} did not come up in {seconds:.0f} s")
        time.sleep(2)


def set_up(settings: dict[str, str], *, wait_seconds: float = 300) -> str:
    """Create the admin on first start, log in, add the data source; says what it did."""
    metabase = Metabase(settings["METABASE_URL"])
    wait_until_up(metabase, wait_seconds)
    email, password = settings["METABASE_ADMIN_EMAIL"], settings["METABASE_ADMIN_PASSWORD"]
    token = (metabase.call("GET", "/api/session/properties") or {}).get("setup-token")
    if token:
        metabase.call(
            "POST",
            "/api/setup",
            {
                "token": token,
                "user": {
                    "email": email,
                    "password": password,
                    "first_name": "tipwh",
                    "last_name": "admin",
                    "site_name": "tipwh",
                },
                "prefs": {"site_name": "tipwh", "allow_tracking": False},
            },
        )
    metabase.session = metabase.call(
        "POST", "/api/session", {"username": email, "password": password}
    )["id"]
    listed = metabase.call("GET", "/api/database") or {}
    databases = listed.get("data", []) if isinstance(listed, dict) else listed
    if any(db.get("name") == DATA_SOURCE_NAME for db in databases):
        return f"{DATA_SOURCE_NAME}: already connected"
    metabase.call(
        "POST",
        "/api/database",
        {
            "engine": "postgres",
            "name": DATA_SOURCE_NAME,
            "details": {
                "host": settings["TIPWH_READER_HOST"],
                "port": int(settings["TIPWH_READER_PORT"]),
                "dbname": settings["TIPWH_READER_DATABASE"],
                "user": settings["TIPWH_READER_USER"],
                "password": settings["TIPWH_READER_PASSWORD"],
                "schema-filters-type": "inclusion",
                "schema-filters-patterns": "marts",
            },
        },
    )
    return f"{DATA_SOURCE_NAME}: connected as {settings['TIPWH_READER_USER']}"


def main() -> None:
    try:
        print(set_up(settings_from(dict(os.environ))))
    except SetupError as exc:
        sys.exit(f"error: {exc}")


if __name__ == "__main__":
    main()
