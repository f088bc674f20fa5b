"""The bulk paths of applying events: brand-new records written without loading any state, event
bytes kept as read, and a first fill of a store journalled without the WAL. Each must give the
very view the general path gives."""

from __future__ import annotations

import hashlib

import msgspec
import orjson
import pytest

from gcen_desktop.domain.ids import new_id
from gcen_desktop.services import Workspace
from gcen_desktop.store.events import ReadEvent, body_of, canonical, checked_line, seal

from .eventkit import apply, ev_del, ev_set

T0 = 1_790_000_000_000


def _mixed_batch() -> list[dict]:
    """New records of every shape the fast path must get right, and some it must leave alone."""
    plan, goal, note, twice, late = (new_id() for _ in range(5))
    return [
        ev_set("aaaa", 1, T0, plan, "action_plan", {"title": "Residency plan"}),
        ev_set("aaaa", 2, T0 + 1, goal, "goal", {"plan": plan, "statement": "Mentors for all"}),
        ev_del("aaaa", 3, T0 + 2, goal, "goal", {"plan": [["aaaa", 2]], "statement": [["aaaa", 2]]}),
        # a brand-new child of the goal deleted above keeps it (and so the plan) shown
        ev_set("bbbb", 1, T0 + 3, new_id(), "action", {"goal": goal, "title": "Pair new teachers"}),
        ev_set("bbbb", 2, T0 + 4, note, "note", {"title": "Visit", "body": "教师 培养", "kind": "session"}),
        # two events of one record in the batch: the general path
        ev_set("cccc", 1, T0 + 5, twice, "note", {"title": "First", "body": "a"}),
        ev_set("cccc", 2, T0 + 6, twice, "note", {"title": "Second"}, {"title": [["cccc", 1]]}),
        # an edit whose parent has not arrived: the general path (it names a parent)
        ev_set("dddd", 2, T0 + 7, late, "note", {"body": "edited"}, {"body": [["dddd", 1]]}),
    ]


def test_one_batch_gives_the_view_of_one_event_at_a_time(tmp_path):
    batch = _mixed_batch()
    bulk = Workspace.new(tmp_path / "bulk", "T")
    single = Workspace.new(tmp_path / "single", "T")
    with bulk.store.write() as conn:
        result = bulk.store.apply(conn, batch)
    assert result.applied == len(batch)
    assert result.created and result.created <= result.changed
    for e in reversed(batch):
        apply(single, [e])
    ids = {e["rec"] for e in batch}

    def view(ws):  # the batch's records as the dump shows them (each store has its own workspace)
        return {k: v for k, v in orjson.loads(ws.store.dump()).items() if k in ids}

    assert view(bulk) == view(single) and len(view(bulk)) == len(ids)
    assert bulk.store.check() == [] and single.store.check() == []
    goal = batch[1]["rec"]
    assert not bulk.get(goal).deleted and bulk.get(goal).kept_alive


def test_a_record_known_from_a_deletion_alone_is_not_new(tmp_path):
    rec = new_id()
    create = ev_set("aaaa", 1, T0, rec, "note", {"title": "Gone", "body": "x"})
    gone = ev_del("bbbb", 1, T0 + 9, rec, "note", {"title": [["aaaa", 1]], "body": [["aaaa", 1]]})
    ws = Workspace.new(tmp_path / "w", "T")
    apply(ws, [gone])
    with ws.store.write() as conn:
        result = ws.store.apply(conn, [create])
    assert rec not in result.created
    assert ws.get(rec).deleted
    assert ws.store.check() == []


def test_a_canonical_line_is_kept_as_read_and_stored_byte_for_byte(tmp_path):
    event = seal({"dot": ["aaaa", 1], "hlc": "1790000000000-00000-aaaa", "rec": new_id(), "type": "note",
                  "op": "set", "fields": {"title": "Café 教师", "body": 'a "quoted" line\n'}, "parents": {}})
    line = body_of(event)
    checked = checked_line(orjson.loads(line), line)
    assert isinstance(checked, ReadEvent) and checked.raw is line and checked == event
    ws = Workspace.new(tmp_path / "w", "T")
    apply(ws, [checked])
    with ws.store.read() as conn:
        stored = conn.exec_driver_sql("SELECT body FROM events WHERE replica='aaaa'").scalar_one()
    assert stored == line


@pytest.mark.parametrize("change", [
    lambda line: line.replace(b'"title":"Caf', b'"title":"Kaf'),        # content altered
    lambda line: line.replace(b'"h":"sha256:', b'"h":"sha256:0'[:-1]),  # no change: control
])
def test_an_altered_canonical_line_fails_its_hash(change):
    event = seal({"dot": ["aaaa", 1], "hlc": "1790000000000-00000-aaaa", "rec": new_id(), "type": "note",
                  "op": "set", "fields": {"title": "Café", "body": "x"}, "parents": {}})
    line = change(body_of(event))
    ok = checked_line(orjson.loads(line), line) is not None
    assert ok == (line == body_of(event))


def test_a_line_in_another_key_order_is_hashed_the_slow_way():
    event = seal({"dot": ["aaaa", 1], "hlc": "1790000000000-00000-aaaa", "rec": new_id(), "type": "note",
                  "op": "set", "fields": {"title": "Café", "body": "x"}, "parents": {}})
    reordered = orjson.dumps({k: event[k] for k in reversed(list(event))})
    checked = checked_line(orjson.loads(reordered), reordered)
    assert checked == event and not isinstance(checked, ReadEvent)
    assert body_of(checked) == orjson.dumps(event, option=orjson.OPT_SORT_KEYS)
    # the hash covers the canonical bytes, whatever the order of the line
    assert event["h"] == "sha256:" + hashlib.sha256(canonical(event)).hexdigest()


def test_joining_fills_the_store_and_leaves_it_in_wal_mode(tmp_path):
    from gcen_desktop.services import joining
    from gcen_desktop.services.bundles import Exchange

    src = Workspace.new(tmp_path / "src", "T", member="Ana")
    for i in range(30):
        src.create("note", {"title": f"Note {i}", "body": "text"})
    bundle = tmp_path / "full.gcen"
    Exchange(src).export(bundle, mode="full")
    joined, report = joining.join(tmp_path / "dst", bundle, trust_new_key=True)
    assert report.applied >= 30
    with joined.store.read() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
    assert not list((tmp_path / "dst").glob("*-journal"))
    assert joined.store.dump() == src.store.dump()
    assert joined.store.check() == []


def test_a_fill_hands_its_pages_to_the_disk_as_it_goes_and_keeps_no_descriptor(tmp_path, monkeypatch):
    import os
    import threading

    from gcen_desktop.store import engine as engine_module
    from gcen_desktop.store.store import open_store

    if not hasattr(os, "fdatasync"):
        pytest.skip("no fdatasync here: no flusher is started")
    store = open_store(tmp_path / "w", create=True)
    synced = threading.Event()
    flushed: list[int] = []
    real = os.fdatasync

    def counting(fd: int) -> None:
        real(fd)
        flushed.append(fd)
        synced.set()

    monkeypatch.setattr(os, "fdatasync", counting)
    monkeypatch.setattr(engine_module.Flusher, "EVERY_S", 0.01)
    with store.filling():
        with store.write() as conn:
            conn.exec_driver_sql("INSERT INTO meta (key, value) VALUES ('x', ?)", ("y" * 100_000,))
            assert synced.wait(10), "the flusher never synced the database file during the fill"
    count = len(flushed)
    assert store.meta("x") == "y" * 100_000
    with store.read() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
    store.close()
    if os.path.isdir("/proc/self/fd"):  # nothing holds the database file open any more
        open_now = []
        for fd in os.listdir("/proc/self/fd"):
            try:
                open_now.append(os.path.realpath(f"/proc/self/fd/{fd}"))
            except OSError:
                pass
        assert str(store.db_path.resolve()) not in open_now
    assert len(flushed) == count  # and its thread stopped


def test_a_flusher_that_cannot_start_leaves_the_wal_on_and_its_descriptor_closed(tmp_path, monkeypatch):
    """(found in review) a thread that cannot start: the fill is refused, the engine goes back to
    the WAL, and the descriptor the flusher opened is closed."""
    import os
    import threading

    from gcen_desktop.store import engine as engine_module
    from gcen_desktop.store.store import open_store

    if not hasattr(os, "fdatasync"):
        pytest.skip("no fdatasync here: no flusher is started")
    store = open_store(tmp_path / "w", create=True)
    opened: list[int] = []
    closed: list[int] = []
    real_open, real_close = os.open, os.close

    def opening(path, *args, **kwargs):
        fd = real_open(path, *args, **kwargs)
        if os.path.samefile(path, store.db_path):
            opened.append(fd)
        return fd

    def closing(fd):
        closed.append(fd)
        real_close(fd)

    def no_thread(self):
        raise RuntimeError("can't start new thread")

    monkeypatch.setattr(os, "open", opening)
    monkeypatch.setattr(os, "close", closing)
    monkeypatch.setattr(threading.Thread, "start", no_thread)
    with pytest.raises(RuntimeError), store.filling():
        pass
    monkeypatch.undo()
    assert opened and set(opened) <= set(closed)
    assert engine_module.JOURNAL_MODES[store.engine][0] == "WAL"
    with store.read() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
    store.close()


def test_no_flusher_where_the_system_has_no_fdatasync(tmp_path, monkeypatch):
    import os

    from gcen_desktop.store.store import open_store

    monkeypatch.delattr(os, "fdatasync", raising=False)
    store = open_store(tmp_path / "w", create=True)
    with store.filling(), store.write() as conn:
        conn.exec_driver_sql("INSERT INTO meta (key, value) VALUES ('x', 'y')")
    assert store.meta("x") == "y"
    store.close()


def test_a_compact_line_with_unsorted_keys_is_not_taken_as_canonical():
    event = seal({"dot": ["aaaa", 1], "hlc": "1790000000000-00000-aaaa", "rec": new_id(), "type": "note",
                  "op": "set", "fields": {"title": "Café", "body": "x"}, "parents": {}})
    canonical_line = body_of(event)
    # the same members, compact, but `fields` in another order: its hash is not of these bytes
    shuffled = dict(event, fields={"title": "Café", "body": "x"})
    line = orjson.dumps(shuffled)
    assert line != canonical_line
    checked = checked_line(orjson.loads(line), line)
    assert checked == event and not isinstance(checked, ReadEvent)


def test_a_store_of_the_per_field_heads_schema_migrates_to_head_rows(tmp_path):
    from alembic import command

    from gcen_desktop.store.migrations.runner import alembic_config as _alembic_config
    from gcen_desktop.store.store import open_store

    ws = Workspace.new(tmp_path / "w", "T", member="Ana")
    note = ws.create("note", {"title": "Visit", "body": "one"}).rec
    ws.edit(note, {"body": "two"})
    apply(ws, [ev_set("bbbb", 1, T0, note, "note", {"title": "Theirs"}, {"title": [[ws.store.replica, 1]]})])
    with ws.store.read() as conn:
        heads_before = sorted(map(tuple, conn.exec_driver_sql("SELECT rec, field, replica, seq, hlc FROM heads")))
    dump_before = ws.store.dump()
    engine = ws.store.engine
    with engine.connect() as conn:
        conn.info["write"] = True
        with conn.begin():
            command.downgrade(_alembic_config(conn), "0002")
        names = {n for (n,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "heads" in names and "head_rows" not in names
    ws.close()
    store = open_store(tmp_path / "w")
    assert store.schema_before == "0002"
    with store.read() as conn:
        heads_after = sorted(map(tuple, conn.exec_driver_sql("SELECT rec, field, replica, seq, hlc FROM heads")))
        per_event = conn.exec_driver_sql("SELECT COUNT(*) FROM head_rows").scalar_one()
    assert heads_after == heads_before and per_event < len(heads_before)
    assert store.dump() == dump_before
    assert store.check() == []
    store.close()


def test_a_fill_stopped_half_way_gets_its_list_indexes_back_at_open(tmp_path):
    from gcen_desktop.store.store import FILL_INDEXES, LIST_INDEXES, open_store

    def indexes(store):
        with store.read() as conn:
            return {n for (n,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='index'")}

    store = open_store(tmp_path / "w", create=True)
    assert set(LIST_INDEXES) <= indexes(store)
    with pytest.raises(RuntimeError), store.filling():
        assert not set(LIST_INDEXES) & indexes(store)
        raise RuntimeError("the fill fails")
    assert set(LIST_INDEXES) <= indexes(store) and store.meta(FILL_INDEXES) is None
    # a crash between dropping and building them again: the next open builds them
    with store.filling():
        pass
    with store.write() as conn:
        for name in LIST_INDEXES:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
        conn.exec_driver_sql("INSERT INTO meta (key, value) VALUES (?, ?)", (FILL_INDEXES, orjson.dumps([
            f"CREATE INDEX {name} ON record_rows (type)" for name in LIST_INDEXES]).decode()))
    store.close()
    again = open_store(tmp_path / "w")
    assert set(LIST_INDEXES) <= indexes(again) and again.meta(FILL_INDEXES) is None
    again.close()


def test_the_parent_index_lists_only_records_with_a_parent_and_is_used(tmp_path):
    from alembic import command

    from gcen_desktop.store.migrations.runner import alembic_config as _alembic_config
    from gcen_desktop.store.store import open_store

    ws = Workspace.new(tmp_path / "w", "T", member="Ana")
    plan = ws.create("action_plan", {"title": "Residency"}).rec
    goal = ws.create("goal", {"statement": "Retain teachers", "plan": plan}).rec
    ws.create("note", {"title": "Visit"})
    with ws.store.engine.connect() as conn:
        conn.info["write"] = True
        with conn.begin():
            command.downgrade(_alembic_config(conn), "0003")
        (sql,) = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name='ix_records_parent'").one()
    assert "WHERE" not in sql
    ws.close()
    store = open_store(tmp_path / "w")
    assert store.schema_before == "0003"
    with store.read() as conn:
        (sql,) = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name='ix_records_parent'").one()
        assert sql.endswith("WHERE parent IS NOT NULL")
        entries = conn.exec_driver_sql("SELECT COUNT(*) FROM record_rows INDEXED BY ix_records_parent "
                                       "WHERE parent IS NOT NULL").scalar_one()
        assert entries == 1
        plan_text = " ".join(str(r) for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM records WHERE parent = ? AND type = 'goal'", (plan,)))
        assert "ix_records_parent" in plan_text
        assert [r for (r,) in conn.exec_driver_sql("SELECT id FROM records WHERE parent = ?", (plan,))] == [goal]
    assert store.check() == []
    store.close()


def _sealed_line() -> tuple[dict, bytes]:
    event = seal({"dot": ["aaaa", 1], "hlc": "1790000000000-00000-aaaa", "rec": new_id(), "type": "note",
                  "op": "set", "fields": {"title": "Café", "body": 'a ,"hlc":" in a value'}, "parents": {}})
    return event, body_of(event)


@pytest.mark.parametrize("forge", [
    lambda h: "sha999:" + h[7:],                 # right digest, wrong name
    lambda h: h[:-1] + ("0" if h[-1] != "0" else "1"),  # one digit off
    lambda h: h + "0",                           # one digit more
    lambda h: h[:-1],                            # one digit less
])
def test_a_forged_hash_member_is_refused(forge):
    event, line = _sealed_line()
    forged_h = forge(event["h"])
    line = line.replace(event["h"].encode(), forged_h.encode())
    assert checked_line(orjson.loads(line), line) is None


def test_a_member_between_h_and_hlc_is_hashed_the_slow_way():
    """A newer minor format may add members; the hash then covers them, as canonical bytes do."""
    event, _ = _sealed_line()
    newer = dict(event, hint="x")
    del newer["h"]
    seal(newer)
    line = body_of(newer)
    assert b'"h":"sha256:' in line and b',"hint":"x","hlc":' in line
    checked = checked_line(orjson.loads(line), line)
    assert checked == newer and not isinstance(checked, ReadEvent)


@pytest.mark.parametrize("value", [b"1e16", b"123456789012345678901234567890", b'{"b":1,"a":2}'])
def test_a_newer_member_hashed_as_written_but_not_canonical_is_refused(value):
    """A member this version does not know may hold what canonical JSON writes otherwise (a float's
    exponent, a number beyond 64 bits, unsorted keys): a hash over the line's own bytes is not
    the event's hash, whose rule is its canonical bytes."""
    event, _ = _sealed_line()
    del event["h"]
    written = orjson.dumps(event, option=orjson.OPT_SORT_KEYS)
    written = written[:-1] + b',"zz":' + value + b"}"  # sorts last, as written
    h = "sha256:" + hashlib.sha256(written).hexdigest()
    at = written.index(b',"hlc":')
    line = written[:at] + b',"h":"' + h.encode() + b'"' + written[at:]
    try:
        decoded = msgspec.json.decode(line)
    except msgspec.DecodeError:  # pragma: no cover - msgspec reads all three
        return
    try:
        checked = checked_line(decoded, line)
    except (TypeError, ValueError):  # what the reader turns into "does not match its own hash"
        checked = None
    assert checked is None


def test_nulls_and_bytes_bind_through_the_registered_adapters_unchanged():
    """The store registers adapters for None and bytes (binding them is then ~3x cheaper); the
    values must reach SQLite exactly as without them: NULL and BLOB."""
    import sqlite3

    import gcen_desktop.store.engine  # noqa: F401  (registers the adapters)

    assert (type(None), sqlite3.PrepareProtocol) in sqlite3.adapters
    assert (bytes, sqlite3.PrepareProtocol) in sqlite3.adapters
    conn = sqlite3.connect(":memory:")
    try:
        got = conn.execute("SELECT typeof(?), typeof(?), ?, ? IS NULL", (None, b"\x00\xffa", b"\x00\xffa", None)).fetchone()
        assert got == ("null", "blob", b"\x00\xffa", 1)
        conn.execute("CREATE TABLE t (a, b TEXT)")
        conn.executemany("INSERT INTO t VALUES (?, CAST(? AS TEXT))", [(None, "é".encode()), (b"", None)])
        assert conn.execute("SELECT typeof(a), a, typeof(b), b FROM t ORDER BY rowid").fetchall() == [
            ("null", None, "text", "é"), ("blob", b"", "null", None)
        ]
    finally:
        conn.close()


def test_each_types_preparer_gives_the_rows_of_the_general_path():
    """A bundle reader prepares brand-new records with code written out per type from the schema;
    for every type, any subset of its fields with falsy and truthy values, the rows are those
    `new_record_of` (row_of) gives."""
    import itertools
    import random

    from gcen_desktop.domain.schema import TYPES
    from gcen_desktop.store.projection import encode_data, new_record_of, preparer

    rng = random.Random(3)
    # every kind's falsy values too ('' for a date or a ref passes the reader's checks)
    samples = {"str": ["", "x", "Ünïcode"], "text": ["", "long text"], "date": [None, "", "2026-03-01"],
               "time": [None, "", "12:30"], "int": [0, 7], "bool": [False, True], "ref": [None, "", new_id()],
               "position": [None, "", "a0"]}
    checked = 0
    for spec in TYPES.values():
        prepare = preparer(spec.name)
        for _ in range(150):
            chosen = [f for f in spec.fields if rng.random() < 0.6]
            fields = {f.name: rng.choice(list(f.choices) + [None] if f.kind == "enum" else samples[f.kind])
                      for f in chosen}
            for in_event in (False, True):
                rec = new_id()
                expected = new_record_of(rec, "aaaa", 5, "hlc", spec.name, fields)
                data = "" if in_event else encode_data(fields)
                where = (12, 3, 40) if in_event else (None, None, None)
                head, row = prepare(rec, "aaaa", 5, "hlc", fields, data, *where)
                assert head == (rec, "aaaa", 5, "hlc", expected[5])
                general = expected[6]
                # (shown, no conflict: the insert writes those as constants, and `created` as `updated`)
                assert general[12:] == (0, 0, 0, None, None)
                assert row == (rec, spec.name, general[0], data, *general[2:12], "hlc", *where), (spec.name, fields)
                checked += 1
        # every pair of the member fields set one way or the other: the first set one wins
        members = [n for n in ("author", "owner", "responsible", "assigned_to", "member") if n in spec.by_name]
        for values in itertools.product(*([None, "", f"someone {i}"] for i in range(len(members)))):
            fields = dict(zip(members, values, strict=True))
            assert prepare("r", "a", 1, "h", fields, "", 1, 1, 1)[1][11] == new_record_of(
                "r", "a", 1, "h", spec.name, fields)[6][9]
    assert checked == 300 * len(TYPES)


def test_a_store_of_an_earlier_version_shows_a_conflicted_visibility_as_private(tmp_path):
    from alembic import command

    from gcen_desktop.store.migrations.runner import alembic_config as _alembic_config
    from gcen_desktop.store.store import open_store

    ws = Workspace.new(tmp_path / "w", "T", member="Ana")
    note = ws.create("note", {"title": "Visit", "body": "one"}).rec
    with ws.store.read() as conn:
        seen = ws.store.heads(conn, note)["visibility"]
    ws.edit(note, {"visibility": "private"})
    apply(ws, [ev_set("bbbb", 1, 9_000_000_000_000, note, "note", {"visibility": "network"}, {"visibility": seen})])
    engine = ws.store.engine
    with engine.connect() as conn:
        conn.info["write"] = True
        with conn.begin():
            command.downgrade(_alembic_config(conn), "0005")
            # as version 0005 projected it: the newest head (the teammate's) shown
            conn.exec_driver_sql(
                "UPDATE record_rows SET visibility='network', data=json_set(data, '$.visibility', 'network') "
                "WHERE id=?", (note,))
    ws.close()
    store = open_store(tmp_path / "w")
    assert store.schema_before == "0005"
    view = store.get(note)
    assert view.data["visibility"] == "private" and "visibility" in view.conflicts
    assert store.check() == []
    store.close()
