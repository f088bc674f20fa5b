"""A hypothesis state machine over edit / delete / export / deliver / duplicate / lose / skew.

Whatever the sequence, once every store has caught up with every other, all hold the same events
and show byte-identical dumps; a failing sequence shrinks to a minimal one.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from gcen_desktop.domain.errors import UserError
from gcen_desktop.services import Workspace
from gcen_desktop.store.store import open_store
from gcen_desktop.sync.export import MemoryBundle

from .signed_team import export_signed, import_trusting

N = 3
TITLES = st.sampled_from(["alpha", "beta", "gamma", "delta"])


class ExchangeMachine(RuleBasedStateMachine):
    @initialize()
    def setup(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="gcen-stateful-"))
        first = Workspace.new(self.root / "s0", "Team", member="Ana")
        self.recs = [first.create("note", {"title": "shared", "body": "a\nb\nc\n"}).rec]
        full = export_signed(first.store, mode="full")
        self.stores = [first]
        for i in range(1, N):
            store = open_store(self.root / f"s{i}", create=True)
            with store.write() as conn:
                store._set_meta(conn, "workspace_id", full.manifest.workspace_id)
            import_trusting(store, full, apply=True, joining=True, snapshot_before=False)
            self.stores.append(Workspace(store))
        self.offsets = [0] * N
        self.outbox: list[tuple[MemoryBundle, int]] = []

    def teardown(self) -> None:
        for ws in getattr(self, "stores", []):
            ws.close()
        if hasattr(self, "root"):
            shutil.rmtree(self.root, ignore_errors=True)

    def _clock(self, i: int) -> None:
        offset = self.offsets[i]
        self.stores[i].store.clock.now_ms = lambda: time.time_ns() // 1_000_000 + offset

    @rule(i=st.integers(0, N - 1), title=TITLES)
    def create(self, i: int, title: str) -> None:
        self.recs.append(self.stores[i].create("note", {"title": title}).rec)

    @rule(i=st.integers(0, N - 1), k=st.integers(0, 50), title=TITLES, body=st.booleans())
    def edit(self, i: int, k: int, title: str, body: bool) -> None:
        rec = self.recs[k % len(self.recs)]
        ws = self.stores[i]
        view = ws.find(rec)
        if view is None or view.deleted:
            return
        if body:
            lines = (view.data.get("body") or "a\nb\nc\n").splitlines(keepends=True)
            lines[k % len(lines)] = f"{title}\n"
            ws.edit(rec, {"body": "".join(lines)})
        else:
            ws.edit(rec, {"title": title})

    @rule(i=st.integers(0, N - 1), k=st.integers(0, 50))
    def delete_or_restore(self, i: int, k: int) -> None:
        rec = self.recs[k % len(self.recs)]
        ws = self.stores[i]
        view = ws.find(rec)
        if view is None:
            return
        try:
            if view.deleted or view.del_conflict:
                ws.restore(rec)
            else:
                ws.delete(rec)
        except UserError:
            pass

    @rule(i=st.integers(0, N - 1), mode=st.sampled_from(["team", "peer", "full"]), j=st.integers(0, N - 1))
    def export(self, i: int, mode: str, j: int) -> None:
        peer = self.stores[j].store.replica if mode == "peer" and j != i else None
        bundle = export_signed(self.stores[i].store, mode=mode if peer or mode != "peer" else "team", peer=peer)
        self.outbox.append((bundle, i))

    @precondition(lambda self: self.outbox)
    @rule(k=st.integers(0, 100), j=st.integers(0, N - 1), keep=st.booleans())
    def deliver(self, k: int, j: int, keep: bool) -> None:
        """Deliver a bundle to a store; `keep` leaves it in the outbox for a duplicate delivery."""
        bundle, src = self.outbox[k % len(self.outbox)]
        if not keep:
            self.outbox.pop(k % len(self.outbox))
        if j != src:
            import_trusting(self.stores[j].store, bundle, apply=True, snapshot_before=False)

    @precondition(lambda self: self.outbox)
    @rule(k=st.integers(0, 100))
    def lose(self, k: int) -> None:
        self.outbox.pop(k % len(self.outbox))

    @rule(i=st.integers(0, N - 1), hours=st.integers(-72, 72))
    def skew(self, i: int, hours: int) -> None:
        self.offsets[i] = hours * 3_600_000
        self._clock(i)

    @invariant()
    def projection_is_consistent(self) -> None:
        for ws in getattr(self, "stores", []):
            with ws.store.read() as conn:
                assert conn.exec_driver_sql("SELECT COUNT(*) FROM records WHERE deleted=0 AND own_deleted=1 "
                                            "AND type='note'").scalar_one() == 0

    def check_convergence(self) -> None:
        for _round in range(2):
            for i, src in enumerate(self.stores):
                for j, dst in enumerate(self.stores):
                    if i != j:
                        bundle = export_signed(src.store, mode="peer", peer=dst.store.replica)
                        import_trusting(dst.store, bundle, apply=True, snapshot_before=False)
        dumps = {ws.store.dump() for ws in self.stores}
        assert len(dumps) == 1, "stores differ after catch-up"


class ConvergingMachine(ExchangeMachine):
    def teardown(self) -> None:
        try:
            if hasattr(self, "stores"):
                self.check_convergence()
        finally:
            super().teardown()


ConvergingMachine.TestCase.settings = settings(
    max_examples=12,
    stateful_step_count=18,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_exchange_machine = ConvergingMachine.TestCase
