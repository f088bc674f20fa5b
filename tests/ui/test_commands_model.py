"""Undo commands and the record table model on the sample workspace."""

from __future__ import annotations

import datetime as dt
import gc

from PySide6.QtCore import Qt

from gcen_desktop.services.queries import Filters
from gcen_desktop.ui.commands import (
    CreateRecordCommand,
    DeleteRecordCommand,
    EditRecordCommand,
    SetReadingStatusCommand,
    SetTagsCommand,
)
from gcen_desktop.ui.models import record_table
from gcen_desktop.ui.models.record_table import Column, IdRole, RecordRole, RecordTableModel


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
    created = ctx.ws.create("reading_item", {"title": "Aaa first by title"})
    rec = created.rec
    ctx.sig_changed.emit(created.changes)
    assert model.rowCount() == rows + 1
    assert model.index(0, 0).data(IdRole) == rec
    changes = ctx.ws.edit(rec, {"title": "Aaa renamed"})
    ctx.sig_changed.emit(changes)
    assert model.index(0, 0).data() == "Aaa renamed"
    assert model.row_of(rec) == 0


def test_model_cells_name_other_records_as_they_are_now(ctx):
    # A practice's City column shows the city record's name: renaming the city changes the cell.
    model = RecordTableModel(ctx, "practice", [
        Column("title", "Practice"), Column("city", "City", display=lambda v: ctx.ws.label(v.data.get("city")))])
    row = next(r for r in range(model.rowCount()) if model.record(r).data.get("city"))
    city = model.record(row).data["city"]
    assert model.index(row, 1).data() == ctx.ws.label(city)
    changes = ctx.ws.edit(city, {"name": "Renamed city"})
    assert "practice" not in changes.types
    ctx.sig_changed.emit(changes)
    assert model.index(row, 1).data() == "Renamed city"
    assert model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole) == "Renamed city"


def test_model_formats_cells_again_on_a_new_day(ctx, monkeypatch):
    calls = []

    def shown(view):
        calls.append(view.id)
        return f"day {today.toordinal()}"

    today = dt.date(2026, 3, 1)
    monkeypatch.setattr(record_table, "today", lambda: today)
    model = RecordTableModel(ctx, "note", [Column("title", "Title"), Column("updated", "Changed", display=shown)])
    first = model.index(0, 1).data()
    assert model.index(0, 1).data() == first and len(calls) == min(model.rowCount(), record_table.PAGE)
    today = dt.date(2026, 3, 2)
    assert model.index(0, 1).data() != first


def test_model_rows_and_records_match_the_store(ctx):
    model = RecordTableModel(ctx, "note", [Column("title", "Title"), Column("kind", "Kind")])
    for row in range(model.rowCount()):
        rec = model.index(row, 0).data(IdRole)
        stored = ctx.ws.get(rec)
        view = model.index(row, 0).data(RecordRole)
        assert view.id == rec and view.title == stored.title == model.index(row, 0).data()
        assert model.index(row, 1).data() == (stored.data.get("kind") or "")
        assert "body" not in view.data  # long text no column shows is left out
    assert model.index(model.rowCount(), 0).data() is None


def test_cached_pages_give_the_cyclic_gc_little_to_scan(ctx, monkeypatch):
    """Scrolling replaces cached pages one by one, which keeps the collector's allocation count
    flat: what a page keeps must be a few flat tuples, out of the collector's lists once it has
    seen them, and the model has it see them as each page is read (else the young generation grows
    to every page read since the last collection and one frame pays for them all)."""
    monkeypatch.setattr(record_table, "PAGE", 8)
    monkeypatch.setattr(record_table, "MAX_PAGES", 4)
    for i in range(60):
        ctx.ws.create("note", {"title": f"Note {i:02}", "kind": "session"})
    model = RecordTableModel(ctx, "note", [Column("title", "Title"), Column("kind", "Kind")])
    pages = -(-model.rowCount() // 8)
    gc.collect()
    gc.disable()
    try:
        before = len(gc.get_objects())
        for row in range(model.rowCount()):
            assert model.index(row, 0).data()
        grown = len(gc.get_objects()) - before
    finally:
        gc.enable()
    # A page object, its ids, rows and cells, and the driver's weak reference to each cursor
    # (a RecordView and a list per row before: 17 a page here).
    assert grown <= 6 * pages + 10, (grown, pages)
    model.reload()
    for row in range(model.rowCount()):
        assert model.index(row, 0).data()
    assert len(model._pages) == 4
    assert not [p for p in model._pages.values() if gc.is_tracked(p.values) or gc.is_tracked(p.ids)]


def test_today_is_kept_until_midnight():
    from gcen_desktop.ui.widgets import section_parts

    assert section_parts.today() == dt.date.today()
    ends, day = section_parts._day
    assert dt.datetime.fromtimestamp(ends) == dt.datetime.combine(day + dt.timedelta(days=1), dt.time())


def test_undoing_make_private_does_not_let_what_was_written_meanwhile_travel(ctx, wait_idle):
    import orjson

    from gcen_desktop.sync.export import export_memory

    note = ctx.ws.list("note")[0]
    ctx.undo_stack.push(EditRecordCommand(ctx, note.id, {"visibility": "private"}, "Make private"))
    wait_idle(ctx)
    ctx.ws.edit(note.id, {"body": "a secret draft\n"})
    ctx.ws.edit(note.id, {"title": "Renamed while private"})
    ctx.ws.edit(note.id, {"body": "the final text\n"})
    ctx.undo_stack.undo()  # back to team
    wait_idle(ctx)
    assert ctx.ws.get(note.id).data["visibility"] == "team"
    events = export_memory(ctx.ws.store, mode="full").events
    mine = [e for e in events if e["rec"] == note.id]
    assert not any("secret" in orjson.dumps(e).decode() for e in mine)
    assert any(e["fields"].get("body") == "the final text\n" for e in mine if e["op"] == "set")
