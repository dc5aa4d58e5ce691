"""A sentence's text is not stored: it is the document's text at the sentence's span.

`staging.sentences.body` held every sentence's text beside `staging.documents.body`, so each
text was sent, parsed and written twice (about 385,000 sentence rows for the report
history). dbt's `stg_sentences` cuts the sentence from its document's text instead
(substr of the uncompressed text reads only the pages the span covers, migration 0007).
dbt's view of the column goes with it; the next build makes it again (a changed project is
built by dbt in full).

Revision ID: 0008_sentence_text_from_span
Revises: 0007_document_text_uncompressed
Create Date: 2026-12-01
"""

from alembic import op

revision = "0008_sentence_text_from_span"
down_revision = "0007_document_text_uncompressed"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "alter table staging.sentences drop column body cascade;"
        " comment on table staging.sentences is"
        " 'Sentences of each document: their character span in documents.body (the text"
        " of a sentence is documents.body at its span).'"
    )


def downgrade() -> None:
    op.execute(
        "alter table staging.sentences add column body text;"
        " update staging.sentences s set body = substr(d.body, s.start_char + 1,"
        " s.end_char - s.start_char) from staging.documents d"
        " where d.document_id = s.document_id;"
        " alter table staging.sentences alter column body set not null;"
        " comment on table staging.sentences is"
        " 'Sentences of each document with their character span in documents.body.'"
    )
