"""The event-log store: pragmas, migrations, events, heads, conflicts, deletes, identity, search."""

from __future__ import annotations

import shutil
import sqlite3
import uuid

import pytest

from gcen_desktop.domain.ids import new_id
from gcen_desktop.services import Workspace
from gcen_desktop.store.migrations.runner import head_revision
from gcen_desktop.store.store import DB_NAME, open_store

from .eventkit import apply, ev_del, ev_set

T0 = 1_790_000_000_000  # a fixed wall clock in ms for hand-made events


def test_pragmas_and_migration_from_an_empty_file(tmp_path):
    store = open_store(tmp_path / "w", create=True)
    assert store.schema_before is None
    with store.read() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar_one() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar_one() == 5000
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one() == head_revision()
    store.close()
    again = open_store(tmp_path / "w")
    assert again.schema_before == head_revision()
    again.close()


def test_missing_workspace_is_a_plain_error(tmp_path):
    from gcen_desktop.domain.errors import WorkspaceMissing

    with pytest.raises(WorkspaceMissing, match="no workspace"):
        Workspace.open(tmp_path / "nothing")


def test_events_have_dots_hlc_parents_and_hashes(ws):
    rec = ws.create("note", {"title": "First", "body": "a"}).rec
    ws.edit(rec, {"title": "Second"})
    with ws.store.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT replica, seq, hlc, body FROM events WHERE rec=? ORDER BY seq", (rec,)
        ).all()
    import orjson

    from gcen_desktop.store.events import hash_ok

    first, second = (orjson.loads(r[3]) for r in rows)
    assert first["op"] == "set" and set(first["fields"]) >= {"title", "body"}
    assert second["parents"] == {"title": [first["dot"]]}
    assert second["dot"][1] == first["dot"][1] + 1
    assert rows[0][2] < rows[1][2]
    assert hash_ok(first) and hash_ok(second)


def test_autosave_edits_of_one_field_amend_until_exported(ws):
    rec = ws.create("note", {"title": "Draft", "body": ""}).rec

    def count():
        with ws.store.read() as conn:
            return conn.exec_driver_sql("SELECT COUNT(*) FROM events WHERE rec=?", (rec,)).scalar_one()

    for text in ("a", "ab", "abc", "abcd"):
        ws.edit(rec, {"body": text})
    assert count() == 2  # the create and one amended edit
    assert ws.get(rec).data["body"] == "abcd"
    ws.edit(rec, {"title": "Other field"})
    assert count() == 3
    ws.store.set_meta("exported_seq", ws.store.meta("seq"))  # a bundle carried everything
    ws.edit(rec, {"title": "After export"})
    ws.edit(rec, {"title": "After export 2"})
    assert count() == 4
    assert ws.store.check() == []


def test_amending_the_event_that_created_a_record_moves_its_creation_time(ws):
    rec = new_id()
    with ws.store.write() as conn:
        ws.store.set_fields(conn, "note", rec, {"title": "Draft"}, create=True)
    before = ws.get(rec).created
    ws.edit(rec, {"title": "Draft, amended"})
    with ws.store.read() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM events WHERE rec=?", (rec,)).scalar_one() == 1
    view = ws.get(rec)
    assert view.created == view.updated > before
    assert ws.store.check() == []  # as a rebuild of the log gives it


def test_concurrent_edits_are_a_conflict_and_a_pick_resolves_it(ws):
    rec = new_id()
    base = ev_set("aaaa", 1, T0, rec, "note", {"title": "Base", "body": "x"})
    mine = ev_set("aaaa", 2, T0 + 10, rec, "note", {"title": "Mine"}, {"title": [["aaaa", 1]]})
    theirs = ev_set("bbbb", 1, T0 + 5, rec, "note", {"title": "Theirs"}, {"title": [["aaaa", 1]]})
    apply(ws, [base, mine, theirs])
    view = ws.get(rec)
    assert view.data["title"] == "Mine"  # largest (hlc, dot) is shown
    assert view.conflicts == {"title": ["Mine", "Theirs"]}
    assert ws.conflict_count() == 1
    ws.resolve(rec, "title", "Theirs")
    view = ws.get(rec)
    assert view.data["title"] == "Theirs" and view.conflicts == {}


def test_equal_values_are_agreement_not_conflict(ws):
    rec = new_id()
    base = ev_set("aaaa", 1, T0, rec, "note", {"title": "Base"})
    a = ev_set("aaaa", 2, T0 + 1, rec, "note", {"title": "Same"}, {"title": [["aaaa", 1]]})
    b = ev_set("bbbb", 1, T0 + 2, rec, "note", {"title": "Same"}, {"title": [["aaaa", 1]]})
    apply(ws, [base, a, b])
    assert ws.get(rec).conflicts == {}


def test_out_of_order_arrival_gives_the_same_view(tmp_path):
    rec = new_id()
    events = [
        ev_set("aaaa", 1, T0, rec, "note", {"title": "v1", "body": "b"}),
        ev_set("aaaa", 2, T0 + 1, rec, "note", {"title": "v2"}, {"title": [["aaaa", 1]]}),
        ev_set("bbbb", 1, T0 + 2, rec, "note", {"title": "v3"}, {"title": [["aaaa", 2]]}),
    ]
    dumps = []
    for order in ([0, 1, 2], [2, 1, 0], [1, 2, 0]):
        w = Workspace.new(tmp_path / f"w{order}", "T", workspace_id="ws")
        apply(w, [events[i] for i in order])
        assert w.get(rec).data["title"] == "v3" and not w.get(rec).conflicts
        dumps.append(w.store.dump())
        w.close()
    assert dumps[0] == dumps[1] == dumps[2]


def test_delete_versus_concurrent_edit_keeps_the_record_flagged(ws):
    rec = new_id()
    base = ev_set("aaaa", 1, T0, rec, "note", {"title": "Base", "body": "x"})
    deletion = ev_del("aaaa", 2, T0 + 5, rec, "note", {"title": [["aaaa", 1]], "body": [["aaaa", 1]]})
    edit = ev_set("bbbb", 1, T0 + 3, rec, "note", {"body": "edited"}, {"body": [["aaaa", 1]]})
    apply(ws, [base, deletion, edit])
    view = ws.get(rec)
    assert not view.deleted and view.del_conflict and view.data["body"] == "edited"
    ws.keep(rec)
    assert not ws.get(rec).del_conflict
    ws.delete(rec)
    assert ws.get(rec).deleted


def test_a_delete_that_saw_everything_deletes(ws):
    rec = new_id()
    base = ev_set("aaaa", 1, T0, rec, "note", {"title": "Base"})
    deletion = ev_del("bbbb", 1, T0 + 5, rec, "note", {"title": [["aaaa", 1]]})
    apply(ws, [deletion, base])  # the deletion arrives first
    assert ws.get(rec).deleted


def test_cascade_delete_with_a_concurrent_child_keeps_the_parents(ws):
    plan = ws.create("plan", {"title": "Plan"}).rec
    goal = ws.create("goal", {"plan": plan, "statement": "Goal"}).rec
    ws.delete(plan)
    assert ws.get(goal).deleted and ws.get(plan).deleted
    # A teammate, not having seen the deletion, added an action under the goal.
    action = ev_set("bbbb", 1, T0, new_id(), "action", {"goal": goal, "title": "New action"})
    apply(ws, [action])
    assert not ws.get(plan).deleted and ws.get(plan).kept_alive
    assert not ws.get(goal).deleted and ws.get(goal).kept_alive
    assert ws.store.check() == []


def test_long_text_conflicts_merge_by_lines_when_clean(ws):
    rec = new_id()
    base = ev_set("aaaa", 1, T0, rec, "note", {"title": "T", "body": "one\ntwo\nthree\n"})
    a = ev_set("aaaa", 2, T0 + 1, rec, "note", {"body": "ONE\ntwo\nthree\n"}, {"body": [["aaaa", 1]]})
    b = ev_set("bbbb", 1, T0 + 2, rec, "note", {"body": "one\ntwo\nTHREE\n"}, {"body": [["aaaa", 1]]})
    apply(ws, [base, a, b])
    view = ws.get(rec)
    assert view.data["body"] == "ONE\ntwo\nTHREE\n" and view.merged == ["body"]
    assert "body" not in view.conflicts
    # The same line edited on both sides: both versions are kept side by side, no merge.
    rec2 = new_id()
    base2 = ev_set("aaaa", 3, T0, rec2, "note", {"title": "T2", "body": "one\ntwo\nthree\n"})
    c = ev_set("cccc", 1, T0 + 3, rec2, "note", {"body": "one\nzwei\nthree\n"}, {"body": [["aaaa", 3]]})
    d = ev_set("dddd", 1, T0 + 4, rec2, "note", {"body": "one\ndeux\nthree\n"}, {"body": [["aaaa", 3]]})
    apply(ws, [base2, c, d])
    assert ws.get(rec2).conflicts["body"] == ["one\ndeux\nthree\n", "one\nzwei\nthree\n"]
    assert ws.get(rec2).merged == []


def test_a_copied_store_takes_a_new_replica_id(tmp_path):
    w = Workspace.new(tmp_path / "a", "T")
    w.create("note", {"title": "x"})
    original = w.store.replica
    w.close()
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    same = Workspace.open(tmp_path / "a")
    assert same.store.replica == original
    same.close()
    copy = Workspace.open(tmp_path / "b")
    assert copy.store.replica != original
    assert copy.store.identity_reason
    copy.close()


def test_a_store_restored_from_backup_takes_a_new_replica_id(tmp_path):
    w = Workspace.new(tmp_path / "a", "T")
    w.create("note", {"title": "before backup"})
    original = w.store.replica
    w.close()
    backup = tmp_path / "backup.sqlite3"
    src = sqlite3.connect(tmp_path / "a" / DB_NAME)
    dst = sqlite3.connect(backup)
    src.backup(dst)
    src.close()
    dst.close()
    w = Workspace.open(tmp_path / "a")
    w.create("note", {"title": "after backup"})
    w.close()
    for suffix in ("-wal", "-shm"):
        (tmp_path / "a" / (DB_NAME + suffix)).unlink(missing_ok=True)
    shutil.copyfile(backup, tmp_path / "a" / DB_NAME)
    restored = Workspace.open(tmp_path / "a")
    assert restored.store.replica != original
    assert restored.store.identity_reason == "restored from a backup"
    restored.create("note", {"title": "new work"})  # writes with the fresh id
    with restored.store.read() as conn:
        reps = {r for (r,) in conn.exec_driver_sql("SELECT DISTINCT replica FROM events")}
    assert reps == {original, restored.store.replica}
    restored.close()


def test_a_known_dot_with_other_content_is_refused_when_asked(ws):
    from gcen_desktop.store.apply import ClonedStoreError

    rec = new_id()
    apply(ws, [ev_set("aaaa", 1, T0, rec, "note", {"title": "A"})])
    before = ws.store.dump()
    with pytest.raises(ClonedStoreError), ws.store.write() as conn:
        ws.store.apply(conn, [ev_set("aaaa", 1, T0, rec, "note", {"title": "B"})], on_equivocation="refuse")
    assert ws.store.dump() == before


@pytest.mark.parametrize("first", ["A", "B"])
def test_a_known_dot_with_other_content_keeps_the_smaller_hash_in_either_order(ws, first):
    rec = new_id()
    versions = {t: ev_set("aaaa", 1, T0, rec, "note", {"title": t}) for t in "AB"}
    kept = min(versions.values(), key=lambda e: e["h"])
    other = max(versions.values(), key=lambda e: e["h"])
    apply(ws, [versions[first]])
    with ws.store.write() as conn:
        result = ws.store.apply(conn, [versions["B" if first == "A" else "A"]])
    assert result.equivocating == {"aaaa"}
    assert ws.store.get(rec).title == kept["fields"]["title"]
    with ws.store.read() as conn:
        assert conn.exec_driver_sql("SELECT h FROM events WHERE replica=?", ("aaaa",)).scalars().all() == [kept["h"]]
        assert conn.exec_driver_sql("SELECT replica, seq, kept_h, other_h FROM equivocations").all() == [
            ("aaaa", 1, kept["h"], other["h"])
        ]
    assert ws.store.check() == []


def test_reimporting_the_same_events_changes_nothing(ws):
    rec = new_id()
    events = [ev_set("aaaa", 1, T0, rec, "note", {"title": "A"})]
    apply(ws, events)
    before = ws.store.dump()
    apply(ws, events)
    assert ws.store.dump() == before


def test_check_notices_a_damaged_projection(ws):
    rec = ws.create("note", {"title": "Fine"}).rec
    assert ws.store.check() == []
    with ws.store.write() as conn:
        conn.exec_driver_sql("UPDATE record_rows SET title='Tampered' WHERE id=?", (rec,))
    problems = ws.store.check()
    assert problems and "projection differs" in problems[0]
    ws.store.rebuild()
    assert ws.store.check() == [] and ws.get(rec).title == "Fine"


def test_attachments_are_stored_once_by_hash(ws, tmp_path):
    a = ws.create("note", {"title": "a"}).rec
    b = ws.create("reading", {"title": "b"}).rec
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(b"%PDF-1.4 fake but bytes" * 100)
    aid1 = ws.attach(a, pdf).rec
    aid2 = ws.attach(b, pdf).rec
    assert aid1 == aid2
    files = [p for p in (ws.store.folder / "attachments").rglob("*") if p.is_file()]
    assert len(files) == 1
    assert ws.attachment_path(aid1).read_bytes() == pdf.read_bytes()
    assert ws.get(b).data["attachment"] == aid1


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("我们讨论了如何培养优秀教师的问题。", "教师"),
        ("서울의 교사들은 협력 수업을 설계했다.", "교사"),
        ("La formation des enseignants débutants à Montréal.", "enseignant"),
        ("Evaluación formativa en escuelas públicas", "evaluacion"),
        ("Residência pedagógica para professores iniciantes", "residencia"),
    ],
)
def test_search_finds_words_inside_sentences_in_every_language(ws, text, query):
    rec = ws.create("note", {"title": "Notes", "body": text}).rec
    ws.create("note", {"title": "Other", "body": "nothing relevant here"})
    hits = [v.id for v, _snippet in ws.search(query)]
    assert hits == [rec]


def test_search_filters_by_type_tag_group_and_status(ws):
    from gcen_desktop.services.queries import Filters

    group = ws.create("group", {"name": "Teaching force"}).rec
    n1 = ws.create("note", {"title": "Residency notes", "working_group": group}, tags=["residency"]).rec
    r1 = ws.create("reading", {"title": "Residency case study", "kind": "case_study"}).rec
    plan = ws.create("plan", {"title": "Residency plan", "status": "active"}).rec
    assert {v.id for v, _ in ws.search("residency")} == {n1, r1, plan}
    assert [v.id for v, _ in ws.search("residency", Filters(types=("reading",)))] == [r1]
    assert [v.id for v, _ in ws.search("residency", Filters(tag="Residency"))] == [n1]
    assert [v.id for v, _ in ws.search("residency", Filters(working_group=group))] == [n1]
    assert [v.id for v, _ in ws.search("residency", Filters(status="active"))] == [plan]
    ws.delete(n1)
    assert n1 not in {v.id for v, _ in ws.search("residency")}


def test_hostile_search_text_never_breaks_the_query(ws):
    ws.create("note", {"title": "quotes"})
    for q in ['"', "AND OR NOT", "*", "title:x", "NEAR(", "(((", "'", "-", "^"]:
        ws.search(q)  # must not raise


def test_ids_are_uuid7_and_link_ids_are_deterministic(ws):
    rec = ws.create("note", {"title": "x"}).rec
    assert uuid.UUID(rec).version == 7
    from gcen_desktop.domain.ids import link_id

    assert link_id("tag", rec, "Equity") == link_id("tag", rec, "equity")


def test_head_revision_constant_matches_the_migration_scripts():
    from gcen_desktop.store.migrations import HEAD_REVISION

    assert HEAD_REVISION == head_revision()


def test_concurrent_moves_are_not_flagged(ws):
    rec = new_id()
    goal_plan = ev_set("aaaa", 1, T0, new_id(), "action_plan", {"title": "P"})
    base = ev_set("aaaa", 2, T0, rec, "note", {"title": "N", "body": "b"})
    a = ev_set("aaaa", 3, T0 + 1, rec, "note", {"title": "N"}, {"title": [["aaaa", 2]]})
    apply(ws, [goal_plan, base, a])
    plan = goal_plan["rec"]
    goal = new_id()
    g0 = ev_set("aaaa", 4, T0, goal, "goal", {"plan": plan, "statement": "G", "position": "a0"})
    g1 = ev_set("aaaa", 5, T0 + 5, goal, "goal", {"position": "a5"}, {"position": [["aaaa", 4]]})
    g2 = ev_set("bbbb", 1, T0 + 9, goal, "goal", {"position": "Zz"}, {"position": [["aaaa", 4]]})
    apply(ws, [g0, g1, g2])
    view = ws.get(goal)
    assert view.data["position"] == "Zz" and view.conflicts == {}
    assert ws.conflict_count() == 0


def test_a_deletion_that_arrives_first_keeps_its_time(tmp_path):
    rec = new_id()
    base = ev_set("aaaa", 1, T0, rec, "note", {"title": "Base", "body": "x"})
    edit = ev_set("cccc", 1, T0 + 3, rec, "note", {"body": "edited"}, {"body": [["aaaa", 1]]})
    dele = ev_del("bbbb", 1, T0 + 50, rec, "note", {"title": [["aaaa", 1]], "body": [["aaaa", 1]]})
    one = Workspace.new(tmp_path / "one", "T")
    two = Workspace.new(tmp_path / "two", "T")
    apply(one, [base, edit, dele])
    apply(two, [dele])
    apply(two, [base, edit])
    assert one.get(rec).updated == two.get(rec).updated == dele["hlc"]
    assert one.get(rec).created == two.get(rec).created == base["hlc"]
    assert two.store.check() == []


def test_events_that_change_a_records_type_are_refused(ws):
    from gcen_desktop.store.merge import RecordTypeMismatch

    rec = new_id()
    apply(ws, [ev_set("aaaa", 1, T0, rec, "note", {"title": "T"})])
    before = ws.store.dump()
    forged = ev_set("bbbb", 1, T0 + 1, rec, "practice", {"title": "P"}, {"title": [["aaaa", 1]]})
    with pytest.raises(RecordTypeMismatch, match="damaged or forged"):
        apply(ws, [forged])
    assert ws.store.dump() == before


def test_a_cycle_of_forged_parents_cannot_keep_itself_alive(tmp_path):
    g1, g2, c = new_id(), new_id(), new_id()
    events = [
        ev_set("aaaa", 1, T0, g1, "goal", {"plan": g2, "statement": "g1"}),
        ev_set("aaaa", 2, T0, g2, "goal", {"plan": g1, "statement": "g2"}),
        ev_set("aaaa", 3, T0, c, "action", {"goal": g1, "title": "c"}),
        ev_del("aaaa", 4, T0, g1, "goal", {"plan": [["aaaa", 1]], "statement": [["aaaa", 1]]}),
        ev_del("aaaa", 5, T0, g2, "goal", {"plan": [["aaaa", 2]], "statement": [["aaaa", 2]]}),
        ev_del("aaaa", 6, T0, c, "action", {"goal": [["aaaa", 3]], "title": [["aaaa", 3]]}),
    ]
    one = Workspace.new(tmp_path / "one", "T")
    apply(one, events)
    two = Workspace.new(tmp_path / "two", "T")
    for batch in (events[:3], events[3:5], events[5:]):
        apply(two, batch)
    for w in (one, two):
        assert w.get(g1).deleted and w.get(g2).deleted and w.get(c).deleted
        assert w.store.check() == []


def test_keep_and_restore_leave_open_field_conflicts_open(ws):
    rec = new_id()
    apply(ws, [
        ev_set("aaaa", 1, T0, rec, "note", {"title": "Base", "body": "x", "visibility": "team"}),
        ev_set("aaaa", 2, T0 + 10, rec, "note", {"title": "Mine"}, {"title": [["aaaa", 1]]}),
        ev_set("bbbb", 1, T0 + 5, rec, "note", {"title": "Theirs"}, {"title": [["aaaa", 1]]}),
        ev_del("cccc", 1, T0 + 20, rec, "note", {"title": [["aaaa", 1]], "body": [["aaaa", 1]],
                                                  "visibility": [["aaaa", 1]]}),
    ])
    assert ws.get(rec).del_conflict
    ws.keep(rec)
    view = ws.get(rec)
    assert not view.del_conflict and view.conflicts == {"title": ["Mine", "Theirs"]}
    ws.delete(rec)
    ws.restore(rec)
    view = ws.get(rec)
    assert not view.deleted and view.conflicts == {"title": ["Mine", "Theirs"]}


def test_a_reading_status_set_during_a_delete_keeps_the_reading(ws):
    member = ws.create("member", {"name": "Li Wei"}).rec
    reading = ws.create("reading", {"title": "Case study"}).rec
    ws.delete(reading)
    from gcen_desktop.domain.ids import link_id

    status = ev_set("bbbb", 1, T0, link_id("reading_status", reading, member), "reading_status",
                    {"reading": reading, "member": member, "status": "read"})
    apply(ws, [status])
    assert not ws.get(reading).deleted and ws.get(reading).kept_alive


def test_the_clock_counter_never_outgrows_its_width():
    from gcen_desktop.domain.clock import HybridClock

    clk = HybridClock("me", now_ms=lambda: T0)
    remote = f"{T0 + 1000:013d}-99999-peer"
    clk.observe(remote)
    assert clk.tick() > remote


def test_a_new_store_is_made_with_the_schema_the_migrations_make(tmp_path):
    """New stores skip Alembic (~0.6 s) and run `migrations.newest`, which must stay what running
    every migration on an empty file makes: the generated module is current, and a store made
    either way has the same objects."""
    from pathlib import Path

    from gcen_desktop.store.migrations import newest, runner

    assert Path(newest.__file__).read_text(encoding="utf-8") == runner.generate(), (
        "a migration changed the schema: run python -m gcen_desktop.store.migrations.runner"
    )
    assert newest.REVISION == head_revision()

    def objects(db):
        raw = sqlite3.connect(db)
        try:
            return sorted(raw.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall(), key=str), \
                raw.execute("SELECT version_num FROM alembic_version").fetchall()
        finally:
            raw.close()

    store = open_store(tmp_path / "fast", create=True)
    assert store.schema_before is None
    store.close()
    runner.run_migrations(tmp_path / "slow.sqlite3")
    assert objects(tmp_path / "fast" / DB_NAME) == objects(tmp_path / "slow.sqlite3")
    again = open_store(tmp_path / "fast")
    assert again.schema_before == head_revision() and again.check() == []
    again.close()


def test_a_deletion_a_restore_overrode_covers_nothing_even_the_restore_itself(ws):
    """A forged deletion whose observed names the very version the restore writes (a dot nobody
    had written yet): the restore overrides it, so the record is back."""
    rec = new_id()
    future = [["aaaa", s] for s in range(1, 10)]
    apply(ws, [
        ev_set("aaaa", 1, T0, rec, "note", {"title": "A"}),
        ev_del("ffff", 1, T0 + 1, rec, "note", {"title": future}),
    ])
    assert ws.store.get(rec).deleted
    apply(ws, [ev_set("aaaa", 2, T0 + 2, rec, "note", {"title": "A"}, {"title": [["aaaa", 1]], "_del": [["ffff", 1]]})])
    view = ws.store.get(rec)
    assert not view.deleted and not view.del_conflict
    assert ws.store.check() == []
