"""The first schema: event log, heads, deletions, projection, full-text index.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meta",
        sa.Column("key", sa.String, primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("eid", sa.Integer, primary_key=True),
        sa.Column("replica", sa.String, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("hlc", sa.String, nullable=False),
        sa.Column("rec", sa.String, nullable=False),
        sa.Column("type", sa.String, nullable=False),
        sa.Column("op", sa.String, nullable=False),
        sa.Column("h", sa.String, nullable=False),
        sa.Column("body", sa.LargeBinary, nullable=False),
        sa.UniqueConstraint("replica", "seq", name="uq_events_dot"),
    )
    op.create_index("ix_events_rec", "events", ["rec"])
    for name, cols in (
        ("heads", ("rec", "field", "replica", "seq")),
        ("superseded", ("rec", "field", "replica", "seq")),
        ("deletion_observed", ("rec", "field", "replica", "seq")),
    ):
        # A head's value is read from its event's body: storing it again would double the writes.
        extra = [sa.Column("hlc", sa.String, nullable=False)] if name == "heads" else []
        op.create_table(
            name,
            sa.Column("rec", sa.String, nullable=False),
            sa.Column("field", sa.String, nullable=False),
            sa.Column("replica", sa.String, nullable=False),
            sa.Column("seq", sa.Integer, nullable=False),
            *extra,
            sa.PrimaryKeyConstraint(*cols),
            sqlite_with_rowid=False,
        )
    op.create_table(
        "deletions",
        sa.Column("rec", sa.String, nullable=False),
        sa.Column("replica", sa.String, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("hlc", sa.String, nullable=False),
        sa.PrimaryKeyConstraint("rec", "replica", "seq"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "records",
        sa.Column("rid", sa.Integer, primary_key=True),
        sa.Column("id", sa.String, nullable=False, unique=True),
        sa.Column("type", sa.String, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("parent", sa.String),
        sa.Column("kind", sa.String),
        sa.Column("status", sa.String),
        sa.Column("due", sa.String),
        sa.Column("working_group", sa.String),
        sa.Column("symposium", sa.String),
        sa.Column("city", sa.String),
        sa.Column("member", sa.String),
        sa.Column("position", sa.String),
        sa.Column("visibility", sa.String, nullable=False),
        sa.Column("deleted", sa.Integer, nullable=False),
        sa.Column("own_deleted", sa.Integer, nullable=False),
        sa.Column("del_conflict", sa.Integer, nullable=False),
        sa.Column("conflicts", sa.Text),
        sa.Column("merged", sa.Text),
        sa.Column("created", sa.String, nullable=False),
        sa.Column("updated", sa.String, nullable=False),
    )
    op.create_index("ix_records_type", "records", ["type", "deleted", "updated"])
    op.create_index("ix_records_parent", "records", ["parent", "type"])
    op.create_index("ix_records_due", "records", ["type", "status", "due"])
    op.create_index("ix_records_member", "records", ["member", "type"])
    op.create_table("fts_queue", sa.Column("rid", sa.Integer, primary_key=True))
    # Accents folded ("education" finds "éducation"); CJK is split per character by the store.
    op.execute(
        "CREATE VIRTUAL TABLE search USING fts5(title, body, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE search")
    for name in ("fts_queue", "records", "deletions", "deletion_observed", "superseded", "heads", "events", "meta"):
        op.drop_table(name)
