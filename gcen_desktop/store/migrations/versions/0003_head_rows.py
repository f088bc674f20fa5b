"""Heads as one row per (record, event) listing its fields, not one row per field.

A record's first event is a head of every field it sets; one row instead of one per field makes
a teammate's first bundle a quarter of the head rows to write. The `heads` view gives the old
per-field rows to every reader.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE TABLE head_rows (rec VARCHAR NOT NULL, replica VARCHAR NOT NULL, seq INTEGER NOT NULL, "
        "hlc VARCHAR NOT NULL, fields TEXT NOT NULL, PRIMARY KEY (rec, replica, seq)) WITHOUT ROWID"
    )
    op.execute(
        "INSERT INTO head_rows (rec, replica, seq, hlc, fields) "
        "SELECT rec, replica, seq, MAX(hlc), json_group_array(field) FROM "
        "(SELECT rec, replica, seq, hlc, field FROM heads ORDER BY rec, replica, seq, field) "
        "GROUP BY rec, replica, seq"
    )
    op.execute("DROP TABLE heads")
    op.execute(
        "CREATE VIEW heads AS SELECT h.rec AS rec, j.value AS field, h.replica AS replica, h.seq AS seq, "
        "h.hlc AS hlc FROM head_rows h, json_each(h.fields) j"
    )


def downgrade() -> None:
    op.execute("DROP VIEW heads")
    op.execute(
        "CREATE TABLE heads (rec VARCHAR NOT NULL, field VARCHAR NOT NULL, replica VARCHAR NOT NULL, "
        "seq INTEGER NOT NULL, hlc VARCHAR NOT NULL, PRIMARY KEY (rec, field, replica, seq))"
    )
    op.execute(
        "INSERT INTO heads SELECT h.rec, j.value, h.replica, h.seq, h.hlc FROM head_rows h, json_each(h.fields) j"
    )
    op.execute("DROP TABLE head_rows")
