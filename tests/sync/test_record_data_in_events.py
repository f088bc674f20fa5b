"""A record created by one event of a bundle keeps its shown values in that event's body, not in a
second copy in its projection row (migration 0005): `records`, the view every reader uses, gives
them either way, and the first change writes them into the row."""

from __future__ import annotations

import orjson
import pytest

from gcen_desktop.services import Workspace, joining
from gcen_desktop.services.bundles import Exchange
from gcen_desktop.services.sample import fill_sample
from gcen_desktop.store.migrations import HEAD_REVISION
from gcen_desktop.store.store import FILL_INDEXES, LIST_INDEXES, open_store

from .exchange_kit import close_all, send, team


def _refs(ws: Workspace) -> dict[str, int]:
    with ws.store.read() as conn:
        return dict(conn.exec_driver_sql("SELECT id, data_eid FROM record_rows WHERE data_eid IS NOT NULL").all())


def _rows(ws: Workspace) -> list[tuple]:
    with ws.store.read() as conn:
        return [tuple(r) for r in conn.exec_driver_sql("SELECT * FROM records ORDER BY id")]


@pytest.fixture
def joined(tmp_path):
    """Ana's sample workspace, and Ben's store joined from her full bundle."""
    ana = Exchange(Workspace.new(tmp_path / "ana", "Team", city="Boston", member="Ana"))
    fill_sample(ana.ws)
    full = tmp_path / "full.gcen"
    ana.export(full, mode="full")
    ben_ws, _ = joining.join(tmp_path / "ben", full, trust_new_key=True)
    yield ana, Exchange(ben_ws)
    close_all([ana, Exchange(ben_ws)])


def test_a_joined_store_keeps_new_records_data_in_their_events_and_reads_it_the_same(joined):
    ana, ben = joined
    refs = _refs(ben.ws)
    with ben.ws.store.read() as conn:
        total = conn.exec_driver_sql("SELECT COUNT(*) FROM record_rows").scalar_one()
        empty = conn.exec_driver_sql("SELECT COUNT(*) FROM record_rows WHERE data = '' AND data_eid IS NOT NULL").scalar_one()
    assert len(refs) > total // 2 and empty == len(refs)  # most records: one event each, no copy
    assert not _refs(ana.ws)  # her own records were made here, one value at a time
    assert ben.ws.store.dump() == ana.ws.store.dump()
    assert ben.ws.store.check() == []
    note = next(v for v in ben.ws.list("note") if v.id in refs)
    assert note.data == ana.ws.get(note.id).data and note.data["body"]
    word = next(w for w in note.data["body"].split() if w.isalpha() and len(w) > 3)
    while ben.index_pending(5000):
        pass
    assert note.id in {v.id for v, _snippet in ben.ws.store.search(word, limit=500)}


def test_the_first_change_of_such_a_record_writes_its_values_into_its_row(joined, tmp_path):
    ana, ben = joined
    refs = _refs(ben.ws)
    note = next(v for v in ben.ws.list("note") if v.id in refs)
    other = next(v for v in ben.ws.list("note") if v.id in refs and v.id != note.id)
    ben.ws.edit(note.id, {"title": "Renamed by Ben"})
    ben.ws.delete(other.id)
    assert note.id not in _refs(ben.ws) and other.id not in _refs(ben.ws)
    with ben.ws.store.read() as conn:
        data = conn.exec_driver_sql("SELECT data FROM record_rows WHERE id = ?", (note.id,)).scalar_one()
    assert orjson.loads(data) == {**note.data, "title": "Renamed by Ben"}
    assert ben.ws.store.check() == []
    send(ben, ana, tmp_path)
    send(ana, ben, tmp_path)
    assert ben.ws.store.dump() == ana.ws.store.dump()


def test_an_import_into_a_store_keeps_new_records_data_in_their_events(tmp_path):
    a, b = team(tmp_path, 2)
    fill_sample(a.ws)
    send(a, b, tmp_path)
    assert len(_refs(b.ws)) > 10
    assert b.ws.store.dump() == a.ws.store.dump() and b.ws.store.check() == []
    close_all([a, b])


def test_migration_0005_goes_down_with_the_values_copied_back_and_up_again(joined):
    from alembic import command

    from gcen_desktop.store.migrations.runner import alembic_config as _alembic_config

    _ana, ben = joined
    folder = ben.ws.store.folder
    dump, rows = ben.ws.store.dump(), _rows(ben.ws)
    assert _refs(ben.ws)
    with ben.ws.store.engine.connect() as conn:
        conn.info["write"] = True
        with conn.begin():
            command.downgrade(_alembic_config(conn), "0004")
            kinds = dict(conn.exec_driver_sql("SELECT name, type FROM sqlite_master WHERE name IN ('records', 'record_rows')").all())
            assert kinds == {"records": "table"}
            assert conn.exec_driver_sql("SELECT COUNT(*) FROM records WHERE data = ''").scalar_one() == 0
            # a first fill stopped by a crash, before the upgrade: its saved indexes are on `records`
            for name in LIST_INDEXES:
                conn.exec_driver_sql(f'DROP INDEX "{name}"')
            conn.exec_driver_sql("INSERT INTO meta (key, value) VALUES (?, ?)", (FILL_INDEXES, orjson.dumps([
                f'CREATE INDEX "{name}" ON "records" (type)' for name in LIST_INDEXES]).decode()))
    ben.ws.close()
    store = open_store(folder)
    assert store.schema_before == "0004"
    with store.read() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM record_rows WHERE data_eid IS NOT NULL").scalar_one() == 0
        indexes = {n for (n,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='record_rows'")}
        assert [tuple(r) for r in conn.exec_driver_sql("SELECT * FROM records ORDER BY id")] == rows
    assert set(LIST_INDEXES) <= indexes and store.meta(FILL_INDEXES) is None
    assert store.dump() == dump and store.check() == []
    store.close()


def test_an_amended_event_never_leaves_a_row_pointing_at_its_old_bytes(tmp_path):
    """Autosave rewrites this store's last, unexported event in place. A row never points at
    such an event (only at events read from bundles); if one did, the amended value changes the
    row, which then takes its own copy (an unchanged value leaves the same bytes in place)."""
    from gcen_desktop.domain.ids import new_id
    from gcen_desktop.store.events import checked_line

    ws = Workspace.new(tmp_path / "w", "Team", member="Ana")
    rec = new_id()
    with ws.store.write() as conn:
        ws.store.set_fields(conn, "note", rec, {"title": "Draft"}, create=True)
        eid, body = conn.exec_driver_sql("SELECT eid, body FROM events WHERE rec = ?", (rec,)).one()
        span = checked_line(orjson.loads(body), body).fields_span
        conn.exec_driver_sql(
            "UPDATE record_rows SET data = '', data_eid = ?, data_at = ?, data_len = ? WHERE id = ?",
            (eid, span[0] + 1, span[1] - span[0], rec),
        )
    assert ws.get(rec).data["title"] == "Draft"
    ws.edit(rec, {"title": "Draft, amended at length"})
    with ws.store.read() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM events WHERE rec = ?", (rec,)).scalar_one() == 1  # amended
    assert ws.get(rec).data["title"] == "Draft, amended at length"
    assert rec not in _refs(ws) and ws.store.check() == []
    ws.close()


@pytest.mark.parametrize("events_before", [0, 3])
@pytest.mark.parametrize("eids_known", [True, False])
def test_prepared_records_point_where_their_events_went(joined, tmp_path, events_before, eids_known):
    """The reader prepares new records' rows expecting their events at eids 1, 2, … of a store
    that held none; when they went elsewhere, or the store could not say where, the rows point
    at the right events or hold their data themselves."""
    from gcen_desktop.store.log import insert_read_events
    from gcen_desktop.store.new_records import write_prepared
    from gcen_desktop.sync import stream
    from gcen_desktop.sync.reader import read_bundle

    ana, _ben = joined
    full = tmp_path / "again.gcen"
    ana.export(full, mode="full")
    store = open_store(tmp_path / "fresh", create=True)
    with read_bundle(full, events_later=True) as contents:
        chunks = list(stream.read_chunks(contents.events_source, 50))
    with store.write() as conn:
        for i in range(events_before):  # events of some other record, before the bundle's
            conn.exec_driver_sql(
                "INSERT INTO events (replica, seq, hlc, rec, type, op, h, body) VALUES (?,?,?,?,?,?,?,?)",
                ("zzzz", i + 1, "1790000000000-00000-zzzz", "x", "note", "set", "h", b"{}"),
            )
        for chunk in chunks:
            first = insert_read_events(conn, chunk.rows, chunk.held)
            write_prepared(conn, chunk.new, chunk.rows, chunk.first_eid, first if eids_known else None, defer_fts=True)
        pointing = conn.exec_driver_sql("SELECT COUNT(*) FROM record_rows WHERE data_eid IS NOT NULL").scalar_one()
        values = dict(conn.exec_driver_sql("SELECT id, data FROM records").all())
    assert (pointing > 0) == eids_known
    mine = {v.id: v.data for t in ("note", "reading_item") for v in ana.ws.list(t)}
    assert mine and all(orjson.loads(values[rec]) == data for rec, data in mine.items() if rec in values)
    assert sum(rec in values for rec in mine) == len(mine)
    store.close()


def test_undoing_an_import_made_before_an_upgrade_brings_the_schema_up_again(tmp_path):
    """The undo snapshot of an import made by an older version holds that version's schema
    (0004: `records` a table); restoring it must not leave the running version without its own."""
    from alembic import command
    from sqlalchemy import create_engine

    from gcen_desktop.store.migrations.runner import alembic_config as _alembic_config
    from gcen_desktop.sync import snapshot

    a, b = team(tmp_path, 2)
    fill_sample(a.ws)
    send(a, b, tmp_path)
    assert b.can_undo_import()
    before_import = snapshot._dir(b.ws.store) / snapshot.SNAPSHOT
    engine = create_engine(f"sqlite:///{before_import}", connect_args={"isolation_level": None})
    with engine.connect() as conn:  # as an older version would have written it
        conn.info["write"] = True
        with conn.begin():
            command.downgrade(_alembic_config(conn), "0004")
    engine.dispose()
    b.undo_last_import()
    with b.ws.store.read() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one() == HEAD_REVISION
    note = b.ws.create("note", {"title": "After the undo"}).rec
    assert b.ws.get(note).title == "After the undo" and b.ws.store.check() == []
    assert not any(v.title == "Call with the Toronto residency team" for v in b.ws.list("note"))
    close_all([a, b])
