"""`gcen` commands of bundle exchange: export, import, undo-import, conflicts, resolve, peers, watch."""

from __future__ import annotations

import argparse
import dataclasses
import os
import stat
import sys
import time
from pathlib import Path
from typing import Any

from ..domain.display import visible, visible_lines
from ..domain.errors import UserError
from ..services import joining
from ..services.bundles import Exchange, ImportPreview, ImportReport
from ..services.conflicts import DELETION
from ..services.workspace import Workspace
from ..store.store import store_exists, unfinished_store
from ..sync.admission import ForeignWorkspace, Unvouched
from . import network_commands
from .arguments import seconds, whole_number
from .output import emit_json

CATEGORY_HEADS = ("new", "updated", "unchanged", "conflicting", "deleted")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="write a bundle for a teammate, the team, or everything")
    p.add_argument("--to", required=True, metavar="FILE", help="the bundle file to write (.gcen)")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--for", dest="for_peer", metavar="TEAMMATE", help="only what this teammate lacks")
    who.add_argument("--team", action="store_true", help="what some teammate lacks (the default)")
    who.add_argument("--full", action="store_true", help="everything (for a new teammate)")
    p.add_argument("--network-only", action="store_true",
                   help="a network publication instead (see 'gcen network --help'; --for names the receiving city)")
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
    p.add_argument("--yes", action="store_true",
                   help="trust the key that signed the bundle if it is new (an unsigned bundle: import it once)")
    p.add_argument("--once", action="store_true",
                   help="import a bundle no trusted key signed once, trusting nothing it says of teammates")
    p.add_argument("--as-copies", action="store_true",
                   help="another team's bundle (a network export): copy its records into this workspace")
    p.add_argument("--previewed", metavar="SHA256", type=_sha256,
                   help="import only if FILE is still the file --preview showed (the SHA-256 it printed); "
                        "--yes then trusts only the key shown there")
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
    how.add_argument("--pick", type=whole_number(1, 1_000_000), metavar="N", help="the version number shown by 'gcen conflicts'")
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
    p.add_argument("--every", type=seconds(1, 86_400), default=10.0, metavar="SECONDS", help=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_watch)


def _sha256(text: str) -> str:
    value = text.strip().lower()
    if len(value) != 64 or any(c not in "0123456789abcdef" for c in value):
        raise argparse.ArgumentTypeError("give the SHA-256 that 'gcen import --preview' printed (64 hex digits)")
    return value


def _open(args: argparse.Namespace) -> Exchange:
    return Exchange(Workspace.open(args.folder))


PASSPHRASE_LIMIT = 1024  # bytes: a passphrase is a line, not a file's worth
IDENTITY_FILE_LIMIT = 64 * 1024  # an age identity file: a few keys and comments


def _problem(identity: bool, problem: str, path: str, limit: int) -> UserError:
    """The plain message for a passphrase or identity file that cannot be used."""
    if problem == "special":
        if identity:
            return UserError("The identity file %(path)s is not a regular file; save the identity in a file and "
                             "give its name.", path=path)
        return UserError("The passphrase file %(path)s is not a regular file; save the passphrase in a file and "
                         "give its name.", path=path)
    if problem == "long":
        if identity:
            return UserError("The identity file %(path)s is longer than %(limit)d bytes; check that it is the "
                             "right file.", path=path, limit=limit)
        return UserError("The passphrase file %(path)s is longer than %(limit)d bytes; a passphrase is one line, "
                         "check that it is the right file.", path=path, limit=limit)
    if identity:
        return UserError("The identity file %(path)s cannot be read; check the name.", path=path)
    return UserError("The passphrase file %(path)s cannot be read; check the name.", path=path)


def read_small_text(path: str, limit: int, *, identity: bool = False) -> str:
    """The UTF-8 text of a small regular file of at most `limit` bytes.

    A device, a pipe or a folder is refused before it is opened (`/dev/zero` never ends, a named
    pipe blocks the open), and a longer file after reading one byte more than `limit`."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise _problem(identity, "special", path, limit)
        with open(path, "rb") as f:
            data = f.read(limit + 1)
        if len(data) > limit:
            raise _problem(identity, "long", path, limit)
        return data.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        raise _problem(identity, "unreadable", path, limit) from None


def _read_secret(path: str | None) -> str | None:
    if path is None:
        return None
    return read_small_text(path, PASSPHRASE_LIMIT).rstrip("\r\n")


def _identities(paths: list[str]) -> list[str]:
    out: list[str] = []
    for path in paths:
        lines = read_small_text(path, IDENTITY_FILE_LIMIT, identity=True).splitlines()
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
    if args.network_only:
        return network_commands.publish_from_export(args)
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
    if result.parts:
        for part in result.parts:
            print(f"Wrote {part} ({part.stat().st_size:,} bytes); it was read back and checked.")
        print(f"{result.event_count:,} changes in all. Note: {result.parts_note}")
    else:
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
    # Names, the workspace name and warnings quoting them come from the bundle: one line each, shown
    # with their control and bidi characters escaped, so none can fake a line of this output.
    who = visible(p.producer_name) if p.producer_name else "a teammate with no name set"
    print(f"Bundle from {who} (store {visible(p.producer_replica)}), {visible(p.kind or 'bundle')}"
          + (f", made {_ms(p.created_ms)}" if p.created_ms else ""))
    if p.workspace_name:
        print(f"Workspace: {visible(p.workspace_name)}")
    if p.already_imported_on:
        print(f"Already imported on {visible(p.already_imported_on)}; nothing changed.")
        return
    _print_signature(p, done=done)
    _print_counts(p.counts)
    for w in p.warnings:
        print(f"Warning: {visible(w)}")
    if not done and p.file_sha256:
        print(f"File SHA-256: {p.file_sha256}; to import exactly this file, add --previewed {p.file_sha256}")
    if isinstance(p, ImportReport) and done:
        print(f"Imported {p.applied:,} new changes.")
        if p.indexing:
            print(f"{p.indexing:,} records are being added to the search index.")


def _print_signature(p: ImportPreview, *, done: bool) -> None:
    """Which key signed the bundle, and what a bundle no trusted key vouches for needs."""
    if p.fingerprint:
        trust = "trusted" if p.key_known else "NEW KEY, not yet trusted"
        print(f"Signed by key {p.fingerprint} ({trust})")
    else:
        print("Not signed")
    if not p.vouched and not done:
        print("No key you trust signed it: import it once with --once, or trust its key with --yes"
              if p.fingerprint else "Import it once with --once if you know where it came from")


def _print_counts(counts_by_type: dict[str, dict[str, int]]) -> None:
    """A table: a row per record type, a column per category."""
    rows = [(visible(t), counts) for t, counts in sorted(counts_by_type.items())]
    if not rows:
        return
    width = max(12, *(len(t) for t, _ in rows))
    print(f"{'':{width}}  " + "  ".join(f"{h:>11}" for h in CATEGORY_HEADS))
    for type_, counts in rows:
        print(f"{type_:{width}}  " + "  ".join(f"{counts.get(h, 0):>11,}" for h in CATEGORY_HEADS))


def cmd_import(args: argparse.Namespace) -> int:
    try:
        return _cmd_import(args)
    except Unvouched as e:
        raise UserError(
            "%(refusal)s (--preview shows it; --once imports it once; --yes trusts the key that signed it.)",
            refusal=e,
        ) from None


def _cmd_import(args: argparse.Namespace) -> int:
    if (published := network_commands.import_from_import(args)) is not None:
        return published
    passphrase = _read_secret(args.passphrase_file)
    identities = _identities(args.identity)
    if not store_exists(args.folder) or unfinished_store(args.folder):
        if args.preview or args.previewed:
            raise UserError(
                "There is no workspace in %(folder)s to preview against; import without --preview to join.",
                folder=str(args.folder),
            )
        ws, report = joining.join(
            args.folder, args.file, passphrase=passphrase, identities=identities, trust_new_key=args.yes,
            once=args.once,
        )
        ex = Exchange(ws)
        _drain(ex)
        if args.json:
            emit_json(_jsonable(report))
        else:
            print_preview(report, done=True)
            print(f"Joined the workspace '{visible(report.workspace_name)}' in {args.folder}.")
            if (part := joining.part_named(args.file)) is not None:
                print(f"Its name says it is file {part[0]} of {part[1]} of one export, too large for one file: "
                      "import the other files of it too ('gcen import FILE' for each).")
        return 0
    ex = _open(args)
    if args.as_copies:
        if args.preview or args.previewed:
            raise UserError("--as-copies cannot be previewed; import the copies, then 'gcen undo-import' if unwanted.")
        report = ex.import_copies(args.file, passphrase=passphrase, identities=identities)
        _drain(ex)
        if args.json:
            emit_json(_jsonable(report))
        else:
            print_preview(report, done=False)
            print(f"Copied {report.applied:,} records from '{visible(report.workspace_name or 'another workspace')}'; "
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
    report = ex.import_bundle(args.file, passphrase=passphrase, identities=identities, trust_new_key=args.yes,
                              once=args.once, previewed_sha256=args.previewed)
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
        if item.kind in ("deleted", "kept_by_child"):
            _print_deletion_conflict(item)
        else:
            _print_field_conflict(item)
    return 0


def _print_deletion_conflict(item: Any) -> None:
    label = visible(item.title or "(untitled)")
    why = (
        f"deleted by {visible(', '.join(item.deleted_by) or 'a teammate')} while edited elsewhere"
        if item.kind == "deleted"
        else "deleted, but something inside it is still in use"
    )
    print(f"{label}  [{visible(item.type)} {visible(item.rec)}] {why}")
    print(f"  gcen resolve {item.rec} {DELETION} --pick 1   keeps it; --pick 2 deletes it")


def _print_field_conflict(item: Any) -> None:
    label = visible(item.title or "(untitled)")
    state = "auto-merged (clean line merge; pick or edit to settle)" if item.kind == "auto_merged" else "conflict"
    print(f"{label}  [{visible(item.type)} {visible(item.rec)}] field '{visible(item.field)}': {state}")
    for v in item.versions:
        text = str(v.value)
        if len(text) > 200 or "\n" in text:
            text = text[:200].replace("\n", "\n      ") + ("…" if len(text) > 200 else "")
        print(f"  [{v.number}] {visible(v.teammate)}, {_ms(v.when_ms)}: {visible_lines(text)}")
    if item.merged_text is not None:
        print("  merged: " + visible_lines(str(item.merged_text)[:200]).replace("\n", "\n      "))


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
        print(f"{visible(p.name) if p.name else '(no name)'}  store {visible(p.replica)}")
        print(f"  key {p.fingerprint or '-'} ({trust}); last exchange {_ms(p.last_exchange_ms)}; "
              f"known to hold {p.held_events:,} changes")
        if p.equivocated:
            via = f", some in bundles from {', '.join(map(visible, p.equivocated_via))}" if p.equivocated_via else ""
            print(f"  {p.equivocated:,} of its changes arrived in two different versions{via}; every store keeps "
                  "the same version, and the other is kept as evidence")
    return 0


def cmd_trust(args: argparse.Namespace) -> int:
    ex = _open(args)
    peer = ex.find_peer(args.teammate)
    ex.trust(peer.replica)
    print(f"Trusted the key {peer.fingerprint} of {visible(peer.name or peer.replica)}.")
    return 0


# --- shared folder -----------------------------------------------------------------------------


def cmd_watch(args: argparse.Namespace) -> int:
    ex = _open(args)
    folder = Path(args.shared)
    told: set[tuple[Path, str]] = set()
    while True:
        for report in ex.sync_folder_once(folder):
            if report.applied:
                print(f"Imported {report.applied:,} changes from "
                      f"{visible(report.producer_name or report.producer_replica)}.")
        _drain(ex)
        for held in ex.held_back(folder):  # what the app lists as waiting: each said once
            if (held.path, str(held.reason)) not in told:
                told.add((held.path, str(held.reason)))
                print(f"Not imported, waiting for you: {held.path}: {held.reason} "
                      f"('gcen import {held.path} --preview' shows it.)")
        if args.once:
            return 0
        try:
            time.sleep(max(1.0, args.every))
        except KeyboardInterrupt:
            print("Stopped watching.", file=sys.stderr)
            return 0
