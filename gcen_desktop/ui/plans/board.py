"""PlanBoard: a plan's actions as cards in four columns by status; drag a card to change it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.schema import ACTION_STATUSES, TYPES
from ...domain.views import RecordView
from ...services.changes import ChangeSet
from .. import theme
from ..context import AppContext
from ..forms.shown_versions import RowVersions, push_edit
from ..forms.values import value_name
from ..safe_text import plain_tooltip
from .action_model import ACTION_MIME, decode_ids, encode_ids
from .commands import delete_actions

_FIELDS = tuple(TYPES["action"].by_name)
IdRole = Qt.ItemDataRole.UserRole + 1
RecordRole = Qt.ItemDataRole.UserRole + 2
SubtitleRole = Qt.ItemDataRole.UserRole + 3

STATUS_COLOURS = {
    "not_started": "#8a94a6",
    "in_progress": "#2f6fd6",
    "blocked": "#d0473a",
    "done": "#2e9d5b",
}


class BoardColumnModel(QAbstractListModel):
    """The actions of one plan that have one status, in goal order then action order."""

    def __init__(self, ctx: AppContext, status: str, parent: Any = None, versions: RowVersions | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status = status
        # what each card showed, shared by the columns of a board (a card dragged from one column
        # to another names what its first column showed)
        self.versions = versions if versions is not None else RowVersions()
        self.plan_id: str | None = None
        self.rows: list[RecordView] = []
        self.goal_titles: dict[str, str] = {}
        self.names: dict[str, str] = {}

    def set_plan(self, plan_id: str | None) -> None:
        self.plan_id = plan_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows, self.goal_titles, self.names = [], {}, {}
        if self.plan_id:
            goals = self.ctx.ws.children(self.plan_id, "goal")
            self.goal_titles = {g.id: g.title for g in goals}
            order = {g.id: i for i, g in enumerate(goals)}
            rows, heads = self.ctx.ws.actions_shown(self.plan_id, self.status)
            self.rows = sorted(rows, key=lambda v: order.get(v.data.get("goal"), 0))
            for view in rows:
                self.versions.load(view.id, heads.get(view.id, {}), _FIELDS)
            member_ids = {v.data.get("responsible") for v in rows} - {None}
            self.names = {m: self.ctx.ws.label(m) for m in member_ids}
        self.endResetModel()

    def ids(self) -> list[str]:
        return [r.id for r in self.rows]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        answer = _CARD_DATA.get(role)
        return None if answer is None else answer(self, self.rows[index.row()])

    def _subtitle(self, view: RecordView) -> str:
        parts = [self.goal_titles.get(view.data.get("goal"), "")]
        if view.data.get("due"):
            parts.append(QCoreApplication.translate("BoardColumnModel", "due %s") % view.data["due"])
        if view.data.get("responsible"):
            parts.append(self.names.get(view.data["responsible"], ""))
        return " · ".join(p for p in parts if p)

    def _accessible_text(self, view: RecordView) -> str:
        return QCoreApplication.translate("BoardColumnModel", "%s, %s") % (view.title, value_name(self.status))

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names[IdRole] = QByteArray(b"recordId")
        names[RecordRole] = QByteArray(b"record")
        names[SubtitleRole] = QByteArray(b"subtitle")
        return names

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        base = Qt.ItemFlag.ItemIsEnabled
        return base | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ACTION_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_ids([self.rows[r].id for r in rows])

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: QModelIndex | QPersistentModelIndex) -> bool:
        return any(i not in self.ids() for i in decode_ids(data))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex | QPersistentModelIndex) -> bool:
        self.set_status([i for i in decode_ids(data) if i not in self.ids()])
        return False  # rows move when the change set arrives, not by the view removing them

    def set_status(self, ids: list[str]) -> None:
        """Give these actions this column's status (one undo step)."""
        if not ids:
            return
        stack = self.ctx.undo_stack
        text = QCoreApplication.translate("BoardColumnModel", "Mark as %s") % value_name(self.status).lower()
        stack.beginMacro(text)
        for rec in ids:
            push_edit(self.ctx, self.versions.of(rec), rec, {"status": self.status}, text)
        stack.endMacro()


TITLE_LINES = 4  # a card's title wraps onto this many lines before it is cut ("Open applicatio…")


def wrapped(fm: QFontMetrics, text: str, width: int, most: int = TITLE_LINES) -> list[str]:
    """Wrap text at word boundaries into at most `most` lines, eliding the last; a word longer
    than the width (a URL, a CJK sentence without spaces) is broken at characters."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < most:
        if len(lines) == most - 1:
            lines.append(fm.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
            break
        line = ""
        while words and fm.horizontalAdvance((line + " " + words[0]).strip()) <= width:
            line = (line + " " + words.pop(0)).strip()
        if not line:  # one word wider than the card: as many characters as fit
            word = words.pop(0)
            cut = max(1, len(fm.elidedText(word, Qt.TextElideMode.ElideNone, width)))
            while cut > 1 and fm.horizontalAdvance(word[:cut]) > width:
                cut -= 1
            line, rest = word[:cut], word[cut:]
            if rest:
                words.insert(0, rest)
        lines.append(line)
    return lines


class CardDelegate(QStyledItemDelegate):
    """An action as a card: a coloured edge, its title on up to four lines (as many as it needs in
    the column's width), then goal · due · who."""

    def __init__(self, status: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.colour = QColor(STATUS_COLOURS[status])

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        fm = option.fontMetrics
        view = self.parent()
        # as wide as the column: a fixed width gave every narrow column a sideways scroll bar
        width = max(view.viewport().width() - 2 * view.spacing() if isinstance(view, QListView) else 180, 40)
        lines = max(1, len(wrapped(fm, index.data() or "", self._text_width(width))))
        return QSize(width, (fm.height() + 1) * lines + fm.height() + 30)

    @staticmethod
    def _text_width(card_width: int) -> int:
        return card_width - 8 - 24  # the card's margin, then the coloured edge and padding

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette
        card = QRect(option.rect).adjusted(4, 4, -4, -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight) if selected
                            else palette.color(QPalette.ColorRole.Mid), 2 if selected else 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        # on the pixel grid: a 1 px outline drawn on whole coordinates blurs into faint corner arcs
        painter.drawRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        if option.state & QStyle.StateFlag.State_HasFocus:  # the keyboard's card: a ring around it
            painter.setPen(QPen(QColor(theme.current().accent), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(-2, -2, 2, 2), 7, 7)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour)
        painter.drawRoundedRect(QRect(card.left(), card.top(), 5, card.height()), 2, 2)
        fm = option.fontMetrics
        text_rect = card.adjusted(14, 8, -10, -8)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        for i, line in enumerate(wrapped(fm, index.data() or "", text_rect.width())):
            painter.drawText(QRect(text_rect.left(), text_rect.top() + i * (fm.height() + 1), text_rect.width(),
                                   fm.height()), Qt.AlignmentFlag.AlignLeft, line)
        sub = fm.elidedText(index.data(SubtitleRole) or "", Qt.TextElideMode.ElideRight, text_rect.width())
        muted = QColor(palette.color(QPalette.ColorRole.Text))
        muted.setAlpha(150)
        painter.setPen(muted)
        painter.drawText(QRect(text_rect.left(), text_rect.bottom() - fm.height(), text_rect.width(), fm.height()),
                         Qt.AlignmentFlag.AlignLeft, sub)
        painter.restore()


class BoardColumn(QWidget):
    """One status column: a heading with a count and the cards."""

    def __init__(self, ctx: AppContext, status: str, board: PlanBoard) -> None:
        super().__init__(board)
        self.status = status
        self.board = board
        self.model = BoardColumnModel(ctx, status, self, board.versions)
        self.heading = QLabel(self)
        self.heading.setObjectName("CardTitle")
        self.heading.setWordWrap(True)  # "Not started (6)" on two lines in a narrow column
        self.list = QListView(self)
        self.list.setObjectName(f"board-{status}")
        self.list.setModel(self.model)
        self.list.setItemDelegate(CardDelegate(status, self.list))
        self.list.setAccessibleName(value_name(status))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setDragEnabled(True)
        self.list.setAcceptDrops(True)
        self.list.setDropIndicatorShown(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # cards follow the column's width
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.installEventFilter(board)
        self.list.activated.connect(lambda index: ctx.sig_open_record.emit(index.data(IdRole)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        self.model.modelReset.connect(self._update_heading)
        self._update_heading()

    def _update_heading(self) -> None:
        self.heading.setText(f"{value_name(self.status)}  ({self.model.rowCount()})")


class PlanBoard(QWidget):
    """The board view of a plan. Ctrl+Left / Ctrl+Right moves the selected cards one column."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan_id: str | None = None
        self.versions = RowVersions()
        self.columns = {s: BoardColumn(ctx, s, self) for s in ACTION_STATUSES}
        hint = QLabel(self.tr("Drag a card to another column to change its status, or select it and "
                              "press Ctrl+Left / Ctrl+Right. Enter opens it."), self)
        hint.setWordWrap(True)
        hint.setObjectName("Muted")
        row = QHBoxLayout()
        row.setSpacing(12)
        for column in self.columns.values():
            row.addWidget(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(hint)
        layout.addLayout(row, 1)

    def set_plan(self, plan_id: str | None) -> None:
        self.plan_id = plan_id
        for column in self.columns.values():
            column.model.set_plan(plan_id)

    def refresh(self, changes: ChangeSet) -> None:
        if self.plan_id and (changes.types & {"action", "goal", "member"} or not changes.types):
            self._reload_keeping_selection()

    def _reload_keeping_selection(self) -> None:
        """Reload every column; the selected cards stay selected in whichever column they are now,
        and the current card keeps the keyboard focus there (a card moved by Ctrl+Right or a drag
        can be moved on at once)."""
        selected, current, focused = self._selection_now()
        for column in self.columns.values():
            column.model.set_plan(self.plan_id)
        for column in self.columns.values():
            _select_cards(column, selected, current, focused)

    def _selection_now(self) -> tuple[list[str], str | None, bool]:
        """The selected cards, the current one (the focused column's, else a selecting column's)
        and whether a column has the keyboard focus."""
        selected: list[str] = []
        current: str | None = None
        focused = False
        for column in self.columns.values():
            rows = column.model.rows
            ids = [rows[i.row()].id for i in column.list.selectionModel().selectedIndexes() if 0 <= i.row() < len(rows)]
            selected += ids
            index = column.list.currentIndex()
            if column.list.hasFocus():
                focused = True
                current = index.data(IdRole) if index.isValid() else None
            elif current is None and ids and index.isValid():
                current = index.data(IdRole)
        return selected, current, focused

    def move_selected(self, status: str, delta: int) -> None:
        order = list(ACTION_STATUSES)
        target = order.index(status) + delta
        if not 0 <= target < len(order):
            return
        source = self.columns[status]
        ids = [source.model.rows[i.row()].id for i in source.list.selectionModel().selectedIndexes()]
        self.columns[order[target]].model.set_status(ids)

    def delete_focused(self, focus: QWidget) -> bool:
        """Delete removes the actions of the selected cards in the column that has focus."""
        for column in self.columns.values():
            if focus is column.list:
                ids = [column.model.rows[i.row()].id for i in column.list.selectionModel().selectedIndexes()]
                delete_actions(self.ctx, ids)
        return True

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == event.Type.KeyPress and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                status = next(s for s, c in self.columns.items() if c.list is obj)
                self.move_selected(status, -1 if event.key() == Qt.Key.Key_Left else 1)
                return True
        return super().eventFilter(obj, event)


_CARD_DATA = {
    Qt.ItemDataRole.DisplayRole: lambda model, view: view.title,
    SubtitleRole: BoardColumnModel._subtitle,
    Qt.ItemDataRole.ToolTipRole: lambda model, view: plain_tooltip(view.title),
    Qt.ItemDataRole.AccessibleTextRole: BoardColumnModel._accessible_text,
    IdRole: lambda model, view: view.id,
    RecordRole: lambda model, view: view,
}


def _select_cards(column: BoardColumn, selected: list[str], current: str | None, focused: bool) -> None:
    """Select the cards of `selected` that `column` now shows; make `current` its current card."""
    ids = column.model.ids()
    chooser = column.list.selectionModel()
    selection = QItemSelection()
    for rec in selected:
        if rec in ids:
            index = column.model.index(ids.index(rec))
            selection.select(index, index)
    chooser.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    if current in ids:
        index = column.model.index(ids.index(current))
        chooser.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        column.list.scrollTo(index)
        if focused:
            column.list.setFocus(Qt.FocusReason.OtherFocusReason)
