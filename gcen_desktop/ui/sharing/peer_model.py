"""PeerTableModel: the teammates (stores) this workspace has exchanged bundles with, and their keys."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ..safe_text import visible
from .import_preview_dialog import format_ms, group_fingerprint

ReplicaRole = Qt.ItemDataRole.UserRole + 1
PeerRole = Qt.ItemDataRole.UserRole + 10


def _headers() -> tuple[str, ...]:
    return (QCoreApplication.translate("PeerTableModel", "Teammate"), QCoreApplication.translate("PeerTableModel", "Key fingerprint"),
            QCoreApplication.translate("PeerTableModel", "Trusted"), QCoreApplication.translate("PeerTableModel", "Last exchange"))


def _shown(peer: Any, column: int) -> str:
    """What a column shows of a teammate: name, key, trusted, last exchange."""
    if column == 0:
        return visible(peer.name or peer.replica[:8])  # a name from a bundle: no controls
    if column == 1:
        return group_fingerprint(peer.fingerprint) or QCoreApplication.translate("PeerTableModel", "no key yet")
    if column == 2:
        return QCoreApplication.translate("PeerTableModel", "Yes") if peer.trusted else QCoreApplication.translate("PeerTableModel", "No")
    return format_ms(peer.last_exchange_ms) or QCoreApplication.translate("PeerTableModel", "never")


class PeerTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_peers(self, peers: list[Any]) -> None:
        self.beginResetModel()
        self.rows = sorted(peers, key=lambda p: (p.name or "").casefold())
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return _headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        peer = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _shown(peer, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return _shown(peer, 0)
        if role == ReplicaRole:
            return peer.replica
        if role == PeerRole:
            return peer
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names[ReplicaRole] = QByteArray(b"replica")
        names[PeerRole] = QByteArray(b"peer")
        return names
