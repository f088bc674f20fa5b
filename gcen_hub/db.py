"""The hub's database: an engine on PostgreSQL (psycopg 3) and its migrations, run by Alembic."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import OperationalError

from gcen_desktop.domain.errors import UserError

MIGRATIONS = Path(__file__).parent / "migrations"


def connect(url: str) -> Engine:
    """An engine on the hub's database; a plain message when it cannot be reached."""
    engine = create_engine(url, pool_pre_ping=True)
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SHOW server_version_num")).scalar_one()
    except OperationalError as exc:
        engine.dispose()
        raise UserError("Cannot reach the hub's database (%(why)s); check --db / $GCEN_HUB_DB and that "
                        "PostgreSQL is running.", why=str(exc.orig).strip().splitlines()[0]) from None
    if int(version) < 150000:
        engine.dispose()
        raise UserError("The hub needs PostgreSQL 15 or newer; this server is %(version)s.", version=version)
    return engine


def migrate(engine: Engine) -> str:
    """Bring the schema to the newest revision (one transaction, under an advisory lock so two
    `init` at once do not race); returns the revision."""
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('gcen_hub.migrate'))"))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return ScriptDirectory.from_config(cfg).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not conn.execute(text("SELECT to_regclass('alembic_version')")).scalar():
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
