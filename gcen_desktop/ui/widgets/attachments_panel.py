"""The files attached to a record: attach one (stored once by hash), open one in the system viewer,
remove one from the record (button, context menu or Delete; undo attaches it again)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...services.changes import Created
from .. import prompts, theme
from ..commands import AttachFileCommand, DetachFileCommand
from ..context import AppContext
from ..models.dashboard_list import DashboardListModel, DashboardRow, IdRole
from ..safe_text import visible
from .columns_layout import ColumnsLayout
from .two_line_delegate import TwoLineDelegate


def human_size(size: int | None) -> str:
    if not size:
        return ""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return ""


def open_externally(path: Path) -> bool:
    """Open a file with the system's viewer (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class AttachmentsPanel(QWidget):
    sig_attached = Signal(str)  # attachment id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, title: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rec_id = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        row = QHBoxLayout()
        self.title = QLabel(title or self.tr("Attachments"), self)
        self.title.setObjectName("CardTitle")
        self.title.setWordWrap(True)
        row.addWidget(self.title, 1)
        self.attach_button = QPushButton(self.tr("Attach file…"), self)
        self.attach_button.setIcon(theme.icon("attach"))
        self.attach_button.setAccessibleName(self.tr("Attach a file"))
        self.attach_button.clicked.connect(self._on_attach_clicked)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setIcon(theme.icon("open"))
        self.open_button.setAccessibleName(self.tr("Open the selected file"))
        self.open_button.clicked.connect(self._on_open_clicked)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected file from this record"))
        self.remove_button.setToolTip(self.tr("The file stays in the workspace; Undo attaches it again."))
        self.remove_button.clicked.connect(self.remove_selected)
        layout.addLayout(row)
        # The buttons get a row of their own under the files, so three fit a narrow pane in longer languages.
        buttons = ColumnsLayout(columns=3, stretch=(1, 1, 1), spacing=6)  # one under the other when narrow
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        self.model = DashboardListModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setAccessibleName(self.tr("Attached files"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMaximumHeight(120)
        self.list.activated.connect(lambda _i: self._on_open_clicked())
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._on_list_context_menu_requested)
        self.menu: QMenu | None = None
        layout.addWidget(self.list)
        self.empty = QLabel(self.tr("No files yet. Attach a PDF or a document to keep it with this record."), self)
        self.empty.setObjectName("Muted")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.load("")

    def load(self, rec_id: str) -> None:
        self.rec_id = rec_id
        rows = []
        if rec_id:
            for att in self.ctx.ws.linked(rec_id, "attached"):
                detail = " · ".join(x for x in (human_size(att.data.get("size")), att.data.get("mime") or "") if x)
                rows.append(DashboardRow(att.id, att.title, detail))
        self.model.set_rows(rows)
        self.list.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.attach_button.setEnabled(bool(rec_id))
        if rows:
            self.list.setCurrentIndex(self.model.index(0))
        self._update_buttons()

    def selected_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.list.selectionModel().selectedIndexes())
        return [aid for aid in (self.model.index(r).data(IdRole) for r in rows) if aid]

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.model.rowCount() > 0)
        self.remove_button.setEnabled(bool(self.rec_id and self.selected_ids()))

    def attach(self, path: Path) -> None:
        if not self.rec_id:
            return
        rec = self.rec_id

        def done(result: Any) -> None:
            aid = result.rec if isinstance(result, Created) else ""
            if self.rec_id == rec:
                self.load(rec)
            if aid:
                self.sig_attached.emit(aid)
                self.ctx.sig_status.emit(self.tr("Attached %s.") % path.name)

        self.ctx.undo_stack.push(AttachFileCommand(self.ctx, rec, path, self.tr("Attach %s") % path.name, on_done=done))

    def _on_attach_clicked(self) -> None:
        path = prompts.open_file(self, self.tr("Attach a file"), self.tr("Documents (*.pdf *.docx *.doc *.odt *.txt *.md);;All files (*)"))
        if path:
            self.attach(Path(path))

    def open_attachment(self, attachment_id: str) -> bool:
        try:
            path = self.ctx.ws.attachment_path(attachment_id)
        except UserError as exc:
            self.ctx.show_error(exc, self)
            return False
        if not open_externally(path):
            prompts.error(self, self.tr("Could not open the file"),
                          self.tr("No program on this computer opens this kind of file. Install a viewer and try again."))
            return False
        return True

    def remove_selected(self) -> None:
        """Remove the selected files from this record (one undo step); the files stay stored."""
        ids = self.selected_ids()
        if not self.rec_id or not ids:
            return
        rec = self.rec_id
        names = {aid: visible(self.ctx.ws.label(aid)) for aid in ids}

        def done(_result: Any) -> None:
            if self.rec_id == rec:
                self.load(rec)

        stack = self.ctx.undo_stack
        if len(ids) > 1:
            stack.beginMacro(self.tr("Remove %Ln files", "", len(ids)))
        for aid in ids:
            stack.push(DetachFileCommand(self.ctx, rec, aid, self.tr("Remove %s") % names[aid], on_done=done))
        if len(ids) > 1:
            stack.endMacro()
        if len(ids) > 1:
            self.ctx.sig_status.emit(self.tr("Removed %Ln files from this record. Undo attaches them again.", "", len(ids)))
        else:
            self.ctx.sig_status.emit(self.tr("Removed %s from this record. Undo attaches it again.") % names[ids[0]])

    def delete_focused(self, _focus: QWidget) -> bool:
        """Delete with focus here removes the selected files, never the record."""
        self.remove_selected()
        return True

    def _on_list_context_menu_requested(self, pos: QPoint) -> None:
        index = self.list.indexAt(pos)
        if index.isValid() and not self.list.selectionModel().isSelected(index):
            self.list.setCurrentIndex(index)
        if not self.selected_ids():
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(theme.icon("open"), self.tr("Open")).triggered.connect(self._on_open_clicked)
        menu.addAction(self.tr("Remove from this record")).triggered.connect(self.remove_selected)
        self.menu = menu
        menu.popup(self.list.viewport().mapToGlobal(pos))

    def _on_open_clicked(self) -> None:
        index = self.list.currentIndex()
        aid = index.data(IdRole) if index.isValid() else None
        if aid:
            self.open_attachment(aid)
