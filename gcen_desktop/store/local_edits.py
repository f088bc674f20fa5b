"""Local edits: the events this store writes for its user's changes (set, amend, delete)."""

from __future__ import annotations

from typing import Any

import orjson
from sqlalchemy import Connection

from ..domain import schema
from ..domain.schema import MAX_CHANGE_BYTES, TYPES, check_change_size
from . import privacy
from .apply import write_projection
from .events import NUL_ESCAPE, seal, why_it_cannot_travel
from .merge import DEL
from .states import load_states

_MOST_VERSIONS_NAMED = 1_000  # by one field of one event, past versions that cannot travel
# An event's ids, time and hash at their longest: what `_in_parts` counts an event's skeleton at.
_LONGEST = {"dot": ["0" * 16, 2**53], "h": "sha256:" + "0" * 64, "hlc": "0" * 84}
_NAMES_OF = {"set": "parents", "del": "observed"}  # the versions an event of each op names


class LocalEdits:
    """The Store's local writes (a part of `Store`, which holds the engine, meta and identity)."""

    def _local_event(self, conn: Connection, op: str, type_: str, rec: str, payload: dict) -> dict:
        """Write one change of this store; the last event written. A change naming more versions
        than one event may carry (a hostile teammate gave a field thousands of concurrent heads, or
        the record thousands of deletions) is written as several events that together name them
        all (see `_in_parts`): the user can always delete, restore and edit a record."""
        parts = _in_parts(op, type_, rec, payload)
        if parts is None:
            return self._one_event(conn, op, type_, rec, payload)
        key = _NAMES_OF[op]
        event: dict | None = None
        for named in parts:
            if event is not None and op == "set":
                # each part replaces the one before, so the field ends with one head, as one event would leave it
                for f in payload["fields"]:
                    named[f] = sorted([*named.get(f, []), list(event["dot"])])
            event = self._one_event(conn, op, type_, rec, {**payload, key: named})
        assert event is not None
        return event

    def _one_event(self, conn: Connection, op: str, type_: str, rec: str, payload: dict) -> dict:
        seq = self._free_seq(conn, rec, int(conn.exec_driver_sql("SELECT value FROM meta WHERE key='seq'").scalar_one()) + 1)
        event = self._sealed(op, type_, rec, payload, seq)
        self.apply(conn, [event])
        self._written(conn, [event])
        return event

    def create_records(self, conn: Connection, records: list[tuple[str, str, dict[str, Any]]]) -> list[dict]:
        """Write new records, (type, id, fields) each, as `set_fields(..., create=True)` writes them
        one by one (one event each, checked the same way, in this order), applied as one batch:
        an import's thousands of readings and tags pay the log, projection and search index once.
        Not for attachments, whose hiding follows links the batch may write after them."""
        if any(type_ == "attachment" for type_, _rec, _fields in records):
            raise ValueError("attachments are created one by one (their hiding follows their links)")
        if not records:
            return []
        seq = int(conn.exec_driver_sql("SELECT value FROM meta WHERE key='seq'").scalar_one())
        spoken = self._spoken_among(conn, [rec for _type, rec, _fields in records])
        events = []
        for type_, rec, fields in records:
            seq = self._free_seq(conn, rec, seq + 1, spoken)
            events.append(self._sealed("set", type_, rec, {"fields": fields, "parents": {}}, seq))
        self.apply(conn, events)
        self._written(conn, events)
        return events

    def _free_seq(self, conn: Connection, rec: str, seq: int, spoken: set[tuple[str, str, int]] | None = None) -> int:
        """The seq this store's next event of `rec` takes: `seq`, or 1 under a new identity when a
        forged event already names that dot (`spoken`: those of a batch's records, read at once)."""
        named = (rec, self.replica, seq) in spoken if spoken is not None else self._spoken_for(conn, rec, (self.replica, seq))
        if named:
            # Written under this id, the edit would be replaced (or the deletion overridden) before
            # anyone saw it: the old id's next dots are taken, so write as a new replica (SYNC.md
            # "Nothing forged is permanent").
            self.take_new_identity(conn, "an event names its next change")
            self.identity_reason = "its next changes were named by a forged bundle"
            return 1
        return seq

    def _sealed(self, op: str, type_: str, rec: str, payload: dict, seq: int) -> dict:
        """A new event of this store, sealed, refused when no bundle could carry it."""
        event = {"dot": [self.replica, seq], "hlc": self.clock.tick(), "rec": rec, "type": type_, "op": op}
        event.update(payload)
        seal(event)
        check_change_size(type_, event.get("fields") or {}, len(orjson.dumps(event, option=orjson.OPT_SORT_KEYS)))
        return event

    def _written(self, conn: Connection, events: list[dict]) -> None:
        """After this store's events were applied: those of hidden records marked private, the
        last one remembered (see `_amend`), the seq and clock saved."""
        privacy.mark_hidden(conn, [(e["rec"], e["dot"][0], e["dot"][1]) for e in events])
        replica, seq = events[-1]["dot"]
        self._last_written = (replica, seq, events[-1]["hlc"])
        self._set_meta(conn, "seq", str(seq))
        self._set_meta(conn, "hlc", self.clock.state())

    def heads(self, conn: Connection, rec: str) -> dict[str, list[list[Any]]]:
        """Per field, the dots of its current heads (what the user is shown and replaces)."""
        out: dict[str, list[list[Any]]] = {}
        for f, r, s in conn.exec_driver_sql(
            "SELECT field, replica, seq FROM heads WHERE rec=? ORDER BY field, replica, seq", (rec,)
        ):
            out.setdefault(f, []).append([r, s])
        return out

    def versions(self, conn: Connection, rec: str) -> dict[str, list[list[Any]]]:
        """Per field, its current heads as [replica, seq, hlc]: the hlc tells a version apart from
        the same dot amended since (autosave coalescing rewrites its last unshared event)."""
        out: dict[str, list[list[Any]]] = {}
        for f, r, s, hlc in conn.exec_driver_sql(
            "SELECT field, replica, seq, hlc FROM heads WHERE rec=? ORDER BY field, replica, seq", (rec,)
        ):
            out.setdefault(f, []).append([r, s, hlc])
        return out

    @staticmethod
    def _replaced_by(conn: Connection, f: str, seen: list[list[Any]]) -> list[list[Any]]:
        """The parents an edit of field f names when its editor was shown `seen` ([replica, seq,
        hlc] each): those versions, except one amended since (another window's or an undo's value
        now under the same dot), for which the versions it replaced are named instead, so that
        value stays beside the edit."""
        out: set[tuple[str, int]] = set()
        for version in seen:
            r, s = version[0], version[1]
            row = conn.exec_driver_sql("SELECT hlc, body FROM events WHERE replica=? AND seq=?", (r, s)).first()
            if row is None or len(version) < 3 or row[0] == version[2]:
                out.add((r, s))
                continue
            for p in (orjson.loads(row[1]).get("parents") or {}).get(f, []):
                out.add((p[0], p[1]))
        return [[r, s] for r, s in sorted(out)]

    def active_deletions(self, conn: Connection, rec: str) -> list[list[Any]]:
        return [
            [r, s]
            for r, s in conn.exec_driver_sql(
                "SELECT d.replica, d.seq FROM deletions d WHERE d.rec=? AND NOT EXISTS ("
                "SELECT 1 FROM superseded x WHERE x.rec=d.rec AND x.field=? AND x.replica=d.replica "
                "AND x.seq=d.seq) ORDER BY d.replica, d.seq",
                (rec, DEL),
            )
        ]

    def set_fields(
        self,
        conn: Connection,
        type_: str,
        rec: str,
        fields: dict[str, Any],
        *,
        create: bool = False,
        undelete: bool = False,
        shown: dict[str, list[list[Any]]] | None = None,
    ) -> dict | None:
        """Write fields of a record as one event; parents are the heads the user was shown.

        `shown`: per field, the heads an editor loaded its value from, as `versions` gives them
        (default: the current heads). When a field changed since (another window, an import, an undo), the edit names
        what the user saw, so it becomes a concurrent version (a conflict or a clean line merge),
        never a silent overwrite of the change the user did not see.

        A write that may make records visible (their visibility, or what they hang on) also
        writes the present of what was private: this record's fields with a private version go
        into the same event, and each record hanging on it gets one such event (privacy.publication).
        """
        heads = {} if create else self.heads(conn, rec)
        reveals = not create and _may_reveal(type_, fields)
        was_hidden = reveals and privacy.is_hidden(conn, rec)
        named, stale = self._named_versions(conn, rec, fields, heads, shown)
        if not any((create, undelete, reveals, stale)) and len(fields) == 1 and self._amend(conn, rec, fields, heads):
            return None
        parents = self._past_what_cannot_travel(conn, named)
        if undelete:
            self._name_deletions(conn, rec, parents)
        if reveals and fields.get("visibility") != "private":
            fields, parents = _with_publication(conn, rec, fields, parents)
        event = self._local_event(conn, "set", type_, rec, {"fields": fields, "parents": parents})
        if was_hidden and not privacy.is_hidden(conn, rec):
            # (only on the way out of hiding: what hangs on a record that was visible has no
            # private version to make visible, and moving an action need not look at every link)
            self._publish_dependents(conn, rec)
        return event

    def _name_deletions(self, conn: Connection, rec: str, parents: dict[str, list[list[Any]]]) -> None:
        """A restore names the record's active deletions, which it then overrides."""
        dels = self.active_deletions(conn, rec)
        if dels:
            parents[DEL] = dels

    def _named_versions(
        self,
        conn: Connection,
        rec: str,
        fields: dict[str, Any],
        heads: dict[str, list[list[Any]]],
        shown: dict[str, list[list[Any]]] | None,
    ) -> tuple[dict[str, list[list[Any]]], bool]:
        """(per field, the versions an edit of these fields replaces; whether any field changed
        since the editor was `shown` its heads)."""
        named = {f: heads[f] for f in fields if heads.get(f)}
        if shown is None:
            return named, False
        stale = False
        now = self.versions(conn, rec)
        for f in fields:
            if f not in shown:
                continue
            seen = sorted(list(v) for v in shown[f])
            if _moved_on(now.get(f, []), seen):
                stale = True
            named[f] = self._replaced_by(conn, f, seen)
            if not named[f]:
                del named[f]
        return named, stale

    def _publish_dependents(self, conn: Connection, rec: str) -> None:
        """After a record became visible: one event with the present of each record hanging on it
        that is visible now and whose versions (or deletion) were written while it was hidden."""
        for dep in privacy.dependents(conn, rec):
            if privacy.is_hidden(conn, dep) or not privacy.has_private_events(conn, dep):
                continue
            row = conn.exec_driver_sql("SELECT type, own_deleted FROM records WHERE id=?", (dep,)).first()
            if row is None:
                continue
            type_, own_deleted = row
            if own_deleted:
                self._publish_deletion(conn, type_, dep)
                continue
            published = privacy.publication(conn, dep)
            if published is not None and published[0]:
                more, named = published
                self._local_event(conn, "set", type_, dep, {"fields": more, "parents": named})

    def _publish_deletion(self, conn: Connection, type_: str, dep: str) -> None:
        """A record deleted while hidden: teammates that hold it learn the deletion, as the
        present (once: not when a deletion they can hold is there already)."""
        if self._has_public_deletion(conn, dep):
            return
        published = privacy.publication(conn, dep, every_field=True)
        if published and self._has_public_events(conn, dep):
            observed = {f: dots for f, dots in published[1].items() if f != DEL}
            self._local_event(conn, "del", type_, dep, {"observed": observed})

    @staticmethod
    def _has_public_deletion(conn: Connection, rec: str) -> bool:
        return (
            conn.exec_driver_sql(
                "SELECT 1 FROM deletions d WHERE d.rec=? AND NOT EXISTS (SELECT 1 FROM private_events p "
                "WHERE p.replica = d.replica AND p.seq = d.seq) LIMIT 1",
                (rec,),
            ).first()
            is not None
        )

    @staticmethod
    def _has_public_events(conn: Connection, rec: str) -> bool:
        return (
            conn.exec_driver_sql(
                "SELECT 1 FROM events e WHERE e.rec=? AND NOT EXISTS (SELECT 1 FROM private_events p "
                "WHERE p.replica = e.replica AND p.seq = e.seq) LIMIT 1",
                (rec,),
            ).first()
            is not None
        )

    def _amend(self, conn: Connection, rec: str, fields: dict[str, Any], heads: dict) -> bool:
        """Autosave coalescing: amend this store's last, not yet exported edit of the same field."""
        (f, value), = fields.items()
        meta = dict(conn.exec_driver_sql(
            "SELECT key, value FROM meta WHERE key IN ('seq', 'exported_seq', 'sealed_seq')").all())
        # (a store written before `sealed_seq` sealed with `exported_seq`)
        seq, sealed = int(meta.get("seq", 0)), max(int(meta.get("exported_seq", 0)), int(meta.get("sealed_seq", 0)))
        if seq <= sealed or heads.get(f) != [[self.replica, seq]]:
            return False
        row = conn.exec_driver_sql(
            "SELECT eid, body FROM events WHERE replica=? AND seq=?", (self.replica, seq)
        ).first()
        if row is None:
            return False
        event = orjson.loads(row[1])
        if event["op"] != "set" or event["rec"] != rec or list(event["fields"]) != [f]:
            return False
        if self._last_written != (self.replica, seq, event["hlc"]):
            # Written by another process on this workspace (a second window, the command line),
            # or changed since: amending would replace its value in place, where no editor that
            # showed the old one could tell, and no line merge could find their common version.
            return False
        if privacy.is_hidden(conn, rec) != bool(privacy.private_dots(conn, [(self.replica, seq)])):
            # An import hid the record since (a teammate's move into a plan kept private here), or
            # showed it: what is typed now is written as a change of its own, private or not as
            # the record is now, never into one that travels (or stays home) as it was.
            return False
        event["fields"][f] = value
        event["hlc"] = self.clock.tick()
        self._last_written = (self.replica, seq, event["hlc"])
        seal(event)
        body = orjson.dumps(event, option=orjson.OPT_SORT_KEYS)
        check_change_size(event["type"], event["fields"], len(body))
        conn.exec_driver_sql("UPDATE events SET hlc=?, h=?, body=? WHERE eid=?", (event["hlc"], event["h"], body, row[0]))
        conn.exec_driver_sql(
            "UPDATE head_rows SET hlc=? WHERE rec=? AND replica=? AND seq=?",
            (event["hlc"], rec, self.replica, seq),
        )
        states = load_states(conn, [rec])
        states[rec].updated = max(states[rec].updated or "", event["hlc"])
        # the amended event may be the one that created the record: its time moved too
        states[rec].created = conn.exec_driver_sql("SELECT MIN(hlc) FROM events WHERE rec=?", (rec,)).scalar_one()
        write_projection(conn, states, ancestor_value=self.ancestor_reader(conn))
        self._set_meta(conn, "hlc", self.clock.state())
        return True

    def delete(self, conn: Connection, type_: str, rec: str) -> dict:
        observed = self._past_what_cannot_travel(conn, self.heads(conn, rec))
        return self._local_event(conn, "del", type_, rec, {"observed": observed})

    def purge(self, conn: Connection, recs: list[str]) -> None:
        """Forget deleted records on this store: their values (every `set` event), heads, row and
        search entry go; their `del` events stay, so the deletion still reaches teammates (and
        relays through this store), and the record can never come back alive from older events:
        a bundle carrying them brings it back deleted, into the trash. This store's `have` still
        names the forgotten events, so teammates do not send them again. The evidence of a change
        sent in two versions loses the other version's text, keeping who and which dot."""
        ex = conn.exec_driver_sql
        if recs:
            self._set_meta(conn, "purged", "1")  # imports look for forgotten changes from now on
        for start in range(0, len(recs), 500):
            part = recs[start:start + 500]
            marks = ",".join("?" * len(part))
            rids = [r[0] for r in ex(f"SELECT rid FROM record_rows WHERE id IN ({marks})", tuple(part)).all()]
            if rids:
                rid_marks = ",".join("?" * len(rids))
                ex(f"DELETE FROM search WHERE rowid IN ({rid_marks})", tuple(rids))
                ex(f"DELETE FROM fts_queue WHERE rid IN ({rid_marks})", tuple(rids))
            ex(f"DELETE FROM record_rows WHERE id IN ({marks})", tuple(part))
            ex(f"DELETE FROM head_rows WHERE rec IN ({marks})", tuple(part))
            # the other version of a change sent twice is what the record said too: its evidence
            # keeps who and which dot (the teammate stays named), not the text
            ex(
                "UPDATE equivocations SET other_body=X'' WHERE length(other_body) > 0 AND ("
                f"json_extract(CAST(other_body AS TEXT), '$.rec') IN ({marks}) OR EXISTS (SELECT 1 FROM events e "
                f"WHERE e.replica = equivocations.replica AND e.seq = equivocations.seq AND e.rec IN ({marks})))",
                (*part, *part),
            )
            ex(f"DELETE FROM events WHERE rec IN ({marks}) AND op <> 'del'", tuple(part))

    def _past_what_cannot_travel(self, conn: Connection, versions: dict[str, list[list[Any]]]) -> dict[str, list[list[Any]]]:
        """The versions a new event replaces (its parents or a deletion's observed), per field, with,
        past each version that no bundle can carry (written by an older version: see
        `why_it_cannot_travel`), the versions that one replaced: a teammate, who never receives it,
        then sees those replaced too, and shows what this store shows."""
        return {f: self._past_for_field(conn, f, dots) for f, dots in versions.items()}

    @staticmethod
    def _past_for_field(conn: Connection, f: str, dots: list[list[Any]]) -> list[list[Any]]:
        """The versions of field f an event naming `dots` replaces, past those no bundle carries."""
        names = {(r, s) for r, s in dots}
        todo = sorted(names)
        while todo and len(names) < _MOST_VERSIONS_NAMED:
            body = _body_that_cannot_travel(conn, *todo.pop())
            if body is None:
                continue
            for p in (orjson.loads(body).get("parents") or {}).get(f, []):
                if (p[0], p[1]) not in names:
                    names.add((p[0], p[1]))
                    todo.append((p[0], p[1]))
        return dots if len(names) == len(dots) else [[r, s] for r, s in sorted(names)]


def _body_that_cannot_travel(conn: Connection, r: str, s: int) -> Any:
    """The body of event (r, s) when no bundle can carry it, else None."""
    row = conn.exec_driver_sql(
        "SELECT body FROM events WHERE replica=? AND seq=? AND "
        "(length(CAST(body AS BLOB)) >= ? OR instr(CAST(body AS BLOB), ?) > 0)",
        (r, s, MAX_CHANGE_BYTES, NUL_ESCAPE),
    ).first()
    if row is None or why_it_cannot_travel(bytes(row[0])) is None:
        return None
    return row[0]


def _may_reveal(type_: str, fields: dict[str, Any]) -> bool:
    """Whether an edit of these fields may make records visible: their visibility, or what they
    hang on."""
    spec = TYPES.get(type_)
    return "visibility" in fields or bool(spec and spec.parent in fields)


def _moved_on(current: list[list[Any]], seen: list[list[Any]]) -> bool:
    """Whether a field's heads now differ from those an editor was shown."""
    return len(seen) != len(current) or any(v[: len(w)] != w for v, w in zip(current, seen, strict=True))


def _with_publication(
    conn: Connection, rec: str, fields: dict[str, Any], parents: dict[str, list[list[Any]]]
) -> tuple[dict[str, Any], dict[str, list[list[Any]]]]:
    """An edit's fields and parents, with the present of what was private of the record (see
    privacy.publication) when the edit may make it visible."""
    published = privacy.publication(conn, rec)
    if published is None:
        return fields, parents
    more, named = published
    fields = {**more, **fields}
    for f, dots in named.items():
        parents[f] = sorted({tuple(d) for d in dots} | {tuple(d) for d in parents.get(f, [])})
    return fields, {f: [list(d) for d in dots] for f, dots in parents.items()}


def _in_parts(op: str, type_: str, rec: str, payload: dict) -> list[dict[str, list[list[Any]]]] | None:
    """The versions an event names (its parents or observed), cut in parts of which each fits in
    one event with the rest of the payload; None when one event carries them all, or when the
    payload leaves too little room (its values are the problem: the size check tells the user to
    shorten them). A deletion in parts is several deletions whose observed together cover every
    head (a record is deleted when its active deletions do, together); an edit in parts is a chain
    of edits with the same values, each replacing the one before."""
    key = _NAMES_OF.get(op)
    named = payload.get(key) if key else None
    if not named:
        return None
    skeleton = {**_LONGEST, "rec": rec, "type": type_, "op": op, **payload}
    cap = schema.MAX_CHANGE_BYTES - 1  # (read at each call: a test may make it smaller)
    if len(orjson.dumps(skeleton)) <= cap:
        return None
    empty = len(orjson.dumps({**skeleton, key: {}}))
    # room for the names of a part, less that of the part before (an edit's chain) in each field written
    chain = sum(len(orjson.dumps({f: [_LONGEST["dot"]]})) for f in payload.get("fields") or {})
    room = cap - empty - chain
    if room < cap // 4:
        return None
    parts: list[dict[str, list[list[Any]]]] = [{}]
    used = 0
    for f in sorted(named):
        field_cost = len(orjson.dumps(f)) + 4  # "f":[] and a comma
        for dot in named[f]:
            cost = len(orjson.dumps(dot)) + 1 + (field_cost if f not in parts[-1] else 0)
            if used + cost > room and parts[-1]:
                parts.append({})
                used = 0
                cost = len(orjson.dumps(dot)) + 1 + field_cost
            parts[-1].setdefault(f, []).append(dot)
            used += cost
    return parts
