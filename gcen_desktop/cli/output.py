"""How records are printed: plain text for people, JSON for scripts."""

from __future__ import annotations

import sys
from typing import Any

import orjson

from ..domain.display import visible, visible_lines
from ..domain.schema import CLI_NAME_OF, TYPES
from ..domain.views import RecordView
from ..services.workspace import Workspace


def type_name(view_type: str) -> str:
    return CLI_NAME_OF.get(view_type, view_type)


def as_json_object(ws: Workspace, view: RecordView, *, with_tags: bool = True) -> dict[str, Any]:
    spec = TYPES[view.type]
    obj: dict[str, Any] = {"id": view.id, "type": type_name(view.type)}
    for f in spec.fields:
        obj[f.name] = view.data.get(f.name)
    if with_tags and view.type not in ("link", "reading_status"):
        obj["tags"] = ws.tags_of(view.id)
    if view.type == "reading_item":
        obj["status_by_member"] = ws.reading_statuses(view.id)
    if view.deleted:
        obj["deleted"] = True
    if view.conflicts:
        obj["conflicts"] = view.conflicts
    if view.del_conflict or view.kept_alive:
        obj["deleted_elsewhere"] = True
    return obj


def _utf8(value: Any) -> Any:
    """`value` with every string made valid UTF-8 (a file name's undecodable bytes as escapes)."""
    if isinstance(value, str):
        return visible_lines(value) if any("\ud800" <= c <= "\udfff" for c in value) else value
    if isinstance(value, dict):
        return {_utf8(k): _utf8(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_utf8(v) for v in value]
    return value


def emit_json(value: Any) -> None:
    try:
        text = orjson.dumps(value, option=orjson.OPT_INDENT_2)
    except TypeError:  # a path given in bytes that are not UTF-8: orjson writes only valid UTF-8
        text = orjson.dumps(_utf8(value), option=orjson.OPT_INDENT_2)
    sys.stdout.write(text.decode() + "\n")


def print_record(ws: Workspace, view: RecordView) -> None:
    spec = TYPES[view.type]
    # Titles, values and tags may come from a teammate's bundle: controls and bidi characters are
    # shown escaped, and only a multi-line field keeps its line breaks (indented under its name).
    print(f"{visible(view.title or '(untitled)')}  [{type_name(view.type)} {view.id}]")
    for f in spec.fields:
        value = view.data.get(f.name)
        if value is None or f.name == spec.label:
            continue
        if f.kind == "ref":
            label = ws.label(value)
            value = f"{label} ({value})" if label else value
        text = visible_lines(value) if f.kind == "text" else visible(value)
        if "\n" in text:
            text = "\n    " + text.replace("\n", "\n    ")
        print(f"  {f.name}: {text}")
    tags = ws.tags_of(view.id)
    if tags:
        print(f"  tags: {visible(', '.join(tags))}")
    if view.deleted:
        print("  (in the trash)")
    for f, values in view.conflicts.items():
        print(f"  CONFLICT in {visible(f)}: {len(values)} versions — see 'gcen conflicts'")
    if view.del_conflict:
        print("  DELETED by a teammate while edited here — 'gcen restore' keeps it, 'gcen delete' removes it")
