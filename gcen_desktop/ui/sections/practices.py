"""The Practices screen: the portfolio of other cities' practices, each with the plans adapting it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...services.changes import ChangeSet, Created
from .. import prompts
from ..commands import CreateRecordCommand, DeleteRecordCommand, LinkCommand
from ..context import AppContext
from ..forms.record_form import RecordForm
from ..linking.link_panel import LinkedRecordsPanel
from ..lists.empty_page import EmptyPage
from ..lists.layout_state import restore_splitter, save_splitter
from ..lists.record_list_panel import RecordListPanel
from ..models.record_table import Column
from ..plans.commands import CreatePlanFromTemplateCommand
from ..plans.new_plan_dialog import NewPlanDialog
from ..safe_text import visible
from ..widgets.columns_layout import ColumnsLayout
from .base import Section


class PracticesSection(Section):
    key = "practices"
    icon_name = "practices"
    record_types = ("practice",)
    # Other types whose changes show on this screen (names, links, counts).
    refresh_types = frozenset({"practice", "action_plan", "city", "link"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        city_name = lambda v: ctx.ws.label(v.data.get("city"))  # noqa: E731
        self.list_panel = RecordListPanel(
            ctx, "practice", [Column("title", self.tr("Practice")), Column("city", self.tr("City"), display=city_name)],
            heading=self.tr("Practices"), new_label=self.tr("New practice"), filter_label=self.tr("Filter practices by title"),
            empty_text=self.tr("No practices yet. Add what you saw on a site visit or read in a case study: "
                         "“New practice”."),
            no_match_text=self.tr("No practice matches the filter. Clear it to see them all."), parent=self)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # record titles come from teammates too
        self.heading.setObjectName("SectionTitle")
        self.heading.setWordWrap(True)
        self.adapt_button = QPushButton(self.tr("Adapt in a new plan…"), self)
        self.adapt_button.setAccessibleName(self.tr("Adapt this practice in a new plan"))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete this practice"))
        self.form = RecordForm(ctx, "practice", [
            ("title", self.tr("Title")),
            ("city", self.tr("City")),
            ("summary", self.tr("Summary")),
            ("results", self.tr("Results and evidence")),
            ("contacts", self.tr("Contacts")),
            ("visibility", self.tr("Shared with")),
        ], self)
        self.plans = LinkedRecordsPanel(
            ctx, "adapted_from", ("action_plan",), self.tr("Plans that adapt it"), reverse=True,
            empty_text=self.tr("No plan adapts this practice yet. “Adapt in a new plan…” starts one."), parent=self)
        self.detail = QWidget(self)
        buttons = QWidget(self.detail)
        button_row = QHBoxLayout(buttons)
        button_row.setContentsMargins(0, 0, 0, 0)
        button_row.addStretch(1)
        button_row.addWidget(self.adapt_button)
        button_row.addWidget(self.delete_button)
        head = ColumnsLayout(stretch=(1, 0), spacing=8)  # the buttons under the title when narrow
        head.addWidget(self.heading)
        head.addWidget(buttons)
        body = ColumnsLayout(stretch=(3, 2), spacing=24, column_width=300)  # one column on a narrow window
        body.addWidget(self.form)
        body.addWidget(self.plans)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(20, 16, 20, 12)
        detail_layout.setSpacing(14)
        detail_layout.addLayout(head)
        detail_layout.addLayout(body, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter = splitter
        splitter.setObjectName("practicesSplitter")
        splitter.addWidget(self.list_panel)
        self.empty_page = EmptyPage(self.tr("No practice open"), self.tr(
            "The portfolio holds what other cities do that works: what you saw on site visits and read in case studies, with the plans that adapt it here."), [(self.tr("New practice"), self.new_record)], self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(scroll)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([320, 900])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.list_panel.sig_current_changed.connect(self._show)
        self.list_panel.sig_new.connect(self.new_record)
        self.adapt_button.clicked.connect(self.adapt_in_new_plan)
        self.delete_button.clicked.connect(self.delete_current)
        self._show(None)
        restore_splitter(ctx, "practices_splitter", splitter)
        self.list_panel.select_first()

    def _on_ctx_changed(self, changes: ChangeSet) -> None:
        if not changes.types or changes.types & self.refresh_types:
            self.refresh(changes)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("PracticesSection", "Practices")

    def current(self) -> str | None:
        return self.form.view.id if self.form.view else None

    def _show(self, rec: str | None) -> None:
        view = self.ctx.ws.find(rec) if rec else None
        if view is not None and view.deleted:
            view = None
        self.form.load(view)
        self.plans.set_record(view.id if view else None)
        self.detail.setEnabled(view is not None)
        self.stack.setCurrentIndex(1 if view is not None else 0)
        if view is None:
            self.heading.setText(self.tr("Choose a practice on the left, or add one with “New practice”."))
        else:
            city = self.ctx.ws.label(view.data.get("city"))
            self.heading.setText(visible(f"{view.title} — {city}" if city else view.title))

    def refresh(self, changes: ChangeSet | None = None) -> None:
        rec = self.current()
        if changes is None or (rec and rec in changes.ids) or (changes.types & {"city"}):
            self._show(rec)
        elif rec:
            self.plans.refresh(changes)

    def open_record(self, rec_id: str) -> bool:
        view = self.ctx.ws.find(rec_id)
        if view is None or view.type != "practice":
            return False
        if self.list_panel.select(rec_id):
            self._show(rec_id)
            return True
        return False

    def new_record(self) -> None:
        def done(result) -> None:
            if isinstance(result, Created):
                self.list_panel.select(result.rec)
                self._show(result.rec)
                self.form.editors["title"].setFocus()
                self.form.editors["title"].selectAll()  # type: ignore[attr-defined]

        self.ctx.undo_stack.push(CreateRecordCommand(
            self.ctx, "practice", {"title": self.tr("New practice")}, text=self.tr("New practice"), on_done=done))

    def delete_current(self) -> None:
        rec = self.current()
        if rec:
            self.ctx.undo_stack.push(DeleteRecordCommand(
                self.ctx, rec, self.tr("Delete practice %s") % self.ctx.ws.label(rec)))

    def adapt_in_new_plan(self) -> None:
        """A new plan that records this practice (and its city) under 'adapted from'."""
        rec = self.current()
        if not rec:
            return
        dialog = NewPlanDialog(self.ctx, self)
        dialog.title.setText(self.tr("Adapting: %s") % self.ctx.ws.label(rec))
        if prompts.run_dialog(dialog) != NewPlanDialog.DialogCode.Accepted.value:
            return
        values = dialog.values()
        key = dialog.template_key()
        stack = self.ctx.undo_stack
        stack.beginMacro(self.tr("New plan adapting %s") % self.ctx.ws.label(rec))
        if key:
            create = CreatePlanFromTemplateCommand(self.ctx, key, values, self.tr("New plan"))
        else:
            create = CreateRecordCommand(self.ctx, "action_plan", values, text=self.tr("New plan"))
        stack.push(create)
        stack.push(_LinkNewPlanCommand(self.ctx, create, rec, self.tr("Adapt practice")))
        stack.endMacro()

    def flush(self) -> None:
        self.form.flush()

    def save_layout(self) -> None:
        save_splitter(self.ctx, "practices_splitter", self.splitter)

    def delete_selected(self) -> None:
        self.delete_current()


class _LinkNewPlanCommand(LinkCommand):
    """Links the plan a preceding create command made (its id is known only on the writer thread)."""

    def __init__(self, ctx: AppContext, create, practice: str, text: str) -> None:
        super().__init__(ctx, "adapted_from", "", practice, text)
        self.create = create

    def _add(self) -> ChangeSet:
        self.a = self.create.rec_id
        return super()._add()

    def _remove(self) -> ChangeSet:
        self.a = self.create.rec_id
        return super()._remove()
