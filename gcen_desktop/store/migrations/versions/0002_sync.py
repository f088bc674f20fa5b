"""Bundle exchange: held seq intervals, peers and their knowledge, keys, import log, shared folder.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "have_ranges",
        sa.Column("origin", sa.String, nullable=False),
        sa.Column("lo", sa.Integer, nullable=False),
        sa.Column("hi", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("origin", "lo"),
        sqlite_with_rowid=False,
    )
    # What the log already holds, as intervals ("gaps and islands").
    op.execute(
        "INSERT INTO have_ranges (origin, lo, hi) SELECT replica, MIN(seq), MAX(seq) FROM ("
        "SELECT replica, seq, seq - ROW_NUMBER() OVER (PARTITION BY replica ORDER BY seq) AS g "
        "FROM events) GROUP BY replica, g"
    )
    op.create_table(
        "peers",
        sa.Column("replica", sa.String, primary_key=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("fingerprint", sa.String),
        sa.Column("first_seen_ms", sa.Integer, nullable=False),
        sa.Column("last_exchange_ms", sa.Integer),
    )
    op.create_table(
        "peer_knowledge",
        sa.Column("peer", sa.String, nullable=False),
        sa.Column("origin", sa.String, nullable=False),
        sa.Column("lo", sa.Integer, nullable=False),
        sa.Column("hi", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("peer", "origin", "lo"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "known_keys",
        sa.Column("fingerprint", sa.String, primary_key=True),
        sa.Column("public_key", sa.String, nullable=False),
        sa.Column("age_recipient", sa.String),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("trusted", sa.Integer, nullable=False),
        sa.Column("first_seen_ms", sa.Integer, nullable=False),
    )
    op.create_table(
        "import_log",
        sa.Column("bundle_id", sa.String, primary_key=True),
        sa.Column("file_sha256", sa.String, nullable=False),
        sa.Column("producer", sa.String, nullable=False),
        sa.Column("producer_name", sa.String, nullable=False),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("created_ms", sa.Integer, nullable=False),
        sa.Column("imported_ms", sa.Integer, nullable=False),
        sa.Column("event_count", sa.Integer, nullable=False),
        sa.Column("applied", sa.Integer, nullable=False),
        sa.Column("report", sa.Text, nullable=False),
    )
    op.create_index("ix_import_log_file_sha256", "import_log", ["file_sha256"])
    op.create_table(
        "folder_files",
        sa.Column("folder", sa.String, nullable=False),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("mtime_ns", sa.Integer, nullable=False),
        sa.Column("outcome", sa.Text, nullable=False),
        sa.Column("seen_ms", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("folder", "name"),
    )


def downgrade() -> None:
    for name in ("folder_files", "import_log", "known_keys", "peer_knowledge", "peers", "have_ranges"):
        op.drop_table(name)
