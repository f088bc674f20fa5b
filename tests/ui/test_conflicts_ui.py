"""The Conflicts screen: who wrote what, pick a version, write a merged value, accept an auto-merge,
keep or delete again a record deleted on one side and edited on the other."""

from __future__ import annotations

import time

from gcen_desktop.domain.clock import encode
from gcen_desktop.store.events import seal
from gcen_desktop.ui.sections.conflicts import ConflictsSection

TEAMMATE = "0teammate-replica-for-tests"


def _apply(ws, events):
    with ws.store.write() as conn:
        ws.store.apply(conn, events)


def _set(seq, rec, type_, fields, parents):
    return seal({"dot": [TEAMMATE, seq], "hlc": encode(int(time.time() * 1000) + 5, 0, TEAMMATE), "rec": rec,
                 "type": type_, "op": "set", "fields": fields, "parents": parents})


def _del(seq, rec, type_, observed):
    return seal({"dot": [TEAMMATE, seq], "hlc": encode(int(time.time() * 1000) + 5, 0, TEAMMATE), "rec": rec,
                 "type": type_, "op": "del", "observed": observed})


def _heads(ws, rec):
    with ws.store.read() as conn:
        return ws.store.heads(conn, rec)


def make_conflicts(ws):
    """A title conflict, a long-text clash, a clean auto-merge and a deleted-vs-edited record."""
    with ws.store.write() as conn:
        conn.exec_driver_sql("INSERT INTO peers (replica, name, first_seen_ms) VALUES (?, ?, ?)",
                             (TEAMMATE, "Min-jun Park", 0))
    practices = ws.list("practice")
    title_rec, deleted_rec = practices[0], practices[1]
    plan = ws.list("action_plan")[0]
    note = ws.list("note")[0]
    ws.edit(note.id, {"body": "one\ntwo\nthree\n"})

    h_title = _heads(ws, title_rec.id)["title"]
    h_rationale = _heads(ws, plan.id).get("rationale", [])
    h_body = _heads(ws, note.id)["body"]
    observed = _heads(ws, deleted_rec.id)
    ws.edit(title_rec.id, {"title": "Mine: lesson study"})
    ws.edit(plan.id, {"rationale": "Our rationale, rewritten here."})
    ws.edit(note.id, {"body": "ONE\ntwo\nthree\n"})
    ws.edit(deleted_rec.id, {"summary": "Edited here while the teammate deleted it."})
    _apply(ws, [
        _set(1, title_rec.id, "practice", {"title": "Theirs: public research lessons"}, {"title": h_title}),
        _set(2, plan.id, "action_plan", {"rationale": "Their rationale, rewritten there."},
             {"rationale": h_rationale} if h_rationale else {}),
        _set(3, note.id, "note", {"body": "one\ntwo\nTHREE\n"}, {"body": h_body}),
        _del(4, deleted_rec.id, "practice", observed),
    ])
    return title_rec.id, plan.id, note.id, deleted_rec.id


def _section(ctx, qtbot) -> ConflictsSection:
    section = ConflictsSection(ctx)
    qtbot.addWidget(section)
    section.resize(1200, 800)
    section.show()
    return section


def test_empty_state_when_there_is_nothing_to_settle(ctx, qtbot, qtmodeltester):
    section = _section(ctx, qtbot)
    assert section.badge() == 0
    assert section.model.rowCount() == 0
    assert section.empty.isVisibleTo(section)
    qtmodeltester.check(section.model)


def test_lists_conflicts_with_who_wrote_each_version(ctx, qtbot, qtmodeltester):
    title_rec, plan, note, deleted = make_conflicts(ctx.ws)
    section = _section(ctx, qtbot)
    qtmodeltester.check(section.model)
    assert {r.id for r in section.model.rows} >= {title_rec, plan, note, deleted}
    assert section.badge() == 3  # the auto-merged note needs no decision
    assert section.open_record(title_rec)
    box = section.detail.boxes["title"]
    values = [v for v, _names, _when in box.versions]
    assert set(values) == {"Mine: lesson study", "Theirs: public research lessons"}
    writers = {names[0] for _v, names, _when in box.versions}
    assert writers == {"you (this computer)", "Min-jun Park"}
    assert section.open_record(plan)
    assert section.detail.boxes["rationale"].long_text
    assert section.open_record(note)
    merged = section.detail.boxes["body"]
    assert merged.merged_value() == "ONE\ntwo\nTHREE\n"


def test_pick_a_version_then_undo(ctx, qtbot, wait_idle):
    title_rec, *_ = make_conflicts(ctx.ws)
    section = _section(ctx, qtbot)
    section.open_record(title_rec)
    box = section.detail.boxes["title"]
    theirs = next(i for i, (v, _n, _w) in enumerate(box.versions) if v.startswith("Theirs"))
    shown_before = ctx.ws.get(title_rec).title
    box.pick_buttons[theirs].click()
    wait_idle(ctx)
    view = ctx.ws.get(title_rec)
    assert view.title == "Theirs: public research lessons" and not view.conflicts
    assert section.model.row_of(title_rec) < 0
    assert section.badge() == 2
    ctx.undo_stack.undo()
    wait_idle(ctx)
    assert ctx.ws.get(title_rec).title == shown_before


def test_write_a_merged_value_for_long_text_and_accept_an_auto_merge(ctx, qtbot, wait_idle):
    _t, plan, note, _d = make_conflicts(ctx.ws)
    section = _section(ctx, qtbot)
    section.open_record(plan)
    box = section.detail.boxes["rationale"]
    box.merged_edit.setPlainText("Both rationales, merged by hand.")
    box.use_merged.click()
    wait_idle(ctx)
    view = ctx.ws.get(plan)
    assert view.data["rationale"] == "Both rationales, merged by hand." and not view.conflicts
    section.open_record(note)
    section.detail.boxes["body"].use_merged.click()
    wait_idle(ctx)
    view = ctx.ws.get(note)
    assert view.data["body"] == "ONE\ntwo\nTHREE\n" and not view.merged
    assert section.model.row_of(note) < 0


def test_keep_or_delete_again_a_record_deleted_while_edited(ctx, qtbot, wait_idle):
    *_rest, deleted = make_conflicts(ctx.ws)
    section = _section(ctx, qtbot)
    assert ctx.ws.get(deleted).del_conflict
    section.open_record(deleted)
    section.detail.keep_button.click()
    wait_idle(ctx)
    view = ctx.ws.get(deleted)
    assert not view.deleted and not view.del_conflict
    assert view.data["summary"] == "Edited here while the teammate deleted it."
    ctx.undo_stack.undo()  # undoing "keep" deletes it
    wait_idle(ctx)
    assert ctx.ws.get(deleted).deleted

    # a fresh deleted-vs-edited record, settled the other way
    other = ctx.ws.list("practice")[2]
    observed = _heads(ctx.ws, other.id)
    ctx.ws.edit(other.id, {"contacts": "someone@example.org"})
    _apply(ctx.ws, [_del(5, other.id, "practice", observed)])
    section.refresh(None)
    section.open_record(other.id)
    section.detail.delete_button.click()
    wait_idle(ctx)
    assert ctx.ws.get(other.id).deleted
    assert section.model.row_of(other.id) < 0


def test_concurrent_moves_are_not_flagged(ctx, qtbot):
    goal = ctx.ws.list("goal")[0]
    actions = ctx.ws.children(goal.id, "action")
    moved = actions[0]
    heads = _heads(ctx.ws, moved.id)["position"]
    ctx.ws.move(moved.id, after=actions[-1].id)  # here: to the end
    _apply(ctx.ws, [_set(1, moved.id, "action", {"position": "a0V"}, {"position": heads})])  # there: elsewhere
    assert len(_heads(ctx.ws, moved.id)["position"]) == 2  # the store keeps both versions…
    assert "position" not in ctx.ws.get(moved.id).conflicts  # …and shows the winner, unflagged
    assert ctx.ws.conflict_count() == 0
    section = _section(ctx, qtbot)
    assert section.model.row_of(moved.id) < 0  # …but a move is not something to settle
    assert section.badge() == 0


def test_a_record_whose_visibility_heads_conflict_shows_as_private(ctx, qtbot):
    from gcen_desktop.ui.sections.practices import PracticesSection

    practice = ctx.ws.list("practice")[0].id
    ctx.ws.edit(practice, {"visibility": "team"})
    seen = _heads(ctx.ws, practice)["visibility"]
    ctx.ws.edit(practice, {"visibility": "private"})
    # a teammate, concurrently and later by the clock, shares it with the network
    _apply(ctx.ws, [_set(1, practice, "practice", {"visibility": "network"}, {"visibility": seen})])
    assert "visibility" in ctx.ws.get(practice).conflicts
    section = PracticesSection(ctx)
    qtbot.addWidget(section)
    section.show()
    assert section.open_record(practice)
    assert section.form.editors["visibility"].currentData() == "private"
