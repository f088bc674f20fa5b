"""The About box: what this is and the versions of everything it runs on (for bug reports)."""

from __future__ import annotations

import platform
import sqlite3

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from .icons import app_icon


def versions() -> list[tuple[str, str]]:
    import sqlalchemy

    return [
        ("GCEN Desktop", __version__),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("Python", platform.python_version()),
        ("SQLite", sqlite3.sqlite_version),
        ("SQLAlchemy", sqlalchemy.__version__),
        (QCoreApplication.translate("AboutDialog", "System"), f"{platform.system()} {platform.release()} ({platform.machine()})"),
    ]


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About GCEN Desktop"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        head = QHBoxLayout()
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(64, 64))
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        title = QLabel(self)
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setText(
            "<div style='font-size:15pt; font-weight:600'>GCEN Desktop</div><div>{}</div>".format(self.tr("An offline workspace for city teams of a network of urban school systems: "
                      "notes, readings, action plans and symposia, shared as bundle files."))
        )
        title.setWordWrap(True)
        head.addWidget(title, 1)
        layout.addLayout(head)
        rows = "".join(f"<tr><td style='padding-right:16px'><b>{k}</b></td><td>{v}</td></tr>" for k, v in versions())
        self.versions_label = QLabel(f"<table>{rows}</table>", self)
        self.versions_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.versions_label.setAccessibleName(self.tr("Versions"))
        layout.addWidget(self.versions_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(self.tr("Copy versions"), self)
        copy.setAccessibleName(self.tr("Copy versions to the clipboard"))
        copy.clicked.connect(self._on_copy_clicked)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _on_copy_clicked(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText("\n".join(f"{k}: {v}" for k, v in versions()))
