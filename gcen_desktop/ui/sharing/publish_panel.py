"""PublishPanel: publish to the network (the hub, or one named city), incremental or full, saying
first in words what will be published and withdrawn, then writing the signed file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...services.network import HUB, Network
from .. import prompts
from ..context import AppContext
from ..forms.buttons import fit_bold_text
from ..forms.values import type_name
from ..safe_text import fill, plain, visible
from .export_panel import _file_words, human_size
from .progress import run_with_progress
from .publish_words import describe


class PublishPanel(QFrame):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._asked = 0  # the newest preview asked for: older answers are dropped
        self.setObjectName("Card")
        title = QLabel(self.tr("Publish to the network"), self)
        title.setObjectName("CardTitle")
        about = QLabel(self.tr("What your team marked “Network”, for other cities: its current text, never its "
                               "history; what is no longer marked is withdrawn."), self)
        about.setObjectName("Muted")
        about.setWordWrap(True)
        receiver_label = QLabel(self.tr("For:"), self)
        self.receiver = QComboBox(self)
        self.receiver.setEditable(True)
        self.receiver.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.receiver.setAccessibleName(self.tr("Who the publication is for"))
        self.receiver.setToolTip(self.tr("The network hub, or the name of one city you send it to directly."))
        self.receiver.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.receiver.setMinimumContentsLength(12)
        receiver_label.setBuddy(self.receiver)
        self.changed = QRadioButton(self.tr("What changed since the last publication to it"), self)
        self.full = QRadioButton(self.tr("Everything published now"), self)
        self.full.setToolTip(self.tr("For a receiver that lost a file, or one you never published to."))
        self.changed.setChecked(True)
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.changed, 0)
        self.mode.addButton(self.full, 1)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        plain(self.preview)
        self.publish_button = QPushButton(self.tr("Publish to the network…"), self)
        self.publish_button.setObjectName("Primary")
        fit_bold_text(self.publish_button)
        self.publish_button.setAccessibleName(self.tr("Publish to the network"))
        self.result = QLabel(self)
        self.result.setObjectName("Muted")
        self.result.setWordWrap(True)
        plain(self.result)
        receiver_row = QHBoxLayout()
        receiver_row.addWidget(receiver_label)
        receiver_row.addWidget(self.receiver, 1)
        button_row = QHBoxLayout()
        button_row.addWidget(self.publish_button)
        button_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(6)
        for part in (title, about, receiver_row, self.changed, self.full, self.preview, button_row, self.result):
            (layout.addLayout if isinstance(part, QHBoxLayout) else layout.addWidget)(part)
        layout.addStretch(1)
        self.mode.idToggled.connect(lambda _i, on: on and self.load())
        self.receiver.activated.connect(lambda _i: self.load())
        self.receiver.lineEdit().editingFinished.connect(self.load)
        self.publish_button.clicked.connect(self.publish)

    # --- what will be published -------------------------------------------------------------------

    def set_cities(self, cities: list[str], own: str) -> None:
        """The receivers offered: the hub, then the cities of this workspace (but its own)."""
        typed = self.receiver.currentText()
        self.receiver.blockSignals(True)
        self.receiver.clear()
        self.receiver.addItem(self.tr("the network hub"), HUB)
        for name in cities:
            if name.strip() and name.casefold() != own.casefold():
                self.receiver.addItem(visible(name), name)
        index = self.receiver.findText(typed) if typed else 0
        if index >= 0:
            self.receiver.setCurrentIndex(index)
        else:
            self.receiver.setEditText(typed)
        self.receiver.blockSignals(False)

    def receiver_name(self) -> str:
        """The receiver chosen: the hub, or the city typed or picked."""
        text = self.receiver.currentText().strip()
        index = self.receiver.findText(text)
        if index >= 0:
            return str(self.receiver.itemData(index))
        return text or HUB

    def receiver_words(self) -> str:
        name = self.receiver_name()
        return self.tr("the network hub") if name == HUB else visible(name)

    def load(self) -> None:
        """Say what a publication for the chosen receiver would carry now (read on a worker)."""
        self._asked += 1
        asked, ws, who, full = self._asked, self.ctx.ws, self.receiver_name(), self.full.isChecked()
        self.ctx.workers.run(lambda: Network(ws).preview_publish(who, full=full), lambda plan: self._previewed(asked, plan),
                             lambda exc: self.preview.setText(""), write=False)

    def _previewed(self, asked: int, plan: Any) -> None:
        if asked == self._asked:
            self.preview.setText(self.preview_text(plan))

    def preview_text(self, plan: Any) -> str:
        said = describe(plan)
        if not said:
            return self.tr("Nothing new to publish for %s.") % self.receiver_words()
        pending = int(getattr(plan, "pending", 0) or 0)
        if pending:  # sent before, the receiver's receipt not imported yet: they go again
            return self.tr("For %1: %2 (%n of them sent before, not acknowledged yet).", "", pending).replace(
                "%2", said).replace("%1", self.receiver_words())
        return self.tr("For %1: %2.").replace("%2", said).replace("%1", self.receiver_words())

    # --- publishing -------------------------------------------------------------------------------

    def suggested_name(self) -> str:
        team = _file_words(self.ctx.ws.label(self.ctx.ws.workspace_id), 40) or "workspace"
        who = "hub" if self.receiver_name() == HUB else _file_words(self.receiver_name(), 40) or "city"
        return f"{team} - network for {who} - {dt.date.today().isoformat()}.gcen"

    def publish(self) -> None:
        """Say what will be published and withdrawn, ask where to save it, then write it."""
        ws, who, full = self.ctx.ws, self.receiver_name(), self.full.isChecked()
        self.publish_button.setEnabled(False)
        self.ctx.workers.run(lambda: Network(ws).preview_publish(who, full=full),
                             lambda plan: self._confirm(plan, who, full), self._on_failed_now, write=False)

    def _on_failed_now(self, exc: BaseException) -> None:
        self.publish_button.setEnabled(True)
        self.ctx.show_error(exc, self)

    def _confirm(self, plan: Any, who: str, full: bool) -> None:
        self.publish_button.setEnabled(True)
        said = describe(plan)
        self.preview.setText(self.preview_text(plan))
        if not said:
            prompts.info(self, self.tr("Nothing to publish"), self.tr(
                "Nothing changed for %s since your last publication to it. Choose “Everything published now” "
                "to send it all again, or mark records “Network” first.") % self.receiver_words())
            return
        text = self.tr("Publish for %1: %2?\n\nOther cities get the current text of these records, never their "
                       "history.").replace("%2", said).replace("%1", self.receiver_words())
        if not prompts.confirm(self, self.tr("Publish to the network"), text, ok_label=self.tr("Publish…")):
            return
        path = prompts.save_file(self, self.tr("Save the publication as"), self.tr("GCEN publication (*.gcen)"),
                                 self.suggested_name())
        if path is None:
            return
        if path.suffix.lower() != ".gcen":
            path = path.with_name(path.name + ".gcen")
        ws = self.ctx.ws
        self.publish_button.setEnabled(False)
        # On the writer: publishing remembers what this receiver was sent, for the next one.
        run_with_progress(self.ctx, self, self.tr("Writing %s…") % path.name,
                          lambda _progress: Network(ws).publish(path, who, full=full), self._on_published,
                          self._on_failed, write=True)

    def _on_published(self, result: Any) -> None:
        self.publish_button.setEnabled(True)
        parts = [Path(p) for p in getattr(result, "parts", None) or []]
        if parts:
            text = fill(self.tr("This publication was larger than one file may be, so it was saved as %Ln files, %1 "
                                "to %2 (%3 in all). Send all of them to %4; each one is imported on its own.", "",
                                len(parts)),
                        visible(parts[0].name), visible(parts[-1].name), human_size(result.size), self.receiver_words())
        else:
            text = self.tr("Saved %1 (%2). Send it to %3.").replace("%3", self.receiver_words()).replace(
                "%2", human_size(result.size)).replace("%1", Path(result.path).name)
        if getattr(result, "left_out", None):
            text += "\n⚠ " + self.tr(
                "No publication can carry these records, so they stayed here and the rest was published: %s. Make "
                "them smaller (or give them fewer tags, attachments or parts) and publish again."
            ) % "; ".join(self._left_out(item) for item in result.left_out)
        self.result.setText(text)
        self.ctx.sig_status.emit(self.tr("Publication saved: %s") % Path(result.path).name)
        self.load()

    def _left_out(self, item: Any) -> str:
        """One record of a publication's `left_out`, in the user's language."""
        kind, label = type_name(item.type), visible(item.label[:60])
        if item.reason == "count":
            return self.tr("%s '%s': too many tags, attachments or parts") % (kind, label)
        if item.reason == "size":
            return self.tr("%s '%s': too large") % (kind, label)
        if item.reason == "attachments":
            return self.tr("%s '%s': its attachments are too large together") % (kind, label)
        return self.tr("%s '%s': a value other cities cannot read") % (kind, label)

    def _on_failed(self, exc: BaseException, cancelled: bool) -> None:
        self.publish_button.setEnabled(True)
        if cancelled:
            self.result.setText(self.tr("Publishing cancelled; no file was written."))
            return
        self.ctx.show_error(exc, self)
