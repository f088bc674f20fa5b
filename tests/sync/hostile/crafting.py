"""Crafting hostile events and bundles against stores that hold state (a team, bound keys), with
the project's own writer (`write_bundle`, `seal`). Shared by the situational corpus
(`situations.py`) and the deeper item tests (test_trust, test_forged_history, test_equivocation,
test_merge_bounds, test_cannot_travel)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

from gcen_desktop.domain.clock import encode
from gcen_desktop.domain.ids import new_id
from gcen_desktop.domain.schema import TYPES
from gcen_desktop.services.bundles import Exchange
from gcen_desktop.store import ancestors as ancestors_module
from gcen_desktop.store import merge as merge_module
from gcen_desktop.store.events import seal
from gcen_desktop.sync import knowledge
from gcen_desktop.sync.bundle_writer import write_bundle
from gcen_desktop.sync.export import export_memory
from gcen_desktop.sync.keys import StoreKeys
from gcen_desktop.sync.manifest import Manifest, Producer, RosterEntry
from gcen_desktop.sync.times import now_ms

FORGER = "forger0000000001"  # a replica nobody on the team has: the author of forged history
FAR = 10**9


# --- bundles in a teammate's name ----------------------------------------------------------------------


def craft(path: Path, *, workspace: Exchange, producer: str, name: str, events: list[dict[str, Any]],
          keys: StoreKeys | None = None, have: dict | None = None, roster: list[RosterEntry] = (),
          since: dict | None = None) -> Path:
    """A bundle of `events` claiming to come from `producer`, signed with `keys` (or not at all)."""
    manifest = Manifest(
        app_version="1.0", schema_version="0006", workspace_id=workspace.ws.workspace_id, workspace_name="Team",
        bundle_id=new_id(), kind="incremental", created_ms=now_ms(),
        producer=Producer(replica=producer, name=name, public_key=keys.public_key_b64 if keys else "",
                          fingerprint=keys.fingerprint if keys else ""),
        since=since or {}, have=have or {}, event_count=len(events), roster=list(roster),
    )
    write_bundle(path, manifest, events, {}, keys=keys)
    return path


def next_event(of: Exchange, rec: str, fields: dict[str, Any], *, seq_ahead: int = 1) -> dict[str, Any]:
    """An event in the name of `of`'s store: its next seq, setting fields of one of its records."""
    seq = int(of.store.meta("seq")) + seq_ahead
    with of.store.read() as conn:
        parents = {f: of.store.heads(conn, rec).get(f, []) for f in fields}
    view = of.ws.get(rec)
    return seal({"dot": [of.store.replica, seq], "hlc": f"{now_ms():013d}-00000-{of.store.replica}",
                 "rec": rec, "type": view.type, "op": "set", "fields": fields, "parents": parents})


def signed_with(ex: Exchange, path: Path, extra: list[dict[str, Any]]) -> Path:
    """`ex`'s full bundle as a file signed by its key, with `extra` events added (a trusted
    teammate relaying whatever it was handed)."""
    bundle = export_memory(ex.store, mode="full", keys=ex.keys)
    write_bundle(path, bundle.manifest, [*bundle.events, *extra], {}, keys=ex.keys)
    return path


def peer_knowledge(ex: Exchange, replica: str) -> dict:
    with ex.store.read() as conn:
        return knowledge.knowledge_of(conn, replica)


# --- forged history: `observed` and `parents` naming dots nobody can have seen ---------------------------


def far_dots(stores: list[Exchange], upto: int = 300) -> list[list]:
    """Every dot each store of the team may write next, and one far beyond."""
    dots = [[s.store.replica, n] for s in stores for n in range(1, upto)]
    return dots + [[s.store.replica, FAR] for s in stores] + [[FORGER, FAR]]


def forged_deletion(store, rec: str, type_: str, seq: int, dots: list[list]) -> dict:
    """A deletion by FORGER observing the record's heads and `dots` in every field a restore may write."""
    with store.read() as conn:
        heads = store.heads(conn, rec)
    fields = set(heads) | set(TYPES[type_].by_name)
    observed = {f: sorted([*heads.get(f, []), *dots]) for f in sorted(fields)}
    e = {"dot": [FORGER, seq], "hlc": "1700000000000-00000-" + FORGER, "rec": rec, "type": type_,
         "op": "del", "observed": observed}
    return seal(e)


def forged_set(store, rec: str, type_: str, seq: int, fields: dict, parents: dict) -> dict:
    e = {"dot": [FORGER, seq], "hlc": "1700000000000-00000-" + FORGER, "rec": rec, "type": type_,
         "op": "set", "fields": fields, "parents": parents}
    return seal(e)


# --- equivocation: one dot, two contents ---------------------------------------------------------------------


def two_versions(ex: Exchange, note: str, other_note: str, kind: str, first_smaller: bool) -> tuple[dict, dict]:
    """`ex`'s last event (an edit of `note`'s title) and another event with the same dot, its hash
    smaller than the first's or not as asked. `kind`: "same record" (another title), "other
    record" (a note nobody else wrote) or "set and del" (a deletion of `note` instead)."""
    with ex.store.read() as conn:
        body = conn.exec_driver_sql(
            "SELECT body FROM events WHERE replica=? ORDER BY seq DESC LIMIT 1", (ex.store.replica,)
        ).scalar_one()
        heads = ex.store.heads(conn, note)
    first = orjson.loads(body)
    assert first["rec"] == note
    second = {k: v for k, v in first.items() if k != "h"}
    if kind == "same record":
        second["fields"] = {"title": "Dara's other title"}
    elif kind == "other record":
        second.update(rec=other_note, fields={"title": "A note nobody else wrote"}, parents={})
    else:  # a deletion of the record instead of the edit
        second = {k: v for k, v in second.items() if k not in ("fields", "parents")}
        second.update(op="del", observed={f: [d for d in dots if d != first["dot"]] for f, dots in heads.items()})
    wall, _counter, replica = first["hlc"].split("-")
    for counter in range(1, 20_000):  # the same change a moment later, until its hash falls as asked
        second = seal(dict(second, hlc=f"{wall}-{counter:05d}-{replica}"))
        if (first["h"] < second["h"]) == first_smaller:
            return first, second
    raise AssertionError("no version with the hash wanted")


# --- many concurrent versions of one long text ------------------------------------------------------------------


FORKER = "c0ffee00c0ffee00"  # an imaginary teammate's replica, whose versions all fork the base


def base_body(lines: int) -> str:
    return "".join(f"line {i}\n" for i in range(lines))


def forks(note: str, base_dot: list, count: int, lines: int) -> list[dict]:
    """`count` versions of the note's body, each changing one line of the base and no other."""
    base = base_body(lines).splitlines(keepends=True)
    out = []
    for k in range(count):
        body = "".join(f"line {i} (version {k})\n" if i == 3 * k + 1 else line for i, line in enumerate(base))
        out.append(seal({
            "dot": [FORKER, k + 1], "hlc": encode(now_ms() + 1_000 + k, 0, FORKER), "rec": note,
            "type": "note", "op": "set", "fields": {"body": body}, "parents": {"body": [base_dot]},
        }))
    return out


class MergeWork:
    """Counts the three-way merges and the events read while looking for a common ancestor."""

    def __init__(self, monkeypatch) -> None:
        self.merges = 0
        self.ancestor_reads = 0
        merge = merge_module.merge_lines
        read = ancestors_module._ancestor_event

        def counted_merge(*args):
            self.merges += 1
            return merge(*args)

        def counted_read(*args):
            self.ancestor_reads += 1
            return read(*args)

        monkeypatch.setattr(merge_module, "merge_lines", counted_merge)
        monkeypatch.setattr(ancestors_module, "_ancestor_event", counted_read)

    def reset(self) -> None:
        self.merges = self.ancestor_reads = 0


def note_with_forks(ex: Exchange, count: int, lines: int | None = None) -> tuple[str, list[dict]]:
    """A note of `ex` whose body has `lines` lines (3*count), and `count` concurrent versions of it."""
    lines = lines or 3 * count
    note = ex.ws.create("note", {"title": "Shared minutes", "body": base_body(lines)}).rec
    with ex.store.read() as conn:
        (base_dot,) = ex.store.heads(conn, note)["body"]
    return note, forks(note, base_dot, count, lines)


# --- what an older version wrote, without this version's checks ------------------------------------------------


def older_version_edit(ex: Exchange, rec: str, fields: dict) -> list:
    """What an older version's local edit wrote, without the checks of this one: its dot."""
    store = ex.store
    with store.write() as conn:
        view = store.get(rec, conn)
        seq = int(store.meta_in(conn, "seq")) + 1
        heads = store.heads(conn, rec)
        event = seal({
            "dot": [store.replica, seq], "hlc": store.clock.tick(), "rec": rec, "type": view.type, "op": "set",
            "fields": fields, "parents": {f: heads[f] for f in fields if heads.get(f)},
        })
        store.apply(conn, [event])
        store._set_meta(conn, "seq", str(seq))
    return event["dot"]
