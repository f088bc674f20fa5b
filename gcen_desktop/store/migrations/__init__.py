"""Alembic migrations of the store, run programmatically at open (see `runner`).

HEAD_REVISION (`newest.REVISION`) names the newest script so an up-to-date store opens without
loading Alembic; `tests/unit/test_store.py` fails when it falls behind the scripts.
"""

from .newest import REVISION as HEAD_REVISION

__all__ = ["HEAD_REVISION"]
