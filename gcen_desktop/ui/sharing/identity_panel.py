"""IdentityPanel: this workspace as the network knows it (what a hub operator needs to enroll the
city), with a Copy button."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.network import Network
from ..context import AppContext
from ..safe_text import plain, visible


class IdentityPanel(QFrame):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.identity: Any = None
        self.setObjectName("Card")
        title = QLabel(self.tr("This workspace on the network"), self)
        title.setObjectName("CardTitle")
        about = QLabel(self.tr("What the network hub's operator needs to enroll your city, and what other cities "
                               "compare before they trust your publications."), self)
        about.setObjectName("Muted")
        about.setWordWrap(True)
        self.values: dict[str, QLabel | QLineEdit] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # each value on a line of its own: ids are long
        form.setVerticalSpacing(2)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label in self._rows():
            value = self._value_widget(key)
            value.setAccessibleName(label)
            self.values[key] = value
            caption = QLabel(label, self)
            caption.setObjectName("Muted")  # the value stands out, not its name
            caption.setBuddy(value)
            form.addRow(caption, value)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setAccessibleName(self.tr("Copy this workspace's identity"))
        self.copy_button.clicked.connect(self.copy)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addStretch(1)

    def _value_widget(self, key: str) -> QLabel | QLineEdit:
        """An id in a read-only line to select and copy whole; a name, a city, the fingerprint (in
        groups, read aloud) in a label that wraps. Never markup: names are typed by people."""
        if key in ("workspace_id", "replica"):
            line = QLineEdit(self)
            line.setReadOnly(True)
            return line
        label = QLabel(self)
        plain(label)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _rows(self) -> list[tuple[str, str]]:
        return [("name", self.tr("Name")), ("city", self.tr("City")), ("workspace_id", self.tr("Workspace id")),
                ("replica", self.tr("Store id")), ("fingerprint", self.tr("Signing key"))]

    def load(self) -> None:
        ws = self.ctx.ws
        # On the writer: the first reading of the keys makes them, as an export would at the same time.
        self.ctx.workers.run(lambda: Network(ws).identity(), self.show_identity,
                             lambda exc: self.ctx.show_error(exc, self), write=True)

    def show_identity(self, identity: Any) -> None:
        self.identity = identity
        for key, label in self.values.items():
            text = str(getattr(identity, key) or "")
            label.setText(visible(text) if text else self.tr("(not set)"))
            if isinstance(label, QLineEdit):
                label.setCursorPosition(0)

    def text(self) -> str:
        """The identity as lines 'Label: value', for the clipboard."""
        if self.identity is None:
            return ""
        return "\n".join(f"{label}: {getattr(self.identity, key) or ''}" for key, label in self._rows())

    def copy(self) -> None:
        text = self.text()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.ctx.sig_status.emit(self.tr("This workspace's identity is on the clipboard."))
