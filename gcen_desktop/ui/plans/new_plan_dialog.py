"""NewPlanDialog: a title, a starting point (blank or a template), city and dates for a new plan."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...services.plan_templates import INNOVATION_AT_SCALE, INQUIRY_CYCLE
from ..context import AppContext
from ..forms.buttons import fit_bold_text
from ..forms.record_form import DateEdit

BLANK = ""


class NewPlanDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, template: str = BLANK) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New action plan"))
        self.setMinimumWidth(600)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("e.g. Grow and keep a high-quality teaching force"))
        self.title.setAccessibleName(self.tr("Plan title"))
        self.template = QComboBox(self)
        self.template.setAccessibleName(self.tr("Start from"))
        self.template.addItem(self.tr("A blank plan"), BLANK)
        # the names alone: the stages or levers go in the line under it ("Cycle of inquiry (inquiry →
        # discussion → …" was cut in French)
        self.template.addItem(self.tr("Cycle of inquiry"), INQUIRY_CYCLE.key)
        self.template.addItem(self.tr("Innovation at scale"), INNOVATION_AT_SCALE.key)
        self.template.setCurrentIndex(max(self.template.findData(template), 0))
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template.setMinimumContentsLength(28)
        self.about = QLabel(self)
        self.about.setWordWrap(True)
        self.about.setObjectName("Muted")
        self.city = QComboBox(self)
        self.city.setAccessibleName(self.tr("City"))
        self.city.addItem("—", None)
        for city in ctx.ws.list("city", limit=2000):
            self.city.addItem(city.title, city.id)
        home = ctx.ws.info()
        if home and home.data.get("city"):
            found = ctx.ws.find_by_label("city", home.data["city"])
            if found:
                self.city.setCurrentIndex(max(self.city.findData(found.id), 0))
        self.start = DateEdit(self)
        self.start.setAccessibleName(self.tr("Start date"))
        self.end = DateEdit(self)
        self.end.setAccessibleName(self.tr("End date"))
        self.end.near = self.start.value  # the end's calendar opens near the start

        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Start from"), self.template)
        form.addRow("", self.about)
        form.addRow(self.tr("City"), self.city)
        form.addRow(self.tr("Starts"), self.start)
        form.addRow(self.tr("Ends"), self.end)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Create plan"))
        fit_bold_text(self.ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.title.textChanged.connect(lambda _t: self._update())
        self.template.currentIndexChanged.connect(lambda _i: self._update())
        self._update()

    def _update(self) -> None:
        key = self.template.currentData()
        about = {
            BLANK: self.tr("Start with an empty plan and add goals and actions yourself."),
            INQUIRY_CYCLE.key: self.tr("Inquiry → discussion → planning → action → review") + "\n" + self.tr(
                "Five goals, one per stage of the cycle, each with three actions to adapt. Goal due dates are "
                "spread over the plan's dates."),
            INNOVATION_AT_SCALE.key: self.tr("Set goals, create flexibility, develop talent, build networks") + "\n"
            + self.tr("Four goals, one per lever of innovation at scale, each with three actions to adapt."),
        }
        self.about.setText(about.get(key, ""))
        self.ok.setEnabled(bool(self.title.text().strip()))

    def template_key(self) -> str:
        return self.template.currentData() or BLANK

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {"title": self.title.text().strip()}
        if self.city.currentData():
            values["city"] = self.city.currentData()
        if self.start.value():
            values["start"] = self.start.value()
        if self.end.value():
            values["end"] = self.end.value()
        if self.ctx.ws.me:
            values["owner"] = self.ctx.ws.me
        return values
