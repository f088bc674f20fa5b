"""The 'Add a reading' dialog: the essentials of a new reading, with a duplicate check before adding."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.schema import READING_KINDS
from ..services.workspace import Workspace
from . import prompts
from .forms.values import value_name
from .widgets.tag_editor import parse_tags


class AddReadingDialog(QDialog):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Add a reading"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(12)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.authors_edit = QLineEdit(self)
        self.authors_edit.setAccessibleName(self.tr("Authors"))
        self.authors_edit.setPlaceholderText(self.tr("Last, First; Last, First"))
        self.year_edit = QSpinBox(self)
        self.year_edit.setAccessibleName(self.tr("Year"))
        self.year_edit.setRange(0, 2100)
        self.year_edit.setSpecialValueText(self.tr("—"))
        self.year_edit.setValue(0)
        self.kind_box = QComboBox(self)
        self.kind_box.setAccessibleName(self.tr("Type"))
        for kind in READING_KINDS:
            self.kind_box.addItem(value_name(kind), kind)
        self.kind_box.setCurrentIndex(self.kind_box.findData("article"))
        self.url_edit = QLineEdit(self)
        self.url_edit.setAccessibleName(self.tr("Web address"))
        self.url_edit.setPlaceholderText("https://…")
        self.doi_edit = QLineEdit(self)
        self.doi_edit.setAccessibleName(self.tr("DOI"))
        self.doi_edit.setPlaceholderText("10.…")
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.tags_edit.setPlaceholderText(self.tr("Tags, separated by commas"))
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Authors"), self.authors_edit)
        form.addRow(self.tr("Year"), self.year_edit)
        form.addRow(self.tr("Type"), self.kind_box)
        form.addRow(self.tr("Web address"), self.url_edit)
        form.addRow(self.tr("DOI"), self.doi_edit)
        form.addRow(self.tr("Tags"), self.tags_edit)
        layout.addLayout(form)
        hint = QLabel(self.tr("You can add the abstract, why it matters and the PDF after adding it."), self)
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add reading"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "title": " ".join(self.title_edit.text().split()),
            "authors": self.authors_edit.text().strip() or None,
            "year": self.year_edit.value() or None,
            "kind": self.kind_box.currentData(),
            "url": self.url_edit.text().strip() or None,
            "doi": self.doi_edit.text().strip() or None,
        }
        return {k: v for k, v in values.items() if v is not None}

    def tags(self) -> list[str]:
        return parse_tags(self.tags_edit.text())

    def duplicate_warning(self) -> str:
        """'' or a sentence naming the readings this one seems to repeat."""
        v = self.values()
        found = self.ws.duplicates_of_reading(v.get("title", ""), v.get("doi", ""), v.get("url", ""))
        if not found:
            return ""
        names = "; ".join(f"“{r.title}”" for r in found[:3])
        return self.tr("This looks like a reading already in the list (same title, DOI or web address): %s. "
                       "Add it anyway?") % names

    def accept(self) -> None:
        if not self.values().get("title"):
            prompts.error(self, self.tr("The reading needs a title"), self.tr("Type the title, then press Add reading."))
            self.title_edit.setFocus()
            return
        warning = self.duplicate_warning()
        if warning and not prompts.confirm(self, self.tr("Possible duplicate"), warning, ok_label=self.tr("Add anyway")):
            return
        super().accept()
