"""The reads behind a windowed table of records: the ordered row ids of a filtered, sorted list,
then its rows a page at a time (see ui/models/record_table.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..domain.schema import TYPES
from ..domain.views import ROW_COLUMNS
from .queries import Filters

if TYPE_CHECKING:
    from .workspace import Workspace

# An extra condition on a listed record `r` and its arguments, made by the functions below.
Condition = tuple[str, tuple[Any, ...]]

# Columns the projection promotes: sorting by them needs no JSON extraction.
_PROMOTED = {"title", "updated", "created", "due", "status", "kind", "position", "working_group",
             "symposium", "city", "member", "parent"}
_COLUMNS = ", ".join("r." + c.strip() for c in ROW_COLUMNS.split(","))
ROW_WIDTH = len(ROW_COLUMNS.split(","))  # values of a row after its rid (what RecordView.from_row takes)


def sort_expression(type_name: str, key: str) -> str:
    """The SQL that orders rows by a column (validated against the schema, never user text)."""
    spec = TYPES[type_name]
    if key == spec.label or key == "title":
        return "r.title COLLATE NOCASE"
    if key in _PROMOTED:
        return f"r.{key} COLLATE NOCASE"
    field = spec.field(key)
    if field.kind in ("int", "bool"):
        return f"json_extract(r.data, '$.{field.name}')"
    return f"json_extract(r.data, '$.{field.name}') COLLATE NOCASE"


def reading_year_is(year: int) -> Condition:
    """Readings of a year."""
    return "json_extract(r.data,'$.year') = ?", (year,)


def my_reading_status_is(member: str, status: str) -> Condition:
    """Readings a member gave a status; for 'to_read', also those the member gave none yet."""
    has = ("EXISTS (SELECT 1 FROM records s WHERE s.type='reading_status' AND s.parent=r.id "
           "AND s.member=? AND s.deleted=0 AND s.status=?)")
    if status == "to_read":  # no status yet counts as 'to read'
        return (f"{has} OR NOT EXISTS (SELECT 1 FROM records s WHERE s.type='reading_status' "
                "AND s.parent=r.id AND s.member=? AND s.deleted=0)", (member, status, member))
    return has, (member, status)


class RecordPages:
    """The live records of one type a table lists; `shown` names the fields its columns show."""

    def __init__(self, ws: Workspace, type_name: str, shown: set[str]) -> None:
        self.ws = ws
        self.type_name = type_name
        # Rows leave out long text (note bodies, abstracts) unless a column shows it: a list
        # never needs it, and parsing it is most of the cost of reading a page.
        long_text = [f.name for f in TYPES[type_name].fields if f.kind == "text" and f.name not in shown]
        data_sql = "r.data"
        if long_text:
            data_sql = "json_remove(r.data, " + ", ".join(f"'$.{name}'" for name in long_text) + ")"
        self._columns_sql = _COLUMNS.replace("r.data", data_sql, 1)

    def _where(self, filters: Filters, extra: list[Condition]) -> tuple[str, tuple[Any, ...]]:
        where, args = filters.where()
        parts, all_args = ["r.type = ?", "r.deleted = 0", where], [self.type_name, *args]
        for sql, extra_args in extra:
            parts.append(f"({sql})")
            all_args.extend(extra_args)
        return " AND ".join(parts), tuple(all_args)

    def _order_sql(self, order: str, descending: bool) -> str:
        direction = "DESC" if descending else "ASC"
        if order in ("updated", "created"):
            # Never NULL, compared as stored: the (type, deleted, updated) index gives this order
            # without sorting (the index ends in the rowid, our tie-breaker).
            return f"r.{order} {direction}, r.rid {direction}"
        expr = sort_expression(self.type_name, order)
        column = expr.split(" COLLATE")[0]
        return f"{column} IS NULL, {expr} {direction}, r.rid"

    def row_ids(self, filters: Filters, extra: list[Condition], order: str, descending: bool) -> list[int]:
        """The rids of the listed records, in the table's order."""
        where, args = self._where(filters, extra)
        sql = f"SELECT r.rid FROM records r WHERE {where} ORDER BY {self._order_sql(order, descending)}"
        with self.ws.store.read() as conn:
            # The driver's own cursor: building 100k one-column rows through the ORM layer costs
            # more than the query itself.
            raw = conn.connection.driver_connection
            return [rid for (rid,) in raw.execute(sql, args).fetchall()]

    def rows(self, rids: list[int]) -> dict[int, tuple[Any, ...]]:
        """Per rid still there, its row: the rid, then `ROW_WIDTH` values in ROW_COLUMNS order."""
        if not rids:
            return {}
        sql = (f"SELECT r.rid, {self._columns_sql} FROM records r "
               f"WHERE r.rid IN ({','.join('?' * len(rids))})")
        with self.ws.store.read() as conn:
            # The driver's own cursor, as for the ids: a page is read while a frame is painted.
            raw = conn.connection.driver_connection
            return {row[0]: row for row in raw.execute(sql, rids).fetchall()}

    def rid_of(self, rec_id: str) -> int | None:
        """The rid of a record, or None."""
        with self.ws.store.read() as conn:
            found = conn.exec_driver_sql("SELECT rid FROM records WHERE id=?", (rec_id,)).first()
        return found[0] if found else None
