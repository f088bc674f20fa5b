"""Undo commands and the record table model on the sample workspace."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gcen_desktop.services.queries import Filters
from gcen_desktop.ui.commands import (
    CreateRecordCommand,
    DeleteRecordCommand,
    EditRecordCommand,
    SetReadingStatusCommand,
    SetTagsCommand,
)
from gcen_desktop.ui.models.record_table import Column, IdRole, RecordTableModel


def _first(ctx, type_name):
    return ctx.ws.list(type_name, limit=1)[0]


def test_edit_undo_redo_writes_back_previous_values(ctx, wait_idle):
    note = _first(ctx, "note")
    ctx.undo_stack.push(EditRecordCommand(ctx, note.id, {"title": "Changed title"}, "Rename"))
    wait_idle(ctx)
    assert ctx.ws.get(note.id).title == "Changed title"
    ctx.undo_stack.undo()
    wait_idle(ctx)
    assert ctx.ws.get(note.id).title == note.title
    ctx.undo_stack.redo()
    wait_idle(ctx)
    assert ctx.ws.get(note.id).title == "Changed title"


def test_merged_edits_undo_in_one_step(ctx, wait_idle):
    note = _first(ctx, "note")
    for text in ("a", "ab", "abc"):
        ctx.undo_stack.push(EditRecordCommand(ctx, note.id, {"body": text}, "Type", merge=True))
    wait_idle(ctx)
    assert ctx.undo_stack.count() == 1
    assert ctx.ws.get(note.id).data["body"] == "abc"
    ctx.undo_stack.undo()
    wait_idle(ctx)
    assert ctx.ws.get(note.id).data.get("body") == note.data.get("body")


def test_create_undo_deletes_and_redo_restores_same_record(ctx, wait_idle):
    cmd = CreateRecordCommand(ctx, "note", {"title": "Fresh"}, ["tag-x"], "New note")
    ctx.undo_stack.push(cmd)
    wait_idle(ctx)
    rec = cmd.rec_id
    assert rec and ctx.ws.tags_of(rec) == ["tag-x"]
    ctx.undo_stack.undo()
    wait_idle(ctx)
    assert ctx.ws.get(rec).deleted
    ctx.undo_stack.redo()
    wait_idle(ctx)
    assert not ctx.ws.get(rec).deleted and cmd.rec_id == rec


def test_delete_undo_restores(ctx, wait_idle):
    plan = _first(ctx, "action_plan")
    goals = ctx.ws.children(plan.id, "goal")
    ctx.undo_stack.push(DeleteRecordCommand(ctx, plan.id, "Delete plan"))
    wait_idle(ctx)
    assert ctx.ws.get(plan.id).deleted
    ctx.undo_stack.undo()
    wait_idle(ctx)
    assert not ctx.ws.get(plan.id).deleted
    assert [g.id for g in ctx.ws.children(plan.id, "goal")] == [g.id for g in goals]


def test_tags_and_reading_status_undo(ctx, wait_idle):
    reading = _first(ctx, "reading_item")
    before_tags = ctx.ws.tags_of(reading.id)
    ctx.undo_stack.push(SetTagsCommand(ctx, reading.id, ["only-this"], "Tags"))
    wait_idle(ctx)
    assert ctx.ws.tags_of(reading.id) == ["only-this"]
    ctx.undo_stack.undo()
    wait_idle(ctx)
    assert ctx.ws.tags_of(reading.id) == before_tags
    before = ctx.ws.reading_statuses(reading.id).get(ctx.ws.me)
    ctx.undo_stack.push(SetReadingStatusCommand(ctx, reading.id, "discussed", "Status"))
    wait_idle(ctx)
    assert ctx.ws.reading_statuses(reading.id)[ctx.ws.me] == "discussed"
    ctx.undo_stack.undo()
    wait_idle(ctx)
    assert ctx.ws.reading_statuses(reading.id).get(ctx.ws.me) == before


def test_failed_command_shows_error_and_changes_nothing(ctx, wait_idle, answer):
    log = answer({"error": None})
    note = _first(ctx, "note")
    ctx.undo_stack.push(EditRecordCommand(ctx, note.id, {"date": "not a date"}, "Bad"))
    wait_idle(ctx)
    assert log and log[0][0] == "error"
    assert ctx.ws.get(note.id).data.get("date") == note.data.get("date")


def _model(ctx):
    return RecordTableModel(
        ctx, "reading_item",
        [Column("title", "Title"), Column("year", "Year", align_right=True), Column("kind", "Type")],
    )


def test_model_passes_qtmodeltester(ctx, qtmodeltester):
    model = _model(ctx)
    assert model.rowCount() == ctx.ws.count("reading_item")
    qtmodeltester.check(model, force_py=True)


def test_model_sorts_and_filters_in_sql(ctx):
    model = _model(ctx)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    years = [model.index(r, 1).data() for r in range(model.rowCount())]
    numeric = [int(y) for y in years if y]
    assert numeric == sorted(numeric, reverse=True)
    kind = model.record(0).data["kind"]
    model.set_filters(Filters(kind=kind))
    assert model.rowCount() == ctx.ws.count("reading_item", Filters(kind=kind))
    assert all(model.record(r).data["kind"] == kind for r in range(model.rowCount()))


def test_model_follows_change_sets(ctx, wait_idle):
    model = _model(ctx)
    rows = model.rowCount()
    rec, changes = ctx.ws.create("reading_item", {"title": "Aaa first by title"})
    ctx.sig_changed.emit(changes)
    assert model.rowCount() == rows + 1
    assert model.index(0, 0).data(IdRole) == rec
    changes = ctx.ws.edit(rec, {"title": "Aaa renamed"})
    ctx.sig_changed.emit(changes)
    assert model.index(0, 0).data() == "Aaa renamed"
    assert model.row_of(rec) == 0
