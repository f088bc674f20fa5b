"""Import another city's publication: on the writer, asking first to compare the fingerprint of a
key never seen for that city, and telling in one line what arrived, was updated or withdrawn."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ...services.network import Network, Untrusted
from .. import prompts
from ..context import AppContext
from ..safe_text import visible
from ..sharing.progress import run_with_progress


class ReceiveFlow(QObject):
    """One import of a publication. `sig_received(line)` when it is in; `sig_ended()` either way."""

    sig_received = Signal(str)
    sig_ended = Signal()

    def __init__(self, ctx: AppContext, parent_widget: QWidget | None, path: Path) -> None:
        super().__init__(parent_widget)
        self.ctx = ctx
        self.widget = parent_widget
        self.path = Path(path)

    def start(self, trusted_fingerprint: str = "") -> None:
        ws, path = self.ctx.ws, self.path

        def job(_progress: Any) -> Any:
            return Network(ws).receive(path, trust_new_key=bool(trusted_fingerprint),
                                       trusted_fingerprint=trusted_fingerprint)

        run_with_progress(self.ctx, self.widget, self.tr("Importing %s…") % path.name, job, self._on_received,
                          self._on_failed, write=True)

    def _on_failed(self, exc: BaseException, cancelled: bool) -> None:
        if cancelled:
            self._end(self.tr("Import cancelled; nothing was changed."))
            return
        if isinstance(exc, Untrusted) and self._trust_asked(exc):
            self.start(str(exc.params.get("fingerprint") or ""))
            return
        if not isinstance(exc, Untrusted):
            self.ctx.show_error(exc, self.widget)
        self._end(self.tr("Import cancelled; nothing was changed.") if isinstance(exc, Untrusted) else "")

    def _trust_asked(self, exc: Untrusted) -> bool:
        """Whether the user, having compared it, trusts the key that signed the publication."""
        city = visible(exc.params.get("city") or self.tr("another city"))
        fingerprint = visible(exc.params.get("fingerprint") or "")
        text = self.tr(
            "This publication says it comes from %1, and it is signed by a key you have not trusted for "
            "that city yet. Its fingerprint is:\n\n%2\n\nAsk %1's team for the fingerprint of their key "
            "(by phone, or on the network hub's page) and trust it only if the two are the same."
        ).replace("%2", fingerprint).replace("%1", city)
        return prompts.confirm(self.widget, self.tr("A key you have not trusted yet"), text,
                               ok_label=self.tr("Trust it and import"))

    def _on_received(self, report: Any) -> None:
        line = self.report_line(report)
        self.ctx.sig_exchanged.emit()
        self.sig_received.emit(line)
        self._end(line)

    def report_line(self, report: Any) -> str:
        """'Toronto: 3 arrived, 1 updated, 1 withdrawn.' (or nothing new), in one line; a receipt:
        how many of this team's records that city holds."""
        if report.kind == "receipt":
            return self.tr("%1 holds %n of your published records; your next publication for it carries only what "
                           "it lacks.", "", report.acknowledged or 0).replace("%1", visible(report.city))
        totals = {c: sum(per.get(c, 0) for per in report.counts.values()) for c in ("new", "updated", "withdrawn")}
        said = [text for n, text in (
            (totals["new"], self.tr("%n arrived", "", totals["new"])),
            (totals["updated"], self.tr("%n updated", "", totals["updated"])),
            (totals["withdrawn"], self.tr("%n withdrawn", "", totals["withdrawn"])),
        ) if n]
        source = visible(report.city or report.workspace_name)
        if not said:
            return self.tr("%1: nothing new in this publication.").replace("%1", source)
        return self.tr("%1: %2.").replace("%2", ", ".join(said)).replace("%1", source)

    def _end(self, message: str) -> None:
        if message:
            self.ctx.sig_status.emit(message)
        self.sig_ended.emit()
        self.deleteLater()
