"""The hub's tables: enrolled cities and their keys, publications, search parts, ingests, digests
(the migrations create them; these classes name them for the code and for Alembic)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    Text,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB, TSVECTOR
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention={
        "pk": "pk_%(table_name)s", "fk": "fk_%(table_name)s_%(column_0_name)s",
        "ix": "ix_%(table_name)s_%(column_0_name)s", "uq": "uq_%(table_name)s_%(column_0_name)s",
    })


class Meta(Base):
    __tablename__ = "hub_meta"
    key: Mapped[str] = mapped_column(Text, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class City(Base):
    """An enrolled workspace: one city team's store, registered by the operator."""

    __tablename__ = "cities"
    workspace_id: Mapped[str] = mapped_column(Text, primary_key=True)
    city: Mapped[str] = mapped_column(Text)
    team: Mapped[str] = mapped_column(Text, default="")  # the team's name, as its last publication gave it
    enrolled_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CityKey(Base):
    """A signing-key fingerprint allowed to publish for one workspace (checked out of band)."""

    __tablename__ = "city_keys"
    fingerprint: Mapped[str] = mapped_column(Text, primary_key=True)
    workspace_id: Mapped[str] = mapped_column(ForeignKey("cities.workspace_id"), index=True)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class Publication(Base):
    """The newest publication (or withdrawal: a tombstone) of one record of one workspace."""

    __tablename__ = "publications"
    workspace_id: Mapped[str] = mapped_column(ForeignKey("cities.workspace_id"), primary_key=True)
    rec: Mapped[str] = mapped_column(Text, primary_key=True)
    type: Mapped[str] = mapped_column(Text)
    counter: Mapped[int] = mapped_column(BigInteger)
    hlc: Mapped[str] = mapped_column(Text)
    dot_replica: Mapped[str] = mapped_column(Text)
    dot_seq: Mapped[int] = mapped_column(BigInteger)
    h: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[dict] = mapped_column(JSONB)  # values, parts, tags, attachments ({} when withdrawn)
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    published_ms: Mapped[int] = mapped_column(BigInteger)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # the hub's order of arrival, given in commit order: a digest carries what arrived after its city's last one
    arrival: Mapped[int] = mapped_column(BigInteger, index=True)

    __table_args__ = (Index("ix_publications_type_city", "type", "workspace_id"),
                      {"postgresql_partition_by": "HASH (workspace_id)"})


class SearchPart(Base):
    """A part of a publication's searchable text (a tsvector holds at most 16,383 positions)."""

    __tablename__ = "search_parts"
    workspace_id: Mapped[str] = mapped_column(Text, primary_key=True)
    rec: Mapped[str] = mapped_column(Text, primary_key=True)
    part: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc: Mapped[str] = mapped_column(TSVECTOR)

    __table_args__ = (
        Index("ix_search_parts_doc", "doc", postgresql_using="gin"),
        Index("ix_search_parts_long", "workspace_id", "rec", postgresql_where=text("part > 0")),
        ForeignKeyConstraint(["workspace_id", "rec"], ["publications.workspace_id", "publications.rec"],
                             ondelete="CASCADE"),
        {"postgresql_partition_by": "HASH (workspace_id)"},
    )


class Ingest(Base):
    """A publication file taken in: whose, signed by which key, what it changed."""

    __tablename__ = "ingests"
    bundle_id: Mapped[str] = mapped_column(Text, primary_key=True)
    workspace_id: Mapped[str] = mapped_column(ForeignKey("cities.workspace_id"), index=True)
    fingerprint: Mapped[str] = mapped_column(Text)
    file_sha256: Mapped[str] = mapped_column(Text)
    counts: Mapped[dict] = mapped_column(JSONB)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Digest(Base):
    """Per city, the arrival up to which its last digest went."""

    __tablename__ = "digests"
    workspace_id: Mapped[str] = mapped_column(ForeignKey("cities.workspace_id"), primary_key=True)
    through_arrival: Mapped[int] = mapped_column(BigInteger, default=0)
    made_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
