"""Readings: a sortable, filterable table of the team's reading list, with the selected reading's detail."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QMenu,
    QProgressDialog,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.schema import READING_KINDS, READING_STATUSES
from ...interop import formats
from ...services.changes import ChangeSet, Created
from ...services.record_pages import Condition, my_reading_status_is, reading_year_is
from .. import prompts
from ..commands import CreateRecordCommand, DeleteRecordCommand, ImportedRecordsCommand
from ..context import AppContext
from ..forms.values import value_name
from ..models.record_table import Column, IdRole
from ..plans.export import file_filter, run_export
from ..reading_dialogs import AddReadingDialog
from ..widgets.reading_detail import ReadingDetail
from ..widgets.record_list import RecordListPane
from ..widgets.section_parts import SectionHeader
from .base import Section


class ReadingsSection(Section):
    key = "readings"
    icon_name = "readings"
    record_types = ("reading_item",)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ReadingsSection", "Readings")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._my_status: dict[str, str] = {}
        self._load_lookups()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.header = SectionHeader(self.title(), self, self.tr("Case studies, background papers and reports the team reads."))
        self.add_button = self.header.add_button(self.tr("Add reading"), "add", primary=True)
        self.add_button.clicked.connect(self.new_record)
        self.import_button = self.header.add_button(self.tr("Import…"), "import",
                                                    accessible=self.tr("Import readings from RIS, BibTeX or CSL-JSON"))
        self.import_button.clicked.connect(self._on_import_clicked)
        self.export_button = self.header.add_button(self.tr("Export…"), "export",
                                                    accessible=self.tr("Export readings to RIS, BibTeX or CSL-JSON"))
        export_menu = QMenu(self.export_button)
        self.export_shown_action = export_menu.addAction(self.tr("Readings shown…"))
        self.export_shown_action.triggered.connect(self._on_export_clicked)
        self.export_selected_action = export_menu.addAction(self.tr("Selected readings…"))
        self.export_selected_action.triggered.connect(self._on_export_selected_triggered)
        export_menu.aboutToShow.connect(self._on_export_menu_about_to_show)
        self.export_button.setMenu(export_menu)
        self.delete_button = self.header.add_button(self.tr("Delete"), "trash", accessible=self.tr("Delete the selected readings"))
        self.delete_button.clicked.connect(self.delete_selected)
        layout.addWidget(self.header)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.list = RecordListPane(
            ctx, "reading_item",
            [Column("title", self.tr("Title")),
             Column("authors", self.tr("Authors"), width=120),
             Column("year", self.tr("Year"), width=50, align_right=True),
             Column("kind", self.tr("Type"), display=lambda v: value_name(v.data.get("kind")), width=110),
             Column("my_status", self.tr("My status"), sortable=False, width=85,
                    display=lambda v: value_name(self._my_status.get(v.id, "to_read")))],
            empty_text=self.tr("No readings match. Add one with “Add reading”, import a RIS or BibTeX file, "
                               "or clear the filters."),
            filter_placeholder=self.tr("Filter readings by title"), parent=self.splitter,
        )
        self._build_filters()
        self.detail = ReadingDetail(ctx, self.splitter)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.detail.setMinimumWidth(360)
        self.splitter.setSizes([620, 420])
        layout.addWidget(self.splitter, 1)
        self.list.sig_current_changed.connect(self._on_list_current_changed)
        if ctx.settings is not None:
            state = ctx.settings.state("readings_splitter")
            if state is not None:
                self.splitter.restoreState(state)
        self.list.select_first()

    # --- filters ----------------------------------------------------------------------------------

    def _combo(self, accessible: str) -> QComboBox:
        box = QComboBox(self.list)
        box.setAccessibleName(accessible)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(6)
        box.currentIndexChanged.connect(lambda _i: self._apply_filters())
        if not hasattr(self, "_filter_grid"):
            # three filters a row: five in one row left each a few letters ("Tous les typ") at 1024 px
            self._filter_grid = QGridLayout()
            self._filter_grid.setSpacing(6)
            self.list.extra_row.addLayout(self._filter_grid, 1)
        placed = self._filter_grid.count()
        self._filter_grid.addWidget(box, placed // 3, placed % 3)
        return box

    def _build_filters(self) -> None:
        self.kind_filter = self._combo(self.tr("Show readings of type"))
        self.status_filter = self._combo(self.tr("Show readings with my status"))
        self.year_filter = self._combo(self.tr("Show readings of year"))
        self.tag_filter = self._combo(self.tr("Show readings with tag"))
        self.group_filter = self._combo(self.tr("Show readings of working group"))
        self._fill_filters()

    def _fill_filters(self) -> None:
        ws = self.ctx.ws
        years = ws.reading_years()
        options = {
            self.kind_filter: [(self.tr("All types"), None)] + [(value_name(k), k) for k in READING_KINDS],
            self.status_filter: [(self.tr("Any status"), None)] + [(value_name(s), s) for s in READING_STATUSES],
            self.year_filter: [(self.tr("Any year"), None)] + [(str(y), int(y)) for y in years],
            self.tag_filter: [(self.tr("Any tag"), None)] + [(t, t) for t, _n in ws.all_tags()],
            self.group_filter: [(self.tr("All working groups"), None)]
            + [(g.title, g.id) for g in ws.list("working_group", limit=500)],
        }
        for box, items in options.items():
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            for label, value in items:
                box.addItem(label, value)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)

    def _apply_filters(self) -> None:
        model = self.list.model
        model.filters = replace(model.filters, kind=self.kind_filter.currentData(), tag=self.tag_filter.currentData(),
                                working_group=self.group_filter.currentData())
        extra: list[Condition] = []
        if self.year_filter.currentData() is not None:
            extra.append(reading_year_is(self.year_filter.currentData()))
        status = self.status_filter.currentData()
        me = self.ctx.ws.me
        if status and me:
            extra.append(my_reading_status_is(me, status))
        model.extra = extra
        self.list.apply_filter()

    def _load_lookups(self) -> None:
        ws = self.ctx.ws
        me = ws.me
        self._my_status = {}
        if me:
            self._my_status = ws.statuses_by(me)

    # --- list and detail --------------------------------------------------------------------------

    def _on_list_current_changed(self, rec_id: str) -> None:
        view = self.ctx.ws.find(rec_id) if rec_id else None
        self.detail.load(view if view is not None and not view.deleted else None)

    def _on_ctx_changed(self, changes: ChangeSet) -> None:
        self.refresh(changes)  # statuses, tags, files and people are other record types

    def refresh(self, changes: ChangeSet | None = None) -> None:
        types = changes.types if changes is not None else {"member", "reading_status", "link", "working_group"}
        if types & {"member", "reading_status"}:
            self._load_lookups()
            model = self.list.model
            if model.rowCount():
                model.dataChanged.emit(model.index(0, 0), model.index(model.rowCount() - 1, model.columnCount() - 1))
        if types & {"link", "working_group", "reading_item"}:
            self._fill_filters()
        if changes is not None:
            self.detail.on_changes(changes)

    # --- actions ----------------------------------------------------------------------------------

    def new_record(self) -> None:
        dialog = AddReadingDialog(self.ctx.ws, self)
        if not prompts.run_dialog(dialog):
            return
        values, tags = dialog.values(), dialog.tags()

        def created(result: object) -> None:
            rec = result.rec if isinstance(result, Created) else None
            if rec:
                self.list.select(rec)

        self.ctx.undo_stack.push(CreateRecordCommand(self.ctx, "reading_item", values, tags,
                                                     self.tr("Add reading"), on_done=created))

    def delete_selected(self) -> None:
        ids = self.list.selected_ids()
        if not ids:
            return
        stack = self.ctx.undo_stack
        stack.beginMacro(self.tr("Delete %Ln readings", "", len(ids)))
        for rec in ids:
            stack.push(DeleteRecordCommand(self.ctx, rec, self.tr("Delete reading")))
        stack.endMacro()
        self.ctx.sig_status.emit(self.tr("Moved %Ln readings to the trash. Undo brings them back.", "", len(ids)))

    def open_record(self, rec_id: str) -> bool:
        view = self.ctx.ws.find(rec_id)
        if view is None or view.type != "reading_item" or view.deleted:
            return False
        if self.list.model.row_of(rec_id) < 0:
            for box in (self.kind_filter, self.status_filter, self.year_filter, self.tag_filter, self.group_filter):
                box.blockSignals(True)
                box.setCurrentIndex(0)
                box.blockSignals(False)
            self.list.filter_edit.clear()
            self._apply_filters()
        return self.list.select(rec_id)

    def _on_import_clicked(self) -> None:
        patterns = " ".join(f.patterns for f in formats.readable())
        path = prompts.open_file(self, self.tr("Import readings"),
                                 self.tr("Reading lists (%1);;All files (*)").replace("%1", patterns))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Import a RIS/BibTeX/CSL-JSON file on the writer with progress and cancel (one undo step)."""
        from ...services import readings_io

        ws = self.ctx.ws
        progress = QProgressDialog(self.tr("Importing %s…") % path.name, self.tr("Cancel"), 0, 0, self)
        progress.setWindowTitle(self.tr("Import readings"))
        progress.setMinimumDuration(800)
        progress.setAutoClose(False)

        def work(report_progress: Any) -> Any:
            return readings_io.import_readings(ws, path, skip_bad=True, progress=report_progress)

        def on_progress(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        def finished(report: Any) -> None:
            progress.close()
            progress.deleteLater()
            if report.changes:
                self.ctx.sig_changed.emit(report.changes)
            if report.added:
                self.ctx.undo_stack.push(ImportedRecordsCommand(self.ctx, report.added, self.tr("Import %s") % path.name))
            if not report.duplicates:
                prompts.info(self, self.tr("Import finished"), self._import_summary(report))
            elif prompts.confirm(self, self.tr("Import finished"), self._import_summary(report),
                                 ok_label=self.tr("Import them anyway")):
                self._import_anyway(path, [d.record for d in report.duplicates])

        def failed(exc: BaseException) -> None:
            progress.close()
            progress.deleteLater()
            self.ctx.show_error(exc, self)

        task = self.ctx.workers.run(work, finished, failed, on_progress=on_progress)
        progress.canceled.connect(task.cancel)

    def _import_anyway(self, path: Path, records: list[Any]) -> None:
        """Add the readings an import skipped as duplicates, as the user asked (its own undo step)."""
        from ...services import readings_io

        ws = self.ctx.ws

        def work() -> Any:
            return readings_io.add_readings(ws, records, path.name)

        def finished(report: Any) -> None:
            if report.changes:
                self.ctx.sig_changed.emit(report.changes)
            if report.added:
                self.ctx.undo_stack.push(ImportedRecordsCommand(self.ctx, report.added, self.tr("Import %s") % path.name))
                self.ctx.sig_status.emit(self.tr("Imported %Ln more readings from %1.", "", len(report.added))
                                         .replace("%1", path.name))

        self.ctx.workers.run(work, finished, lambda exc: self.ctx.show_error(exc, self))

    def _duplicate_line(self, dup: Any) -> str:
        reason = {
            "same DOI": self.tr("“%1” has the DOI of “%2”"),
            "same title, year and first author": self.tr("“%1” has the title, year and first author of “%2”"),
            "same web address and title": self.tr("“%1” has the web address and title of “%2”"),
        }.get(dup.reason, self.tr("“%1” looks like “%2”"))
        text = reason.replace("%1", dup.title).replace("%2", dup.existing)
        if dup.in_file:
            text = self.tr("%1 (earlier in the file)").replace("%1", text)
        return "  • " + text

    def _import_summary(self, report: Any) -> str:
        """What a reading-list import did, one line per outcome, in the user's language; each duplicate
        with the reading it was taken for (the first ten)."""
        locale = QLocale()
        lines = [self.tr("Readings added from %1: %2.").replace("%1", report.file_name).replace(
            "%2", locale.toString(len(report.added)))]
        if report.duplicates:
            lines.append(self.tr("Skipped, as already in the workspace or repeated in the file (same DOI; or same "
                                 "title, year and first author; or same web address and title): %1.").replace(
                "%1", locale.toString(len(report.duplicates))))
            lines += [self._duplicate_line(d) for d in report.duplicates[:10]]
            if len(report.duplicates) > 10:
                lines.append("  " + self.tr("and %1 more").replace("%1", locale.toString(len(report.duplicates) - 10)))
        if report.bad:
            lines.append(self.tr("Left out, as they could not be read: %1.").replace(
                "%1", locale.toString(len(report.bad))))
        return "\n".join(lines)

    def _on_export_menu_about_to_show(self) -> None:
        self.export_selected_action.setEnabled(bool(self.list.selected_ids()))

    def _on_export_clicked(self) -> None:
        path = prompts.save_file(self, self.tr("Export readings"), file_filter(formats.ids("readings")),
                                 "readings.ris")
        if path:
            self.export_file(Path(path))

    def _on_export_selected_triggered(self) -> None:
        ids = self.list.selected_ids()
        if not ids:
            self.ctx.sig_status.emit(self.tr("Select the readings to export first."))
            return
        path = prompts.save_file(self, self.tr("Export selected readings"), file_filter(formats.ids("readings")),
                                 "readings.ris")
        if path:
            self.export_file(Path(path), ids=ids)

    def export_file(self, path: Path, *, ids: list[str] | None = None) -> None:
        """Export the given readings, or else those the filters show, in the format the file name says
        (RIS by default); then offer to open the file or show it in its folder."""
        from ...services import readings_io

        found = formats.by_suffix(path.suffix, formats.exporting("readings"))
        fmt = found.id if found else "ris"
        ws, filters = self.ctx.ws, self.list.model.filters
        if ids is None and self.list.model.extra:  # status/year filters are not service filters: pass the ids shown
            ids = [self.list.model.index(r, 0).data(IdRole) for r in range(self.list.model.rowCount())]
            if not ids:
                self.ctx.sig_status.emit(self.tr("No readings are shown, so there is nothing to export."))
                return

        def work() -> Any:
            return readings_io.export_readings(ws, fmt, path, filters=filters, ids=ids)

        def message(result: Any) -> str:
            return self.tr("Exported %Ln readings to %1.", "", result[1]).replace("%1", Path(result[0]).name)

        run_export(self.ctx, self, path, work, message=message)

    def save_layout(self) -> None:
        if self.ctx.settings is not None:
            self.ctx.settings.set_state("readings_splitter", self.splitter.saveState())
