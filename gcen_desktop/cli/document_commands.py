"""`gcen share …` (plan reports, briefing packs, actions and agendas as files for people outside the
app) and `gcen readings import|export` (reading lists to and from Zotero, Mendeley, EndNote)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.display import visible
from ..domain.errors import UserError
from ..services.queries import Filters
from ..services.workspace import Workspace

_SUFFIX_FORMAT = {".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html", ".md": "md",
                  ".markdown": "md", ".csv": "csv", ".ics": "ics", ".ris": "ris", ".bib": "bibtex",
                  ".json": "csljson"}


def register(sub: argparse._SubParsersAction) -> None:
    share = sub.add_parser("share", help="save a plan, briefing pack, actions or agenda as a file to share")
    ss = share.add_subparsers(dest="share_command", required=True, metavar="WHAT")

    p = ss.add_parser("plan", help="an action plan report: gcen share plan PLAN_ID --format pdf --to FILE")
    p.add_argument("plan_id", metavar="PLAN_ID")
    p.add_argument("--format", choices=("pdf", "docx", "html", "md"), help="default: from the file name")
    _common(p)
    p.set_defaults(handler=cmd_share_plan)

    p = ss.add_parser("briefing", help="a symposium briefing pack: gcen share briefing SYMPOSIUM_ID --format pdf --to FILE")
    p.add_argument("symposium_id", metavar="SYMPOSIUM_ID")
    p.add_argument("--format", choices=("pdf", "docx", "html", "md"), help="default: from the file name")
    _common(p)
    p.set_defaults(handler=cmd_share_briefing)

    p = ss.add_parser("actions", help="actions as a spreadsheet (csv) or calendar of due dates (ics)")
    p.add_argument("--plan", metavar="PLAN_ID", help="only this plan's actions (default: every plan)")
    p.add_argument("--format", choices=("csv", "ics"), help="default: from the file name")
    _common(p)
    p.set_defaults(handler=cmd_share_actions)

    p = ss.add_parser("agenda", help="a symposium's agenda as a calendar file (ics)")
    p.add_argument("symposium_id", metavar="SYMPOSIUM_ID")
    p.add_argument("--tz", metavar="ZONE",
                   help="the time zone of the agenda's times, e.g. Asia/Seoul (default: the host city's, when known)")
    _common(p)
    p.set_defaults(handler=cmd_share_agenda)

    readings = sub.add_parser("readings", help="import or export reading lists (RIS, BibTeX, CSL-JSON)")
    rs = readings.add_subparsers(dest="readings_command", required=True, metavar="ACTION")

    p = rs.add_parser("import", help="add the readings of a Zotero/Mendeley/EndNote export")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--format", choices=("ris", "bibtex", "csljson"), help="default: from the file")
    p.add_argument("--skip-bad", action="store_true",
                   help="import the records that can be read and list the others (default: import nothing)")
    p.add_argument("--keep-duplicates", action="store_true",
                   help="import too the records that look like readings already there (default: skip and list them)")
    p.add_argument("--encoding", help="the file's text encoding if not UTF-8, e.g. cp1252")
    p.set_defaults(handler=cmd_readings_import)

    p = rs.add_parser("export", help="save readings as RIS, BibTeX or CSL-JSON for Zotero and others")
    p.add_argument("--format", choices=("ris", "bibtex", "csljson"), help="default: from the file name")
    p.add_argument("--to", required=True, metavar="FILE")
    p.add_argument("--symposium", metavar="ID", help="only the readings of this symposium")
    p.add_argument("--tag", help="only readings with this tag")
    p.add_argument("--working-group", metavar="ID", help="only readings of this working group")
    p.set_defaults(handler=cmd_readings_export)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--to", required=True, metavar="FILE", help="the file to write")
    p.add_argument("--language", default="en", help="language of the headings (default: en)")


def _format(args: argparse.Namespace, allowed: tuple[str, ...]) -> str:
    if getattr(args, "format", None):
        return args.format
    guess = _SUFFIX_FORMAT.get(Path(args.to).suffix.lower())
    if guess not in allowed:
        raise UserError("Give --format (%(formats)s) or a file name ending in one of them.", formats="|".join(allowed))
    return guess


def _open(args: argparse.Namespace) -> Workspace:
    return Workspace.open(args.folder)


def cmd_share_plan(args: argparse.Namespace) -> int:
    from ..services.documents import export_plan

    fmt = _format(args, ("pdf", "docx", "html", "md"))
    path = export_plan(_open(args), args.plan_id, fmt, args.to, language=args.language)
    print(f"Saved the plan report to {path}.")
    return 0


def cmd_share_briefing(args: argparse.Namespace) -> int:
    from ..services.documents import export_briefing

    fmt = _format(args, ("pdf", "docx", "html", "md"))
    path = export_briefing(_open(args), args.symposium_id, fmt, args.to, language=args.language)
    print(f"Saved the briefing pack to {path}.")
    return 0


def cmd_share_actions(args: argparse.Namespace) -> int:
    from ..services.documents import export_actions

    fmt = _format(args, ("csv", "ics"))
    path, count = export_actions(_open(args), fmt, args.to, plan_id=args.plan, language=args.language)
    print(f"Saved {count} action{'s' if count != 1 else ''} to {path}.")
    return 0


def cmd_share_agenda(args: argparse.Namespace) -> int:
    from ..services.documents import agenda_time_zone, briefing_data, export_agenda_ics

    ws = _open(args)
    if not args.tz and agenda_time_zone(ws, args.symposium_id) is None:
        b = briefing_data(ws, args.symposium_id)
        if any(e.time for e in b.agenda):
            raise UserError(
                "The time zone of '%(title)s' is not known from its host city; pass it with --tz, e.g. --tz Asia/Seoul.",
                title=b.title,
            )
    path, count = export_agenda_ics(ws, args.symposium_id, args.to, language=args.language, time_zone=args.tz)
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

    fmt = _format(args, ("ris", "bibtex", "csljson"))
    filters = Filters(tag=args.tag, working_group=args.working_group)
    path, count = export_readings(_open(args), fmt, args.to, symposium=args.symposium, filters=filters)
    print(f"Saved {count} reading{'s' if count != 1 else ''} to {path}.")
    return 0
