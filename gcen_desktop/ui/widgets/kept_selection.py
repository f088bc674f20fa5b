"""KeptSelection: a list or table keeps its current and selected records across model reloads
(a change set, an undo, an import), found again by record id wherever they moved."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelection, QItemSelectionModel, QObject
from PySide6.QtWidgets import QAbstractItemView


class KeptSelection(QObject):
    """Watches `view`'s model: before a reset it notes the ids (data of `id_role`) of the current
    and selected rows, after it selects them again, keeping the current column."""

    def __init__(self, view: QAbstractItemView, id_role: int) -> None:
        super().__init__(view)
        self.view = view
        self.id_role = id_role
        self._current: str | None = None
        self._column = 0
        self._selected: list[str] = []
        model: QAbstractItemModel = view.model()
        model.modelAboutToBeReset.connect(self._on_model_about_to_reset)
        model.modelReset.connect(self._on_model_reset)

    def _on_model_about_to_reset(self) -> None:
        current = self.view.currentIndex()
        self._current = current.data(self.id_role) if current.isValid() else None
        self._column = max(current.column(), 0)
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        model = self.view.model()
        self._selected = [model.index(r, 0).data(self.id_role) for r in rows]

    def _on_model_reset(self) -> None:
        current, self._current = self._current, None
        selected, self._selected = self._selected, []
        self.select(selected, current, self._column)

    def select(self, ids: list[str], current: str | None = None, column: int = 0) -> bool:
        """Select the rows of these ids (and make `current` the current one); False if none is here."""
        model = self.view.model()
        rows = {model.index(r, 0).data(self.id_role): r for r in range(model.rowCount())}
        found = [rows[i] for i in ids if i in rows]
        if current not in rows:
            current = next((i for i in ids if i in rows), None)
        if current is None:
            return False
        selection = QItemSelection()
        for r in found:
            selection.select(model.index(r, 0), model.index(r, 0))
        flags = QItemSelectionModel.SelectionFlag
        chooser = self.view.selectionModel()
        index = model.index(rows[current], column)
        chooser.setCurrentIndex(index if index.isValid() else model.index(rows[current], 0), flags.NoUpdate)
        chooser.select(selection, flags.ClearAndSelect | flags.Rows)
        self.view.scrollTo(model.index(rows[current], 0))
        return True
