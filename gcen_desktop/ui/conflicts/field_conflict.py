"""FieldConflictBox: the competing versions of one field, who wrote them, and how to settle it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.schema import TYPES
from ...services.workspace import Workspace
from ..forms.values import field_label, value_name
from ..safe_text import plain_label, visible, visible_lines
from .line_diff import LineDiffView
from .writers import WriterNames, when


def show_value(ws: Workspace, type_: str, field: str, value: Any) -> str:
    f = TYPES[type_].by_name.get(field)
    if value is None or value == "":
        return "—"
    if f is not None and f.kind == "ref":
        return visible(ws.label(str(value)) or str(value))
    if f is not None and f.kind == "enum":
        return visible(value_name(value))
    if isinstance(value, bool):
        return "✓" if value else "✗"
    return visible_lines(value)


class FieldConflictBox(QFrame):
    """One conflicted (or auto-merged) field. Emits sig_resolve(field, value) when the user decides."""

    sig_resolve = Signal(str, object)

    def __init__(self, ws: Workspace, writers: WriterNames, rec_type: str, field: str,
                 heads: list[dict[str, Any]], shown: Any, *, auto_merged: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.field = field
        spec = TYPES[rec_type].by_name.get(field)
        self.long_text = spec is not None and spec.kind == "text"
        self.versions = _distinct_versions(heads, writers)
        versions = self.versions
        title = plain_label(visible(field_label(field)), self)  # a newer app's field arrives by its name
        title.setObjectName("CardTitle")
        status = QLabel(self.tr("Merged automatically: the edits touched different lines. Check it, then accept it.")
                        if auto_merged else self.tr("%Ln different versions. Pick one, or write the value to keep.", "",
                                len(versions)), self)
        status.setObjectName("Muted")
        status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(status)
        layout.addLayout(self._versions_grid(ws, rec_type))
        self.diffs: list[LineDiffView] = []
        if self.long_text:
            self._add_diffs(layout)
        # the merged value: the auto-merge when clean, else the shown value, to edit
        start = shown if auto_merged else (versions[0][0] if versions else shown)
        self._add_merged(layout, start, auto_merged, spec is not None and spec.kind in ("str", "text", "int", "date", "time"))

    def _versions_grid(self, ws: Workspace, rec_type: str) -> QGridLayout:
        """Each version with who wrote it and its Keep button: side by side for a long text, one
        per line else."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        self.pick_buttons: list[QPushButton] = []
        for column, (value, names, written) in enumerate(self.versions):
            who = plain_label(self.tr("%s, %s") % (" & ".join(names), written) if written else " & ".join(names),
                              self)
            who.setObjectName("Muted")
            who.setWordWrap(True)
            shown_widget = self._version_text(value, names) if self.long_text else \
                self._version_label(show_value(ws, rec_type, self.field, value))
            pick = QPushButton(self.tr("Keep this version"), self)
            pick.setAccessibleName(self.tr("Keep the version by %s") % " & ".join(names))
            pick.clicked.connect(lambda _c=False, v=value: self.sig_resolve.emit(self.field, v))
            self.pick_buttons.append(pick)
            if self.long_text:
                grid.addWidget(who, 0, column)
                grid.addWidget(shown_widget, 1, column)
                grid.addWidget(pick, 2, column, Qt.AlignmentFlag.AlignLeft)
            else:
                grid.addWidget(shown_widget, column, 0)
                grid.addWidget(who, column, 1)
                grid.addWidget(pick, column, 2)
        if not self.long_text:
            grid.setColumnStretch(0, 3)
            grid.setColumnStretch(1, 2)
        return grid

    def _version_text(self, value: Any, names: list[str]) -> QWidget:
        text = QPlainTextEdit(self)
        text.setReadOnly(True)
        text.setPlainText("" if value is None else str(value))
        text.setAccessibleName(self.tr("Version by %s") % " & ".join(names))
        text.setMinimumHeight(110)
        text.setMaximumHeight(220)
        return text

    def _version_label(self, shown: str) -> QWidget:
        label = plain_label(shown, self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        label.setFont(font)
        return label

    def _add_merged(self, layout: QVBoxLayout, start: Any, auto_merged: bool, editable: bool) -> None:
        """The value to keep, starting from `start`, and its button (hidden when the field's kind
        cannot be typed)."""
        merged_label = QLabel(self.tr("Auto-merged text") if auto_merged else self.tr("Or write the value to keep"), self)
        merged_label.setObjectName("Muted")
        layout.addWidget(merged_label)
        if self.long_text:
            self.merged_edit: QWidget = QPlainTextEdit(self)
            self.merged_edit.setPlainText("" if start is None else str(start))
            self.merged_edit.setMinimumHeight(110)
            self.merged_edit.setMaximumHeight(180)
        else:
            self.merged_edit = QLineEdit(self)
            self.merged_edit.setText("" if start is None else str(start))
        self.merged_edit.setAccessibleName(self.tr("Merged value of %s") % field_label(self.field))
        self.use_merged = QPushButton(self.tr("Accept the merge") if auto_merged else self.tr("Use this value"), self)
        self.use_merged.setAccessibleName(self.use_merged.text())
        self.use_merged.clicked.connect(lambda: self.sig_resolve.emit(self.field, self.merged_value()))
        row = QHBoxLayout()
        row.addWidget(self.merged_edit, 1)
        row.addWidget(self.use_merged, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(row)
        merged_label.setVisible(editable)
        self.merged_edit.setVisible(editable)
        self.use_merged.setVisible(editable)

    def _add_diffs(self, layout: QVBoxLayout) -> None:
        """The first version compared line by line with each other one (usually just one pair):
        − marks its lines, + the other's, in the order of the columns above."""
        if len(self.versions) < 2:
            return
        first, first_names, _w = self.versions[0]
        for other, other_names, _w in self.versions[1:]:
            legend = plain_label(self.tr("What differs: lines marked − are only in the version by %s; "
                                         "lines marked + are only in the version by %s.")
                                 % (" & ".join(first_names), " & ".join(other_names)), self)
            legend.setObjectName("Muted")
            legend.setWordWrap(True)
            view = LineDiffView(self)
            view.setAccessibleName(self.tr("Differences between the version by %s and the version by %s")
                                   % (" & ".join(first_names), " & ".join(other_names)))
            view.set_texts("" if first is None else str(first), "" if other is None else str(other))
            view.setMinimumHeight(110)
            view.setMaximumHeight(260)
            layout.addWidget(legend)
            layout.addWidget(view)
            self.diffs.append(view)

    def merged_value(self) -> Any:
        if isinstance(self.merged_edit, QPlainTextEdit):
            return self.merged_edit.toPlainText()
        return self.merged_edit.text().strip()  # type: ignore[attr-defined]


def _distinct_versions(heads: list[dict[str, Any]], writers: WriterNames) -> list[tuple[Any, list[str], str]]:
    """One entry per distinct value, newest first: (value, everyone who wrote it, when first)."""
    versions: list[tuple[Any, list[str], str]] = []
    for head in heads:
        value = head["value"]
        who = writers.name(head["dot"][0])
        same = next((names for v, names, _w in versions if v == value), None)
        if same is None:
            versions.append((value, [who], when(head["hlc"])))
        elif who not in same:
            same.append(who)
    return versions
