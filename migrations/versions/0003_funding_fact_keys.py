"""A funding fact is keyed by its span, reference year and purpose, as a count fact is by its
span, metric and year: one sentence can give one sum for two years ("5.7 million lek in 2016
and 2017"), which the old key (document_id, start_char) refused, rejecting the whole document.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "alter table staging.funding_facts drop constraint funding_facts_pkey;"
        " alter table staging.funding_facts add constraint funding_facts_pkey"
        " primary key (document_id, year, purpose, start_char)"
    )


def downgrade() -> None:
    # The old key holds one row per span: keep the first reference year of each.
    op.execute(
        "delete from staging.funding_facts f using staging.funding_facts g"
        " where f.document_id = g.document_id and f.start_char = g.start_char"
        " and (f.year, f.purpose) > (g.year, g.purpose);"
        " alter table staging.funding_facts drop constraint funding_facts_pkey;"
        " alter table staging.funding_facts add constraint funding_facts_pkey"
        " primary key (document_id, start_char)"
    )
