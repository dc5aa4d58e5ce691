"""The Metabase setup step against a local stand-in of Metabase's API on 127.0.0.1."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from etl.deploy.metabase import DATA_SOURCE_NAME, SetupError, set_up, settings_from


class FakeMetabase(BaseHTTPRequestHandler):
    """Just enough of Metabase: health, setup token, setup, session, databases."""

    state: dict[str, Any]

    def log_message(self, *args: object) -> None:
        pass

    def _reply(self, status: int, body: Any) -> None:
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _body(self) -> Any:
        return json.loads(self.rfile.read(int(self.headers["Content-Length"])))

    def _authorised(self) -> bool:
        return self.headers.get("X-Metabase-Session") == "session-1"

    def do_GET(self) -> None:  # noqa: N802
        state = self.state
        if self.path == "/api/health":
            self._reply(200, {"status": "ok"})
        elif self.path == "/api/session/properties":
            self._reply(200, {"setup-token": None if state["admin"] else "token-1"})
        elif self.path == "/api/database" and self._authorised():
            self._reply(200, {"data": state["databases"]})
        else:
            self._reply(401, "Unauthenticated")

    def do_POST(self) -> None:  # noqa: N802
        state, body = self.state, self._body()
        if self.path == "/api/setup" and body["token"] == "token-1" and not state["admin"]:
            state["admin"] = body["user"]
            self._reply(200, {"id": "session-0"})
        elif (
            self.path == "/api/session"
            and state["admin"]
            and body
            == {"username": state["admin"]["email"], "password": state["admin"]["password"]}
        ):
            self._reply(200, {"id": "session-1"})
        elif self.path == "/api/database" and self._authorised():
            state["databases"].append(body | {"id": len(state["databases"]) + 1})
            self._reply(200, state["databases"][-1])
        else:
            self._reply(400, {"message": f"unexpected {self.path}"})


@pytest.fixture
def metabase() -> Iterator[tuple[str, dict[str, Any]]]:
    state: dict[str, Any] = {"admin": None, "databases": []}
    handler = type("Handler", (FakeMetabase,), {"state": state})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", state
    finally:
        server.shutdown()
        server.server_close()


def test_a_fresh_metabase_gets_an_admin_and_the_warehouse_as_the_reader(metabase) -> None:  # type: ignore[no-untyped-def]
    url, state = metabase
    settings = settings_from(
        {
            "METABASE_URL": url,
            "METABASE_ADMIN_PASSWORD": "admin-pw1",
            "TIPWH_READER_PASSWORD": "reader-pw",
        }
    )
    assert set_up(settings, wait_seconds=5) == f"{DATA_SOURCE_NAME}: connected as tipwh_reader"
    assert state["admin"]["email"] == "admin@tipwh.local"
    [database] = state["databases"]
    assert database["engine"] == "postgres" and database["name"] == DATA_SOURCE_NAME
    assert {k: database["details"][k] for k in ("host", "port", "dbname", "user", "password")} == {
        "host": "postgres",
        "port": 5432,
        "dbname": "tipwh",
        "user": "tipwh_reader",
        "password": "reader-pw",
    }
    again = set_up(settings, wait_seconds=5)
    assert again == f"{DATA_SOURCE_NAME}: already connected" and len(state["databases"]) == 1


def test_missing_passwords_are_named() -> None:
    with pytest.raises(SetupError, match="METABASE_ADMIN_PASSWORD, TIPWH_READER_PASSWORD"):
        settings_from({"METABASE_URL": "http://127.0.0.1:9"})
    assert (
        settings_from({"METABASE_ADMIN_PASSWORD": "a", "TIPWH_READER_PASSWORD": "b"})[
            "TIPWH_READER_USER"
        ]
        == "tipwh_reader"
    )


def test_a_metabase_that_never_answers_is_told() -> None:
    settings = settings_from(
        {
            "METABASE_URL": "http://127.0.0.1:9",
            "METABASE_ADMIN_PASSWORD": "a",
            "TIPWH_READER_PASSWORD": "b",
        }
    )
    with pytest.raises(SetupError, match="did not come up"):
        set_up(settings, wait_seconds=0.1)
