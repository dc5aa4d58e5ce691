"""Ctrl-C at any moment of a reader's query: the user sees no psycopg warning, the query
stops on the server and the next query runs."""

from __future__ import annotations

import logging
import signal
import time
from types import FrameType

import pytest

from etl.warehouse import Warehouse
from etl.warehouse.query import reader_query
from etl.warehouse.roles import ensure_reader
from etl.warehouse.statement import check_single_query


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def test_ctrl_c_at_any_moment_of_a_query_is_quiet_and_the_query_stops(
    warehouse: Warehouse, caplog: pytest.LogCaptureFixture
) -> None:
    ensure_reader(warehouse)
    check_single_query("select 1")  # imported before the interrupts start
    previous = signal.signal(signal.SIGALRM, _interrupt)
    interrupted = 0
    try:
        # from before the connection to while the statement runs, in steps of 0.6 ms
        for step in range(40):
            signal.setitimer(signal.ITIMER_REAL, 0.0006 * (step + 1))
            try:
                reader_query(warehouse, "select pg_sleep(2)", limit=5, timeout_s=10)
            except KeyboardInterrupt:
                interrupted += 1
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
    finally:
        signal.signal(signal.SIGALRM, previous)
    # (psycopg may pass over a Ctrl-C that comes while it connects)
    assert interrupted >= 35
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert warnings == [], [r.getMessage() for r in warnings]
    with warehouse.connect(autocommit=True) as conn:
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            running = conn.execute(
                "select count(*) from pg_stat_activity where query = 'select pg_sleep(2)'"
                " and state = 'active'"
            ).fetchone()[0]
            if running == 0:
                break
            time.sleep(0.1)
        assert running == 0
    assert reader_query(warehouse, "select 41 + 1", limit=5, timeout_s=10)[1] == [(42,)]
