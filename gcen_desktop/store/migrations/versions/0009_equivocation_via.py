"""Equivocation evidence says which bundle brought the other version.

- `equivocations.via`: the producer (replica id) of the bundle in which the other version of the
  dot arrived. Only the manifest of a bundle is signed, so a teammate relaying another store's
  changes can make a second version of one of them; the Sync screen names both stores instead of
  blaming the one whose dot it is. Rows written before this revision have none.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a nullable column without a default: SQLite adds it in place (no table copy, no batch)
    op.add_column("equivocations", sa.Column("via", sa.String, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("equivocations") as batch:
        batch.drop_column("via")
