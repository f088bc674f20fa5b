"""`gcen share …` (plan reports, briefing packs, actions and agendas as files for people outside the
app) and `gcen readings import|export` (reading lists to and from Zotero, Mendeley, EndNote)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.display import visible
from ..domain.errors import UserError
from ..interop import formats
from ..services.queries import Filters
from ..services.workspace import Workspace


def _names(subject: str | None = None, *, readers: bool = False) -> str:
    """'RIS, BibTeX, CSL-JSON': what people call the formats of a subject (or those the app reads)."""
    return ", ".join(f.name for f in (formats.readable() if readers else formats.exporting(subject)))


def _format_option(p: argparse.ArgumentParser, choices: tuple[str, ...], default: str) -> None:
    """--format with the registry's ids as choices; the help names each: 'md (Markdown)'."""
    named = ", ".join(f"{f} ({formats.get(f).name})" for f in choices)
    p.add_argument("--format", choices=choices, help=f"{named}; default: {default}")


def register(sub: argparse._SubParsersAction) -> None:
    share = sub.add_parser("share", help="save a plan, briefing pack, actions or agenda as a file to share")
    ss = share.add_subparsers(dest="share_command", required=True, metavar="WHAT")

    p = ss.add_parser("plan", help="an action plan report: gcen share plan PLAN_ID --format pdf --to FILE")
    p.add_argument("plan_id", metavar="PLAN_ID")
    _format_option(p, formats.ids("plan"), "from the file name")
    _common(p)
    p.set_defaults(handler=cmd_share_plan)

    p = ss.add_parser("briefing", help="a symposium briefing pack: gcen share briefing SYMPOSIUM_ID --format pdf --to FILE")
    p.add_argument("symposium_id", metavar="SYMPOSIUM_ID")
    _format_option(p, formats.ids("briefing"), "from the file name")
    _common(p)
    p.set_defaults(handler=cmd_share_briefing)

    p = ss.add_parser("actions", help=f"actions as a file: {_names('actions')}")
    p.add_argument("--plan", metavar="PLAN_ID", help="only this plan's actions (default: every plan)")
    _format_option(p, formats.ids("actions"), "from the file name")
    _common(p)
    p.set_defaults(handler=cmd_share_actions)

    p = ss.add_parser("agenda", help=f"a symposium's agenda as a file: {_names('agenda')}")
    p.add_argument("symposium_id", metavar="SYMPOSIUM_ID")
    _format_option(p, formats.ids("agenda"), "from the file name, else ics")
    p.add_argument("--tz", metavar="ZONE",
                   help="the time zone of the agenda's times, e.g. Asia/Seoul (default: the host city's, when known)")
    _common(p)
    p.set_defaults(handler=cmd_share_agenda)

    readings = sub.add_parser("readings", help=f"import or export reading lists ({_names('readings')})")
    rs = readings.add_subparsers(dest="readings_command", required=True, metavar="ACTION")

    p = rs.add_parser("import", help="add the readings of a Zotero/Mendeley/EndNote export")
    p.add_argument("file", metavar="FILE")
    _format_option(p, tuple(f.id for f in formats.readable()), "from the file")
    p.add_argument("--skip-bad", action="store_true",
                   help="import the records that can be read and list the others (default: import nothing)")
    p.add_argument("--keep-duplicates", action="store_true",
                   help="import too the records that look like readings already there (default: skip and list them)")
    p.add_argument("--encoding", help="the file's text encoding if not UTF-8, e.g. cp1252")
    p.set_defaults(handler=cmd_readings_import)

    p = rs.add_parser("export", help=f"save readings for Zotero and others: {_names('readings')}")
    _format_option(p, formats.ids("readings"), "from the file name")
    p.add_argument("--to", required=True, metavar="FILE")
    p.add_argument("--symposium", metavar="ID", help="only the readings of this symposium")
    p.add_argument("--tag", help="only readings with this tag")
    p.add_argument("--working-group", metavar="ID", help="only readings of this working group")
    p.set_defaults(handler=cmd_readings_export)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--to", required=True, metavar="FILE", help="the file to write")
    p.add_argument("--language", default="en", help="language of the headings (default: en)")


def _format(args: argparse.Namespace, subject: str, default: str | None = None) -> str:
    """--format, else the format the file name's extension says among those of `subject`, else
    `default`."""
    if getattr(args, "format", None):
        return args.format
    among = formats.exporting(subject)
    guess = formats.by_suffix(Path(args.to).suffix, among)
    if guess is None and default:
        return default
    if guess is None:
        raise UserError("Give --format (%(formats)s) or a file name ending in one of them.",
                        formats=formats.listing(among, separator="|"))
    return guess.id


def _open(args: argparse.Namespace) -> Workspace:
    return Workspace.open(args.folder)


def cmd_share_plan(args: argparse.Namespace) -> int:
    from ..services.documents import export_plan

    fmt = _format(args, "plan")
    path = export_plan(_open(args), args.plan_id, fmt, args.to, language=args.language)
    print(f"Saved the plan report to {path}.")
    return 0


def cmd_share_briefing(args: argparse.Namespace) -> int:
    from ..services.documents import export_briefing

    fmt = _format(args, "briefing")
    path = export_briefing(_open(args), args.symposium_id, fmt, args.to, language=args.language)
    print(f"Saved the briefing pack to {path}.")
    return 0


def cmd_share_actions(args: argparse.Namespace) -> int:
    from ..services.documents import export_actions

    fmt = _format(args, "actions")
    path, count = export_actions(_open(args), fmt, args.to, plan_id=args.plan, language=args.language)
    print(f"Saved {count} action{'s' if count != 1 else ''} to {path}.")
    return 0


def cmd_share_agenda(args: argparse.Namespace) -> int:
    from ..services.documents import agenda_time_zone, briefing_data, export_agenda

    ws = _open(args)
    if not args.tz and agenda_time_zone(ws, args.symposium_id) is None:
        b = briefing_data(ws, args.symposium_id)
        if any(e.time for e in b.agenda):
            raise UserError(
                "The time zone of '%(title)s' is not known from its host city; pass it with --tz, e.g. --tz Asia/Seoul.",
                title=b.title,
            )
    fmt = _format(args, "agenda", "ics")
    path, count = export_agenda(ws, args.symposium_id, args.to, fmt=fmt, language=args.language,
                                time_zone=args.tz)
    print(f"Saved {count} agenda item{'s' if count != 1 else ''} to {path}.")
    return 0


def cmd_readings_import(args: argparse.Namespace) -> int:
    from ..services.readings_io import import_readings

    report = import_readings(_open(args), args.file, args.format, skip_bad=args.skip_bad, encoding=args.encoding,
                             keep_duplicates=args.keep_duplicates)
    print(visible(report.summary()))
    for dup in report.duplicates:
        print(f"  {'imported anyway' if report.kept_duplicates else 'skipped'}: {visible(dup.describe())}")
    if report.duplicates and not report.kept_duplicates:
        print("  To import them anyway, run the import again with --keep-duplicates.")
    for bad in report.bad:
        print(f"  left out: {visible(bad.describe())}")
    return 0


def cmd_readings_export(args: argparse.Namespace) -> int:
    from ..services.readings_io import export_readings

    fmt = _format(args, "readings")
    filters = Filters(tag=args.tag, working_group=args.working_group)
    path, count = export_readings(_open(args), fmt, args.to, symposium=args.symposium, filters=filters)
    print(f"Saved {count} reading{'s' if count != 1 else ''} to {path}.")
    return 0
