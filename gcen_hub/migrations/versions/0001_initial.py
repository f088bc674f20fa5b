"""The hub's first schema: cities and keys, publications, search parts, ingests, digests.

Publications and their search parts are partitioned by workspace (hash, 8 partitions): every
query of an ingest or a city page stays inside one workspace, so a distributed PostgreSQL
(Citus, distributed by workspace_id) is the next step with no change to the code.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_TS = sa.DateTime(timezone=True)
PARTITIONS = 8


def _partitions(table: str) -> None:
    for n in range(PARTITIONS):
        op.execute(f"CREATE TABLE {table}_p{n} PARTITION OF {table} "
                   f"FOR VALUES WITH (MODULUS {PARTITIONS}, REMAINDER {n})")


def upgrade() -> None:
    op.create_table("hub_meta", sa.Column("key", sa.Text, primary_key=True), sa.Column("value", sa.Text, nullable=False))
    op.create_table(
        "cities",
        sa.Column("workspace_id", sa.Text, primary_key=True),
        sa.Column("city", sa.Text, nullable=False),
        sa.Column("team", sa.Text, nullable=False, server_default=""),
        sa.Column("enrolled_at", _TS, nullable=False),
    )
    op.create_table(
        "city_keys",
        sa.Column("fingerprint", sa.Text, primary_key=True),
        sa.Column("workspace_id", sa.Text, sa.ForeignKey("cities.workspace_id"), nullable=False, index=True),
        sa.Column("added_at", _TS, nullable=False),
        sa.Column("revoked_at", _TS, nullable=True),
    )
    op.execute("CREATE SEQUENCE publication_arrival AS bigint")
    op.create_table(
        "publications",
        sa.Column("workspace_id", sa.Text, sa.ForeignKey("cities.workspace_id"), primary_key=True),
        sa.Column("rec", sa.Text, primary_key=True),
        sa.Column("type", sa.Text, nullable=False),
        sa.Column("counter", sa.BigInteger, nullable=False),
        sa.Column("hlc", sa.Text, nullable=False),
        sa.Column("dot_replica", sa.Text, nullable=False),
        sa.Column("dot_seq", sa.BigInteger, nullable=False),
        sa.Column("h", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False, server_default=""),
        sa.Column("body", postgresql.JSONB, nullable=False),
        sa.Column("withdrawn", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("published_ms", sa.BigInteger, nullable=False),
        sa.Column("ingested_at", _TS, nullable=False),
        sa.Column("arrival", sa.BigInteger, nullable=False),
        postgresql_partition_by="HASH (workspace_id)",
    )
    _partitions("publications")
    op.create_index("ix_publications_arrival", "publications", ["arrival"])
    op.create_index("ix_publications_type_city", "publications", ["type", "workspace_id"])
    op.create_table(
        "search_parts",
        sa.Column("workspace_id", sa.Text, primary_key=True),
        sa.Column("rec", sa.Text, primary_key=True),
        sa.Column("part", sa.Integer, primary_key=True),
        sa.Column("doc", postgresql.TSVECTOR, nullable=False),
        sa.ForeignKeyConstraint(["workspace_id", "rec"], ["publications.workspace_id", "publications.rec"],
                                ondelete="CASCADE"),
        postgresql_partition_by="HASH (workspace_id)",
    )
    _partitions("search_parts")
    op.create_index("ix_search_parts_doc", "search_parts", ["doc"], postgresql_using="gin")
    # the few records long enough to have several parts (search looks for words across their parts)
    op.create_index("ix_search_parts_long", "search_parts", ["workspace_id", "rec"], postgresql_where=sa.text("part > 0"))
    op.create_table(
        "ingests",
        sa.Column("bundle_id", sa.Text, primary_key=True),
        sa.Column("workspace_id", sa.Text, sa.ForeignKey("cities.workspace_id"), nullable=False, index=True),
        sa.Column("fingerprint", sa.Text, nullable=False),
        sa.Column("file_sha256", sa.Text, nullable=False),
        sa.Column("counts", postgresql.JSONB, nullable=False),
        sa.Column("ingested_at", _TS, nullable=False),
    )
    op.create_table(
        "digests",
        sa.Column("workspace_id", sa.Text, sa.ForeignKey("cities.workspace_id"), primary_key=True),
        sa.Column("through_arrival", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("made_at", _TS, nullable=False),
    )


def downgrade() -> None:
    for table in ("digests", "ingests", "search_parts", "publications", "city_keys", "cities", "hub_meta"):
        op.drop_table(table)
    op.execute("DROP SEQUENCE publication_arrival")
