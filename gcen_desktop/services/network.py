"""The network as a city team uses it: publish what is marked network, receive other cities'
publications into the network library, list and search it, adapt a practice, show this store's
identity (what a hub operator needs to enroll the city)."""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec

from .. import __version__
from ..domain.errors import NotFound, Phrase, UserError
from ..domain.ids import new_id
from ..domain.schema import CLI_NAME_OF, TYPES
from ..store import network_library as library
from ..sync import publishing
from ..sync.errors import BundleError
from ..sync.export import producer_name
from ..sync.keys import StoreKeys, fingerprint, load_or_create_keys
from ..sync.limits import DEFAULT_LIMITS, Limits, human_size
from ..sync.manifest import Producer
from ..sync.publication import (
    RECEIPT_FEATURE,
    PublicationContents,
    PublicationManifest,
    Source,
    Withdrawal,
    read_publication,
    receipt_line,
    write_publication,
    write_publication_parts,
)
from ..sync.times import now_ms
from . import copies
from .changes import ChangeSet, Created
from .peers import Peers
from .workspace import Workspace, refuse_inside

HUB = "hub"  # the receiver of a publication when none is named
HUB_PREFIX = "hub:"  # the workspace id a hub's digests name: what tells a digest's key is a hub's


@dataclass
class Identity:
    workspace_id: str
    name: str
    city: str
    replica: str
    fingerprint: str


@dataclass(frozen=True)
class LeftOut:
    """A network record no publication file can carry (publication.why_it_cannot_travel): it
    stayed home, and goes once it fits."""

    rec: str
    type: str
    label: str
    reason: str  # "count", "size", "attachments", "value"

    def describe(self) -> str:
        kind = CLI_NAME_OF.get(self.type, self.type)
        why = {"count": "has more tags, attachments or parts than a publication may list",
               "size": "is too large", "attachments": "has attachments too large together"}.get(
            self.reason, "holds a value other cities cannot read")
        return f"{kind} '{self.label[:60]}' ({self.rec}) {why}"


@dataclass
class PublishResult:
    path: Path
    size: int
    receiver: str
    kind: str
    counts: dict[str, dict[str, int]]  # type -> published / withdrawn / parts
    # a publication larger than one file may be: its files, in order (`path` is the first); else empty
    parts: list[Path] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)
    first: bool = False  # nothing was published for this receiver (a city) before: it carries everything

    @property
    def parts_note(self) -> Phrase | None:
        """What to tell the user of a publication written as several files, in one sentence."""
        if len(self.parts) < 2:
            return None
        return Phrase(
            "This publication was larger than one file may be, so it was written as %(count)d files (%(size)s in "
            "all, %(first)s to %(last)s): send all of them; each one is imported on its own.",
            count=len(self.parts), size=human_size(self.size), first=self.parts[0].name, last=self.parts[-1].name,
        )

    @property
    def left_out_note(self) -> Phrase | None:
        """What to tell the user of `left_out`, in one sentence."""
        if not self.left_out:
            return None
        return Phrase(
            "No publication can carry these records, so they stayed here and the rest was published: %(records)s; "
            "make them smaller (or fewer tags, attachments or parts) and publish again.",
            records="; ".join(item.describe() for item in self.left_out),
        )

    @property
    def published(self) -> int:
        return sum(c["published"] for c in self.counts.values())

    @property
    def withdrawn(self) -> int:
        return sum(c["withdrawn"] for c in self.counts.values())


@dataclass
class ReceiveReport:
    workspace_id: str
    workspace_name: str
    city: str
    fingerprint: str
    key_trusted_now: bool
    counts: dict[str, dict[str, int]] = field(default_factory=dict)  # new / updated / unchanged / withdrawn
    applied: int = 0
    kind: str = "publication"  # or "digest", "receipt"
    acknowledged: int | None = None  # records a receipt (a digest's, a receipt file's) named; None: no receipt


@dataclass
class ReceiptResult:
    path: Path
    size: int
    workspace_id: str  # the workspace whose publications it acknowledges
    city: str
    records: int


CATEGORIES = ("new", "updated", "unchanged", "withdrawn")


class Untrusted(UserError):
    """A publication signed by a key this library does not trust yet (it can, with --yes)."""


def normal_receiver(text: str | None) -> str:
    return " ".join((text or HUB).split()).casefold() or HUB


def named_receiver(text: str | None) -> str:
    """The receiver a publication is for: None is the hub; a blank name is refused (it is not the hub)."""
    if text is not None and not text.strip():
        raise UserError("The receiving city's name is empty; give it after --for, or leave --for out to publish "
                        "for the network hub.")
    return normal_receiver(text)


class Network:
    """The network side of one open workspace."""

    def __init__(self, ws: Workspace, keys: StoreKeys | None = None) -> None:
        self.ws = ws
        self.store = ws.store
        self._keys = keys

    @property
    def keys(self) -> StoreKeys:
        if self._keys is None:
            # the signing key as bundles use it (replaced keys included)
            self._keys = Peers(self.ws).keys if not self.store.read_only else load_or_create_keys(self.store.folder)
        return self._keys

    # --- identity -------------------------------------------------------------------------------

    def identity(self) -> Identity:
        info = self.ws.info()
        data = info.data if info else {}
        return Identity(self.ws.workspace_id, str(data.get("name") or ""), str(data.get("city") or ""),
                        self.store.replica, self.keys.fingerprint)

    # --- publishing -----------------------------------------------------------------------------

    def preview_publish(self, receiver: str | None = None, *, full: bool = False) -> publishing.Plan:
        """What a publication for `receiver` would carry now (nothing is remembered)."""
        with self.store.read() as conn:
            return publishing.plan(conn, self.store, named_receiver(receiver), full=full)

    def publish(self, path: Path | str, receiver: str | None = None, *, full: bool = False,
                limits: Limits = DEFAULT_LIMITS) -> PublishResult:
        """Write a signed publication for `receiver` (the hub unless a city is named): what is
        network-visible now and that receiver has not acknowledged (everything with `full`), and a
        withdrawal of each record it holds or was sent that is published no more.

        A receiver acknowledges what it holds with a receipt: the hub in each digest it makes for
        this city (imported here as any digest is), a city with a receipt file it writes for this
        one (`receipt`), imported here. Until then, what was sent stays pending and goes again in
        the next incremental publication: a lost file costs nothing but a larger next one.

        A publication larger than one file may be is written as several (`PublishResult.parts`),
        each imported alone; a record no file can carry stays home, named in `left_out`."""
        path = Path(path)
        if not path.parent.is_dir():
            raise UserError("The folder %(folder)s does not exist; choose another place for the publication.",
                            folder=str(path.parent))
        refuse_inside(self.store.folder, path)
        if self.store.damaged:
            from ..store import damage

            raise damage.no_export(self.store.folder)
        who = named_receiver(receiver)
        keys = self.keys
        with self.store.read() as conn:
            todo = publishing.plan(conn, self.store, who, full=full, limits=limits)
            read = publishing.rows_read(conn, todo)
            first = who != HUB and not publishing.sent_to(conn, who) and not publishing.acked_by(conn, who)
        # A publication carries records' state, not their signed changes: each row it read is
        # checked against a rebuild from its log first, or a byte garbled on disk would go out.
        garbled = self.store.rows_unlike_log(read)
        if garbled:
            raise self.store.found_damage(f"{len(garbled)} records no longer match their changes, e.g. {garbled[0]}")
        ident = self.identity()
        manifest = PublicationManifest(
            app_version=__version__, workspace_id=ident.workspace_id, workspace_name=ident.name, city=ident.city,
            bundle_id=new_id(), kind="full" if full else "incremental", receiver=who, created_ms=now_ms(),
            producer=Producer(replica=self.store.replica, name=producer_name(self.store)),
        )
        written = write_publication_parts(path, manifest, [*todo.publications, *todo.withdrawals], todo.blobs, keys,
                                          limits=limits)
        if not self.store.read_only:
            with self.store.write() as conn:
                publishing.remember(conn, who, todo)
        left_out = [LeftOut(pub.rec, pub.type, str(pub.values.get(TYPES[pub.type].label) or ""), why)
                    for pub, why in todo.left_out]
        return PublishResult(written[0].path, sum(w.size for w in written), who, manifest.kind, todo.counts(),
                             parts=[w.path for w in written] if len(written) > 1 else [], left_out=left_out,
                             first=first)

    # --- receiving ------------------------------------------------------------------------------

    def receive(self, path: Path | str, *, trust_new_key: bool = False, identities: Sequence[str] = (),
                trusted_fingerprint: str = "") -> ReceiveReport:
        """Take another city's publication into the network library: newer publications replace
        older ones, withdrawals remove them; all checks pass before anything is written. With
        `trusted_fingerprint`, a new key is trusted only if it is that one (the one shown)."""
        path = Path(path)
        if not path.is_file():
            raise UserError("There is no file %(path)s; check the name and try again.", path=str(path))
        with read_publication(path, identities=[*identities, self.keys.age_identity]) as contents:
            return self._receive(contents, trust_new_key, trusted_fingerprint)

    def _receive(self, contents: PublicationContents, trust_new_key: bool, trusted_fingerprint: str = "") -> ReceiveReport:
        m = contents.manifest
        fp = fingerprint(contents.signer_public_key)
        if m.workspace_id == self.ws.workspace_id:
            raise UserError("This publication is this workspace's own; teammates exchange bundles instead.")
        if trusted_fingerprint and trusted_fingerprint != fp:
            trust_new_key = False  # the file changed since its key was shown: ask again
        if (m.kind == "digest") != m.workspace_id.startswith(HUB_PREFIX):
            raise UserError("This file mixes up a hub's digest and a city's publication (workspace %(ws)s); it was "
                            "refused and nothing was changed.", ws=m.workspace_id)
        if m.kind == "digest":
            return self._receive_digest(contents, fp, trust_new_key)
        if m.kind == "receipt":
            return self._receive_receipt(contents, fp, trust_new_key)
        now = now_ms()
        with self.store.write() as conn:
            trusted_now = self._check_speaker(conn, m, fp, trust_new_key)
            held = library.entries(conn, m.workspace_id, [item.rec for item in contents.lines])
            report = ReceiveReport(m.workspace_id, m.workspace_name, m.city, fp, trusted_now)
            todo = self._classify(contents, held, report)
            for sha, blob in contents.blobs.items():
                if not self.store.blobs.has(sha):
                    self.store.blobs.put_file(blob)
            if trusted_now:
                library.trust(conn, fp, contents.signer_public_key, m.producer.name,
                              library.Source(m.workspace_id, m.workspace_name, m.city), now)
            for item in todo:
                library.put(conn, m.workspace_id, msgspec.to_builtins(item), now, m.created_ms)
            library.touch(conn, m.workspace_id, m.workspace_name, now)
            report.applied = len(todo)
        return report

    def _receive_digest(self, contents: PublicationContents, fp: str, trust_new_key: bool) -> ReceiveReport:
        """A hub's digest: other cities' publications and withdrawals, vouched for by the hub's key
        (trusted once, for that hub only; it speaks for the cities the hub enrolled). A withdrawal
        of a record never received here leaves a tombstone, as a full publication's does."""
        m = contents.manifest
        now = now_ms()
        own = self.ws.workspace_id
        by_source, sources = _digest_lines(contents, own)
        with self.store.write() as conn:
            trusted_now = self._check_speaker(conn, m, fp, trust_new_key)
            _refuse_second_workspace(conn, sources)
            report = ReceiveReport(m.workspace_id, m.workspace_name, m.city, fp, trusted_now, kind="digest")
            if m.receiver == own:  # made for this workspace: its own lines are the hub's receipt
                receipt = [item for item in contents.lines if item.source is not None and item.source.ws == own]
                report.acknowledged = publishing.acknowledge(conn, HUB, receipt)
            todo = _classify_digest(conn, by_source, sources, report)
            for sha, blob in contents.blobs.items():
                if not self.store.blobs.has(sha):
                    self.store.blobs.put_file(blob)
            if trusted_now:
                library.trust(conn, fp, contents.signer_public_key, m.producer.name,
                              library.Source(m.workspace_id, m.workspace_name, m.city), now)
            for ws_id, src in sources.items():
                library.add_source(conn, library.Source(ws_id, src.name, src.city), now)
            for ws_id, item in todo:
                library.put(conn, ws_id, msgspec.to_builtins(item), now, m.created_ms)
            library.touch(conn, m.workspace_id, m.workspace_name, now)
            report.applied = len(todo)
        return report

    def _receive_receipt(self, contents: PublicationContents, fp: str, trust_new_key: bool) -> ReceiveReport:
        """Another city's receipt: what its network library holds of this workspace, signed by a
        key trusted for that city. It becomes what that city (as a receiver: its name, in any
        case) acknowledged; a receipt naming another workspace acknowledges nothing."""
        m = contents.manifest
        receiver = normal_receiver(m.city)
        if not m.city.strip() or receiver == HUB:
            raise UserError("This receipt names no city (or the hub), so it acknowledges nothing; it was refused "
                            "and nothing was changed.")
        own = self.ws.workspace_id
        if m.receiver != own or any(item.source is None or item.source.ws != own for item in contents.lines):
            raise UserError("This receipt of %(city)s is for another workspace; it was refused and nothing was "
                            "changed.", city=m.city)
        with self.store.write() as conn:
            trusted_now = self._check_speaker(conn, m, fp, trust_new_key)
            report = ReceiveReport(m.workspace_id, m.workspace_name, m.city, fp, trusted_now, kind="receipt")
            if trusted_now:
                library.trust(conn, fp, contents.signer_public_key, m.producer.name,
                              library.Source(m.workspace_id, m.workspace_name, m.city), now_ms())
            report.acknowledged = publishing.acknowledge(conn, receiver, list(contents.lines))
        return report

    def receipt(self, path: Path | str, city: str) -> ReceiptResult:
        """Write a signed receipt for `city` (its name, or its workspace id): what this network
        library holds of that city's publications, withdrawals included. Imported there, that
        city's next incremental publication for this one carries only what this one lacks."""
        path = Path(path)
        if not path.parent.is_dir():
            raise UserError("The folder %(folder)s does not exist; choose another place for the receipt.",
                            folder=str(path.parent))
        refuse_inside(self.store.folder, path)
        if not city.strip():
            raise UserError("The city's name is empty; give the name (or the workspace id) of the city whose "
                            "publications the receipt is for after --for.")
        with self.store.read() as conn:
            src = library.source(conn, city) or library.source_of_city(conn, city)
            if src is None:
                raise NotFound("The network library holds nothing from %(city)s; a receipt is written for a city "
                               "whose publication was imported here.", city=city)
            held = library.held(conn, src.workspace_id)
        source = Source(src.workspace_id, src.city, src.name)
        lines = [receipt_line(e.rec, e.type, e.counter, e.dot, e.hlc, e.h, e.withdrawn, source) for e in held]
        ident = self.identity()
        manifest = PublicationManifest(
            app_version=__version__, required_features=[RECEIPT_FEATURE], workspace_id=ident.workspace_id,
            workspace_name=ident.name, city=ident.city, bundle_id=new_id(), kind="receipt", receiver=src.workspace_id,
            created_ms=now_ms(), producer=Producer(replica=self.store.replica, name=producer_name(self.store)),
        )
        written = write_publication(path, manifest, lines, {}, self.keys)
        return ReceiptResult(written.path, written.size, src.workspace_id, src.city, len(lines))

    @staticmethod
    def _check_speaker(conn: Any, m: PublicationManifest, fp: str, trust_new_key: bool) -> bool:
        """Refuse a publication no key trusted for its workspace signed; True when its key is to
        be trusted now (`trust_new_key`, the user having seen its fingerprint)."""
        known = library.key(conn, fp)
        _refuse_impostor(conn, m, known)
        if known is not None:
            return False
        if not trust_new_key:
            raise Untrusted(
                "No key you trust for %(city)s signed this publication (key %(fingerprint)s); compare the "
                "fingerprint with that city's team, then import it again trusting the key.",
                city=m.city or m.workspace_name or m.workspace_id, fingerprint=fp,
            )
        return True

    @staticmethod
    def _classify(contents: PublicationContents, held: dict[str, library.Entry], report: ReceiveReport) -> list[Any]:
        """The lines that change the library, counting each (see `_category`)."""
        todo: list[Any] = []
        full = contents.manifest.kind == "full"
        for item in contents.lines:
            per = report.counts.setdefault(item.type, dict.fromkeys(CATEGORIES, 0))
            category, changes = _category(item, held.get(item.rec), full, contents.manifest.city)
            per[category] += 1
            if changes:
                todo.append(item)
        return todo

    # --- the library ----------------------------------------------------------------------------

    def listed(self, *, city: str | None = None, type_: str | None = None, group: str | None = None,
               topic: str | None = None) -> list[library.Entry]:
        """The live publications, by city then title; `group`: those of the working group of that
        name (the group itself, and what names it as its working group); `topic`: those of a
        working group with that problem of practice, in any city (see `topic_of`)."""
        with self.store.read() as conn:
            rows = library.listed(conn, city=city, type_=type_)
            every = library.listed(conn) if topic and (city or type_) else rows
        if group:
            rows = [e for e in rows if group_of(e) == _folded(group)]
        if topic:
            topics = group_topics(every)
            rows = [e for e in rows if _folded(topic_of(e, topics)) == _folded(topic)]
        return rows

    def groups(self) -> list[tuple[str, str]]:
        """(name, problem of practice) of every working group the library's publications name,
        by name; the problem of practice is known only when that group is published itself."""
        topics: dict[str, tuple[str, str]] = {}
        for e in self.listed():
            name = e.title if e.type == "working_group" else e.values.get("working_group")
            if not isinstance(name, str) or not name.strip():
                continue
            topic = str(e.values.get("topic") or "") if e.type == "working_group" else ""
            known = topics.get(_folded(name))
            if known is None or (topic and not known[1]):
                topics[_folded(name)] = (" ".join(name.split()), topic)
        return sorted(topics.values(), key=lambda g: g[0].casefold())

    def topics(self) -> list[str]:
        """Every working-group topic (problem of practice) of the library, once in any case (the
        same spelling whichever city's came first), by name."""
        seen: dict[str, str] = {}
        for topic in sorted(" ".join(t.split()) for t in group_topics(self.listed()).values()):
            seen.setdefault(_folded(topic), " ".join(topic.split()))
        return sorted(seen.values(), key=str.casefold)

    def adapted(self, entries: list[library.Entry] | None = None) -> dict[tuple[str, str], list[tuple[str, str]]]:
        """(workspace, record) of a network practice -> (id, title) of each of this team's live plans
        adapted from it (linked `adapted_from` to the team's copy of it), by title."""
        practices = [e for e in (self.listed(type_="practice") if entries is None else entries) if e.type == "practice"]
        by_copy = {copies.copy_id(e.workspace_id, e.rec): (e.workspace_id, e.rec) for e in practices}
        out: dict[tuple[str, str], list[tuple[str, str]]] = {}
        if not by_copy:
            return out
        with self.store.read() as conn:
            rows = conn.exec_driver_sql(
                "SELECT l.title, p.id, p.title FROM records l JOIN records p ON p.id = l.parent "
                "WHERE l.type='link' AND l.kind='adapted_from' AND l.deleted=0 AND p.type='action_plan' "
                "AND p.deleted=0 ORDER BY p.title COLLATE NOCASE, p.id"
            ).all()
        for copy, plan, title in rows:
            if copy in by_copy:
                out.setdefault(by_copy[copy], []).append((plan, title))
        return out

    def search(self, query: str, limit: int = 50) -> list[library.Entry]:
        with self.store.read() as conn:
            return library.search(conn, query, limit)

    def entry(self, rec: str, workspace_id: str | None = None) -> library.Entry:
        """The publication `rec` of `workspace_id` (or of the one workspace that published that id:
        ids are the publisher's choice, so two cities may publish one, and then the city is asked)."""
        with self.store.read() as conn:
            found = library.find(conn, rec, workspace_id)
        if not found:
            raise NotFound("The network library holds no publication %(rec)s; 'gcen network list' shows them.",
                           rec=rec)
        if len(found) > 1:
            raise UserError("Several cities published a record with the id %(rec)s (%(cities)s); name the city with "
                            "--city.", rec=rec, cities=", ".join(sorted(e.city or e.workspace_id for e in found)))
        return found[0]

    def adapt(self, rec: str, workspace_id: str | None = None) -> Created:
        """A new plan of this team adapted from a network practice: the practice is kept as this
        team's copy (its id derived from the publishing workspace and the record, as the copies
        of `import --as-copies` are), and the plan's `adapted_from` points at it."""
        entry = self.entry(rec, workspace_id)
        if entry.type != "practice":
            raise UserError("Only a practice can be adapted in a new plan; this is a %(type)s.", type=entry.type)
        values = entry.values
        changes = ChangeSet()
        copy = copies.copy_id(entry.workspace_id, entry.rec)
        city = self._local_city(values.get("city"))
        with self.store.write() as conn:
            if self.store.find(copy, conn) is None:
                self.ws._create(conn, "practice", {
                    "title": values.get("title") or entry.title, "summary": values.get("summary"),
                    "results": values.get("results"), "contacts": values.get("contacts"), "city": city,
                }, changes, rec=copy)
            plan = self.ws._create(conn, "action_plan", {
                "title": entry.title, "city": city,
                "rationale": f"Adapted from {entry.city or 'another city'}'s practice '{entry.title}'.",
            }, changes)
            self.ws._link(conn, "adapted_from", plan, copy, changes)
        return Created(plan, changes)

    def workspace_of_city(self, city: str) -> str:
        """The workspace whose publications the library keeps under that city's name (any case)."""
        with self.store.read() as conn:
            src = library.source_of_city(conn, city)
        if src is None:
            raise NotFound("The network library holds nothing from %(city)s; 'gcen network list' shows the cities.",
                           city=city)
        return src.workspace_id

    def _local_city(self, name: Any) -> str | None:
        if not isinstance(name, str) or not name.strip():
            return None
        folded = _folded(name)
        for view in self.ws.list("city"):
            if _folded(view.title) == folded:
                return view.id
        return None


def _digest_lines(contents: PublicationContents, own: str) -> tuple[dict[str, list[Any]], dict[str, Any]]:
    """A digest's lines by the workspace each names (this workspace's own left out: the team has
    them), and each workspace's `Source`; a line naming no city, or a hub, refuses the file."""
    by_source: dict[str, list[Any]] = {}
    sources: dict[str, Any] = {}
    for item in contents.lines:
        if item.source is None or item.source.ws.startswith(HUB_PREFIX):
            raise UserError("This digest has a line that names no city; it was refused and nothing was changed.")
        if item.source.ws != own:
            by_source.setdefault(item.source.ws, []).append(item)
            sources[item.source.ws] = item.source
    return by_source, sources


def _classify_digest(conn: Any, by_source: dict[str, list[Any]], sources: dict[str, Any],
                     report: ReceiveReport) -> list[tuple[str, Any]]:
    """The (workspace, line) that change the library, counted as `_classify` counts a full
    publication's lines."""
    todo: list[tuple[str, Any]] = []
    for ws_id, items in by_source.items():
        held = library.entries(conn, ws_id, [item.rec for item in items])
        for item in items:
            per = report.counts.setdefault(item.type, dict.fromkeys(CATEGORIES, 0))
            category, changes = _category(item, held.get(item.rec), True, sources[ws_id].city)
            per[category] += 1
            if changes:
                todo.append((ws_id, item))
    return todo


def _refuse_second_workspace(conn: Any, sources: dict[str, Any]) -> None:
    """A digest's workspaces new here may not take a city's name this library keeps for another
    workspace (or that another of them takes): a city has one workspace, whoever brings it."""
    taken = {_folded(s.city): s.workspace_id for s in library.sources(conn) if _folded(s.city)}
    for ws_id, src in sources.items():
        if library.source(conn, ws_id) is not None or not _folded(src.city):
            continue  # a workspace known here keeps the city it has
        if taken.setdefault(_folded(src.city), ws_id) != ws_id:
            raise UserError(
                "This digest names a workspace as %(city)s, but another workspace publishes as %(city)s already; "
                "it was refused and nothing was changed (ask the hub's operator which one is %(city)s).",
                city=" ".join(src.city.split()),
            )


def _refuse_impostor(conn: Any, m: PublicationManifest, known: library.KeyRow | None) -> None:
    """A key speaks for one workspace, a workspace for one city, and a city has one workspace."""
    if known is not None and known.workspace_id != m.workspace_id:
        other = library.source(conn, known.workspace_id)
        raise UserError(
            "This publication says it is from the workspace %(claimed)s, but the key that signed it speaks "
            "for %(city)s; it was refused and nothing was changed.",
            claimed=m.workspace_id, city=(other.city or other.name) if other else known.workspace_id,
        )
    src = library.source(conn, m.workspace_id)
    if src is not None and _folded(src.city) != _folded(m.city):
        raise UserError(
            "This publication says it is from %(claimed)s, but its workspace publishes as %(city)s; it was "
            "refused and nothing was changed.", claimed=m.city or "no city", city=src.city or "no city",
        )
    if src is None and library.source_of_city(conn, m.city) is not None:
        raise UserError(
            "This publication says it is from %(city)s, but another workspace publishes as %(city)s "
            "already; it was refused and nothing was changed.", city=m.city,
        )


def _category(item: Any, before: library.Entry | None, full: bool, city: str) -> tuple[str, bool]:
    """(how the report counts a line, whether it changes the library). A withdrawal of a record
    this library never received from that workspace refuses the whole file, unless the file is
    full: that one repeats every withdrawal its receiver may hold (a file may have been lost), and
    its tombstone keeps the record withdrawn here should the publication arrive late."""
    withdrawal = isinstance(item, Withdrawal)
    if before is None:
        if withdrawal and not full:
            raise UserError(
                "This publication withdraws a record %(city)s never published here (%(rec)s); it was refused "
                "and nothing was changed.", city=city or "its city", rec=item.rec,
            )
        return ("unchanged" if withdrawal else "new"), True
    if before.type != item.type:
        raise UserError("This publication changes the type of a record it published before (%(rec)s); it "
                        "was refused and nothing was changed.", rec=item.rec)
    if item.order <= before.order:
        return "unchanged", False
    if withdrawal:
        return ("unchanged" if before.withdrawn else "withdrawn"), True
    return ("new" if before.withdrawn else "updated"), True


def _folded(text: str) -> str:
    return " ".join((text or "").split()).casefold()


def group_of(entry: library.Entry) -> str:
    """The working group a publication belongs to, folded ('' for none): a published group's own
    name, or the name of the group its record names."""
    name = entry.title if entry.type == "working_group" else entry.values.get("working_group")
    return _folded(name) if isinstance(name, str) else ""


def group_topics(entries: list[library.Entry]) -> dict[tuple[str, str], str]:
    """(workspace, folded group name) -> problem of practice of each published working group."""
    out: dict[tuple[str, str], str] = {}
    for e in entries:
        topic = e.values.get("topic") if e.type == "working_group" else None
        if isinstance(topic, str) and topic.strip():
            out[(e.workspace_id, _folded(e.title))] = topic
    return out


def topic_of(entry: library.Entry, topics: dict[tuple[str, str], str]) -> str:
    """The working-group topic (problem of practice) a publication is under ('' for none): a
    published group's own, or that of the group of the same city it names. A group's topic
    travels only in the group's own publication, so only while the group is network-visible:
    a record of a team-only group travels with the group's name, never its topic."""
    if entry.type == "working_group":
        topic = entry.values.get("topic")
        return topic if isinstance(topic, str) else ""
    return topics.get((entry.workspace_id, group_of(entry)), "")


def is_publication(path: Path | str) -> bool:
    """Whether a file is an (unencrypted) network publication, judged by its checked manifest."""
    from ..sync import zipcheck
    from ..sync.limits import DEFAULT_LIMITS
    from ..sync.manifest import MANIFEST_NAME
    from ..sync.publication import FORMAT, manifest_format

    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False  # a named pipe's open waits for a writer: the import says what it is
        with open(path, "rb") as f:
            size = f.seek(0, 2)
            f.seek(0)
            if size > DEFAULT_LIMITS.file_bytes:
                return False
            archive = zipcheck.scan(f, size, DEFAULT_LIMITS)
            data = zipcheck.read_member(f, archive.entries[MANIFEST_NAME])
    except (OSError, BundleError, KeyError):
        return False
    return manifest_format(data) == FORMAT
