"""The compiled SQL of a build of some countries, kept per version of the dbt project, so
that such a build runs without starting dbt (etl/transform/plan.py).

Revision ID: 0006_build_plans
Revises: 0005_watermark
Create Date: 2026-12-01
"""

from alembic import op

revision = "0006_build_plans"
down_revision = "0005_watermark"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "create table staging.build_plans ("
        " project_fingerprint text primary key,"
        " compiled_at timestamptz not null default now(),"
        " nodes jsonb not null);"
        " comment on table staging.build_plans is"
        " 'dbt''s compiled SQL of the models built by country and their tests, for one"
        " version of the dbt project; a build of some countries runs it without dbt.';"
        " alter table staging.transform_runs add column runner text not null default 'dbt'"
        " check (runner in ('dbt', 'plan'));"
        " comment on column staging.transform_runs.runner is"
        " 'dbt: dbt built the models; plan: the stored plan of the same project did.'"
    )


def downgrade() -> None:
    op.execute(
        "alter table staging.transform_runs drop column runner; drop table staging.build_plans"
    )
