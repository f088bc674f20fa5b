"""A brand-new record's shown values may stay in the event that created it.

A teammate's first bundle creates most records with one event each, whose fields are the record's
values as shown; the projection kept a second copy of them (137 MB of a 509 MB store of 100k
notes, a quarter of what joining writes). The projection's table is now `record_rows`: a row
whose `data_eid` is set has an empty `data`, its values being the `data_len` bytes from byte
`data_at` (1-based) of that event's body. The view `records` gives every reader the values either
way; the first change of such a record writes its values into its row.

Revision ID: 0005
Revises: 0004
"""

import json
import re

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


FILL_INDEXES = "fill_indexes"  # store.FILL_INDEXES: indexes a fill dropped, to build again


def upgrade() -> None:
    op.execute("ALTER TABLE records RENAME TO record_rows")
    _rename_saved_indexes(r'\bON "?records"? ', "ON record_rows ")
    for column in ("data_eid", "data_at", "data_len"):
        op.execute(f"ALTER TABLE record_rows ADD COLUMN {column} INTEGER")
    op.execute(
        "CREATE VIEW records AS SELECT r.rid AS rid, r.id AS id, r.type AS type, r.title AS title, "
        "CASE WHEN r.data_eid IS NULL THEN r.data ELSE (SELECT CAST(substr(e.body, r.data_at, r.data_len) AS TEXT) "
        "FROM events e WHERE e.eid = r.data_eid) END AS data, "
        "r.parent AS parent, r.kind AS kind, r.status AS status, r.due AS due, r.working_group AS working_group, "
        "r.symposium AS symposium, r.city AS city, r.member AS member, r.position AS position, "
        "r.visibility AS visibility, r.deleted AS deleted, r.own_deleted AS own_deleted, "
        "r.del_conflict AS del_conflict, r.conflicts AS conflicts, r.merged AS merged, r.created AS created, "
        "r.updated AS updated FROM record_rows r"
    )


def downgrade() -> None:
    op.execute(
        "UPDATE record_rows SET data = (SELECT CAST(substr(e.body, record_rows.data_at, record_rows.data_len) AS TEXT) "
        "FROM events e WHERE e.eid = record_rows.data_eid) WHERE data_eid IS NOT NULL"
    )
    op.execute("DROP VIEW records")
    for column in ("data_len", "data_at", "data_eid"):
        op.execute(f"ALTER TABLE record_rows DROP COLUMN {column}")
    op.execute("ALTER TABLE record_rows RENAME TO records")
    _rename_saved_indexes(r'\bON "?record_rows"? ', "ON records ")


def _rename_saved_indexes(pattern: str, replacement: str) -> None:
    """A fill stopped by a crash left its list indexes' definitions in `meta`, built again at the
    next open: on the table by its new name."""
    conn = op.get_bind()
    saved = conn.exec_driver_sql("SELECT value FROM meta WHERE key = ?", (FILL_INDEXES,)).scalar()
    if saved is not None:
        renamed = [re.sub(pattern, replacement, sql, count=1) for sql in json.loads(saved)]
        conn.exec_driver_sql("UPDATE meta SET value = ? WHERE key = ?", (json.dumps(renamed), FILL_INDEXES))
