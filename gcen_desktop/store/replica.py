"""Replica identity: detect a store that was copied or restored from a backup, outside the database.

A registry file in the user's state folder remembers, per store path, the replica id and the last
sequence number written there. At open, a store whose recorded path differs (moved or copied),
whose registry entry names another replica, or whose seq is behind what was written at that path
(restored from a backup) gets a fresh replica id before its next write: reusing a replica id is
the one way to break convergence.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import platformdirs


def registry_path() -> Path:
    base = os.environ.get("GCEN_STATE_DIR") or platformdirs.user_state_dir("gcen-desktop", "GCEN")
    return Path(base) / "replicas.json"


def _load() -> dict[str, dict[str, object]]:
    try:
        return json.loads(registry_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def remembered(db_path: Path) -> dict[str, object] | None:
    return _load().get(str(db_path.resolve()))


def remember(db_path: Path, replica: str, seq: int) -> None:
    """Record the replica and last seq of the store at this path (atomic replace, best effort)."""
    path = registry_path()
    data = _load()
    key = str(db_path.resolve())
    if data.get(key) == {"replica": replica, "seq": seq}:
        return
    data[key] = {"replica": replica, "seq": seq}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only state folder must not stop the user from working


def forget(db_path: Path) -> None:
    """Drop the entry of a store that is gone (a scratch store), best effort."""
    path = registry_path()
    data = _load()
    if data.pop(str(db_path.resolve()), None) is None:
        return
    try:
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass


def needs_new_identity(db_path: Path, stored_path: str | None, replica: str, seq: int) -> str | None:
    """Why this store must take a fresh replica id, or None when it is the same store as before."""
    here = str(db_path.resolve())
    if stored_path is not None and stored_path != here:
        return "copied or moved from another folder"
    entry = remembered(db_path)
    if entry is None:
        return None
    if entry.get("replica") != replica:
        return "another store was copied over this one"
    if int(entry.get("seq", 0)) > seq:  # type: ignore[arg-type]
        return "restored from a backup"
    return None
