"""The hub's Alembic migrations, run programmatically by `gcen-hub init`."""
