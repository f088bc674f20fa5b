"""`gcen` commands of the network: identity, network publish / import / list / adapt, and the
hooks that let `export --network-only`, `import` of a publication and `search` reach them."""

from __future__ import annotations

import argparse
import time
from typing import Any

from ..domain.display import visible
from ..domain.schema import CLI_NAME_OF, record_type
from ..services.network import (
    HUB,
    Network,
    PublishResult,
    ReceiveReport,
    group_topics,
    is_publication,
    topic_of,
)
from ..services.workspace import Workspace
from ..store.network_library import Entry
from ..store.snippets import make_snippet
from .output import emit_json

NETWORK_HELP = """\
What a city shares with other cities, as state, not history.

  gcen network publish --to FILE [--for CITY] [--full]
      a signed publication of every record marked network now (its current values, its network
      parts and attachments; never its history, nothing team or private), and a withdrawal of
      each record published before and not any more. Incremental: what the receiver (the hub
      unless --for names a city) has not acknowledged holding; --full: all.
      'gcen export --network-only' does the same.
      A receiver acknowledges with a receipt: the hub's digest for this city carries one; a city
      writes one with 'gcen network receipt'. Imported here (network import), it makes the next
      incremental publication for that receiver carry only what it lacks. What was sent and not
      acknowledged yet goes again: a lost file never needs --full.
  gcen network import FILE [--yes]
      another city's publication (or a hub's digest, or a city's receipt) into this workspace's
      network library (read-only, apart from the team's records, never sent to teammates);
      --yes trusts the key that signed it for that city. 'gcen import FILE' recognises a
      publication and does the same.
  gcen network receipt --for CITY --to FILE
      a signed receipt for CITY of what this network library holds of its publications; CITY
      imports it, and its next publication for this city carries only what changed since.
  gcen network list [--city C] [--type T] [--topic T] [--json]
      the network library; --topic: the publications under a working group with that problem of
      practice (in any city; a group's topic travels only while the group itself is network).
  gcen network show ID [--json]
      one publication, with the plans of this team adapted from it
  gcen network adapt ID       a new plan of this team adapted from a network practice
  gcen identity [--json]      what a hub operator needs to enroll this city
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("identity", help="this store's workspace id, name, city, store id and key fingerprint")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_identity)

    p = sub.add_parser("network", help="publish to other cities, import their publications, browse them",
                       description=NETWORK_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    net = p.add_subparsers(dest="network_command", required=True, metavar="ACTION")
    q = net.add_parser("publish", help="write a publication of what is marked network (and withdrawals)")
    q.add_argument("--to", required=True, metavar="FILE", help="the publication file to write (.gcen)")
    q.add_argument("--for", dest="receiver", metavar="CITY", help=f"the receiver (default: the {HUB})")
    q.add_argument("--full", action="store_true", help="everything published now, not only what changed")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_publish)

    q = net.add_parser("import", help="take another city's publication into the network library")
    q.add_argument("file")
    q.add_argument("--yes", action="store_true", help="trust the key that signed it for that city, if it is new")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_network_import)

    q = net.add_parser("receipt", help="write a receipt for a city: what this library holds of its publications")
    q.add_argument("--for", dest="city", required=True, metavar="CITY", help="the city (or its workspace id)")
    q.add_argument("--to", required=True, metavar="FILE", help="the receipt file to write (.gcen)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_receipt)

    q = net.add_parser("list", help="the network library: other cities' publications")
    q.add_argument("--city", metavar="C")
    q.add_argument("--type", metavar="T", help="practice, reading, note, plan, symposium, group")
    q.add_argument("--topic", metavar="T", help="a working group's problem of practice")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_network_list)

    q = net.add_parser("show", help="one publication of the network library, and the plans adapted from it")
    q.add_argument("id", help="its id, as 'gcen network list' shows it")
    q.add_argument("--city", help="the city that published it (when several published that id)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_network_show)

    q = net.add_parser("adapt", help="a new plan of this team adapted from a network practice")
    q.add_argument("id", help="the practice's id, as 'gcen network list' shows it")
    q.add_argument("--city", help="the city that published it (when several published that id)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_adapt)


def _open(args: argparse.Namespace) -> Network:
    return Network(Workspace.open(args.folder))


def cmd_identity(args: argparse.Namespace) -> int:
    ident = _open(args).identity()
    if args.json:
        emit_json(ident.__dict__)
        return 0
    print(f"Workspace: {visible(ident.name)} ({ident.workspace_id})")
    print(f"City: {visible(ident.city) or '(not set)'}")
    print(f"Store: {ident.replica}")
    print(f"Signing key: {ident.fingerprint}")
    return 0


# --- publishing ----------------------------------------------------------------------------------


def cmd_publish(args: argparse.Namespace) -> int:
    result = _open(args).publish(args.to, args.receiver, full=args.full)
    return _print_published(result, args.json)


def publish_from_export(args: argparse.Namespace) -> int:
    """`gcen export --network-only`: a publication (--for names the receiving city, --full all)."""
    if args.passphrase_file or args.recipient or args.no_sign:
        from ..domain.errors import UserError

        raise UserError("A network publication is always signed and never encrypted; leave out --no-sign, "
                        "--passphrase-file and --recipient.")
    result = _open(args).publish(args.to, args.for_peer, full=args.full)
    return _print_published(result, args.json)


def _print_published(result: PublishResult, as_json: bool) -> int:
    if as_json:
        emit_json({"path": str(result.path), "size": result.size, "receiver": result.receiver, "kind": result.kind,
                   "counts": result.counts, "published": result.published, "withdrawn": result.withdrawn,
                   "first": result.first,
                   "parts": [str(p) for p in result.parts],
                   "left_out": [{"rec": i.rec, "type": i.type, "label": i.label, "reason": i.reason}
                                for i in result.left_out]})
        return 0
    if result.parts:
        for part in result.parts:
            print(f"Wrote {part} ({part.stat().st_size:,} bytes).")
        print(f"For {visible(result.receiver)}: {describe(result.counts)}. Note: {result.parts_note}")
    else:
        print(f"Wrote {result.path} ({result.size:,} bytes) for {visible(result.receiver)}: {describe(result.counts)}.")
    print("Other cities get the current text of these records, never their history.")
    if result.first:
        print(f"Note: this is the first publication for {visible(result.receiver)} written here, so it carries "
              "everything published now; if you meant a city you published for before, check its name.")
    if result.left_out:
        print(f"Note: {visible(str(result.left_out_note))}")
    return 0


def describe(counts: dict[str, dict[str, int]]) -> str:
    """'3 practices, 1 plan with 9 parts; 1 reading withdrawn' (English, for the terminal)."""
    shown = [f"{c['published']} {_kind(t, c['published'])}" + (f" with {c['parts']} parts" if c["parts"] else "")
             for t, c in sorted(counts.items()) if c["published"]]
    gone = [f"{c['withdrawn']} {_kind(t, c['withdrawn'])} withdrawn" for t, c in sorted(counts.items()) if c["withdrawn"]]
    return "; ".join(filter(None, [", ".join(shown), ", ".join(gone)])) or "nothing new"


def _kind(type_: str, n: int) -> str:
    name = CLI_NAME_OF.get(type_, type_)
    return name if n == 1 else name + "s"


def cmd_receipt(args: argparse.Namespace) -> int:
    result = _open(args).receipt(args.to, args.city)
    if args.json:
        emit_json({"path": str(result.path), "size": result.size, "workspace_id": result.workspace_id,
                   "city": result.city, "records": result.records})
        return 0
    print(f"Wrote {result.path} ({result.size:,} bytes): a receipt for {visible(result.city)} of "
          f"{result.records:,} records this library holds of its publications.")
    return 0


# --- receiving -----------------------------------------------------------------------------------


def cmd_network_import(args: argparse.Namespace) -> int:
    report = _open(args).receive(args.file, trust_new_key=args.yes)
    return _print_received(report, args.json)


def import_from_import(args: argparse.Namespace) -> int | None:
    """`gcen import FILE` (with or without --as-copies) of a publication: into the network
    library. None when FILE is not a publication (the import goes on as usual)."""
    if not is_publication(args.file):
        return None
    from ..domain.errors import UserError
    from ..store.store import store_exists

    if not store_exists(args.folder):
        raise UserError("%(folder)s holds no workspace; a network publication is imported into a workspace "
                        "('gcen init' makes one).", folder=str(args.folder))
    if args.preview or getattr(args, "previewed", None):
        raise UserError("A network publication is not previewed; 'gcen network import' takes it into the "
                        "network library, where nothing is the team's own.")
    report = _open(args).receive(args.file, trust_new_key=args.yes)
    return _print_received(report, args.json)


def _print_received(report: ReceiveReport, as_json: bool) -> int:
    if as_json:
        emit_json(report.__dict__)
        return 0
    if report.kind == "receipt":
        print(f"Receipt of {visible(report.city)}, key {report.fingerprint}"
              + (" (trusted now)" if report.key_trusted_now else "")
              + f": it holds {report.acknowledged:,} of this workspace's records; the next publication for it "
              "carries only what it lacks.")
        return 0
    print(f"Publication of {visible(report.city or report.workspace_name)} ({visible(report.workspace_name)}), "
          f"key {report.fingerprint}" + (" (trusted now)" if report.key_trusted_now else ""))
    for type_, counts in sorted(report.counts.items()):
        print(f"  {_kind(type_, 2)}: " + ", ".join(f"{n} {cat}" for cat, n in counts.items() if n))
    print(f"The network library changed by {report.applied:,} publications.")
    if report.acknowledged is not None:
        print(f"The hub holds {report.acknowledged:,} of this workspace's records; the next publication for it "
              "carries only what it lacks.")
    return 0


# --- the library ---------------------------------------------------------------------------------


def _as_json(entry: Entry, topic: str | None = None, adapted: list[tuple[str, str]] | None = None) -> dict[str, Any]:
    out = {"id": entry.rec, "type": CLI_NAME_OF.get(entry.type, entry.type), "title": entry.title,
           "city": entry.city, "team": entry.team, "workspace_id": entry.workspace_id, "network": True,
           "published": time.strftime("%Y-%m-%d", time.gmtime(entry.published_ms / 1000)),
           "values": entry.values, "parts": entry.body.get("parts") or [], "tags": entry.body.get("tags") or []}
    if topic is not None:
        out["topic"] = topic
    if adapted is not None:
        out["adapted_in"] = [{"id": plan, "title": title} for plan, title in adapted]
    return out


def cmd_network_list(args: argparse.Namespace) -> int:
    type_ = record_type(args.type).name if args.type else None
    net = _open(args)
    rows = net.listed(city=args.city, type_=type_, topic=args.topic)
    if args.json:
        topics = group_topics(net.listed())
        adapted = net.adapted(rows)
        emit_json([_as_json(e, topic_of(e, topics), adapted.get((e.workspace_id, e.rec), []) if e.type == "practice"
                            else None) for e in rows])
        return 0
    if not rows:
        print("The network library is empty: import another city's publication first.")
    for e in rows:
        day = time.strftime("%Y-%m-%d", time.gmtime(e.published_ms / 1000))
        print(f"{e.rec}  {CLI_NAME_OF.get(e.type, e.type):<9} {visible(e.title)}  [{visible(e.city)}, {day}]")
    return 0


def cmd_network_show(args: argparse.Namespace) -> int:
    net = _open(args)
    entry = net.entry(args.id, net.workspace_of_city(args.city) if args.city else None)
    topic = topic_of(entry, group_topics(net.listed()))
    adapted = net.adapted([entry]).get((entry.workspace_id, entry.rec), []) if entry.type == "practice" else None
    if args.json:
        emit_json(_as_json(entry, topic, adapted))
        return 0
    day = time.strftime("%Y-%m-%d", time.gmtime(entry.published_ms / 1000))
    print(f"{visible(entry.title)}  ({CLI_NAME_OF.get(entry.type, entry.type)} of {visible(entry.city)}, published {day})")
    if topic:
        print(f"Working-group topic: {visible(topic)}")
    for name, value in entry.values.items():
        if name not in ("visibility", "title", "name") and isinstance(value, str | int) and value != "":
            print(f"  {name}: {visible(str(value))}")
    if adapted is not None:
        print("Plans of this team adapted from it: " + (", ".join(f"{visible(t)} ({plan})" for plan, t in adapted)
                                                         or "none yet ('gcen network adapt ID' starts one)"))
    return 0


def cmd_adapt(args: argparse.Namespace) -> int:
    net = _open(args)
    plan = net.adapt(args.id, net.workspace_of_city(args.city) if args.city else None).rec
    if args.json:
        emit_json({"plan": plan})
    else:
        print(f"Made the plan {plan}, adapted from the network practice {args.id}.")
    return 0


def search_hits(ws: Workspace, args: argparse.Namespace) -> list[tuple[Entry, str]]:
    """Network library hits of `gcen search` (none when it is limited to types the library lacks)."""
    wanted = {record_type(t).name for t in args.type or ()}
    hits = Network(ws).search(args.query, limit=args.limit)
    out = []
    for e in hits:
        if wanted and e.type not in wanted:
            continue
        text = "\n".join(str(v) for k, v in e.values.items() if isinstance(v, str) and k != "visibility")
        out.append((e, make_snippet(text, args.query).marked()))
    return out


def print_search_hits(ws: Workspace, args: argparse.Namespace, found: list[dict[str, Any]] | None) -> None:
    """Add the network library's hits to `gcen search`: into `found` (JSON), else printed."""
    for e, snippet in search_hits(ws, args):
        if found is not None:
            found.append(dict(_as_json(e), snippet=snippet))
            continue
        print(f"{e.rec}  {CLI_NAME_OF.get(e.type, e.type):<9} {visible(e.title)}  [network: {visible(e.city)}]")
        if snippet and snippet != e.title:
            print(f"    {visible(snippet)}")
