"""GoalListModel: the goals of a plan in order, each with how many of its actions are done."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...domain.views import RecordView
from ...services.changes import ChangeSet
from .. import theme
from ..commands import EditRecordCommand, MoveRecordCommand
from ..context import AppContext
from ..safe_text import plain_tooltip
from .action_model import ACTION_MIME, decode_ids

IdRole = Qt.ItemDataRole.UserRole + 1
RecordRole = Qt.ItemDataRole.UserRole + 2
DoneRole = Qt.ItemDataRole.UserRole + 3
TotalRole = Qt.ItemDataRole.UserRole + 4


class GoalListModel(QAbstractListModel):
    """Goals of the plan set with `set_plan`, with progress (actions done / all actions)."""

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan_id: str | None = None
        self.rows: list[tuple[RecordView, int, int]] = []

    def set_plan(self, plan_id: str | None) -> None:
        self.plan_id = plan_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self.ctx.ws.plan_progress(self.plan_id) if self.plan_id else []
        self.endResetModel()

    def refresh(self, changes: ChangeSet) -> None:
        if not self.plan_id:
            return
        if changes.types & {"goal", "action"} or not changes.types:
            ids = [g.id for g, _d, _t in self.rows]
            fresh = self.ctx.ws.plan_progress(self.plan_id)
            if [g.id for g, _d, _t in fresh] != ids:
                self.beginResetModel()
                self.rows = fresh
                self.endResetModel()
            else:
                self.rows = fresh
                if fresh:
                    self.dataChanged.emit(self.index(0), self.index(len(fresh) - 1))

    def goal(self, row: int) -> RecordView | None:
        return self.rows[row][0] if 0 <= row < len(self.rows) else None

    def row_of(self, goal_id: str) -> int:
        return next((i for i, (g, _d, _t) in enumerate(self.rows) if g.id == goal_id), -1)

    def totals(self) -> tuple[int, int]:
        return sum(d for _g, d, _t in self.rows), sum(t for _g, _d, t in self.rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        answer = _GOAL_DATA.get(role)
        return None if answer is None else answer(*self.rows[index.row()])

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names[IdRole] = QByteArray(b"recordId")
        names[RecordRole] = QByteArray(b"record")
        names[DoneRole] = QByteArray(b"done")
        names[TotalRole] = QByteArray(b"total")
        return names

    # --- actions dropped on a goal move to that goal ------------------------------------------

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ACTION_MIME]

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: QModelIndex | QPersistentModelIndex) -> bool:
        return parent.isValid() and bool(decode_ids(data))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex | QPersistentModelIndex) -> bool:
        goal = self.goal(parent.row()) if parent.isValid() else None
        ids = decode_ids(data)
        if goal is None or not ids:
            return False
        moving = [i for i in ids if (v := self.ctx.ws.find(i)) is not None and v.data.get("goal") != goal.id]
        if not moving:
            return False
        last = self.ctx.ws.children(goal.id, "action")
        after = last[-1].id if last else None
        text = QCoreApplication.translate("GoalListModel", "Move to goal %s") % goal.title
        stack = self.ctx.undo_stack
        stack.beginMacro(text)
        for rec in moving:
            stack.push(EditRecordCommand(self.ctx, rec, {"goal": goal.id}, text))
            stack.push(MoveRecordCommand(self.ctx, rec, text, after=after))
            after = rec
        stack.endMacro()
        return False  # the change set refreshes both goals


class GoalDelegate(QStyledItemDelegate):
    """A goal as two lines: its statement, then a progress bar with 'n of m done'."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        h = option.fontMetrics.height()
        return QSize(200, h * 2 + 26)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        painter.save()
        if style:
            text = option.text
            option.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
            option.text = text
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        fg = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        r = option.rect.adjusted(10, 6, -10, -6)
        fm = option.fontMetrics
        painter.setPen(fg)
        title = fm.elidedText(index.data() or "", Qt.TextElideMode.ElideRight, r.width())
        painter.drawText(QRect(r.left(), r.top(), r.width(), fm.height()), Qt.AlignmentFlag.AlignLeft, title)
        done, total = index.data(DoneRole) or 0, index.data(TotalRole) or 0
        label = QCoreApplication.translate("GoalListModel", "%d/%d done") % (done, total)
        label_w = fm.horizontalAdvance(label) + 8
        bar = QRect(r.left(), r.top() + fm.height() + 8, max(r.width() - label_w, 20), 6)
        track = QColor(fg)
        track.setAlpha(45)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, 3, 3)
        if total:
            filled = QRect(bar.left(), bar.top(), round(bar.width() * done / total), bar.height())
            c = theme.current()
            painter.setBrush(QColor(c.success if done == total else c.accent))
            painter.drawRoundedRect(filled, 3, 3)
        painter.setPen(fg)
        painter.drawText(QRect(bar.right() + 8, bar.center().y() - fm.height() // 2, label_w, fm.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        painter.restore()


# --- what a goal's row shows, one small function per role (data() looks the role up once) ----------

def _tooltip(goal: RecordView, done: int, total: int) -> str:
    indicator = goal.data.get("indicator") or ""
    progress = QCoreApplication.translate("GoalListModel", "%1 of %Ln actions done", "", total).replace(
        "%1", QLocale().toString(done))
    return plain_tooltip("\n".join(x for x in (goal.title, indicator, progress) if x))


def _accessible_text(goal: RecordView, done: int, total: int) -> str:
    return QCoreApplication.translate("GoalListModel", "%2, %1 of %Ln actions done", "", total).replace(
        "%1", QLocale().toString(done)).replace("%2", goal.title)


_GOAL_DATA = {
    Qt.ItemDataRole.DisplayRole: lambda goal, done, total: goal.title,
    Qt.ItemDataRole.ToolTipRole: _tooltip,
    Qt.ItemDataRole.AccessibleTextRole: _accessible_text,
    IdRole: lambda goal, done, total: goal.id,
    RecordRole: lambda goal, done, total: goal,
    DoneRole: lambda goal, done, total: done,
    TotalRole: lambda goal, done, total: total,
}
