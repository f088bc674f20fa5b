"""Typed ORM tables of the store: the event log, its field heads, and the projection the UI reads."""

from __future__ import annotations

from sqlalchemy import Index, Integer, LargeBinary, String, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Store-wide values: workspace id, replica id, last seq, clock, export cursor."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class EventRow(Base):
    """One change event, exactly as it travels in bundles (`body` is its canonical JSON)."""

    __tablename__ = "events"
    eid: Mapped[int] = mapped_column(Integer, primary_key=True)  # local arrival order
    replica: Mapped[str] = mapped_column(String)
    seq: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String)
    rec: Mapped[str] = mapped_column(String, index=True)
    type: Mapped[str] = mapped_column(String)
    op: Mapped[str] = mapped_column(String)
    h: Mapped[str] = mapped_column(String)
    body: Mapped[bytes] = mapped_column(LargeBinary)
    __table_args__ = (UniqueConstraint("replica", "seq", name="uq_events_dot"),)


class HeadRow(Base):
    """An event that is a head of some of the fields it set: versions no known event names as a
    parent. The view `heads` (migration 0003) lists them one field per row."""

    __tablename__ = "head_rows"
    rec: Mapped[str] = mapped_column(String, primary_key=True)
    replica: Mapped[str] = mapped_column(String, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    hlc: Mapped[str] = mapped_column(String)  # the values are in the event's body
    fields: Mapped[str] = mapped_column(Text)  # JSON list of the field names it is a head of


class Superseded(Base):
    """Versions named as a parent by some known event, known by dot even before they arrive."""

    __tablename__ = "superseded"
    rec: Mapped[str] = mapped_column(String, primary_key=True)
    field: Mapped[str] = mapped_column(String, primary_key=True)
    replica: Mapped[str] = mapped_column(String, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)


class Deletion(Base):
    """A `del` event of a record; inactive once an edit that saw it (a restore) names it."""

    __tablename__ = "deletions"
    rec: Mapped[str] = mapped_column(String, primary_key=True)
    replica: Mapped[str] = mapped_column(String, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    hlc: Mapped[str] = mapped_column(String)


class DeletionObserved(Base):
    """Field versions some deletion observed: a head listed here is covered by a delete."""

    __tablename__ = "deletion_observed"
    rec: Mapped[str] = mapped_column(String, primary_key=True)
    field: Mapped[str] = mapped_column(String, primary_key=True)
    replica: Mapped[str] = mapped_column(String, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)


class Record(Base):
    """The projection: one row per record with its shown values, a pure function of the events.
    Read it through the view `records` (migration 0005), which gives `data` wherever it is kept."""

    __tablename__ = "record_rows"
    rid: Mapped[int] = mapped_column(Integer, primary_key=True)  # FTS rowid
    id: Mapped[str] = mapped_column(String, unique=True)
    type: Mapped[str] = mapped_column(String)
    title: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[str] = mapped_column(Text)  # JSON of shown values, or "" when data_eid is set
    # Promoted columns so lists filter and sort in SQL.
    parent: Mapped[str | None] = mapped_column(String, nullable=True)
    kind: Mapped[str | None] = mapped_column(String, nullable=True)
    status: Mapped[str | None] = mapped_column(String, nullable=True)
    due: Mapped[str | None] = mapped_column(String, nullable=True)
    working_group: Mapped[str | None] = mapped_column(String, nullable=True)
    symposium: Mapped[str | None] = mapped_column(String, nullable=True)
    city: Mapped[str | None] = mapped_column(String, nullable=True)
    member: Mapped[str | None] = mapped_column(String, nullable=True)
    position: Mapped[str | None] = mapped_column(String, nullable=True)
    visibility: Mapped[str] = mapped_column(String, default="team")
    deleted: Mapped[int] = mapped_column(Integer, default=0)  # shown as deleted
    own_deleted: Mapped[int] = mapped_column(Integer, default=0)  # deleted, maybe kept by a child
    del_conflict: Mapped[int] = mapped_column(Integer, default=0)  # deleted by one, edited by another
    conflicts: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON {field: [values]}
    merged: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON [fields auto-merged]
    created: Mapped[str] = mapped_column(String)  # hlc
    updated: Mapped[str] = mapped_column(String)  # hlc
    # A record still as the one event that created it shows: its data is that event body's bytes
    # data_at (1-based) .. data_at + data_len - 1, not copied here.
    data_eid: Mapped[int | None] = mapped_column(Integer, nullable=True)
    data_at: Mapped[int | None] = mapped_column(Integer, nullable=True)
    data_len: Mapped[int | None] = mapped_column(Integer, nullable=True)
    __table_args__ = (
        Index("ix_records_type", "type", "deleted", "updated"),
        Index("ix_records_parent", "parent", "type", sqlite_where=text("parent IS NOT NULL")),
        Index("ix_records_due", "type", "status", "due"),
        Index("ix_records_member", "member", "type"),
        # the links of one kind (which records an attachment hangs on: see privacy.attached_by)
        Index("ix_records_link_kind", "kind", "type", sqlite_where=text("type = 'link'")),
    )


class FtsQueue(Base):
    """Records waiting to be (re)indexed after a large import; queued in the import's transaction."""

    __tablename__ = "fts_queue"
    rid: Mapped[int] = mapped_column(Integer, primary_key=True)
