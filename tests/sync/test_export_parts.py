"""Nothing a store accepts can make its export fail: a store only grows (attachments, the history of
every edit, which a full bundle carries whole), while a bundle's limits are fixed, so an export that
would pass one is written as several bundles ("parts"), each within every limit and importable
alone (sync/parts.py). Small limits stand for the real ones (512 MiB a file, 1 GiB in all, 10,000
members, 256 MiB of changes)."""

from __future__ import annotations

import os
import zipfile

import pytest

from gcen_desktop.cli import main
from gcen_desktop.services import joining
from gcen_desktop.services.bundles import Exchange
from gcen_desktop.sync.errors import BundleTooLarge
from gcen_desktop.sync.limits import Limits
from gcen_desktop.sync.reader import read_bundle

from .exchange_kit import close_all, event_set, send, team

SMALL = Limits(file_bytes=300_000, total_bytes=400_000, events_member_bytes=120_000, entries=6)


@pytest.fixture
def pair(tmp_path):
    stores = team(tmp_path, 2)
    yield stores
    close_all(stores)


def _grow(ex: Exchange, tmp_path, *, notes: int = 30, files: int = 8) -> list[str]:
    """Notes of ~5 KB each edited twice, and attachments of 60 KB that do not compress."""
    recs = []
    for i in range(notes):
        rec = ex.ws.create("note", {"title": f"Visit {i}", "body": f"day {i}\n" + "x" * 5000}).rec
        ex.ws.edit(rec, {"body": f"day {i}, revised\n" + "y" * 5000})
        recs.append(rec)
    for i in range(files):
        f = tmp_path / f"scan-{i}.pdf"
        f.write_bytes(os.urandom(60_000))
        ex.ws.attach(recs[i], f)
    return recs


def _blobs_held(ex: Exchange) -> set[str]:
    with ex.store.read() as conn:
        shas = {sha for (sha,) in conn.exec_driver_sql(
            "SELECT json_extract(data, '$.sha256') FROM records WHERE type='attachment'")}
    return {sha for sha in shas if ex.store.blobs.path_of(sha).is_file()}


def test_an_export_larger_than_a_bundle_may_be_is_written_as_parts_each_within_every_limit(pair, tmp_path):
    ana, ben = pair
    _grow(ana, tmp_path)
    target = tmp_path / "out" / "everything.gcen"
    target.parent.mkdir()
    result = ana.export(target, mode="full", limits=SMALL)
    assert len(result.parts) >= 3 and not target.exists()
    assert [p.name for p in result.parts] == [f"everything-{k}-of-{len(result.parts)}.gcen"
                                             for k in range(1, len(result.parts) + 1)]
    assert sorted(p.name for p in target.parent.iterdir()) == sorted(p.name for p in result.parts)
    assert result.path == result.parts[0]
    assert "send all of them" in str(result.parts_note)
    ids, carried = set(), 0
    for p in result.parts:
        assert p.stat().st_size <= SMALL.file_bytes
        with zipfile.ZipFile(p) as z:
            assert len(z.infolist()) <= SMALL.entries
        with read_bundle(p, limits=SMALL, identities=[ana.keys.age_identity]) as contents:
            ids.add(contents.manifest.bundle_id)
            assert contents.manifest.kind == "full" and contents.manifest.producer.replica == ana.store.replica
            carried += contents.manifest.event_count
    assert len(ids) == len(result.parts) and carried == result.event_count
    for p in result.parts:
        ben.import_bundle(p, trust_new_key=True)
    assert event_set(ben) == event_set(ana) and ben.store.dump() == ana.store.dump()
    assert _blobs_held(ben) == _blobs_held(ana) and len(_blobs_held(ana)) == 8
    assert ben.store.check() == []


def test_one_bundle_with_the_same_limits_was_refused(pair, tmp_path):
    """What the parts replace: the same store written as one bundle passes a limit."""
    from gcen_desktop.sync.bundle_writer import write_bundle
    from gcen_desktop.sync.export import prepare_export

    ana, _ben = pair
    _grow(ana, tmp_path)
    manifest, sel = prepare_export(ana.store, mode="full", keys=ana.keys)
    with pytest.raises(BundleTooLarge):
        write_bundle(tmp_path / "one.gcen", manifest, sel.lines, sel.blobs, keys=ana.keys, limits=SMALL)
    assert not (tmp_path / "one.gcen").exists()


@pytest.mark.parametrize("order", ["reversed", "last first"])
def test_parts_imported_in_any_order_give_the_same_store(tmp_path, order):
    stores = team(tmp_path, 3)
    try:
        ana, ben, chen = stores
        _grow(ana, tmp_path)
        result = ana.export(tmp_path / "all.gcen", mode="full", limits=SMALL)
        parts = list(reversed(result.parts)) if order == "reversed" else [result.parts[-1], *result.parts[:-1]]
        for p in parts:
            ben.import_bundle(p, trust_new_key=True)
        for p in result.parts:
            chen.import_bundle(p, trust_new_key=True)
        assert ben.store.dump() == chen.store.dump() == ana.store.dump()
        assert event_set(ben) == event_set(ana) and ben.store.check() == []
        # and the three keep syncing
        rec = ben.ws.create("note", {"title": "After the parts", "body": "x\n"}).rec
        send(ben, ana, tmp_path)
        send(ben, chen, tmp_path)
        assert ana.ws.get(rec).title == chen.ws.get(rec).title == "After the parts"
    finally:
        close_all(stores)


def test_a_new_teammate_joins_with_the_first_part_and_imports_the_rest(pair, tmp_path):
    ana, _ben = pair
    _grow(ana, tmp_path)
    result = ana.export(tmp_path / "join.gcen", mode="full", limits=SMALL, passphrase="correct horse")
    ws, _ = joining.join(tmp_path / "new", result.parts[0], passphrase="correct horse", trust_new_key=True)
    eli = Exchange(ws)
    try:
        for p in result.parts[1:]:
            eli.import_bundle(p, passphrase="correct horse")
        assert eli.store.dump() == ana.store.dump() and _blobs_held(eli) == _blobs_held(ana)
    finally:
        ws.close()


def test_a_part_that_cannot_be_written_leaves_no_file_of_the_export(pair, tmp_path, monkeypatch):
    from gcen_desktop.sync import parts as parts_module

    ana, _ben = pair
    _grow(ana, tmp_path)
    real = parts_module.write_bundle
    calls = []

    def failing(path, *args, **kw):
        calls.append(path)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real(path, *args, **kw)

    monkeypatch.setattr(parts_module, "write_bundle", failing)
    (tmp_path / "out").mkdir()
    with pytest.raises(OSError):
        ana.export(tmp_path / "out" / "all.gcen", mode="full", limits=SMALL)
    assert len(calls) == 3 and list((tmp_path / "out").iterdir()) == []


def test_an_export_that_fits_stays_one_file_at_the_name_given(pair, tmp_path):
    ana, ben = pair
    _grow(ana, tmp_path, notes=3, files=1)
    result = ana.export(tmp_path / "small.gcen", mode="full", limits=SMALL)
    assert result.parts == [] and result.parts_note is None and result.path == tmp_path / "small.gcen"
    assert ben.import_bundle(result.path, trust_new_key=True).counts


def test_gcen_export_names_every_part(pair, tmp_path, capsys, monkeypatch):
    from gcen_desktop.services import bundles

    ana, _ben = pair
    _grow(ana, tmp_path)
    folder = ana.store.folder
    ana.ws.close()
    monkeypatch.setattr(bundles, "DEFAULT_LIMITS", SMALL)
    assert main(["--workspace", str(folder), "export", "--full", "--to", str(tmp_path / "cli.gcen")]) == 0
    out = capsys.readouterr().out
    written = sorted(tmp_path.glob("cli-*-of-*.gcen"))
    assert len(written) >= 3
    for p in written:
        assert str(p) in out
    assert "send all of them" in out


def test_a_shared_folder_carries_the_parts_and_replaces_them_when_one_file_will_do(pair, tmp_path, monkeypatch):
    from gcen_desktop.services import bundles

    ana, ben = pair
    shared = tmp_path / "shared"
    shared.mkdir()
    _grow(ana, tmp_path)
    monkeypatch.setattr(bundles, "DEFAULT_LIMITS", SMALL)
    ana.sync_folder_once(shared)
    first = sorted(p.name for p in shared.iterdir())
    assert len(first) >= 3 and all("-of-" in name for name in first)
    ana.sync_folder_once(shared)  # nothing new: nothing rewritten
    assert sorted(p.name for p in shared.iterdir()) == first
    reports = ben.sync_folder_once(shared)
    assert len(reports) == len(first)
    assert ben.store.dump() == ana.store.dump() and _blobs_held(ben) == _blobs_held(ana)
    send(ben, ana, tmp_path)  # Ana learns that Ben holds it all: her team bundle is small again
    ana.ws.create("note", {"title": "One more", "body": "x\n"})
    ana.sync_folder_once(shared)
    names = sorted(p.name for p in shared.iterdir() if ana.store.replica in p.name)
    assert names == [ana.own_bundle_name()], names
    ben.sync_folder_once(shared)
    assert ben.store.dump() == ana.store.dump()
