"""The parent index lists only records that have a parent.

Notes, readings, practices and most other records have none; every one of them was an entry
under NULL that no query reads (they all ask `parent = ?` or join on it, which SQLite answers
from a partial index too). Without them, filling a store with 100k notes writes ~10% less.

Revision ID: 0004
Revises: 0003
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DROP INDEX ix_records_parent")
    op.execute("CREATE INDEX ix_records_parent ON records (parent, type) WHERE parent IS NOT NULL")


def downgrade() -> None:
    op.execute("DROP INDEX ix_records_parent")
    op.execute("CREATE INDEX ix_records_parent ON records (parent, type)")
