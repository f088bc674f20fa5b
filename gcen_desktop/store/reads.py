"""Reading the projection: records by id, queries, field versions, search."""

from __future__ import annotations

from typing import Any

import orjson
from sqlalchemy import Connection

from ..domain.errors import NotFound
from ..domain.schema import TYPES
from ..domain.views import ROW_COLUMNS, RecordView, Snippet
from .search_rows import drain_fts_queue
from .search_text import fts_query
from .snippets import make_snippet


class Reads:
    """The Store's reads of the projection (a part of `Store`)."""

    def get(self, rec: str, conn: Connection | None = None) -> RecordView:
        view = self.find(rec, conn)
        if view is None:
            raise NotFound("No record has the id '%(id)s'; 'gcen list TYPE' shows the ids.", id=rec)
        return view

    def find(self, rec: str, conn: Connection | None = None) -> RecordView | None:
        if conn is None:
            with self.read() as c:
                return self.find(rec, c)
        row = conn.exec_driver_sql(f"SELECT {ROW_COLUMNS} FROM records WHERE id=?", (rec,)).first()
        return RecordView.from_row(row) if row else None

    def query(self, sql_where: str = "1", args: tuple = (), order: str = "updated DESC",
              limit: int | None = None, offset: int = 0) -> list[RecordView]:
        sql = f"SELECT {ROW_COLUMNS} FROM records r WHERE {sql_where} ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        with self.read() as conn:
            return [RecordView.from_row(r) for r in conn.exec_driver_sql(sql, args)]

    def query_shown(self, sql_where: str = "1", args: tuple = (), order: str = "updated DESC"
                    ) -> tuple[list[RecordView], dict[str, dict[str, list[list[Any]]]]]:
        """`query`, with per record the heads of each field (as `versions` gives them): what a
        list that edits in place shows and later names when it saves. The heads are read first:
        should a write land in between, an edit names older heads than it shows, which makes it a
        conflict, never an overwrite."""
        heads: dict[str, dict[str, list[list[Any]]]] = {}
        with self.read() as conn:
            for rec, f, r, s, hlc in conn.exec_driver_sql(
                "SELECT rec, field, replica, seq, hlc FROM heads WHERE rec IN "
                f"(SELECT r.id FROM records r WHERE {sql_where}) ORDER BY rec, field, replica, seq", args
            ):
                heads.setdefault(rec, {}).setdefault(f, []).append([r, s, hlc])
            sql = f"SELECT {ROW_COLUMNS} FROM records r WHERE {sql_where} ORDER BY {order}"
            views = [RecordView.from_row(row) for row in conn.exec_driver_sql(sql, args)]
        return views, heads

    def count(self, sql_where: str = "1", args: tuple = ()) -> int:
        with self.read() as conn:
            return conn.exec_driver_sql(f"SELECT COUNT(*) FROM records r WHERE {sql_where}", args).scalar_one()

    def field_heads(self, rec: str, f: str) -> list[dict[str, Any]]:
        """The competing versions of a field, newest first, with who wrote them and when."""
        with self.read() as conn:
            rows = conn.exec_driver_sql(
                "SELECT h.replica, h.seq, h.hlc, e.body FROM heads h JOIN events e "
                "ON e.replica = h.replica AND e.seq = h.seq WHERE h.rec=? AND h.field=? "
                "ORDER BY h.hlc DESC, h.replica DESC, h.seq DESC",
                (rec, f),
            ).all()
        return [
            {"dot": [r, s], "hlc": h, "value": orjson.loads(body)["fields"].get(f)} for r, s, h, body in rows
        ]

    def search(self, query: str, where: str = "1", args: tuple = (), limit: int = 50):
        """Full-text search; returns (record, snippet) pairs, best first.

        Deleted records are never in the index. Without filters, the ranking runs on the index
        alone and only the best rows are joined (SQLite would otherwise join and build snippets
        for every match before sorting); snippets are cut in Python for those rows only.
        """
        match = fts_query(query)
        if match is None:
            return []
        cols = ", ".join("r." + c.strip() for c in ROW_COLUMNS.split(","))
        if where in ("1", ""):
            sql = (
                "WITH top AS (SELECT rowid AS rid, bm25(search, 5.0, 1.0) AS score FROM search "
                f"WHERE search MATCH ? ORDER BY score LIMIT {int(limit)}) "
                f"SELECT {cols} FROM top JOIN records r ON r.rid = top.rid ORDER BY top.score"
            )
            params: tuple = (match,)
        else:
            sql = (
                f"SELECT {cols} FROM search JOIN records r ON r.rid = search.rowid "
                f"WHERE search MATCH ? AND r.deleted = 0 AND ({where}) "
                f"ORDER BY bm25(search, 5.0, 1.0) LIMIT {int(limit)}"
            )
            params = (match, *args)
        with self.read() as conn:
            rows = conn.exec_driver_sql(sql, params).all()
        out = []
        for row in rows:
            view = RecordView.from_row(row)
            out.append((view, _snippet_of(view, query)))
        return out

    def indexing_backlog(self) -> int:
        with self.read() as conn:
            return conn.exec_driver_sql("SELECT COUNT(*) FROM fts_queue").scalar_one()

    def index_some(self, limit: int = 5000) -> int:
        with self.write() as conn:
            return drain_fts_queue(conn, limit)


def _snippet_of(view: RecordView, query: str) -> Snippet:
    """An excerpt of the record's searchable text around the first matching word; the start of its
    text when only the title matched (the title is shown above it)."""
    spec = TYPES.get(view.type)
    fields = spec.searchable if spec else ()
    first: Snippet | None = None
    for name in fields:
        text = view.data.get(name)
        if isinstance(text, str) and text:
            f = spec.by_name.get(name) if spec else None
            snippet = make_snippet(text, query, markdown=f is not None and f.kind == "text")
            if snippet.hits:
                return snippet
            first = first or snippet
    return first or Snippet("")
