"""An export larger than one bundle may be is written as several bundles ("parts").

A bundle's limits (sync/limits.py) protect the reader, so they are fixed; a store only grows: its
attachments, and the history of every edit, which a full bundle carries whole. An export that
would pass a limit is therefore cut, in the selection's order (but the changes of the workspace
and its members first, for a newcomer joins with the first part, and deletions last and together,
for a shared folder holds many of them back for a look), into parts that each respect every
limit: each part is a whole bundle (signed, encrypted, checked) with the export's manifest, its
own `bundle_id` and the changes and attachments it carries, and each imports alone (a part that
arrives before an earlier one is applied, like a relayed change whose predecessors come later).
Parts are named `<name>-<k>-of-<n>.gcen` beside the file asked for. An export that fits stays one
file at the name given.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import msgspec
import orjson

from ..domain.ids import new_id
from .bundle_writer import Staged, WriteResult, write_bundle
from .durable import refuse_unless_replaceable
from .keys import StoreKeys
from .limits import DEFAULT_LIMITS, Limits
from .manifest import Manifest

# Part of each limit a part may fill: the rest is room for ZIP headers, deflate's worst case on
# incompressible attachments and the manifest (its own cap grows with the members it lists).
_FILL = 0.9


def budgets(limits: Limits) -> tuple[int, int, int, int]:
    """(bytes, bytes of lines, lines, attachments) one file carries at most: a bundle's limits,
    less room for ZIP headers and the manifest (a publication's parts share them)."""
    return (int(min(limits.total_bytes, limits.file_bytes) * _FILL), int(limits.events_member_bytes * _FILL),
            int(limits.events * _FILL),
            max(1, limits.entries - 3))  # the manifest, its signature and the events are members too


@dataclass
class Part:
    lines: list[bytes] = field(default_factory=list)
    blobs: dict[str, Path] = field(default_factory=dict)
    events_bytes: int = 0
    blob_bytes: int = 0

    @property
    def bytes(self) -> int:
        return self.events_bytes + self.blob_bytes


@dataclass
class PartsResult:
    """The files an export wrote, in the order they are best imported."""

    parts: list[WriteResult]

    @property
    def path(self) -> Path:
        return self.parts[0].path

    @property
    def size(self) -> int:
        return sum(p.size for p in self.parts)

    @property
    def event_count(self) -> int:
        return sum(p.event_count for p in self.parts)

    @property
    def warning(self) -> str | None:
        if len(self.parts) > 1:
            return None  # each part is told apart; the caller names them
        return self.parts[0].warning


def part_path(path: Path, k: int, n: int) -> Path:
    """The file of part `k` (from 1) of `n` of an export asked for at `path`."""
    return path.with_name(f"{path.stem}-{k}-of-{n}{path.suffix}")


def part_of(path: Path) -> tuple[int, int] | None:
    """(k, n) when a file's name says it is part k of an export written as n files (`part_path`;
    a hint only: files can be renamed)."""
    m = re.fullmatch(r".*-([1-9][0-9]{0,5})-of-([1-9][0-9]{0,5})", Path(path).stem)
    if m is None:
        return None
    k, n = int(m.group(1)), int(m.group(2))
    return (k, n) if 1 <= k <= n and n > 1 else None


def files_of(path: Path) -> set[Path]:
    """The files an export asked for at `path` may have left: that file, or its parts (any count)."""
    path = Path(path)
    found = {path} if path.is_file() else set()
    with contextlib.suppress(OSError):
        found |= {p for p in path.parent.iterdir()
                  if p.suffix == path.suffix and p.stem.startswith(path.stem + "-")
                  and re.fullmatch(r"[1-9][0-9]{0,5}-of-[1-9][0-9]{0,5}", p.stem[len(path.stem) + 1:])
                  and p.is_file()}
    return found


_MARKERS = (b'"sha256"', b'"type":"member"', b'"type":"workspace"', b'"op":"del"')


def _kind(line: bytes, blobs: dict[str, Path]) -> tuple[bool, bool, str | None]:
    """(a change of the workspace record or of a member, a deletion, the attachment whose bytes
    the export carries and the line names), reading the line once and only when a marker says so."""
    if not any(marker in line for marker in _MARKERS):
        return False, False, None
    try:
        event = orjson.loads(line)
        sha = (event.get("fields") or {}).get("sha256")
        return (event.get("type") in ("member", "workspace"), event.get("op") == "del",
                sha if isinstance(sha, str) and sha in blobs else None)
    except (orjson.JSONDecodeError, AttributeError):
        return False, False, None


def plan(lines: Sequence[bytes], blobs: dict[str, Path], limits: Limits = DEFAULT_LIMITS) -> list[Part]:
    """`lines` and `blobs` cut into parts that each respect `limits`, keeping the lines' order (but
    the changes of the workspace and its members first, and deletions last and together); an
    attachment's bytes go with the first line naming it. One part when everything fits."""
    budget, events_budget, most_lines, most_blobs = budgets(limits)
    sizes = {sha: path.stat().st_size for sha, path in blobs.items()}
    line_bytes, blob_bytes = sum(len(line) + 1 for line in lines), sum(sizes.values())
    if (line_bytes + blob_bytes <= budget and len(blobs) <= most_blobs and len(lines) <= most_lines
            and line_bytes <= events_budget):
        return [Part(list(lines), dict(blobs), line_bytes, blob_bytes)]
    parts = [Part()]
    placed: set[str] = set()
    # The team and who is in it come first: a newcomer joins with the first part and is matched
    # with the member of their name (services/joining.join_as), whatever part the lead's latest
    # change to the team would otherwise fall in. The rest follows in the selection's order.
    # Deletions come last, all in one part when they fit in one: a shared folder holds back a
    # bundle that deletes many records for a look (MANY_DELETIONS), which parts each deleting a
    # few of them would pass one by one.
    kinds = [_kind(line, blobs) for line in lines]
    team = [i for i, (is_team, _d, _s) in enumerate(kinds) if is_team]
    deletions = [i for i, (is_team, is_del, _s) in enumerate(kinds) if is_del and not is_team]
    apart = set(team).union(deletions)
    in_first: list[int] = []  # which lines the first part holds
    for i in team + [i for i in range(len(lines)) if i not in apart] + deletions:
        line = lines[i]
        sha = kinds[i][2]
        extra = sizes[sha] if sha is not None and sha not in placed else 0
        cost, count = len(line) + 1, 1
        if deletions and i == deletions[0]:  # the first deletion starts a part when all do not fit
            cost, count = sum(len(lines[d]) + 1 for d in deletions), len(deletions)
        part = parts[-1]
        if part.lines and (
            part.bytes + cost + extra > budget
            or part.events_bytes + cost > events_budget
            or len(part.lines) + count > most_lines
            or (extra and len(part.blobs) + 1 > most_blobs)
        ):
            part = Part()
            parts.append(part)
        part.lines.append(line)
        part.events_bytes += len(line) + 1
        if len(parts) == 1:
            in_first.append(i)
        if extra:
            part.blobs[sha] = blobs[sha]  # type: ignore[index]
            part.blob_bytes += extra
            placed.add(sha)  # type: ignore[arg-type]
    if team:  # the first part in the selection's order again
        parts[0].lines = [lines[i] for i in sorted(in_first)]
    for sha in sorted(set(blobs) - placed):  # named by no line carried: with the last part, as one bundle would
        part = parts[-1]
        if part.bytes + sizes[sha] > budget or len(part.blobs) + 1 > most_blobs:
            part = Part()
            parts.append(part)
        part.blobs[sha] = blobs[sha]
        part.blob_bytes += sizes[sha]
    return parts


def write_parts(
    path: Path,
    manifest: Manifest,
    lines: Sequence[bytes],
    blobs: dict[str, Path],
    *,
    keys: StoreKeys | None = None,
    recipients: Sequence[str] = (),
    passphrase: str | None = None,
    progress: Callable[[int, int], bool] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> PartsResult:
    """Write the export as one bundle at `path` or, when it would pass a limit, as parts beside it
    (`part_path`). Each part is written and checked like a bundle; when one fails, the parts
    already written are removed, so an export leaves all its files or none."""
    path = Path(path)
    refuse_unless_replaceable(path)  # a folder or a device at the name asked for: nothing beside it either
    parts = plan(lines, blobs, limits)
    if len(parts) == 1:
        return PartsResult([write_bundle(path, manifest, parts[0].lines, parts[0].blobs, keys=keys,
                                         recipients=recipients, passphrase=passphrase, progress=progress,
                                         limits=limits)])

    def write_one(k: int, n: int, target: Path, staged: list[Staged]) -> WriteResult:
        part = parts[k - 1]
        m = msgspec.structs.replace(manifest, bundle_id=manifest.bundle_id if k == 1 else new_id(),
                                    event_count=len(part.lines), members={})
        return write_bundle(target, m, part.lines, part.blobs, keys=keys, recipients=recipients,
                            passphrase=passphrase, progress=_scaled(progress, k, n), limits=limits,
                            staged=staged)

    return PartsResult(write_each(path, len(parts), write_one))


def write_each(path: Path, n: int,
               write_one: Callable[[int, int, Path, list[Staged]], WriteResult]) -> list[WriteResult]:
    """The `n` parts (n > 1) of a file asked for at `path`, each written by `write_one(k, n, its
    path, staged)` under its partial name (`bundle_writer.Staged`), and all given their names once
    every one is written: when one fails (a full disk), the others are removed, so a cut file
    leaves all its parts or none, and the files an earlier export left at those names stay as
    they were (one file is replaced only once it is written whole, too). Once all are written,
    the name asked for no longer holds an earlier file (one file would have replaced it: a
    script sending it, or a newcomer joining with it, would take last week's for this one)."""
    written: list[WriteResult] = []
    staged: list[Staged] = []
    placed: list[Path] = []
    try:
        for k in range(1, n + 1):
            written.append(write_one(k, n, part_path(path, k, n), staged))
        for each in staged:
            each.place()
            placed.append(each.path)
    except BaseException:
        for each in staged:
            each.drop()
        for done in placed:  # (a rename that failed once all were written: rare)
            done.unlink(missing_ok=True)
        raise
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
    return written


def _scaled(progress: Callable[[int, int], bool] | None, k: int, n: int) -> Callable[[int, int], bool] | None:
    """Part `k`'s progress as a share of the whole export's (out of 1,000 per part)."""
    if progress is None:
        return None

    def step(done: int, total: int) -> bool:
        return progress((k - 1) * 1000 + (1000 * done // max(total, 1)), n * 1000)

    return step

