"""A dbt build records the countries it rebuilt: null for a full build of every country,
else the countries whose current documents changed since the last successful build (the
incremental models of dbt_project read it while the build runs).

Revision ID: 0005_watermark
Revises: 0004
Create Date: 2026-12-01
"""

from alembic import op

revision = "0005_watermark"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "alter table staging.transform_runs add column countries text[];"
        " comment on column staging.transform_runs.countries is"
        " 'Countries (ISO3) this build rebuilt, their documents changed since the last"
        " successful build; null: a full build of every country.'"
    )


def downgrade() -> None:
    op.execute("alter table staging.transform_runs drop column countries")
