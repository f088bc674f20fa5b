"""Running the Alembic migration scripts, and writing `newest` (the schema they make) from them.

Only what opens an older store loads Alembic (this module imports it lazily); a new or
up-to-date store never does. Nothing here imports the engine: the engine calls in.
Run `python -m gcen_desktop.store.migrations.runner` after adding a migration.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

MIGRATIONS = Path(__file__).parent


def alembic_config(conn: Connection | None = None) -> Any:
    """The Alembic configuration of the scripts here, running on `conn`."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if conn is not None:
        cfg.attributes["connection"] = conn
    return cfg


def head_revision() -> str:
    """The newest revision among the migration scripts (a test keeps HEAD_REVISION equal to it)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def known_revision(revision: str) -> bool:
    """Whether `revision` is one of these scripts' (not: a newer version migrated the database)."""
    from alembic.script import ScriptDirectory
    from alembic.script.revision import RevisionError
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except (RevisionError, CommandError):
        return False


def upgrade(conn: Connection) -> None:
    """Run every migration the database on `conn` has not had, inside the caller's transaction."""
    from alembic import command

    command.upgrade(alembic_config(conn), "head")


def schema_statements(raw: sqlite3.Connection) -> list[str]:
    """The statements that make this database's schema (not its rows), in the order SQLite made
    its objects; not the tables an FTS5 table makes for itself."""
    rows = raw.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid").fetchall()
    virtual = {name for name, sql in rows if sql.upper().startswith("CREATE VIRTUAL TABLE")}
    shadows = {f"{v}_{part}" for v in virtual for part in ("data", "idx", "content", "docsize", "config")}
    return [sql for name, sql in rows if name not in shadows]


def run_migrations(db: Path) -> None:
    """Run every migration script with Alembic on the database file `db` (a new one: empty)."""
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{db}", connect_args={"isolation_level": None})
    try:
        with engine.connect() as conn:
            conn.info["write"] = True
            with conn.begin():
                upgrade(conn)
    finally:
        engine.dispose()


NEWEST = MIGRATIONS / "newest.py"


def generate() -> str:
    """The text of `newest` for the migration scripts as they are: they run on an empty database."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "schema.sqlite3"
        run_migrations(db)
        raw = sqlite3.connect(db)
        try:
            statements = schema_statements(raw)
        finally:
            raw.close()
    source = NEWEST.read_text(encoding="utf-8")
    head = source[: source.index("REVISION = ")]
    return head + f'REVISION = "{head_revision()}"\n\nSTATEMENTS = (\n' + "".join(f"    {s!r},\n" for s in statements) + ")\n"


if __name__ == "__main__":
    NEWEST.write_text(generate(), encoding="utf-8")
