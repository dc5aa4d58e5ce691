"""What the HTML report plots, read from the marts: each figure with its sentence and page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import psycopg
from psycopg.rows import dict_row

from etl.warehouse import Warehouse


class ReportError(RuntimeError):
    """The report cannot be made (no marts, unknown country)."""


PAGE_JOIN = """
left join marts.fct_revisions as r
    on r.is_chosen and r.figure_kind = '{kind}' and r.country_iso3 = f.country_iso3
    and r.year = f.year and r.report_year = f.report_year and {match}
"""
COUNTS = (
    """
select f.country_iso3, f.year, f.metric, f.value, f.qualifier, f.report_year, f.sentence,
       f.source_path, r.page
from marts.{table} as f
"""
    + PAGE_JOIN.format(kind="count", match="r.metric = f.metric")
    + """
where f.country_iso3 = any(%(countries)s)
order by f.country_iso3, f.metric, f.year
"""
)
FUNDING = (
    """
select f.country_iso3, f.year, f.purpose, f.currency, f.amount_local, f.qualifier,
       f.amount_usd_reported, f.amount_usd_at_average_rate, f.amount_usd_constant,
       f.constant_dollar_year, f.report_year, f.sentence, f.source_path, r.page
from marts.fct_funding_constant_dollars as f
"""
    + PAGE_JOIN.format(kind="funding", match="r.purpose = f.purpose and r.currency = f.currency")
    + """
where f.country_iso3 = any(%(countries)s)
order by f.country_iso3, f.purpose, f.currency, f.year
"""
)
TIERS = """
select r.country_iso3, r.report_year, r.reporting_year, r.tier, t.tier_order, r.source_paths
from marts.dim_report as r
left join marts.dim_tier as t on t.tier = r.tier
where r.country_iso3 = any(%(countries)s)
order by r.country_iso3, r.report_year
"""
OVERVIEW = """
select country_iso3, country_name, year, tier, victims_identified, investigations,
       prosecutions, convictions, funding_local, funding_currency, funding_usd_reported,
       funding_usd_at_average_rate
from marts.country_year
where country_iso3 = any(%(countries)s)
order by year, country_iso3
"""


def report_data(warehouse: Warehouse, countries: Sequence[str] | None = None) -> dict[str, Any]:
    """The report's data: countries (all, or `countries`), their figures, an overview."""
    with warehouse.connect() as conn:
        conn.read_only = True
        known = _countries(conn)
        wanted = [c.upper() for c in countries] if countries else sorted(known)
        unknown = [c for c in wanted if c not in known]
        if unknown:
            raise ReportError(
                f"no country {', '.join(unknown)} in the warehouse; it has: "
                f"{', '.join(sorted(known)) or 'none (run `tipwh build`)'}"
            )
        if not wanted:
            raise ReportError("the warehouse has no country: run `tipwh build` first")
        params = {"countries": wanted}
        by_country: dict[str, dict[str, Any]] = {
            iso3: {
                "name": known[iso3],
                "victims": [],
                "law_enforcement": [],
                "funding": [],
                "tiers": [],
            }
            for iso3 in wanted
        }
        for key, query in (
            ("victims", COUNTS.format(table="fct_victims")),
            ("law_enforcement", COUNTS.format(table="fct_law_enforcement")),
            ("funding", FUNDING),
            ("tiers", TIERS),
        ):
            for row in _rows(conn, query, params):
                by_country[row.pop("country_iso3")][key].append(row)
        tiers = _rows(conn, "select tier, tier_order from marts.dim_tier order by tier_order", {})
        overview = _rows(conn, OVERVIEW, params)
        base = conn.execute(
            "select min(constant_dollar_year) from marts.fct_funding_constant_dollars"
        ).fetchone()
    return {
        "generated_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "constant_dollar_year": base[0] if base else None,
        "countries": by_country,
        "tiers": tiers,
        "overview": overview,
    }


def _countries(conn: psycopg.Connection) -> dict[str, str]:
    try:
        rows = conn.execute("select country_iso3, country_name from marts.dim_country").fetchall()
    except psycopg.errors.UndefinedTable as exc:
        raise ReportError("the warehouse has no marts: run `tipwh build` first") from exc
    return dict(rows)


def _rows(conn: psycopg.Connection, query: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(query, params)  # type: ignore[call-overload]
        return [{k: _plain(v) for k, v in row.items()} for row in cur.fetchall()]


def _plain(value: Any) -> Any:
    """A value JSON can carry: decimals as numbers, dates as ISO text."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value
