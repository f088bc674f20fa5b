"""Importing another team's bundle as copies: how a city team takes in the practices, plans,
readings and notes another city's team exported for the network (SYNC.md: a bundle of another
workspace is refused, "or, explicitly, imported as copies with new ids").

The bundle's events are applied to a scratch store to get the records as that team sees them;
each live record of a copyable type becomes a new record of this workspace, created by this
store's own replica, with an id derived from (their workspace, their id), so importing the same
or a later bundle again copies only what is new. References are mapped to the copies; a city,
working group or symposium this workspace already has (same name) is used instead of a copy; the
other team's people are not copied (references to them are left empty). Nothing is shared back:
the copies are ordinary records of this team.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

import orjson

from ..domain.errors import UserError, ValidationError
from ..domain.ids import link_id
from ..domain.schema import CLI_NAME_OF, COPIED_TYPES, TYPES, label_of
from ..store import replica as replica_registry
from ..store.store import open_store
from ..sync import snapshot
from ..sync.import_outcome import CATEGORIES
from ..sync.import_pipeline import APPLY_CHUNK
from ..sync.reader import BundleContents
from ..sync.temp_folders import COPYING, TempFolder
from .changes import ChangeSet
from .workspace import Workspace, _clean

COPIES_NAMESPACE = uuid.UUID("9b1f3c52-6f0e-4a5e-9f3d-2c7a8e41b6d0")
# Used when this workspace has one of the same name; else a city is copied and the others left out.
MATCHED_BY_NAME = ("city", "working_group", "symposium")
COPIED_LINKS = ("tag", "evidence", "adapted_from", "attached", "related")


def copy_id(workspace_id: str, rec: str) -> str:
    return str(uuid.uuid5(COPIES_NAMESPACE, f"{workspace_id}\x1f{rec}"))


def bundle_view(contents: BundleContents) -> dict[str, tuple[str, dict[str, Any]]]:
    """id -> (type, shown values) of the live records the bundle's events make, in a scratch store."""
    folder = TempFolder(COPYING)
    try:
        scratch = open_store(folder.path / "store", create=True)
        try:
            with scratch.write() as conn:
                events = contents.events
                for i in range(0, len(events), APPLY_CHUNK):
                    scratch.apply(conn, events[i : i + APPLY_CHUNK], defer_fts=True)
            with scratch.read() as conn:
                rows = conn.exec_driver_sql("SELECT id, type, data FROM records WHERE deleted = 0").all()
        finally:
            scratch.close()
            replica_registry.forget(scratch.db_path)
    finally:
        folder.remove()
    return {rid: (type_, orjson.loads(data)) for rid, type_, data in rows}


def _names(conn: Any) -> dict[tuple[str, str], str]:
    """(type, folded name) -> id of this workspace's live cities, working groups and symposia."""
    out: dict[tuple[str, str], str] = {}
    marks = ",".join("?" * len(MATCHED_BY_NAME))
    for rid, type_, title in conn.exec_driver_sql(
        f"SELECT id, type, title FROM records WHERE deleted = 0 AND type IN ({marks}) ORDER BY created, id",
        MATCHED_BY_NAME,
    ):
        out.setdefault((type_, " ".join(title.split()).casefold()), rid)
    return out


def import_copies(ws: Workspace, contents: BundleContents) -> tuple[dict[str, dict[str, int]], ChangeSet, list[str]]:
    """Copy the bundle's records into `ws` in one transaction, after a snapshot (undo restores it).

    Returns per-type counts ("new" copies, "unchanged" copied before), the change set, warnings."""
    source = contents.manifest.workspace_id
    if source == ws.workspace_id:
        raise UserError("This bundle is from this workspace; import it as usual, not as copies.")
    view = bundle_view(contents)
    by_type: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for rid, (type_, data) in view.items():
        by_type[type_].append((rid, data))
    for sha, path in contents.blobs.items():
        if not ws.store.blobs.has(sha):
            ws.store.blobs.put_file(Path(path))
    _, token_before = snapshot.take(ws.store)
    try:
        return _copy(ws, contents, by_type, token_before)
    finally:
        snapshot.drop_pending(ws.store)  # nothing copied, or refused: the undo of the import before stays
        snapshot.settle(ws.store)  # (and comes back when the commit itself failed)


def _copy(ws: Workspace, contents: BundleContents, by_type: dict[str, list[tuple[str, dict[str, Any]]]],
          token_before: str) -> tuple[dict[str, dict[str, int]], ChangeSet, list[str]]:
    """The copies, in one transaction; the undo record of them written before its commit."""
    source = contents.manifest.workspace_id
    counts: dict[str, dict[str, int]] = {}
    changes = ChangeSet()
    warnings: list[str] = []
    with ws.store.write() as conn:
        if snapshot.state_token(conn) != token_before:
            raise UserError("The workspace changed while the import was starting; import the bundle again.")
        names = _names(conn)
        id_map: dict[str, str] = {}
        for type_ in MATCHED_BY_NAME:
            spec = TYPES[type_]
            for rid, data in by_type.get(type_, ()):
                name = " ".join(str(data.get(spec.label) or "").split()).casefold()
                if (type_, name) in names:
                    id_map[rid] = names[(type_, name)]
        skipped = 0
        for type_ in COPIED_TYPES:
            spec = TYPES[type_]
            for rid, data in sorted(by_type.get(type_, ()), key=lambda item: (str(item[1].get("position") or ""), item[0])):
                if rid in id_map:
                    continue  # a city of the same name is here already
                new = copy_id(source, rid)
                id_map[rid] = new
                per_type = counts.setdefault(type_, dict.fromkeys(CATEGORIES, 0))
                if ws.store.find(new, conn) is not None:
                    per_type["unchanged"] += 1
                    continue
                values = _mapped(spec, data, id_map)
                if values is None:
                    skipped += 1
                    del id_map[rid]
                    continue
                try:
                    ws._create(conn, type_, values, changes, rec=new)
                except ValidationError as e:  # its values, written apart there, together too large here
                    raise UserError(
                        "The %(type)s '%(title)s' in this bundle cannot be copied: %(reason)s Nothing was imported.",
                        type=CLI_NAME_OF.get(type_, type_),
                        title=label_of(type_, data)[:80],
                        reason=e,
                    ) from None
                per_type["new"] += 1
        for _link_rec, data in by_type.get("link", ()):
            kind, a, b = data.get("kind"), id_map.get(data.get("a", "")), data.get("b", "")
            if kind not in COPIED_LINKS or a is None:
                continue
            if kind != "tag":
                b = id_map.get(b)
                if b is None:
                    continue
            if ws.store.find(link_id(kind, a, b), conn) is None:
                ws._link(conn, kind, a, b, changes)
        if skipped:
            warnings.append(
                f"{skipped:,} records were not copied because what they belong to is not in the bundle."
            )
        if changes:  # before the commit: see sync.import_pipeline.run_import
            snapshot.remember(
                ws.store,
                snapshot.state_token(conn),
                bundle_id=contents.manifest.bundle_id,
                producer_name=contents.manifest.producer.name,
                created=changes.created,
                types=changes.types,
                token_before=token_before,
            )
    return counts, changes, warnings


def _mapped(spec: Any, data: dict[str, Any], id_map: dict[str, str]) -> dict[str, Any] | None:
    """The values of a copy: references mapped to copies, people and unknown records left out, and
    a choice a newer version added (the copy is this store's own record: it takes the default);
    None when a required reference has nothing to point to."""
    values: dict[str, Any] = {}
    for f in spec.fields:
        if f.name not in data or f.name == "visibility":
            continue
        value = data[f.name]
        if f.kind == "enum" and value is not None and value not in f.choices:
            continue
        if f.kind == "ref" and value is not None:
            value = id_map.get(value)
            if value is None and f.required:
                return None
        values[f.name] = value
    return _clean(values)
