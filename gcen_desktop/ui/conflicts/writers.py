"""Names of the people (stores) who wrote a version: this computer, a known teammate, or unknown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ...domain.clock import wall_ms_of
from ...services.teammates import own_replicas, teammate_names
from ...services.workspace import Workspace
from ..safe_text import visible


class WriterNames:
    """Maps the replica in a version's dot to a name, from the peers this store has met."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.own = own_replicas(ws)
        self.names = teammate_names(ws)

    def name(self, replica: str) -> str:
        if replica in self.own:
            return QCoreApplication.translate("WriterNames", "you (this computer)")
        if replica in self.names:
            return visible(self.names[replica])  # a name from a teammate's bundle: no controls
        return QCoreApplication.translate("WriterNames", "a teammate (%s…)") % replica[:6]


def when(hlc: str) -> str:
    """The local date and time a version was written, as its clock says."""
    try:
        stamp = dt.datetime.fromtimestamp(wall_ms_of(hlc) / 1000)
    except (ValueError, OverflowError, OSError):
        return ""
    return stamp.strftime("%Y-%m-%d %H:%M")
