"""SharedFolderPanel: a folder teammates share (a synced drive); bundles in it are exchanged on a timer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .. import prompts
from ..context import AppContext
from ..i18n import error_text
from .exchange_access import exchange_for

INTERVAL_MS = 5 * 60 * 1000


class SharedFolderPanel(QFrame):
    sig_synced = Signal(object)  # list of import reports
    sig_review = Signal(object)  # Path of a held-back bundle the user wants to look at (import with preview)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("Card")
        title = QLabel(self.tr("Shared folder"), self)
        title.setObjectName("CardTitle")
        about = QLabel(self.tr("If your team shares a folder (a synced drive), GCEN Desktop puts your bundle there "
                         "and imports your teammates' bundles every five minutes."), self)
        about.setWordWrap(True)
        about.setObjectName("Muted")
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose folder…"), self)
        self.stop_button = QPushButton(self.tr("Stop using it"), self)
        self.sync_button = QPushButton(self.tr("Sync now"), self)
        self.last = QLabel(self)
        self.last.setTextFormat(Qt.TextFormat.PlainText)  # errors quote names from bundles
        self.last.setObjectName("Muted")
        self.last.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.sync_button)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(title)
        layout.addWidget(about)
        layout.addWidget(self.folder_label)
        layout.addLayout(row)
        layout.addWidget(self.last)
        # Bundles the periodic sync did not import: they wait for the user's look and decision.
        self.held = QLabel(self)
        self.held.setTextFormat(Qt.TextFormat.PlainText)  # file names and reasons quote bundles
        self.held.setWordWrap(True)
        self.review_button = QPushButton(self.tr("Look at it…"), self)
        self.review_button.setToolTip(self.tr("Open the bundle with its preview, then decide"))
        self.review_button.clicked.connect(self._review_first)
        self.held.hide()
        self.review_button.hide()
        layout.addWidget(self.held)
        layout.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.waiting: list[Any] = []
        layout.addStretch(1)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.sync_now)
        self.choose_button.clicked.connect(self.choose)
        self.stop_button.clicked.connect(self.stop_using)
        self.sync_button.clicked.connect(self.sync_now)
        self.folder: str | None = None
        self._busy = False

    def load(self) -> None:
        """Show the folder setting; the periodic sync runs while one is set."""
        try:
            folder = exchange_for(self.ctx.ws).shared_folder()
        except Exception:  # noqa: BLE001 - no exchange service: the panel stays disabled
            self.setEnabled(False)
            self.folder_label.setText(self.tr("Not available in this build."))
            return
        self.set_folder_shown(str(folder) if folder else None)
        if folder:
            self.show_held_back()

    def set_folder_shown(self, folder: str | None) -> None:
        self.folder = folder
        self.folder_label.setText(folder or self.tr("No shared folder. Bundles travel by USB stick or e-mail."))
        self.stop_button.setEnabled(bool(folder))
        self.sync_button.setEnabled(bool(folder))
        if folder and not self.timer.isActive():
            self.timer.start()
        elif not folder:
            self.timer.stop()

    def choose(self) -> None:
        folder = prompts.choose_folder(self, self.tr("Choose the folder your team shares"), self.folder or "")
        if folder is None:
            return
        ws = self.ctx.ws
        self.ctx.run_write(lambda: exchange_for(ws).set_shared_folder(folder),
                           lambda _r: (self.set_folder_shown(str(folder)), self.sync_now()), parent_widget=self)

    def stop_using(self) -> None:
        ws = self.ctx.ws
        self.ctx.run_write(lambda: exchange_for(ws).set_shared_folder(None),
                           lambda _r: self.set_folder_shown(None), parent_widget=self)

    def sync_now(self) -> None:
        if not self.folder or self._busy:
            return
        self._busy = True
        self.sync_button.setEnabled(False)
        ws = self.ctx.ws

        def done(reports: Any) -> None:
            self._busy = False
            self.sync_button.setEnabled(True)
            reports = list(reports or [])
            for report in reports:
                changes = getattr(report, "changes", None)
                if changes:
                    self.ctx.sig_changed.emit(changes)
            self.ctx.sig_exchanged.emit()  # our own bundle may have been written there too
            if not reports:
                self.last.setText(self.tr("Last sync: nothing new from teammates."))
            elif len(reports) == 1:
                self.last.setText(self.tr("Last sync brought in one bundle."))
            else:
                self.last.setText(self.tr("Last sync brought in %Ln bundles.", "", len(reports)))
            self.sig_synced.emit(reports)
            self.show_held_back()

        def failed(exc: BaseException) -> None:
            self._busy = False
            self.sync_button.setEnabled(True)
            self.last.setText(self.tr("Last sync failed: %s") % error_text(exc))

        # with progress, so closing the app during a long pass can cancel it (AppContext.shutdown)
        self.ctx.workers.run(lambda progress: exchange_for(ws).sync_folder_once(progress=progress), done, failed,
                             write=True, on_progress=lambda _done, _total: None)

    def show_held_back(self) -> None:
        """List the bundles of the folder that wait for the user's decision."""
        ws = self.ctx.ws

        def done(held: Any) -> None:
            self.waiting = list(held or [])
            if not self.waiting:
                self.held.hide()
                self.review_button.hide()
                return
            lines = [self.tr("Waiting for you (not imported automatically):")]
            lines += [f"• {item.path.name}: {error_text(item.reason)}" for item in self.waiting]
            self.held.setText("\n".join(lines))
            self.held.show()
            self.review_button.show()

        self.ctx.workers.run(lambda: exchange_for(ws).held_back(), done, lambda _exc: None, write=False)

    def _review_first(self) -> None:
        if self.waiting:
            self.sig_review.emit(self.waiting[0].path)

    def stop_timer(self) -> None:
        self.timer.stop()
