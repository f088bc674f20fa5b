"""The workspace store: an append-only event log with a projection, on SQLite through SQLAlchemy."""

from .store import Store, open_store

__all__ = ["Store", "open_store"]
