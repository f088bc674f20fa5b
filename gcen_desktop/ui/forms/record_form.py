"""A form of field editors for one record, built from the schema; every change is an undoable edit.

Each edit names the versions its field was loaded from, so a value that changed underneath the
form (another window, an import, an undo) is never silently overwritten: the edit becomes a
conflict. A field that changed underneath is shown again unless the user has changed it here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QDate, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.schema import FORM, TYPES, Field
from ...domain.views import RecordView
from ..context import AppContext
from ..icons import icon
from .shown_versions import ShownVersions, push_edit
from .values import field_label, value_name


def form_rows(type_name: str, laid_out: list[tuple[str, str]] | None = None) -> list[tuple[str, str]]:
    """(field, label) of a record's form: the rows a screen lays out itself, then every other field
    the schema shows in the form, in schema order (so a new field needs no screen of its own)."""
    rows = list(laid_out or [])
    named = {name for name, _label in rows}
    rows += [(f.name, field_label(f.name, type_name)) for f in TYPES[type_name].shown_in(FORM) if f.name not in named]
    return rows


class TextEdit(QPlainTextEdit):
    """A plain-text editor that says when the user leaves it (to save once, not per key)."""

    sig_editing_finished = Signal()

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        self.sig_editing_finished.emit()


def display_format(locale: QLocale | None = None) -> str:
    """The user's short date format with a four-digit year ('M/d/yyyy', 'dd/MM/yyyy', 'yyyy/M/d')."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def parse_date(text: str, locale: QLocale | None = None) -> QDate | None:
    """A date typed in the user's short format (two- or four-digit year) or as ISO 'yyyy-MM-dd';
    None if the text is no date."""
    text = text.strip()
    if not text:
        return None
    locale = locale or QLocale()
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    d = QDate.fromString(text, "yyyy-MM-dd")
    if not d.isValid():
        d = QDate.fromString(text, "yyyy-M-d")
    if not d.isValid():
        d = locale.toDate(text, display_format(locale))
    if not d.isValid() and "yyyy" not in short:
        d = locale.toDate(text, short, 2000)  # '3/15/27' is 2027, not 1927
    return d if d.isValid() else None


class DateEdit(QLineEdit):
    """A date typed in the user's short format or as ISO (2027-03-15), or picked in a calendar; it
    may be empty ('no date') and is cleared with its clear button or by erasing the text.

    The calendar opens at the date shown, or when there is none at `near()` (say, the plan's
    start for its end date) or today.
    """

    sig_date_picked = Signal()  # a date picked in the calendar, or cleared with the clear button

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.near: Callable[[], str | None] | None = None
        self.setClearButtonEnabled(True)
        example = QLocale().toString(QDate.currentDate(), display_format())
        self.setPlaceholderText(self.tr("No date (e.g. %s or %s)") % (example, QDate.currentDate().toString("yyyy-MM-dd")))
        self.calendar_action = QAction(icon("calendar"), self.tr("Pick a date in a calendar"), self)
        self.calendar_action.setToolTip(self.tr("Pick a date in a calendar"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        clear = self.findChild(QAction, "_q_qlineeditclearaction")
        if clear is not None:
            clear.setToolTip(self.tr("Clear the date"))
            clear.triggered.connect(self._on_cleared)
        self.popup = QFrame(self, Qt.WindowType.Popup)
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self.popup)
        self.calendar.setGridVisible(False)
        popup_layout = QVBoxLayout(self.popup)
        popup_layout.setContentsMargins(2, 2, 2, 2)
        popup_layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._on_picked)
        self.calendar.activated.connect(self._on_picked)
        self.editingFinished.connect(self._tidy)  # first: the form reads the tidied text

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """Never narrower than a whole date with its two buttons ("01/09/20" was cut in a narrow form)."""
        hint = super().minimumSizeHint()
        widest = self.fontMetrics().horizontalAdvance(QLocale().toString(QDate(2026, 12, 28), display_format()) + "0")
        buttons = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 8)
        return QSize(max(hint.width(), widest + buttons + 16), hint.height())

    def calendarWidget(self) -> QCalendarWidget:  # noqa: N802 (QDateEdit's name)
        return self.calendar

    def is_valid(self) -> bool:
        """Empty, or a date this widget understands."""
        return not self.text().strip() or parse_date(self.text()) is not None

    def value(self) -> str | None:
        d = parse_date(self.text())
        return d.toString("yyyy-MM-dd") if d is not None else None

    def set_value(self, text: str | None) -> None:
        d = QDate.fromString(text or "", "yyyy-MM-dd")
        self.setText(QLocale().toString(d, display_format()) if d.isValid() else "")
        self.setCursorPosition(0)

    def start_date(self) -> QDate:
        """Where the calendar opens: the date shown, else `near()`, else today."""
        d = parse_date(self.text())
        if d is None and self.near is not None:
            d = QDate.fromString(self.near() or "", "yyyy-MM-dd")
            d = d if d.isValid() else None
        return d or QDate.currentDate()

    def show_calendar(self) -> None:
        d = self.start_date()
        self.calendar.setSelectedDate(d)
        self.calendar.setCurrentPage(d.year(), d.month())
        self.popup.adjustSize()
        below = self.mapToGlobal(self.rect().bottomLeft())
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None and below.y() + self.popup.height() > screen.bottom():
            below.setY(self.mapToGlobal(self.rect().topLeft()).y() - self.popup.height())
        self.popup.move(below)
        self.popup.show()
        self.calendar.setFocus()

    def _on_picked(self, d: QDate) -> None:
        self.popup.hide()
        self.set_value(d.toString("yyyy-MM-dd"))
        self.setFocus()
        self.sig_date_picked.emit()

    def _on_cleared(self) -> None:
        self.clear()  # this slot may run before the line edit's own clear()
        self.sig_date_picked.emit()

    def _tidy(self) -> None:
        d = parse_date(self.text())
        if d is not None:
            self.set_value(d.toString("yyyy-MM-dd"))

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.show_calendar()  # Alt+Down, as in a combo box
            return
        super().keyPressEvent(event)


class RecordForm(QWidget):
    """Editors for some fields of one record type, laid out as a form.

    `fields` are (field name, label) pairs in display order, followed by the other fields the
    schema shows in the form (all of them, with the schema's labels, when `fields` is None).
    Edits are pushed on the undo stack as `EditRecordCommand`s when the user leaves a field (or
    picks a value), only if it changed.
    """

    sig_edited = Signal(str, dict)

    def __init__(self, ctx: AppContext, type_name: str, fields: list[tuple[str, str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.type_name = type_name
        self.spec = TYPES[type_name]
        fields = form_rows(type_name, fields)
        self.view: RecordView | None = None
        self.shown = ShownVersions()
        self.editors: dict[str, QWidget] = {}
        self.labels: dict[str, str] = dict(fields)
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # a label too long to sit beside its field (French, a narrow pane) goes above it
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
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
        self.network_note = self._network_note(layout)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setEnabled(False)

    # --- building -------------------------------------------------------------------------------

    def add_row(self, label: str, widget: QWidget) -> None:
        """One more labelled row after the fields (a record's tags), aligned with them."""
        layout = self.layout()
        assert isinstance(layout, QFormLayout)
        widget.setParent(self)
        if not widget.accessibleName():
            widget.setAccessibleName(label)
        layout.addRow(label, widget)

    def _network_note(self, layout: QFormLayout) -> QLabel | None:
        """Under "Shared with", while it says network: what other cities get of the record."""
        editor = self.editors.get("visibility")
        if not isinstance(editor, QComboBox):
            return None
        note = QLabel(self.tr("Other cities get its current text when your team publishes to the network, "
                              "not its history."), self)
        note.setObjectName("Muted")
        note.setWordWrap(True)
        note.setVisible(False)
        layout.addRow("", note)
        editor.currentIndexChanged.connect(lambda _i: self._show_network_note())
        return note

    def _show_network_note(self) -> None:
        if self.network_note is not None:
            self.network_note.setVisible(self.value_of("visibility") == "network")

    def _make_editor(self, f: Field, label: str) -> QWidget:
        make = self._EDITOR_OF_KIND.get(f.kind, RecordForm._line_editor)
        return make(self, f, label)

    def _text_editor(self, f: Field, label: str) -> QWidget:
        name = f.name
        editor = TextEdit(self)
        editor.setTabChangesFocus(True)
        editor.setMinimumHeight(72)
        editor.setMaximumHeight(170)
        editor.setPlaceholderText(label)
        editor.sig_editing_finished.connect(lambda: self._commit(name))
        return editor

    def _date_editor(self, f: Field, label: str) -> QWidget:
        name = f.name
        editor = DateEdit(self)
        editor.editingFinished.connect(lambda: self._commit(name))
        editor.sig_date_picked.connect(lambda: self._commit(name))
        if name == "end" and "start" in self.editors:  # an end date's calendar opens near its start
            start = self.editors["start"]
            editor.near = start.value  # type: ignore[attr-defined]
        return editor

    def _check_editor(self, f: Field, label: str) -> QWidget:
        name = f.name
        editor = QCheckBox(label, self)
        editor.clicked.connect(lambda _c: self._commit(name))
        return editor

    def _choice_editor(self, f: Field, label: str) -> QWidget:
        name = f.name
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

    def _line_editor(self, f: Field, label: str) -> QWidget:
        name = f.name
        editor = QLineEdit(self)
        editor.setPlaceholderText(label)
        if f.kind == "time":
            editor.setPlaceholderText(self.tr("HH:MM"))
        editor.editingFinished.connect(lambda: self._commit(name))
        return editor

    _EDITOR_OF_KIND = {
        "text": _text_editor,
        "date": _date_editor,
        "bool": _check_editor,
        "enum": _choice_editor,
        "ref": _choice_editor,
    }

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
        typed = self._typed_here() if keep_typing and same else {}
        if not same:
            self.shown.clear()  # saves still queued belong to the record shown before
        view, heads = self._with_versions(view, heads)
        self.view = replace(view, data={**view.data, **typed}) if view is not None else None
        self.setEnabled(view is not None)
        self._show_fields(view, heads or {}, typed, same)
        self._show_network_note()

    def _with_versions(self, view: RecordView | None, heads: dict[str, list[list[Any]]] | None
                       ) -> tuple[RecordView | None, dict[str, list[list[Any]]] | None]:
        """`view` and `heads`, the record read again with its versions when `heads` is None."""
        if view is not None and heads is None:
            fresh, heads = self.ctx.ws.shown(view.id)
            view = fresh if fresh is not None else view
        return view, heads

    def _show_fields(self, view: RecordView | None, heads: dict[str, list[list[Any]]], typed: dict[str, Any],
                     same: bool) -> None:
        """Put `view`'s values in the editors, but for the fields in `typed` (kept as typed)."""
        data = view.data if view else {}
        for name, editor in self.editors.items():
            if name in typed:
                continue
            self.shown.load(name, heads.get(name, []))
            value = data.get(name)
            if same and editor.hasFocus() and _same(self.value_of(name), value):
                continue  # the user is in it and it shows what is stored: leave the cursor be
            editor.blockSignals(True)
            try:
                self._show_value(name, editor, value)
            finally:
                editor.blockSignals(False)
            editor.setToolTip(self._field_tip(name, editor, view))

    def _typed_here(self) -> dict[str, Any]:
        """The field the user is in, when they changed it: name → the stored value it started from."""
        return {
            name: self.view.data.get(name) for name, editor in self.editors.items()  # type: ignore[union-attr]
            if editor.hasFocus() and self._changed_here(name)
        }

    def _show_value(self, name: str, editor: QWidget, value: Any) -> None:
        if isinstance(editor, TextEdit):
            if editor.toPlainText() != (value or ""):
                editor.setPlainText(value or "")
        elif isinstance(editor, DateEdit):
            editor.set_value(value)
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QComboBox):
            self._show_choice(self.spec.field(name), editor, value)
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
            editor.setCursorPosition(0)

    def _show_choice(self, f: Field, editor: QComboBox, value: Any) -> None:
        if f.kind == "ref":
            self._fill_refs(f, editor, value)
        elif f.kind == "enum":
            self._fit_choices(f, editor, value)
        editor.setCurrentIndex(max(editor.findData(value), 0))

    def _field_tip(self, name: str, editor: QWidget, view: RecordView | None) -> str:
        if view is not None and name in view.conflicts:
            return self.tr("Teammates wrote different values here; see Conflicts.")
        if isinstance(editor, QComboBox) and not editor.isEnabled():
            return self.tr("A newer version of GCEN Desktop set this; update it to change this value.")
        return ""

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
        editor = self.editors[name]
        if isinstance(editor, DateEdit) and not editor.is_valid():
            editor.set_value(self.view.data.get(name))  # typed text that is no date: the stored date stays
            self.ctx.sig_status.emit(self.tr("%s was not changed: type a date like %s or %s.") % (
                self.labels[name], QLocale().toString(QDate.currentDate(), display_format()),
                QDate.currentDate().toString("yyyy-MM-dd")))
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
        push_edit(self.ctx, self.shown, self.view.id, {name: value}, text, showing=self._showing)
        self.sig_edited.emit(self.view.id, {name: value})

    def _showing(self, rec: str) -> bool:
        return self.view is not None and self.view.id == rec


def _same(value: Any, old: Any) -> bool:
    """Whether a field's editor value is the stored one (empty is empty; a bool compares as one)."""
    if isinstance(value, bool):
        return value == bool(old)
    return (value or None) == (old or None)
