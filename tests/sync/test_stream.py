"""Joining from a large bundle reads its events in a second process while they are applied
(`sync.stream`): the same store as reading them in-process, the same refusals, nothing left behind."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import msgspec
import orjson
import pytest

from gcen_desktop.domain.errors import UserError
from gcen_desktop.services import Workspace, joining
from gcen_desktop.services.sample import fill_sample
from gcen_desktop.store.events import seal
from gcen_desktop.sync import import_pipeline, stream
from gcen_desktop.sync.errors import BundleCancelled, BundleCorrupt, BundleError
from gcen_desktop.sync.limits import DEFAULT_LIMITS
from gcen_desktop.sync.reader import read_bundle
from tests.sync.hostile.make_corpus import CASES, build_corpus

from .exchange_kit import close_all, rewrite_events, send, team

# every table that holds state, without local row numbers
_TABLES = {
    "events": "SELECT replica, seq, hlc, rec, type, op, h, body FROM events ORDER BY replica, seq",
    "records": "SELECT id, type, title, data, parent, kind, status, due, working_group, symposium, city, member, "
    "position, visibility, deleted, own_deleted, del_conflict, conflicts, merged, created, updated "
    "FROM records ORDER BY id",
    "head_rows": "SELECT * FROM head_rows ORDER BY rec, replica, seq",
    "superseded": "SELECT * FROM superseded ORDER BY rec, field, replica, seq",
    "deletions": "SELECT * FROM deletions ORDER BY rec, replica, seq",
    "deletion_observed": "SELECT * FROM deletion_observed ORDER BY rec, field, replica, seq",
    "have_ranges": "SELECT origin, lo, hi FROM have_ranges ORDER BY origin, lo",
    "queued": "SELECT r.id FROM fts_queue q JOIN records r ON r.rid = q.rid ORDER BY r.id",
    "search": "SELECT r.id, s.title, s.body FROM search s JOIN records r ON r.rid = s.rowid ORDER BY r.id",
}


def _data_in_events(ws: Workspace) -> int:
    with ws.store.read() as conn:
        return conn.exec_driver_sql("SELECT COUNT(*) FROM record_rows WHERE data_eid IS NOT NULL").scalar_one()


def _state(ws: Workspace) -> dict[str, list]:
    with ws.store.read() as conn:
        return {name: [tuple(r) for r in conn.exec_driver_sql(sql)] for name, sql in _TABLES.items()}


@pytest.fixture(scope="module")
def rich_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A full bundle of two teammates' work: the sample team, concurrent edits (a conflict and an
    auto-merge), a deletion against an edit, a deleted plan kept by a new goal, a restore."""
    tmp = tmp_path_factory.mktemp("rich")
    a, b = team(tmp, 2)
    fill_sample(a.ws)
    notes = [v.id for v in a.ws.list("note")]
    a.ws.edit(notes[1], {"body": "first line\nsecond line\nthird line"})
    send(a, b, tmp)
    plan = next(v.id for v in a.ws.list("action_plan"))
    a.ws.edit(notes[0], {"title": "Ana's title"})
    b.ws.edit(notes[0], {"title": "Ben's title"})
    a.ws.edit(notes[1], {"body": "first line\nsecond line\nthird line (Ana)"})
    b.ws.edit(notes[1], {"body": "first line (Ben)\nsecond line\nthird line"})
    a.ws.delete(notes[2])
    b.ws.edit(notes[2], {"title": "Still needed"})
    a.ws.delete(plan)
    b.ws.create("goal", {"statement": "A goal added meanwhile", "plan": plan})
    a.ws.delete(notes[3])
    a.ws.restore(notes[3])
    send(b, a, tmp)
    send(a, b, tmp)
    path = tmp / "rich.gcen"
    a.export(path, mode="full")
    close_all([a, b])
    return path


def _join(folder: Path, bundle: Path, *, streamed: bool, monkeypatch: pytest.MonkeyPatch, chunk: int = 7):
    monkeypatch.setattr(stream, "STREAM_FROM", 0 if streamed else 10**9)
    monkeypatch.setattr(stream, "CHUNK_EVENTS", chunk)
    return joining.join(folder, bundle, trust_new_key=True)


@pytest.fixture
def chunks_seen(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of events in each chunk the joining process received."""
    sizes: list[int] = []
    real = stream.EventStream.__iter__

    def counting(self):
        for chunk in real(self):
            sizes.append(len(chunk.rows))
            yield chunk

    monkeypatch.setattr(stream.EventStream, "__iter__", counting)
    return sizes


@pytest.mark.parametrize(("chunk", "defer"), [(1, False), (7, False), (5000, False), (7, True)])
def test_streamed_join_builds_the_same_store(rich_bundle, tmp_path, monkeypatch, chunk, defer, chunks_seen):
    if defer:  # as a large bundle does: records queued for the background indexer
        monkeypatch.setattr(import_pipeline, "DEFER_FTS_FROM", 0)
    plain_ws, plain_report = _join(tmp_path / "plain", rich_bundle, streamed=False, monkeypatch=monkeypatch)
    calls = []
    real = stream.EventStream.__init__
    monkeypatch.setattr(stream.EventStream, "__init__", lambda self, *a, **k: calls.append(1) or real(self, *a, **k))
    ws, report = _join(tmp_path / "streamed", rich_bundle, streamed=True, monkeypatch=monkeypatch, chunk=chunk)
    assert calls == [1]  # the streamed path ran, in chunks of that size
    assert max(chunks_seen) == min(chunk, sum(chunks_seen)) and sum(chunks_seen) > 200
    assert ws.store.dump() == plain_ws.store.dump()
    assert _state(ws) == _state(plain_ws)
    assert ws.store.check() == [] and plain_ws.store.check() == []
    # most records' data is not copied into the projection (which ones depends on the batches)
    assert _data_in_events(ws) > 100 and _data_in_events(plain_ws) > 100
    state = _state(ws)
    assert bool(state["queued"]) == defer and bool(state["search"]) != defer
    assert report.counts == plain_report.counts and report.warnings == plain_report.warnings
    assert report.applied == plain_report.applied and report.changes == plain_report.changes
    dump = ws.store.dump()
    assert b"conflicts" in dump and b"auto_merged" in dump and b"kept_by_child" in dump  # the bundle is rich
    plain_ws.close()
    ws.close()


def test_streamed_join_with_a_thread_running_spawns_the_reader(rich_bundle, tmp_path, monkeypatch):
    """Forking a process that runs other threads is unsafe: the reader then starts afresh."""
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    methods = []
    real = stream.multiprocessing.get_context
    monkeypatch.setattr(stream.multiprocessing, "get_context", lambda m: methods.append(m) or real(m))
    try:
        ws, _ = _join(tmp_path / "j", rich_bundle, streamed=True, monkeypatch=monkeypatch, chunk=50)
    finally:
        stop.set()
        other.join()
    assert methods == ["spawn"]
    plain, _ = _join(tmp_path / "p", rich_bundle, streamed=False, monkeypatch=monkeypatch)
    assert ws.store.dump() == plain.store.dump()
    ws.close()
    plain.close()


def test_cancelling_a_streamed_join_leaves_nothing(rich_bundle, tmp_path, monkeypatch, chunks_seen):
    monkeypatch.setattr(stream, "STREAM_FROM", 0)
    monkeypatch.setattr(stream, "CHUNK_EVENTS", 5)
    readers = []
    real = stream.EventStream.__init__
    monkeypatch.setattr(stream.EventStream, "__init__",
                        lambda self, *a, **k: (real(self, *a, **k), readers.append(self._process))[0])

    def progress(done, total):  # the reading's byte counts, then the stream's changes
        return not (readers and len(chunks_seen) >= 3)

    with pytest.raises(BundleCancelled):
        joining.join(tmp_path / "j", rich_bundle, trust_new_key=True, progress=progress)
    assert len(chunks_seen) == 3  # cancelled in the middle of the stream
    assert not (tmp_path / "j").exists()
    (reader,) = readers
    assert not reader.is_alive()


def _events_of(path: Path) -> list[bytes]:
    with read_bundle(path) as contents:
        return [orjson.dumps(e, option=orjson.OPT_SORT_KEYS) for e in contents.events]


def test_repeated_lines_are_applied_once_and_a_reused_dot_is_settled(rich_bundle, tmp_path, monkeypatch):
    lines = _events_of(rich_bundle)
    twice = rewrite_events(rich_bundle, tmp_path / "twice.gcen", lines + lines[:3])
    ws, report = _join(tmp_path / "a", twice, streamed=True, monkeypatch=monkeypatch)
    plain, _ = _join(tmp_path / "b", rich_bundle, streamed=False, monkeypatch=monkeypatch)
    assert ws.store.dump() == plain.store.dump()
    ws.close()
    plain.close()

    other = orjson.loads(lines[-1])
    other["hlc"] = other["hlc"][:13] + "-00009-" + other["hlc"].split("-", 2)[2]
    reused = rewrite_events(rich_bundle, tmp_path / "reused.gcen",
                            [*lines, orjson.dumps(seal(other), option=orjson.OPT_SORT_KEYS)])
    ws, report = _join(tmp_path / "c", reused, streamed=True, monkeypatch=monkeypatch)
    plain, plain_report = _join(tmp_path / "d", reused, streamed=False, monkeypatch=monkeypatch)
    assert report.equivocating == plain_report.equivocating and len(report.equivocating) == 1
    assert ws.store.dump() == plain.store.dump() and _state(ws) == _state(plain)
    assert ws.store.check() == []
    ws.close()
    plain.close()


def test_a_reader_that_cannot_read_is_a_plain_refusal(rich_bundle, tmp_path, monkeypatch):
    real = stream.EventStream.__init__

    def gone(self, source, *a, **k):
        source.path.unlink()  # as if the temp folder were cleaned under us
        real(self, source, *a, **k)

    monkeypatch.setattr(stream.EventStream, "__init__", gone)
    with pytest.raises(BundleError, match="could not be read"):
        _join(tmp_path / "j", rich_bundle, streamed=True, monkeypatch=monkeypatch)
    assert not (tmp_path / "j").exists()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    return {c.name: c for c in build_corpus(tmp_path_factory.mktemp("hostile"))}


@pytest.mark.parametrize("name", [c.name for c in CASES()])
def test_hostile_bundles_are_refused_by_a_streamed_join_as_by_the_reader(name, corpus, tmp_path, monkeypatch):
    case = corpus[name]
    if case.limits != DEFAULT_LIMITS:
        pytest.skip("joining uses the standard limits")
    with pytest.raises(BundleError) as expected:
        read_bundle(case.path, passphrase=case.passphrase, identities=case.identities)
    monkeypatch.setattr(stream, "STREAM_FROM", 0)
    monkeypatch.setattr(stream, "CHUNK_EVENTS", 2)
    with pytest.raises(BundleError) as info:
        joining.join(tmp_path / "j", case.path, passphrase=case.passphrase, identities=case.identities,
                      trust_new_key=True)
    assert type(info.value) is type(expected.value) and str(info.value) == str(expected.value)
    assert not (tmp_path / "j").exists()


def test_msgspec_writes_the_bytes_orjson_writes():
    """The reader checks a line is canonical with msgspec; the canonical form is orjson's."""
    for cp in [*range(0, 0x800), 0x2028, 0x2029, 0xFEFF, 0xFFFF, 0x10000, 0x10FFFF]:
        if 0xD800 <= cp < 0xE000:
            continue
        value = {"a": chr(cp) + "x\\\"/", "b": [1, -2, True, None, 2**63 - 1, -(2**63)], "c": {}}
        assert msgspec.json.encode(value) == orjson.dumps(value), hex(cp)


def test_corrupt_line_reported_after_the_hash(rich_bundle, tmp_path, monkeypatch):
    lines = _events_of(rich_bundle)
    lines[5] = lines[5].replace(b'"op":"set"', b'"op":"put"')
    broken = rewrite_events(rich_bundle, tmp_path / "broken.gcen", lines)
    with pytest.raises(BundleCorrupt, match="Change 6 "):
        _join(tmp_path / "j", broken, streamed=True, monkeypatch=monkeypatch)
    assert not (tmp_path / "j").exists()


def _member(tmp_path: Path, data: bytes, *, bad_crc: bool = False):
    import struct
    import zipfile

    from gcen_desktop.sync import zipcheck

    path = tmp_path / "m.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("events.jsonl", data)
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("events.jsonl")
    raw = path.read_bytes()
    name_len, extra_len = struct.unpack_from("<HH", raw, info.header_offset + 26)
    entry = zipcheck.Entry(
        name=info.filename, method=info.compress_type, crc=info.CRC ^ (1 if bad_crc else 0),
        compressed=info.compress_size, size=info.file_size, header_offset=info.header_offset,
        data_offset=info.header_offset + 30 + name_len + extra_len,
    )
    return path, entry


def test_inflating_ahead_gives_the_member_then_its_verdict_and_stops_when_closed(tmp_path):
    import contextlib
    import hashlib

    from gcen_desktop.sync import zipcheck

    data = os.urandom(3_000_000).hex().encode()  # ~6 MB that deflates little: several pieces
    path, entry = _member(tmp_path, data)
    digest = hashlib.sha256()
    with open(path, "rb") as f, contextlib.closing(zipcheck.stream_ahead(f, entry, digest)) as pieces:
        assert b"".join(pieces) == data
    assert digest.hexdigest() == hashlib.sha256(data).hexdigest()

    path, entry = _member(tmp_path, data, bad_crc=True)
    got = []
    with open(path, "rb") as f, pytest.raises(BundleCorrupt, match="damaged"):
        with contextlib.closing(zipcheck.stream_ahead(f, entry, hashlib.sha256())) as pieces:
            for piece in pieces:
                got.append(piece)
    assert b"".join(got) == data  # every piece came before the refusal

    with open(path, "rb") as f:
        with contextlib.closing(zipcheck.stream_ahead(f, entry, hashlib.sha256(), depth=1)) as pieces:
            next(pieces)
    assert not [t for t in threading.enumerate() if t.name == "gcen-inflate"]


def _bundle_of(tmp_path: Path, rich_bundle: Path, name: str, lines: list[bytes], **manifest) -> Path:
    return rewrite_events(rich_bundle, tmp_path / name, lines, **manifest)


def _line(event: dict) -> bytes:
    return orjson.dumps(seal(event), option=orjson.OPT_SORT_KEYS)


def _both_joins(tmp_path: Path, bundle: Path, monkeypatch, chunk: int = 1):
    plain, _ = _join(tmp_path / "plain", bundle, streamed=False, monkeypatch=monkeypatch)
    streamed, _ = _join(tmp_path / "streamed", bundle, streamed=True, monkeypatch=monkeypatch, chunk=chunk)
    return plain, streamed


@pytest.mark.parametrize("member", ["e", "g", "hint", "z"])
def test_a_newer_minor_format_with_another_member_is_projected_right(rich_bundle, tmp_path, monkeypatch, member):
    """A newer format may add members; one sorting between `dot` and `fields`, between `fields` and
    `h`, between `h` and `hlc` or last must not be taken for the fields' JSON, nor move the hash."""
    lines = _events_of(rich_bundle)
    extra = []
    for line in lines:
        event = orjson.loads(line)
        if event["type"] == "note" and event["op"] == "set" and not event.get("parents"):
            event[member] = {"a": [1], "fields": {"x": 1}, "h": "sha256:" + "0" * 64}
            line = _line(event)
        extra.append(line)
    bundle = _bundle_of(tmp_path, rich_bundle, "newer.gcen", extra, format_version="1.9")
    monkeypatch.setattr(import_pipeline, "DEFER_FTS_FROM", 0)
    plain, streamed = _both_joins(tmp_path, bundle, monkeypatch)
    for ws in (plain, streamed):
        assert ws.store.check() == []
        assert ws.list("note") and ws.store.index_some(10_000) == 0
    assert _state(plain) == _state(streamed)
    plain.close()
    streamed.close()


def _dot(event: dict) -> list:
    return event["dot"]


def test_a_record_given_two_types_is_refused_wherever_the_chunks_split(rich_bundle, tmp_path, monkeypatch):
    lines = _events_of(rich_bundle)
    first = orjson.loads(lines[0])
    replica, seq = first["dot"][0], max(orjson.loads(x)["dot"][1] for x in lines if orjson.loads(x)["dot"][0] == first["dot"][0])
    rec = "01a20554-0000-7000-8000-00000000abcd"
    hlc = first["hlc"]
    deletion = _line({"dot": [replica, seq + 1], "hlc": hlc, "rec": rec, "type": "city", "op": "del",
                      "observed": {}})
    edit = _line({"dot": [replica, seq + 2], "hlc": hlc, "rec": rec, "type": "note", "op": "set",
                  "fields": {"title": "Which type?"}, "parents": {}})
    bundle = _bundle_of(tmp_path, rich_bundle, "two-types.gcen", [*lines, deletion, *lines[:0], edit])
    for streamed in (False, True):
        folder = tmp_path / f"j{streamed}"
        with pytest.raises(UserError, match="is a"):
            _join(folder, bundle, streamed=streamed, monkeypatch=monkeypatch, chunk=1)
        assert not folder.exists()


def test_an_edit_that_superseded_itself_keeps_its_time_across_chunks(rich_bundle, tmp_path, monkeypatch):
    lines = _events_of(rich_bundle)
    first = orjson.loads(lines[0])
    replica = first["dot"][0]
    seq = max(orjson.loads(x)["dot"][1] for x in lines if orjson.loads(x)["dot"][0] == replica)
    rec = "01a20554-0000-7000-8000-00000000beef"
    early, late = "1700000000000-00000-" + replica, "1800000000000-00000-" + replica
    itself = _line({"dot": [replica, seq + 1], "hlc": early, "rec": rec, "type": "note", "op": "set",
                    "fields": {"title": "Gone"}, "parents": {"title": [[replica, seq + 1]]}})
    later = _line({"dot": [replica, seq + 2], "hlc": late, "rec": rec, "type": "note", "op": "set",
                   "fields": {"title": "Here"}, "parents": {}})
    bundle = _bundle_of(tmp_path, rich_bundle, "itself.gcen", [*lines, itself, later])
    plain, streamed = _both_joins(tmp_path, bundle, monkeypatch)
    for ws in (plain, streamed):
        assert ws.store.check() == []
        with ws.store.read() as conn:
            assert conn.exec_driver_sql("SELECT created FROM records WHERE id=?", (rec,)).scalar_one() == early
    assert _state(plain) == _state(streamed)
    plain.close()
    streamed.close()


def test_a_reused_dot_is_told_after_a_bad_line_as_in_process(rich_bundle, tmp_path, monkeypatch):
    lines = _events_of(rich_bundle)
    other = orjson.loads(lines[3])
    other["fields"] = {**other.get("fields", {}), "name": "Another content"} if other["op"] == "set" else other.get("fields")
    reused = _line(other)
    broken = lines[-1].replace(b'"op":"set"', b'"op":"put"').replace(b'"op":"del"', b'"op":"put"')
    bundle = _bundle_of(tmp_path, rich_bundle, "reused-then-bad.gcen", [*lines[:-1], reused, broken])
    messages = []
    for streamed in (False, True):
        with pytest.raises(BundleError) as info:
            _join(tmp_path / f"j{streamed}", bundle, streamed=streamed, monkeypatch=monkeypatch, chunk=2)
        messages.append((type(info.value), str(info.value)))
    assert messages[0] == messages[1] and messages[0][0] is BundleCorrupt


def test_a_time_in_other_digits_is_refused(rich_bundle, tmp_path):
    lines = _events_of(rich_bundle)
    event = orjson.loads(lines[0])
    event["hlc"] = "".join(chr(0x660 + int(c)) if c.isdigit() else c for c in event["hlc"][:19]) + event["hlc"][19:]
    bundle = _bundle_of(tmp_path, rich_bundle, "digits.gcen", [_line(event), *lines[1:]])
    with pytest.raises(BundleCorrupt, match="time"):
        read_bundle(bundle)


def test_the_reader_forks_only_a_process_with_one_thread():
    import os
    import sys

    method = stream.start_method()
    if not sys.platform.startswith("linux"):
        assert method == "spawn"
    else:
        assert method == ("fork" if len(os.listdir("/proc/self/task")) == 1 else "spawn")


@pytest.mark.parametrize("size", [0, 1, 65_535, 65_536, 3_000_001])
def test_a_message_crosses_the_pipe_whole_and_a_cut_one_is_the_end(size):
    """What the reader sends arrives byte for byte, whatever its size against the pipe's; a
    message cut short by the reader's end closing is told as the end (EOFError), not as data."""
    import multiprocessing
    import threading

    receiving, sending = multiprocessing.Pipe(duplex=False)
    stream._wider(receiving)
    message = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    writer = threading.Thread(target=lambda: (stream._send(sending, message), stream._send(sending, b"next")))
    writer.start()
    assert bytes(stream._receive(receiving)) == message
    assert bytes(stream._receive(receiving)) == b"next"
    writer.join()
    if stream._RAW_PIPES:  # half a message, then the end
        import os

        os.write(sending.fileno(), stream._LENGTH.pack(10) + b"abc")
    sending.close()
    with pytest.raises(EOFError):
        stream._receive(receiving)
    receiving.close()


def test_a_chunk_arrives_as_it_was_sent(rich_bundle, tmp_path):
    from gcen_desktop.sync.reader import read_bundle

    with read_bundle(rich_bundle, events_later=True) as contents:
        chunks = list(stream.read_chunks(contents.events_source, 50))
    assert len(chunks) > 2
    for chunk in chunks:
        back = stream._decode_chunk(bytearray(stream._encode_chunk(chunk)))
        assert back.rows == chunk.rows and all(type(r) is tuple for r in back.rows)
        assert back.new == chunk.new and back.held == chunk.held
        assert [list(o) for o in back.others] == [list(o) for o in chunk.others]
        assert (back.max_hlc, back.done, back.first_eid) == (chunk.max_hlc, chunk.done, chunk.first_eid)


def test_empty_dates_and_cities_are_projected_as_the_general_path_does(rich_bundle, tmp_path, monkeypatch):
    """'' in a date or a ref passes every check; a streamed join's prepared rows keep it as
    row_of does (`due or start` is '' when start is ''), so the store checks clean (found in review)."""
    import zipfile

    from gcen_desktop.domain.ids import new_id

    with zipfile.ZipFile(rich_bundle) as z:
        lines = z.read("events.jsonl").splitlines()
    extra = [
        seal({"dot": ["zzzz", 1], "fields": {"title": "No date yet", "start": "", "host_city": ""},
              "hlc": "1790000000000-00000-zzzz", "op": "set", "rec": new_id(), "type": "symposium"}),
        seal({"dot": ["zzzz", 2], "fields": {"title": "Plan", "start": ""},
              "hlc": "1790000000001-00000-zzzz", "op": "set", "rec": new_id(), "type": "action_plan"}),
    ]
    bundle = rewrite_events(rich_bundle, tmp_path / "b.gcen",
                            [*lines, *(orjson.dumps(e, option=orjson.OPT_SORT_KEYS) for e in extra)])
    plain_ws, _ = _join(tmp_path / "plain", bundle, streamed=False, monkeypatch=monkeypatch)
    ws, _ = _join(tmp_path / "streamed", bundle, streamed=True, monkeypatch=monkeypatch, chunk=5000)
    try:
        assert plain_ws.store.check() == [] and ws.store.check() == []
        assert _state(ws) == _state(plain_ws)
        assert ws.store.dump() == plain_ws.store.dump()
    finally:
        ws.close()
        plain_ws.close()
