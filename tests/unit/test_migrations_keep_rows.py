"""Every migration keeps the rows already there (DESIGN.md: batch migrations with foreign keys on
silently delete child rows). A database is brought up one revision at a time from the oldest, a row
put in every table each revision has (events, heads, records — links and attachments are records
—, deletions, import log, peer knowledge, equivocations, the network library, …), and at the newest revision every one of those rows is
still there (a table a migration renamed counted under its new name), the foreign key check clean."""

from __future__ import annotations

import sqlite3

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from gcen_desktop.store.engine import make_engine, migrate
from gcen_desktop.store.migrations import HEAD_REVISION
from gcen_desktop.store.migrations.runner import alembic_config

RENAMED = {"records": "record_rows", "heads": "head_rows"}  # (0005, 0003)


def _tables(raw: sqlite3.Connection) -> list[str]:
    virtual = [n for (n,) in raw.execute("SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE 'CREATE VIRTUAL%'")]
    shadows = {f"{v}_{p}" for v in virtual for p in ("data", "idx", "content", "docsize", "config")}
    names = [n for (n,) in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    return [n for n in names if n not in shadows and n != "alembic_version" and not n.startswith("sqlite_")]


def _a_row_in(raw: sqlite3.Connection, table: str, n: int) -> None:
    """Put one row in `table`: a value of each column's kind (JSON where a migration reads JSON)."""
    columns = raw.execute(f"PRAGMA table_info({table})").fetchall()
    values = []
    for _cid, name, kind, _notnull, _default, _pk in columns:
        kind = (kind or "").upper()
        if "INT" in kind or "BOOL" in kind:
            values.append(n)
        elif name in ("fields", "report", "body", "data", "counts", "conflicts", "merged"):
            values.append('{"title": "kept"}' if name != "fields" else '["title"]')
        else:
            values.append(f"{table}-{name}-{n}")
    marks = ",".join("?" * len(values))
    raw.execute(f"INSERT INTO {table} VALUES ({marks})", values)


def test_every_migration_from_the_oldest_keeps_every_row(tmp_path):
    db = tmp_path / "workspace.sqlite3"
    script = ScriptDirectory.from_config(alembic_config())
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert revisions[-1] == HEAD_REVISION
    filled: dict[str, int] = {}
    engine = create_engine(f"sqlite:///{db}", connect_args={"isolation_level": None})
    for n, revision in enumerate(revisions[:-1], start=1):
        with engine.connect() as conn:
            conn.info["write"] = True
            with conn.begin():
                command.upgrade(alembic_config(conn), revision)
        raw = sqlite3.connect(db)
        for table in _tables(raw):
            if not raw.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]:
                _a_row_in(raw, table, n)
                filled[table] = 1
        raw.commit()
        raw.close()
    engine.dispose()
    assert {"events", "records", "heads", "deletions", "deletion_observed", "superseded", "import_log",
            "peer_knowledge", "equivocations", "private_events", "network_library", "network_acked"} <= set(filled)

    migrate(make_engine(db))  # the store's own path: foreign keys off, then checked

    raw = sqlite3.connect(db)
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
    for table in filled:
        now = RENAMED.get(table, table)
        assert raw.execute(f"SELECT COUNT(*) FROM {now}").fetchone()[0] >= 1, f"the rows of {table} were lost"
    assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    raw.close()
