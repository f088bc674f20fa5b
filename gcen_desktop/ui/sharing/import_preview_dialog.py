"""ImportPreviewDialog: what a bundle would change, from whom, with warnings — before anything is written."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import theme
from ..safe_text import fill, plain, plain_label, visible
from .counts_model import ImportCountsModel


def format_ms(ms: int | None) -> str:
    if not ms:
        return ""
    return dt.datetime.fromtimestamp(ms / 1000).strftime("%Y-%m-%d %H:%M")


def when_text(value: Any) -> str:
    """A moment given as epoch milliseconds or already as text."""
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, int | float):
        return format_ms(int(value))
    return str(value)


def group_fingerprint(fp: str | None) -> str:
    """A key fingerprint in groups of four, easier to read aloud on the phone."""
    if not fp:
        return ""
    text = fp.split(":", 1)[-1].replace(" ", "")
    return " ".join(text[i:i + 4] for i in range(0, len(text), 4)).upper()


class ImportWarnings(QObject):
    """The sync service's import warnings in the UI language.

    The service layer does not import Qt, so its warnings arrive as English text; each one it can
    write (gcen_desktop/sync/admission.py, import_pipeline.py and import_outcome.py, and
    services/bundles.py `equivocation_warning`) is recognised here by its exact wording and written
    again through tr(). A text this class does not know is shown as it came.
    """

    _NOT_SIGNED = re.compile(r"This bundle is not signed, so it cannot be checked that (.*) made it; "
                             r"import it only if you know where it came from\.", re.S)
    _NEW_KEY = re.compile(r"This is the first bundle signed by the key ([0-9A-F ]+?) \((.*)\); check the "
                          r"fingerprint with that teammate before trusting it\.", re.S)
    _CLOCK = re.compile(r"The sender's clock is ([\d,]+(?:\.\d+)?) hours ahead of this computer's; ask "
                        r"them to check their date and time \(the order of edits does not depend on it\)\.")
    _MISSING = re.compile(r"This bundle assumes changes this store does not have \((.*)\); what it holds "
                          r"was applied, and a full bundle from the sender will fill the gap\.", re.S)
    _MISSING_PART = re.compile(r"([\d,]+) from (.*?)(?=, [\d,]+ from |$)", re.S)
    _DELETES = re.compile(r"This bundle deletes ([\d,]+) records; look at the preview before importing\.")
    _NOTHING = "Everything in this bundle is already here; importing it changes nothing."
    _LEFT_OUT = re.compile(r"No key you trust signed this bundle, so the changes it carries in the name of teammates "
                           r"already known here were left out \((.*)\); (trust the key of this bundle, or )?ask "
                           r"those teammates for a bundle of their own\.", re.S)
    _LEFT_OUT_PART = re.compile(r"([\d,]+) of (.*?)(?=, [\d,]+ of |$)", re.S)
    _RESTORED = ("This bundle holds changes this workspace copy made before it was restored from a backup; they "
                 "were imported, and this copy numbers its next changes after them so that teammates keep "
                 "accepting its changes.")
    _EQUIVOCATION_VIA = re.compile(r"One of (.*)'s changes arrived here in two different versions, the second in a "
                                   r"bundle from (.*) \(\1's store or \2's wrote the other one\); every store "
                                   r"keeps the same version, and the other is kept as evidence\.", re.S)
    _EQUIVOCATION = re.compile(r"One of (.*)'s changes arrived here in two different versions \(\1's store, or a "
                               r"teammate who passed it on, wrote the other one\); every store keeps the same "
                               r"version, and the other is kept as evidence\.", re.S)
    _NOT_COPIED = re.compile(r"([\d,]+) records were not copied because what they belong to is not in the bundle\.")

    def text(self, warning: str) -> str:
        """`warning` translated, or as it is when it is not one of the service's known texts."""
        if warning == self._NOTHING:
            return self.tr("Everything in this bundle is already here; importing it changes nothing.")
        if warning == self._RESTORED:
            return self.tr("This bundle holds changes this workspace copy made before it was restored from a "
                           "backup; they were imported, and this copy numbers its next changes after them so "
                           "that teammates keep accepting its changes.")
        for pattern, translated in self._patterns():
            if m := pattern.fullmatch(warning):
                return translated(m)
        return warning

    def _patterns(self) -> tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...]:
        """Each warning with parameters, and what writes it again in the UI language (tried in turn)."""
        return (
            (self._LEFT_OUT, self._left_out), (self._EQUIVOCATION_VIA, self._equivocation_via),
            (self._EQUIVOCATION, self._equivocation),
            (self._NOT_SIGNED, self._not_signed), (self._NEW_KEY, self._new_key), (self._CLOCK, self._clock),
            (self._DELETES, self._deletes), (self._NOT_COPIED, self._not_copied), (self._MISSING, self._missing),
        )

    def _left_out(self, m: re.Match[str]) -> str:
        locale = QLocale()
        parts = ", ".join(self.tr("%s of %s") % (locale.toString(int(n.replace(",", ""))), who)
                          for n, who in self._LEFT_OUT_PART.findall(m[1]))
        if m[2]:
            return self.tr("No key you trust signed this bundle, so the changes it carries in the name of "
                           "teammates already known here were left out (%s); trust the key of this bundle, "
                           "or ask those teammates for a bundle of their own.") % parts
        return self.tr("No key you trust signed this bundle, so the changes it carries in the name of "
                       "teammates already known here were left out (%s); ask those teammates for a bundle "
                       "of their own.") % parts

    def _equivocation_via(self, m: re.Match[str]) -> str:
        return fill(self.tr("One of %1's changes arrived here in two different versions, the second in a bundle "
                             "from %2 (%1's store or %2's wrote the other one); every store keeps the same "
                             "version, and the other is kept as evidence."), m[1], m[2])

    def _equivocation(self, m: re.Match[str]) -> str:
        return fill(self.tr("One of %1's changes arrived here in two different versions (%1's store, or a "
                             "teammate who passed it on, wrote the other one); every store keeps the same "
                             "version, and the other is kept as evidence."), m[1])

    def _not_signed(self, m: re.Match[str]) -> str:
        name = self.tr("a teammate") if m[1] == "a teammate" else m[1]
        return self.tr("This bundle is not signed, so it cannot be checked that %s made it; import it "
                       "only if you know where it came from.") % name

    def _new_key(self, m: re.Match[str]) -> str:
        name = self.tr("no name given") if m[2] == "no name given" else m[2]
        return self.tr("This is the first bundle signed by the key %s (%s); check the fingerprint with "
                       "that teammate before trusting it.") % (m[1], name)

    def _clock(self, m: re.Match[str]) -> str:
        hours = QLocale().toString(float(m[1].replace(",", "")), "f", 1)
        return self.tr("The sender's clock is %s hours ahead of this computer's; ask them to check "
                       "their date and time (the order of edits does not depend on it).") % hours

    def _deletes(self, m: re.Match[str]) -> str:
        return self.tr("This bundle deletes %Ln records; look at the preview before importing.", "",
                       int(m[1].replace(",", "")))

    def _not_copied(self, m: re.Match[str]) -> str:
        return self.tr("%Ln records were not copied because what they belong to is not in the bundle.", "",
                       int(m[1].replace(",", "")))

    def _missing(self, m: re.Match[str]) -> str:
        locale = QLocale()
        parts = []
        for count, origin in self._MISSING_PART.findall(m[1]):
            store = re.fullmatch(r"store (\S{1,8})", origin)
            origin = self.tr("store %s") % store[1] if store else origin
            parts.append(self.tr("%s from %s") % (locale.toString(int(count.replace(",", ""))), origin))
        return self.tr("This bundle assumes changes this store does not have (%s); what it holds was "
                       "applied, and a full bundle from the sender will fill the gap.") % ", ".join(parts)

    def lines(self, warnings: list[str]) -> str:
        """One '⚠ warning' line per warning, translated."""
        return "\n".join("⚠ " + visible(self.text(w)) for w in warnings)


class ImportPreviewDialog(QDialog):
    def __init__(self, preview: Any, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import %s") % file_name)
        self.setMinimumWidth(640)
        c = theme.current()
        # Every name and text below comes from the bundle: plain-text labels (a name cannot be markup
        # drawing a fake "Signed by … (trusted)"), control and bidi characters escaped.
        sender = visible(preview.producer_name) if preview.producer_name else ""
        heading = plain_label(self.tr("Bundle from %s") % (sender or self.tr("an unknown teammate")), self)
        heading.setObjectName("SectionTitle")
        info = self._info_form(preview)
        self.model = ImportCountsModel(preview.counts, self, kept_for_newer=getattr(preview, "kept_for_newer", 0))
        self.table = self._counts_table()

        self.heading = heading
        self.summary = plain_label("", self)
        self.summary.setWordWrap(True)
        self.summary.setText(self._summary_text(preview))
        self.warnings = QLabel(self)
        plain(self.warnings)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(f"color: {c.warning};")
        self.warnings.setText(ImportWarnings().lines(list(preview.warnings)))
        self.warnings.setVisible(bool(preview.warnings))

        # A bundle no trusted key vouches for is imported once (trusting nothing it says of
        # teammates), or, when signed, with its key trusted from now on.
        self.needs_decision = not getattr(preview, "vouched", preview.key_known) and not preview.already_imported_on
        self.once_note = QLabel(self)
        self.once_note.setWordWrap(True)
        self.once_note.setTextFormat(Qt.TextFormat.PlainText)
        self.once_note.setText(self.tr(
            "No key you trust signed this bundle. Importing it once brings in what is new from teammates "
            "this workspace does not know yet; what it says about the teammates you know is left out, "
            "and nothing else in it is remembered."))
        self.once_note.setVisible(self.needs_decision)

        self.trust = QCheckBox(self)
        self.trust.setText(self.tr("I checked this key with %s (e.g. by phone): trust it for their future bundles")
                           % (sender or self.tr("the sender")))
        self.trust.setAccessibleName(self.tr("Trust the sender's key"))
        self.trust.setVisible(bool(preview.fingerprint) and not preview.key_known
                              and not preview.already_imported_on)

        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addLayout(info)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        layout.addWidget(self.once_note)
        layout.addWidget(self.trust)
        layout.addWidget(buttons)
        # A signed bundle from a key this store does not trust: trust it, or import once without.
        self.needs_trust = bool(preview.fingerprint) and not preview.key_known and not preview.already_imported_on
        self.trust.toggled.connect(lambda _on: self._update_import_button())
        self._update_import_button()

    def _info_form(self, preview: Any) -> QFormLayout:
        """When the bundle was made, of which workspace, what it holds, and the sender's key."""
        kind = {"full": self.tr("everything they hold"), "incremental": self.tr("their changes since the last exchange")}
        info = QFormLayout()
        info.setHorizontalSpacing(16)
        info.addRow(self.tr("Made on"), plain_label(format_ms(preview.created_ms), self))
        self.workspace = plain_label(visible(preview.workspace_name or ""), self)
        info.addRow(self.tr("Workspace"), self.workspace)
        info.addRow(self.tr("Contains"), plain_label(kind.get(preview.kind, visible(preview.kind or "")), self))
        fingerprint = plain_label(visible(group_fingerprint(preview.fingerprint)) or self.tr("not signed"), self)
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        info.addRow(self.tr("Sender's key"), fingerprint)
        return info

    def _counts_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setAccessibleName(self.tr("What the bundle changes"))
        table.verticalHeader().setVisible(False)
        table.setShowGrid(False)
        table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a dozen rows at most
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rows = max(self.model.rowCount(), 1)
        table.setMinimumHeight(min(rows, 10) * (self.fontMetrics().height() + 12) + 40)
        return table

    def _summary_text(self, preview: Any) -> str:
        if preview.already_imported_on:
            return self.tr("This bundle was already imported on %s. Importing it again changes "
                           "nothing.") % visible(when_text(preview.already_imported_on))
        if sum(self.model.total(k) for k in ("new", "updated", "deleted", "conflicting")) == 0:
            return self.tr("Nothing new: you already have everything in this bundle.")
        return (self.tr("%1 new, %2 updated, %3 deleted; %Ln will need a decision in Conflicts.", "",
                        self.model.total("conflicting"))
                .replace("%1", QLocale().toString(self.model.total("new")))
                .replace("%2", QLocale().toString(self.model.total("updated")))
                .replace("%3", QLocale().toString(self.model.total("deleted"))))

    def _update_import_button(self) -> None:
        self.import_button.setEnabled(True)
        if self.needs_trust and self.trust.isChecked():
            self.import_button.setText(self.tr("Trust the key and import"))
        elif self.needs_decision:
            self.import_button.setText(self.tr("Import once without trusting"))
        else:
            self.import_button.setText(self.tr("Import"))
        bold = self.import_button.font()
        bold.setBold(True)  # the default button is drawn bold by the theme
        width = QFontMetrics(bold).horizontalAdvance(self.import_button.text()) + 48
        self.import_button.setMinimumWidth(width)

    def trust_new_key(self) -> bool:
        return bool(self.preview.fingerprint) and not self.preview.key_known and self.trust.isChecked()

    def import_once(self) -> bool:
        """The user imports the bundle once, trusting no key (the only way for an unsigned one)."""
        return self.needs_decision and not self.trust_new_key()
