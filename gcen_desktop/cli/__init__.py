"""The headless `gcen` command: the same services as the desktop app, for scripts and tests.

User errors print one plain line on stderr and exit 1; usage errors exit 2 (argparse).
Each command family lives in its own module with a `register(subparsers)` function.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from pathlib import Path

from sqlalchemy.exc import DatabaseError

from .. import __version__
from ..domain.errors import UserError
from . import records_commands

FAMILIES = [records_commands]
for _optional in ("sync_commands", "document_commands"):
    try:  # each family ships with its own issue; the CLI works with whichever are present
        FAMILIES.append(__import__(f"{__name__}.{_optional}", fromlist=["register"]))
    except ModuleNotFoundError as _exc:
        if _exc.name != f"{__name__}.{_optional}":
            raise


def _one_line(text: str) -> str:
    """Error messages stay on one line of stderr even when they quote a value with line breaks."""
    return text.replace("\r", "\\r").replace("\n", "\\n")


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
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra and not getattr(args, "accepts_extra", False):
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    args.extra = extra
    args.folder = workspace_folder(args.workspace)
    try:
        return int(args.handler(args) or 0)
    except UserError as exc:
        print(f"gcen: {_one_line(str(exc))}", file=sys.stderr)
        return 1
    except (DatabaseError, sqlite3.DatabaseError) as exc:  # damaged, not a database, or locked
        from ..store import damage

        if damage.is_corruption(exc):
            if (args.folder / "workspace.sqlite3").exists():
                damage.mark(args.folder, damage.reason_of(exc))
            print(f"gcen: {_one_line(str(damage.damaged(args.folder, damage.reason_of(exc))))}", file=sys.stderr)
            return 1
        reason = _one_line(str(getattr(exc, "orig", None) or exc))
        print(
            f"gcen: The workspace database in {args.folder} cannot be used ({reason}); close other "
            "programs using it, or pick another folder with --workspace or restore a backup.",
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        print("gcen: interrupted; nothing was changed by the unfinished step.", file=sys.stderr)
        return 130
    except OSError as exc:
        reason = exc.strerror or str(exc)
        print(f"gcen: {reason}{f' ({exc.filename})' if exc.filename else ''}; check the path and free disk space, then try again.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
