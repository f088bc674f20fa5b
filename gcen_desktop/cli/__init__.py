"""The headless `gcen` command: the same services as the desktop app, for scripts and tests.

User errors print one plain line on stderr and exit 1; usage errors exit 2 (argparse), among them
an empty or `-` file name and an argument that is not valid UTF-8 text. Everything printed passes
`visible_lines`, so a name or title from a bundle never reaches the terminal as a control sequence.
Each command family lives in its own module with a `register(subparsers)` function.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DatabaseError

from .. import __version__
from ..domain.display import visible_lines
from ..domain.errors import UserError
from . import document_commands, network_commands, records_commands, sync_commands

FAMILIES = [records_commands, sync_commands, document_commands, network_commands]


def _one_line(text: str) -> str:
    """Error messages stay on one line of stderr even when they quote a value with line breaks."""
    return text.replace("\r", "\\r").replace("\n", "\\n")


# Arguments that name a file or folder: any bytes the file system allows, but never empty or `-`.
PATH_ARGUMENTS = {"workspace": "--workspace", "to": "--to", "file": "FILE", "passphrase_file": "--passphrase-file",
                  "identity": "--identity", "shared": "FOLDER"}


NOT_UTF8 = ("an argument is not valid UTF-8 text (the terminal sent it in another encoding); "
            "type it again or set the terminal to UTF-8.")


class VisibleStream:
    """stdout or stderr with every control and bidi character written as a visible escape."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write(visible_lines(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def _has_surrogates(text: str) -> bool:
    return any("\ud800" <= c <= "\udfff" for c in text)


def check_arguments(parser: argparse.ArgumentParser, args: argparse.Namespace, extra: list[str]) -> None:
    """Exit 2 with one message for an argument no command can use: an empty or `-` file name, or
    text that is not valid UTF-8 (bytes the shell passed through, seen as lone surrogates)."""
    for name, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        for item in values:
            if not isinstance(item, str):
                continue
            if name in PATH_ARGUMENTS:
                _check_path_argument(parser, PATH_ARGUMENTS[name], item)
            elif _has_surrogates(item):
                parser.error(NOT_UTF8)
    if any(_has_surrogates(item) for item in extra):
        parser.error(NOT_UTF8)


def _check_path_argument(parser: argparse.ArgumentParser, label: str, item: str) -> None:
    if not item.strip():
        parser.error(f"{label} needs a file or folder name; an empty one names nothing.")
    if item == "-":
        parser.error(f"{label} cannot be standard input or output; give a file name "
                     "(./- for a file called -).")


def workspace_folder(arg: str | None) -> Path:
    from ..services.workspace import default_workspace_folder

    if arg:
        return Path(arg).expanduser()
    if os.environ.get("GCEN_WORKSPACE"):
        return Path(os.environ["GCEN_WORKSPACE"]).expanduser()
    return default_workspace_folder()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gcen",
        description="GCEN Desktop from the command line: notes, readings, plans, symposia, bundles.",
    )
    parser.add_argument("--version", action="version", version=f"gcen {__version__}")
    parser.add_argument(
        "--workspace",
        metavar="DIR",
        help="workspace folder (default: $GCEN_WORKSPACE, then your user data folder)",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for family in FAMILIES:
        family.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = VisibleStream(out), VisibleStream(err)
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = out, err


def _main(argv: list[str] | None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra and not getattr(args, "accepts_extra", False):
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    check_arguments(parser, args, extra)
    args.extra = extra
    args.folder = workspace_folder(args.workspace)
    if _has_surrogates(str(args.folder)):  # the store records its folder as text
        parser.error("the workspace folder's name is not valid UTF-8; rename the folder or choose another.")
    try:
        if isinstance(getattr(args, "to", None), str):  # every file a command writes: never the workspace's own
            from ..services.workspace import refuse_inside

            refuse_inside(args.folder, args.to)
        return int(args.handler(args) or 0)
    except UserError as exc:
        print(f"gcen: {_one_line(str(exc))}", file=sys.stderr)
        return 1
    except (DatabaseError, sqlite3.DatabaseError) as exc:  # damaged, not a database, or locked
        return _database_failed(args.folder, exc)
    except KeyboardInterrupt:
        print("gcen: interrupted; nothing was changed by the unfinished step.", file=sys.stderr)
        return 130
    except OSError as exc:
        reason = exc.strerror or str(exc)
        print(f"gcen: {reason}{f' ({exc.filename})' if exc.filename else ''}; check the path and free disk space, then try again.", file=sys.stderr)
        return 1


def _database_failed(folder: Path, exc: Exception) -> int:
    """Tell why the workspace's database could not be used (marking it damaged when it is)."""
    from ..store import damage

    if damage.is_corruption(exc):
        if (folder / "workspace.sqlite3").exists():
            damage.mark(folder, damage.reason_of(exc))
        print(f"gcen: {_one_line(str(damage.damaged(folder, damage.reason_of(exc))))}", file=sys.stderr)
        return 1
    reason = _one_line(str(getattr(exc, "orig", None) or exc))
    print(
        f"gcen: The workspace database in {folder} cannot be used ({reason}); close other "
        "programs using it, or pick another folder with --workspace or restore a backup.",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
