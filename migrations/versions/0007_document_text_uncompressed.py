"""A document's text is stored out of line but not compressed (storage external).

The loader then spends no server time compressing 15-30 KB of text per document (pglz was
about an eighth of the server's time per document), and a sentence's text is checked
against its span of the document text by reading only the pages of the text it covers
(substr of an uncompressed value reads a slice). The text of the whole report history is
about 70 MB, so the cost is disk: about 30 MB more than compressed.

Revision ID: 0007_document_text_uncompressed
Revises: 0006_build_plans
Create Date: 2026-12-01
"""

from alembic import op

revision = "0007_document_text_uncompressed"
down_revision = "0006_build_plans"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("alter table staging.documents alter column body set storage external")


def downgrade() -> None:
    op.execute("alter table staging.documents alter column body set storage extended")
