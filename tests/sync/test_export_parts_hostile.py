"""An export cut into parts (sync/parts.py) as a careless user, a new teammate and a hostile
teammate meet it: joining with the first part, parts imported twice, in pieces or undone between,
encrypted to teammates, and an export asked for at a name where a file already is."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gcen_desktop.cli import main
from gcen_desktop.domain.errors import UserError
from gcen_desktop.services import Workspace, joining
from gcen_desktop.services.bundles import Exchange

from .exchange_kit import close_all, team
from .test_export_parts import SMALL, _blobs_held, _grow


@pytest.fixture
def pair(tmp_path):
    stores = team(tmp_path, 2)
    yield stores
    close_all(stores)


def _members(ex: Exchange) -> list[str]:
    with ex.store.read() as conn:
        return sorted(t for (t,) in conn.exec_driver_sql(
            "SELECT title FROM records WHERE type='member' AND deleted=0"))


def test_a_new_teammate_named_in_a_later_part_joins_as_that_member_not_as_a_second_one(pair, tmp_path):
    """The lead adds Eli to the team last (her newest change, at the end of the export); Eli joins
    with the first part as "Eli", then imports the others: one Eli, and it is him."""
    ana, _ben = pair
    _grow(ana, tmp_path)
    ana.ws.edit(ana.ws.me, {"name": "Ana Lima"})  # a rename, late too: the first part says it
    eli_id = ana.ws.create("member", {"name": "Eli", "role": "staff"}).rec
    result = ana.export(tmp_path / "join.gcen", mode="full", limits=SMALL)
    assert len(result.parts) >= 3
    ws, _ = joining.join_as(tmp_path / "new", result.parts[0], name="Eli", trust_new_key=True)
    eli = Exchange(ws)
    try:
        assert ws.me == eli_id and _members(eli) == ["Ana Lima", "Eli"]
        for p in result.parts[1:]:
            eli.import_bundle(p)
        assert _members(eli) == ["Ana Lima", "Eli"] and ws.me == eli_id
        assert eli.store.dump() == ana.store.dump() and _blobs_held(eli) == _blobs_held(ana)
    finally:
        ws.close()


def test_gcen_import_into_no_workspace_joins_with_the_first_part_then_takes_the_others(pair, tmp_path, capsys):
    ana, _ben = pair
    _grow(ana, tmp_path)
    ana.ws.create("member", {"name": "Eli", "role": "staff"})
    result = ana.export(tmp_path / "join.gcen", mode="full", limits=SMALL, passphrase="correct horse")
    pw = tmp_path / "pw.txt"
    pw.write_text("correct horse\n")
    folder = tmp_path / "eli"
    assert main(["--workspace", str(folder), "import", str(result.parts[0]), "--passphrase-file", str(pw),
                 "--yes"]) == 0
    joined = capsys.readouterr().out
    n = len(result.parts)
    assert "Joined the workspace 'Team'" in joined
    assert f"it is file 1 of {n} of one export" in joined and "import the other files of it too" in joined
    for p in result.parts[1:]:
        assert main(["--workspace", str(folder), "import", str(p), "--passphrase-file", str(pw)]) == 0
    ws = Workspace.open(folder)
    try:
        assert _members(Exchange(ws)) == ["Ana", "Eli"] and ws.store.dump() == ana.store.dump()
    finally:
        ws.close()


def test_parts_encrypted_to_teammates_import_twice_in_pieces_and_after_an_undo(tmp_path):
    stores = team(tmp_path, 3)
    try:
        ana, ben, chen = stores
        _grow(ana, tmp_path)
        result = ana.export(tmp_path / "all.gcen", mode="full", limits=SMALL,
                            recipients=[ben.keys.age_recipient])
        p = result.parts
        first = ben.import_bundle(p[-1], trust_new_key=True)
        assert first.applied
        again = ben.import_bundle(p[-1])
        assert again.already_imported_on is not None and again.applied == 0
        ben.import_bundle(p[1])
        ben.undo_last_import()  # the second part is undone: it can be imported again
        for part in p:
            ben.import_bundle(part)
        assert ben.store.dump() == ana.store.dump() and _blobs_held(ben) == _blobs_held(ana)
        with pytest.raises(UserError):  # not a recipient
            chen.import_bundle(p[0], trust_new_key=True)
    finally:
        close_all(stores)


def test_an_export_cut_into_parts_leaves_no_older_file_at_the_name_asked_for(pair, tmp_path, capsys, monkeypatch):
    """`gcen export --to team.gcen` when team.gcen is last week's export: the name asked for must not
    go on holding last week's bundle (a script sending team.gcen would send it, and a newcomer
    would join with it), while files of other names stay as they are."""
    from gcen_desktop.services import bundles

    ana, _ben = pair
    _grow(ana, tmp_path)
    out = tmp_path / "stick"
    out.mkdir()
    ana.export(out / "team.gcen", mode="full")  # last week's, one file
    others = {"team-notes.gcen": b"x", "team-1-of-2.gcen.bak": b"y", "other-1-of-2.gcen": b"z"}
    for name, data in others.items():
        (out / name).write_bytes(data)
    folder = ana.store.folder
    ana.ws.close()
    monkeypatch.setattr(bundles, "DEFAULT_LIMITS", SMALL)
    assert main(["--workspace", str(folder), "export", "--full", "--to", str(out / "team.gcen")]) == 0
    printed = capsys.readouterr().out
    parts = sorted(out.glob("team-*-of-*.gcen"))
    assert len(parts) >= 3 and all(str(p) in printed for p in parts)
    assert not (out / "team.gcen").exists()
    for name, data in others.items():
        assert (out / name).read_bytes() == data


def test_an_export_cut_into_parts_at_a_device_writes_nothing_beside_it(pair, tmp_path, capsys, monkeypatch):
    """`--to` a device or a folder is refused for one file; cut into parts it must be too (as root,
    `--to /dev/null` wrote /dev/null-1-of-5 and the others into /dev)."""
    import os

    from gcen_desktop.services import bundles

    ana, _ben = pair
    _grow(ana, tmp_path)
    folder = ana.store.folder
    ana.ws.close()
    monkeypatch.setattr(bundles, "DEFAULT_LIMITS", SMALL)
    fifo = tmp_path / "pipe.gcen"
    os.mkfifo(fifo)
    assert main(["--workspace", str(folder), "export", "--full", "--to", str(fifo)]) != 0
    assert "not a regular file" in capsys.readouterr().err
    assert list(tmp_path.glob("pipe-*")) == []


@pytest.mark.parametrize(("name", "part"), [
    ("team-1-of-3.gcen", (1, 3)), ("Ana-0123abcd-12-of-12.gcen", (12, 12)), ("x-2-of-3", (2, 3)),
    ("team.gcen", None), ("team-4-of-3.gcen", None), ("team-1-of-1.gcen", None), ("team-0-of-3.gcen", None),
    ("team-1-of-3.gcen.bak", None), ("-1-of-2.gcen", (1, 2)),
])
def test_a_file_name_tells_which_part_it_is(name, part):
    assert joining.part_named(name) == part


def test_a_shared_folder_holds_back_many_deletions_even_when_the_export_is_cut_into_parts(pair, tmp_path, monkeypatch):
    """Ana deletes 15 notes, attaches scans, deletes 15 more: her team bundle, one file, deletes 30
    records and Ben's shared folder holds it for a look; cut into parts, each part deleted fewer
    than the 25 that are held back, so the folder applied all 30 deletions with no preview."""
    from gcen_desktop.services import bundles

    from .exchange_kit import send

    ana, ben = pair
    notes = [ana.ws.create("note", {"title": f"Visit {i}", "body": "x\n"}).rec for i in range(30)]
    send(ana, ben, tmp_path)
    for rec in notes[:15]:
        ana.ws.delete(rec)
    _grow(ana, tmp_path, notes=8, files=6)
    for rec in notes[15:]:
        ana.ws.delete(rec)
    shared = tmp_path / "shared"
    shared.mkdir()
    monkeypatch.setattr(bundles, "DEFAULT_LIMITS", SMALL)
    ana.sync_folder_once(shared)
    assert len(list(shared.iterdir())) >= 2  # cut into parts
    before = {rec: ben.ws.find(rec) is not None for rec in notes}
    ben.sync_folder_once(shared)
    held = ben.held_back(shared)
    assert held, "no part was held back"
    gone = [rec for rec in notes if ben.ws.find(rec) is None or ben.ws.find(rec).deleted]
    assert all(before.values()) and len(gone) < 25, len(gone)
    for waiting in held:  # the user looks, and imports it
        ben.import_bundle(waiting.path)
    assert ben.store.dump() == ana.store.dump()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["member", "note", "del", "attachment"]), st.integers(10, 3000)),
                min_size=1, max_size=80))
def test_a_plan_carries_every_line_once_team_first_and_deletions_together(tmp_path_factory, kinds):
    import orjson

    from gcen_desktop.sync.limits import Limits
    from gcen_desktop.sync.parts import plan

    folder = tmp_path_factory.mktemp("blobs")
    lines, blobs = [], {}
    for n, (kind, size) in enumerate(kinds):
        event = {"dot": ["r", n + 1], "rec": f"rec{n}", "type": "note" if kind == "del" else kind,
                 "op": "del" if kind == "del" else "set", "fields": {"body": "x" * size}}
        if kind == "attachment":
            sha = f"{n:064x}"
            (folder / sha).write_bytes(b"b" * size * 3)
            blobs[sha] = folder / sha
            event["fields"]["sha256"] = sha
        lines.append(orjson.dumps(event))
    limits = Limits(file_bytes=40_000, total_bytes=40_000, events_member_bytes=20_000, entries=8, events=30)
    parts = plan(lines, blobs, limits)
    carried = [line for p in parts for line in p.lines]
    assert sorted(carried) == sorted(lines)
    assert sorted(sha for p in parts for sha in p.blobs) == sorted(blobs)
    for p in parts:
        assert len(p.lines) <= 27 and p.events_bytes <= 18_000 and len(p.blobs) <= 5
        assert p.bytes <= 36_000 or len(p.lines) == 1
    if len(parts) > 1:
        team = [line for line in lines if b'"type":"member"' in line]
        if sum(len(line) + 1 for line in team) <= 18_000 and len(team) <= 27:
            assert set(team) <= set(parts[0].lines)
        dels = [line for line in lines if b'"op":"del"' in line]
        if sum(len(line) + 1 for line in dels) <= 18_000 and len(dels) <= 27:
            assert sum(1 for p in parts if set(dels) & set(p.lines)) <= 1


def test_a_shared_folder_replaces_only_its_own_parts(pair, tmp_path, monkeypatch):
    """Ana's store rewrites its parts (fewer, then one file) in a folder where Ben's parts are, and
    files whose names only look alike: every file but Ana's own stays as it was."""
    from gcen_desktop.services import bundles

    ana, ben = pair
    shared = tmp_path / "shared"
    shared.mkdir()
    monkeypatch.setattr(bundles, "DEFAULT_LIMITS", SMALL)
    _grow(ben, tmp_path, notes=12, files=4)
    ben.sync_folder_once(shared)
    stem = ana.own_bundle_name().removesuffix(".gcen")
    lookalikes = {f"{stem}-notes-1-of-2.gcen": b"a", f"{stem}-1-of-2.gcen.bak": b"b", f"x{stem}-1-of-2.gcen": b"c",
                  f"{stem}-1-of-2.GCEN": b"d"}
    for name, data in lookalikes.items():
        (shared / name).write_bytes(data)
    others = {p.name: p.read_bytes() for p in shared.iterdir()}
    assert sum("-of-" in name and ben.store.replica in name for name in others) >= 2
    _grow(ana, tmp_path)
    ana.sync_folder_once(shared)
    assert len([p for p in shared.iterdir() if p.name not in others]) >= 2
    from gcen_desktop.sync.limits import Limits

    for part in shared.glob(f"{stem}-*-of-*.gcen"):
        if part.name not in others:
            ben.import_bundle(part)
    ben.export(tmp_path / "ben.gcen", mode="team", limits=Limits())  # Ben holds all of Ana's: hers is small again
    ana.import_bundle(tmp_path / "ben.gcen", trust_new_key=True)
    ana.ws.create("note", {"title": "One more", "body": "x\n"})
    ana.sync_folder_once(shared)
    assert {p.name for p in shared.iterdir()} - set(others) == {ana.own_bundle_name()}
    assert {name: (shared / name).read_bytes() for name in others} == others


def test_a_name_too_long_once_cut_into_parts_is_refused_with_what_to_do(pair, tmp_path, capsys, monkeypatch):
    """`--to` a name of 230 bytes: one file fits there (with the suffix it is written under before
    its rename), its parts `-1-of-5` do not; the export said "File name too long (…gcen-partial);
    check the path and free disk space", naming a file the user never asked for. It must name the
    file, tell to give a shorter name, and leave the name asked for and the store as they were."""
    from gcen_desktop.services import bundles

    ana, _ben = pair
    _grow(ana, tmp_path)
    out = tmp_path / "stick"
    out.mkdir()
    target = out / ("n" * 225 + ".gcen")
    ana.export(target, mode="full")  # last week's, one file: the name itself is not too long
    before = target.read_bytes()
    folder = ana.store.folder
    dump = ana.store.dump()
    ana.ws.close()
    monkeypatch.setattr(bundles, "DEFAULT_LIMITS", SMALL)
    assert main(["--workspace", str(folder), "export", "--full", "--to", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "-1-of-" in err and "shorter name" in err and "partial" not in err, err
    assert sorted(out.iterdir()) == [target] and target.read_bytes() == before
    ws = Workspace.open(folder)
    try:
        assert ws.store.dump() == dump
    finally:
        ws.close()


def test_an_export_at_the_workspace_database_is_refused_whole_or_cut(pair, tmp_path):
    """Cut into parts, an export asked for at `…/workspace.sqlite3` wrote `workspace-1-of-5.sqlite3`…
    beside it, then removed the name asked for: the database. The app's export dialog and the
    command line both go through `Exchange.export`."""
    ana, _ben = pair
    _grow(ana, tmp_path)
    folder = ana.store.folder
    before, files = ana.store.dump(), sorted(p.name for p in folder.iterdir())
    for limits in (SMALL, None):
        with pytest.raises(UserError, match="inside the workspace folder"):
            ana.export(folder / "workspace.sqlite3", mode="full", limits=limits)
    assert ana.store.dump() == before and sorted(p.name for p in folder.iterdir()) == files
