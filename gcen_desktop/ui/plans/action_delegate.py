"""ActionDelegate: in-place editors for the action table (people, dates and statuses as choices)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ...domain.schema import ACTION_STATUSES
from ..context import AppContext
from ..forms.record_form import DateEdit
from ..forms.values import value_name
from .action_model import COL_ACCOUNTABLE, COL_DUE, COL_RESPONSIBLE, COL_STATUS, EditValueRole


class ActionDelegate(QStyledItemDelegate):
    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        column = index.column()
        if column in (COL_RESPONSIBLE, COL_ACCOUNTABLE):
            combo = QComboBox(parent)
            combo.setAccessibleName(self.tr("Person"))
            combo.addItem("—", None)
            for member in self.ctx.ws.list("member", limit=2000):
                combo.addItem(member.title, member.id)
            return combo
        if column == COL_STATUS:
            combo = QComboBox(parent)
            combo.setAccessibleName(self.tr("Status"))
            for status in ACTION_STATUSES:
                combo.addItem(value_name(status), status)
            return combo
        if column == COL_DUE:
            editor = DateEdit(parent)
            editor.setAccessibleName(self.tr("Due date"))
            editor.sig_date_picked.connect(lambda: self.commitData.emit(editor))
            return editor
        editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(self.tr("Action"))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(EditValueRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, DateEdit):
            editor.set_value(value)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, DateEdit):
            if editor.is_valid():  # text that is no date leaves the due date as it was
                model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
