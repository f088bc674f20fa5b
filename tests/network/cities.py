"""Cities as services (faster than the CLI): workspaces with their network side, and publications
passed between them through files."""

from __future__ import annotations

import itertools
from pathlib import Path

from gcen_desktop.services import Workspace
from gcen_desktop.services.network import Network, ReceiveReport

_files = itertools.count()


def make_city(tmp: Path, name: str) -> Network:
    return Network(Workspace.new(tmp / name.casefold(), f"{name} team", city=name, member=f"{name} lead"))


def publish(src: Network, tmp: Path, receiver: str | None = None, **kw) -> Path:
    path = tmp / f"pub-{next(_files)}.gcen"
    src.publish(path, receiver, **kw)
    return path


def send(src: Network, dst: Network, tmp: Path, **kw) -> ReceiveReport:
    """src publishes for dst's city, dst takes it in (trusting src's key)."""
    return dst.receive(publish(src, tmp, dst.identity().city, **kw), trust_new_key=True)


def library(net: Network) -> dict[tuple[str, str], tuple[int, str, str]]:
    """(workspace, rec) -> (counter, content hash, title) of every live library entry."""
    return {(e.workspace_id, e.rec): (e.counter, e.h, e.title) for e in net.listed()}


def close(*nets: Network) -> None:
    for n in nets:
        n.ws.close()
