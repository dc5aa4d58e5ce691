"""Staging schema: documents, sentences, facts, funding facts, directions and load runs.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

METRICS = (
    "victims_identified",
    "victims_identified_sex",
    "victims_identified_labor",
    "victims_identified_foreign",
    "victims_assisted_ngo",
    "hotline_calls",
    "investigations",
    "prosecutions",
    "prosecutions_sex",
    "prosecutions_labor",
    "convictions",
    "convictions_sex",
    "convictions_labor",
)
PURPOSES = (
    "victim_assistance",
    "shelters",
    "victim_assistance_investigations",
    "prevention",
    "other",
)
TIERS = ("Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3", "Special Case")


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


UPGRADE = f"""
create schema if not exists staging;

create table staging.load_runs (
    run_id            bigint generated always as identity primary key,
    command           text not null,
    started_at        timestamptz not null default now(),
    finished_at       timestamptz,
    status            text not null default 'running'
                      check (status in ('running', 'succeeded', 'failed')),
    files_seen        integer not null default 0 check (files_seen >= 0),
    documents_loaded  integer not null default 0 check (documents_loaded >= 0),
    documents_skipped integer not null default 0 check (documents_skipped >= 0),
    files_failed      integer not null default 0 check (files_failed >= 0),
    message           text,
    check (finished_at is null or finished_at >= started_at)
);
comment on table staging.load_runs is 'One row per ingest run: what it saw, loaded, skipped and failed.';

create table staging.load_errors (
    run_id      bigint not null references staging.load_runs (run_id) on delete cascade,
    source_path text not null,
    error       text not null,
    logged_at   timestamptz not null default now(),
    primary key (run_id, source_path)
);
create table staging.transform_runs (
    transform_id bigint generated always as identity primary key,
    fingerprint  text not null,
    started_at   timestamptz not null default now(),
    finished_at  timestamptz,
    status       text not null default 'running'
                 check (status in ('running', 'succeeded', 'failed')),
    message      text
);
comment on table staging.transform_runs is
    'One row per dbt build; the fingerprint names its inputs so an unchanged build is skipped.';

comment on table staging.load_errors is 'Files an ingest run could not load, with the reason.';

create table staging.documents (
    document_id     bigint generated always as identity primary key,
    content_sha256  char(64) not null unique check (content_sha256 ~ '^[0-9a-f]{{64}}$'),
    source_path     text not null check (source_path <> ''),
    encoding        text not null,
    body            text not null check (body <> ''),
    country_iso3    char(3) check (country_iso3 ~ '^[A-Z]{{3}}$'),
    country_name    text,
    report_year     smallint check (report_year between 2001 and 2100),
    tier            text check (tier in {_in(TIERS)}),
    metadata_sources jsonb not null default '{{}}'::jsonb,
    warnings        text[] not null default '{{}}',
    run_id          bigint not null references staging.load_runs (run_id),
    loaded_at       timestamptz not null default now(),
    superseded_at   timestamptz,
    superseded_by   bigint references staging.documents (document_id),
    extractor_version text not null,
    check (superseded_by is null or superseded_at is not null)
);
create unique index documents_current_path on staging.documents (source_path)
    where superseded_at is null;
comment on table staging.documents is
    'One row per distinct report text. A changed file under the same path gets a new row; the old one is marked superseded.';

create table staging.sentences (
    document_id bigint not null references staging.documents (document_id) on delete cascade,
    sentence_no integer not null check (sentence_no >= 0),
    start_char  integer not null check (start_char >= 0),
    end_char    integer not null,
    section     text,
    body        text not null,
    primary key (document_id, sentence_no),
    check (end_char > start_char)
);
comment on table staging.sentences is 'Sentences of each document with their character span in documents.body.';

create table staging.facts (
    document_id bigint not null,
    sentence_no integer not null,
    metric      text not null check (metric in {_in(METRICS)}),
    year        smallint not null check (year between 1990 and 2100),
    value       bigint not null check (value >= 0),
    unit        text not null check (unit in ('persons', 'cases', 'calls')),
    qualifier   text,
    start_char  integer not null check (start_char >= 0),
    end_char    integer not null,
    rule        text not null,
    primary key (document_id, metric, year, start_char),
    foreign key (document_id, sentence_no)
        references staging.sentences (document_id, sentence_no) on delete cascade,
    check (end_char > start_char)
);
comment on table staging.facts is 'Count facts: one figure of one metric for one reference year, with its span.';

create table staging.funding_facts (
    document_id  bigint not null,
    sentence_no  integer not null,
    year         smallint not null check (year between 1990 and 2100),
    purpose      text not null check (purpose in {_in(PURPOSES)}),
    currency     char(3) not null check (currency ~ '^[A-Z]{{3}}$'),
    amount_local numeric(20, 2) check (amount_local >= 0),
    amount_usd   numeric(20, 2) check (amount_usd >= 0),
    qualifier    text,
    start_char   integer not null check (start_char >= 0),
    end_char     integer not null,
    rule         text not null,
    primary key (document_id, start_char),
    foreign key (document_id, sentence_no)
        references staging.sentences (document_id, sentence_no) on delete cascade,
    check (end_char > start_char),
    check (amount_local is not null or amount_usd is not null)
);
comment on table staging.funding_facts is 'Money allocations: local amount, currency, and the USD the report printed.';

create table staging.directions (
    document_id bigint not null,
    sentence_no integer not null,
    metric      text not null check (metric in {_in(METRICS)}),
    year        smallint not null check (year between 1990 and 2100),
    direction   text not null check (direction in ('increase', 'decrease')),
    start_char  integer not null check (start_char >= 0),
    end_char    integer not null,
    rule        text not null,
    primary key (document_id, metric, year, start_char),
    foreign key (document_id, sentence_no)
        references staging.sentences (document_id, sentence_no) on delete cascade,
    check (end_char > start_char)
);
comment on table staging.directions is 'Changes a report states without a count, e.g. "identified more victims".';
"""

# cascade: dbt's views over these tables (schemas stg, intermediate) go with them and are
# rebuilt by the next `tipwh transform`.
DOWNGRADE = """
drop table if exists staging.directions cascade;
drop table if exists staging.funding_facts cascade;
drop table if exists staging.facts cascade;
drop table if exists staging.sentences cascade;
drop table if exists staging.documents cascade;
drop table if exists staging.transform_runs cascade;
drop table if exists staging.load_errors cascade;
drop table if exists staging.load_runs cascade;
drop schema if exists staging;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
