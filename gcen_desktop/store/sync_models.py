"""Typed tables of bundle exchange: what this store holds, what peers hold, keys, imports, folders."""

from __future__ import annotations

from sqlalchemy import Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base


class HaveRange(Base):
    """Seqs of one origin replica this store holds, as disjoint intervals (kept by apply)."""

    __tablename__ = "have_ranges"
    origin: Mapped[str] = mapped_column(String, primary_key=True)
    lo: Mapped[int] = mapped_column(Integer, primary_key=True)
    hi: Mapped[int] = mapped_column(Integer)


class Peer(Base):
    """A teammate's store we have heard of: from its own bundles or from a roster."""

    __tablename__ = "peers"
    replica: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String, default="")
    fingerprint: Mapped[str | None] = mapped_column(String, nullable=True)
    first_seen_ms: Mapped[int] = mapped_column(Integer)
    last_exchange_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)


class PeerKnowledge(Base):
    """What a peer is known to hold, learned only from the `have` of its own bundles; only grows."""

    __tablename__ = "peer_knowledge"
    peer: Mapped[str] = mapped_column(String, primary_key=True)
    origin: Mapped[str] = mapped_column(String, primary_key=True)
    lo: Mapped[int] = mapped_column(Integer, primary_key=True)
    hi: Mapped[int] = mapped_column(Integer)


class KnownKey(Base):
    """A signing key seen in a bundle or a roster; `trusted` once the user accepted it."""

    __tablename__ = "known_keys"
    fingerprint: Mapped[str] = mapped_column(String, primary_key=True)
    public_key: Mapped[str] = mapped_column(String)
    age_recipient: Mapped[str | None] = mapped_column(String, nullable=True)
    name: Mapped[str] = mapped_column(String, default="")
    trusted: Mapped[int] = mapped_column(Integer, default=0)
    first_seen_ms: Mapped[int] = mapped_column(Integer)


class ImportLog(Base):
    """Each bundle imported once, with its report (what 'already imported on …' answers from)."""

    __tablename__ = "import_log"
    bundle_id: Mapped[str] = mapped_column(String, primary_key=True)
    file_sha256: Mapped[str] = mapped_column(String, index=True)
    producer: Mapped[str] = mapped_column(String)
    producer_name: Mapped[str] = mapped_column(String, default="")
    kind: Mapped[str] = mapped_column(String)
    created_ms: Mapped[int] = mapped_column(Integer)
    imported_ms: Mapped[int] = mapped_column(Integer)
    event_count: Mapped[int] = mapped_column(Integer)
    applied: Mapped[int] = mapped_column(Integer)
    report: Mapped[str] = mapped_column(Text)  # JSON: the import report's counts and warnings


class FolderFile(Base):
    """A bundle file seen in the shared folder, so each is opened once (by name, size and mtime)."""

    __tablename__ = "folder_files"
    folder: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String, primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    mtime_ns: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(Text)  # "imported", "ours", or the refusal message
    seen_ms: Mapped[int] = mapped_column(Integer)


class ReplicaKey(Base):
    """The signing key bound to a replica: the key that first vouched for it in a trusted bundle."""

    __tablename__ = "replica_keys"
    replica: Mapped[str] = mapped_column(String, primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String)
    bound_ms: Mapped[int] = mapped_column(Integer)


class Equivocation(Base):
    """A known dot that arrived with another hash: the event not kept, as evidence."""

    __tablename__ = "equivocations"
    replica: Mapped[str] = mapped_column(String, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    kept_h: Mapped[str] = mapped_column(String)
    other_h: Mapped[str] = mapped_column(String, primary_key=True)
    other_body: Mapped[bytes] = mapped_column(LargeBinary)
    seen_ms: Mapped[int] = mapped_column(Integer)
    via: Mapped[str | None] = mapped_column(String, nullable=True)  # the producer of the bundle that brought it


class PrivateEvent(Base):
    """This store's own event written while its record was private: it never leaves the store."""

    __tablename__ = "private_events"
    __table_args__ = {"sqlite_with_rowid": False}
    replica: Mapped[str] = mapped_column(String, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
