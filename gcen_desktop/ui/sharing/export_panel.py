"""ExportPanel: who the bundle is for, sign and encrypt options, and the Export button."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from .. import prompts
from ..context import AppContext
from ..forms.buttons import fit_bold_text
from ..forms.values import field_label, type_name
from ..safe_text import fill, visible
from .exchange_access import exchange_for
from .progress import run_with_progress


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"


def trusted_recipients(ctx: AppContext) -> list[str]:
    """The age keys of teammates whose keys this store trusts (the team roster travels in bundles)."""
    with ctx.ws.store.read() as conn:
        try:
            rows = conn.exec_driver_sql(
                "SELECT age_recipient FROM known_keys WHERE trusted=1 AND age_recipient IS NOT NULL"
            ).all()
        except Exception:  # noqa: BLE001 - a store from before keys were kept
            return []
    return [r for (r,) in rows if r]


def _file_words(text: str, limit: int) -> str:
    """The words of a name (letters, digits, - and _) for a file name, one space apart, cut at a
    word boundary within `limit` characters."""
    words = re.sub(r"[^\w\-]+", " ", text).replace("_", " ").split()
    words = [w for w in words if w.strip("-")]
    kept = ""
    for word in words:
        candidate = f"{kept} {word}" if kept else word
        if len(candidate) > limit:
            return kept or word[:limit]
        kept = candidate
    return kept


class ExportPanel(QFrame):
    sig_exported = Signal(object)  # ExportResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("Card")
        title = QLabel(self.tr("Share your changes"), self)
        title.setObjectName("CardTitle")
        self.unshared = QLabel(self)
        self.unshared.setObjectName("Muted")
        self.team = QRadioButton(self.tr("For the team"), self)
        self.team.setToolTip(self.tr("Everything some teammate may not have yet."))
        self.peer = QRadioButton(self.tr("For one teammate:"), self)
        self.full = QRadioButton(self.tr("Everything (a new teammate, a backup)"), self)
        self.full.setToolTip(self.tr("The whole workspace, for a teammate who is joining or as a backup."))
        self.team.setChecked(True)
        self.mode = QButtonGroup(self)
        for i, b in enumerate((self.team, self.peer, self.full)):
            self.mode.addButton(b, i)
        self.peer_box = QComboBox(self)
        self.peer_box.setAccessibleName(self.tr("Teammate"))
        self.sign = QCheckBox(self.tr("Sign it, so they know it is yours"), self)
        self.sign.setChecked(True)
        self.encrypt_keys = QCheckBox(self.tr("Encrypt for teammates you trust"), self)
        self.encrypt_keys.setToolTip(self.tr("Only teammates whose keys you trusted can open it."))
        self.encrypt_pass = QCheckBox(self.tr("Add a passphrase"), self)
        self.encrypt_pass.setToolTip(self.tr("Tell the passphrase by phone, not in the e-mail that carries the bundle."))
        self.export_button = QPushButton(self.tr("Export bundle…"), self)
        self.export_button.setObjectName("Primary")
        fit_bold_text(self.export_button)
        self.export_button.setAccessibleName(self.tr("Export a bundle"))
        self.result = QLabel(self)
        self.result.setTextFormat(Qt.TextFormat.PlainText)  # it may quote names from bundles
        self.result.setWordWrap(True)
        self.result.setObjectName("Muted")
        peer_row = QHBoxLayout()
        peer_row.addWidget(self.peer)
        peer_row.addWidget(self.peer_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(self.unshared)
        layout.addWidget(self.team)
        layout.addLayout(peer_row)
        layout.addWidget(self.full)
        layout.addSpacing(6)
        for box in (self.sign, self.encrypt_keys, self.encrypt_pass):
            layout.addWidget(box)
        layout.addSpacing(6)
        button_row = QHBoxLayout()
        button_row.addWidget(self.export_button)
        button_row.addStretch(1)
        layout.addLayout(button_row)
        layout.addWidget(self.result)
        self.mode.idToggled.connect(lambda _i, _c: self._update())
        self.export_button.clicked.connect(self.export)
        self._update()

    def set_peers(self, peers: list[Any], unshared: int | None) -> None:
        current = self.peer_box.currentData()
        self.peer_box.clear()
        for p in peers:
            self.peer_box.addItem(visible(p.name or p.replica[:8]), p.replica)  # a name from a bundle
        if current:
            self.peer_box.setCurrentIndex(max(self.peer_box.findData(current), 0))
        self.peer.setEnabled(bool(peers))
        if not peers and self.peer.isChecked():
            self.team.setChecked(True)
        self.encrypt_keys.setEnabled(bool(trusted_recipients(self.ctx)))
        if unshared is None:
            self.unshared.setText("")
        elif unshared:
            text = self.tr("%Ln changes not shared with anyone yet.", "", unshared)
            self.unshared.setText(text)
        else:
            self.unshared.setText(self.tr("Everything you changed has been shared."))
        self._update()

    def _update(self) -> None:
        self.peer_box.setEnabled(self.peer.isChecked() and self.peer_box.count() > 0)

    def mode_name(self) -> str:
        return {0: "team", 1: "peer", 2: "full"}[self.mode.checkedId()]

    def suggested_name(self) -> str:
        """'<team> - <date>.gcen' for the team, '<team> - for <teammate> - <date>.gcen' for one
        teammate, '<team> - full - <date>.gcen' for everything: one space between words (a dash
        or other sign taken out of a name leaves none doubled) and no 'team - team'."""
        team = _file_words(self.ctx.ws.label(self.ctx.ws.workspace_id), 40) or "workspace"
        parts = [team]
        if self.mode_name() == "peer":
            parts.append("for " + (_file_words(self.peer_box.currentText(), 40) or "teammate"))
        elif self.mode_name() == "full":
            parts.append("full")
        return " - ".join([*parts, dt.date.today().isoformat()]) + ".gcen"

    def export(self) -> None:
        passphrase = None
        if self.encrypt_pass.isChecked():
            passphrase = prompts.ask_text(self, self.tr("Passphrase"), self.tr("Passphrase for this bundle (at least 8 characters):"),
                                          password=True)
            if passphrase is None:
                return
            if len(passphrase) < 8:
                prompts.error(self, self.tr("Passphrase too short"),
                              self.tr("Use a passphrase of at least 8 characters, e.g. three unrelated words."))
                return
            again = prompts.ask_text(self, self.tr("Passphrase"), self.tr("Type the passphrase again:"), password=True)
            if again != passphrase:
                prompts.error(self, self.tr("Passphrases differ"), self.tr("The two passphrases differ; export again and type "
                                                               "the same passphrase twice."))
                return
        path = prompts.save_file(self, self.tr("Save bundle as"), self.tr("GCEN bundle (*.gcen)"), self.suggested_name())
        if path is None:
            return
        if path.suffix.lower() != ".gcen":
            path = path.with_name(path.name + ".gcen")
        kw = {
            "mode": self.mode_name(),
            "peer": self.peer_box.currentData() if self.mode_name() == "peer" else None,
            "sign": self.sign.isChecked(),
            "recipients": tuple(trusted_recipients(self.ctx)) if self.encrypt_keys.isChecked() else (),
            "passphrase": passphrase,
        }
        ws = self.ctx.ws

        def job(progress):
            return exchange_for(ws).export(path, progress=progress, **kw)

        self.export_button.setEnabled(False)
        # On the writer: an export records what was sent (export cursor, last export) in the store.
        run_with_progress(self.ctx, self, self.tr("Writing %s…") % path.name, job, self._on_exported,
                          self._on_failed, write=True)

    def _on_exported(self, result: Any) -> None:
        self.export_button.setEnabled(True)
        path = Path(result.path)
        parts = [Path(p) for p in getattr(result, "parts", None) or []]
        if parts:
            text = fill(self.tr("This export was larger than one bundle may be, so it was saved as %Ln files, %1 to "
                                "%2 (%3 in all): send all of them; your teammate imports each one, and a new "
                                "teammate joins with the first. They were checked after writing: it is safe to "
                                "remove the USB stick.", "", len(parts)),
                        visible(parts[0].name), visible(parts[-1].name), human_size(result.size))
        else:
            text = fill(self.tr("Saved %1 (%2, %Ln changes). It was checked after writing: it is safe to remove "
                                "the USB stick.", "", result.event_count), visible(path.name), human_size(result.size))
        if getattr(result, "warning", None):
            text += "\n⚠ " + self.tr("This bundle is %s, too large for most e-mail; export for one teammate "
                                     "instead, or share it on a USB stick or in a shared folder.") % human_size(result.size)
        if getattr(result, "cannot_travel", None):
            text += "\n⚠ " + self.tr(
                "A version that no bundle can carry (written by an older version of GCEN Desktop) stayed "
                "here and the rest was sent: %s; edit that field (or delete the record) and export again."
            ) % "; ".join(self._cannot_travel(item) for item in result.cannot_travel)
        self.result.setText(text)
        self.ctx.sig_status.emit(self.tr("Bundle saved: %s") % path.name)
        self.ctx.sig_exchanged.emit()
        self.sig_exported.emit(result)

    def _cannot_travel(self, item: Any) -> str:
        """One record of an export's `cannot_travel`, in the user's language."""
        kind, label = type_name(item.type), visible(item.label[:60])
        field = field_label(item.field, item.type) if item.field else "?"
        if item.reason == "size":
            return self.tr("%s '%s': '%s' is too large") % (kind, label, field)
        return self.tr("%s '%s': '%s' holds a NUL character") % (kind, label, field)

    def _on_failed(self, exc: BaseException, cancelled: bool) -> None:
        self.export_button.setEnabled(True)
        if cancelled:
            self.result.setText(self.tr("Export cancelled; no file was written."))
            return
        self.ctx.show_error(exc, self)
