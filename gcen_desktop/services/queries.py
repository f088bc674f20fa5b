"""Read-side use cases: lists with filters, search, dashboard, conflicts, trash — all sorted in SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..domain.errors import ValidationError
from ..domain.schema import TYPES, record_type
from ..domain.views import RecordView, Snippet
from ..store.snippets import find_hits

if TYPE_CHECKING:
    from ..store.store import Store

SORTABLE = {"title", "updated", "created", "due", "status", "kind", "position"}
# What the Conflicts screen lists. Concurrent moves (a `position` field) resolve to the shown
# order and are not flagged (SYNC.md); the workspace record itself is not listed.
_FIELD_CONFLICT = ("(r.conflicts IS NOT NULL AND EXISTS (SELECT 1 FROM json_each(r.conflicts) j "
                   "WHERE j.key != 'position'))")
_OPEN_CONFLICT = f"r.deleted=0 AND r.type != 'workspace' AND (r.del_conflict=1 OR r.own_deleted=1 OR {_FIELD_CONFLICT})"
_TO_SETTLE = (f"r.deleted=0 AND r.type != 'workspace' AND (r.del_conflict=1 OR r.own_deleted=1 "
              f"OR r.merged IS NOT NULL OR {_FIELD_CONFLICT})")


def title_hits(title: str, query: str) -> tuple[tuple[int, int], ...]:
    """Where a search's words are in a title shown above its excerpt, marked as excerpts mark them."""
    return find_hits(title, query)


@dataclass
class Filters:
    """Filters a list or a search can take; every one is optional."""

    types: tuple[str, ...] = ()
    working_group: str | None = None
    symposium: str | None = None
    tag: str | None = None
    status: str | None = None
    city: str | None = None
    member: str | None = None
    parent: str | None = None
    kind: str | None = None
    text: str | None = None  # plain substring over the title, for list filter boxes

    def where(self) -> tuple[str, tuple[Any, ...]]:
        parts, args = [], []
        if self.types:
            names = [record_type(t).name for t in self.types]
            parts.append(f"r.type IN ({','.join('?' * len(names))})")
            args.extend(names)
        for column in ("working_group", "symposium", "status", "city", "member", "parent", "kind"):
            value = getattr(self, column)
            if value:
                parts.append(f"r.{column} = ?")
                args.append(value)
        if self.tag:
            parts.append(
                "EXISTS (SELECT 1 FROM records l WHERE l.type='link' AND l.kind='tag' "
                "AND l.parent=r.id AND l.deleted=0 AND l.title = ? COLLATE NOCASE)"
            )
            args.append(self.tag)
        if self.text:
            parts.append("r.title LIKE ? ESCAPE '\\'")
            args.append("%" + self.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        return (" AND ".join(parts) or "1"), tuple(args)


class Queries:
    store: Store

    # --- single records and lists ---------------------------------------------------------------

    def get(self, rec: str) -> RecordView:
        return self.store.get(rec)

    def find(self, rec: str) -> RecordView | None:
        return self.store.find(rec)

    def list(self, type_name: str, filters: Filters | None = None, *, order: str = "title",
             descending: bool = False, limit: int | None = None, offset: int = 0,
             include_deleted: bool = False) -> list[RecordView]:
        spec = record_type(type_name)
        filters = filters or Filters()
        where, args = filters.where()
        if order not in SORTABLE:
            raise ValidationError("Cannot sort by '%(order)s'.", order=order)
        direction = "DESC" if descending else "ASC"
        deleted = "" if include_deleted else " AND r.deleted = 0"
        # Fractional-index positions are case-sensitive keys ("Zz" < "a0"): never fold their case.
        collate = "" if order == "position" else " COLLATE NOCASE"
        return self.store.query(
            f"r.type = ?{deleted} AND {where}",
            (spec.name, *args),
            order=f"r.{order} IS NULL, r.{order}{collate} {direction}, r.id",
            limit=limit,
            offset=offset,
        )

    def count(self, type_name: str, filters: Filters | None = None) -> int:
        where, args = (filters or Filters()).where()
        return self.store.count(f"r.type = ? AND r.deleted = 0 AND {where}", (record_type(type_name).name, *args))

    def children(self, parent: str, type_name: str) -> list[RecordView]:
        return self.store.query(
            "r.parent = ? AND r.type = ? AND r.deleted = 0",
            (parent, record_type(type_name).name),
            order="r.position IS NULL, r.position, r.created, r.id",
        )

    def children_shown(self, parent: str, type_name: str
                       ) -> tuple[list[RecordView], dict[str, dict[str, list[list[Any]]]]]:
        """`children`, with the heads of their fields (see `Store.query_shown`)."""
        return self.store.query_shown(
            "r.parent = ? AND r.type = ? AND r.deleted = 0",
            (parent, record_type(type_name).name),
            order="r.position IS NULL, r.position, r.created, r.id",
        )

    def actions_shown(self, plan: str, status: str
                      ) -> tuple[list[RecordView], dict[str, dict[str, list[list[Any]]]]]:
        """The live actions with a status under a plan's live goals, by position, with the heads of
        their fields (see `Store.query_shown`)."""
        return self.store.query_shown(
            "r.type='action' AND r.deleted=0 AND r.status=? AND r.parent IN "
            "(SELECT g.id FROM records g WHERE g.type='goal' AND g.parent=? AND g.deleted=0)",
            (status, plan),
            order="r.position, r.id",
        )

    def links_from(self, rec: str, kind: str) -> list[RecordView]:
        """Link records of a kind whose `a` is this record (the `b` side is in data['b'])."""
        return self.store.query(
            "r.type='link' AND r.kind=? AND r.parent=? AND r.deleted=0", (kind, rec), order="r.title"
        )

    def linked(self, rec: str, kind: str) -> list[RecordView]:
        """The live records a record links to with links of a kind."""
        return self.store.query(
            "r.deleted=0 AND r.id IN (SELECT l.title FROM records l WHERE l.type='link' AND l.kind=? "
            "AND l.parent=? AND l.deleted=0)",
            (kind, rec),
            order="r.title COLLATE NOCASE",
        )

    def backlinks(self, rec: str, kind: str | None = None) -> list[RecordView]:
        """Records that link to this one (e.g. plans that use a note as evidence)."""
        cond = "AND l.kind=?" if kind else ""
        args: tuple = (rec, kind) if kind else (rec,)
        return self.store.query(
            f"r.deleted=0 AND r.id IN (SELECT l.parent FROM records l WHERE l.type='link' "
            f"AND l.title=? AND l.deleted=0 {cond})",
            args,
            order="r.title COLLATE NOCASE",
        )

    def tags_of(self, rec: str) -> list[str]:
        with self.store.read() as conn:
            return self._tags(conn, rec)

    def _tags(self, conn: Any, rec: str) -> list[str]:
        return [
            t for (t,) in conn.exec_driver_sql(
                "SELECT title FROM records WHERE type='link' AND kind='tag' AND parent=? AND deleted=0 "
                "ORDER BY title COLLATE NOCASE",
                (rec,),
            )
        ]

    def all_tags(self) -> list[tuple[str, int]]:
        with self.store.read() as conn:
            return conn.exec_driver_sql(
                "SELECT title, COUNT(*) FROM records WHERE type='link' AND kind='tag' AND deleted=0 "
                "GROUP BY title COLLATE NOCASE ORDER BY title COLLATE NOCASE"
            ).all()

    def reading_statuses(self, reading: str) -> dict[str, str]:
        """Per member id, that member's status of a reading."""
        rows = self.store.query("r.type='reading_status' AND r.parent=? AND r.deleted=0", (reading,))
        return {r.data["member"]: r.data["status"] for r in rows}

    def statuses_by(self, member: str) -> dict[str, str]:
        """Per reading id, a member's status of it (readings the member gave none are left out)."""
        with self.store.read() as conn:
            return dict(conn.exec_driver_sql(
                "SELECT parent, status FROM records WHERE type='reading_status' AND member=? AND deleted=0",
                (member,),
            ).all())

    def reading_years(self) -> list[Any]:
        """The years of the live readings, newest first."""
        with self.store.read() as conn:
            return [y for (y,) in conn.exec_driver_sql(
                "SELECT DISTINCT json_extract(data,'$.year') AS y FROM records WHERE type='reading_item' "
                "AND deleted=0 AND y IS NOT NULL ORDER BY y DESC")]

    def find_by_label(self, type_name: str, label: str) -> RecordView | None:
        rows = self.store.query(
            "r.type=? AND r.deleted=0 AND r.title = ? COLLATE NOCASE", (record_type(type_name).name, label), limit=2
        )
        return rows[0] if len(rows) == 1 else None

    def duplicates_of_reading(self, title: str = "", doi: str = "", url: str = "") -> list[RecordView]:
        """Readings that look like the same work (same DOI, URL or title)."""
        conds, args = [], []
        if doi:
            conds.append("lower(json_extract(r.data,'$.doi')) = lower(?)")
            args.append(doi.strip())
        if url:
            conds.append("json_extract(r.data,'$.url') = ?")
            args.append(url.strip())
        if title:
            conds.append("r.title = ? COLLATE NOCASE")
            args.append(" ".join(title.split()))
        if not conds:
            return []
        return self.store.query(f"r.type='reading_item' AND r.deleted=0 AND ({' OR '.join(conds)})", tuple(args))

    # --- search ---------------------------------------------------------------------------------

    def search(self, query: str, filters: Filters | None = None, limit: int = 50) -> list[tuple[RecordView, Snippet]]:
        filters = filters or Filters()
        where, args = filters.where()  # only searchable types are ever in the index
        return self.store.search(query, where, args, limit=limit)

    def indexing_backlog(self) -> int:
        return self.store.indexing_backlog()

    # --- dashboard --------------------------------------------------------------------------------

    def overdue_actions(self, today: str | None = None) -> list[RecordView]:
        today = today or dt.date.today().isoformat()
        return self.store.query(
            "r.type='action' AND r.deleted=0 AND r.status != 'done' AND r.due IS NOT NULL AND r.due < ?",
            (today,),
            order="r.due, r.title",
        )

    def actions_due_within(self, days: int = 7, today: str | None = None) -> list[RecordView]:
        start = dt.date.fromisoformat(today) if today else dt.date.today()
        # The week after 9999-12-25 ends with the calendar, not with an OverflowError.
        end = (start + dt.timedelta(days=min(days, (dt.date.max - start).days))).isoformat()
        return self.store.query(
            "r.type='action' AND r.deleted=0 AND r.status != 'done' AND r.due >= ? AND r.due <= ?",
            (start.isoformat(), end),
            order="r.due, r.title",
        )

    def readings_assigned_to(self, member: str | None = None) -> list[RecordView]:
        member = member or getattr(self, "me", None)
        if not member:
            return []
        return self.store.query(
            "r.type='reading_item' AND r.deleted=0 AND json_extract(r.data,'$.assigned_to') = ? "
            "AND NOT EXISTS (SELECT 1 FROM records s WHERE s.type='reading_status' AND s.parent=r.id "
            "AND s.member=? AND s.deleted=0 AND s.status IN ('read','discussed'))",
            (member, member),
            order="r.title COLLATE NOCASE",
        )

    def next_symposium(self, today: str | None = None) -> tuple[RecordView, int, int] | None:
        """The next (or current) symposium with its prep checklist progress: (record, done, total)."""
        today = today or dt.date.today().isoformat()
        rows = self.store.query(
            "r.type='symposium' AND r.deleted=0 AND COALESCE(json_extract(r.data,'$.end'), r.due) >= ?",
            (today,),
            order="r.due, r.title",
            limit=1,
        )
        if not rows:
            return None
        sym = rows[0]
        items = self.children(sym.id, "checklist_item")
        return sym, sum(1 for i in items if i.data.get("done")), len(items)

    def recent_changes(self, limit: int = 20) -> list[RecordView]:
        return self.store.query(
            "r.type NOT IN ('link','reading_status','workspace') AND r.deleted=0", order="r.updated DESC", limit=limit
        )

    def recent_changes_of(self, types: tuple[str, ...], limit: int) -> list[RecordView]:
        """The most recently changed live records of some types, newest first.

        One small query per type, each walking the (type, deleted, updated) index backwards, so it
        stays instant on 100k records (one query over all types must sort the whole table).
        """
        views: list[RecordView] = []
        for kind in types:
            views.extend(self.store.query("r.type = ? AND r.deleted = 0", (kind,),
                                          order="r.updated DESC", limit=limit))
        views.sort(key=lambda v: v.updated, reverse=True)
        return views[:limit]

    def plan_progress(self, plan: str) -> list[tuple[RecordView, int, int]]:
        """Per goal of a plan: (goal, actions done, actions in all)."""
        out = []
        for goal in self.children(plan, "goal"):
            actions = self.children(goal.id, "action")
            out.append((goal, sum(1 for a in actions if a.data.get("status") == "done"), len(actions)))
        return out

    # --- conflicts and trash ------------------------------------------------------------------

    def conflicts(self) -> list[RecordView]:
        return self.store.query(
            "r.deleted=0 AND (r.conflicts IS NOT NULL OR r.del_conflict=1 OR r.own_deleted=1 OR r.merged IS NOT NULL)",
            order="r.updated DESC",
        )

    def conflict_count(self) -> int:
        return self.store.count("r.deleted=0 AND (r.conflicts IS NOT NULL OR r.del_conflict=1 OR r.own_deleted=1)")

    def conflicts_to_settle(self, limit: int) -> list[RecordView]:
        """What the Conflicts screen lists, newest first: records kept or deleted on one side only,
        fields with competing values (moves aside) and text merged on its own."""
        return self.store.query(_TO_SETTLE, order="r.updated DESC, r.id", limit=limit)

    def open_conflict_count(self) -> int:
        """The conflicts that need a decision (text merged on its own does not)."""
        return self.store.count(_OPEN_CONFLICT)

    def field_versions(self, rec: str, field: str) -> list[dict[str, Any]]:
        """The competing versions of a field, newest first, with who wrote them and when."""
        return self.store.field_heads(rec, field)

    def deleted_by(self, rec: str) -> list[str]:
        """The replica ids of the stores whose deletion of a record is in force, sorted."""
        with self.store.read() as conn:
            return sorted({r for (r,) in conn.exec_driver_sql(
                "SELECT replica FROM deletions WHERE rec=?", (rec,))})

    def trash(self, limit: int | None = None) -> list[RecordView]:
        return self.store.query(
            "r.deleted=1 AND r.type NOT IN ('link','reading_status') AND NOT EXISTS ("
            "SELECT 1 FROM records p WHERE p.id = r.parent AND p.deleted = 1)",
            order="r.updated DESC",
            limit=limit,
        )

    def label(self, rec: str | None) -> str:
        if not rec:
            return ""
        view = self.store.find(rec)
        return view.title if view else ""

    def display_name(self, view: RecordView) -> str:
        return view.title or TYPES[view.type].cli_name or view.type
