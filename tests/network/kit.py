"""Helpers of the network tests: cities made and driven through `gcen`, publication files read."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from gcen_desktop.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys, *argv: str) -> str:
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    return out


def new_id(capsys, folder: str, *argv: str) -> str:
    return ok(capsys, "--workspace", folder, "add", *argv).strip().split()[-1]


def city(capsys, tmp_path: Path, name: str) -> str:
    folder = str(tmp_path / name.casefold())
    ok(capsys, "--workspace", folder, "init", "--name", f"{name} team", "--city", name, "--member", f"{name} lead")
    return folder


def searched(capsys, folder: str, query: str) -> list[dict]:
    return json.loads(ok(capsys, "--workspace", folder, "search", query, "--json"))


def file_text(path: str) -> str:
    """Every member of an unencrypted bundle or publication file, as text."""
    with zipfile.ZipFile(path) as z:
        return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
