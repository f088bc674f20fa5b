"""GoalsPanel: a plan's goals with progress, the selected goal's fields and its actions."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...services.changes import ChangeSet, Created
from ..commands import CreateRecordCommand, DeleteRecordCommand, MoveRecordCommand
from ..context import AppContext
from ..deleting import confirm_delete, has_focus_in
from ..forms.record_form import RecordForm
from ..widgets.columns_layout import ColumnsLayout
from ..widgets.selected_rows import selected_rows
from .action_model import COL_TITLE, ActionTableModel
from .actions_table import ActionTableView
from .commands import delete_actions
from .goal_model import GoalDelegate, GoalListModel


class GoalsPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan_id: str | None = None
        self._select_after_reload: str | None = None

        # goals (left)
        self.goal_model = GoalListModel(ctx, self)
        self.goal_list = QListView(self)
        self.goal_list.setObjectName("goalList")
        self.goal_list.setModel(self.goal_model)
        self.goal_list.setItemDelegate(GoalDelegate(self.goal_list))
        self.goal_list.setAccessibleName(self.tr("Goals"))
        self.goal_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # an action dragged from the table onto a goal moves to that goal
        self.goal_list.setAcceptDrops(True)
        self.goal_list.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.goal_list.setDropIndicatorShown(True)
        self.goal_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.goal_list.setToolTip(self.tr("Drop actions on a goal to move them there; Ctrl+Up / Ctrl+Down "
                                          "reorders the goals."))
        self.goal_empty = QLabel(self.tr("No goals yet. Add one with “New goal”: say what should "
                                         "change, and how you will know."), self)
        self.goal_empty.setWordWrap(True)
        self.goal_empty.setObjectName("EmptyState")
        self.new_goal_button = QPushButton(self.tr("New goal"), self)
        self.new_goal_button.setAccessibleName(self.tr("New goal"))
        self.delete_goal_button = QPushButton(self.tr("Delete goal"), self)
        self.delete_goal_button.setAccessibleName(self.tr("Delete goal"))
        goals_heading = QLabel(self.tr("Goals"), self)
        goals_heading.setObjectName("CardTitle")
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(goals_heading)
        left_layout.addWidget(self.goal_list, 1)
        left_layout.addWidget(self.goal_empty)
        # Stacked, so the goals column also fits the buttons in longer languages.
        goal_buttons = QGridLayout()
        goal_buttons.addWidget(self.new_goal_button, 0, 0)
        goal_buttons.addWidget(self.delete_goal_button, 1, 0)
        goal_buttons.setColumnStretch(1, 1)
        left_layout.addLayout(goal_buttons)

        # selected goal (right)
        self.goal_form = RecordForm(ctx, "goal", [
            ("statement", self.tr("Goal")),
            ("indicator", self.tr("Indicator")),
            ("baseline", self.tr("Baseline")),
            ("target", self.tr("Target")),
            ("due", self.tr("Due")),
        ], self)
        self.action_model = ActionTableModel(ctx, self)
        self.action_table = ActionTableView(ctx, self.action_model, self)
        self.action_empty = QLabel(self.tr("No actions for this goal yet. Add the first with “New "
                                           "action”; drag rows or press Ctrl+Up / Ctrl+Down to reorder."), self)
        self.action_empty.setWordWrap(True)
        self.action_empty.setObjectName("EmptyState")
        self.new_action_button = QPushButton(self.tr("New action"), self)
        self.new_action_button.setAccessibleName(self.tr("New action"))
        self.delete_action_button = QPushButton(self.tr("Delete action"), self)
        self.delete_action_button.setAccessibleName(self.tr("Delete action"))
        # Arrows, not words: the row must also fit in longer languages.
        self.up_button = QToolButton(self)
        self.up_button.setArrowType(Qt.ArrowType.UpArrow)
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Move the action up (Ctrl+Up)"))
        self.down_button = QToolButton(self)
        self.down_button.setArrowType(Qt.ArrowType.DownArrow)
        self.down_button.setAccessibleName(self.tr("Move down"))
        self.down_button.setToolTip(self.tr("Move the action down (Ctrl+Down)"))
        actions_heading = QLabel(self.tr("Actions"), self)
        actions_heading.setObjectName("CardTitle")
        action_buttons = QWidget(self)
        button_row = QHBoxLayout(action_buttons)
        button_row.setContentsMargins(0, 0, 0, 0)
        button_row.addStretch(1)
        for b in (self.new_action_button, self.up_button, self.down_button, self.delete_action_button):
            button_row.addWidget(b)
        action_bar = ColumnsLayout(stretch=(1, 0), spacing=6)  # the buttons under the heading when narrow
        action_bar.addWidget(actions_heading)
        action_bar.addWidget(action_buttons)
        # goals and the selected goal side by side on top; its actions at full width below
        self.right = QWidget(self)
        form_box = QVBoxLayout(self.right)
        form_box.setContentsMargins(12, 0, 0, 0)
        form_box.addWidget(self.goal_form)
        form_box.addStretch(1)
        top = QWidget(self)
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(left, 1)
        top_layout.addWidget(self.right, 1)
        self.actions_box = QWidget(self)
        actions_layout = QVBoxLayout(self.actions_box)
        actions_layout.setContentsMargins(0, 8, 0, 0)
        actions_layout.addLayout(action_bar)
        actions_layout.addWidget(self.action_table, 1)
        actions_layout.addWidget(self.action_empty, 1)
        # the selected action's notes (what a cell cannot hold)
        self.action_form = RecordForm(ctx, "action", [("notes", self.tr("Notes"))], self)
        self.action_form.editors["notes"].setMaximumHeight(96)  # the table keeps the room
        actions_layout.addWidget(self.action_form)
        self.action_empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter = splitter
        splitter.setObjectName("goalsSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(self.actions_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([250, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)

        self.goal_list.selectionModel().currentChanged.connect(self._on_goal_list_current_changed)
        self.goal_model.modelReset.connect(self._on_goal_model_reset)
        self.action_model.modelReset.connect(self._update_state)
        self.new_goal_button.clicked.connect(self.new_goal)
        self.delete_goal_button.clicked.connect(self.delete_goal)
        self.new_action_button.clicked.connect(self.new_action)
        self.delete_action_button.clicked.connect(self.delete_actions)
        self.up_button.clicked.connect(lambda: self.action_table.move_current(-1))
        self.down_button.clicked.connect(lambda: self.action_table.move_current(1))
        self.action_table.selectionModel().selectionChanged.connect(lambda *_: self._update_state())
        self.action_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_action())
        self.action_table.installEventFilter(self)
        self.goal_list.installEventFilter(self)
        self.set_plan(None)

    # --- state ------------------------------------------------------------------------------------

    def set_plan(self, plan_id: str | None) -> None:
        changed = plan_id != self.plan_id
        self.plan_id = plan_id
        self.goal_model.set_plan(plan_id)
        if changed and self.goal_model.rowCount():
            self.select_goal(self.goal_model.goal(0).id)

    def current_goal_id(self) -> str | None:
        index = self.goal_list.currentIndex()
        goal = self.goal_model.goal(index.row()) if index.isValid() else None
        return goal.id if goal else None

    def select_goal(self, goal_id: str) -> None:
        row = self.goal_model.row_of(goal_id)
        if row >= 0:
            self.goal_list.selectionModel().setCurrentIndex(
                self.goal_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _on_goal_model_reset(self) -> None:
        wanted = self._select_after_reload or self.action_model.goal_id
        self._select_after_reload = None
        if wanted and self.goal_model.row_of(wanted) >= 0:
            self.select_goal(wanted)
        elif self.goal_model.rowCount():
            self.select_goal(self.goal_model.goal(0).id)
        else:
            self._show_goal(None)
        self._update_state()

    def _on_goal_list_current_changed(self, current, _previous) -> None:
        goal = self.goal_model.goal(current.row()) if current.isValid() else None
        self._show_goal(goal.id if goal else None)

    def _show_goal(self, goal_id: str | None) -> None:
        self.goal_form.load(self.ctx.ws.find(goal_id) if goal_id else None)
        if goal_id != self.action_model.goal_id:
            self.action_model.set_goal(goal_id)
        self._update_state()

    def _update_state(self) -> None:
        has_plan = self.plan_id is not None
        has_goals = self.goal_model.rowCount() > 0
        goal = self.current_goal_id()
        self.goal_list.setVisible(has_goals)
        self.goal_empty.setVisible(not has_goals)
        self.new_goal_button.setEnabled(has_plan)
        self.delete_goal_button.setEnabled(goal is not None)
        self.right.setEnabled(goal is not None)
        self.actions_box.setEnabled(goal is not None)
        has_actions = self.action_model.rowCount() > 0
        self.action_table.setVisible(has_actions)
        self.action_form.setVisible(has_actions)
        if not self.action_table.currentIndex().isValid() and self.action_form.view is not None:
            self.action_form.load(None)
        self.action_empty.setVisible(not has_actions)
        selected = bool(selected_rows(self.action_table))
        self.delete_action_button.setEnabled(selected)
        self.up_button.setEnabled(selected)
        self.down_button.setEnabled(selected)

    def refresh(self, changes: ChangeSet) -> None:
        if not self.plan_id:
            return
        self.goal_model.refresh(changes)
        goal = self.current_goal_id()
        if goal and goal in changes.updated:
            self.goal_form.load(self.ctx.ws.find(goal))
        self.action_model.refresh(changes)
        shown = self.action_form.view
        if shown is not None and (shown.id in changes.ids or shown.id in changes.deleted):
            self._show_action()
        self._update_state()

    def _show_action(self) -> None:
        index = self.action_table.currentIndex()
        self.action_form.load(self.action_model.record(index.row()) if index.isValid() else None)

    # --- editing ------------------------------------------------------------------------------------

    def new_goal(self) -> None:
        if not self.plan_id:
            return

        def done(result) -> None:
            if not isinstance(result, Created):
                return  # an undo of the creation: nothing to select
            rec = result.rec
            self.select_goal(rec)
            editor = self.goal_form.editors["statement"]
            editor.setFocus()
            editor.selectAll()  # type: ignore[attr-defined]

        self.ctx.undo_stack.push(CreateRecordCommand(
            self.ctx, "goal", {"plan": self.plan_id, "statement": self.tr("New goal")},
            text=self.tr("New goal"), on_done=done))

    def delete_goal(self) -> None:
        """Delete the selected goal, after asking when its actions would go with it."""
        goal = self.current_goal_id()
        if goal and confirm_delete(self, self.ctx, goal):
            self.ctx.undo_stack.push(DeleteRecordCommand(
                self.ctx, goal, self.tr("Delete goal %s") % self.ctx.ws.label(goal)))

    def move_goal(self, delta: int) -> None:
        row = self.goal_list.currentIndex().row()
        target = row + delta
        if row < 0 or not 0 <= target < self.goal_model.rowCount():
            return
        goal = self.goal_model.goal(row).id
        if delta < 0:
            after = self.goal_model.goal(target - 1).id if target > 0 else None
            before = self.goal_model.goal(target).id
        else:
            after = self.goal_model.goal(target).id
            before = self.goal_model.goal(target + 1).id if target + 1 < self.goal_model.rowCount() else None
        self._select_after_reload = goal
        self.ctx.undo_stack.push(MoveRecordCommand(self.ctx, goal, self.tr("Move goal"), after=after, before=before))

    def new_action(self) -> None:
        goal = self.current_goal_id()
        if not goal:
            return

        def done(result) -> None:
            if not isinstance(result, Created):
                return  # an undo of the creation: nothing to select
            rec = result.rec
            row = self.action_model.row_of(rec)
            if row >= 0:
                index = self.action_model.index(row, COL_TITLE)
                self.action_table.setCurrentIndex(index)
                self.action_table.edit(index)

        self.ctx.undo_stack.push(CreateRecordCommand(
            self.ctx, "action", {"goal": goal, "title": self.tr("New action")},
            text=self.tr("New action"), on_done=done))

    def delete_actions(self) -> None:
        rows = sorted(i.row() for i in selected_rows(self.action_table))
        delete_actions(self.ctx, [self.action_model.rows[r].id for r in rows])

    def delete_focused(self, focus: QWidget) -> bool:
        """Delete removes the selected goal or actions, whichever list has focus (never the plan)."""
        if has_focus_in(self.goal_list, focus):
            self.delete_goal()
        elif has_focus_in(self.action_table, focus):
            self.delete_actions()
        return True

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == event.Type.KeyPress:
            if obj is self.goal_list and self._goal_list_key(event):
                return True
            if obj is self.action_table and self._action_table_key(event):
                return True
        return super().eventFilter(obj, event)

    def _goal_list_key(self, event) -> bool:
        """Ctrl+Up/Down moves the current goal, Delete deletes it; True when the key was used."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_goal(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        if event.matches(QKeySequence.StandardKey.Delete):
            self.delete_goal()
            return True
        return False

    def _action_table_key(self, event) -> bool:
        """Delete deletes the selected actions (not while a cell is edited); True when it did."""
        if (self.action_table.state() != QAbstractItemView.State.EditingState
                and event.matches(QKeySequence.StandardKey.Delete)):
            self.delete_actions()
            return True
        return False
