"""Attaching files to records: each file is stored once by its hash, and linked from the records."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from ..domain.errors import UserError
from ..domain.ids import link_id
from ..domain.schema import MAX_ATTACHMENT_BYTES
from ..domain.sizes import human_size
from ..store import privacy
from ..store.attachments import FileTooLarge
from .changes import ChangeSet, Created

if TYPE_CHECKING:
    from ..domain.views import RecordView
    from ..store.store import Store


class Attachments:
    """The Workspace's files (a part of `Workspace`, whose helpers find records and write links)."""

    store: Store

    if TYPE_CHECKING:  # Workspace's helpers
        def _live(self, conn: Connection, rec: str) -> RecordView: ...
        def _require(self, rec: str, type_name: str, conn: Connection | None = None) -> RecordView: ...
        def _create(self, conn: Connection, type_name: str, values: dict[str, Any], changes: ChangeSet,
                    rec: str | None = None) -> str: ...
        def _link(self, conn: Connection, kind: str, a: str, b: str, changes: ChangeSet) -> str: ...

    def attach(self, rec: str, file_path: Path | str) -> Created:
        """Store a file once by hash and attach it to a record."""
        path = Path(file_path)
        if not path.is_file():
            raise UserError("The file %(path)s does not exist or cannot be read.", path=str(path))
        try:
            if path.stat().st_size > MAX_ATTACHMENT_BYTES:
                raise FileTooLarge(path)
            sha, size, new_bytes = self.store.blobs.put_new(path, MAX_ATTACHMENT_BYTES)
        except FileTooLarge:
            # no bundle could carry it: every later export with it would fail (SYNC.md limits)
            raise UserError(
                "%(name)s is larger than the %(limit)s a file attached to a record may be (teammates "
                "could not receive it); share it another way, or attach a smaller copy.",
                name=path.name,
                limit=human_size(MAX_ATTACHMENT_BYTES),
            ) from None
        except OSError as exc:
            raise UserError(
                "Could not store %(name)s: %(reason)s. Free some disk space and try again.",
                name=path.name,
                reason=exc.strerror or str(exc),
            ) from None
        try:
            return self._attach(rec, path, sha, size)
        except BaseException:
            if new_bytes and not self._named(sha):  # the record was not written (a full disk): nor are its bytes kept
                self.store.blobs.forget(sha)
            raise

    def _named(self, sha: str) -> bool:
        """Whether a record names these bytes (another attachment of the same file, written meanwhile)."""
        try:
            with self.store.read() as conn:
                return conn.exec_driver_sql(
                    "SELECT 1 FROM records WHERE type='attachment' AND json_extract(data,'$.sha256')=? LIMIT 1",
                    (sha,),
                ).first() is not None
        except Exception:  # noqa: BLE001 - cannot be told: the bytes stay
            return True

    def _attach(self, rec: str, path: Path, sha: str, size: int) -> Created:
        changes = ChangeSet()
        with self.store.write() as conn:
            self._live(conn, rec)
            aid = self._same_file(conn, rec, sha)
            created = aid is None
            if aid is None:
                aid = self._create(
                    conn,
                    "attachment",
                    {"sha256": sha, "file_name": path.name, "mime": mimetypes.guess_type(path.name)[0], "size": size},
                    changes,
                )
            self._link(conn, "attached", rec, aid, changes)
            if created:
                # Made for a private record, it is private from its first change (made before the
                # link, it was written as visible): it stays home even once that record is
                # forgotten (the trash emptied), and goes, as its present, with the record made team.
                privacy.mark_hidden(conn, [
                    (aid, r, s) for r, s in conn.exec_driver_sql("SELECT replica, seq FROM events WHERE rec=?", (aid,))
                ])
            view = self.store.find(rec, conn)
            if view and view.type == "reading_item" and not view.data.get("attachment"):
                self.store.set_fields(conn, "reading_item", rec, {"attachment": aid})
                changes.updated.add(rec)
        return Created(aid, changes)

    @staticmethod
    def _same_file(conn: Connection, rec: str, sha: str) -> str | None:
        """A stored attachment of these bytes that attaching them to `rec` may name. One that
        stays home (all its records private) only for a record that stays home too: attached to
        one that travels it would travel, with the file name it was given in private (the bytes
        travel either way; under the name the user attaches them by now)."""
        found = [aid for (aid,) in conn.exec_driver_sql(
            "SELECT id FROM records WHERE type='attachment' AND deleted=0 AND json_extract(data,'$.sha256')=? "
            "ORDER BY id",
            (sha,),
        )]
        if not found or privacy.is_hidden(conn, rec):
            return found[0] if found else None
        hidden = privacy.hidden_records(conn, set(found))
        return next((aid for aid in found if aid not in hidden), None)

    def detach(self, rec: str, attachment: str) -> ChangeSet:
        """Remove an attached file from a record. The file itself stays stored (other records may
        hold it, and undo attaches it again); a reading whose PDF it was shows its next file."""
        changes = ChangeSet()
        with self.store.write() as conn:
            view = self._live(conn, rec)
            lid = link_id("attached", rec, attachment)
            link = self.store.find(lid, conn)
            if link is None or link.deleted:
                return changes
            self.store.delete(conn, "link", lid)
            changes.deleted.add(lid)
            changes.types.add("link")
            if view.type == "reading_item" and view.data.get("attachment") == attachment:
                others = self._attached(conn, rec)
                changes.previous[rec] = {"attachment": attachment}
                self.store.set_fields(conn, view.type, rec, {"attachment": others[0] if others else None})
                changes.updated.add(rec)
                changes.types.add(view.type)
        return changes

    def reattach(self, rec: str, attachment: str, *, primary: bool = False) -> ChangeSet:
        """Attach an already stored file to a record again (the undo of `detach`); with `primary`,
        a reading shows it as its PDF again."""
        changes = ChangeSet()
        with self.store.write() as conn:
            view = self._live(conn, rec)
            self._require(attachment, "attachment", conn)
            self._link(conn, "attached", rec, attachment, changes)
            if primary and view.type == "reading_item" and view.data.get("attachment") != attachment:
                changes.previous[rec] = {"attachment": view.data.get("attachment")}
                self.store.set_fields(conn, view.type, rec, {"attachment": attachment})
                changes.updated.add(rec)
                changes.types.add(view.type)
        return changes

    def _attached(self, conn: Connection, rec: str) -> list[str]:
        """The ids of the live files attached to a record, by file name (within `conn`'s transaction)."""
        return [aid for (aid,) in conn.exec_driver_sql(
            "SELECT r.id FROM records r WHERE r.type='attachment' AND r.deleted=0 AND r.id IN (SELECT l.title "
            "FROM records l WHERE l.type='link' AND l.kind='attached' AND l.parent=? AND l.deleted=0) "
            "ORDER BY r.title COLLATE NOCASE, r.id",
            (rec,),
        ).all()]

    def attachment_path(self, attachment_id: str) -> Path:
        view = self._require(attachment_id, "attachment")
        path = self.store.blobs.path_of(view.data["sha256"])
        if not path.exists():
            raise UserError(
                "The file '%(name)s' has not arrived yet; ask a teammate for a full bundle.",
                name=view.data.get("file_name"),
            )
        return path
