"""The hub's use cases: set up, enroll and revoke cities, search what they published."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

from gcen_desktop.domain.errors import UserError
from gcen_desktop.sync.keys import StoreKeys, load_or_create_keys
from gcen_desktop.sync.limits import DEFAULT_LIMITS, Limits

from .db import connect, current_revision, migrate
from .digest import DigestResult, make_digest
from .ingest import IngestResult, ingest_file, lock_key
from .search import term_queries

CANDIDATES = 1_000  # matching search parts ranked at most, per query
_FINGERPRINT = re.compile(r"^[0-9A-F]{32}$")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def normalise_fingerprint(text_: str) -> str:
    """A key fingerprint as `gcen identity` prints it (8 groups of 4 hex digits), spaces optional."""
    compact = "".join(text_.split()).upper()
    if not _FINGERPRINT.match(compact):
        raise UserError("'%(fp)s' is not a key fingerprint; copy it from `gcen identity` on the city's "
                        "computer (8 groups of 4 letters and digits).", fp=text_)
    return " ".join(compact[i : i + 4] for i in range(0, 32, 4))


@dataclass
class Hit:
    workspace_id: str
    city: str
    rec: str
    type: str
    title: str
    published_ms: int

    def as_json(self) -> dict[str, Any]:
        published = dt.datetime.fromtimestamp(self.published_ms / 1000, dt.UTC)
        return {"workspace": self.workspace_id, "city": self.city, "id": self.rec, "type": self.type,
                "title": self.title, "published": published.isoformat(timespec="seconds")}


class Hub:
    """One hub: its database and its folder (signing key, attachment files)."""

    def __init__(self, engine: Engine, home: Path) -> None:
        self.engine = engine
        self.home = Path(home)

    @classmethod
    def open(cls, url: str, home: Path, *, create: bool = False) -> Hub:
        engine = connect(url)
        if not create and current_revision(engine) is None:
            engine.dispose()
            raise UserError("This database has no hub yet; run `gcen-hub init` first.")
        return cls(engine, home)

    def close(self) -> None:
        self.engine.dispose()

    # --- set-up ----------------------------------------------------------------------------------

    def init(self, name: str | None) -> tuple[str, StoreKeys]:
        """Create or migrate the schema and make the hub's signing key (kept if it exists)."""
        revision = migrate(self.engine)
        self.home.mkdir(parents=True, exist_ok=True)
        keys = load_or_create_keys(self.home)
        with self.engine.begin() as conn:
            if name:
                self._set_meta(conn, "name", name)
            elif self._meta(conn, "name") is None:
                self._set_meta(conn, "name", "GCEN network hub")
            self._set_meta(conn, "public_key", keys.public_key_b64)
            if self._meta(conn, "hub_id") is None:
                # the hub's digests name it as their workspace; `hub:` tells a desktop it is a hub
                self._set_meta(conn, "hub_id", f"hub:{uuid.uuid4()}")
        return revision, keys

    def hub_id(self) -> str:
        with self.engine.connect() as conn:
            return self._meta(conn, "hub_id") or ""

    def name(self) -> str:
        with self.engine.connect() as conn:
            return self._meta(conn, "name") or "GCEN network hub"

    def keys(self) -> StoreKeys:
        return load_or_create_keys(self.home)

    @staticmethod
    def _meta(conn: Any, key: str) -> str | None:
        return conn.execute(text("SELECT value FROM hub_meta WHERE key = :k"), {"k": key}).scalar()

    @staticmethod
    def _set_meta(conn: Any, key: str, value: str) -> None:
        conn.execute(text("INSERT INTO hub_meta (key, value) VALUES (:k, :v) "
                          "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"), {"k": key, "v": value})

    # --- cities and their keys -------------------------------------------------------------------

    def enroll(self, workspace_id: str, city: str, fingerprint: str) -> bool:
        """Register a city's workspace and a key allowed to publish for it; True when the key is new."""
        fp = normalise_fingerprint(fingerprint)
        if not city.strip():
            raise UserError("Give the city's name with --city.")
        with self.engine.begin() as conn:
            conn.execute(lock_key("enroll"))  # two enrollments at once cannot both take one name
            folded = " ".join(city.split()).casefold()
            for other, name in conn.execute(text("SELECT workspace_id, city FROM cities WHERE workspace_id <> :w"),
                                            {"w": workspace_id}):
                if " ".join(name.split()).casefold() == folded:
                    raise UserError("The city %(city)s is enrolled with another workspace (%(other)s); one city has "
                                    "one workspace, so give this one another name with --city.",
                                    city=name, other=other)
            conn.execute(text("INSERT INTO cities (workspace_id, city, enrolled_at) VALUES (:w, :c, :t) "
                              "ON CONFLICT (workspace_id) DO UPDATE SET city = EXCLUDED.city"),
                         {"w": workspace_id, "c": city.strip(), "t": _now()})
            owner = conn.execute(text("SELECT workspace_id, revoked_at FROM city_keys WHERE fingerprint = :f"),
                                 {"f": fp}).first()
            if owner is not None and owner.workspace_id != workspace_id:
                raise UserError("The key %(fp)s already publishes for another workspace (%(other)s); one key "
                                "belongs to one city.", fp=fp, other=owner.workspace_id)
            if owner is None:
                conn.execute(text("INSERT INTO city_keys (fingerprint, workspace_id, added_at) VALUES (:f, :w, :t)"),
                             {"f": fp, "w": workspace_id, "t": _now()})
                return True
            if owner.revoked_at is not None:
                raise UserError("The key %(fp)s was revoked; a revoked key is not enrolled again — ask the "
                                "city for its new key.", fp=fp)
            return False

    def revoke(self, workspace_id: str, fingerprint: str | None) -> int:
        """Revoke one key of a workspace (or, without a fingerprint, all of them); how many."""
        with self.engine.begin() as conn:
            if conn.execute(text("SELECT 1 FROM cities WHERE workspace_id = :w"), {"w": workspace_id}).first() is None:
                raise UserError("No city is enrolled with the workspace %(ws)s.", ws=workspace_id)
            where = "workspace_id = :w AND revoked_at IS NULL"
            args: dict[str, Any] = {"w": workspace_id, "t": _now()}
            if fingerprint:
                where += " AND fingerprint = :f"
                args["f"] = normalise_fingerprint(fingerprint)
            n = conn.execute(text(f"UPDATE city_keys SET revoked_at = :t WHERE {where}"), args).rowcount
        if fingerprint and n == 0:
            raise UserError("The workspace %(ws)s has no active key %(fp)s.", ws=workspace_id, fp=args["f"])
        return n

    def cities(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT c.workspace_id, c.city, c.enrolled_at, "
                "array_remove(array_agg(k.fingerprint ORDER BY k.added_at) FILTER (WHERE k.revoked_at IS NULL), NULL) "
                "FROM cities c LEFT JOIN city_keys k ON k.workspace_id = c.workspace_id "
                "GROUP BY c.workspace_id ORDER BY c.city")).all()
        return [{"workspace": w, "city": c, "enrolled": t.isoformat(), "keys": list(keys or [])} for w, c, t, keys in rows]

    def key_owner(self, fingerprint: str) -> str | None:
        """The workspace an active key publishes for, or None."""
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT workspace_id FROM city_keys WHERE fingerprint = :f AND revoked_at IS NULL"),
                                {"f": fingerprint}).scalar()

    # --- ingest ----------------------------------------------------------------------------------

    def ingest(self, path: Path | str) -> IngestResult:
        """Take in one city publication file (a refusal is in the result; the hub unchanged by it)."""
        return ingest_file(self.engine, self.home, Path(path))

    def digest(self, workspace_id: str, path: Path | str, *, full: bool = False,
               limits: Limits = DEFAULT_LIMITS) -> DigestResult:
        """The hub-signed digest for a city of what other cities changed since its last one (as
        several files when it is larger than one may be: `DigestResult.parts`)."""
        return make_digest(self.engine, self.home, self.keys(), self.hub_id(), self.name(), workspace_id,
                           Path(path), full=full, limits=limits)

    # --- reading back ----------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        from .audit import stats

        return stats(self.engine, self.home)

    def check(self) -> list[str]:
        from .audit import check

        return check(self.engine, self.home)

    # --- search ----------------------------------------------------------------------------------

    def search(self, query: str, *, city: str | None = None, type_: str | None = None, limit: int = 50) -> list[Hit]:
        """Published records (not withdrawn) with every word of the query, best first.

        A record matches when every word is in one of its search parts (nearly every record has
        one part: a part holds 16,000 words). Ranking reads at most `CANDIDATES` matching parts, so
        a word found in half the network costs as little as a rare one: for such a word the hits
        are the best of the first matches, not of all of them."""
        terms = term_queries(query)
        if not terms or "\x00" in f"{city or ''}{type_ or ''}":  # (no city or type is named with a NUL)
            return []
        args: dict[str, Any] = {f"q{i}": t for i, t in enumerate(terms)}
        args.update(limit=limit, cap=CANDIDATES)
        every_word = " && ".join(f"CAST(:q{i} AS tsquery)" for i in range(len(terms)))
        any_word = " || ".join(f"CAST(:q{i} AS tsquery)" for i in range(len(terms)))
        in_some_part = " AND ".join(f"bool_or(s.doc @@ CAST(:q{i} AS tsquery))" for i in range(len(terms)))
        filters = ""
        if city:
            filters += " AND s.workspace_id IN (SELECT workspace_id FROM cities WHERE lower(city) = lower(:city))"
            args["city"] = city
        if type_:
            filters += (" AND EXISTS (SELECT 1 FROM publications t WHERE t.workspace_id = s.workspace_id "
                        "AND t.rec = s.rec AND t.type = :type)")
            args["type"] = type_
        sql = (
            # MATERIALIZED: planned for all its rows, not for the first `cap` of them. Under the LIMIT
            # the planner took a sequential scan of every part (it prices @@ as nearly free and expects
            # the cap to be reached early), though a word of one record in a hundred never reaches it:
            # 55 ms at 100,000 publications where the GIN index takes 2 ms. Rows are still read only
            # as the LIMIT asks for them.
            f"WITH hit AS MATERIALIZED (SELECT s.workspace_id, s.rec, ts_rank(s.doc, {every_word}) AS score"
            f"  FROM search_parts s WHERE s.doc @@ ({every_word}){filters}),"
            " m AS ("
            "  (SELECT workspace_id, rec, score FROM hit LIMIT :cap)"
            "  UNION ALL"  # long records: each word in some part, not all in one
            f"  (SELECT s.workspace_id, s.rec, sum(ts_rank(s.doc, {any_word})) FROM search_parts s"
            "   WHERE (s.workspace_id, s.rec) IN (SELECT workspace_id, rec FROM search_parts WHERE part > 0)"
            f"   AND s.doc @@ ({any_word}){filters} GROUP BY s.workspace_id, s.rec HAVING {in_some_part} LIMIT :cap)"
            # the best `limit` first, then their cities: joined before the LIMIT, the planner (expecting
            # one row) read the whole cities table once per candidate, 30 ms at 1,000,000 publications
            "), best AS (SELECT p.workspace_id, p.rec, p.type, p.title, p.published_ms, b.score FROM "
            "(SELECT workspace_id, rec, max(score) AS score FROM m GROUP BY workspace_id, rec) b "
            "JOIN publications p ON p.workspace_id = b.workspace_id AND p.rec = b.rec "
            "WHERE NOT p.withdrawn ORDER BY b.score DESC, p.title, p.rec LIMIT :limit) "
            "SELECT t.workspace_id, c.city, t.rec, t.type, t.title, t.published_ms FROM best t "
            "JOIN cities c ON c.workspace_id = t.workspace_id ORDER BY t.score DESC, t.title, t.rec"
        )
        with self.engine.connect() as conn:
            rows = conn.execute(text(sql), args).all()
        return [Hit(*row) for row in rows]
