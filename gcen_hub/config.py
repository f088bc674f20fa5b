"""Where the hub finds its database and its files: `--db` / `$GCEN_HUB_DB`, `--home` / `$GCEN_HUB_HOME`."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from gcen_desktop.domain.errors import UserError


@dataclass(frozen=True)
class HubConfig:
    dsn: str
    home: Path


def sqlalchemy_url(dsn: str) -> str:
    """A PostgreSQL DSN as SQLAlchemy names it with psycopg 3 (`postgresql://…` → `postgresql+psycopg://…`)."""
    for prefix in ("postgresql+psycopg://", "postgresql://", "postgres://"):
        if dsn.startswith(prefix):
            return "postgresql+psycopg://" + dsn[len(prefix):]
    raise UserError("The hub's database must be a PostgreSQL address such as postgresql://user@host/gcen_hub; "
                    "give it with --db or $GCEN_HUB_DB.")


def resolve(db: str | None, home: str | None) -> HubConfig:
    dsn = db or os.environ.get("GCEN_HUB_DB") or ""
    if not dsn:
        raise UserError("No database given: pass --db postgresql://… or set $GCEN_HUB_DB.")
    folder = home or os.environ.get("GCEN_HUB_HOME") or ""
    if not folder:
        raise UserError("No hub folder given: pass --home DIR or set $GCEN_HUB_HOME (the hub keeps its "
                        "signing key and attachment files there).")
    return HubConfig(dsn=sqlalchemy_url(dsn), home=Path(folder))
