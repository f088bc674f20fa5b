"""The main window's sidebar: one row per section, with its icon and a count badge."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from . import theme

if TYPE_CHECKING:
    from .main_window import MainWindow

KeyRole = Qt.ItemDataRole.UserRole + 1
BadgeRole = Qt.ItemDataRole.UserRole + 2


def placeholder_sections() -> list[tuple[str, str]]:
    """The sidebar shown for the moment the workspace takes to open (same keys as SECTION_SPECS)."""
    t = QCoreApplication.translate
    return [
        ("home", t("MainWindow", "Home")), ("notes", t("MainWindow", "Notes")),
        ("readings", t("MainWindow", "Readings")), ("practices", t("MainWindow", "Practices")),
        ("plans", t("MainWindow", "Action plans")), ("groups", t("MainWindow", "Working groups")),
        ("symposia", t("MainWindow", "Symposia")), ("people", t("MainWindow", "People & cities")),
        ("sync", t("MainWindow", "Sync")), ("conflicts", t("MainWindow", "Conflicts")),
        ("trash", t("MainWindow", "Trash")),
    ]


class SidebarModel(QAbstractListModel):
    """One row per section: its title, icon and badge count."""

    def __init__(self, window: MainWindow, parent: Any = None) -> None:
        super().__init__(parent)
        self.main = window
        self._badges: dict[str, int] = {}

    def _entries(self) -> list[tuple[str, str, str]]:
        """(key, title, icon) per row: the real sections once attached, the usual list before."""
        if self.main.section_types:
            return [(c.key, c.title(), c.icon_name or c.key) for c in self.main.section_types]
        return [(key, title, key) for key, title in placeholder_sections()]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries())

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entries = self._entries()
        if not index.isValid() or not 0 <= index.row() < len(entries):
            return None
        key, title, icon_name = entries[index.row()]
        badge = self._badges.get(key, 0)
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{title} ({badge})" if badge else title
        if role == Qt.ItemDataRole.DecorationRole:
            return theme.icon(icon_name)
        if role == KeyRole:
            return key
        if role == BadgeRole:
            return badge
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names[KeyRole] = QByteArray(b"key")
        names[BadgeRole] = QByteArray(b"badge")
        return names

    def refresh_badges(self) -> None:
        for row, cls in enumerate(self.main.section_types):
            section = self.main.built(cls.key)
            badge = section.badge() if section is not None else 0
            if badge != self._badges.get(cls.key, 0):
                self._badges[cls.key] = badge
                index = self.index(row)
                self.dataChanged.emit(index, index, [BadgeRole, Qt.ItemDataRole.AccessibleTextRole])

    def refresh_look(self) -> None:
        rows = self.rowCount()
        if rows:
            self.dataChanged.emit(self.index(0), self.index(rows - 1))


class SidebarDelegate(QStyledItemDelegate):
    """Draws the item as usual, then a rounded count badge on the right."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return QSize(option.fontMetrics.horizontalAdvance(text) + 90, max(option.fontMetrics.height() + 18, 36))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        badge = index.data(BadgeRole)
        if not badge:
            return
        colors = theme.current()
        text = str(badge) if badge < 1000 else "999+"
        metrics = option.fontMetrics
        width = max(20, metrics.horizontalAdvance(text) + 12)
        rect = QRect(option.rect.right() - width - 10, option.rect.center().y() - 10, width, 20)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colors.danger if index.data(KeyRole) == "conflicts" else colors.accent))
        painter.drawRoundedRect(rect, 10, 10)
        painter.setPen(QColor("#ffffff" if colors.name == "light" else colors.window))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
