"""A publication of another city as readable text: its fields, parts, tags and attachments.

Everything shown here was written in another city: it goes into the document through
`QTextCursor.insertText`, which never reads markup, and through `visible_lines`, which escapes
control and bidi characters, so a title cannot draw the app's own words or turn a sentence around.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from ...domain.schema import TYPES
from ..forms.values import field_label, type_name, value_name
from ..safe_text import visible, visible_lines
from ..widgets.section_parts import short_date

_HIDDEN = frozenset(("visibility", "position", "attachment"))


def _text_of(kind: str, value: Any) -> str:
    """A field's value as people read it."""
    if kind == "enum":
        return value_name(value)
    if kind == "date":
        return short_date(str(value))
    if kind == "bool":
        return "✓" if value else ""
    return str(value)


def shown_fields(type_: str, values: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """(label, text, long) of the fields a publication of `type_` fills, in schema order; `long`
    for a text field (a paragraph under its label). The record's own label field is its heading."""
    spec = TYPES.get(type_)
    if spec is None:
        return []
    skipped = _HIDDEN | {spec.label, spec.parent}
    out: list[tuple[str, str, bool]] = []
    for f in spec.fields:
        value = values.get(f.name)
        text = "" if f.name in skipped or value in (None, "") or not f.label else _text_of(f.kind, value)
        if text:
            out.append((field_label(f.name, type_), text, f.kind == "text"))
    return out


class EntryView(QTextEdit):
    """Read-only text of one publication (None: empty)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setObjectName("NetworkEntry")

    def show_entry(self, entry: Any) -> None:
        self.clear()
        if entry is None:
            return
        cursor = self.textCursor()
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.DemiBold)
        plain = QTextCharFormat()
        self._fields(cursor, entry.type, entry.values, bold, plain)
        parts = entry.body.get("parts") or []
        if parts:
            self._parts(cursor, entry.rec, parts, bold, plain)
        for label, items in self._extras(entry):
            self._line(cursor, label, ", ".join(items), bold, plain)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _extras(self, entry: Any) -> list[tuple[str, list[str]]]:
        """(label, items) of the tags and attachment names a publication has."""
        tags = [visible(t) for t in entry.body.get("tags") or []]
        files = [visible(a.get("file_name") or "") for a in entry.body.get("attachments") or []]
        return [(label, items) for label, items in ((self.tr("Tags"), tags), (self.tr("Attachments"), files)) if items]

    def _fields(self, cursor: QTextCursor, type_: str, values: dict[str, Any], bold: QTextCharFormat,
                plain: QTextCharFormat) -> None:
        for label, text, long in shown_fields(type_, values):
            if long:
                cursor.insertText(label + "\n", bold)
                cursor.insertText(visible_lines(text) + "\n\n", plain)
            else:
                self._line(cursor, label, visible(text), bold, plain)

    @staticmethod
    def _line(cursor: QTextCursor, label: str, text: str, bold: QTextCharFormat, plain: QTextCharFormat) -> None:
        cursor.insertText(label + ": ", bold)
        cursor.insertText(text + "\n", plain)

    def _parts(self, cursor: QTextCursor, root: str, parts: list[dict[str, Any]], bold: QTextCharFormat,
               plain: QTextCharFormat) -> None:
        """The parts under the record, each under the part it belongs to (goals, their actions)."""
        depth = {root: 0}
        cursor.insertText("\n")
        for part in parts:
            type_ = str(part.get("type") or "")
            values = part.get("values") or {}
            level = _level(type_, values, depth)
            depth[str(part.get("rec") or "")] = level
            indent = "    " * (level - 1)
            spec = TYPES.get(type_)
            cursor.insertText(f"{indent}{type_name(type_)}: ", bold)
            cursor.insertText(visible((values.get(spec.label) if spec is not None else "") or "") + "\n", plain)
            details = [f"{name}: {visible(text)}" for name, text, long in shown_fields(type_, values) if not long]
            if details:
                cursor.insertText(f"{indent}    " + " · ".join(details) + "\n", plain)


def _level(type_: str, values: dict[str, Any], depth: dict[str, int]) -> int:
    """How deep a part sits: one under the part (or record) it names as its parent."""
    spec = TYPES.get(type_)
    parent = values.get(spec.parent) if spec is not None and spec.parent else None
    return depth.get(parent, 0) + 1 if isinstance(parent, str) else 1
