"""The gcen commands of bundle exchange, end to end through cli.main."""

from __future__ import annotations

import json

import pytest

from gcen_desktop.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def two(tmp_path, capsys):
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    assert run(capsys, "--workspace", a, "init", "--name", "Team", "--member", "Ana")[0] == 0
    code, out, _ = run(capsys, "--workspace", a, "add", "note", "--title", "Hello")
    note = out.strip().split()[-1]
    full = str(tmp_path / "full.gcen")
    assert run(capsys, "--workspace", a, "export", "--to", full, "--full")[0] == 0
    code, out, err = run(capsys, "--workspace", b, "import", full)
    assert code == 1 and "does not trust" in err  # joining still asks to trust the key
    code, out, err = run(capsys, "--workspace", b, "import", full, "--yes")
    assert code == 0 and "Joined" in out
    return a, b, note


def test_join_edit_exchange_conflict_resolve(two, tmp_path, capsys):
    a, b, note = two
    assert run(capsys, "--workspace", b, "edit", note, "--set", "title=Hello from Ben")[0] == 0
    assert run(capsys, "--workspace", a, "edit", note, "--set", "title=Hello from Ana")[0] == 0
    bb = str(tmp_path / "b.gcen")
    assert run(capsys, "--workspace", b, "export", "--to", bb)[0] == 0
    code, dump_before, _ = run(capsys, "--workspace", a, "dump")
    code, out, _ = run(capsys, "--workspace", a, "import", bb, "--preview", "--json")
    preview = json.loads(out)
    assert code == 0 and preview["counts"]["note"]["conflicting"] == 1 and not preview["key_known"]
    assert run(capsys, "--workspace", a, "dump")[1] == dump_before  # preview wrote nothing
    code, out, _ = run(capsys, "--workspace", a, "import", bb, "--yes", "--json")
    assert code == 0 and json.loads(out)["applied"] == 1
    code, out, _ = run(capsys, "--workspace", a, "conflicts", "--json")
    (item,) = json.loads(out)
    pick = next(v["number"] for v in item["versions"] if v["value"] == "Hello from Ben")
    assert run(capsys, "--workspace", a, "resolve", note, "title", "--pick", str(pick))[0] == 0
    assert run(capsys, "--workspace", a, "conflicts")[1].strip() == "No conflicts."
    code, out, _ = run(capsys, "--workspace", a, "peers", "--json")
    (peer,) = json.loads(out)
    assert peer["trusted"] and peer["held_events"] > 0
    back = str(tmp_path / "a.gcen")
    assert run(capsys, "--workspace", a, "export", "--to", back, "--for", peer["replica"])[0] == 0
    assert run(capsys, "--workspace", b, "import", back)[0] == 0
    assert run(capsys, "--workspace", a, "dump")[1] == run(capsys, "--workspace", b, "dump")[1]


def test_refused_bundles_exit_1_and_leave_dump_identical(two, tmp_path, capsys):
    a, b, _ = two
    code, dump_before, _ = run(capsys, "--workspace", a, "dump")
    other = str(tmp_path / "other")
    run(capsys, "--workspace", other, "init", "--name", "Other")
    foreign = str(tmp_path / "foreign.gcen")
    run(capsys, "--workspace", other, "export", "--to", foreign, "--full")
    junk = tmp_path / "junk.gcen"
    junk.write_bytes(b"PK\x03\x04 this is not a bundle" * 10)
    cut = tmp_path / "cut.gcen"
    cut.write_bytes((tmp_path / "full.gcen").read_bytes()[:300])
    for path in (foreign, str(junk), str(cut), str(tmp_path / "missing.gcen")):
        code, out, err = run(capsys, "--workspace", a, "import", path, "--yes")
        assert code == 1, path
        assert err.startswith("gcen: ") and err.count("\n") == 1 and "Traceback" not in err
        assert run(capsys, "--workspace", a, "dump")[1] == dump_before


def test_undo_import_and_watch(two, tmp_path, capsys):
    a, b, note = two
    run(capsys, "--workspace", b, "add", "note", "--title", "Second")
    bb = str(tmp_path / "b.gcen")
    run(capsys, "--workspace", b, "export", "--to", bb)
    before = run(capsys, "--workspace", a, "dump")[1]
    assert run(capsys, "--workspace", a, "import", bb, "--yes")[0] == 0
    assert run(capsys, "--workspace", a, "dump")[1] != before
    assert run(capsys, "--workspace", a, "undo-import")[0] == 0
    assert run(capsys, "--workspace", a, "dump")[1] == before
    assert run(capsys, "--workspace", a, "undo-import")[0] == 1
    shared = tmp_path / "shared"
    shared.mkdir()
    assert run(capsys, "--workspace", b, "watch", str(shared), "--once")[0] == 0
    code, out, _ = run(capsys, "--workspace", a, "watch", str(shared), "--once")
    assert code == 0
    # b's key became unknown to a again with the undo: the folder bundle waits for trust
    assert "Second" not in run(capsys, "--workspace", a, "dump")[1]
    peers = json.loads(run(capsys, "--workspace", a, "peers", "--json")[1])
    assert not peers[0]["trusted"]
    assert run(capsys, "--workspace", a, "trust", peers[0]["replica"])[0] == 0
    assert run(capsys, "--workspace", a, "watch", str(shared), "--once")[0] == 0
    assert "Second" in run(capsys, "--workspace", a, "dump")[1]


def test_an_unsigned_bundle_asks_for_a_decision_on_the_command_line(tmp_path, capsys):
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    assert run(capsys, "--workspace", a, "init", "--name", "Team", "--member", "Ana")[0] == 0
    full = str(tmp_path / "full.gcen")
    assert run(capsys, "--workspace", a, "export", "--to", full, "--full", "--no-sign")[0] == 0
    code, _out, err = run(capsys, "--workspace", b, "import", full)
    assert code == 1 and "not signed" in err and "--once" in err and "Traceback" not in err
    assert run(capsys, "--workspace", b, "import", full, "--once")[0] == 0  # joined, once
    run(capsys, "--workspace", a, "add", "note", "--title", "Second")
    inc = str(tmp_path / "inc.gcen")
    assert run(capsys, "--workspace", a, "export", "--to", inc, "--full", "--no-sign")[0] == 0
    code, out, _ = run(capsys, "--workspace", b, "import", inc, "--preview")
    assert code == 0 and "--once" in out
    code, out, _ = run(capsys, "--workspace", b, "import", inc, "--once")
    # Ana's store is known here now: an unsigned file cannot speak for it
    assert code == 0 and "left out" in out
