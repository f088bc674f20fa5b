"""The one place the app's preferences live: typed options over QSettings, with upgrade steps.

Nothing else calls QSettings. Tests (and `GCEN_CONFIG_DIR`) point it at an INI file in a folder
of their own, so no run ever touches the user's real settings.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, qVersion

ORGANISATION = "GCEN"
APPLICATION = "GCEN Desktop"
SETTINGS_VERSION = 1
THEMES = ("system", "light", "dark")
RECENT_MAX = 10


def _same_folder(a: str, b: str) -> bool:
    try:
        return Path(a).expanduser().resolve() == Path(b).expanduser().resolve()
    except OSError:
        return a == b


def _qt_suffix() -> str:
    # Saved geometry/state blobs are only valid for the Qt version that wrote them.
    return "qt" + "_".join(qVersion().split(".")[:2])


class Settings:
    """Typed access to every preference; each property reads and writes QSettings directly."""

    def __init__(self, path: Path | None = None) -> None:
        folder = os.environ.get("GCEN_CONFIG_DIR")
        if path is None and folder:
            path = Path(folder) / "gcen-desktop.ini"
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._q = QSettings(str(path), QSettings.Format.IniFormat)
        else:
            self._q = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)
        self._upgrade()

    # --- plumbing -----------------------------------------------------------------------------

    def _get(self, key: str, default: Any, kind: type) -> Any:
        value = self._q.value(key, default)
        if value is None:
            return default
        if kind is bool:
            if isinstance(value, str):
                return value.strip().lower() in ("1", "true", "yes", "on")
            return bool(value)
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    def _set(self, key: str, value: Any) -> None:
        if value is None:
            self._q.remove(key)
        else:
            self._q.setValue(key, value)

    def sync(self) -> None:
        self._q.sync()

    @property
    def file_name(self) -> str:
        return self._q.fileName()

    def _upgrade(self) -> None:
        version = self._get("settings_version", 0, int)
        if version < 1:
            # Version 1: first typed layout; nothing to migrate from earlier builds.
            self._q.setValue("settings_version", SETTINGS_VERSION)

    # --- appearance and language ----------------------------------------------------------------

    @property
    def theme(self) -> str:
        value = self._get("appearance/theme", "system", str)
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._set("appearance/theme", value if value in THEMES else "system")

    @property
    def language(self) -> str:
        """A language code such as 'fr' or 'zh_CN'; '' follows the operating system."""
        return self._get("appearance/language", "", str)

    @language.setter
    def language(self, value: str) -> None:
        self._set("appearance/language", value or "")

    @property
    def pseudo_translation(self) -> float:
        """Stretch every string by this factor (1.0 = off) to check that layouts hold (like Vorta's TRANS_SCALE)."""
        env = os.environ.get("GCEN_TRANS_SCALE")
        if env:
            try:
                return max(1.0, float(env))
            except ValueError:
                pass
        return max(1.0, self._get("appearance/pseudo_translation", 1.0, float))

    @pseudo_translation.setter
    def pseudo_translation(self, value: float) -> None:
        self._set("appearance/pseudo_translation", float(value))

    # --- workspace and exchange ---------------------------------------------------------------------

    @property
    def last_workspace(self) -> str:
        return self._get("workspace/last", "", str)

    @last_workspace.setter
    def last_workspace(self, value: str) -> None:
        self._set("workspace/last", str(value) if value else None)

    @property
    def recent_workspaces(self) -> list[dict[str, Any]]:
        """Workspaces opened lately, newest first: {"folder", "name", "sample"} each."""
        try:
            items = json.loads(self._get("workspace/recent", "[]", str))
        except ValueError:
            return []
        if not isinstance(items, list):
            return []
        return [{"folder": i["folder"], "name": str(i.get("name") or ""), "sample": bool(i.get("sample"))}
                for i in items if isinstance(i, dict) and isinstance(i.get("folder"), str) and i["folder"]]

    def remember_workspace(self, folder: Path | str, name: str, *, sample: bool = False) -> None:
        """Put a workspace first in the recent list (one entry per folder, at most RECENT_MAX)."""
        folder = str(folder)
        items = [i for i in self.recent_workspaces if not _same_folder(i["folder"], folder)]
        items.insert(0, {"folder": folder, "name": name, "sample": sample})
        self._set("workspace/recent", json.dumps(items[:RECENT_MAX]))

    def forget_workspace(self, folder: Path | str) -> None:
        items = [i for i in self.recent_workspaces if not _same_folder(i["folder"], str(folder))]
        self._set("workspace/recent", json.dumps(items))

    @property
    def shared_folder(self) -> str:
        """A folder teammates share (synced drive, USB stick) where bundles are written and read."""
        return self._get("exchange/shared_folder", "", str)

    @shared_folder.setter
    def shared_folder(self, value: str) -> None:
        self._set("exchange/shared_folder", str(value) if value else None)

    # --- window layout ------------------------------------------------------------------------------

    @property
    def last_section(self) -> str:
        return self._get("window/last_section", "home", str)

    @last_section.setter
    def last_section(self, value: str) -> None:
        self._set("window/last_section", value)

    def geometry(self, name: str) -> QByteArray | None:
        value = self._q.value(f"window/{name}_geometry_{_qt_suffix()}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._q.setValue(f"window/{name}_geometry_{_qt_suffix()}", value)

    def state(self, name: str) -> QByteArray | None:
        """A saved splitter / header / window state (Qt-version specific)."""
        value = self._q.value(f"state/{name}_{_qt_suffix()}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, name: str, value: QByteArray) -> None:
        self._q.setValue(f"state/{name}_{_qt_suffix()}", value)

    # --- notes ----------------------------------------------------------------------------------------

    @property
    def note_view(self) -> str:
        """What the note editor shows: "edit", "split" or "preview"."""
        value = self._get("notes/view", "split", str)
        return value if value in ("edit", "split", "preview") else "split"

    @note_view.setter
    def note_view(self, value: str) -> None:
        self._set("notes/view", value)
