"""The `gcen` command against hostile input: names and titles from a bundle reach the terminal with
their control and bidi characters escaped; a passphrase or identity file is read only while it is a
small regular file; and no argument, however odd, ends in a traceback or changes the store."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from gcen_desktop.cli import main
from gcen_desktop.services import Workspace
from tests.sync.hostile import make_corpus as corpus
from tests.sync.hostile_names import ESCAPE, OVERRIDE, SHOWN_ESCAPE, SHOWN_OVERRIDE, hostile_bundle

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _in_a_scratch_folder(tmp_path, monkeypatch):
    """A command that took `-` or an empty name for a file would write beside the tests otherwise."""
    monkeypatch.chdir(tmp_path)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def assert_shown_safely(text: str) -> None:
    assert ESCAPE not in text and "\x1b" not in text
    assert OVERRIDE not in text
    assert SHOWN_ESCAPE in text and SHOWN_OVERRIDE in text
    # The name's line break cannot start a line that looks like the app's own signature line.
    assert not any(line.startswith("Signed by key 0000") for line in text.splitlines())


# --- names from a bundle ---------------------------------------------------------------------------


def test_hostile_names_and_titles_reach_the_terminal_escaped(tmp_path, capsys):
    ws = str(tmp_path / "ws")
    first = hostile_bundle(tmp_path / "first.gcen")
    code, out, err = run(capsys, "--workspace", ws, "import", str(first), "--yes")
    assert code == 0, err
    assert_shown_safely(out)  # the join report: producer, workspace, the new-key warning

    other = corpus.corpus_keys(b"another sender")
    second = hostile_bundle(tmp_path / "second.gcen", other, replica=corpus.OTHER, bundle=102)
    code, out, err = run(capsys, "--workspace", ws, "import", str(second), "--preview")
    assert code == 0, err
    assert_shown_safely(out)
    signed = [line for line in out.splitlines() if line.startswith("Signed by key")]
    assert len(signed) == 1 and signed[0].endswith("(NEW KEY, not yet trusted)")

    code, out, err = run(capsys, "--workspace", ws, "peers")
    assert code == 0, err
    assert_shown_safely(out)

    code, out, _ = run(capsys, "--workspace", ws, "list", "note")
    assert "\x1b" not in out and OVERRIDE not in out and SHOWN_ESCAPE in out
    note = out.split()[0]
    code, out, _ = run(capsys, "--workspace", ws, "show", note)
    assert "\x1b" not in out and OVERRIDE not in out and SHOWN_ESCAPE in out
    code, out, _ = run(capsys, "--workspace", ws, "search", "Plan")
    assert "\x1b" not in out and OVERRIDE not in out and SHOWN_ESCAPE in out


def test_hostile_names_in_conflicts_are_escaped(tmp_path, capsys):
    ws = str(tmp_path / "ws")
    assert run(capsys, "--workspace", ws, "import", str(hostile_bundle(tmp_path / "a.gcen")), "--yes")[0] == 0
    note = run(capsys, "--workspace", ws, "list", "note")[1].split()[0]
    assert run(capsys, "--workspace", ws, "edit", note, "--set", "title=Here")[0] == 0
    later = hostile_bundle(tmp_path / "b.gcen", bundle=102, retitle=True)
    code, out, err = run(capsys, "--workspace", ws, "import", str(later))
    assert code == 0, err
    code, out, err = run(capsys, "--workspace", ws, "conflicts")
    assert code == 0 and "field 'title'" in out, err
    assert_shown_safely(out)


def test_an_error_quoting_a_hostile_workspace_name_is_one_escaped_line(tmp_path, capsys):
    ws = str(tmp_path / "ws")
    assert run(capsys, "--workspace", ws, "init", "--name", "Our team")[0] == 0
    code, out, err = run(capsys, "--workspace", ws, "import", str(hostile_bundle(tmp_path / "b.gcen")), "--preview")
    assert code == 1 and err.startswith("gcen: ") and err.count("\n") == 1, err
    assert "\x1b" not in err and OVERRIDE not in err and SHOWN_ESCAPE in err  # it names the other workspace


def test_json_output_keeps_its_meaning_with_the_controls_escaped(tmp_path, capsys):
    import orjson

    ws = str(tmp_path / "ws")
    assert run(capsys, "--workspace", ws, "import", str(hostile_bundle(tmp_path / "b.gcen")), "--yes")[0] == 0
    code, out, _ = run(capsys, "--workspace", ws, "peers", "--json")
    assert code == 0 and OVERRIDE not in out and "\x1b" not in out
    (peer,) = orjson.loads(out)
    assert peer["name"].startswith(f"Ana{ESCAPE}") and OVERRIDE in peer["name"]


# --- passphrase and identity files --------------------------------------------------------------------


@pytest.fixture
def workspace(tmp_path, capsys) -> str:
    ws = str(tmp_path / "ws")
    assert run(capsys, "--workspace", ws, "init", "--name", "Team", "--member", "Ana")[0] == 0
    assert run(capsys, "--workspace", ws, "add", "note", "--title", "Hello")[0] == 0
    return ws


def dump(capsys, ws: str) -> str:
    code, out, _ = run(capsys, "--workspace", ws, "dump")
    assert code == 0
    return out


@pytest.mark.parametrize(
    ("option", "source", "message"),
    [
        ("--passphrase-file", "/dev/zero", "is not a regular file"),
        ("--passphrase-file", "long", "is longer than 1,024 bytes"),
        ("--passphrase-file", "folder", "is not a regular file"),
        ("--identity", "/dev/zero", "is not a regular file"),
        ("--identity", "long", "is longer than 65,536 bytes"),
    ],
)
def test_passphrase_and_identity_files_are_read_bounded(workspace, tmp_path, capsys, option, source, message):
    if source == "long":
        path = tmp_path / "long.txt"
        path.write_text("AGE-SECRET-KEY-1" + "x" * 70_000 + "\n")
        source = str(path)
    elif source == "folder":
        source = str(tmp_path)
    before = dump(capsys, workspace)
    bundle = tmp_path / "out.gcen"
    if option == "--passphrase-file":
        argv = ["export", "--to", str(bundle), "--full", option, source]
    else:
        assert run(capsys, "--workspace", workspace, "export", "--to", str(bundle), "--full")[0] == 0
        argv = ["import", str(bundle), option, source]
    code, out, err = run(capsys, "--workspace", workspace, *argv)
    assert code == 1 and message in err and err.count("\n") == 1 and err.startswith("gcen: ")
    assert dump(capsys, workspace) == before
    if option == "--passphrase-file":
        assert not bundle.exists()


@pytest.mark.timeout(60)
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(workspace, tmp_path, capsys):
    """Opening a FIFO blocks until something writes to it: it is refused before it is opened."""
    pipe = tmp_path / "secret.fifo"
    os.mkfifo(pipe)
    code, _, err = run(capsys, "--workspace", workspace, "export", "--to", str(tmp_path / "o.gcen"),
                       "--passphrase-file", str(pipe))
    assert code == 1 and "is not a regular file" in err


@pytest.mark.timeout(30)
@pytest.mark.parametrize("how", [[], ["--preview"], ["--as-copies"], ["--yes"]])
@pytest.mark.parametrize("into", ["workspace", "empty folder"])
def test_a_named_pipe_given_as_the_bundle_to_import_is_refused_without_waiting(workspace, tmp_path, capsys, how,
                                                                                into):
    """`gcen import team.gcen` where team.gcen is a named pipe (or `gcen import <(…)` of a command
    that ended): the check for a network publication opened it and waited for a writer forever."""
    pipe = tmp_path / "team.gcen"
    os.mkfifo(pipe)
    folder = workspace if into == "workspace" else str(tmp_path / "new")
    code, _, err = run(capsys, "--workspace", folder, "import", str(pipe), *how)
    assert code == 1 and err.startswith("gcen: ") and err.count("\n") == 1, err


def test_a_passphrase_file_within_the_limit_still_works(workspace, tmp_path, capsys):
    secret = tmp_path / "secret.txt"
    secret.write_text("correct horse battery staple\n")
    bundle = tmp_path / "out.gcen"
    code, out, err = run(capsys, "--workspace", workspace, "export", "--to", str(bundle), "--full",
                         "--passphrase-file", str(secret))
    assert code == 0, err
    assert bundle.exists()
    code, _, err = run(capsys, "--workspace", workspace, "import", str(bundle), "--preview",
                       "--passphrase-file", str(secret))
    assert code == 0, err


# --- every argument that could crash: one message, exit 1 or 2, the store unchanged -------------------

BAD_UTF8 = os.fsdecode(b"Caf\xe9 \xff")  # invalid UTF-8 as Python sees it in argv: lone surrogates
HUGE = "9" * 5000

ARGUMENTS = {
    # usage errors: exit 2
    "invalid utf-8 title": (2, ["add", "note", "--title", BAD_UTF8]),
    "invalid utf-8 field name": (2, ["add", "note", f"--{BAD_UTF8}", "x"]),
    "invalid utf-8 in --set": (2, ["edit", "{note}", "--set", f"title={BAD_UTF8}"]),
    "invalid utf-8 id": (2, ["show", BAD_UTF8]),
    "invalid utf-8 restore": (2, ["restore", BAD_UTF8]),
    "invalid utf-8 tag": (2, ["tag", "{note}", BAD_UTF8]),
    "invalid utf-8 tag filter": (2, ["list", "note", "--tag", BAD_UTF8]),
    "invalid utf-8 link": (2, ["link", "evidence", "{note}", BAD_UTF8]),
    "invalid utf-8 member": (2, ["reading-status", "{reading}", "read", "--member", BAD_UTF8]),
    "invalid utf-8 symposium filter": (2, ["readings", "export", "--to", "{tmp}/r.ris", "--symposium", BAD_UTF8]),
    "invalid utf-8 query": (2, ["search", BAD_UTF8]),
    "empty export path": (2, ["export", "--to", ""]),
    "dash export path": (2, ["export", "--to", "-"]),
    "empty import path": (2, ["import", ""]),
    "dash import path": (2, ["import", "-"]),
    "empty workspace": (2, ["--workspace", "", "list", "note"]),
    "empty shared folder": (2, ["watch", "", "--once"]),
    "empty attachment": (2, ["attach", "{note}", ""]),
    "dash attachment": (2, ["attach", "{note}", "-"]),
    "empty readings file": (2, ["readings", "import", ""]),
    "empty readings export": (2, ["readings", "export", "--to", ""]),
    "dash share path": (2, ["share", "actions", "--to", "-", "--format", "csv"]),
    "empty passphrase file": (2, ["export", "--to", "{tmp}/p.gcen", "--passphrase-file", ""]),
    "empty identity file": (2, ["import", "{tmp}/none.gcen", "--identity", ""]),
    "huge search limit": (2, ["search", "x", "--limit", "99999999999999999999"]),
    "thousand-digit limit": (2, ["search", "x", "--limit", HUGE]),
    "negative search limit": (2, ["search", "x", "--limit", "-1"]),
    "zero search limit": (2, ["search", "x", "--limit", "0"]),
    "huge pick": (2, ["resolve", "{note}", "title", "--pick", HUGE]),
    "negative pick": (2, ["resolve", "{note}", "title", "--pick", "-1"]),
    "infinite watch interval": (2, ["watch", "{tmp}", "--once", "--every", "1e400"]),
    "nan watch interval": (2, ["watch", "{tmp}", "--once", "--every", "nan"]),
    # user errors: exit 1
    "thousand-digit year": (1, ["add", "reading", "--title", "x", "--year", HUGE]),
    "year beyond 64 bits": (1, ["add", "reading", "--title", "x", "--year", "9" * 30]),
    "edit year beyond 64 bits": (1, ["edit", "{reading}", "--set", "year=-99999999999999999999"]),
    "thousand-digit year on edit": (1, ["edit", "{reading}", "--set", f"year={HUGE}"]),
    "thousand-letter year": (1, ["edit", "{reading}", "--set", "year=" + "x" * 5000]),
    "empty id": (1, ["show", ""]),
    "empty id to delete": (1, ["delete", ""]),
    "folder as bundle": (1, ["import", "{tmp}"]),
    "missing bundle": (1, ["import", "{tmp}/missing.gcen"]),
    "folder as export target": (1, ["export", "--to", "{tmp}"]),
    "export into a missing folder": (1, ["export", "--to", "{tmp}/missing/x.gcen"]),
    "device as passphrase file": (1, ["export", "--to", "{tmp}/p.gcen", "--passphrase-file", "/dev/zero"]),
    "device as identity file": (1, ["import", "{tmp}/none.gcen", "--identity", "/dev/zero"]),
    "folder as attachment": (1, ["attach", "{note}", "{tmp}"]),
    "device as attachment": (1, ["attach", "{note}", "/dev/zero"]),
    "device as readings file": (1, ["readings", "import", "/dev/zero"]),
    "folder as readings file": (1, ["readings", "import", "{tmp}"]),
    "missing shared folder": (1, ["watch", "{tmp}/missing", "--once"]),
    "file as shared folder": (1, ["watch", "/dev/null", "--once"]),
    "empty teammate": (1, ["trust", ""]),
    "unknown encoding": (1, ["readings", "import", "{tmp}/x.ris", "--encoding", "no-such-codec"]),
    "a codec that fails with UnicodeError": (1, ["readings", "import", "{tmp}/x.ris", "--encoding", "punycode"]),
    "the undefined codec": (1, ["readings", "import", "{tmp}/x.ris", "--encoding", "undefined"]),
    "empty date": (0, ["dashboard", "--today", ""]),
    "the last day of the calendar": (0, ["dashboard", "--today", "9999-12-31"]),
    "the last day of the calendar as json": (0, ["dashboard", "--today", "9999-12-31", "--json"]),
    "a tag longer than a title": (1, ["tag", "{note}", "x" * 5000]),
    "invalid utf-8 workspace folder": (2, ["--workspace", "{tmp}/" + BAD_UTF8, "init", "--name", "Team"]),
}


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cli-hostile")
    ws = tmp / "ws"
    w = Workspace.new(ws, "Team", member="Ana")
    ids = {
        "note": w.create("note", {"title": "Hello"}).rec,
        "reading": w.create("reading_item", {"title": "Residencies", "year": 2024}).rec,
    }
    before = w.store.dump()
    w.close()
    (tmp / "x.ris").write_text("TY  - BOOK\nTI  - A\nER  - \n")
    return ws, tmp, ids, before


@pytest.mark.parametrize("case", sorted(ARGUMENTS))
def test_hostile_arguments_end_in_one_message(filled, capsys, case):
    ws, tmp, ids, before = filled
    expected, argv = ARGUMENTS[case]
    argv = [a.replace("{tmp}", str(tmp)).format(**ids) if "{" in a else a for a in argv]
    if argv[0] != "--workspace":
        argv = ["--workspace", str(ws), *argv]
    code, out, err = run(capsys, *argv)  # an exception other than SystemExit fails the test here
    assert code == expected, (code, out, err)
    assert "Traceback" not in err
    if expected == 1:
        assert err.startswith("gcen: ") and err.count("\n") == 1, err
    elif expected == 2:
        assert err.splitlines()[-1].startswith("gcen") and "error:" in err.splitlines()[-1], err
    w = Workspace.open(ws)
    try:
        assert w.store.dump() == before
    finally:
        w.close()
    assert not (tmp / "p.gcen").exists()


def test_a_long_tag_is_named_as_a_tag(filled, capsys):
    ws, _tmp, ids, _ = filled
    code, _, err = run(capsys, "--workspace", str(ws), "tag", ids["note"], "x" * 5000)
    assert code == 1 and "The tag 'xxxx" in err and "longer than 1,000 characters" in err


def test_json_output_of_a_file_name_that_is_not_utf8(workspace, tmp_path, capsys):
    import orjson

    target = tmp_path / os.fsdecode(b"caf\xe9.gcen")
    code, out, err = run(capsys, "--workspace", workspace, "export", "--to", str(target), "--full", "--json")
    assert code == 0, err
    assert target.exists() and orjson.loads(out)["path"].endswith("caf\\udce9.gcen")


def test_invalid_utf8_arguments_through_a_real_process(tmp_path):
    """The bytes reach Python as a real shell passes them; the message reaches a UTF-8 stderr."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GCEN_")}
    env.update(GCEN_STATE_DIR=str(tmp_path / "state"), GCEN_CONFIG_DIR=str(tmp_path / "state"),
               PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8", LC_ALL="C.UTF-8")
    gcen = [sys.executable, "-m", "gcen_desktop.cli", "--workspace", str(tmp_path / "ws")]
    assert subprocess.run([*gcen, "init", "--name", "Team"], env=env, capture_output=True, timeout=120).returncode == 0
    result = subprocess.run([*gcen, "add", "note", b"--title", b"Caf\xe9 \xff"], env=env, capture_output=True,
                            timeout=120)
    assert result.returncode == 2 and b"Traceback" not in result.stderr
    assert b"not valid UTF-8" in result.stderr
    listed = subprocess.run([*gcen, "list", "note"], env=env, capture_output=True, timeout=120)
    assert listed.returncode == 0 and listed.stdout == b""


# --- a target that is not a regular file --------------------------------------------------------------

WRITERS = {
    "team bundle": ["export", "--to", "{target}.gcen"],
    "full bundle": ["export", "--full", "--to", "{target}.gcen"],
    "passphrase bundle": ["export", "--full", "--to", "{target}.gcen", "--passphrase-file", "{tmp}/secret"],
    "network-only bundle": ["export", "--network-only", "--to", "{target}.gcen"],
    "publication": ["network", "publish", "--to", "{target}.gcen"],
    "receipt": ["network", "receipt", "--for", "Toronto", "--to", "{target}.gcen"],
    "note as markdown": ["share", "note", "{note}", "--to", "{target}.md"],
    "note as pdf": ["share", "note", "{note}", "--to", "{target}.pdf"],
    "actions as csv": ["share", "actions", "--to", "{target}.csv"],
    "reading list": ["readings", "export", "--to", "{target}.ris"],
}


@pytest.fixture(scope="module")
def publishing(tmp_path_factory):
    """A workspace with a note, a network practice and a publication of Toronto in its library."""
    from gcen_desktop.services.network import Network

    tmp = tmp_path_factory.mktemp("targets")
    boston = Network(Workspace.new(tmp / "boston", "Boston team", city="Boston", member="Ana"))
    toronto = Network(Workspace.new(tmp / "toronto", "Toronto team", city="Toronto", member="Tom"))
    note = boston.ws.create("note", {"title": "Hello"}).rec
    boston.ws.create("practice", {"title": "Residency", "visibility": "network"})
    toronto.ws.create("practice", {"title": "Mentoring", "visibility": "network"})
    toronto.publish(tmp / "toronto.gcen", "Boston")
    boston.receive(tmp / "toronto.gcen", trust_new_key=True)
    (tmp / "secret").write_text("correct horse battery staple\n")
    for net in (boston, toronto):
        net.ws.close()
    return tmp, note


@pytest.mark.parametrize("what", sorted(WRITERS))
def test_a_target_that_is_not_a_regular_file_is_left_alone(publishing, tmp_path, capsys, what):
    """`--to /dev/null` or `--to /dev/full` from a root shell renamed the written file over the device
    (a careless user's test of a full disk broke the system's /dev/full, and the command said it
    wrote the bundle); a named pipe stands in for the device here. The command is refused in one
    sentence, the pipe stays a pipe, and no partial file is left beside it."""
    tmp, note = publishing
    ws = tmp / "boston"
    before = Workspace.open(ws)
    dump_before = before.store.dump()
    before.close()
    argv = [a.format(target=tmp_path / "device", tmp=tmp, note=note) for a in WRITERS[what]]
    pipe = Path(argv[argv.index("--to") + 1])
    os.mkfifo(pipe)
    code, out, err = run(capsys, "--workspace", str(ws), *argv)  # (a writer opening the pipe would hang)
    assert code == 1, (code, out, err)
    assert err.startswith("gcen: ") and err.count("\n") == 1 and "not a regular file" in err, err
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == [pipe.name]
    after = Workspace.open(ws)
    try:
        assert after.store.dump() == dump_before
    finally:
        after.close()


# --- a file to write named inside the workspace folder ------------------------------------------------

INSIDE = {
    "export over the database": ["export", "--full", "--to", "{ws}/workspace.sqlite3"],
    "export over the signing key": ["export", "--to", "{ws}/keys/signing.key"],
    "export beside the database": ["export", "--to", "{ws}/team.gcen"],
    "export through the folder's other name": ["export", "--to", "{link}/workspace.sqlite3"],
    "network publication over the database": ["network", "publish", "--to", "{ws}/workspace.sqlite3"],
    "readings over the database": ["readings", "export", "--format", "ris", "--to", "{ws}/workspace.sqlite3"],
    "a shared note over the age key": ["share", "note", "{note}", "--format", "md", "--to", "{ws}/keys/age.key"],
}


@pytest.mark.parametrize("case", sorted(INSIDE))
def test_a_file_to_write_inside_the_workspace_folder_is_refused(workspace, tmp_path, capsys, case):
    """`gcen export --to ~/GCEN/workspace.sqlite3` (a completion too far): the bundle replaced the
    database, and the workspace could no longer be opened (cut into parts, the database was
    removed once they were written); `--to …/keys/signing.key` replaced the store's key. Nothing
    that writes a file may write one inside the workspace folder."""
    ws = Path(workspace)
    (tmp_path / "link").symlink_to(ws)
    assert run(capsys, "--workspace", workspace, "export", "--to", str(tmp_path / "first.gcen"))[0] == 0  # keys/
    code, out, _ = run(capsys, "--workspace", workspace, "list", "note", "--json")
    note = __import__("json").loads(out)[0]["id"]
    before = dump(capsys, workspace)
    files = {p: p.read_bytes() for p in ws.rglob("*") if p.is_file() and "sqlite3" not in p.name}
    argv = [a.format(ws=ws, link=tmp_path / "link", note=note) for a in INSIDE[case]]
    code, _, err = run(capsys, "--workspace", workspace, *argv)
    assert code == 1 and err.startswith("gcen: ") and err.count("\n") == 1 and "workspace folder" in err, err
    assert dump(capsys, workspace) == before
    assert {p: p.read_bytes() for p in ws.rglob("*") if p.is_file() and "sqlite3" not in p.name} == files
    assert not (ws / "team.gcen").exists()
