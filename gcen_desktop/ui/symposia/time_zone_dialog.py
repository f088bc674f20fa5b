"""TimeZoneDialog: which time zone an agenda's times are in, when its host city does not say."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...services.documents import time_zone_names


def system_time_zone() -> str:
    """The computer's time zone as a zoneinfo name (Qt gives IANA ids on every system)."""
    return bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")


class TimeZoneDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Time zone of the agenda"))
        text = QLabel(self.tr("The agenda of “%1” lists local times, but its host city does not say which time "
                              "zone they are in. Choose the time zone of the place where it is held:").replace("%1", title),
                      self)
        text.setTextFormat(Qt.TextFormat.PlainText)  # the title may come from a teammate's bundle
        text.setWordWrap(True)
        self.zone_box = QComboBox(self)
        self.zone_box.setAccessibleName(self.tr("Time zone"))
        self.zone_box.setEditable(True)  # type "Seoul" to find Asia/Seoul
        self.zone_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        names = time_zone_names()
        self.zone_box.addItems(["UTC", *names])
        completer = QCompleter(self.zone_box.model(), self.zone_box)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.zone_box.setCompleter(completer)
        self.zone_box.setCurrentIndex(max(0, self.zone_box.findText(system_time_zone())))
        text.setBuddy(self.zone_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.zone_box.currentTextChanged.connect(self._on_zone_box_text_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.zone_box)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _on_zone_box_text_changed(self, text: str) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.zone_box.findText(text.strip(), Qt.MatchFlag.MatchFixedString) >= 0)

    def time_zone(self) -> str:
        """The chosen zoneinfo name, as the list spells it (typing 'asia/seoul' gives Asia/Seoul)."""
        index = self.zone_box.findText(self.zone_box.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        return self.zone_box.itemText(index) if index >= 0 else ""
