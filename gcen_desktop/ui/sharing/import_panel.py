"""ImportPanel: import a bundle, the report of the last import, and Undo last import."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import theme
from ..context import AppContext
from ..forms.buttons import fit_bold_text
from ..safe_text import plain, visible
from .counts_model import ImportCountsModel
from .import_preview_dialog import ImportWarnings, when_text


class ImportPanel(QFrame):
    sig_import_clicked = Signal()
    sig_undo_clicked = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("Card")
        title = QLabel(self.tr("Bring in a teammate's changes"), self)
        title.setObjectName("CardTitle")
        about = QLabel(self.tr("Choose the .gcen file they sent you, or drop it on the window. You see what it "
                         "changes before anything is written."), self)
        about.setWordWrap(True)
        about.setObjectName("Muted")
        self.import_button = QPushButton(self.tr("Import bundle…"), self)
        self.import_button.setObjectName("Primary")
        fit_bold_text(self.import_button)
        self.import_button.setAccessibleName(self.tr("Import a bundle"))
        self.undo_button = QPushButton(self.tr("Undo last import"), self)
        self.undo_button.setAccessibleName(self.tr("Undo the last import"))
        self.report_title = QLabel(self)
        self.report_title.setWordWrap(True)
        plain(self.report_title)  # it quotes the sender's name and workspace from the bundle
        self.report_model = ImportCountsModel(parent=self)
        self.report_table = QTableView(self)
        self.report_table.setModel(self.report_model)
        self.report_table.setAccessibleName(self.tr("What the last import changed"))
        self.report_table.verticalHeader().setVisible(False)
        self.report_table.setShowGrid(False)
        self.report_table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.report_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.report_table.setMinimumHeight(8 * (self.fontMetrics().height() + 10))
        self.report_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.report_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # sized by _keep_report_readable
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.report_warnings = QLabel(self)
        plain(self.report_warnings)
        self.report_warnings.setWordWrap(True)
        self.report_warnings.setStyleSheet(f"color: {theme.current().warning};")
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(title)
        layout.addWidget(about)
        layout.addLayout(row)
        layout.addWidget(self.report_title)
        layout.addWidget(self.report_table)
        layout.addWidget(self.report_warnings)
        layout.addStretch(1)
        self.import_button.clicked.connect(self.sig_import_clicked.emit)
        self.undo_button.clicked.connect(self.sig_undo_clicked.emit)
        self.show_report(None)

    def _keep_report_readable(self) -> None:
        """The table asks for room for every count column and a readable type name; on a window too
        narrow for that beside the export card, the Sync screen puts the cards one under the other.
        A count column is as wide as its longest word or its largest number, and its heading wraps
        onto a second line rather than making the whole screen scroll sideways in a long language."""
        header = self.report_table.horizontalHeader()
        font = QFont(header.font())
        font.setWeight(QFont.Weight.DemiBold)  # the theme's headings (font-weight 600, 8 px each side)
        metrics = QFontMetrics(font)
        padding = 2 * 8  # the stylesheet's padding (it replaces the style's header margin)
        counts = 0
        wraps = False
        for column in range(1, self.report_model.columnCount()):
            text = str(self.report_model.headerData(column, Qt.Orientation.Horizontal) or "")
            words = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
            values = max((metrics.horizontalAdvance(str(self.report_model.data(self.report_model.index(r, column))
                                                        or "")) for r in range(self.report_model.rowCount())),
                         default=0)
            width = max(words, values, metrics.horizontalAdvance("00000")) + padding
            wraps = wraps or metrics.horizontalAdvance(text) + padding > width
            header.resizeSection(column, width)
            counts += width
        header.setFixedHeight((2 if wraps else 1) * metrics.lineSpacing() + 12)
        name = self.report_table.fontMetrics().averageCharWidth() * 12
        scroll_bar = self.report_table.verticalScrollBar().sizeHint().width()
        self.report_table.setMinimumWidth(name + counts + scroll_bar + 2 * self.report_table.frameWidth())

    def show_report(self, report: Any, *, open_conflicts: int | None = None, key_trusted: bool = False) -> None:
        """The last import's report; `open_conflicts`: how many of its conflicts still wait for a
        decision (None: as the report says); `key_trusted`: its signing key has been trusted since."""
        if report is None:
            self.report_title.setText("")
            self.report_model.set_counts({})
            self.report_table.setVisible(False)
            self.report_warnings.setVisible(False)
            return
        self.report_model.set_counts(report.counts, kept_for_newer=getattr(report, "kept_for_newer", 0))
        self._keep_report_readable()
        self.report_title.setText(self._report_title(report, open_conflicts))
        self.report_table.setVisible(self.report_model.rowCount() > 0)
        warnings = list(getattr(report, "warnings", []) or [])
        if key_trusted:  # the "first bundle signed by this key, check it" warning is answered
            warnings = [w for w in warnings if not w.startswith("This is the first bundle signed by the key")]
        self.report_warnings.setText(ImportWarnings().lines(warnings))
        self.report_warnings.setVisible(bool(warnings))

    def _report_title(self, report: Any, open_conflicts: int | None) -> str:
        brought = sum(self.report_model.total(k) for k in ("new", "updated", "deleted"))
        if getattr(report, "kind", "") == "copies":
            source = visible(report.workspace_name) if report.workspace_name else self.tr("another team")
            return self.tr("Last import: %Ln records copied from %1.", "", brought).replace("%1", source)
        name = visible(report.producer_name) if report.producer_name else self.tr("a teammate")
        if getattr(report, "already_imported_on", None):
            return self.tr("Last import, from %s: already imported on %s, nothing changed.") % (
                name, when_text(report.already_imported_on))
        text = self.tr("Last import, from %1: %Ln records brought in.", "", brought).replace("%1", name)
        conflicting = self.report_model.total("conflicting")
        waiting = conflicting if open_conflicts is None else min(conflicting, open_conflicts)
        if waiting:
            return text + " " + self.tr("%Ln need a decision in Conflicts.", "", waiting)
        if conflicting:
            return text + " " + self.tr("Its conflicts are settled.")
        return text

    def set_can_undo(self, can: bool) -> None:
        self.undo_button.setEnabled(can)
