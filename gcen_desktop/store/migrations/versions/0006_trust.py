"""Trust and privacy: which key speaks for each replica, equivocation evidence, private events.

- `replica_keys`: a replica id is bound to the signing key that first vouched for it in a trusted
  bundle (its own producer's key); only that key's bundles speak for the replica afterwards.
- `equivocations`: a known dot that arrived with another hash. Every store keeps the event with
  the smaller hash; the other is kept here as evidence and the replica is named on the Sync screen.
- `private_events`: this store's own events written while their record was private. They never
  leave the store; making the record team or network writes one event with its current values.
- `ix_records_link_kind`: the links by kind, for the records an attachment hangs on.
- A record whose visibility heads conflict now shows (and is exported as) the most restrictive of
  them: the rows of such records written by an earlier version are brought to that rule here.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "replica_keys",
        sa.Column("replica", sa.String, primary_key=True),
        sa.Column("fingerprint", sa.String, nullable=False),
        sa.Column("bound_ms", sa.Integer, nullable=False),
    )
    op.create_table(
        "equivocations",
        sa.Column("replica", sa.String, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("kept_h", sa.String, nullable=False),
        sa.Column("other_h", sa.String, nullable=False),
        sa.Column("other_body", sa.LargeBinary, nullable=False),
        sa.Column("seen_ms", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("replica", "seq", "other_h"),
    )
    op.create_table(
        "private_events",
        sa.Column("replica", sa.String, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("replica", "seq"),
        sqlite_with_rowid=False,
    )
    # Which records an attachment hangs on is asked of the links of kind 'attached' by every
    # export that carries an attachment: an index of the links by kind keeps that to their number.
    op.execute("CREATE INDEX ix_records_link_kind ON record_rows (kind, type) WHERE type = 'link'")
    # (a conflicted record's row always holds its data: only brand-new records keep it in an event)
    op.execute(
        "UPDATE record_rows SET visibility='private', data=json_set(data, '$.visibility', 'private') "
        "WHERE conflicts IS NOT NULL AND data_eid IS NULL AND EXISTS "
        "(SELECT 1 FROM json_each(record_rows.conflicts, '$.visibility') WHERE value = 'private')"
    )


def downgrade() -> None:
    op.execute("DROP INDEX ix_records_link_kind")
    op.drop_table("private_events")
    op.drop_table("equivocations")
    op.drop_table("replica_keys")
