"""PeersPanel: teammates met through bundles, their key fingerprints, and trusting a key."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.display import visible
from ..i18n import error_text
from ..safe_text import fill
from ..widgets.selected_rows import selected_rows
from .import_preview_dialog import format_ms
from .peer_model import PeerRole, PeerTableModel


class PeersPanel(QFrame):
    sig_trust = Signal(str)  # replica
    sig_dismiss_refused = Signal()  # the user has read the refused bundles' lines

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        title = QLabel(self.tr("Teammates"), self)
        title.setObjectName("CardTitle")
        about = QLabel(self.tr("Everyone whose bundles you imported. Before trusting a key, compare its "
                         "fingerprint with the teammate, e.g. by phone."), self)
        about.setWordWrap(True)
        about.setObjectName("Muted")
        self.model = PeerTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Teammates and their keys"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a team is a few people
        # the fingerprint is read aloud whole; a long name gives way (its whole text is its tooltip)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No teammates yet. Import a bundle from one, or send them yours."), self)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("EmptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # a teammate's store that sent two versions of one change (the same one is kept everywhere)
        self.equivocation = QLabel(self)
        self.equivocation.setTextFormat(Qt.TextFormat.PlainText)  # names come from bundles
        self.equivocation.setWordWrap(True)
        self.equivocation.setObjectName("Warning")
        # bundles refused because a key spoke for a teammate (or this store) bound to another key
        self.refused = QLabel(self)
        self.refused.setTextFormat(Qt.TextFormat.PlainText)  # names and file names come from bundles
        self.refused.setWordWrap(True)
        self.refused.setObjectName("Warning")
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the refused bundles"))
        self.dismiss_button.clicked.connect(self.sig_dismiss_refused)
        self.trust_button = QPushButton(self.tr("Trust this key"), self)
        self.trust_button.setAccessibleName(self.tr("Trust the selected teammate's key"))
        self.trust_button.clicked.connect(self._on_trust_button_clicked)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.trust_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(title)
        layout.addWidget(about)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.equivocation)
        layout.addWidget(self.refused)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.set_peers([])
        self.set_refused([])

    def set_peers(self, peers: list[Any]) -> None:
        self.model.set_peers(peers)
        self.table.setVisible(bool(peers))
        self.empty.setVisible(not peers)
        lines = [self._equivocation_line(p) for p in peers if getattr(p, "equivocated", 0)]
        self.equivocation.setText("\n".join(lines))
        self.equivocation.setVisible(bool(lines))
        self._update()

    def _equivocation_line(self, peer: Any) -> str:
        """Which teammate's changes arrived in two versions, and through whose bundles (only a
        bundle's manifest is signed: whoever passed a change on may have written the other one)."""
        who = visible(peer.name or peer.replica[:8])
        via = [visible(v) for v in getattr(peer, "equivocated_via", [])]
        if via:
            text = self.tr(
                "Some of %1's changes arrived in two different versions, the second in bundles from %2 (%1's "
                "store or theirs wrote the other one); every store keeps the same version, and the other is "
                "kept as evidence."
            )
            return fill(text, who, QLocale().createSeparatedList(via))
        return fill(self.tr(
            "Some of %1's changes arrived in two different versions (%1's store, or a teammate who passed them "
            "on, wrote the other one); every store keeps the same version, and the other is kept as evidence."
        ), who)

    def set_refused(self, refused: list[Any]) -> None:
        """Name the bundles refused as impersonations (newest first): when, which file, and the
        refusal's sentence, which names the key that signed and the teammate it claimed to be."""
        lines = [
            visible(fill(self.tr("Refused on %1 (%2): %3"), format_ms(r.ms), r.file, error_text(r.reason)))
            for r in refused
        ]
        self.refused.setText("\n".join(lines))
        self.refused.setVisible(bool(lines))
        self.dismiss_button.setVisible(bool(lines))

    def selected(self) -> Any:
        rows = selected_rows(self.table)
        return rows[0].data(PeerRole) if rows else None

    def _update(self) -> None:
        peer = self.selected()
        self.trust_button.setEnabled(bool(peer and peer.fingerprint and not peer.trusted))

    def _on_trust_button_clicked(self) -> None:
        peer = self.selected()
        if peer is not None:
            self.sig_trust.emit(peer.replica)

