"""A polite HTTP client: it names itself, spaces its requests and retries what may pass.

Every request carries a User-Agent naming tipwh and its version and waits until `delay`
seconds have passed since the previous one. A 429 or a 5xx answer, a timeout or a refused
connection is retried up to `retries` times, waiting what the server's Retry-After says
(seconds or an HTTP date, at most `max_wait`), else `backoff` seconds doubled at each try.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from importlib.metadata import PackageNotFoundError, version

import httpx

RETRIED_STATUSES = frozenset({429, 500, 502, 503, 504})


def user_agent() -> str:
    """ "tipwh/0.1.0 (+TIP Report warehouse; httpx/0.28.1)"."""
    try:
        own = version("tipwh")
    except PackageNotFoundError:
        own = "unknown"
    return f"tipwh/{own} (Trafficking in Persons Report warehouse; httpx/{httpx.__version__})"


class FetchFailed(Exception):
    """A request that failed for good: the last status or error, after every retry."""

    def __init__(self, url: str, reason: str, status: int | None = None) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status


@dataclass
class PoliteClient:
    """Sequential GETs with a delay between them and retries with exponential backoff."""

    delay: float = 1.0
    retries: int = 4
    backoff: float = 1.0
    max_wait: float = 300.0
    timeout: float = 30.0
    sleep: Callable[[float], None] = time.sleep
    requests_made: int = 0
    _last: float | None = field(default=None, repr=False)
    _client: httpx.Client = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._client = httpx.Client(
            headers={"User-Agent": user_agent()},
            timeout=self.timeout,
            follow_redirects=True,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def get(self, url: str, headers: Mapping[str, str] | None = None) -> httpx.Response:
        """The answer to GET `url`: any final status (2xx, 304, 4xx) is returned; a 429 or
        5xx that outlasts the retries, or a network error, raises FetchFailed."""
        attempts = self.retries + 1
        for attempt in range(attempts):
            self._space_requests()
            try:
                response = self._client.get(url, headers=headers)
            except httpx.TransportError as exc:
                if attempt + 1 == attempts:
                    raise FetchFailed(
                        url, f"{type(exc).__name__} after {attempts} attempts: {exc}"
                    ) from None
                self.sleep(self._backoff(attempt))
                continue
            if response.status_code not in RETRIED_STATUSES:
                return response
            if attempt + 1 == attempts:
                raise FetchFailed(
                    url,
                    f"HTTP {response.status_code} after {attempts} attempts",
                    response.status_code,
                )
            self.sleep(self._retry_wait(response, attempt))
        raise AssertionError("unreachable")  # the loop returns or raises

    def _space_requests(self) -> None:
        """Wait until `delay` seconds have passed since the previous request."""
        now = time.monotonic()
        if self._last is not None and self.delay > 0:
            remaining = self.delay - (now - self._last)
            if remaining > 0:
                self.sleep(remaining)
        self._last = time.monotonic()
        self.requests_made += 1

    def _backoff(self, attempt: int) -> float:
        return min(self.backoff * 2**attempt, self.max_wait)

    def _retry_wait(self, response: httpx.Response, attempt: int) -> float:
        """Retry-After (seconds or an HTTP date), else exponential backoff."""
        stated = retry_after_seconds(response.headers.get("Retry-After"))
        return self._backoff(attempt) if stated is None else min(stated, self.max_wait)


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """The seconds a Retry-After header asks to wait, or None if it says nothing usable."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())
