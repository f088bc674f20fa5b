"""Where the app's files that are not code are: icons, translations, fonts and the sample data.

They all live in the package, under `gcen_desktop/resources/`, and are found through
`importlib.resources`, so a source checkout, an installed wheel and the PyInstaller build find them
the same way. Plain Python (no Qt): the interop layer, the scripts and the packaging use it too.

    resources/icons/<name>.svg                  the line icons (ui/icons.py tints them)
    resources/translations/gcen_<lang>.ts       translation sources; `scripts/translations.py
    resources/translations/gcen_<lang>.qm       compile` writes the .qm beside them (git-ignored),
    resources/translations/gcen_<lang>.json     and the documents' part of each (interop/catalogue.py)
    resources/fonts/                            fonts a build may ship for PDFs (interop/fonts.py)
    resources/data/<name>.toml                  the sample team and the plan templates
"""

from __future__ import annotations

import tomllib
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

# `gcen_desktop` and not this module's own name: `resources` is both this module and the folder.
_FOLDER: Traversable = files("gcen_desktop") / "resources"


def _on_disk(folder: Traversable) -> Path:
    """The folder as a path: Qt and the fonts need file names, not just bytes.

    Every way the app is installed (a checkout, a wheel, the PyInstaller build) keeps the package
    as files on disk; a zipped package would need importlib.resources.as_file instead.
    """
    if isinstance(folder, Path):
        return folder
    raise RuntimeError(f"the app's resources are not files on disk: {folder!r}")


ROOT = _on_disk(_FOLDER)
ICONS = ROOT / "icons"
TRANSLATIONS = ROOT / "translations"
FONTS = ROOT / "fonts"
DATA = ROOT / "data"


def icon_file(name: str) -> Path:
    """`resources/icons/<name>.svg` (it may not exist: the caller shows no icon then)."""
    return ICONS / f"{name}.svg"


def translation_file(language: str, suffix: str = ".qm") -> Path:
    """`resources/translations/gcen_<language>.qm` (or `.ts`)."""
    return TRANSLATIONS / f"gcen_{language}{suffix}"


def load_data(name: str) -> dict[str, Any]:
    """The TOML file `resources/data/<name>.toml`, parsed."""
    return tomllib.loads(_FOLDER.joinpath("data", f"{name}.toml").read_text(encoding="utf-8"))
