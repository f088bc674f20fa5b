"""Every question and message the app puts to the user goes through here, so tests can answer them.

Tests replace `answerer` (see `tests/ui/conftest.py`): no modal box can hang a headless run.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

# When set, called as answerer(kind, title, text, **kw) instead of showing a dialog.
answerer: Callable[..., Any] | None = None


def _answer(kind: str, title: str, text: str, **kw: Any) -> tuple[bool, Any]:
    if answerer is None:
        return False, None
    return True, answerer(kind, title, text, **kw)


def message_box(icon: QMessageBox.Icon, title: str, text: str, buttons: QMessageBox.StandardButton,
                parent: QWidget | None) -> QMessageBox:
    """A message box showing `text` as plain text: messages quote names and titles that came in a
    bundle, and a QMessageBox would otherwise take a text starting with a tag for markup."""
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def info(parent: QWidget | None, title: str, text: str) -> None:
    handled, _ = _answer("info", title, text)
    if not handled:
        message_box(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent).exec()


def error(parent: QWidget | None, title: str, text: str) -> None:
    handled, _ = _answer("error", title, text)
    if not handled:
        message_box(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent).exec()


def confirm(parent: QWidget | None, title: str, text: str, *, ok_label: str | None = None) -> bool:
    handled, value = _answer("confirm", title, text)
    if handled:
        return bool(value)
    box = message_box(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    ok = box.addButton(ok_label or QMessageBox.tr("OK"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(ok)
    box.exec()
    return box.clickedButton() is ok


def ask_text(parent: QWidget | None, title: str, label: str, *, default: str = "", password: bool = False) -> str | None:
    handled, value = _answer("text", title, label, default=default, password=password)
    if handled:
        return value
    mode = QLineEdit.EchoMode.Password if password else QLineEdit.EchoMode.Normal
    text, ok = QInputDialog.getText(parent, title, label, mode, default)
    return text if ok else None


def open_file(parent: QWidget | None, title: str, filters: str, folder: str = "") -> Path | None:
    handled, value = _answer("open_file", title, filters)
    if handled:
        return Path(value) if value else None
    name, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return Path(name) if name else None


def save_file(parent: QWidget | None, title: str, filters: str, suggested: str = "") -> Path | None:
    handled, value = _answer("save_file", title, filters, suggested=suggested)
    if handled:
        return Path(value) if value else None
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(name) if name else None


def choose_folder(parent: QWidget | None, title: str, folder: str = "") -> Path | None:
    handled, value = _answer("folder", title, folder)
    if handled:
        return Path(value) if value else None
    name = QFileDialog.getExistingDirectory(parent, title, folder)
    return Path(name) if name else None


def run_dialog(dialog: Any) -> int:
    """exec() a custom dialog, or let a test decide its result (answerer('dialog', ...))."""
    handled, value = _answer("dialog", type(dialog).__name__, "", dialog=dialog)
    if handled:
        return int(value)
    return dialog.exec()
