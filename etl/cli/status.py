"""`tipwh status`: what the warehouse holds and what the last runs did."""

from __future__ import annotations

from etl.cli.context import warehouse
from etl.cli.output import print_table
from etl.warehouse.query import read_only_query

COUNTS = """
select 'documents (current)' as what, count(*) filter (where superseded_at is null) as n
  from staging.documents
union all select 'documents (superseded)', count(*) filter (where superseded_at is not null)
  from staging.documents
union all select 'sentences', count(*) from staging.sentences
union all select 'count facts', count(*) from staging.facts
union all select 'funding facts', count(*) from staging.funding_facts
union all select 'directions', count(*) from staging.directions
"""
MARTS = """
select 'country-year rows (marts.country_year)' as what, count(*) as n from marts.country_year
"""
LAST_BUILD = """
select status, finished_at::timestamp(0) as finished, message
from staging.transform_runs order by transform_id desc limit 1
"""
REPORTS = """
select country_iso3 as country, report_year, tier, count(*) as documents
from staging.documents where superseded_at is null
group by 1, 2, 3 order by 1, 2
"""
RUNS = """
select run_id, command, status, started_at::timestamp(0) as started, files_seen,
       documents_loaded as loaded, documents_skipped as unchanged, files_failed as failed, message
from staging.load_runs order by run_id desc limit 5
"""


def status() -> None:
    """Show documents and facts loaded, reports per country, and the last ingest runs."""
    with warehouse() as wh:
        columns, rows = read_only_query(wh, COUNTS)
        if read_only_query(wh, "select to_regclass('marts.country_year')")[1][0][0]:
            rows += read_only_query(wh, MARTS)[1]
        print_table(columns, rows, title="warehouse")
        for title, query in (
            ("reports", REPORTS),
            ("last ingest runs", RUNS),
            ("last dbt build", LAST_BUILD),
        ):
            columns, rows = read_only_query(wh, query)
            print_table(columns, rows, title=title)
