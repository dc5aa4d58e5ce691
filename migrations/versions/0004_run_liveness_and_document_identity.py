"""Runs of dead processes can be closed as 'interrupted'; a document is keyed by its path
and its content (the same text at two paths is two documents).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

UPGRADE = """
alter table staging.load_runs drop constraint load_runs_status_check;
alter table staging.load_runs add constraint load_runs_status_check
    check (status in ('running', 'succeeded', 'failed', 'interrupted'));
alter table staging.transform_runs drop constraint transform_runs_status_check;
alter table staging.transform_runs add constraint transform_runs_status_check
    check (status in ('running', 'succeeded', 'failed', 'interrupted'));
comment on column staging.load_runs.status is
    'running, succeeded, failed, or interrupted (its process died: closed by a later command)';

alter table staging.documents drop constraint documents_content_sha256_key;
alter table staging.documents add constraint documents_content_path_key
    unique (content_sha256, source_path);
comment on column staging.documents.source_path is
    'Absolute, resolved path of the file the text was read from.';
"""

DOWNGRADE = """
update staging.load_runs set status = 'failed' where status = 'interrupted';
update staging.transform_runs set status = 'failed' where status = 'interrupted';
alter table staging.load_runs drop constraint load_runs_status_check;
alter table staging.load_runs add constraint load_runs_status_check
    check (status in ('running', 'succeeded', 'failed'));
alter table staging.transform_runs drop constraint transform_runs_status_check;
alter table staging.transform_runs add constraint transform_runs_status_check
    check (status in ('running', 'succeeded', 'failed'));
alter table staging.documents drop constraint documents_content_path_key;
alter table staging.documents add constraint documents_content_sha256_key unique (content_sha256);
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
