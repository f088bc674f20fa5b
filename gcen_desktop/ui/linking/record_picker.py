"""RecordPickerDialog: find records of some types by title and choose one or more of them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ...domain.views import RecordView
from ...services.queries import Filters
from ..context import AppContext
from ..forms.buttons import fit_bold_text
from ..forms.values import type_name
from ..widgets.two_line_delegate import TwoLineDelegate
from .linked_model import IdRole, LinkedRecordModel

LIMIT = 200  # a picker shows the best matches; typing narrows them (filtered in SQL)


class RecordPickerDialog(QDialog):
    """Pick records among `types`, leaving out `exclude` (those already linked)."""

    def __init__(self, ctx: AppContext, types: tuple[str, ...], title: str, *,
                 exclude: set[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.types = types
        self.exclude = set(exclude or ())
        self.setWindowTitle(title)
        self.resize(520, 460)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type to find by title…"))
        self.search.setAccessibleName(self.tr("Find by title"))
        self.search.setClearButtonEnabled(True)
        self.type_box = QComboBox(self)
        self.type_box.setAccessibleName(self.tr("Record type"))
        self.type_box.addItem(self.tr("All types"), None)
        for t in types:
            self.type_box.addItem(type_name(t), t)
        self.type_box.setVisible(len(types) > 1)

        self.model = LinkedRecordModel(self._fetch, show_type=len(types) > 1, parent=self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Matching records"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setUniformItemSizes(True)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.doubleClicked.connect(lambda _i: self.accept())
        self.empty = QLabel(self.tr("Nothing matches. Try fewer letters, or create the record first."), self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        fit_bold_text(buttons.button(QDialogButtonBox.StandardButton.Ok))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.type_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)

        self.search.textChanged.connect(self._on_search_text_changed)
        self.type_box.currentIndexChanged.connect(lambda _i: self._reload())
        self._reload()

    def _fetch(self) -> list[RecordView]:
        text = self.search.text().strip() or None
        chosen = self.type_box.currentData()
        out: list[RecordView] = []
        for t in (chosen,) if chosen else self.types:
            out.extend(v for v in self.ctx.ws.list(t, Filters(text=text), limit=LIMIT) if v.id not in self.exclude)
        out.sort(key=lambda v: v.title.casefold())
        return out[:LIMIT]

    def _reload(self) -> None:
        self.model.reload()
        self.empty.setVisible(self.model.rowCount() == 0)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))

    def _on_search_text_changed(self, _text: str) -> None:
        self._reload()

    def select_ids(self, ids: list[str]) -> None:
        """Select these records (tests and keyboard users who typed an exact title)."""
        selection = self.list.selectionModel()
        selection.clear()
        for row in range(self.model.rowCount()):
            index = self.model.index(row)
            if index.data(IdRole) in ids:
                selection.select(index, selection.SelectionFlag.Select)

    def chosen_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.list.selectionModel().selectedIndexes())
        return [self.model.rows[r].id for r in rows]
