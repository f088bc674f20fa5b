"""A form of field editors for one record, built from the schema; every change is an undoable edit.

Each edit names the versions its field was loaded from, so a value that changed underneath the
form (another window, an import, an undo) is never silently overwritten: the edit becomes a
conflict. A field that changed underneath is shown again unless the user has changed it here.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.schema import TYPES, Field
from ...store.store import RecordView
from ..commands import EditRecordCommand
from ..context import AppContext
from .shown_versions import ShownVersions
from .values import value_name

_NO_DATE = QDate(1900, 1, 1)


class TextEdit(QPlainTextEdit):
    """A plain-text editor that says when the user leaves it (to save once, not per key)."""

    sig_editing_finished = Signal()

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        self.sig_editing_finished.emit()


class DateEdit(QDateEdit):
    """A date with a calendar pop-up that may also be empty ('no date')."""

    sig_date_picked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText(self.tr("No date"))
        self.setDate(_NO_DATE)
        self.calendarWidget().clicked.connect(lambda _d: self.sig_date_picked.emit())

    def value(self) -> str | None:
        d = self.date()
        return None if d == _NO_DATE else d.toString("yyyy-MM-dd")

    def set_value(self, text: str | None) -> None:
        d = QDate.fromString(text or "", "yyyy-MM-dd")
        self.setDate(d if d.isValid() else _NO_DATE)


class RecordForm(QWidget):
    """Editors for some fields of one record type, laid out as a form.

    `fields` are (field name, label) pairs in display order. Edits are pushed on the undo stack
    as `EditRecordCommand`s when the user leaves a field (or picks a value), only if it changed.
    """

    sig_edited = Signal(str, dict)

    def __init__(self, ctx: AppContext, type_name: str, fields: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.type_name = type_name
        self.spec = TYPES[type_name]
        self.view: RecordView | None = None
        self.shown = ShownVersions()
        self.editors: dict[str, QWidget] = {}
        self.labels: dict[str, str] = dict(fields)
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(8)
        layout.setHorizontalSpacing(12)
        for name, label in fields:
            editor = self._make_editor(self.spec.field(name), label)
            editor.setObjectName(f"field-{name}")
            editor.setAccessibleName(label)
            self.editors[name] = editor
            layout.addRow(label, editor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setEnabled(False)

    # --- building -------------------------------------------------------------------------------

    def _make_editor(self, f: Field, label: str) -> QWidget:
        name = f.name
        if f.kind == "text":
            editor = TextEdit(self)
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(72)
            editor.setMaximumHeight(170)
            editor.setPlaceholderText(label)
            editor.sig_editing_finished.connect(lambda: self._commit(name))
            return editor
        if f.kind == "date":
            editor = DateEdit(self)
            editor.editingFinished.connect(lambda: self._commit(name))
            editor.sig_date_picked.connect(lambda: self._commit(name))
            return editor
        if f.kind == "bool":
            editor = QCheckBox(label, self)
            editor.clicked.connect(lambda _c: self._commit(name))
            return editor
        if f.kind in ("enum", "ref"):
            editor = QComboBox(self)
            editor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            editor.setMinimumContentsLength(16)
            if f.kind == "enum":
                if not f.required and f.default is None:
                    editor.addItem("—", None)
                for choice in f.choices:
                    editor.addItem(value_name(choice), choice)
            editor.activated.connect(lambda _i: self._commit(name))
            return editor
        editor = QLineEdit(self)
        editor.setPlaceholderText(label)
        if f.kind == "time":
            editor.setPlaceholderText(self.tr("HH:MM"))
        editor.editingFinished.connect(lambda: self._commit(name))
        return editor

    def _fit_choices(self, f: Field, combo: QComboBox, current: Any) -> None:
        """A choice a newer version added (SYNC.md, "Versions"): shown as it is stored, read-only
        (this version cannot offer it, and picking another would replace it unseen)."""
        for i in reversed(range(combo.count())):
            data = combo.itemData(i)
            if data is not None and data not in f.choices:
                combo.removeItem(i)
        newer = isinstance(current, str) and current != "" and current not in f.choices
        if newer:
            combo.addItem(value_name(current), current)
        combo.setEnabled(not newer)

    def _fill_refs(self, f: Field, combo: QComboBox, current: Any) -> None:
        """Ref choices: the live records of the referenced type(s) (people, cities, groups)."""
        combo.clear()
        combo.addItem("—", None)
        for type_ in f.ref:
            for view in self.ctx.ws.list(type_, limit=2000):
                combo.addItem(view.title, view.id)
        if current and combo.findData(current) < 0:
            combo.addItem(self.ctx.ws.label(current) or self.tr("(deleted)"), current)

    # --- loading and committing --------------------------------------------------------------------

    def load(self, view: RecordView | None, heads: dict[str, list[list[Any]]] | None = None, *,
             keep_typing: bool = True) -> None:
        """Show a record (None: an empty, disabled form). A field the user is in and has changed
        stays as it is. `heads`: the versions `view` was read with (`Workspace.shown`); without
        them the record is read again with its versions."""
        same = view is not None and self.view is not None and view.id == self.view.id
        if not same and self.view is not None:
            self.flush()
        # what the user changed here and has not saved yet: kept, with the value it started from
        typed = {
            name: self.view.data.get(name) for name, editor in self.editors.items()
            if keep_typing and same and editor.hasFocus() and self._changed_here(name)  # type: ignore[union-attr]
        }
        if not same:
            self.shown.clear()  # saves still queued belong to the record shown before
        if view is not None and heads is None:
            fresh, heads = self.ctx.ws.shown(view.id)
            view = fresh if fresh is not None else view
        self.view = replace(view, data={**view.data, **typed}) if view is not None else None
        self.setEnabled(view is not None)
        data = view.data if view else {}
        for name, editor in self.editors.items():
            if name in typed:
                continue
            self.shown.load(name, (heads or {}).get(name, []))
            f = self.spec.field(name)
            value = data.get(name)
            if same and editor.hasFocus() and _same(self.value_of(name), value):
                continue  # the user is in it and it shows what is stored: leave the cursor be
            editor.blockSignals(True)
            try:
                if isinstance(editor, TextEdit):
                    if editor.toPlainText() != (value or ""):
                        editor.setPlainText(value or "")
                elif isinstance(editor, DateEdit):
                    editor.set_value(value)
                elif isinstance(editor, QCheckBox):
                    editor.setChecked(bool(value))
                elif isinstance(editor, QComboBox):
                    if f.kind == "ref":
                        self._fill_refs(f, editor, value)
                    elif f.kind == "enum":
                        self._fit_choices(f, editor, value)
                    index = editor.findData(value)
                    editor.setCurrentIndex(max(index, 0))
                elif isinstance(editor, QLineEdit):
                    editor.setText("" if value is None else str(value))
                    editor.setCursorPosition(0)
            finally:
                editor.blockSignals(False)
            tip = ""
            if isinstance(editor, QComboBox) and not editor.isEnabled():
                tip = self.tr("A newer version of GCEN Desktop set this; update it to change this value.")
            if view is not None and name in view.conflicts:
                tip = self.tr("Teammates wrote different values here; see Conflicts.")
            editor.setToolTip(tip)

    def _changed_here(self, name: str) -> bool:
        return self.view is not None and not _same(self.value_of(name), self.view.data.get(name))

    def _show_stored(self) -> None:
        """Put back what is stored in every field (a value that cannot be saved was typed)."""
        self.load(self.view, dict(self.shown.heads), keep_typing=False)

    def value_of(self, name: str) -> Any:
        editor = self.editors[name]
        if isinstance(editor, TextEdit):
            return editor.toPlainText()
        if isinstance(editor, DateEdit):
            return editor.value()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        return editor.text().strip()  # type: ignore[attr-defined]

    def flush(self) -> None:
        """Save the field being typed in now (before the window closes or the record changes)."""
        for name, editor in self.editors.items():
            if editor.hasFocus():
                self._commit(name)

    def _commit(self, name: str) -> None:
        if self.view is None:
            return
        value = self.value_of(name)
        if _same(value, self.view.data.get(name)):
            return
        if self.spec.field(name).required and (value is None or value == ""):
            self._show_stored()  # a required field cannot be emptied: show the stored value again
            self.ctx.sig_status.emit(self.tr("%s cannot be empty.") % self.labels[name])
            return
        try:
            self.spec.field(name).validate(value)
        except UserError as exc:
            self.ctx.show_error(exc, self)
            self._show_stored()
            return
        self.view.data[name] = value  # so leaving the field twice does not edit twice
        text = self.tr("Edit %s") % self.labels[name].lower()
        cmd = EditRecordCommand(self.ctx, self.view.id, {name: value}, text, shown=self.shown.shown_for(name))
        cmd.on_done = partial(self._on_saved, self.view.id, name, cmd)
        self.shown.queue(name, cmd)
        self.ctx.undo_stack.push(cmd)
        self.sig_edited.emit(self.view.id, {name: value})

    def _on_saved(self, rec: str, name: str, cmd: EditRecordCommand, _result: Any) -> None:
        if self.view is not None and self.view.id == rec:
            self.shown.written(name, cmd)


def _same(value: Any, old: Any) -> bool:
    """Whether a field's editor value is the stored one (empty is empty; a bool compares as one)."""
    if isinstance(value, bool):
        return value == bool(old)
    return (value or None) == (old or None)
