"""Bundles of one open workspace: export, import with a preview first, import as copies, undo the
last import. `Exchange` is the service the UI and the CLI use: bundles, with the teammates
(`peers`), the shared folder (`shared_folder`) and the conflicts (`conflicts`) parts."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.display import visible
from ..domain.errors import Phrase, UserError
from ..domain.schema import CLI_NAME_OF
from ..sync import knowledge, snapshot
from ..sync.admission import ForeignWorkspace, Impersonation
from ..sync.errors import BundleNeedsPassphrase, BundleWrongPassphrase
from ..sync.export import mark_exported, prepare_export
from ..sync.import_outcome import CATEGORIES, Outcome
from ..sync.import_pipeline import ReadWhole, run_import
from ..sync.keys import fingerprint
from ..sync.limits import DEFAULT_LIMITS, Limits, human_size
from ..sync.parts import write_parts
from ..sync.reader import BundleContents, read_bundle, release_events
from ..sync.times import fmt_ms
from . import copies, gc_pause, refusals
from .changes import ChangeSet
from .conflicts import Conflicts
from .shared_folder import SharedFolder, settle_held_back
from .workspace import refuse_inside

Progress = Callable[[int, int], bool] | None


@dataclass
class ExportResult:
    path: Path
    size: int
    event_count: int
    warning: str | None
    withheld: int = 0  # events of private records that stayed here
    # records shown with a version no bundle can carry (written by an older version), left out
    cannot_travel: list[CannotTravel] = field(default_factory=list)
    # an export larger than one bundle may be: its files, in order (`path` is the first); else empty
    parts: list[Path] = field(default_factory=list)

    @property
    def parts_note(self) -> Phrase | None:
        """What to tell the user of an export written as several files, in one sentence."""
        if len(self.parts) < 2:
            return None
        return Phrase(
            "This export was larger than one bundle may be, so it was written as %(count)d files (%(size)s "
            "in all, %(first)s to %(last)s): send all of them; your teammate imports each one, and a new "
            "teammate joins with the first.",
            count=len(self.parts), size=human_size(self.size), first=self.parts[0].name, last=self.parts[-1].name,
        )

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
        out = dict.fromkeys(CATEGORIES, 0)
        for per_type in self.counts.values():
            for cat, n in per_type.items():
                out[cat] += n
        return out


@dataclass
class ImportReport(ImportPreview):
    changes: ChangeSet = field(default_factory=ChangeSet)
    applied: int = 0
    indexing: int = 0  # records still waiting for the search index


def _fmt(ms: int | None) -> str | None:
    return fmt_ms(ms) if ms else None


def equivocation_warning(who: str, via: str | None = None) -> str:
    """A change of `who`'s store met in two versions, the second in this bundle of `via` (None: of
    `who` itself). Only a bundle's manifest is signed, so a teammate passing the change on may have
    written either version: the text never blames one store alone."""
    if via:
        return (
            f"One of {who}'s changes arrived here in two different versions, the second in a bundle from "
            f"{via} ({who}'s store or {via}'s wrote the other one); every store keeps the same version, and "
            "the other is kept as evidence."
        )
    return (
        f"One of {who}'s changes arrived here in two different versions ({who}'s store, or a teammate who "
        "passed it on, wrote the other one); every store keeps the same version, and the other is kept as "
        "evidence."
    )


def _preview_of(outcome: Outcome, cls: type = ImportPreview, *, names: dict[str, str] | None = None,
                file_sha256: str = "", **extra: Any) -> Any:
    m = outcome.manifest
    names = names or {}
    who = [names.get(r) or r[:8] for r in outcome.equivocating]
    producer = m.producer.replica
    via = names.get(producer) or m.producer.name or producer[:8]
    equivocations = [
        equivocation_warning(names.get(r) or r[:8], None if r == producer else via) for r in outcome.equivocating
    ]
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
        warnings=[*outcome.warnings, *equivocations],
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


def report_of(outcome: Outcome, names: dict[str, str] | None = None, *, file_sha256: str = "") -> ImportReport:
    return _preview_of(
        outcome, ImportReport, names=names, file_sha256=file_sha256, changes=_changes_of(outcome),
        applied=outcome.applied, indexing=outcome.indexing,
    )


def _changes_of(outcome: Outcome) -> ChangeSet:
    return ChangeSet(
        created=set(outcome.created),
        updated=set(outcome.updated),
        deleted=set(outcome.deleted),
        restored=set(outcome.restored),
        types=set(outcome.types),
    )


def _changed_since_preview(path: Path | str, previewed: ImportPreview) -> UserError:
    if not previewed.producer_name:
        return UserError(
            "The bundle file %(file)s is not the file that was previewed (its SHA-256 differs), so nothing was "
            "imported; preview it again and look at what it holds now.",
            file=visible(Path(path).name),
        )
    return UserError(
        "The bundle file %(file)s, previewed as coming from %(name)s, changed after its preview, "
        "so nothing was imported; open it again and look at the new preview.",
        file=visible(Path(path).name),
        name=visible(previewed.producer_name),
    )


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def asks_for_passphrase(exc: BaseException) -> bool:
    """The bundle is encrypted with a passphrase that was not given, or not the right one."""
    return isinstance(exc, (BundleNeedsPassphrase, BundleWrongPassphrase))


def from_another_team(exc: BaseException) -> bool:
    """The bundle comes from another team's workspace (its `workspace_name` says which): its records
    can be imported as copies (`import_copies`), not as changes."""
    return isinstance(exc, ForeignWorkspace)


class Exchange(SharedFolder, Conflicts):
    """Bundle exchange of one open workspace."""

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
        limits: Limits | None = None,
    ) -> ExportResult:
        """Write what `mode` selects as a bundle at `path`, or as several (`ExportResult.parts`)
        when it would be larger than one bundle may be (sync/parts.py)."""
        if mode not in ("team", "peer", "full"):
            raise UserError("'%(mode)s' is not a kind of export; choose team, peer or full.", mode=mode)
        if mode == "peer":
            if not peer:
                raise UserError("Choose the teammate to export for.")
            peer = self.find_peer(peer).replica
        path = Path(path)
        refuse_inside(self.store.folder, path)
        if not path.parent.is_dir():
            raise UserError(
                "The folder %(folder)s does not exist; choose another place for the bundle.", folder=str(path.parent)
            )
        manifest, sel = prepare_export(
            self.store, mode=mode, peer=peer, network_only=network_only, keys=self.keys
        )
        result = write_parts(
            path,
            manifest,
            sel.lines,
            sel.blobs,
            keys=self.keys if sign else None,
            recipients=recipients,
            passphrase=passphrase,
            progress=progress,
            limits=limits or DEFAULT_LIMITS,
        )
        mark_exported(self.store, sel, peer=peer if mode == "peer" else None)
        return ExportResult(
            result.path, result.size, result.event_count, result.warning, sel.withheld, self._cannot_travel(sel),
            [p.path for p in result.parts] if len(result.parts) > 1 else [],
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
        try:
            if not path.is_file() or path.stat().st_size > DEFAULT_LIMITS.file_bytes:
                return None  # larger than any bundle may be: never imported, and refused by its size unread
        except OSError:
            return None
        digest = file_sha256(path)
        with self.store.read() as conn:
            logged = knowledge.logged_import(conn, file_sha256=digest)
        if logged is None:
            return None
        counts = {
            t: dict(dict.fromkeys(CATEGORIES, 0), unchanged=sum(c.values()))
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
            file_sha256=digest,  # a file swapped after this preview is refused by the import
        )

    @gc_pause.during
    def preview(self, path: Path | str, *, passphrase: str | None = None, identities: Sequence[str] = (),
                progress: Progress = None) -> ImportPreview:
        done = self._already(path)
        if done is not None:
            return done
        with self._naming_impersonation(path):
            outcome, digest = self._with_contents(
                path, passphrase, identities, progress,
                lambda contents: (run_import(self.store, contents, apply=False, own_keys=self.keys),
                                  contents.file_sha256),
            )
        return _preview_of(outcome, names=self.teammate_names(), file_sha256=digest)

    @gc_pause.during
    def import_bundle(self, path: Path | str, *, passphrase: str | None = None, identities: Sequence[str] = (),
                      trust_new_key: bool = False, once: bool = False, previewed: ImportPreview | None = None,
                      progress: Progress = None, hold_deletions: int | None = None,
                      previewed_sha256: str | None = None) -> ImportReport:
        """Import a bundle file. One that no trusted key vouches for needs the user's decision:
        `trust_new_key` (trust the key that signed it) or `once` (import it once, trusting nothing;
        unsigned bundles can only be imported once). `previewed`: the preview the user decided on;
        a file that differs from it now (swapped since) is refused, and a trust decision applies
        only to the key shown there. `previewed_sha256`: the same for the command line, where the
        preview (`gcen import --preview`) printed the file's hash."""
        if previewed_sha256 and previewed is None:
            previewed = ImportPreview(
                producer_name="", producer_replica="", fingerprint=None, key_known=False, created_ms=0,
                workspace_id="", workspace_name="", kind="", counts={}, warnings=[], already_imported_on=None,
                file_sha256=previewed_sha256,
            )
        done = self._already(path)
        if done is not None:
            if previewed is not None and previewed.file_sha256 and done.file_sha256 != previewed.file_sha256:
                raise _changed_since_preview(path, previewed)
            return ImportReport(**{k: getattr(done, k) for k in done.__dataclass_fields__})

        def run(contents: BundleContents) -> ImportReport:
            if previewed is not None and previewed.file_sha256 and contents.file_sha256 != previewed.file_sha256:
                raise _changed_since_preview(path, previewed)
            return self.import_contents(contents, trust_new_key=trust_new_key, once=once, progress=progress,
                                        hold_deletions=hold_deletions)

        with self._naming_impersonation(path):
            report = self._with_contents(path, passphrase, identities, progress, run)
        settle_held_back(self.store, Path(path))
        return report

    @contextlib.contextmanager
    def _naming_impersonation(self, path: Path | str) -> Iterator[None]:
        """An impersonation refused in the block is named on the Sync screen afterwards: kept beside
        the database (see `refusals`), the store itself unchanged."""
        try:
            yield
        except Impersonation as exc:
            refusals.remember(self.store.folder, exc, Path(path).name)
            raise

    def refused_bundles(self) -> list[refusals.Refusal]:
        """The recent bundles refused as impersonations (a key speaking for a teammate, or for this
        store, bound to another key; a bundle no trusted key signed claiming this store's own
        changes), newest first."""
        return refusals.recent(self.store.folder)

    def forget_refused_bundles(self) -> None:
        refusals.forget(self.store.folder)

    def _with_contents(self, path: Path | str, passphrase: str | None, identities: Sequence[str],
                       progress: Progress, run: Callable[[BundleContents], Any]) -> Any:
        """run(contents) of the bundle read with what this store holds only recognised; read whole
        again when a held dot arrives with other content (an equivocation needs its event)."""
        whole = False
        while True:
            with self._read(path, passphrase, identities, progress, whole=whole) as contents:
                try:
                    return run(contents)
                except ReadWhole:
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
        outcome = run_import(
            self.store, contents, apply=True, trust_new_key=trust_new_key, once=once, own_keys=self.keys,
            progress=progress, joining=joining, snapshot_before=not joining,  # a failed join removes the store
            hold_deletions=hold_deletions,
        )
        return report_of(outcome, self.teammate_names(), file_sha256=contents.file_sha256)

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
