"""What each receiver of this workspace's publications acknowledged holding.

- `network_acked`: per receiver (the hub, or a named city), per record, what the receiver said it
  holds (its counter and content hash, or a withdrawal), as its last receipt said: the hub's in
  its digest, a city's in a receipt file. An incremental publication for that receiver carries
  every record whose current publication it has not acknowledged (`sync/publishing.py`);
  `network_sent` keeps what was sent, so that a withdrawal goes out at least once.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "network_acked",
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
    op.drop_table("network_acked")
