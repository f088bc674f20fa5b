"""The network: publications other cities sent, the keys that speak for them, what was published.

- `network_sources`: a workspace of another city whose publications this store keeps (its id,
  team name and city, as the key trusted for it first said).
- `network_keys`: a signing key trusted to publish for one other workspace, and only that one.
- `network_library`: per (workspace, record) the newest publication received (its counter and
  dot decide what is newer), or a withdrawal kept as a tombstone so an older copy replayed
  later cannot bring it back; read-only, apart from the team's own records and never exported.
- `network_search`: the full-text index of the library, with the tokenizer of `search`.
- `network_sent`: per receiver (the hub or a named city), what this store published to it last:
  the counter of each record, so the next publication carries only what changed, and withdrawals.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "network_sources",
        sa.Column("workspace_id", sa.String, primary_key=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("city", sa.String, nullable=False),
        sa.Column("first_seen_ms", sa.Integer, nullable=False),
        sa.Column("last_ms", sa.Integer, nullable=False),
    )
    op.create_table(
        "network_keys",
        sa.Column("fingerprint", sa.String, primary_key=True),
        sa.Column("workspace_id", sa.String, nullable=False),
        sa.Column("public_key", sa.String, nullable=False),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("trusted_ms", sa.Integer, nullable=False),
    )
    op.create_table(
        "network_library",
        sa.Column("lid", sa.Integer, primary_key=True),
        sa.Column("workspace_id", sa.String, nullable=False),
        sa.Column("rec", sa.String, nullable=False),
        sa.Column("type", sa.String, nullable=False),
        sa.Column("counter", sa.Integer, nullable=False),
        sa.Column("hlc", sa.String, nullable=False),
        sa.Column("dot_replica", sa.String, nullable=False),
        sa.Column("dot_seq", sa.Integer, nullable=False),
        sa.Column("h", sa.String, nullable=False),
        sa.Column("withdrawn", sa.Integer, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("published_ms", sa.Integer, nullable=False),
        sa.Column("received_ms", sa.Integer, nullable=False),
        sa.UniqueConstraint("workspace_id", "rec"),
    )
    op.execute("CREATE VIRTUAL TABLE network_search USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')")
    op.create_table(
        "network_sent",
        sa.Column("receiver", sa.String, nullable=False),
        sa.Column("rec", sa.String, nullable=False),
        sa.Column("type", sa.String, nullable=False),
        sa.Column("counter", sa.Integer, nullable=False),
        sa.Column("h", sa.String, nullable=False),
        sa.Column("withdrawn", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("receiver", "rec"),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    op.drop_table("network_sent")
    op.execute("DROP TABLE network_search")
    op.drop_table("network_library")
    op.drop_table("network_keys")
    op.drop_table("network_sources")
