"""Facts found in one sentence, with offsets into that sentence (the document offsets are
added in `extract`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Count:
    """A count fact."""

    metric: str
    year: int
    value: int
    start: int
    end: int
    rule: str
    qualifier: str | None
    #: For a breakdown, the total it is a part of: (metric, year, value).
    part_of: tuple[str, int, int] | None = None
    #: Kept only where the document states no other value for the metric and year.
    weak: bool = False


@dataclass(frozen=True)
class Frame:
    """What a sentence was counting, for the sentences after it that break the count down
    ("Of those, 82 were ...", "three were foreign victims")."""

    verb: str
    subject: str
    years: tuple[int, ...]
    head: tuple[str, int, int] | None = None
    #: Every total the sentence counted, (metric, years, value), for a later "Of the 301
    #: prosecutions, 31 involved forced labor".
    heads: tuple[tuple[str, tuple[int, ...], int], ...] = ()
