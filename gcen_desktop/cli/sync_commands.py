"""`gcen` commands of bundle exchange: export, import, undo-import, conflicts, resolve, peers, watch."""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path
from typing import Any

from ..domain.errors import UserError
from ..services.exchange import DELETION, Exchange, ImportPreview, ImportReport
from ..services.workspace import Workspace
from ..store.store import store_exists
from ..sync.exchange import ForeignWorkspace
from .output import emit_json

CATEGORY_HEADS = ("new", "updated", "unchanged", "conflicting", "deleted")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write a bundle for a teammate, the team, or everything")
    p.add_argument("--to", required=True, metavar="FILE", help="the bundle file to write (.gcen)")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--for", dest="for_peer", metavar="TEAMMATE", help="only what this teammate lacks")
    who.add_argument("--team", action="store_true", help="what some teammate lacks (the default)")
    who.add_argument("--full", action="store_true", help="everything (for a new teammate)")
    p.add_argument("--network-only", action="store_true", help="only records shared with the whole network")
    p.add_argument("--no-sign", action="store_true", help="do not sign the bundle")
    p.add_argument("--passphrase-file", metavar="F", help="encrypt with the passphrase in this file")
    p.add_argument("--recipient", action="append", default=[], metavar="AGE_PUBLIC_KEY",
                   help="encrypt to this teammate's public key (age1…); may be repeated")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("import", help="import a bundle (into an empty folder: join its workspace)")
    p.add_argument("file")
    p.add_argument("--preview", action="store_true", help="show what the import would do; change nothing")
    p.add_argument("--passphrase-file", metavar="F")
    p.add_argument("--identity", action="append", default=[], metavar="FILE",
                   help="an age identity file that may open the bundle")
    p.add_argument("--yes", action="store_true", help="trust the sender's key if it is new")
    p.add_argument("--as-copies", action="store_true",
                   help="another team's bundle (a network export): copy its records into this workspace")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("undo-import", help="put the workspace back as it was before the last import")
    p.set_defaults(handler=cmd_undo_import)

    p = sub.add_parser("conflicts", help="list conflicting edits and deletions")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_conflicts)

    p = sub.add_parser("resolve", help="settle a conflict: gcen resolve ID FIELD --pick N | --value VALUE")
    p.add_argument("id")
    p.add_argument("field", help=f"the field in conflict, or '{DELETION}' for a deleted-while-edited record")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--pick", type=int, metavar="N", help="the version number shown by 'gcen conflicts'")
    how.add_argument("--value", metavar="VALUE", help="a new value replacing every version")
    p.set_defaults(handler=cmd_resolve)

    p = sub.add_parser("peers", help="teammates, their key fingerprints, what each is known to hold")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_peers)

    p = sub.add_parser("trust", help="trust a teammate's signing key (compare the fingerprint first)")
    p.add_argument("teammate")
    p.set_defaults(handler=cmd_trust)

    p = sub.add_parser("watch", help="shared-folder mode: import new bundles there, write ours")
    p.add_argument("shared", metavar="FOLDER")
    p.add_argument("--once", action="store_true", help="one pass, then exit")
    p.add_argument("--every", type=float, default=10.0, metavar="SECONDS", help=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_watch)


def _open(args: argparse.Namespace) -> Exchange:
    return Exchange(Workspace.open(args.folder))


def _read_secret(path: str | None) -> str | None:
    if path is None:
        return None
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise UserError("The passphrase file %(path)s cannot be read; check the name.", path=path) from None
    return text.rstrip("\r\n")


def _identities(paths: list[str]) -> list[str]:
    out: list[str] = []
    for path in paths:
        try:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            raise UserError("The identity file %(path)s cannot be read; check the name.", path=path) from None
        found = [line.strip() for line in lines if line.strip().startswith("AGE-SECRET-KEY-")]
        if not found:
            raise UserError("The file %(path)s holds no age identity (a line starting AGE-SECRET-KEY-).", path=path)
        out.extend(found)
    return out


def _ms(ms: int | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(ms / 1000)) if ms else "never"


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return {k: _jsonable(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    return value


# --- export ------------------------------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    ex = _open(args)
    mode = "peer" if args.for_peer else "full" if args.full else "team"
    result = ex.export(
        Path(args.to),
        mode=mode,
        peer=args.for_peer,
        network_only=args.network_only,
        sign=not args.no_sign,
        recipients=args.recipient,
        passphrase=_read_secret(args.passphrase_file),
    )
    if args.json:
        emit_json(_jsonable(result))
        return 0
    print(f"Wrote {result.path} ({result.size:,} bytes, {result.event_count:,} changes); it was read back and checked.")
    if result.withheld:
        print(f"{result.withheld:,} changes of private records stayed in this workspace.")
    if result.cannot_travel:
        print(f"Note: {result.cannot_travel_note}")
    if result.warning:
        print(f"Note: {result.warning}")
    return 0


# --- import ------------------------------------------------------------------------------------


def print_preview(p: ImportPreview, *, done: bool) -> None:
    who = p.producer_name or "a teammate with no name set"
    print(f"Bundle from {who} (store {p.producer_replica}), {p.kind or 'bundle'}"
          + (f", made {_ms(p.created_ms)}" if p.created_ms else ""))
    if p.workspace_name:
        print(f"Workspace: {p.workspace_name}")
    if p.already_imported_on:
        print(f"Already imported on {p.already_imported_on}; nothing changed.")
        return
    if p.fingerprint:
        trust = "trusted" if p.key_known else "NEW KEY, not yet trusted"
        print(f"Signed by key {p.fingerprint} ({trust})")
    else:
        print("Not signed")
    rows = sorted(p.counts.items())
    if rows:
        width = max(12, *(len(t) for t, _ in rows))
        print(f"{'':{width}}  " + "  ".join(f"{h:>11}" for h in CATEGORY_HEADS))
        for type_, counts in rows:
            print(f"{type_:{width}}  " + "  ".join(f"{counts.get(h, 0):>11,}" for h in CATEGORY_HEADS))
    for w in p.warnings:
        print(f"Warning: {w}")
    if isinstance(p, ImportReport) and done:
        print(f"Imported {p.applied:,} new changes.")
        if p.indexing:
            print(f"{p.indexing:,} records are being added to the search index.")


def cmd_import(args: argparse.Namespace) -> int:
    passphrase = _read_secret(args.passphrase_file)
    identities = _identities(args.identity)
    if not store_exists(args.folder):
        if args.preview:
            raise UserError(
                "There is no workspace in %(folder)s to preview against; import without --preview to join.",
                folder=str(args.folder),
            )
        ws, report = Exchange.join(
            args.folder, args.file, passphrase=passphrase, identities=identities, trust_new_key=args.yes
        )
        ex = Exchange(ws)
        _drain(ex)
        if args.json:
            emit_json(_jsonable(report))
        else:
            print_preview(report, done=True)
            print(f"Joined the workspace '{report.workspace_name}' in {args.folder}.")
        return 0
    ex = _open(args)
    if args.as_copies:
        if args.preview:
            raise UserError("--as-copies cannot be previewed; import the copies, then 'gcen undo-import' if unwanted.")
        report = ex.import_copies(args.file, passphrase=passphrase, identities=identities)
        _drain(ex)
        if args.json:
            emit_json(_jsonable(report))
        else:
            print_preview(report, done=False)
            print(f"Copied {report.applied:,} records from '{report.workspace_name or 'another workspace'}'; "
                  "'gcen undo-import' removes them again.")
        return 0
    try:
        return _import(args, ex, passphrase, identities)
    except ForeignWorkspace as e:
        raise UserError("%(refusal)s To copy its records into this workspace, add --as-copies.", refusal=e) from None


def _import(args: argparse.Namespace, ex: Exchange, passphrase: str | None, identities: list[str]) -> int:
    if args.preview:
        preview = ex.preview(args.file, passphrase=passphrase, identities=identities)
        if args.json:
            emit_json(_jsonable(preview))
        else:
            print_preview(preview, done=False)
        return 0
    report = ex.import_bundle(args.file, passphrase=passphrase, identities=identities, trust_new_key=args.yes)
    _drain(ex)
    if args.json:
        emit_json(_jsonable(report))
    else:
        print_preview(report, done=True)
        if report.applied:
            print("'gcen undo-import' puts the workspace back as it was before this import.")
    return 0


def _drain(ex: Exchange) -> None:
    """A headless run finishes the search index itself: nobody else would."""
    while ex.index_pending(20_000):
        pass


def cmd_undo_import(args: argparse.Namespace) -> int:
    ex = _open(args)
    changes = ex.undo_last_import()
    print(f"The last import was undone ({len(changes.ids):,} records are as they were before it).")
    return 0


# --- conflicts ---------------------------------------------------------------------------------


def cmd_conflicts(args: argparse.Namespace) -> int:
    ex = _open(args)
    items = ex.conflicts()
    if args.json:
        emit_json(_jsonable(items))
        return 0
    if not items:
        print("No conflicts.")
        return 0
    for item in items:
        label = item.title or "(untitled)"
        if item.kind in ("deleted", "kept_by_child"):
            why = (
                f"deleted by {', '.join(item.deleted_by) or 'a teammate'} while edited elsewhere"
                if item.kind == "deleted"
                else "deleted, but something inside it is still in use"
            )
            print(f"{label}  [{item.type} {item.rec}] {why}")
            print(f"  gcen resolve {item.rec} {DELETION} --pick 1   keeps it; --pick 2 deletes it")
            continue
        state = "auto-merged (clean line merge; pick or edit to settle)" if item.kind == "auto_merged" else "conflict"
        print(f"{label}  [{item.type} {item.rec}] field '{item.field}': {state}")
        for v in item.versions:
            text = str(v.value)
            if len(text) > 200 or "\n" in text:
                text = text[:200].replace("\n", "\n      ") + ("…" if len(text) > 200 else "")
            print(f"  [{v.number}] {v.teammate}, {_ms(v.when_ms)}: {text}")
        if item.merged_text is not None:
            print("  merged: " + str(item.merged_text)[:200].replace("\n", "\n      "))
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    ex = _open(args)
    ex.resolve(args.id, args.field, pick=args.pick, value=args.value)
    print("Resolved; the choice reaches teammates with your next bundle.")
    return 0


# --- peers -------------------------------------------------------------------------------------


def cmd_peers(args: argparse.Namespace) -> int:
    ex = _open(args)
    peers = ex.peers()
    if args.json:
        emit_json([dict(_jsonable(p), held_events=p.held_events) for p in peers])
        return 0
    print(f"This store: {ex.store.replica}, key {ex.keys.fingerprint}")
    print(f"  age public key (for --recipient): {ex.keys.age_recipient}")
    if not peers:
        print("No teammates yet: import a bundle from one.")
    for p in peers:
        trust = "trusted" if p.trusted else ("NOT trusted" if p.fingerprint else "no key")
        print(f"{p.name or '(no name)'}  store {p.replica}")
        print(f"  key {p.fingerprint or '-'} ({trust}); last exchange {_ms(p.last_exchange_ms)}; "
              f"known to hold {p.held_events:,} changes")
    return 0


def cmd_trust(args: argparse.Namespace) -> int:
    ex = _open(args)
    peer = ex.find_peer(args.teammate)
    ex.trust(peer.replica)
    print(f"Trusted the key {peer.fingerprint} of {peer.name or peer.replica}.")
    return 0


# --- shared folder -----------------------------------------------------------------------------


def cmd_watch(args: argparse.Namespace) -> int:
    ex = _open(args)
    folder = Path(args.shared)
    while True:
        for report in ex.sync_folder_once(folder):
            if report.applied:
                print(f"Imported {report.applied:,} changes from {report.producer_name or report.producer_replica}.")
        _drain(ex)
        if args.once:
            return 0
        try:
            time.sleep(max(1.0, args.every))
        except KeyboardInterrupt:
            print("Stopped watching.", file=sys.stderr)
            return 0
