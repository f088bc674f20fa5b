"""Preferences: theme, language, who I am in this team, and the folder teammates share."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import UserError
from ..services.changes import ChangeSet
from . import prompts
from .context import AppContext
from .i18n import LANGUAGES


class PreferencesDialog(QDialog):
    """Changes apply when the user presses OK; the theme applies at once, the language on restart."""

    sig_theme_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = ctx.settings
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(14)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)

        self.theme_box = QComboBox(self)
        self.theme_box.setAccessibleName(self.tr("Theme"))
        for value, label in (("system", self.tr("Follow the system")), ("light", self.tr("Light")), ("dark", self.tr("Dark"))):
            self.theme_box.addItem(label, value)
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(self.settings.theme)))
        form.addRow(self.tr("Theme"), self.theme_box)

        self.language_box = QComboBox(self)
        self.language_box.setAccessibleName(self.tr("Language"))
        self.language_box.addItem(self.tr("Follow the system"), "")
        for code, name in LANGUAGES:
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(self.settings.language)))
        form.addRow(self.tr("Language"), self.language_box)

        self.me_box = QComboBox(self)
        self.me_box.setAccessibleName(self.tr("Who you are"))
        self.me_box.addItem(self.tr("— choose yourself —"), None)
        for member in ctx.ws.list("member", limit=5000):
            self.me_box.addItem(member.title, member.id)
        self.me_box.setCurrentIndex(max(0, self.me_box.findData(ctx.ws.me)))
        form.addRow(self.tr("You are"), self.me_box)

        folder_row = QHBoxLayout()
        self.folder_edit = QLineEdit(_store_shared_folder(ctx) or self.settings.shared_folder, self)
        self.folder_edit.setAccessibleName(self.tr("Shared folder"))
        self.folder_edit.setPlaceholderText(self.tr("A synced drive or USB folder your team uses"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.setAccessibleName(self.tr("Choose the shared folder"))
        browse.clicked.connect(self._on_browse_clicked)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Shared folder"), folder_row)
        layout.addLayout(form)

        hint = QLabel(self.tr("A new language applies the next time GCEN Desktop starts. Who you are decides "
                              "whose reading statuses you set and which readings Home shows as yours."), self)
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_browse_clicked(self) -> None:
        folder = prompts.choose_folder(self, self.tr("Choose the shared folder"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(str(folder))

    def apply(self) -> bool:
        """Save every choice (called by accept(); tests call it directly); False if one was refused."""
        theme = self.theme_box.currentData()
        changed_theme = theme != self.settings.theme
        self.settings.theme = theme
        language = self.language_box.currentData() or ""
        changed_language = language != (self.settings.language or "")
        self.settings.language = language
        folder = self.folder_edit.text().strip()
        try:  # the Sync section reads the shared folder from the workspace itself
            from ..services.bundles import Exchange

            Exchange(self.ctx.ws).set_shared_folder(Path(folder) if folder else None)
        except UserError as exc:
            self.ctx.show_error(exc, self)
            return False
        self.settings.shared_folder = folder
        me = self.me_box.currentData()
        if me and me != self.ctx.ws.me:
            self.ctx.ws.set_me(me)
            # No record changed, but what is "mine" did: Home and Readings show it again.
            self.ctx.sig_changed.emit(ChangeSet(types={"member", "reading_status"}))
            self.ctx.sig_status.emit(self.tr("You are now %s.") % self.me_box.currentText())
        self.settings.sync()
        if changed_language:
            self.ctx.sig_status.emit(self.tr("%s: restart GCEN Desktop to see it in this language.")
                                     % self.language_box.currentText())
        if changed_theme:
            self.sig_theme_changed.emit(theme)
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()


def _store_shared_folder(ctx: AppContext) -> str:
    from ..services.bundles import Exchange

    folder = Exchange(ctx.ws).shared_folder()
    return str(folder) if folder else ""
