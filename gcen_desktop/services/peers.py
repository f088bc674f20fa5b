"""Teammates and trust: the peers a workspace exchanged bundles with, their keys, this store's own
signing keys, and what is not shared yet."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..domain.errors import NotFound, Phrase, UserError
from ..store import ranges
from ..store.store import Store
from ..sync import knowledge, selection
from ..sync.export import producer_name
from ..sync.keys import StoreKeys, load_or_create_keys
from .workspace import Workspace


@dataclass
class Peer:
    name: str
    replica: str
    fingerprint: str | None
    trusted: bool
    last_exchange_ms: int | None
    holds: dict[str, list[list[int]]]
    equivocated: int = 0  # changes of this store seen in two versions (the smaller hash kept)
    # the teammates (names, or store ids) whose bundles brought a second version of one of them
    equivocated_via: list[str] = field(default_factory=list)

    @property
    def held_events(self) -> int:
        return ranges.vector_count(self.holds)


def _matching(peers: list[Peer], text: str) -> list[Peer]:
    """By replica id, else by name (case-insensitive), else by the start of the replica id."""
    folded = text.strip().casefold()
    tests: tuple[Callable[[Peer], bool], ...] = (
        lambda p: p.replica == text,
        lambda p: p.name.casefold() == folded,
        lambda p: len(folded) >= 4 and p.replica.startswith(folded),
    )
    for test in tests:
        found = [p for p in peers if test(p)]
        if found:
            return found
    return []


class Peers:
    """Teammates and keys of one open workspace (the base of `bundles.Exchange`)."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.store: Store = ws.store
        self._keys: StoreKeys | None = None

    @property
    def keys(self) -> StoreKeys:
        if self._keys is None:
            self._keys = self._load_keys()
        return self._keys

    def _load_keys(self) -> StoreKeys:
        try:
            keys = load_or_create_keys(self.store.folder)
        except OSError:
            if not self.store.read_only:
                raise
            raise UserError(
                "The workspace in %(folder)s is read-only and holds no keys to sign a bundle with; copy "
                "it to a folder you can write to, then export from there.",
                folder=str(self.store.folder),
            ) from None
        signing = self.store.meta("signing_key")
        if signing != keys.fingerprint and not self.store.read_only:
            with self.store.write() as conn:
                # Teammates bound this store's replica to the key that signed its bundles: with
                # another key (the key files were lost or replaced) it speaks as a new store.
                if signing and int(self.store.meta_in(conn, "seq") or 0) > 0:
                    self.store.take_new_identity(conn, "its signing key was replaced")
                self.store._set_meta(conn, "signing_key", keys.fingerprint)
        return keys

    def teammate_names(self) -> dict[str, str]:
        """Replica id -> teammate name, this store's own included."""
        with self.store.read() as conn:
            names = knowledge.names(conn)
        names[self.store.replica] = producer_name(self.store, local=True) or names.get(self.store.replica, "")
        return {r: n for r, n in names.items() if n}

    def peers(self) -> list[Peer]:
        out: list[Peer] = []
        with self.store.read() as conn:
            equivocated = dict(conn.exec_driver_sql(
                "SELECT replica, COUNT(DISTINCT seq) FROM equivocations GROUP BY replica"
            ).all())
            names = knowledge.names(conn)
            via: dict[str, list[str]] = {}
            for replica, producer in conn.exec_driver_sql(
                "SELECT DISTINCT replica, via FROM equivocations WHERE via IS NOT NULL AND via != replica "
                "ORDER BY replica, via"
            ).all():
                via.setdefault(replica, []).append(names.get(producer) or f"store {producer[:8]}")
            for p in knowledge.peers(conn):
                if p.replica == self.store.replica:
                    continue
                k = knowledge.key(conn, p.fingerprint) if p.fingerprint else None
                out.append(
                    Peer(
                        name=p.name,
                        replica=p.replica,
                        fingerprint=p.fingerprint,
                        trusted=bool(k and k.trusted),
                        last_exchange_ms=p.last_exchange_ms,
                        holds=knowledge.knowledge_of(conn, p.replica),
                        equivocated=equivocated.get(p.replica, 0),
                        equivocated_via=via.get(p.replica, []),
                    )
                )
        return out

    def find_peer(self, text: str) -> Peer:
        """A teammate by name (case-insensitive) or by replica id (or its start)."""
        peers = self.peers()
        matches = _matching(peers, text)
        if len(matches) == 1:
            return matches[0]
        if not matches:
            known = ", ".join(sorted({p.name or p.replica for p in peers})) or Phrase("none yet")
            raise NotFound(
                "No teammate is called '%(name)s' (known: %(known)s); import a bundle from them first, or export --team.",
                name=text,
                known=known,
            )
        raise UserError(
            "Several teammates match '%(name)s'; give the store id shown by 'gcen peers' instead.", name=text
        )

    def trust(self, replica: str) -> None:
        peer = self.find_peer(replica)
        if not peer.fingerprint:
            raise UserError(
                "%(teammate)s has sent no signed bundle yet; there is no key to trust.",
                teammate=peer.name or peer.replica,
            )
        with self.store.write() as conn:
            knowledge.trust_key(conn, peer.fingerprint)
            # the user checked this teammate's key: it alone speaks for their store from now on
            # (a teammate known only by relay and roster is not claimed first by another trusted key)
            knowledge.bind(conn, peer.replica, peer.fingerprint)
            # bundles refused for this key in the shared folder are tried again
            conn.exec_driver_sql("DELETE FROM folder_files WHERE outcome LIKE 'untrusted:%'")

    def unexported_count(self) -> int:
        """Changes made here that no bundle has carried yet: what 'not yet shared' counts for the
        user (an export shares them, whoever imports it and whenever)."""
        with self.store.read() as conn:
            own = knowledge.have(conn).get(self.store.replica, [])
            exported = int(self.store.meta_in(conn, "exported_seq") or 0)
        return ranges.count(ranges.subtract(own, [[1, exported]] if exported else []))

    def unshared_count(self) -> int:
        """Changes made here that some teammate is not known to hold yet."""
        with self.store.read() as conn:
            own = knowledge.have(conn).get(self.store.replica, [])
            team = selection.assumed_known(conn, "team", None, self.store.replica)
        return ranges.count(ranges.subtract(own, team.get(self.store.replica, [])))

    def last_exchange(self) -> tuple[str, int] | None:
        """(teammate name, or '' for an export to the team, time in ms) of the latest exchange."""
        best: tuple[str, int] | None = None
        with self.store.read() as conn:
            for p in knowledge.peers(conn):
                if p.last_exchange_ms and (best is None or p.last_exchange_ms > best[1]):
                    best = (p.name, p.last_exchange_ms)
            exported = self.store.meta_in(conn, "last_export_ms")
        if exported and (best is None or int(exported) > best[1]):
            best = ("", int(exported))
        return best
