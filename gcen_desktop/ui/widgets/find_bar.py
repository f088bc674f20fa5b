"""Find in a note: a bar under the text with the words to find, previous / next, and a match count.

Enter finds the next match, Shift+Enter the previous one, Escape closes the bar and gives the
focus back to the text. Matching ignores case; the count stops at MOST_COUNTED in a huge note.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

MOST_COUNTED = 1000


class _FindBox(QLineEdit):
    sig_escape = Signal()
    sig_previous = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape:
            self.sig_escape.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.sig_previous.emit()
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    """Finds in whichever text `target()` returns (the source, or the preview when it is shown alone)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target: QPlainTextEdit | QTextEdit | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 0)
        row.setSpacing(6)
        self.box = _FindBox(self)
        self.box.setPlaceholderText(self.tr("Find in note"))
        self.box.setAccessibleName(self.tr("Find in note"))
        self.box.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setObjectName("Muted")
        self.count.setAccessibleName(self.tr("Matches"))
        self.previous_button = QToolButton(self)
        self.previous_button.setText(self.tr("Previous"))
        self.previous_button.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.next_button = QToolButton(self)
        self.next_button.setText(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next match (Enter)"))
        self.close_button = QToolButton(self)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close the find bar (Escape)"))
        for button in (self.previous_button, self.next_button, self.close_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAccessibleName(button.text())
        row.addWidget(self.box, 1)
        row.addWidget(self.count)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        row.addWidget(self.close_button)
        self.box.textChanged.connect(self._on_box_text_changed)
        self.box.returnPressed.connect(self.find_next)
        self.box.sig_previous.connect(self.find_previous)
        self.box.sig_escape.connect(self.close_bar)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        self.hide()

    def open_on(self, target: QPlainTextEdit | QTextEdit) -> None:
        """Show the bar for `target`, starting from the text selected in it (if one line)."""
        self._target = target
        chosen = target.textCursor().selectedText()
        if chosen and "\u2029" not in chosen:
            self.box.setText(chosen)
        self.show()
        self.box.setFocus()
        self.box.selectAll()
        self._update_count()

    def set_target(self, target: QPlainTextEdit | QTextEdit) -> None:
        """Find in `target` from now on (another mode, another note), the focus staying where it is."""
        self._target = target
        self._update_count()

    def close_bar(self) -> None:
        self.hide()
        if self._target is not None and self._target.isVisible():
            self._target.setFocus()

    def _on_box_text_changed(self, text: str) -> None:
        if self._target is None:
            return
        cursor = self._target.textCursor()  # find as you type, from where the current match starts
        cursor.setPosition(cursor.selectionStart())
        self._target.setTextCursor(cursor)
        if text:
            self._find(backward=False)
        self._update_count()

    def find_next(self) -> None:
        self._find(backward=False)

    def find_previous(self) -> None:
        self._find(backward=True)

    def _find(self, *, backward: bool) -> bool:
        target, text = self._target, self.box.text()
        if target is None or not text:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if not target.find(text, flags):  # wrap around
            cursor = target.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            target.setTextCursor(cursor)
            if not target.find(text, flags):
                self._update_count()
                return False
        self._update_count()
        return True

    def matches(self) -> tuple[int, int]:
        """(number of the current match from 1, or 0; number of matches up to MOST_COUNTED)."""
        target, text = self._target, self.box.text()
        if target is None or not text:
            return 0, 0
        doc = target.document()
        current = target.textCursor()
        found = 0
        number = 0
        cursor = doc.find(text, 0)
        while not cursor.isNull() and found < MOST_COUNTED:
            found += 1
            if cursor.selectionStart() == current.selectionStart() and cursor.selectionEnd() == current.selectionEnd():
                number = found
            cursor = doc.find(text, cursor)
        return number, found

    def _update_count(self) -> None:
        number, found = self.matches()
        if not self.box.text():
            self.count.setText("")
        elif not found:
            self.count.setText(self.tr("No matches"))
        elif number:
            self.count.setText(self.tr("%1 of %n", "", found).replace("%1", str(number)))
        else:
            self.count.setText(self.tr("%n matches", "", found))
