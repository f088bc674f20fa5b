"""What an import does (a preview) or did to a store: the outcome, its counts per record type and
category, and the warnings the counts call for (`import_pipeline` and `join` fill it)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import filterfalse

from sqlalchemy import Connection

from ..domain.schema import TYPES
from ..store.log import CHUNK
from ..store.ranges import Vector
from .manifest import Manifest

CATEGORIES = ("new", "updated", "unchanged", "conflicting", "deleted")
MANY_DELETIONS = 25


@dataclass
class Outcome:
    """What a bundle does (preview) or did (import) to this store."""

    manifest: Manifest
    signed: bool
    fingerprint: str | None
    key_known: bool
    counts: dict[str, dict[str, int]]
    warnings: list[str]
    already_imported_on: int | None = None
    imported: bool = False
    applied: int = 0
    created: set[str] = field(default_factory=set)
    updated: set[str] = field(default_factory=set)
    deleted: set[str] = field(default_factory=set)
    restored: set[str] = field(default_factory=set)
    types: set[str] = field(default_factory=set)
    missing: Vector = field(default_factory=dict)
    indexing: int = 0  # records queued for the search index
    vouched: bool = True  # a trusted key signed it (or the user trusted the key for this import)
    left_out: dict[str, int] = field(default_factory=dict)  # replica -> changes an unvouched bundle may not bring
    restored_from_backup: bool = False  # it named this store's own later changes
    # replicas of which a dot arrived with other content than the one held: settled, see
    # apply.resolve_equivocations (named in the report and on the Sync screen)
    equivocating: list[str] = field(default_factory=list)
    # records of types a newer version made: kept in the log and passed on, not shown (nor counted above)
    kept_for_newer: int = 0


Status = tuple[str, int, bool, str | None]  # (type, deleted, conflicted, conflict details) of a record



def status(conn: Connection, recs: list[str]) -> dict[str, Status]:
    """id → (type, deleted, conflicted, conflict details) of the projection rows."""
    out: dict[str, Status] = {}
    for i in range(0, len(recs), CHUNK):
        part = recs[i : i + CHUNK]
        marks = ",".join("?" * len(part))
        for rid, type_, deleted, conflicts, del_conflict, data in conn.exec_driver_sql(
            f"SELECT id, type, deleted, conflicts, del_conflict, CASE WHEN conflicts IS NOT NULL "
            f"OR del_conflict THEN data END FROM records WHERE id IN ({marks})",
            tuple(part),
        ):
            conflicted = bool(conflicts) or bool(del_conflict)
            out[rid] = (type_, deleted, conflicted, (conflicts or "") + str(del_conflict) + (data or ""))
    return out


def _category(b: Status | None, a: Status | None) -> tuple[str, str | None]:
    """(count category, the Outcome set it joins) of a record the import changed: before → after."""
    if b is None:
        return _arriving(a)
    if a is None or (a[1] and not b[1]):
        return "deleted", "deleted"
    if a[2] and (not b[2] or a[3] != b[3]):
        return "conflicting", "updated"
    return "updated", ("restored" if b[1] and not a[1] else "updated")


def _arriving(a: Status | None) -> tuple[str, str | None]:
    if a is None or a[1]:
        return "unchanged", None  # arrives already deleted: nothing to show
    return ("conflicting" if a[2] else "new"), "created"


def _count_created(outcome: Outcome, counts: dict[str, dict[str, int]], rec_types: dict[str, str],
                   created: set[str]) -> None:
    # Records this import created (shown, no conflict; all of a first import, nearly) are new:
    # counted per type a slice at a time. (One C call over 100k ids, a sort or a set operation,
    # holds the interpreter lock long enough to freeze the window the import runs behind.)
    new = list(created)
    for i in range(0, len(new), 4096):
        part = new[i : i + 4096]
        for type_, n in Counter(map(rec_types.__getitem__, part)).items():
            counts.setdefault(type_, dict.fromkeys(CATEGORIES, 0))["new"] += n
            outcome.types.add(type_)
        outcome.created.update(part)


def _classify(outcome: Outcome, rec_types: dict[str, str], changed: set[str], before: dict[str, Status],
              after: dict[str, Status], created: set[str]) -> None:
    counts: dict[str, dict[str, int]] = {}
    _count_created(outcome, counts, rec_types, created)
    for rec in _others(rec_types, changed, created):
        b = a = before.get(rec)
        cat, joins = "unchanged", None
        if rec in changed:
            a = after.get(rec, b)
            cat, joins = _category(b, a)
        if joins is not None:
            getattr(outcome, joins).add(rec)
        type_ = rec_types.get(rec) or (a or b or ("?",))[0]
        counts.setdefault(type_, dict.fromkeys(CATEGORIES, 0))[cat] += 1
        if cat != "unchanged":
            outcome.types.add(type_)
    outcome.counts = counts


def _others(rec_types: dict[str, str], changed: set[str], created: set[str]) -> list[str]:
    """The records met that this import did not create."""
    others = list(filterfalse(created.__contains__, rec_types))  # (in C: ~3 ms for 100k)
    return others + [rec for rec in changed if rec not in rec_types and rec not in created]


def unchanged_counts(rec_types: dict[str, str]) -> dict[str, dict[str, int]]:
    return {t: dict(dict.fromkeys(CATEGORIES, 0), unchanged=n) for t, n in Counter(rec_types.values()).items()}


def report(conn: Connection, outcome: Outcome, rec_types: dict[str, str], changed: set[str], created: set[str],
           before: dict[str, Status]) -> None:
    """The counts per type and category, and the warnings they call for."""
    if changed:
        _classify(outcome, rec_types, changed, before, status(conn, list(changed - created)), created)
    else:
        outcome.counts = unchanged_counts(rec_types)
    set_aside_newer(outcome)
    deleted = sum(c["deleted"] for c in outcome.counts.values())
    if deleted >= MANY_DELETIONS:
        outcome.warnings.append(f"This bundle deletes {deleted:,} records; look at the preview before importing.")
    if outcome.applied == 0:
        outcome.warnings.append("Everything in this bundle is already here; importing it changes nothing.")


def set_aside_newer(outcome: Outcome) -> None:
    """Records of types this version does not know are counted apart: kept for a newer version."""
    for type_ in [t for t in outcome.counts if t not in TYPES]:
        outcome.kept_for_newer += sum(outcome.counts.pop(type_).values())
        outcome.types.discard(type_)
