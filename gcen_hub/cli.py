"""`gcen-hub`: the network hub's command (set up, enroll cities, search, ingest, digests, pages)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from gcen_desktop.domain.errors import UserError

from . import audit
from .config import resolve
from .hub import Hub
from .ingest import IngestResult, publication_files
from .watch import watch


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="gcen-hub", description="The GCEN network hub: gathers every city's "
                                "publications on PostgreSQL and hands each city a digest.")
    p.add_argument("--db", help="PostgreSQL address, e.g. postgresql://gcen@localhost/gcen_hub ($GCEN_HUB_DB)")
    p.add_argument("--home", help="the hub's folder: signing key, attachment files ($GCEN_HUB_HOME)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    init = sub.add_parser("init", help="create or migrate the schema and make the hub's signing key")
    init.add_argument("--name", help="the hub's name, shown on its pages and in digests")
    enroll = sub.add_parser("enroll", help="register a city's workspace and a key allowed to publish for it")
    enroll.add_argument("workspace", metavar="WORKSPACE_ID", help="from `gcen identity` on the city's computer")
    enroll.add_argument("--city", required=True, help="the city's name")
    enroll.add_argument("--key", required=True, metavar="FINGERPRINT", help="the signing-key fingerprint, checked out of band")
    revoke = sub.add_parser("revoke", help="stop a key (or, without --key, every key) of a workspace publishing")
    revoke.add_argument("workspace", metavar="WORKSPACE_ID")
    revoke.add_argument("--key", metavar="FINGERPRINT")
    cities = sub.add_parser("cities", help="list the enrolled cities and their active keys")
    cities.add_argument("--json", action="store_true")
    search = sub.add_parser("search", help="search every city's publications")
    search.add_argument("query")
    search.add_argument("--city")
    search.add_argument("--type", dest="type_", metavar="TYPE", help="practice, reading_item, action_plan, …")
    search.add_argument("--limit", type=int, default=50)
    search.add_argument("--json", action="store_true")
    ingest = sub.add_parser("ingest", help="take in city publication files (and the .gcen files of folders)")
    ingest.add_argument("paths", nargs="+", metavar="FILE|DIR")
    ingest.add_argument("--json", action="store_true")
    digest = sub.add_parser("digest", help="write a city's digest: what other cities changed since its last one")
    digest.add_argument("--for", dest="workspace", required=True, metavar="WORKSPACE_ID")
    digest.add_argument("--to", required=True, metavar="FILE")
    digest.add_argument("--full", action="store_true", help="everything the hub serves, not only what changed "
                        "(for a city whose last digest was lost)")
    digest.add_argument("--json", action="store_true")
    watch = sub.add_parser("watch", help="ingest the publication files dropped into a folder (until stopped)")
    watch.add_argument("folder", metavar="DIR")
    watch.add_argument("--interval", type=float, default=2.0, metavar="SECONDS", help="how often to look (default 2)")
    watch.add_argument("--once", action="store_true", help="ingest what is there now, then stop")
    dump = sub.add_parser("dump", help="every publication served, as canonical JSON lines")
    dump.add_argument("--workspace", metavar="ID", help="only this city's")
    sub.add_parser("check", help="check the tables against a rebuild and the search index against a recomputation")
    serve = sub.add_parser("serve", help="serve read-only pages of what the cities published (put it behind a "
                           "reverse proxy for the world)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    stats = sub.add_parser("stats", help="how many cities, keys, publications, ingests, digests")
    stats.add_argument("--json", action="store_true")
    return p


def _init(hub: Hub, args: argparse.Namespace) -> int:
    revision, keys = hub.init(args.name)
    print(f"Hub '{hub.name()}' ready (schema {revision}). Its key's fingerprint: {keys.fingerprint}")
    print("Cities trust this key once to import the hub's digests; tell them this fingerprint.")
    return 0


def _enroll(hub: Hub, args: argparse.Namespace) -> int:
    new = hub.enroll(args.workspace, args.city, args.key)
    print(f"{args.city.strip()} ({args.workspace}) may publish with the key {args.key}."
          if new else f"The key {args.key} was already enrolled for {args.workspace}; nothing changed.")
    return 0


def _revoke(hub: Hub, args: argparse.Namespace) -> int:
    n = hub.revoke(args.workspace, args.key)
    print(f"Revoked {n} key(s) of {args.workspace}; bundles they sign are refused from now on.")
    return 0


def _cities(hub: Hub, args: argparse.Namespace) -> int:
    rows = hub.cities()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    for row in rows:
        print(f"{row['city']}\t{row['workspace']}\t{', '.join(row['keys']) or '(no active key)'}")
    if not rows:
        print("No city is enrolled yet; enroll one with `gcen-hub enroll WORKSPACE_ID --city NAME --key FINGERPRINT`.")
    return 0


def _search(hub: Hub, args: argparse.Namespace) -> int:
    hits = hub.search(args.query, city=args.city, type_=args.type_, limit=args.limit)
    if args.json:
        print(json.dumps([h.as_json() for h in hits], ensure_ascii=False, indent=1))
        return 0
    for h in hits:
        print(f"{h.city}\t{h.type}\t{h.title}\t{h.rec}")
    if not hits:
        print("Nothing published matches.", file=sys.stderr)
    return 0


def _ingest(hub: Hub, args: argparse.Namespace) -> int:
    results = [hub.ingest(path) for path in publication_files(args.paths)]
    if args.json:
        print(json.dumps([r.as_json() for r in results], ensure_ascii=False, indent=1))
    else:
        for r in results:
            print(r.line(), file=sys.stderr if r.refused else sys.stdout)
    return 1 if any(r.refused for r in results) else 0


def _digest(hub: Hub, args: argparse.Namespace) -> int:
    r = hub.digest(args.workspace, args.to, full=args.full)
    if args.json:
        print(json.dumps(r.as_json(), ensure_ascii=False, indent=1))
    else:
        print(f"Wrote {r.path} ({r.size:,} bytes) for {args.workspace}: {r.published} published, "
              f"{r.withdrawn} withdrawn; its receipt names {r.acknowledged} of that city's own records.")
        if r.parts:
            print(f"It was larger than one file may be, so it was written as {len(r.parts)} files "
                  f"({r.parts[0].name} to {r.parts[-1].name}): send all of them; each one is imported on its own.")
    return 0


def _watch(hub: Hub, args: argparse.Namespace) -> int:
    def report(r: IngestResult) -> None:
        print(r.line(), file=sys.stderr if r.refused else sys.stdout, flush=True)

    if not args.once:
        print(f"Watching {args.folder} (Ctrl+C stops); ingested files go to {args.folder}/ingested, refused ones to "
              f"{args.folder}/refused.", flush=True)
    try:
        refused = watch(hub, Path(args.folder), interval=args.interval, once=args.once, report=report)
    except KeyboardInterrupt:
        return 0
    return 1 if refused else 0


def _dump(hub: Hub, args: argparse.Namespace) -> int:
    audit.dump(hub.engine, sys.stdout.buffer, args.workspace)
    sys.stdout.buffer.flush()
    return 0


def _check(hub: Hub, args: argparse.Namespace) -> int:
    problems = audit.check(hub.engine, hub.home)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s) found.", file=sys.stderr)
        return 1
    print("The hub is consistent: its tables equal a rebuild and its search index a recomputation.")
    return 0


def _stats(hub: Hub, args: argparse.Namespace) -> int:
    s = audit.stats(hub.engine, hub.home)
    if args.json:
        print(json.dumps(s, ensure_ascii=False, indent=1))
        return 0
    print(f"{s['cities']} cities ({s['active_keys']} active keys, {s['revoked_keys']} revoked); "
          f"{s['published']} publications served, {s['withdrawn']} withdrawn; {s['ingests']} files ingested "
          f"(last {s['last_ingest'] or 'never'}); {s['cities_with_digests']} cities have had a digest.")
    for type_, n in s["by_type"].items():
        print(f"  {type_}: {n}")
    print(f"Database {s['database_bytes']:,} bytes; {s['attachments']} attachments ({s['attachment_bytes']:,} bytes).")
    return 0


def _serve(hub: Hub, args: argparse.Namespace) -> int:
    import uvicorn

    from .web import create_app

    uvicorn.run(create_app(hub), host=args.host, port=args.port, log_level="info")
    return 0


_COMMANDS: dict[str, Callable[[Hub, argparse.Namespace], int]] = {
    "init": _init, "enroll": _enroll, "revoke": _revoke, "cities": _cities, "search": _search, "ingest": _ingest, "digest": _digest,
    "watch": _watch, "dump": _dump, "check": _check, "stats": _stats, "serve": _serve,
}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    hub: Hub | None = None
    try:
        config = resolve(args.db, args.home)
        hub = Hub.open(config.dsn, config.home, create=args.command == "init")
        return _COMMANDS[args.command](hub, args)
    except UserError as exc:
        print(f"gcen-hub: {exc}", file=sys.stderr)
        return 1
    finally:
        if hub is not None:
            hub.close()


def run() -> Any:
    sys.exit(main())


if __name__ == "__main__":
    run()
