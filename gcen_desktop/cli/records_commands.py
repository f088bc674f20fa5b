"""`gcen` commands on records: init, add, edit, delete, restore, show, list, search, dump, check, demo."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..domain.display import visible
from ..domain.errors import UserError, ValidationError
from ..domain.ids import is_uuid
from ..domain.schema import (
    CLI_TYPES,
    LINK_KINDS,
    MEMBER_ROLES,
    READING_STATUSES,
    TYPES,
    Field,
    record_type,
)
from ..services.queries import Filters
from ..services.workspace import Workspace
from ..store.damage import WorkspaceDamaged
from . import network_commands
from .arguments import whole_number
from .output import as_json_object, emit_json, print_record, type_name

CLI_TYPE_CHOICES = sorted(CLI_TYPES)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create a workspace")
    p.add_argument("--name", required=True, help="team or workspace name")
    p.add_argument("--city", help="your city")
    p.add_argument("--member", help="your name (you become the first team member)")
    p.add_argument("--role", choices=MEMBER_ROLES, help="your role in the city team")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("add", help="add a record: gcen add TYPE --FIELD VALUE ...; prints the new id")
    p.add_argument("type", choices=CLI_TYPE_CHOICES, metavar="TYPE", help=", ".join(CLI_TYPE_CHOICES))
    p.set_defaults(handler=cmd_add, accepts_extra=True)

    p = sub.add_parser("edit", help="edit fields: gcen edit ID --set FIELD=VALUE ...")
    p.add_argument("id")
    p.add_argument("--set", dest="sets", action="append", default=[], metavar="FIELD=VALUE", required=True)
    p.set_defaults(handler=cmd_edit)

    p = sub.add_parser("delete", help="move a record (and what belongs to it) to the trash")
    p.add_argument("id")
    p.set_defaults(handler=cmd_delete)

    p = sub.add_parser("restore", help="bring a record back from the trash")
    p.add_argument("id")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("show", help="show one record")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("list", help="list the records of a type")
    p.add_argument("type", choices=CLI_TYPE_CHOICES, metavar="TYPE", help=", ".join(CLI_TYPE_CHOICES))
    p.add_argument("--json", action="store_true")
    _filter_options(p)
    p.add_argument("--trash", action="store_true", help="list deleted records instead")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("search", help="full-text search over notes, readings, plans, symposia …")
    p.add_argument("query")
    p.add_argument("--type", action="append", choices=CLI_TYPE_CHOICES, metavar="TYPE")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=whole_number(1, 10_000), default=50)
    _filter_options(p)
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("dump", help="canonical JSON of all live records (same bytes for the same events)")
    p.set_defaults(handler=cmd_dump)

    p = sub.add_parser("check", help="check database, search index, and projection against the log")
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("demo", help="fill the workspace with the sample city team")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("link", help="link two records: gcen link KIND A B (e.g. evidence PLAN READING)")
    p.add_argument("kind", choices=[k for k in LINK_KINDS if k != "tag"])
    p.add_argument("a")
    p.add_argument("b")
    p.add_argument("--remove", action="store_true")
    p.set_defaults(handler=cmd_link)

    p = sub.add_parser("tag", help="set the tags of a record: gcen tag ID TAG ...")
    p.add_argument("id")
    p.add_argument("tags", nargs="*")
    p.set_defaults(handler=cmd_tag)

    p = sub.add_parser("reading-status", help="set your (or a member's) status of a reading")
    p.add_argument("id")
    p.add_argument("status", choices=READING_STATUSES)
    p.add_argument("--member")
    p.set_defaults(handler=cmd_reading_status)

    p = sub.add_parser("attach", help="attach a file to a record (stored once by content)")
    p.add_argument("id")
    p.add_argument("file")
    p.set_defaults(handler=cmd_attach)

    p = sub.add_parser("dashboard", help="overdue actions, readings for you, the next symposium")
    p.add_argument("--json", action="store_true")
    p.add_argument("--today", help="as if today were this date (YYYY-MM-DD)")
    p.set_defaults(handler=cmd_dashboard)

    p = sub.add_parser("index", help="finish search indexing that an import left for later")
    p.set_defaults(handler=cmd_index)


def _filter_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--tag")
    p.add_argument("--status")
    p.add_argument("--group", dest="working_group", metavar="GROUP_ID")
    p.add_argument("--symposium", metavar="SYMPOSIUM_ID")
    p.add_argument("--city", metavar="CITY_ID")
    p.add_argument("--member", metavar="MEMBER_ID")


def _filters(args: argparse.Namespace, types: tuple[str, ...] = ()) -> Filters:
    return Filters(
        types=types,
        tag=args.tag,
        status=args.status,
        working_group=args.working_group,
        symposium=args.symposium,
        city=args.city,
        member=args.member,
    )


def open_ws(args: argparse.Namespace) -> Workspace:
    return Workspace.open(args.folder)


# --- field values from the command line -------------------------------------------------------------


def parse_field_args(extra: list[str]) -> dict[str, str]:
    """`--field value` / `--field=value` pairs after `add TYPE`."""
    values: dict[str, str] = {}
    i = 0
    while i < len(extra):
        token = extra[i]
        if not token.startswith("--") or token == "--":
            raise ValidationError("Expected --FIELD VALUE, got '%(token)s'.", token=token)
        name, eq, value = token[2:].partition("=")
        if not eq:
            if i + 1 >= len(extra):
                raise ValidationError("--%(name)s needs a value.", name=name)
            value = extra[i + 1]
            i += 1
        values[name.replace("-", "_")] = value
        i += 1
    return values


def resolve_refs(ws: Workspace, type_name_: str, values: dict[str, Any]) -> dict[str, Any]:
    """Let ref fields name a record by its title or name as well as by id."""
    spec = TYPES[type_name_]
    out = dict(values)
    for name, value in values.items():
        f = spec.by_name.get(name)
        if f is None or f.kind != "ref" or not value or is_uuid(str(value)):
            continue
        for target in f.ref:
            found = ws.find_by_label(target, str(value))
            if found:
                out[name] = found.id
                break
        else:
            raise ValidationError(
                "No single %(types)s is called '%(name)s'; give its id instead.", types=" or ".join(f.ref), name=value
            )
    return out


def split_tags(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


# --- commands ------------------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    ws = Workspace.new(args.folder, args.name, city=args.city, member=args.member, role=args.role)
    print(f"Created workspace '{args.name}' in {args.folder}")
    print(ws.workspace_id)
    ws.close()
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    ws = open_ws(args)
    values = parse_field_args(args.extra)
    tags = split_tags(values.pop("tags", "") or values.pop("tag", ""))
    spec = record_type(args.type)
    for name in values:
        spec.field(name)
    rec = ws.create(args.type, resolve_refs(ws, spec.name, values), tags=tags).rec
    print(rec)
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    ws = open_ws(args)
    view = ws.get(args.id)
    values: dict[str, Any] = {}
    tags: list[str] | None = None
    for item in args.sets:
        name, eq, value = item.partition("=")
        if not eq:
            raise ValidationError("Use --set FIELD=VALUE, not '%(item)s'.", item=item)
        name = name.strip().replace("-", "_")
        if name == "tags":
            tags = split_tags(value)
            continue
        TYPES[view.type].field(name)
        values[name] = value
    values = resolve_refs(ws, view.type, values)
    # Validate everything before writing anything.
    TYPES[view.type].validate(values, creating=False)
    if values:
        ws.edit(args.id, values)
    if tags is not None:
        ws.set_tags(args.id, tags)
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    ws = open_ws(args)
    changes = ws.delete(args.id)
    extra = len(changes.deleted) - 1
    print(f"Moved to the trash{f' with {extra} record(s) under it' if extra > 0 else ''}.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    ws = open_ws(args)
    changes = ws.restore(args.id)
    print(f"Restored {len(changes.restored)} record(s).")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    ws = open_ws(args)
    view = ws.get(args.id)
    if args.json:
        emit_json(as_json_object(ws, view))
    else:
        print_record(ws, view)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    ws = open_ws(args)
    if args.trash:
        rows = [v for v in ws.trash() if type_name(v.type) == args.type]
    else:
        order = "position" if args.type in ("action", "goal", "checklist") else "title"
        if args.type == "agenda":
            order = "title"
        rows = ws.list(args.type, _filters(args), order=order)
    if args.json:
        emit_json([as_json_object(ws, v) for v in rows])
    else:
        for v in rows:
            print(f"{v.id}  {visible(v.title)}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    ws = open_ws(args)
    results = ws.search(args.query, _filters(args, tuple(args.type or ())), limit=args.limit)
    backlog = ws.indexing_backlog()
    if backlog:
        print(f"(still indexing {backlog} record(s); results may be incomplete)", file=sys.stderr)
    if args.json:
        out = []
        for view, snippet in results:
            obj = as_json_object(ws, view, with_tags=False)
            obj["snippet"] = snippet.marked()
            out.append(obj)
        network_commands.print_search_hits(ws, args, out)
        emit_json(out)
    else:
        for view, snippet in results:
            print(f"{view.id}  {type_name(view.type):<9} {visible(view.title)}")
            if snippet.text and snippet.text != view.title:
                print(f"    {visible(snippet.marked())}")
        network_commands.print_search_hits(ws, args, None)
    return 0


def cmd_dump(args: argparse.Namespace) -> int:
    ws = open_ws(args)
    sys.stdout.buffer.write(ws.store.dump())
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    try:
        ws = open_ws(args)
    except WorkspaceDamaged as exc:  # too damaged to open: that is the finding
        problems = [str(exc.params.get("reason") or exc)]
    else:
        problems = ws.store.check()
    if problems:
        for p in problems:
            print(f"problem: {visible(p)}")
        raise UserError(
            "The workspace check found problems (listed above); restore the workspace folder from a backup, "
            "or join the workspace again from a teammate's full bundle, and keep a copy of this folder to ask "
            "for help."
        )
    if ws.store.read_only:
        print("ok: database integrity and the event log (the projection is not compared in a read-only workspace)")
    else:
        print("ok: database integrity, search index, and projection match the event log")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from ..services.sample import fill_sample

    if Workspace.exists(args.folder):
        ws = open_ws(args)
    else:
        ws = Workspace.new(args.folder, "Boston Public Schools — GCEN team", city="Boston")
    counts = fill_sample(ws)
    summary = ", ".join(f"{n} {t}" for t, n in counts.items())
    print(f"Added the sample city team: {summary}.")
    return 0


def cmd_link(args: argparse.Namespace) -> int:
    ws = open_ws(args)
    if args.remove:
        ws.unlink(args.kind, args.a, args.b)
    else:
        ws.link(args.kind, args.a, args.b)
    return 0


def cmd_tag(args: argparse.Namespace) -> int:
    ws = open_ws(args)
    ws.set_tags(args.id, args.tags)
    return 0


def cmd_reading_status(args: argparse.Namespace) -> int:
    ws = open_ws(args)
    member = resolve_refs(ws, "reading_status", {"member": args.member})["member"] if args.member else None
    ws.set_reading_status(args.id, args.status, member)
    return 0


def cmd_attach(args: argparse.Namespace) -> int:
    ws = open_ws(args)
    aid = ws.attach(args.id, args.file).rec
    print(aid)
    return 0


def cmd_dashboard(args: argparse.Namespace) -> int:
    if args.today is not None:
        args.today = Field("today", "date").validate(args.today)
    ws = open_ws(args)
    overdue = ws.overdue_actions(args.today)
    week = ws.actions_due_within(7, args.today)
    mine = ws.readings_assigned_to()
    nxt = ws.next_symposium(args.today)
    recent = ws.recent_changes(10)
    if args.json:
        emit_json(
            {
                "overdue_actions": [as_json_object(ws, v, with_tags=False) for v in overdue],
                "due_this_week": [as_json_object(ws, v, with_tags=False) for v in week],
                "readings_assigned_to_me": [as_json_object(ws, v, with_tags=False) for v in mine],
                "next_symposium": None
                if nxt is None
                else {**as_json_object(ws, nxt[0], with_tags=False), "prep_done": nxt[1], "prep_total": nxt[2]},
                "recent_changes": [as_json_object(ws, v, with_tags=False) for v in recent],
            }
        )
        return 0
    if nxt:
        sym, done, total = nxt
        print(f"Next symposium: {visible(sym.title)} ({sym.data.get('start')}) — preparation {done}/{total}")
    print(f"Overdue actions: {len(overdue)}")
    for v in overdue:
        print(f"  {v.data.get('due')}  {visible(v.title)}")
    print(f"Due this week: {len(week)}")
    for v in week:
        print(f"  {v.data.get('due')}  {visible(v.title)}")
    print(f"Readings assigned to you: {len(mine)}")
    for v in mine:
        print(f"  {visible(v.title)}")
    return 0


def cmd_index(args: argparse.Namespace) -> int:
    ws = open_ws(args)
    while ws.store.index_some() > 0:
        pass
    print("Search index is up to date.")
    return 0
