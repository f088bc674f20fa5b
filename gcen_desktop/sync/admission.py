"""Whether a bundle is let in: its signature, the keys trusted here, forged or cloned histories,
another workspace's bundle; the refusals say why in the user's words."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from ..domain.display import visible
from ..domain.errors import UserError
from ..store import ranges
from ..store.ranges import Vector
from ..store.store import Store
from . import knowledge
from .export import producer_name
from .keys import StoreKeys, fingerprint
from .manifest import Manifest
from .reader import HeldEvent


class BundleRefused(UserError):
    """A bundle that is well formed but must not be applied to this store; nothing was changed."""


class Unvouched(BundleRefused):
    """A bundle no trusted key vouches for, applied without the user's decision to import it once."""


class UntrustedKey(Unvouched):
    """Signed by a key this store does not trust (yet)."""


class Impersonation(BundleRefused):
    """Signed by one key, naming as its producer a replica bound to another (or one it may not
    take); or, signed by no trusted key, claiming changes of this very store it never made."""


class NeedsReview(BundleRefused):
    """Held back for the user to look at (many deletions) where nobody is asked: the shared folder."""


class ForeignWorkspace(BundleRefused):
    """A bundle of another team's workspace: refused, unless imported as copies."""

    def __init__(self, template: str, workspace_name: str, /, **params: Any) -> None:
        super().__init__(template, **params)
        self.workspace_name = workspace_name


@dataclass
class Vouching:
    """What the bundle's signature proves here (SYNC.md, "Trust and authenticity")."""

    fp: str | None  # the signer's fingerprint; None when the bundle is not signed
    trusted: bool  # the signer's key is trusted here (or is this store's own)
    warnings: list[str]
    who: str = "a teammate"  # whom the bundle says it comes from, fit to quote in one line

    def vouched(self, trust_new_key: bool) -> bool:
        """Whether the bundle speaks with a trusted key: as it is, or once the user trusts the key."""
        return self.trusted or (trust_new_key and self.fp is not None)


def vouching(conn: Connection, store: Store, bundle: Any, own_keys: StoreKeys | None) -> Vouching:
    """Who vouches for the bundle. A trusted key that claims a replica bound to another key (an
    impersonation) is refused here, before anything is read further."""
    m: Manifest = bundle.manifest
    warnings: list[str] = []
    signer = bundle.signer_public_key
    who = m.producer.name or "a teammate"
    said = visible(m.producer.name) if m.producer.name else f"store {visible(m.producer.replica[:8])}"
    if not signer:
        if m.producer.replica != store.replica:
            warnings.append(
                f"This bundle is not signed, so it cannot be checked that {who} made it; import it only if "
                "you know where it came from."
            )
        return Vouching(None, False, warnings, said)
    fp = fingerprint(signer)
    own = own_keys is not None and signer == own_keys.public_key_b64
    k = knowledge.key(conn, fp)
    trusted = own or (k is not None and k.trusted)
    _refuse_impersonation(conn, store, m, fp, own_keys)
    if not trusted:
        warnings.append(
            f"This is the first bundle signed by the key {fp} ({m.producer.name or 'no name given'}); "
            "check the fingerprint with that teammate before trusting it."
        )
    return Vouching(fp, trusted, warnings, said)


def _refuse_impersonation(conn: Connection, store: Store, m: Manifest, fp: str, own_keys: StoreKeys | None) -> None:
    """Only the key bound to a replica speaks for it: a bundle signed by another key that names
    that replica as its producer is refused, whoever signed it."""
    producer = m.producer.replica
    if producer == store.replica:
        bound = own_keys.fingerprint if own_keys is not None else None
    else:
        bound = knowledge.bound_key(conn, producer)
    if bound == fp:
        return
    if bound is None:
        if producer != store.replica and _takes_over(conn, producer, fp):
            raise _taking_over(conn, store, producer, fp)
        return
    names = knowledge.names(conn)
    signer_name = _signer_name(conn, fp)
    raise Impersonation(
        "This bundle is signed by the key %(fingerprint)s%(signer)s, but it says it comes from %(name)s's "
        "store, whose bundles are signed by another key, so it was refused; if %(name)s moved to a new "
        "computer, a bundle made there comes from a new store and is accepted once you trust its key.",
        fingerprint=fp,
        signer=f" ({visible(signer_name)})" if signer_name else "",
        name=visible(_who(store, names, producer)),
    )


def _takes_over(conn: Connection, producer: str, fp: str) -> bool:
    """Whether a key that already speaks for another store here claims `producer`, a store known
    here (its changes held, or a roster naming it) and not by that key. Binding it would make the
    store's own bundles refused for good (a trusted teammate signing as Dara, known here only by
    relay); a store that took a new identity keeps its key, and is bound to it when a roster names
    it with that key or when it is new here."""
    if not (knowledge.bound_replicas(conn, fp) - {producer}):
        return False
    named = knowledge.peer(conn, producer)
    if named is not None:
        return named.fingerprint != fp
    return bool(knowledge.known_replicas(conn, {producer}))


def _signer_name(conn: Connection, fp: str) -> str | None:
    return next((p.name for p in knowledge.peers(conn) if p.fingerprint == fp and p.name), None)


def _taking_over(conn: Connection, store: Store, producer: str, fp: str) -> Impersonation:
    signer_name = _signer_name(conn, fp)
    return Impersonation(
        "This bundle is signed by the key %(fingerprint)s%(signer)s, which speaks for another store, but it says "
        "it comes from %(name)s's store, so it was refused; %(name)s's own bundles are accepted once you trust "
        "their key.",
        fingerprint=fp,
        signer=f" ({visible(signer_name)})" if signer_name else "",
        name=visible(_who(store, knowledge.names(conn), producer)),
    )


def _who(store: Store, names: dict[str, str], replica: str) -> str:
    if replica == store.replica:
        return producer_name(store) or "this"
    return names.get(replica) or f"store {replica[:8]}"


def admit_unvouched(
    conn: Connection, store: Store, events: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """The events a bundle no trusted key vouches for may bring: of `events` (those this store does
    not hold, see `_unknown`), the ones of replicas unknown here. The others are left out, counted
    per replica: only that replica's key, or a trusted teammate relaying them, speaks for them."""
    replicas = {e["dot"][0] for e in events}
    previous = set(filter(None, (store.meta_in(conn, "previous_replicas") or "").split(",")))
    known = (knowledge.known_replicas(conn, replicas) | {store.replica} | previous) & replicas
    if not known:
        return events, {}
    kept: list[dict[str, Any]] = []
    left: Counter[str] = Counter()
    for e in events:
        r = e["dot"][0]
        if r in known:
            left[r] += 1
        else:
            kept.append(e)
    return kept, dict(left)


def describe_left_out(conn: Connection, store: Store, left: dict[str, int], signed: bool) -> str:
    names = knowledge.names(conn)
    parts = ", ".join(f"{n:,} of {_who(store, names, r)}" for r, n in sorted(left.items()))
    how = "trust the key of this bundle, or " if signed else ""
    return (
        f"No key you trust signed this bundle, so the changes it carries in the name of teammates "
        f"already known here were left out ({parts}); {how}ask those teammates for a bundle of their own."
    )


# More changes than a workspace copy makes between a backup and its restore: a store's numbering never
# jumps further on one bundle's word (a claim beyond is forged, and its dots are out of reach anyway).
MAX_OWN_SKIP = 1 << 24


def own_future_seq(store: Store, conn: Connection, m: Manifest, events: list[dict[str, Any]]) -> int:
    """The highest change of this store's own replica that the bundle names beyond the last one it
    made (in its events, its `have`, or their parents or observed versions), or 0: this store was
    restored from a backup, or the bundle is forged."""
    own = store.replica
    seq = int(store.meta_in(conn, "seq") or 0)
    top = seq
    spans = m.have.get(own)
    if spans:
        top = max(top, spans[-1][1])
    top = _highest_own_named(events, own, top)
    return top if top > seq else 0


def _highest_own_named(events: list[dict[str, Any]], own: str, top: int) -> int:
    """The highest seq of replica `own` the events are or name as versions (at least `top`)."""
    for e in events:
        if e["dot"][0] == own:
            top = max(top, e["dot"][1])
        if type(e) is HeldEvent:
            continue
        for refs in (e.get("parents") or e.get("observed") or {}).values():
            for r, s in refs:
                if r == own:
                    top = max(top, s)
    return top


def refuse_foreign(store: Store, m: Manifest, *, joining: bool) -> None:
    wid = store.workspace_id
    if joining and not wid:
        return
    if m.workspace_id != wid and m.workspace_name:
        raise ForeignWorkspace(
            "This bundle belongs to another workspace '%(name)s', not to this one; open that workspace "
            "(or join it from an empty folder) to import it, or import its records as copies.",
            m.workspace_name,
            name=visible(m.workspace_name),
        )
    if m.workspace_id != wid:
        raise ForeignWorkspace(
            "This bundle belongs to another workspace, not to this one; open that workspace "
            "(or join it from an empty folder) to import it, or import its records as copies.",
            m.workspace_name,
        )


def cloned() -> BundleRefused:
    return BundleRefused(
        "This bundle holds changes made by a copy of a store that reuses another store's identity "
        "(a copied or restored workspace folder), so it was refused; ask the sender to export a new "
        "full bundle after opening their workspace in GCEN Desktop once more."
    )


def forged_own(who: str) -> Impersonation:
    """`who`: whom the bundle says it comes from (`Vouching.who`). It speaks for this store without
    its key: named on the Sync screen as an impersonation is (services/refusals.py)."""
    return Impersonation(
        "This bundle, which says it comes from %(name)s, claims changes of this very workspace copy that "
        "it never made, and no key you trust signed it, so it was refused as forged or damaged; ask "
        "%(name)s for a bundle signed with their key.",
        name=who,
    )


def _untrusted(fp: str) -> UntrustedKey:
    return UntrustedKey(
        "This bundle is signed by a key this store does not trust yet (%(fingerprint)s); look at the "
        "preview, then import it once without trusting the key, or check the fingerprint with the "
        "sender and trust it.",
        fingerprint=fp,
    )


def _not_signed(who: str) -> Unvouched:
    return Unvouched(
        "This bundle, which says it comes from %(name)s, is not signed, so nothing shows who made it; "
        "look at the preview, then import it once if you know where it came from.",
        name=who,
    )


def refuse_unvouched(v: Vouching) -> None:
    raise _untrusted(v.fp) if v.fp else _not_signed(v.who)


def missing_dots(m: Manifest, held: Vector, events: list[dict[str, Any]]) -> Vector:
    """What the bundle's producer assumed this store had (`since`) and it does not."""
    if not m.since:  # a full bundle assumes nothing
        return {}
    arriving: dict[str, list[int]] = {}
    for e in events:
        arriving.setdefault(e["dot"][0], []).append(e["dot"][1])
    have_after = ranges.vector_union(held, {k: ranges.from_seqs(v) for k, v in arriving.items()})
    return ranges.vector_subtract({k: [list(x) for x in v] for k, v in m.since.items()}, have_after)


def describe_missing(conn: Connection, missing: Vector) -> str:
    names = knowledge.names(conn)
    parts = [
        f"{ranges.count(rs):,} from {names.get(origin) or 'store ' + origin[:8]}"
        for origin, rs in sorted(missing.items())
    ]
    return (
        "This bundle assumes changes this store does not have ("
        + ", ".join(parts)
        + "); what it holds was applied, and a full bundle from the sender will fill the gap."
    )
