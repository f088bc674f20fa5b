"""In-memory exchange between honest teammates: every bundle signed with its producer's key, every
import trusting the key that signed it (as a team whose members checked each other's keys)."""

from __future__ import annotations

from typing import Any

from gcen_desktop.store.store import Store
from gcen_desktop.sync.export import MemoryBundle, export_memory
from gcen_desktop.sync.import_outcome import Outcome
from gcen_desktop.sync.import_pipeline import run_import
from gcen_desktop.sync.keys import StoreKeys, load_or_create_keys

_BY_PUBLIC: dict[str, StoreKeys] = {}


def keys_of(store: Store) -> StoreKeys:
    keys = load_or_create_keys(store.folder)
    _BY_PUBLIC[keys.public_key_b64] = keys
    return keys


def signer_keys(bundle: Any) -> StoreKeys | None:
    """The keys that signed a bundle made by `export_signed` (to write it to a file signed again)."""
    return _BY_PUBLIC.get(bundle.signer_public_key or "")


def export_signed(store: Store, **kw: Any) -> MemoryBundle:
    return export_memory(store, keys=keys_of(store), **kw)


def import_trusting(store: Store, bundle: Any, **kw: Any) -> Outcome:
    kw.setdefault("trust_new_key", True)
    return run_import(store, bundle, own_keys=keys_of(store), **kw)
