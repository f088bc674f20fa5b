"""Global search (Ctrl+K, Ctrl+F): full-text search of the workspace, results grouped by type."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from ..domain.schema import SEARCHABLE_TYPES
from ..domain.views import RecordView, Snippet
from ..services.queries import title_hits
from .context import AppContext
from .forms.values import type_name
from .safe_text import plain_tooltip, visible
from .search_hit_delegate import ExcerptRole, HitsRole, IsHeaderRole, SearchHitDelegate, TitleRole

IdRole = Qt.ItemDataRole.UserRole + 1
__all__ = ["ExcerptRole", "HitsRole", "IdRole", "IsHeaderRole", "SearchDialog", "SearchResultsModel", "TitleRole"]


class SearchResultsModel(QAbstractListModel):
    """Rows are group headers ('Notes') followed by that type's hits, best first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # ("header", type, None, ()) | ("hit", view, excerpt, title hits)
        self._rows: list[tuple[str, Any, Snippet | None, tuple[tuple[int, int], ...]]] = []

    def set_results(self, results: list[tuple[RecordView, Snippet]], query: str = "") -> None:
        groups: dict[str, list[tuple[RecordView, Snippet]]] = {}
        for view, snippet in results:
            groups.setdefault(view.type, []).append((view, snippet))
        order = sorted(groups, key=lambda t: SEARCHABLE_TYPES.index(t) if t in SEARCHABLE_TYPES else 99)
        self.beginResetModel()
        self._rows = []
        for t in order:
            self._rows.append(("header", t, None, ()))
            self._rows.extend(("hit", view, snippet, title_hits(self._title(view), query))
                              for view, snippet in groups[t])
        self.endResetModel()

    @staticmethod
    def _title(view: RecordView) -> str:
        return visible(view.title or type_name(view.type))  # one line, whatever a teammate typed

    @staticmethod
    def _excerpt(view: RecordView, snippet: Snippet | None) -> Snippet:
        if snippet is None or not snippet.text or snippet.text == view.title:
            return Snippet("")
        shown = visible(snippet.text)  # escaped controls move the hits: then none are marked
        return Snippet(shown, snippet.hits if shown == snippet.text else ())

    def hit_count(self) -> int:
        return sum(1 for row in self._rows if row[0] == "hit")

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        kind, value, snippet, title_hits = self._rows[index.row()]
        table = _HEADER_DATA if kind == "header" else _HIT_DATA
        answer = table.get(role)
        return None if answer is None else answer(self, value, snippet, title_hits)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()][0] == "header":
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names[IdRole] = QByteArray(b"recordId")
        names[IsHeaderRole] = QByteArray(b"isHeader")
        return names

    def first_hit_row(self) -> int:
        return next((i for i, row in enumerate(self._rows) if row[0] == "hit"), -1)


class _SearchBox(QLineEdit):
    sig_down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Down:
            self.sig_down.emit()
            return
        super().keyPressEvent(event)


class SearchDialog(QDialog):
    """Type to search; Enter or a double click opens the record in its section."""

    sig_searched = Signal(int)  # number of hits shown (tests and the status line)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Search the workspace"))
        self.setMinimumSize(560, 440)
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.setSpacing(8)
        self.box = _SearchBox(self)
        self.box.setPlaceholderText(self.tr("Search notes, readings, plans, people…"))
        self.box.setAccessibleName(self.tr("Search text"))
        self.box.setClearButtonEnabled(True)
        layout.addWidget(self.box)
        self.model = SearchResultsModel(self)
        self.results = QListView(self)
        self.results.setModel(self.model)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setUniformItemSizes(False)
        self.results.setWordWrap(True)
        self.results.setItemDelegate(SearchHitDelegate(self.results))
        layout.addWidget(self.results, 1)
        self.hint = QLabel(self.tr("Type a few words; results are grouped by kind. Enter opens the first."), self)
        self.hint.setObjectName("Muted")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.run_search)
        self.box.textChanged.connect(self._on_box_text_changed)
        self.box.returnPressed.connect(self._on_box_return_pressed)
        self.box.sig_down.connect(self._on_box_down)
        self.results.activated.connect(self._on_results_activated)

    def _on_box_text_changed(self, _text: str) -> None:
        self._debounce.start()

    def run_search(self) -> None:
        """Search now (on a reader thread); stale answers are dropped."""
        self._debounce.stop()
        text = self.box.text().strip()
        self._generation += 1
        generation = self._generation
        if not text:
            self.model.set_results([])
            self.hint.setText(self.tr("Type a few words; results are grouped by kind. Enter opens the first."))
            self.sig_searched.emit(0)
            return
        ws = self.ctx.ws

        def search() -> tuple[list[tuple[RecordView, Snippet]], int]:
            return ws.search(text, limit=60), ws.indexing_backlog()

        def done(result: tuple[list[tuple[RecordView, Snippet]], int]) -> None:
            if generation != self._generation:
                return
            hits, backlog = result
            self.model.set_results(hits, text)
            if not hits:
                self.hint.setText(self.tr("Nothing found. Try fewer or different words."))
            elif backlog:
                self.hint.setText(self.tr("Still indexing a recent import; some results may be missing."))
            else:
                self.hint.setText(self.tr("%Ln results. Enter opens the selected one.", "", len(hits)))
            first = self.model.first_hit_row()
            if first >= 0:
                self.results.setCurrentIndex(self.model.index(first))
            self.sig_searched.emit(len(hits))

        self.ctx.workers.run(search, done, lambda exc: self.ctx.show_error(exc, self), write=False)

    def _on_box_down(self) -> None:
        self.results.setFocus()

    def _on_box_return_pressed(self) -> None:
        if self._debounce.isActive() or not self.model.rowCount():
            self.run_search()
            return
        index = self.results.currentIndex()
        if not index.isValid():
            row = self.model.first_hit_row()
            index = self.model.index(row) if row >= 0 else QModelIndex()
        if index.isValid():
            self._on_results_activated(index)

    def _on_results_activated(self, index: QModelIndex) -> None:
        rec = index.data(IdRole)
        if rec:
            self.accept()
            self.ctx.sig_open_record.emit(rec)

    def done(self, result: int) -> None:  # noqa: D401 (Qt override)
        self._debounce.stop()
        super().done(result)


# --- what a row shows, one small function per role (data() looks the role up once) ----------------

def _header_font(model: SearchResultsModel, rec_type: str, snippet: Any, title_hits: Any) -> QFont:
    font = QFont()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 0.85)
    return font


_HEADER_DATA = {  # a group header: its value is the type
    Qt.ItemDataRole.DisplayRole: lambda model, rec_type, snippet, title_hits: type_name(rec_type).upper(),
    Qt.ItemDataRole.FontRole: _header_font,
    IsHeaderRole: lambda model, rec_type, snippet, title_hits: True,
}


def _hit_display(model: SearchResultsModel, view: RecordView, snippet: Snippet | None, title_hits: Any) -> str:
    """What a screen reader says and a copy gives."""
    title = model._title(view)
    excerpt = model._excerpt(view, snippet)
    return f"{title}\n{excerpt.text}" if excerpt.text else title


def _hit_tooltip(model: SearchResultsModel, view: RecordView, snippet: Snippet | None, title_hits: Any) -> Any:
    excerpt = model._excerpt(view, snippet)
    return plain_tooltip(excerpt.text) if excerpt.text else None


_HIT_DATA = {  # a hit: its value is the record
    Qt.ItemDataRole.DisplayRole: _hit_display,
    TitleRole: lambda model, view, snippet, title_hits: model._title(view),
    ExcerptRole: lambda model, view, snippet, title_hits: model._excerpt(view, snippet).text,
    HitsRole: lambda model, view, snippet, title_hits: (title_hits, model._excerpt(view, snippet).hits),
    Qt.ItemDataRole.ToolTipRole: _hit_tooltip,
    IdRole: lambda model, view, snippet, title_hits: view.id,
    IsHeaderRole: lambda model, view, snippet, title_hits: False,
}
