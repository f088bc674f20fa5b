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


def test_a_long_text_conflict_shows_the_differing_lines_marked(ctx, qtbot):
    """Two versions of a 40-line note that differ in one line: the diff shows that line removed
    (−) and added (+), each coloured, and folds the unchanged stretches."""
    with ctx.ws.store.write() as conn:
        conn.exec_driver_sql("INSERT INTO peers (replica, name, first_seen_ms) VALUES (?, ?, ?)",
                             (TEAMMATE, "Min-jun Park", 0))
    note = ctx.ws.list("note")[0]
    lines = [f"Line {i} of the site visit report." for i in range(40)]
    base = _heads(ctx.ws, note.id)["body"]  # both edits start from the sample's text
    mine = list(lines)
    mine[20] = "Line 20: mentors meet on Wednesdays."
    ctx.ws.edit(note.id, {"body": "\n".join(mine)})
    theirs = list(lines)
    theirs[20] = "Line 20: mentors meet on Fridays."
    _apply(ctx.ws, [_set(1, note.id, "note", {"body": "\n".join(theirs)}, {"body": base})])
    assert "body" in ctx.ws.get(note.id).conflicts

    section = _section(ctx, qtbot)
    assert section.open_record(note.id)
    box = section.detail.boxes["body"]
    assert len(box.diffs) == 1
    view = box.diffs[0]
    assert view.isVisibleTo(section)
    shown = view.marked_lines()
    removed = [s for s in shown if s.startswith("− ")]
    added = [s for s in shown if s.startswith("+ ")]
    first, second = box.versions[0][0], box.versions[1][0]  # the columns, left to right
    assert {first.split("\n")[20], second.split("\n")[20]} == {mine[20], theirs[20]}
    assert [s[2:] for s in removed] == [first.split("\n")[20]]
    assert [s[2:] for s in added] == [second.split("\n")[20]]
    # the unchanged lines far from the change are folded, the ones next to it are kept
    assert any("unchanged lines" in s for s in shown)
    assert "  " + lines[19] in shown and "  " + lines[0] not in shown
    assert len(shown) < 12
    # marked in colour too: the removed and added lines have different backgrounds from the rest
    doc = view.document()
    colours = {}
    for n in range(doc.blockCount()):
        block = doc.findBlockByNumber(n)
        colours[block.text()[:2]] = block.blockFormat().background().color().name()
    assert colours["− "] != colours["+ "]
    assert colours["  "] not in (colours["− "], colours["+ "])


def test_line_diff_keeps_context_around_each_change_and_folds_the_rest():
    from gcen_desktop.ui.conflicts.line_diff import MOST_MATCHED_LINES, diff_lines

    old = "\n".join(f"l{i}" for i in range(20))
    new = "x\n" + "\n".join(f"l{i}" for i in range(20) if i != 10) + "\nz"
    shown = [(d.kind, d.text) for d in diff_lines(old, new)]
    assert shown == [("added", "x"), ("same", "l0"), ("same", "l1"), ("folded", "6"), ("same", "l8"), ("same", "l9"),
                     ("removed", "l10"), ("same", "l11"), ("same", "l12"), ("folded", "5"), ("same", "l18"),
                     ("same", "l19"), ("added", "z")]
    assert [d.kind for d in diff_lines("", "a\r\nb")] == ["added", "added"]  # no phantom empty line
    assert diff_lines("same\ntext", "same\ntext") == [d for d in diff_lines("same\ntext", "same\ntext")
                                                     if d.kind == "same"]
    # a huge rewrite is shown unmatched rather than freezing the window in difflib
    big_old = "\n".join(f"a{i % 7}" for i in range(MOST_MATCHED_LINES + 5))
    big_new = "\n".join(f"b{i % 7}" for i in range(MOST_MATCHED_LINES + 5))
    kinds = [d.kind for d in diff_lines("head\n" + big_old, "head\n" + big_new)]
    assert kinds[0] == "same" and kinds.count("removed") == kinds.count("added") == MOST_MATCHED_LINES + 5
