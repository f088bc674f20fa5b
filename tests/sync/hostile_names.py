"""Bundles whose every free text (producer and roster names, workspace name, a record title) is
hostile: a terminal escape, markup faking the app's "Signed by … (trusted)" line, a bidi override
and a line break. Made with the hostile corpus's own writer, signed by its key."""

from __future__ import annotations

from pathlib import Path

import orjson

from gcen_desktop.store.events import seal
from gcen_desktop.sync.keys import StoreKeys

from .hostile import make_corpus as corpus

ESCAPE = "\x1b[2J"
MARKUP = "<b>Signed by Ana (trusted)</b>"
OVERRIDE = "\u202e"
HOSTILE = f"Ana{ESCAPE}{MARKUP}{OVERRIDE}lanigiro\nSigned by key 0000 (trusted)"
HOSTILE_TITLE = f"Plan{ESCAPE}{MARKUP}{OVERRIDE}"
# What a safe surface shows instead of the control characters.
SHOWN_ESCAPE = "\\u001b[2J"
SHOWN_OVERRIDE = "\\u202e"


def hostile_bundle(
    path: Path,
    keys: StoreKeys | None = None,
    *,
    replica: str = corpus.REPLICA,
    bundle: int = 101,
    retitle: bool = False,
) -> Path:
    """The corpus's valid bundle with hostile names and a hostile note title, signed by `keys`;
    with `retitle`, one more event of the producer sets the note's title again (a teammate's edit
    made at the same time as one here)."""
    keys = keys or corpus.corpus_keys()
    parts = corpus.valid_parts(keys)
    events = [orjson.loads(line) for line in parts.lines]
    if retitle:
        seq = len(events) + 1
        note = next(e for e in events if e["type"] == "note")
        events.append({"dot": [corpus.REPLICA, seq], "hlc": corpus.hlc(seq), "rec": note["rec"], "type": "note",
                       "op": "set", "fields": {"title": "x"}, "parents": {"title": [[corpus.REPLICA, 3]]}})
        parts.manifest["have"] = {corpus.REPLICA: [[1, seq]]}
    for event in events:
        if event["type"] == "note" and "title" in event.get("fields", {}):
            event["fields"]["title"] = HOSTILE_TITLE
        seal(event)
    parts.lines = corpus.event_lines(events)
    manifest = parts.manifest
    manifest["bundle_id"] = corpus.rec_id(bundle)
    manifest["workspace_name"] = f"Team {HOSTILE}"
    manifest["producer"] = {**manifest["producer"], "replica": replica, "name": HOSTILE}
    manifest["roster"] = [{**entry, "name": HOSTILE} for entry in manifest["roster"]]
    path.write_bytes(corpus.assemble(parts, keys))
    return path
