"""Alembic migrations of the store, run programmatically at open.

HEAD_REVISION names the newest script so an up-to-date store opens without loading Alembic;
`tests/unit/test_store.py` fails when it falls behind the scripts. Add a migration -> bump it.
"""

HEAD_REVISION = "0006"
