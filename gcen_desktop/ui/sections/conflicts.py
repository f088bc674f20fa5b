"""The Conflicts screen: records teammates changed in different ways, to settle one by one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QSplitter, QVBoxLayout, QWidget

from ...services.changes import ChangeSet
from ..conflicts.conflict_detail import ConflictDetail
from ..conflicts.conflict_model import ConflictListModel, IdRole
from ..context import AppContext
from ..lists.layout_state import restore_splitter, save_splitter
from ..widgets.two_line_delegate import TwoLineDelegate
from .base import Section


class ConflictsSection(Section):
    key = "conflicts"
    icon_name = "conflicts"
    record_types = ()  # any change may settle or raise a conflict

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        heading = QLabel(self.tr("Conflicts"), self)
        heading.setObjectName("SectionTitle")
        self.intro = QLabel(self)
        self.intro.setObjectName("Muted")
        self.intro.setWordWrap(True)
        self.model = ConflictListModel(ctx, self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Records with conflicts"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QLabel(self.tr("No conflicts."), self)
        self.empty.setObjectName("EmptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(16, 16, 8, 12)
        left_layout.addWidget(heading)
        left_layout.addWidget(self.intro)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.empty, 1)
        self.detail = ConflictDetail(ctx, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter = splitter
        splitter.setObjectName("conflictsSplitter")
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([340, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.list.selectionModel().currentChanged.connect(self._on_list_current_changed)
        restore_splitter(ctx, "conflicts_splitter", splitter)
        self.refresh(None)

    def _on_ctx_changed(self, changes: ChangeSet) -> None:
        # Refreshing re-reads the store: do it when the screen is shown, not behind its back.
        if self.isVisible():
            self.refresh(changes)
        else:
            self._stale = True

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self._stale = False
            self.refresh(None)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ConflictsSection", "Conflicts")

    def badge(self) -> int:
        """Open conflicts: records to keep or delete, and fields with competing values."""
        return self.ctx.ws.open_conflict_count()

    def current(self) -> str | None:
        index = self.list.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def _on_list_current_changed(self, current, _previous) -> None:
        self.detail.show_record(current.data(IdRole) if current.isValid() else None)

    def refresh(self, changes: ChangeSet | None = None) -> None:
        keep = self.current()
        self.model.reload()
        n = self.model.rowCount()
        self.list.setVisible(n > 0)
        self.empty.setVisible(n == 0)
        open_n = self.model.open_count()
        self.intro.setText(self.tr("%Ln to settle. Pick the version to keep, write a merged value, or decide "
                                   "about deleted records.", "", open_n) if open_n else
                           self.tr("Nothing needs a decision; auto-merged text can be checked and accepted.")
                           if n else "")
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and n:
            row = 0
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
            rec = self.model.rows[row].id
            if changes is None or rec != keep or rec in changes.ids:
                self.detail.show_record(rec)
        else:
            self.detail.show_record(None, empty_text=self.tr(
                "Nothing to settle. When teammates change the same thing in different ways, or one deletes "
                "what another edited, it shows up here."))

    def open_record(self, rec_id: str) -> bool:
        row = self.model.row_of(rec_id)
        if row < 0:
            return False
        self.list.selectionModel().setCurrentIndex(self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return True

    def save_layout(self) -> None:
        save_splitter(self.ctx, "conflicts_splitter", self.splitter)
