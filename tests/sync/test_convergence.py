"""The convergence simulation of SYNC.md, through the real store and exchange code.

Five replicas with skewed clocks make random edits over every record type (creates, edits,
deletes with cascades, restores, tags, links, moves, conflict resolutions); bundles are produced at
random (full, team, for one peer), 5 % are lost, 10 % delivered twice, all out of order; then
all-pairs catch-up. Every store must end with the same events and byte-identical dumps, and the
no-silent-loss audit must hold. Then random import orders of all bundles into an empty store must
all give that same view.

The normal suite runs a reduced size; `make soak` (GCEN_SOAK=1, -m slow) runs 10,000 operations and
200 import orders. A seed fixes the simulation's choices; record ids and clocks come from the real
store, so two runs of one seed differ in detail.
"""

from __future__ import annotations

import os
import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec
import orjson
import pytest

from gcen_desktop.domain.errors import UserError
from gcen_desktop.domain.ids import new_id
from gcen_desktop.domain.schema import TYPES
from gcen_desktop.services import Workspace
from gcen_desktop.store.events import seal
from gcen_desktop.store.merge import UNFLAGGED_FIELDS
from gcen_desktop.store.store import open_store
from gcen_desktop.sync import knowledge
from gcen_desktop.sync.bundle_writer import write_bundle
from gcen_desktop.sync.export import MemoryBundle
from gcen_desktop.sync.reader import read_bundle

from .signed_team import export_signed, import_trusting, signer_keys

DAY = 24 * 3600 * 1000
OFFSETS = (0, 3 * DAY, -2 * DAY, 5 * 60 * 1000, -3600 * 1000)
SOAK = os.environ.get("GCEN_SOAK") == "1"
ORDER_EVENT_BUDGET = 20_000


@dataclass
class Pending:
    due: int
    target: int
    bundle: MemoryBundle


@dataclass
class Sim:
    rng: random.Random
    root: Path
    stores: list[Workspace] = field(default_factory=list)
    bundles: list[MemoryBundle] = field(default_factory=list)
    pending: list[Pending] = field(default_factory=list)
    catch_up_bundles: int = 0
    stats: dict[str, int] = field(default_factory=lambda: {"ops": 0, "skipped": 0, "bundles": 0, "lost": 0,
                                                            "duplicated": 0, "delivered": 0, "files": 0,
                                                            "equivocations": 0, "forgeries": 0,
                                                            "forged_dots": 0})
    adversary: int | None = None  # the index of a teammate's store gone rogue (see Adversary)

    @property
    def honest(self) -> list[Workspace]:
        return [ws for k, ws in enumerate(self.stores) if k != self.adversary]

    # --- replicas --------------------------------------------------------------------------------

    def setup(self) -> None:
        first = Workspace.new(self.root / "r0", "Sim team", city="Boston", member="Ana")
        self.stores.append(first)
        full = export_signed(first.store, mode="full")
        self.bundles.append(full)  # the others joined from it: it carries the first events too
        for i in range(1, len(OFFSETS)):
            store = open_store(self.root / f"r{i}", create=True)
            with store.write() as conn:
                store._set_meta(conn, "workspace_id", full.manifest.workspace_id)
            import_trusting(store, full, apply=True, joining=True, snapshot_before=False)
            self.stores.append(Workspace(store))
        if self.adversary is not None:  # a sixth teammate, trusted like the others, who turns
            store = open_store(self.root / "mallory", create=True)
            with store.write() as conn:
                store._set_meta(conn, "workspace_id", full.manifest.workspace_id)
            import_trusting(store, full, apply=True, joining=True, snapshot_before=False)
            self.adversary = len(self.stores)
            self.stores.append(Workspace(store))
        for ws, offset in zip(self.stores, (*OFFSETS, 0)[: len(self.stores)], strict=True):
            ws.store.clock.now_ms = lambda offset=offset: time.time_ns() // 1_000_000 + offset

    # --- random operations ---------------------------------------------------------------------------

    def live(self, ws: Workspace, types: tuple[str, ...] | None = None) -> list[tuple[str, str]]:
        where = "deleted=0 AND type NOT IN ('workspace','link','reading_status','attachment')"
        args: tuple = ()
        if types:
            where += f" AND type IN ({','.join('?' * len(types))})"
            args = types
        with ws.store.read() as conn:
            return conn.exec_driver_sql(f"SELECT id, type FROM records WHERE {where} ORDER BY id", args).all()

    def pick(self, ws: Workspace, *types: str) -> str | None:
        rows = self.live(ws, types or None)
        return self.rng.choice(rows)[0] if rows else None

    def text(self) -> str:
        return self.rng.choice(["teacher", "mentor", "pipeline", "equity", "literacy", "site visit"]) + f" {self.rng.randrange(1000)}"

    def op(self, ws: Workspace) -> None:
        rng = self.rng
        kind = rng.choices(
            ["create", "child", "edit", "body", "delete", "restore", "tag", "link", "move", "status", "resolve"],
            weights=[14, 10, 22, 10, 9, 5, 6, 5, 4, 4, 5],
        )[0]
        if kind == "create":
            t = rng.choice(["note", "reading", "practice", "city", "member", "group", "symposium", "plan"])
            values: dict[str, Any] = {
                "note": {"title": self.text(), "body": "a\nb\nc\nd\n"},
                "reading": {"title": self.text(), "year": 2000 + rng.randrange(25)},
                "practice": {"title": self.text(), "summary": "x\ny\n"},
                "city": {"name": self.text()},
                "member": {"name": self.text()},
                "group": {"name": self.text()},
                "symposium": {"title": self.text()},
                "plan": {"title": self.text(), "rationale": "1\n2\n3\n"},
            }[t]
            if rng.random() < 0.1:  # private records stay home by design: not part of convergence
                values["visibility"] = "network"
            ws.create(t, values)
        elif kind == "child":
            parent_type = rng.choice(["action_plan", "goal", "symposium"])
            parent = self.pick(ws, parent_type)
            if parent is None:
                return self.skip()
            if parent_type == "action_plan":
                ws.create("goal", {"plan": parent, "statement": self.text()})
            elif parent_type == "goal":
                ws.create("action", {"goal": parent, "title": self.text()})
            else:
                ws.create(rng.choice(["agenda", "checklist"]), {"symposium": parent, "title": self.text()})
        elif kind == "edit":
            rec = self.pick(ws)
            if rec is None:
                return self.skip()
            view = ws.get(rec)
            label = {"member": "name", "city": "name", "working_group": "name", "goal": "statement"}.get(view.type, "title")
            ws.edit(rec, {label: self.text()})
        elif kind == "body":
            rec = self.pick(ws, "note", "practice", "action_plan")
            if rec is None:
                return self.skip()
            view = ws.get(rec)
            f = {"note": "body", "practice": "summary", "action_plan": "rationale"}[view.type]
            lines = (view.data.get(f) or "").splitlines(keepends=True) or ["\n"]
            lines[rng.randrange(len(lines))] = self.text() + "\n"
            ws.edit(rec, {f: "".join(lines)})
        elif kind == "delete":
            rec = self.pick(ws)
            if rec is None:
                return self.skip()
            ws.delete(rec)
        elif kind == "restore":
            trash = ws.trash(limit=20)
            if not trash:
                return self.skip()
            ws.restore(rng.choice(trash).id)
        elif kind == "tag":
            rec = self.pick(ws)
            if rec is None:
                return self.skip()
            ws.set_tags(rec, rng.sample(["equity", "ELL", "teachers", "data"], rng.randrange(3)))
        elif kind == "link":
            plan, reading = self.pick(ws, "action_plan"), self.pick(ws, "reading_item", "note")
            if plan is None or reading is None:
                return self.skip()
            if rng.random() < 0.3:
                ws.unlink("evidence", plan, reading)
            else:
                ws.link("evidence", plan, reading)
        elif kind == "move":
            actions = self.live(ws, ("action",))
            if len(actions) < 2:
                return self.skip()
            a, b = rng.sample([r for r, _ in actions], 2)
            ws.move(a, after=b)
        elif kind == "status":
            action = self.pick(ws, "action")
            if action is None:
                return self.skip()
            ws.set_action_status(action, rng.choice(["in_progress", "done", "blocked"]))
        elif kind == "resolve":
            conflicted = ws.conflicts()
            if not conflicted:
                return self.skip()
            view = rng.choice(conflicted)
            if view.conflicts:
                f = rng.choice(sorted(view.conflicts))
                ws.resolve(view.id, f, rng.choice(view.conflicts[f]))
            elif view.merged:
                f = rng.choice(view.merged)
                ws.resolve(view.id, f, view.data[f])
            elif view.del_conflict or view.kept_alive:
                if rng.random() < 0.5:
                    ws.keep(view.id)
                else:
                    ws.delete(view.id)
        self.stats["ops"] += 1
        return None

    def skip(self) -> None:
        self.stats["skipped"] += 1

    # --- bundles -----------------------------------------------------------------------------------

    def produce(self, i: int, now: int) -> None:
        rng = self.rng
        ws = self.stores[i]
        mode = rng.choices(["full", "team", "peer"], weights=[1, 6, 3])[0]
        peer = None
        if mode == "peer":
            others = [w.store.replica for j, w in enumerate(self.stores) if j != i]
            peer = rng.choice(others)
        bundle = export_signed(ws.store, mode=mode, peer=peer)
        self.bundles.append(bundle)
        self.stats["bundles"] += 1
        other = Adversary(self).twist(bundle) if i == self.adversary else None
        for j in range(len(self.stores)):
            if j == i:
                continue
            if other is not None and rng.random() < 0.5:  # the other version goes to about half
                self.pending.append(Pending(now + rng.randrange(0, 40), j, other))
                if other not in self.bundles:  # (one nobody is sent never existed for anyone)
                    self.bundles.append(other)
                continue
            if rng.random() < 0.05:
                self.stats["lost"] += 1
                continue
            self.pending.append(Pending(now + rng.randrange(0, 40), j, bundle))
            if rng.random() < 0.10:
                self.stats["duplicated"] += 1
                self.pending.append(Pending(now + rng.randrange(0, 80), j, bundle))

    def deliver(self, item: Pending) -> None:
        bundle = item.bundle
        if self.rng.random() < 0.05:
            bundle = self.through_file(bundle)
        import_trusting(self.stores[item.target].store, bundle, apply=True, snapshot_before=False)
        self.stats["delivered"] += 1

    def through_file(self, bundle: MemoryBundle) -> Any:
        """Now and then a bundle takes the real file path: writer, ZIP checks, reader."""
        path = self.root / f"b{self.stats['files']}.gcen"
        write_bundle(path, bundle.manifest, bundle.events, bundle.blobs, keys=signer_keys(bundle))
        self.stats["files"] += 1
        contents = read_bundle(path)
        contents.close()
        return contents

    def deliver_due(self, now: int, *, everything: bool = False) -> None:
        due = [p for p in self.pending if everything or p.due <= now]
        self.pending = [p for p in self.pending if p not in due]
        self.rng.shuffle(due)
        for item in due:
            self.deliver(item)

    def run(self, n_ops: int) -> None:
        for step in range(n_ops):
            if step and step % 1000 == 0:
                print(f"  {step:,} operations, {self.stats['bundles']:,} bundles", flush=True)
            i = self.rng.randrange(len(self.stores))
            try:
                if i == self.adversary and self.rng.random() < 0.3:
                    Adversary(self).forge()
                else:
                    self.op(self.stores[i])
            except UserError:
                self.skip()
            if self.adversary is not None and self.rng.random() < 0.02 and self.bundles:
                # replays: an old bundle (anyone's) delivered again, late
                self.pending.append(Pending(step + 1, self.rng.choice(range(len(self.stores))), self.rng.choice(self.bundles)))
            if self.rng.random() < (0.3 if i == self.adversary else 0.08):  # the adversary sends a lot
                self.produce(i, step)
            self.deliver_due(step)
        self.deliver_due(n_ops, everything=True)

    def catch_up(self) -> int:
        """All pairs exchange (for one peer each) until every store holds every event."""
        rounds = 0
        while rounds < 4 and len({frozenset(events_of(ws)) for ws in self.honest}) > 1:
            rounds += 1
            for i, src in enumerate(self.stores):
                for j, dst in enumerate(self.stores):
                    if i != j and j != self.adversary:  # (it claims to hold everything: nobody sends it)
                        bundle = export_signed(src.store, mode="peer", peer=dst.store.replica)
                        self.bundles.append(bundle)
                        self.catch_up_bundles += 1
                        import_trusting(dst.store, bundle, apply=True, snapshot_before=False)
        return rounds


@dataclass
class Adversary:
    """What a trusted teammate's store can do to the others (SYNC.md, "Trust and authenticity"):
    send two versions of one of its changes to different teammates, claim in its `have` to hold
    what nobody wrote yet (the honest stores' own next changes included), and write deletions that
    observe, and edits that name as replaced, versions honest teammates have not written yet.
    Honest stores must still end byte-identical, with no honest edit silently lost."""

    sim: Sim

    @property
    def ws(self) -> Workspace:
        return self.sim.stores[self.sim.adversary]  # type: ignore[index]

    def twist(self, bundle: MemoryBundle) -> MemoryBundle | None:
        """Forge the bundle's `have` in place; now and then return another version of the bundle
        whose newest own edit says something else (the same dot, another hash), and in which, half
        the time, one change of an honest teammate it relays says something else too (a dot of
        another replica, forged in its name: only the manifest is signed)."""
        m = bundle.manifest
        forged = {r: [*spans[:-1], [spans[-1][0], spans[-1][1] + 50]] for r, spans in m.have.items() if spans}
        bundle.manifest = msgspec.structs.replace(m, have=forged)
        mine = self.ws.store.replica
        own = [e for e in bundle.events if e["dot"][0] == mine and e["op"] == "set"]
        theirs = [e for e in bundle.events if e["dot"][0] != mine and e["op"] == "set"]
        twisted = {}
        if own:
            twisted[id(own[-1])] = self._other_version(own[-1])
        if theirs and self.sim.rng.random() < 0.5:
            victim = self.sim.rng.choice(theirs)
            twisted[id(victim)] = self._other_version(victim)
        twisted = {k: v for k, v in twisted.items() if v is not None}
        if not twisted:
            return None
        other = MemoryBundle(
            msgspec.structs.replace(bundle.manifest, bundle_id=new_id()),
            [twisted.get(id(e), e) for e in bundle.events],
            bundle.blobs,
            bundle.signer_public_key,
        )
        self.sim.stats["equivocations"] += 1
        self.sim.stats["forged_dots"] += sum(1 for k in twisted if k not in {id(e) for e in own})
        return other

    @staticmethod
    def _other_version(event: dict[str, Any]) -> dict[str, Any] | None:
        """The same change saying something else in its text fields (None when it has none)."""
        spec = TYPES[event["type"]]
        fields = {
            f: v + " (other version)" if isinstance(v, str) and v and spec.field(f).kind in ("str", "text") else v
            for f, v in event["fields"].items()
        }
        return None if fields == event["fields"] else seal(dict(event, fields=fields))

    def forge(self) -> None:
        """A deletion observing, or an edit naming as replaced, the next few versions honest
        teammates will write."""
        ws = self.ws
        rec = self.sim.pick(ws)
        if rec is None:
            return self.sim.skip()
        view = ws.get(rec)
        with ws.store.read() as conn:
            heads = ws.store.heads(conn, rec)
            held = knowledge.have(conn)
        future = [[r, spans[-1][1] + k] for r, spans in held.items() if r != ws.store.replica for k in (1, 2, 3)]
        with ws.store.write() as conn:
            if self.sim.rng.random() < 0.5:
                observed = {f: sorted(dots + future) for f, dots in heads.items()}
                ws.store._local_event(conn, "del", view.type, rec, {"observed": observed})
            else:
                label = TYPES[view.type].label
                parents = {label: sorted(heads.get(label, []) + future)}
                ws.store._local_event(
                    conn, "set", view.type, rec, {"fields": {label: "forged by Mallory"}, "parents": parents}
                )
        self.sim.stats["forgeries"] += 1
        return None


def events_of(ws: Workspace) -> set[tuple[str, int, str]]:
    with ws.store.read() as conn:
        return set(conn.exec_driver_sql("SELECT replica, seq, h FROM events").all())


def audit_no_silent_loss(ws: Workspace) -> int:
    """Every version a `set` wrote is shown, in conflict, merged, replaced by a named child, or deleted."""
    checked = 0
    with ws.store.read() as conn:
        superseded = set(conn.exec_driver_sql("SELECT rec, field, replica, seq FROM superseded").all())
        heads = {
            (rec, f, r, s): orjson.dumps(orjson.loads(body)["fields"].get(f))
            for rec, f, r, s, body in conn.exec_driver_sql(
                "SELECT h.rec, h.field, h.replica, h.seq, e.body FROM heads h "
                "JOIN events e ON e.replica = h.replica AND e.seq = h.seq"
            )
        }
        observed = set(conn.exec_driver_sql("SELECT rec, field, replica, seq FROM deletion_observed").all())
        rows = {
            rid: (orjson.loads(data), orjson.loads(conflicts) if conflicts else {}, orjson.loads(merged) if merged else [], own_deleted)
            for rid, data, conflicts, merged, own_deleted in conn.exec_driver_sql(
                "SELECT id, data, conflicts, merged, own_deleted FROM records"
            )
        }
        for (body,) in conn.exec_driver_sql("SELECT body FROM events WHERE op='set'"):
            e = orjson.loads(body)
            r, s = e["dot"]
            for f in e["fields"]:
                key = (e["rec"], f, r, s)
                checked += 1
                if key in superseded:
                    continue  # named as a parent: a later edit replaced it knowingly
                assert key in heads, f"version {key} is neither a head nor replaced"
                data, conflicts, merged, own_deleted = rows[e["rec"]]
                value = orjson.loads(heads[key])
                if own_deleted and key in observed:
                    continue  # covered by a delete that took effect
                if f in UNFLAGGED_FIELDS:
                    continue  # concurrent moves: the loser stays a head (kept, logged), not flagged
                assert (
                    data.get(f) == value or value in conflicts.get(f, []) or f in merged
                ), f"version {key} of {e['rec']} is silently hidden"
    return checked


def audit_heads_independent(ws: Workspace) -> int:
    """No head of a field is an ancestor of another head of that field."""
    pairs = 0
    with ws.store.read() as conn:
        multi = conn.exec_driver_sql(
            "SELECT rec, field FROM heads GROUP BY rec, field HAVING COUNT(*) > 1"
        ).all()
        for rec, f in multi:
            parents: dict[tuple, list[tuple]] = {}
            for (body,) in conn.exec_driver_sql("SELECT body FROM events WHERE rec=? AND op='set'", (rec,)):
                e = orjson.loads(body)
                if f in e["fields"]:
                    parents[tuple(e["dot"])] = [tuple(p) for p in (e.get("parents") or {}).get(f, [])]
            heads = [tuple(h) for h in conn.exec_driver_sql("SELECT replica, seq FROM heads WHERE rec=? AND field=?", (rec, f))]
            for h in heads:
                seen, todo = set(), list(parents.get(h, []))
                while todo:
                    x = todo.pop()
                    if x not in seen:
                        seen.add(x)
                        todo.extend(parents.get(x, []))
                assert not (seen & set(heads)), f"a head of {rec}.{f} is an ancestor of another"
                pairs += 1
    return pairs


def import_orders_agree(sim: Sim, n_orders: int, expected: bytes) -> None:
    """Random import orders of all bundles into one empty store all give the converged view."""
    empty = open_store(sim.root / "empty", create=True)
    with empty.write() as conn:
        empty._set_meta(conn, "workspace_id", sim.stores[0].workspace_id)
    events = [b.events for b in sim.bundles]
    if sum(map(len, events)) > ORDER_EVENT_BUDGET:
        # The soak size makes ~10^6 bundle events: one full bundle (so the set is complete) and a
        # random sample of the others, within the budget.
        keep = [export_signed(sim.stores[0].store, mode="full").events]
        sim.rng.shuffle(events)
        budget = ORDER_EVENT_BUDGET - len(keep[0])
        for ev in events:
            if len(ev) <= budget:
                keep.append(ev)
                budget -= len(ev)
        events = keep
    kept: dict[tuple[str, int], str] = {}
    for ev in events:
        for e in ev:  # a dot carried in two versions (an equivocation): every store keeps the smaller hash
            dot = (e["dot"][0], e["dot"][1])
            kept[dot] = min(kept.get(dot, e["h"]), e["h"])
    carried = {(r, s, h) for (r, s), h in kept.items()}
    assert carried == events_of(sim.stores[0]), "the bundles do not carry every event"
    for _ in range(n_orders):
        order = list(range(len(events)))
        sim.rng.shuffle(order)
        with empty.write() as conn:
            for k in order:
                empty.apply(conn, events[k])
            assert empty.dump(conn) == expected
            conn.rollback()
    empty.close()


def simulate(tmp_path: Path, seed: int, n_ops: int, n_orders: int, *, adversary: bool = False) -> dict[str, Any]:
    started = time.perf_counter()
    sim = Sim(random.Random(seed), tmp_path, adversary=0 if adversary else None)
    sim.setup()
    sim.run(n_ops)
    rounds = sim.catch_up()
    sets = [events_of(ws) for ws in sim.honest]
    assert all(s == sets[0] for s in sets), "event sets differ after catch-up"
    dumps = [ws.store.dump() for ws in sim.honest]
    assert all(d == dumps[0] for d in dumps), "dumps differ after catch-up"
    # re-import is a no-op
    again = export_signed(sim.stores[1].store, mode="full")
    outcome = import_trusting(sim.stores[2].store, again, apply=True, snapshot_before=False)
    assert outcome.applied == 0 and sim.stores[2].store.dump() == dumps[0]
    checked = audit_no_silent_loss(sim.stores[0])
    pairs = audit_heads_independent(sim.stores[0])
    assert sim.stores[3].store.check() == []
    ordering_started = time.perf_counter()
    import_orders_agree(sim, n_orders, dumps[0])
    # a store reusing a replica id (known dot, other content) splits nobody: the smaller hash is kept
    victim = sim.stores[4]
    bundle = export_signed(sim.stores[1].store, mode="full")
    held = next(e for e in bundle.events if e["op"] == "set")
    forged = dict(held)
    forged["fields"] = dict(forged["fields"], title="forged") if "title" in forged["fields"] else {"title": "forged"}
    seal(forged)
    bundle.events = [forged]
    outcome = import_trusting(victim.store, bundle, apply=True, snapshot_before=False)
    assert outcome.equivocating == [held["dot"][0]]
    with victim.store.read() as conn:
        kept = conn.exec_driver_sql("SELECT h FROM events WHERE replica=? AND seq=?", tuple(held["dot"])).scalar_one()
    assert kept == min(held["h"], forged["h"])
    assert victim.store.check() == []
    figures = dict(
        sim.stats,
        seed=seed,
        events=len(sets[0]),
        records=dumps[0].count(b'"type"'),
        conflicts=dumps[0].count(b'"conflicts"'),
        del_flags=dumps[0].count(b'"deleted_elsewhere"') + dumps[0].count(b'"kept_by_child"'),
        catch_up_rounds=rounds,
        audited_versions=checked,
        multi_head_fields=pairs,
        orders=n_orders,
        seconds=round(time.perf_counter() - started, 1),
        order_seconds=round(time.perf_counter() - ordering_started, 1),
    )
    print(f"\nconvergence simulation: {figures}")
    for ws in sim.stores:
        ws.close()
    return figures


# GCEN_SEED reruns a failing random seed. The test ids stay fixed ("random") so every xdist
# worker collects the same tests; the seed itself is printed and shown on failure.
RANDOM_SEED = int(os.environ.get("GCEN_SEED") or random.randrange(1 << 30))
SEED_IDS = ["11", "2024", "77777", "random"]


@pytest.mark.parametrize("seed", [11, 2024, 77_777, RANDOM_SEED], ids=SEED_IDS)
def test_convergence_reduced(tmp_path, seed):
    print(f"\nseed {seed} (rerun with this seed to reproduce)")
    figures = simulate(tmp_path, seed, n_ops=400, n_orders=20)
    assert figures["events"] > 200 and figures["bundles"] > 5 and figures["delivered"] > 20


@pytest.mark.slow
@pytest.mark.skipif(not SOAK, reason="the full simulation runs under `make soak` (GCEN_SOAK=1)")
@pytest.mark.parametrize("seed", [11, 2024, 77_777, RANDOM_SEED], ids=SEED_IDS)
def test_convergence_full(tmp_path, seed):
    print(f"\nseed {seed} (rerun with this seed to reproduce)")
    figures = simulate(tmp_path, seed, n_ops=10_000, n_orders=200)
    assert figures["events"] > 8_000


@pytest.mark.parametrize("seed", [11, 2024, 77_777, RANDOM_SEED], ids=SEED_IDS)
def test_convergence_with_an_adversary(tmp_path, seed):
    """A sixth teammate, trusted, equivocates (in its own name and in honest teammates' names), forges
    its `have`, deletions observing and edits replacing versions nobody wrote yet, and replays old
    bundles: the five honest stores still end
    byte-identical, every honest edit accounted for, and every import order agrees."""
    print(f"\nseed {seed} (rerun with this seed to reproduce)")
    figures = simulate(tmp_path, seed, n_ops=400, n_orders=20, adversary=True)
    assert figures["forgeries"] > 5 and figures["equivocations"] > 0 and figures["forged_dots"] > 0


@pytest.mark.slow
@pytest.mark.skipif(not SOAK, reason="the full simulation runs under `make soak` (GCEN_SOAK=1)")
@pytest.mark.parametrize("seed", [11, 2024, 77_777, RANDOM_SEED], ids=SEED_IDS)
def test_convergence_full_with_an_adversary(tmp_path, seed):
    print(f"\nseed {seed} (rerun with this seed to reproduce)")
    figures = simulate(tmp_path, seed, n_ops=10_000, n_orders=200, adversary=True)
    assert figures["forgeries"] > 100 and figures["equivocations"] > 10 and figures["forged_dots"] > 10
