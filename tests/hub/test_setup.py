"""`gcen-hub init`, `enroll`, `revoke` and `cities` against a real PostgreSQL: init is idempotent
and keeps the hub's signing key under --home; the operator's roster of cities and keys is what
decides who may publish."""

from __future__ import annotations

import json

from gcen_hub.cli import main

FP_A = "0123 4567 89AB CDEF 0123 4567 89AB CDEF"
FP_B = "fedcba98765432100123456789abcdef"  # as typed: lower case, no spaces
WS_A, WS_B = "11111111-1111-7111-8111-111111111111", "22222222-2222-7222-8222-222222222222"


def hub_cli(capsys, db: str, home, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", db, "--home", str(home), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_init_is_idempotent_and_keeps_its_key(capsys, hub_db, tmp_path):
    home = tmp_path / "home"
    code, out, _ = hub_cli(capsys, hub_db, home, "init", "--name", "Network hub")
    assert code == 0 and "Network hub" in out
    key_files = sorted(p.name for p in (home / "keys").iterdir())
    signing = (home / "keys" / "signing.key").read_bytes()
    fingerprint = out.split("fingerprint: ")[1].split()[0:8]
    code, again, _ = hub_cli(capsys, hub_db, home, "init")
    assert code == 0
    assert again.split("fingerprint: ")[1].split()[0:8] == fingerprint
    assert "Network hub" in again  # the name given first is kept when none is given
    assert (home / "keys" / "signing.key").read_bytes() == signing
    assert sorted(p.name for p in (home / "keys").iterdir()) == key_files
    assert (home / "keys" / "signing.key").stat().st_mode & 0o077 == 0


def test_commands_other_than_init_need_a_hub(capsys, hub_db, tmp_path):
    code, _, err = hub_cli(capsys, hub_db, tmp_path / "home", "cities")
    assert code == 1 and "gcen-hub init" in err and "\n" not in err.strip()


def test_a_database_that_is_not_postgresql_is_refused_plainly(capsys, tmp_path):
    code, _, err = hub_cli(capsys, "sqlite:///x.db", tmp_path, "cities")
    assert code == 1 and "PostgreSQL" in err


def test_no_database_given(capsys, tmp_path, monkeypatch):
    monkeypatch.delenv("GCEN_HUB_DB", raising=False)
    code = main(["--home", str(tmp_path), "cities"])
    assert code == 1 and "--db" in capsys.readouterr().err


def test_the_environment_names_the_database_and_home(capsys, hub_db, tmp_path, monkeypatch):
    monkeypatch.setenv("GCEN_HUB_DB", hub_db)
    monkeypatch.setenv("GCEN_HUB_HOME", str(tmp_path / "env-home"))
    assert main(["init"]) == 0
    assert (tmp_path / "env-home" / "keys" / "signing.key").is_file()


def test_enroll_revoke_and_list_cities(capsys, hub_db, tmp_path):
    home = tmp_path / "home"
    assert hub_cli(capsys, hub_db, home, "init")[0] == 0
    code, out, _ = hub_cli(capsys, hub_db, home, "enroll", WS_A, "--city", " Toronto ", "--key", FP_A)
    assert code == 0 and "Toronto" in out
    code, out, _ = hub_cli(capsys, hub_db, home, "enroll", WS_A, "--city", "Toronto", "--key", FP_A)
    assert code == 0 and "nothing changed" in out
    assert hub_cli(capsys, hub_db, home, "enroll", WS_B, "--city", "Boston", "--key", FP_B)[0] == 0
    code, out, _ = hub_cli(capsys, hub_db, home, "cities", "--json")
    rows = json.loads(out)
    assert [(r["city"], r["workspace"], r["keys"]) for r in rows] == [
        ("Boston", WS_B, ["FEDC BA98 7654 3210 0123 4567 89AB CDEF"]), ("Toronto", WS_A, [FP_A])]

    # one key belongs to one city
    code, _, err = hub_cli(capsys, hub_db, home, "enroll", WS_B, "--city", "Boston", "--key", FP_A)
    assert code == 1 and "another workspace" in err and err.count("\n") == 1
    # not a fingerprint
    code, _, err = hub_cli(capsys, hub_db, home, "enroll", WS_B, "--city", "Boston", "--key", "12 34")
    assert code == 1 and "not a key fingerprint" in err

    code, out, _ = hub_cli(capsys, hub_db, home, "revoke", WS_A, "--key", FP_A.replace(" ", ""))
    assert code == 0 and "Revoked 1" in out
    code, out, _ = hub_cli(capsys, hub_db, home, "cities")
    assert "(no active key)" in out.splitlines()[1] and "Toronto" in out.splitlines()[1]
    # a revoked key is not enrolled again, and revoking it twice says so
    assert hub_cli(capsys, hub_db, home, "enroll", WS_A, "--city", "Toronto", "--key", FP_A)[0] == 1
    code, _, err = hub_cli(capsys, hub_db, home, "revoke", WS_A, "--key", FP_A)
    assert code == 1 and "no active key" in err
    code, _, err = hub_cli(capsys, hub_db, home, "revoke", "33333333-3333-7333-8333-333333333333")
    assert code == 1 and "No city is enrolled" in err
    # revoke without --key stops every key of the workspace
    code, out, _ = hub_cli(capsys, hub_db, home, "revoke", WS_B)
    assert code == 0 and "Revoked 1" in out


def test_no_city_yet(capsys, hub_db, tmp_path):
    hub_cli(capsys, hub_db, tmp_path, "init")
    code, out, _ = hub_cli(capsys, hub_db, tmp_path, "cities")
    assert code == 0 and "No city is enrolled yet" in out


def test_one_city_name_one_workspace(capsys, hub_db, tmp_path):
    """A second workspace is not enrolled under a city's name (in any case or spacing): the hub's
    digests would show its publications as that city's. Renaming a workspace is still enrolling it."""
    home = tmp_path / "home"
    hub_cli(capsys, hub_db, home, "init")
    assert hub_cli(capsys, hub_db, home, "enroll", WS_A, "--city", "Toronto", "--key", FP_A)[0] == 0
    code, _, err = hub_cli(capsys, hub_db, home, "enroll", WS_B, "--city", "  TORONTO ", "--key", FP_B)
    assert code == 1 and "Toronto" in err and WS_A in err and err.count("\n") == 1
    assert [(r["city"], r["workspace"]) for r in json.loads(hub_cli(capsys, hub_db, home, "cities", "--json")[1])] == [
        ("Toronto", WS_A)]
    assert hub_cli(capsys, hub_db, home, "enroll", WS_B, "--city", "Boston", "--key", FP_B)[0] == 0
    assert hub_cli(capsys, hub_db, home, "enroll", WS_B, "--city", "toronto", "--key", FP_B)[0] == 1
    assert hub_cli(capsys, hub_db, home, "enroll", WS_A, "--city", "Toronto (Ontario)", "--key", FP_A)[0] == 0
    assert sorted(r["city"] for r in json.loads(hub_cli(capsys, hub_db, home, "cities", "--json")[1])) == [
        "Boston", "Toronto (Ontario)"]
