"""Bundles refused because they speak for a teammate (or for this store) with another key than the
one bound to it, or claim changes of this very store that no key it trusts vouches for: an
impersonation attempt. A refusal changes nothing in the workspace (the store
stays byte-identical), so what the Sync screen names afterwards is kept in a small file beside the
database, never in it: the refusal's sentence (its template and parameters, translated where it
is shown), the file's name and when. The file is read defensively (damaged, huge or of another
shape, it names nothing) and written best-effort (a folder it cannot be written in leaves the
refusal as it is)."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

import orjson

from ..domain.errors import UserError
from ..sync.durable import fsync_dir
from ..sync.times import now_ms
from .shared_folder import Told

FILE_NAME = "refused-bundles.json"
KEEP = 10  # the most recent refusals named; older ones are forgotten
_MAX_BYTES = 256 * 1024  # larger is not a file this module wrote: it names nothing
_MAX_TEXT = 2000  # a parameter longer than this is cut (a name from a bundle is short)


@dataclass(frozen=True)
class Refusal:
    """One refused bundle: its file name, when, and the sentence that said why."""

    file: str
    ms: int
    reason: Told


def _text(value: object) -> str:
    return str(value)[:_MAX_TEXT]


def _entry(item: object) -> Refusal | None:
    if not isinstance(item, dict):
        return None
    template, params, file, ms = item.get("template"), item.get("params"), item.get("file"), item.get("ms")
    if (not isinstance(template, str) or not isinstance(params, dict) or not isinstance(file, str)
            or not isinstance(ms, int) or isinstance(ms, bool)):
        return None
    return Refusal(_text(file), ms, Told(_text(template), {_text(k): _text(v) for k, v in params.items()}))


def recent(folder: Path) -> list[Refusal]:
    """The refusals remembered for the workspace in `folder`, newest first (at most KEEP)."""
    path = Path(folder) / FILE_NAME
    try:
        if not path.is_file() or path.stat().st_size > _MAX_BYTES:
            return []
        data = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return []
    if not isinstance(data, list):
        return []
    found = [r for r in map(_entry, data) if r is not None]
    return sorted(found, key=lambda r: r.ms, reverse=True)[:KEEP]


def remember(folder: Path, exc: UserError, file_name: str) -> None:
    """Name `exc` (a refusal of the bundle file `file_name`) among the recent refusals; the same
    file refused for the same reason again is named once, with its latest time."""
    told = Told(exc.template, {str(k): _text(v) for k, v in exc.params.items()})
    new = Refusal(_text(file_name), now_ms(), told)
    kept = [r for r in recent(folder) if (r.file, r.reason) != (new.file, new.reason)]
    _write(Path(folder), [new, *kept][:KEEP])


def forget(folder: Path) -> None:
    """Name no refusal any more (the user has read them)."""
    with contextlib.suppress(OSError):
        (Path(folder) / FILE_NAME).unlink(missing_ok=True)


def _write(folder: Path, refusals: list[Refusal]) -> None:
    data = orjson.dumps([{"file": r.file, "ms": r.ms, "template": r.reason.template, "params": r.reason.params}
                         for r in refusals])
    partial = folder / (FILE_NAME + ".partial")
    try:
        partial.write_bytes(data)
        os.replace(partial, folder / FILE_NAME)
        fsync_dir(folder)
    except OSError:  # a read-only folder, a full disk: the refusal is told all the same
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
