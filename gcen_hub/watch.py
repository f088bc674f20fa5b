"""`gcen-hub watch DIR`: ingest the publication files dropped into a folder. A city's desktop
writes a file under a temporary name and renames it when complete, so a `.gcen` file present is
whole; one still growing (copied by other means) is left until its size holds between two looks.
Each file ingested moves to `DIR/ingested/`, each refused one to `DIR/refused/` with a
`.txt` beside it saying why, so a folder shows at a glance what is left."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from .hub import Hub
from .ingest import IngestResult

INGESTED, REFUSED = "ingested", "refused"


def _settled(folder: Path, sizes: dict[Path, int]) -> list[Path]:
    """The `.gcen` files whose size did not change since the last look."""
    ready, seen = [], {}
    for p in sorted(folder.iterdir()):
        if not p.is_file() or p.suffix != ".gcen":
            continue
        size = p.stat().st_size
        seen[p] = size
        if sizes.get(p) == size:
            ready.append(p)
    sizes.clear()
    sizes.update(seen)
    return ready


def _file_away(folder: Path, path: Path, result: IngestResult) -> None:
    target = folder / (REFUSED if result.refused else INGESTED)
    target.mkdir(exist_ok=True)
    name = path.name
    n = 1
    while (target / name).exists():  # the same name dropped again later
        name = f"{path.stem}-{n}{path.suffix}"
        n += 1
    path.replace(target / name)
    if result.refused:
        (target / (name + ".txt")).write_text(result.refused + "\n", encoding="utf-8")


def watch(hub: Hub, folder: Path, *, interval: float = 2.0, once: bool = False,
          stop: Callable[[], bool] = lambda: False, report: Callable[[IngestResult], None] = lambda r: None) -> int:
    """Ingest what is dropped into `folder` until `stop()` (or, `once`, what is there now);
    returns how many files were refused."""
    folder = Path(folder)
    if not folder.is_dir():
        from gcen_desktop.domain.errors import UserError

        raise UserError("There is no folder %(folder)s to watch.", folder=str(folder))
    sizes: dict[Path, int] = {}
    refused = 0
    first = True
    while True:
        ready = _settled(folder, sizes) if not (once and first) else [p for p in sorted(folder.glob("*.gcen"))
                                                                       if p.is_file()]
        first = False
        for path in ready:
            result = hub.ingest(path)
            refused += result.refused is not None
            report(result)
            _file_away(folder, path, result)
        if once or stop():
            return refused
        time.sleep(interval)
