"""After an export: a small window saying where the file went, with "Open" and "Show in folder".

Everything that hands a file to another application goes through `launch` and `start_program`,
which tests replace, so no test opens a viewer or a file manager.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QDir, QProcess, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget


def launch(url: QUrl) -> bool:
    """Open a file or folder with the system's application for it (tests replace this)."""
    return QDesktopServices.openUrl(url)


def start_program(program: str, arguments: list[str]) -> bool:
    """Start a helper program without waiting for it (tests replace this)."""
    return QProcess.startDetached(program, arguments)[0]


def open_file(path: Path) -> bool:
    return launch(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    """Show the file in the system's file manager, selected where the system allows it."""
    if sys.platform == "win32":
        return start_program("explorer", ["/select,", QDir.toNativeSeparators(str(path))])
    if sys.platform == "darwin":
        return start_program("open", ["-R", str(path)])
    return launch(QUrl.fromLocalFile(str(path.parent)))


class SavedFileDialog(QDialog):
    """Not modal: the user may go on working and leave it, or open what was just saved."""

    def __init__(self, path: Path, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("Export finished"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = QLabel(message, self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # file names are the user's own text
        self.message.setWordWrap(True)
        self.where = QLabel(QDir.toNativeSeparators(str(path.parent)), self)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setObjectName("Muted")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setAccessibleName(self.tr("Open the saved file"))
        self.folder_button = QPushButton(self.tr("Show in folder"), self)
        self.folder_button.setAccessibleName(self.tr("Show the saved file in its folder"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.folder_button.clicked.connect(self._on_folder_clicked)
        self.close_button.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.where)
        layout.addWidget(buttons)
        self.open_button.setDefault(True)
        self.setMinimumWidth(360)

    def _on_open_clicked(self) -> None:
        open_file(self.path)
        self.close()

    def _on_folder_clicked(self) -> None:
        show_in_folder(self.path)
        self.close()


_without_parent: set[SavedFileDialog] = set()


def show_saved(parent: QWidget | None, path: Path, message: str) -> SavedFileDialog:
    """Show where an export went (one such window per parent: a newer export replaces it)."""
    if parent is not None:
        for old in parent.findChildren(SavedFileDialog):
            old.close()
    dialog = SavedFileDialog(path, message, parent)
    if parent is None:  # nothing else holds it until it closes
        _without_parent.add(dialog)
        dialog.finished.connect(lambda _r: _without_parent.discard(dialog))
    dialog.setModal(False)
    dialog.show()
    return dialog
