"""The rows a view has selected, whole or in part.

`QItemSelectionModel.selectedRows()` names a row only when every column of it is selected; a table
whose columns are hidden to fit a narrow window can have rows selected without their hidden
cells, and Delete or Restore would then act on nothing."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView


def selected_rows(view: QAbstractItemView) -> list[QModelIndex]:
    """One index (column 0) per row with any selected cell, top to bottom."""
    model, selection = view.model(), view.selectionModel()
    if model is None or selection is None:
        return []
    return [model.index(r, 0) for r in sorted({i.row() for i in selection.selectedIndexes()})]
