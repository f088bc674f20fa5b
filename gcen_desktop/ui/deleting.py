"""What Delete removes (the key and Edit › Delete): what has focus and is selected, never more.

A part of a screen that lists things of its own (evidence links, attached files, checklist items,
participants, goals, actions, cards) offers `delete_focused(focus) -> bool` and removes its
selection; in a text or choice box Delete edits the text and removes nothing; only elsewhere
does the screen delete its selected records — and a record that takes others with it (a plan's
goals and actions, a symposium's sessions) asks first, saying what goes with it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ..domain.errors import UserError
from . import prompts
from .context import AppContext
from .forms.record_form import RecordForm
from .safe_text import visible


def edits_text(widget: QWidget) -> bool:
    """A box whose Delete key belongs to its text or choice (never a record)."""
    return isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox))


def delete_in_focus(section: QWidget, focus: QWidget | None) -> None:
    """Delete what has focus in `section`: the selection of the part that has focus, nothing in a
    box or a record's form, else the section's selected records (`delete_selected()`)."""
    if focus is not None and _focus_decides(section, focus):
        return
    delete = getattr(section, "delete_selected", None)
    if delete is not None:
        delete()


def _focus_decides(section: QWidget, focus: QWidget) -> bool:
    """Whether what has focus settles the Delete key: a box, a record's form or a part outside
    `section` takes it for nothing; a part with `delete_focused()` may delete its selection."""
    if edits_text(focus):
        return True
    if focus is not section and not section.isAncestorOf(focus):
        return True  # the sidebar, the status bar: nothing there to delete
    widget: QWidget | None = focus
    while widget is not None and widget is not section:
        if isinstance(widget, RecordForm):
            return True  # a field of the record (a check box) is focused, not the record
        handler = getattr(widget, "delete_focused", None)
        if handler is not None and handler(focus):
            return True
        widget = widget.parentWidget()
    return False


def has_focus_in(widget: QWidget, focus: QWidget | None) -> bool:
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


# --- asking before a record takes others with it ----------------------------------------------------


def _t(text: str) -> str:
    return QCoreApplication.translate("Deleting", text)


def _count(type_name: str, n: int) -> str:
    """'1 goal', '13 actions', through Qt's plural forms of each language."""
    text = {"goal": "%Ln goals", "action": "%Ln actions", "agenda_item": "%Ln sessions",
            "checklist_item": "%Ln checklist items"}.get(type_name)
    return QCoreApplication.translate("Deleting", text, "", n) if text else ""


# The children worth naming, in the order they are named (a reading's per-member statuses are not).
_NAMED_CHILDREN = ("goal", "action", "agenda_item", "checklist_item")


def goes_with_text(type_name: str, counts: dict[str, int]) -> str:
    """'This plan has 3 goals and 13 actions.' — '' when nothing worth naming goes with it."""
    parts = [_count(k, counts[k]) for k in _NAMED_CHILDREN if counts.get(k)]
    if not parts:
        return ""
    if type_name == "action_plan":
        text = _t("This plan has %1.") if len(parts) == 1 else _t("This plan has %1 and %2.")
    elif type_name == "goal":
        text = _t("This goal has %1.")
    elif type_name == "symposium":
        text = (_t("This symposium has %1.") if len(parts) == 1
                else _t("This symposium has %1 and %2."))
    else:
        return ""
    for number, part in enumerate(parts[:2], start=1):
        text = text.replace(f"%{number}", part)
    return text


def confirm_delete(parent: QWidget | None, ctx: AppContext, rec: str) -> bool:
    """Ask before deleting a record that takes others with it; True when it may go (at once for a
    record alone: Undo brings it back)."""
    view = ctx.ws.find(rec)
    if view is None or view.deleted:
        return False
    try:
        counts = ctx.ws.goes_with(rec)
    except UserError as exc:
        ctx.show_error(exc, parent)
        return False
    sentence = goes_with_text(view.type, counts)
    if not sentence:
        return True
    joiner = "" if sentence.endswith(("。", "！", "？")) else " "  # no space after a full-width stop
    text = sentence + joiner + _t("They go to the trash with it, and Undo brings them all back.")
    name = visible(ctx.ws.label(rec))
    if len(name) > 60:
        name = name[:59] + "…"
    title = _t("Delete “%1”?").replace("%1", name)
    return prompts.confirm(parent, title, text, ok_label=_t("Delete"))
