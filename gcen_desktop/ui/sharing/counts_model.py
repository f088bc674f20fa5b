"""ImportCountsModel: per record type, how many records a bundle brings new, updated, … deleted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ..forms.values import type_name

CATEGORIES = ("new", "updated", "unchanged", "conflicting", "deleted")
TypeRole = Qt.ItemDataRole.UserRole + 1
NEWER = ""  # the row of records a newer version made (no type of this version has this name)


def _headers() -> tuple[str, ...]:
    return (QCoreApplication.translate("ImportCountsModel", "Records"), QCoreApplication.translate("ImportCountsModel", "New"), QCoreApplication.translate("ImportCountsModel", "Updated"),
            QCoreApplication.translate("ImportCountsModel", "Unchanged"), QCoreApplication.translate("ImportCountsModel", "Conflicting"),
            QCoreApplication.translate("ImportCountsModel", "Deleted"))


def _rows_of(counts: dict[str, dict[str, int]], kept_for_newer: int) -> list[tuple[str, dict[str, int]]]:
    """A row per record type with something to count, by name; links, tags and statuses on one row."""
    hidden = {"link", "reading_status", "workspace"}
    rows = [(t, dict(c)) for t, c in counts.items() if t not in hidden and any(c.values())]
    rows = sorted(rows, key=lambda r: type_name(r[0]).casefold())
    links = _links_row(counts)
    if links is not None:
        rows.append(links)
    if kept_for_newer:
        rows.append((NEWER, dict(dict.fromkeys(CATEGORIES, 0), new=kept_for_newer)))
    return rows


def _links_row(counts: dict[str, dict[str, int]]) -> tuple[str, dict[str, int]] | None:
    links = [c for t, c in counts.items() if t in ("link", "reading_status")]
    if not any(any(c.values()) for c in links):
        return None
    return "link", {k: sum(c.get(k, 0) for c in links) for k in CATEGORIES}


def _row_name(type_: str) -> str:
    if type_ == "link":
        return QCoreApplication.translate("ImportCountsModel", "Links, tags and statuses")
    if type_ == NEWER:
        return QCoreApplication.translate("ImportCountsModel", "Kept for a newer version")
    return type_name(type_)


class ImportCountsModel(QAbstractTableModel):
    def __init__(self, counts: dict[str, dict[str, int]] | None = None, parent: Any = None, *,
                 kept_for_newer: int = 0) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, dict[str, int]]] = []
        self.set_counts(counts or {}, kept_for_newer=kept_for_newer)

    def set_counts(self, counts: dict[str, dict[str, int]], *, kept_for_newer: int = 0) -> None:
        """`kept_for_newer`: records of types a newer version made (kept and passed on, shown after an
        update), on a row of their own, counted as new and left out of the totals."""
        self.beginResetModel()
        self.rows = _rows_of(counts, kept_for_newer)
        self.endResetModel()

    def total(self, category: str) -> int:
        return sum(c.get(category, 0) for t, c in self.rows if t != NEWER)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(CATEGORIES)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section <= len(CATEGORIES):
            return _headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        type_, counts = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return _row_name(type_)
            n = counts.get(CATEGORIES[index.column() - 1], 0)
            return str(n) if n else "·"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == TypeRole:
            return type_
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names[TypeRole] = QByteArray(b"recordType")
        return names
