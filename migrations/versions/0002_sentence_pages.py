"""Sentences keep the page of a paged source (a PDF report) they start on.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "alter table staging.sentences add column page integer check (page > 0);"
        " comment on column staging.sentences.page is"
        " 'Page of the source PDF the sentence starts on; null for text and HTML files.'"
    )


def downgrade() -> None:
    op.execute("alter table staging.sentences drop column page cascade")
