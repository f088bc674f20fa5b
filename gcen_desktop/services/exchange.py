"""Bundle exchange as the UI and the CLI use it: export, preview, import, undo, peers, conflicts."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from ..domain.clock import wall_ms_of
from ..domain.errors import NotFound, Phrase, UserError, fill
from ..domain.schema import CLI_NAME_OF
from ..store import ranges
from ..store.merge import DEL
from ..store.store import (
    JOINING,
    Store,
    open_store,
    remove_unfinished_store,
    store_exists,
    unfinished_store,
)
from ..sync import exchange as core
from ..sync import knowledge, snapshot, stream
from ..sync.errors import BundleError
from ..sync.keys import StoreKeys, fingerprint, load_or_create_keys
from ..sync.reader import BundleContents, load_events, read_bundle, release_events
from . import copies, gc_pause
from .changes import ChangeSet
from .workspace import Workspace

Progress = Callable[[int, int], bool] | None
DELETION = "deletion"  # the pseudo-field of a "deleted here, edited there" conflict
KEEP, DELETE = 1, 2
BUNDLE_SUFFIX = ".gcen"


@dataclass
class ExportResult:
    path: Path
    size: int
    event_count: int
    warning: str | None
    withheld: int = 0  # events of private records that stayed here
    # records shown with a version no bundle can carry (written by an older version), left out
    cannot_travel: list[CannotTravel] = field(default_factory=list)

    @property
    def cannot_travel_note(self) -> Phrase | None:
        """What to tell the user about `cannot_travel`, in one sentence."""
        if not self.cannot_travel:
            return None
        return Phrase(
            "A version that no bundle can carry (written by an older version of GCEN Desktop) stayed "
            "here and the rest was sent: %(records)s; edit that field (or delete the record) and "
            "export again.",
            records="; ".join(item.describe() for item in self.cannot_travel),
        )


@dataclass(frozen=True)
class CannotTravel:
    rec: str
    type: str
    label: str
    field: str | None
    reason: str  # "size": too large for one change; "nul": holds a NUL character

    def describe(self) -> str:
        kind = CLI_NAME_OF.get(self.type, self.type)
        why = "too large" if self.reason == "size" else "holds a NUL character"
        return f"{kind} '{self.label[:60]}' ({self.rec}), '{self.field or '?'}' {why}"


@dataclass
class ImportPreview:
    producer_name: str
    producer_replica: str
    fingerprint: str | None
    key_known: bool
    created_ms: int
    workspace_id: str
    workspace_name: str
    kind: str
    counts: dict[str, dict[str, int]]
    warnings: list[str]
    already_imported_on: str | None
    signed: bool = False
    missing: dict[str, list[list[int]]] = field(default_factory=dict)
    bundle_id: str = ""
    vouched: bool = True  # a key trusted here signed it: what it says of teammates is believed
    left_out: dict[str, int] = field(default_factory=dict)  # teammate name -> changes not imported (unvouched)
    file_sha256: str = ""  # of the file as previewed: the import checks it is still the same file
    restored_from_backup: bool = False  # it named this copy's own later changes
    # teammates (or store ids) of which a change arrived in two versions: see equivocation_warning
    equivocating: list[str] = field(default_factory=list)
    kept_for_newer: int = 0  # records of types a newer version made: kept and passed on, shown after an upgrade

    @property
    def totals(self) -> dict[str, int]:
        out = dict.fromkeys(core.CATEGORIES, 0)
        for per_type in self.counts.values():
            for cat, n in per_type.items():
                out[cat] += n
        return out


@dataclass
class ImportReport(ImportPreview):
    changes: ChangeSet = field(default_factory=ChangeSet)
    applied: int = 0
    indexing: int = 0  # records still waiting for the search index


@dataclass
class BundleInfo:
    """What a bundle says of itself (its manifest, signature checked), read before joining."""

    producer_name: str
    workspace_id: str
    workspace_name: str
    fingerprint: str | None  # None: not signed
    created_ms: int
    kind: str
    event_count: int
    bundle_id: str = ""

    @classmethod
    def of(cls, contents: BundleContents) -> BundleInfo:
        m, signer = contents.manifest, contents.signer_public_key
        return cls(m.producer.name, m.workspace_id, m.workspace_name, fingerprint(signer) if signer else None,
                   m.created_ms, m.kind, m.event_count, m.bundle_id)


@dataclass
class HeldBack:
    """A bundle the shared folder holds for the user to look at, and why."""

    path: Path
    reason: Told  # the refusal's sentence (the UI translates it as it does the error's)


@dataclass
class Told:
    """A refusal as the shared folder's log kept it: the error's template and parameters."""

    template: str
    params: dict[str, str]

    def __str__(self) -> str:
        return fill(self.template, self.params)


def _told(exc: UserError) -> str:
    """An error as the shared folder's log keeps it: its template and parameters (as text)."""
    return orjson.dumps({"template": exc.template, "params": {k: str(v) for k, v in exc.params.items()}}).decode()


def _untold(text: str) -> Told:
    try:
        data = orjson.loads(text)
        return Told(str(data["template"]), {str(k): str(v) for k, v in dict(data["params"]).items()})
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
        return Told("%(reason)s", {"reason": text})  # written by an older version: English text


@dataclass
class Peer:
    name: str
    replica: str
    fingerprint: str | None
    trusted: bool
    last_exchange_ms: int | None
    holds: dict[str, list[list[int]]]
    equivocated: int = 0  # changes of this store seen in two versions (the smaller hash kept)

    @property
    def held_events(self) -> int:
        return ranges.vector_count(self.holds)


@dataclass
class ConflictVersion:
    number: int  # what --pick takes
    value: Any
    replica: str | None
    teammate: str
    hlc: str | None
    when_ms: int | None


@dataclass
class ConflictItem:
    rec: str
    type: str
    title: str
    field: str  # a field name, or "deletion"
    kind: str  # "values" | "auto_merged" | "deleted" | "kept_by_child"
    versions: list[ConflictVersion]
    merged_text: str | None = None
    deleted_by: list[str] = field(default_factory=list)


def _fmt(ms: int | None) -> str | None:
    return core.fmt_ms(ms) if ms else None


def equivocation_warning(who: str) -> str:
    return (
        f"{who}'s store sent two different versions of one change; every store keeps the same one, "
        "and the other is kept as evidence."
    )


def _preview_of(outcome: core.Outcome, cls: type = ImportPreview, *, names: dict[str, str] | None = None,
                file_sha256: str = "", **extra: Any) -> Any:
    m = outcome.manifest
    names = names or {}
    who = [names.get(r) or r[:8] for r in outcome.equivocating]
    return cls(
        producer_name=m.producer.name,
        producer_replica=m.producer.replica,
        fingerprint=outcome.fingerprint,
        key_known=outcome.key_known,
        created_ms=m.created_ms,
        workspace_id=m.workspace_id,
        workspace_name=m.workspace_name,
        kind=m.kind,
        counts=outcome.counts,
        warnings=[*outcome.warnings, *map(equivocation_warning, who)],
        already_imported_on=_fmt(outcome.already_imported_on),
        signed=outcome.signed,
        missing=outcome.missing,
        bundle_id=m.bundle_id,
        vouched=outcome.vouched,
        left_out={names.get(r) or f"store {r[:8]}": n for r, n in outcome.left_out.items()},
        file_sha256=file_sha256,
        restored_from_backup=outcome.restored_from_backup,
        equivocating=who,
        kept_for_newer=outcome.kept_for_newer,
        **extra,
    )


def _report_of(outcome: core.Outcome, names: dict[str, str] | None = None, *, file_sha256: str = "") -> ImportReport:
    return _preview_of(
        outcome, ImportReport, names=names, file_sha256=file_sha256, changes=_changes_of(outcome),
        applied=outcome.applied, indexing=outcome.indexing,
    )


def _changes_of(outcome: core.Outcome) -> ChangeSet:
    return ChangeSet(
        created=set(outcome.created),
        updated=set(outcome.updated),
        deleted=set(outcome.deleted),
        restored=set(outcome.restored),
        types=set(outcome.types),
    )


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


class Exchange:
    """Bundle exchange of one open workspace."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.store: Store = ws.store
        self._keys: StoreKeys | None = None

    @property
    def keys(self) -> StoreKeys:
        if self._keys is None:
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
            self._keys = keys
        return self._keys

    # --- export --------------------------------------------------------------------------------

    @gc_pause.during
    def export(
        self,
        path: Path | str,
        *,
        mode: str = "team",
        peer: str | None = None,
        network_only: bool = False,
        sign: bool = True,
        recipients: Sequence[str] = (),
        passphrase: str | None = None,
        progress: Progress = None,
    ) -> ExportResult:
        if mode not in ("team", "peer", "full"):
            raise UserError("'%(mode)s' is not a kind of export; choose team, peer or full.", mode=mode)
        if mode == "peer":
            if not peer:
                raise UserError("Choose the teammate to export for.")
            peer = self.find_peer(peer).replica
        path = Path(path)
        if not path.parent.is_dir():
            raise UserError(
                "The folder %(folder)s does not exist; choose another place for the bundle.", folder=str(path.parent)
            )
        manifest, sel = core.prepare_export(
            self.store, mode=mode, peer=peer, network_only=network_only, keys=self.keys
        )
        result = core.write_bundle(
            path,
            manifest,
            sel.lines,
            sel.blobs,
            keys=self.keys if sign else None,
            recipients=recipients,
            passphrase=passphrase,
            progress=progress,
        )
        return ExportResult(
            result.path, result.size, result.event_count, result.warning, sel.withheld, self._cannot_travel(sel)
        )

    def _cannot_travel(self, sel: Any) -> list[CannotTravel]:
        out: dict[tuple[str, str | None], CannotTravel] = {}
        for item in sel.left_out:
            if item.current and (item.rec, item.field) not in out:
                view = self.store.find(item.rec)
                if view is not None and view.deleted:
                    continue  # deleted here, and teammates see it deleted (see Store.delete)
                out[item.rec, item.field] = CannotTravel(
                    item.rec, item.type, view.title if view else "", item.field, item.reason
                )
        return list(out.values())

    # --- preview and import ----------------------------------------------------------------------

    def _identities(self, identities: Sequence[str]) -> list[str]:
        return [*identities, self.keys.age_identity]

    def _read(self, path: Path | str, passphrase: str | None, identities: Sequence[str], progress: Progress,
              *, whole: bool = False) -> BundleContents:
        """The bundle, checked; events this store holds only recognised unless `whole`."""
        path = Path(path)
        if not path.is_file():
            raise UserError("There is no file %(path)s; check the name and try again.", path=str(path))
        held = None
        if not whole:
            with self.store.read() as conn:
                held = knowledge.have(conn)
        return read_bundle(path, passphrase=passphrase, identities=self._identities(identities), progress=progress,
                           held=held)

    def _already(self, path: Path | str) -> ImportPreview | None:
        """A bundle file imported before, recognised by its hash without opening it."""
        path = Path(path)
        if not path.is_file():
            return None
        digest = file_sha256(path)
        with self.store.read() as conn:
            logged = knowledge.logged_import(conn, file_sha256=digest)
        if logged is None:
            return None
        counts = {
            t: dict(dict.fromkeys(core.CATEGORIES, 0), unchanged=sum(c.values()))
            for t, c in logged.report.get("counts", {}).items()
        }
        return ImportPreview(
            producer_name=logged.producer_name,
            producer_replica=logged.producer,
            fingerprint=None,
            key_known=True,
            created_ms=0,
            workspace_id=self.ws.workspace_id,
            workspace_name="",
            kind="",
            counts=counts,
            warnings=[],
            already_imported_on=_fmt(logged.imported_ms),
            bundle_id=logged.bundle_id,
        )

    @gc_pause.during
    def preview(self, path: Path | str, *, passphrase: str | None = None, identities: Sequence[str] = (),
                progress: Progress = None) -> ImportPreview:
        done = self._already(path)
        if done is not None:
            return done
        outcome, digest = self._with_contents(
            path, passphrase, identities, progress,
            lambda contents: (core.run_import(self.store, contents, apply=False, own_keys=self.keys),
                              contents.file_sha256),
        )
        return _preview_of(outcome, names=self._names(), file_sha256=digest)

    @gc_pause.during
    def import_bundle(self, path: Path | str, *, passphrase: str | None = None, identities: Sequence[str] = (),
                      trust_new_key: bool = False, once: bool = False, previewed: ImportPreview | None = None,
                      progress: Progress = None, hold_deletions: int | None = None) -> ImportReport:
        """Import a bundle file. One that no trusted key vouches for needs the user's decision:
        `trust_new_key` (trust the key that signed it) or `once` (import it once, trusting nothing;
        unsigned bundles can only be imported once). `previewed`: the preview the user decided on;
        a file that differs from it now (swapped since) is refused, and a trust decision applies
        only to the key shown there."""
        done = self._already(path)
        if done is not None:
            return ImportReport(**{k: getattr(done, k) for k in done.__dataclass_fields__})

        def run(contents: BundleContents) -> ImportReport:
            if previewed is not None and previewed.file_sha256 and contents.file_sha256 != previewed.file_sha256:
                raise UserError(
                    "The bundle file changed after its preview, so nothing was imported; open it again "
                    "and look at the new preview."
                )
            return self.import_contents(contents, trust_new_key=trust_new_key, once=once, progress=progress,
                                        hold_deletions=hold_deletions)

        report = self._with_contents(path, passphrase, identities, progress, run)
        self._settle_held_back(Path(path))
        return report

    def _with_contents(self, path: Path | str, passphrase: str | None, identities: Sequence[str],
                       progress: Progress, run: Callable[[BundleContents], Any]) -> Any:
        """run(contents) of the bundle read with what this store holds only recognised; read whole
        again when a held dot arrives with other content (an equivocation needs its event)."""
        whole = False
        while True:
            with self._read(path, passphrase, identities, progress, whole=whole) as contents:
                try:
                    return run(contents)
                except core.ReadWhole:
                    if whole:
                        raise
                    whole = True
                finally:
                    release_events(contents)

    def import_contents(self, contents: Any, *, trust_new_key: bool = False, once: bool = False,
                        progress: Progress = None, joining: bool = False,
                        hold_deletions: int | None = None) -> ImportReport:
        if trust_new_key and not contents.signer_public_key:
            once = True  # an unsigned bundle has no key to trust: "yes, import it" means once
        outcome = core.run_import(
            self.store, contents, apply=True, trust_new_key=trust_new_key, once=once, own_keys=self.keys,
            progress=progress, joining=joining, snapshot_before=not joining,  # a failed join removes the store
            hold_deletions=hold_deletions,
        )
        return _report_of(outcome, self._names(), file_sha256=contents.file_sha256)

    @gc_pause.during
    def import_copies(self, path: Path | str, *, passphrase: str | None = None, identities: Sequence[str] = (),
                      progress: Progress = None) -> ImportReport:
        """Copy the records of another team's bundle (a network export) into this workspace."""
        with self._read(path, passphrase, identities, progress, whole=True) as contents:
            counts, changes, warnings = copies.import_copies(self.ws, contents)
            m = contents.manifest
            if not contents.signer_public_key:
                warnings.insert(0, f"This bundle is not signed, so it cannot be checked that "
                                   f"{m.producer.name or 'a teammate'} made it; import it only if you know "
                                   "where it came from.")
            release_events(contents)
        return ImportReport(
            producer_name=m.producer.name,
            producer_replica=m.producer.replica,
            fingerprint=fingerprint(contents.signer_public_key) if contents.signer_public_key else None,
            key_known=False,
            created_ms=m.created_ms,
            workspace_id=m.workspace_id,
            workspace_name=m.workspace_name,
            kind="copies",
            counts=counts,
            warnings=warnings,
            already_imported_on=None,
            signed=bool(contents.signer_public_key),
            bundle_id=m.bundle_id,
            changes=changes,
            applied=len(changes.created),
        )

    def index_pending(self, limit: int = 5000) -> int:
        """Index some records a large import queued; returns how many still wait."""
        return self.store.index_some(limit)

    @classmethod
    @gc_pause.during
    def join(cls, folder: Path | str, path: Path | str, *, passphrase: str | None = None,
             identities: Sequence[str] = (), trust_new_key: bool = False, once: bool = False,
             progress: Progress = None, checked: BundleInfo | None = None) -> tuple[Workspace, ImportReport]:
        """Make an empty folder a new replica of the bundle's workspace: how a teammate joins.

        `checked`: what `describe` said of the bundle the user looked at (and whose key they trust);
        a file that says otherwise now (swapped or rewritten since) is refused."""
        folder = Path(folder).expanduser()
        if store_exists(folder):
            if not unfinished_store(folder):
                raise UserError(
                    "There is already a workspace in %(folder)s; import the bundle into it instead.", folder=str(folder)
                )
            remove_unfinished_store(folder)  # a join (or init) that was killed: start again
        path = Path(path)
        if not path.is_file():
            raise UserError("There is no file %(path)s; check the name and try again.", path=str(path))
        created_folder = not folder.exists()
        existing = set(os.listdir(folder)) if folder.is_dir() else set()
        store: Store | None = None
        try:
            # read in the `with`: whatever fails from here on, the bundle's temp folder goes
            with read_bundle(path, passphrase=passphrase, identities=identities, progress=progress,
                             events_later=True) as contents, ExitStack() as stack:
                if checked is not None and BundleInfo.of(contents) != checked:
                    raise UserError(
                        "The bundle file changed after you checked it; choose it again, check who made it, then join."
                    )
                events: stream.EventStream | None = None
                if contents.manifest.event_count >= stream.STREAM_FROM:
                    # a second process checks the events, starting while the new store is made
                    events = stack.enter_context(stream.EventStream(contents.events_source))
                else:
                    load_events(contents)
                store = open_store(folder, create=True)
                with store.write() as conn:
                    store._set_meta(conn, "workspace_id", contents.manifest.workspace_id)
                    # unfinished until the fill commits (it removes the mark in its transaction):
                    # a join killed before opens as such, and joining again starts afresh
                    store._set_meta(conn, JOINING, "1")
                ws = Workspace(store)
                with store.filling():
                    exchange = cls(ws)
                    if events is not None:
                        if trust_new_key and not contents.signer_public_key:
                            once = True  # an unsigned bundle has no key to trust: "yes, join" means once
                        report = _report_of(core.join_streamed(
                            store, contents, events, trust_new_key=trust_new_key, once=once,
                            own_keys=exchange.keys, progress=progress,
                        ), exchange._names(), file_sha256=contents.file_sha256)
                    else:
                        report = exchange.import_contents(
                            contents, trust_new_key=trust_new_key, progress=progress, joining=True,
                            once=once,
                        )
                snapshot.discard(store)  # nothing to go back to: the store did not exist
            return ws, report
        except BaseException:
            if store is not None:
                store.close()
                for name in set(os.listdir(folder)) - existing:  # only what joining made
                    target = folder / name
                    if target.is_dir():
                        shutil.rmtree(target, ignore_errors=True)
                    else:
                        target.unlink(missing_ok=True)
                if created_folder:
                    shutil.rmtree(folder, ignore_errors=True)
            raise

    @staticmethod
    def describe(path: Path | str, *, passphrase: str | None = None, identities: Sequence[str] = ()) -> BundleInfo:
        """Who made a bundle, of which workspace, signed with which key: what a newcomer checks
        before joining from it (neither the list of changes nor the attachments are read: the
        join reads them)."""
        with read_bundle(Path(path), passphrase=passphrase, identities=identities, events_later=True,
                         blobs=False) as contents:
            return BundleInfo.of(contents)

    @classmethod
    def join_as(cls, folder: Path | str, path: Path | str, *, name: str, role: str | None = None,
                passphrase: str | None = None, identities: Sequence[str] = (), trust_new_key: bool = False,
                once: bool = False, progress: Progress = None,
                checked: BundleInfo | None = None) -> tuple[Workspace, ImportReport]:
        """Join the bundle's workspace (see `join`) as the teammate called `name`: the member of
        that name when the team already lists one, else a new member with that role."""
        name = " ".join(name.split())
        if not name:
            raise UserError("Enter your name, then join the workspace again.")
        ws, report = cls.join(folder, path, passphrase=passphrase, identities=identities,
                              trust_new_key=trust_new_key, once=once, progress=progress, checked=checked)
        try:
            known = ws.find_by_label("member", name)
            if known is not None:
                ws.set_me(known.id)
            else:
                member = ws.create("member", {"name": name, "role": role or "staff"}).rec
                ws.set_me(member)
        except BaseException:
            ws.close()
            raise
        return ws, report

    # --- undo --------------------------------------------------------------------------------------

    def can_undo_import(self) -> bool:
        return snapshot.last_import(self.store) is not None

    def undo_last_import(self) -> ChangeSet:
        info = snapshot.restore(self.store)
        if info is None:
            raise UserError(
                "There is no import to undo: the workspace changed since the last import, or nothing was imported."
            )
        changes = ChangeSet(
            created=set(info.get("deleted", [])) | set(info.get("restored", [])),
            deleted=set(info.get("created", [])),
            updated=set(info.get("updated", [])),
            types=set(info.get("types", [])),
        )
        return changes

    # --- peers and keys ------------------------------------------------------------------------------

    def _names(self) -> dict[str, str]:
        """Replica id -> teammate name, this store's own included."""
        with self.store.read() as conn:
            names = knowledge.names(conn)
        names[self.store.replica] = core.producer_name(self.store) or names.get(self.store.replica, "")
        return {r: n for r, n in names.items() if n}

    def peers(self) -> list[Peer]:
        out: list[Peer] = []
        with self.store.read() as conn:
            equivocated = dict(conn.exec_driver_sql(
                "SELECT replica, COUNT(DISTINCT seq) FROM equivocations GROUP BY replica"
            ).all())
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
                    )
                )
        return out

    def find_peer(self, text: str) -> Peer:
        """A teammate by name (case-insensitive) or by replica id (or its start)."""
        peers = self.peers()
        folded = text.strip().casefold()
        matches = [p for p in peers if p.replica == text] or [
            p for p in peers if p.name.casefold() == folded
        ] or [p for p in peers if len(folded) >= 4 and p.replica.startswith(folded)]
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
            team = core.selection.assumed_known(conn, "team", None, self.store.replica)
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

    # --- shared folder -------------------------------------------------------------------------------

    def shared_folder(self) -> Path | None:
        value = self.store.meta("shared_folder")
        return Path(value) if value else None

    def set_shared_folder(self, folder: Path | None) -> None:
        if folder is not None and not Path(folder).is_dir():
            raise UserError("The folder %(folder)s does not exist; create it or choose another one.", folder=str(folder))
        with self.store.write() as conn:
            if folder is None:
                conn.exec_driver_sql("DELETE FROM meta WHERE key='shared_folder'")
            else:
                self.store._set_meta(conn, "shared_folder", str(Path(folder).resolve()))

    def own_bundle_name(self) -> str:
        name = re.sub(r"[^A-Za-z0-9_-]+", "-", core.producer_name(self.store)).strip("-")[:40] or "store"
        return f"{name}-{self.store.replica}{BUNDLE_SUFFIX}"

    def sync_folder_once(self, folder: Path | None = None) -> list[ImportReport]:
        """Import every new bundle found in the shared folder, then write ours there if needed."""
        folder = Path(folder) if folder is not None else self.shared_folder()
        if folder is None:
            raise UserError("Choose a shared folder first.")
        if not folder.is_dir():
            raise UserError("The shared folder %(folder)s cannot be found; is the drive connected?", folder=str(folder))
        key = str(folder.resolve())
        reports: list[ImportReport] = []
        with self.store.read() as conn:
            seen = {
                name: (size, mtime)
                for name, size, mtime in conn.exec_driver_sql(
                    "SELECT name, size, mtime_ns FROM folder_files WHERE folder=?", (key,)
                )
            }
        candidates = sorted(
            (p for p in folder.iterdir() if p.suffix == BUNDLE_SUFFIX and p.is_file()),
            key=lambda p: (p.stat().st_mtime_ns, p.name),
        )
        for path in candidates:
            st = path.stat()
            if seen.get(path.name) == (st.st_size, st.st_mtime_ns) or self.store.replica in path.name:
                continue
            outcome = "imported"
            try:
                # only what a trusted key vouches for, and never many deletions without a look
                reports.append(self.import_bundle(path, hold_deletions=core.MANY_DELETIONS))
            except core.Unvouched as exc:
                outcome = "untrusted:" + _told(exc)
                self._register_untrusted(path)
            except core.NeedsReview as exc:
                outcome = "review:" + _told(exc)
            except core.Impersonation as exc:
                outcome = "refused:" + _told(exc)
            except UserError as exc:
                outcome = str(exc)
            with self.store.write() as conn:
                conn.exec_driver_sql(
                    "INSERT OR REPLACE INTO folder_files (folder, name, size, mtime_ns, outcome, seen_ms) "
                    "VALUES (?,?,?,?,?,?)",
                    (key, path.name, st.st_size, st.st_mtime_ns, outcome, core.now_ms()),
                )
        self._write_own(folder)
        return reports

    def held_back(self, folder: Path | None = None) -> list[HeldBack]:
        """Bundles in the shared folder that were not imported because they need the user's look:
        no trusted key vouches for them, or they delete many records."""
        folder = Path(folder) if folder is not None else self.shared_folder()
        if folder is None:
            return []
        key = str(folder.resolve())
        with self.store.read() as conn:
            rows = conn.exec_driver_sql(
                "SELECT name, outcome FROM folder_files WHERE folder=? AND (outcome LIKE 'untrusted:%' "
                "OR outcome LIKE 'review:%' OR outcome LIKE 'refused:%') ORDER BY seen_ms, name",
                (key,),
            ).all()
        return [HeldBack(folder / name, _untold(outcome.split(":", 1)[1])) for name, outcome in rows
                if (folder / name).is_file()]

    def _settle_held_back(self, path: Path) -> None:
        """A bundle of a shared folder that the user imported by hand is no longer waiting."""
        if not path.parent.is_dir():
            return
        with self.store.write() as conn:
            conn.exec_driver_sql(
                "UPDATE folder_files SET outcome='imported' WHERE folder=? AND name=? AND (outcome LIKE "
                "'untrusted:%' OR outcome LIKE 'review:%')",
                (str(path.parent.resolve()), path.name),
            )

    def _register_untrusted(self, path: Path) -> None:
        """Remember the key of a bundle refused as unknown so 'peers' lists it and 'trust' accepts it."""
        try:
            with self._read(path, None, (), None) as contents:
                m = contents.manifest
                if contents.signer_public_key and m.workspace_id == self.ws.workspace_id:
                    fp = fingerprint(contents.signer_public_key)
                    with self.store.write() as conn:
                        knowledge.add_key(conn, fp, contents.signer_public_key, m.producer.age_recipient or None,
                                          m.producer.name)
                        knowledge.add_peer(conn, m.producer.replica, m.producer.name, fp)
        except BundleError:
            pass

    def _write_own(self, folder: Path) -> Path | None:
        """Our team bundle in the folder, rewritten when this store holds something new."""
        target = folder / self.own_bundle_name()
        with self.store.read() as conn:
            # what it holds, and which version of an equivocated dot it keeps (a bundle carries those)
            kept = conn.exec_driver_sql("SELECT DISTINCT replica, seq, kept_h FROM equivocations ORDER BY 1, 2, 3").all()
            held = repr(sorted(knowledge.have(conn).items())) + (repr(kept) if kept else "")
            state = hashlib.sha256(held.encode()).hexdigest()
        if target.exists() and self.store.meta("shared_folder_state") == state:
            return None
        self.export(target, mode="team")
        with self.store.write() as conn:
            self.store._set_meta(conn, "shared_folder_state", state)
        return target

    # --- conflicts ------------------------------------------------------------------------------------

    def _who(self, names: dict[str, str], replica: str | None) -> str:
        if replica is None:
            return ""
        if replica == self.store.replica or replica in (self.store.meta("previous_replicas") or "").split(","):
            return core.producer_name(self.store) or "this store"
        return names.get(replica) or f"store {replica[:8]}"

    def conflicts(self) -> list[ConflictItem]:
        """Per record and field: the competing values, who wrote each and when; deletions too."""
        with self.store.read() as conn:
            names = knowledge.names(conn)
        items: list[ConflictItem] = []
        for view in self.ws.conflicts():
            for f in sorted(set(view.conflicts) | set(view.merged)):
                versions = self._versions(names, view.id, f)
                if f in view.conflicts:
                    items.append(ConflictItem(view.id, view.type, view.title, f, "values", versions))
                else:
                    items.append(
                        ConflictItem(view.id, view.type, view.title, f, "auto_merged", versions,
                                     merged_text=view.data.get(f))
                    )
            if view.del_conflict or view.kept_alive:
                with self.store.read() as conn:
                    dels = self.store.active_deletions(conn, view.id)
                    hlcs = dict(
                        ((r, s), h)
                        for r, s, h in conn.exec_driver_sql(
                            "SELECT replica, seq, hlc FROM deletions WHERE rec=?", (view.id,)
                        )
                    )
                by = sorted({self._who(names, r) for r, _s in dels})
                newest = max((hlcs.get((r, s), "") for r, s in dels), default="")
                when = wall_ms_of(newest) if newest else None
                versions = [
                    ConflictVersion(KEEP, "keep", None, "", None, None),
                    ConflictVersion(DELETE, "delete", dels[0][0] if dels else None, ", ".join(by), newest or None, when),
                ]
                kind = "deleted" if view.del_conflict else "kept_by_child"
                items.append(ConflictItem(view.id, view.type, view.title, DELETION, kind, versions, deleted_by=by))
        return items

    def _versions(self, names: dict[str, str], rec: str, f: str) -> list[ConflictVersion]:
        out: list[ConflictVersion] = []
        seen: list[Any] = []
        for head in self.store.field_heads(rec, f):
            if head["value"] in seen:
                continue
            seen.append(head["value"])
            replica = head["dot"][0]
            out.append(
                ConflictVersion(len(out) + 1, head["value"], replica, self._who(names, replica), head["hlc"],
                                wall_ms_of(head["hlc"]))
            )
        return out

    def resolve(self, rec: str, field: str, *, pick: int | None = None, value: Any = None) -> ChangeSet:
        """Settle a conflict: pick a listed version (numbered from 1) or give a new value."""
        view = self.ws.get(rec)
        if field == DELETION:
            if not (view.del_conflict or view.kept_alive):
                raise UserError("That record has no deletion to settle.")
            if pick == KEEP:
                return self.ws.keep(rec)
            if pick == DELETE:
                return self.ws.delete(rec)
            raise UserError(
                "For a deletion, pick %(keep)d to keep the record or %(delete)d to delete it.", keep=KEEP, delete=DELETE
            )
        if field not in view.conflicts and field not in view.merged:
            raise UserError(
                "The field '%(field)s' of that record has no conflict; 'gcen conflicts' lists them.", field=field
            )
        if (pick is None) == (value is None):
            raise UserError("Give either a version number to pick or a new value, not both.")
        if pick is not None:
            versions = self._versions({}, rec, field)
            if not 1 <= pick <= len(versions):
                raise UserError("Pick a version between 1 and %(count)d.", count=len(versions))
            value = versions[pick - 1].value
        if field == DEL:
            raise UserError("That field cannot be set.")
        return self.ws.resolve(rec, field, value)
