"""The main window's status bar: who I am, how many changes are not yet shared, the last exchange."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from ..services.changes import ChangeSet
from ..services.teammates import last_exchange, unshared_by_cursor
from .context import AppContext
from .safe_text import plain, visible
from .widgets.section_parts import date_pattern


def exchange_summary(ctx: AppContext) -> tuple[int, str]:
    """(unshared change count, 'Ana Ruiz, 3 Mar 2026' or '') from the exchange service.

    Falls back to the store's export cursor if the exchange service cannot answer.
    """
    try:
        from ..services.bundles import Exchange

        ex = Exchange(ctx.ws)
        unshared = ex.unexported_count()
        last = ex.last_exchange()
    except Exception:  # noqa: BLE001 — the status bar must never take the window down
        return unshared_by_cursor(ctx.ws), _last_peer(ctx)
    if last is None:
        return unshared, ""
    name, ms = last
    when = QLocale().toString(QDateTime.fromMSecsSinceEpoch(int(ms)).date(), date_pattern())
    who = visible(name) if name else QCoreApplication.translate("WorkspaceStatusBar", "the team")
    return unshared, f"{who}, {when}"


def _last_peer(ctx: AppContext) -> str:
    """'Ana Ruiz, 3 Mar 2026' for the teammate whose bundle this store exchanged with last."""
    last = last_exchange(ctx.ws)
    if last is None:
        return ""
    name, ms = last
    when = QDateTime.fromMSecsSinceEpoch(ms)
    return f"{visible(name)}, {QLocale().toString(when.date(), date_pattern())}"


class WorkspaceStatusBar(QStatusBar):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setSizeGripEnabled(True)
        self.me_label = QLabel(self)
        self.me_label.setAccessibleName(self.tr("Teammate using this workspace"))
        self.unshared_label = QLabel(self)
        self.unshared_label.setAccessibleName(self.tr("Changes not yet shared"))
        self.exchange_label = QLabel(self)
        self.exchange_label.setAccessibleName(self.tr("Last exchange"))
        # A workspace that takes no changes says so where it is always seen (each refused change
        # is also told when it is tried).
        self.state_label = QLabel(self)
        self.state_label.setAccessibleName(self.tr("Workspace state"))
        self.state_label.hide()
        for label in (self.state_label, self.me_label, self.unshared_label, self.exchange_label):
            plain(label)  # names from teammates' bundles are shown here
            self.addPermanentWidget(label)
        ctx.sig_status.connect(self._on_ctx_status)
        ctx.sig_changed.connect(self._on_ctx_changed)
        ctx.sig_exchanged.connect(self.refresh)
        self._show_me()
        self.unshared_label.setText(self.tr("Counting changes not yet shared…"))
        self.exchange_label.setText(self.tr("No exchange yet"))
        # Right after the window's content: the exchange service loads the crypto libraries.
        QTimer.singleShot(0, self, self.refresh)

    def _on_ctx_status(self, text: str) -> None:
        self.showMessage(text, 6000)
        self._show_state()

    def _show_state(self) -> None:
        ws = self.ctx.ws
        if ws.read_only:
            text = self.tr("Read-only: this workspace can be read but not changed")
        elif ws.damaged:
            text = self.tr("Damaged: changes are refused; restore a backup or join the workspace again")
        else:
            text = ""
        self.state_label.setText(text)
        self.state_label.setVisible(bool(text))

    def _on_ctx_changed(self, _changes: ChangeSet) -> None:
        self.refresh()

    def _show_me(self) -> None:
        me = self.ctx.ws.me
        name = visible(self.ctx.ws.label(me) or "") if me else ""
        self.me_label.setText(self.tr("You: %s") % name if name else self.tr("Choose who you are in Preferences"))

    def refresh(self) -> None:
        self._show_state()
        self._show_me()
        unshared, last = exchange_summary(self.ctx)
        if unshared:
            text = self.tr("%Ln changes not yet shared", "", unshared)
            self.unshared_label.setText(text)
        else:
            self.unshared_label.setText(self.tr("Everything shared"))
        self.exchange_label.setText(self.tr("Last exchange with %s") % last if last else self.tr("No exchange yet"))
        for label in (self.me_label, self.unshared_label, self.exchange_label):
            label.setMinimumWidth(label.sizeHint().width())  # never squeezed out of sight
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """On a narrow window (a laptop, a long language) "You: …" gives way to the sharing state:
        the labels keep their full text, so all three may not fit."""
        labels = [self.state_label, self.me_label, self.unshared_label, self.exchange_label]
        needed = sum(label.sizeHint().width() + 12 for label in labels if not label.isHidden() or label is self.me_label)
        needed += 24  # the size grip and the margins
        room = needed <= self.width() or self.width() == 0
        if self.me_label.isHidden() == room and self.me_label.text():
            self.me_label.setVisible(room)
