"""The shared folder: a folder teammates all reach (a network drive, a synced folder) where each
store imports the others' bundles and keeps its own team bundle up to date."""

from __future__ import annotations

import hashlib
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import orjson

from ..domain.errors import UserError, fill
from ..store.store import Store
from ..sync import knowledge
from ..sync.admission import Impersonation, NeedsReview, Unvouched
from ..sync.errors import BundleCancelled, BundleError
from ..sync.export import producer_name
from ..sync.import_outcome import MANY_DELETIONS
from ..sync.keys import fingerprint
from ..sync.parts import files_of
from ..sync.times import now_ms
from .peers import Peers

if TYPE_CHECKING:
    from .bundles import ImportReport

BUNDLE_SUFFIX = ".gcen"
_WAITING = "(outcome LIKE 'untrusted:%' OR outcome LIKE 'review:%' OR outcome LIKE 'refused:%')"


@dataclass
class Told:
    """A refusal as the shared folder's log kept it: the error's template and parameters."""

    template: str
    params: dict[str, str]

    def __str__(self) -> str:
        return fill(self.template, self.params)


@dataclass
class HeldBack:
    """A bundle the shared folder holds for the user to look at, and why."""

    path: Path
    reason: Told  # the refusal's sentence (the UI translates it as it does the error's)


def as_text(name: str) -> str:
    """A file or folder name as the store keeps it: the same text, but a byte that is not UTF-8
    (a name saved by an older system, a stick in another code page) as `\\xNN` (the database
    keeps valid UTF-8 text only)."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _told(exc: UserError) -> str:
    """An error as the shared folder's log keeps it: its template and parameters (as text)."""
    return orjson.dumps({"template": exc.template,
                         "params": {k: as_text(str(v)) for k, v in exc.params.items()}}).decode()


def _untold(text: str) -> Told:
    try:
        data = orjson.loads(text)
        return Told(str(data["template"]), {str(k): str(v) for k, v in dict(data["params"]).items()})
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
        return Told("%(reason)s", {"reason": text})  # written by an older version: English text


def settle_held_back(store: Store, path: Path) -> None:
    """A bundle of a shared folder that the user imported by hand is no longer waiting."""
    if not path.parent.is_dir():
        return
    with store.write() as conn:
        conn.exec_driver_sql(
            "UPDATE folder_files SET outcome='imported' WHERE folder=? AND name=? AND (outcome LIKE "
            "'untrusted:%' OR outcome LIKE 'review:%')",
            (as_text(str(path.parent.resolve())), as_text(path.name)),
        )


def _bundles_in(folder: Path) -> list[Path]:
    """The bundles of the folder, oldest first. Teammates' stores replace theirs at any time: a
    file gone between the listing and a look at it is left out, as a file that is not a bundle."""
    found = []
    for path in folder.iterdir():
        if path.suffix != BUNDLE_SUFFIX:
            continue
        try:
            st = path.stat()
        except OSError:
            continue
        if stat.S_ISREG(st.st_mode):
            found.append((st.st_mtime_ns, path.name, path))
    return [path for _mtime, _name, path in sorted(found)]


class SharedFolder(Peers):
    """The shared folder of one open workspace (a part of `bundles.Exchange`, whose `import_bundle`,
    `export` and `_read` it uses)."""

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
        name = re.sub(r"[^A-Za-z0-9_-]+", "-", producer_name(self.store)).strip("-")[:40] or "store"
        return f"{name}-{self.store.replica}{BUNDLE_SUFFIX}"

    def _folder(self, folder: Path | None) -> Path:
        """The folder to sync with: the one given, else the one chosen; it must be reachable."""
        folder = Path(folder) if folder is not None else self.shared_folder()
        if folder is None:
            raise UserError("Choose a shared folder first.")
        if not folder.is_dir():
            raise UserError("The shared folder %(folder)s cannot be found; is the drive connected?", folder=str(folder))
        return folder

    def _seen(self, key: str) -> dict[str, tuple[int, int]]:
        """Name -> (size, mtime) of the folder's files as they were when last looked at."""
        with self.store.read() as conn:
            rows = conn.exec_driver_sql("SELECT name, size, mtime_ns FROM folder_files WHERE folder=?", (key,))
            return {name: (size, mtime) for name, size, mtime in rows}

    def sync_folder_once(self, folder: Path | None = None, *,
                         progress: Callable[[int, int], bool] | None = None) -> list[ImportReport]:
        """Import every new bundle found in the shared folder, then write ours there if needed.
        `progress` (of each import and of the export) returning False cancels the pass: the bundle
        being imported is left as it was (BundleCancelled), not logged as seen, so the next pass
        takes it again; those imported before stay imported."""
        folder = self._folder(folder)
        key = as_text(str(folder.resolve()))
        reports: list[ImportReport] = []
        seen = self._seen(key)
        for path in _bundles_in(folder):
            try:
                st = path.stat()
            except OSError:
                continue  # gone since listed: its teammate's store replaced it (the next pass sees the new one)
            if seen.get(as_text(path.name)) == (st.st_size, st.st_mtime_ns) or self.store.replica in path.name:
                continue
            outcome = self._import_found(path, reports, progress)
            with self.store.write() as conn:
                conn.exec_driver_sql(
                    "INSERT OR REPLACE INTO folder_files (folder, name, size, mtime_ns, outcome, seen_ms) "
                    "VALUES (?,?,?,?,?,?)",
                    (key, as_text(path.name), st.st_size, st.st_mtime_ns, outcome, now_ms()),
                )
        self._write_own(folder, progress)
        return reports

    def _import_found(self, path: Path, reports: list[ImportReport],
                      progress: Callable[[int, int], bool] | None = None) -> str:
        """Import one bundle of the folder (its report goes to `reports`); what the log keeps of it."""
        try:
            # only what a trusted key vouches for, and never many deletions without a look
            reports.append(self.import_bundle(path, hold_deletions=MANY_DELETIONS, progress=progress))
        except BundleCancelled:
            raise  # not an outcome of the file: the next pass takes it again
        except Unvouched as exc:
            self._register_untrusted(path)
            return "untrusted:" + _told(exc)
        except NeedsReview as exc:
            return "review:" + _told(exc)
        except Impersonation as exc:
            return "refused:" + _told(exc)
        except UserError as exc:
            return as_text(str(exc))
        return "imported"

    def held_back(self, folder: Path | None = None) -> list[HeldBack]:
        """Bundles in the shared folder that were not imported because they need the user's look:
        no trusted key vouches for them, or they delete many records."""
        folder = Path(folder) if folder is not None else self.shared_folder()
        if folder is None:
            return []
        key = as_text(str(folder.resolve()))
        with self.store.read() as conn:
            rows = conn.exec_driver_sql(
                f"SELECT name, outcome FROM folder_files WHERE folder=? AND {_WAITING} ORDER BY seen_ms, name",
                (key,),
            ).all()
        if not rows:
            return []
        try:  # the files by the names the log keeps (not the same text when a name is not UTF-8)
            present = {as_text(p.name): p for p in folder.iterdir()}
        except OSError:
            return []
        return [HeldBack(present[name], _untold(outcome.split(":", 1)[1])) for name, outcome in rows
                if name in present and present[name].is_file()]

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

    def _write_own(self, folder: Path, progress: Callable[[int, int], bool] | None = None) -> Path | None:
        """Our team bundle in the folder, rewritten when this store holds something new."""
        target = folder / self.own_bundle_name()
        with self.store.read() as conn:
            # what it holds, and which version of an equivocated dot it keeps (a bundle carries those)
            kept = conn.exec_driver_sql("SELECT DISTINCT replica, seq, kept_h FROM equivocations ORDER BY 1, 2, 3").all()
            held = repr(sorted(knowledge.have(conn).items())) + (repr(kept) if kept else "")
            state = hashlib.sha256(held.encode()).hexdigest()
        before = files_of(target)  # one file, or the parts of an export larger than a bundle may be
        if before and self.store.meta("shared_folder_state") == state:
            return None
        result = self.export(target, mode="team", progress=progress)
        written = set(result.parts or [result.path])
        for old in before - written:  # an earlier bundle of ours, now replaced (or cut otherwise)
            old.unlink(missing_ok=True)
        with self.store.write() as conn:
            self.store._set_meta(conn, "shared_folder_state", state)
        return result.path
