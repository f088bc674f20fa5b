"""The wheel ships what the app reads from its package: icons, translations, sample and template data.

Built from a copy of the sources (so the build writes nothing into the checkout) with this
environment's setuptools, offline (`--no-build-isolation`).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from gcen_desktop import resources
from gcen_desktop.translation_rules import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")

pytestmark = pytest.mark.timeout(300)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The names of the files in a wheel built from the repository as it is now."""
    source = tmp_path_factory.mktemp("source")
    shutil.copytree(ROOT / "gcen_desktop", source / "gcen_desktop", ignore=SKIP)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "-w", str(out), "--no-deps", "--no-build-isolation", "-q"],
        capture_output=True, text=True, cwd=source,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    (built,) = out.glob("gcen_desktop-*.whl")
    with zipfile.ZipFile(built) as archive:
        return set(archive.namelist())


def _in_wheel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_the_wheel_holds_the_icons_translation_sources_and_data(wheel: set[str]) -> None:
    wanted = [resources.icon_file(name) for name in ("app", "home", "notes", "plans", "sync", "trash")]
    wanted += [resources.translation_file(language, ".ts") for language in [*LANGUAGES, "en"]]
    wanted += [resources.DATA / "sample_team.toml", resources.DATA / "plan_templates.toml"]
    missing = sorted(_in_wheel(p) for p in wanted if _in_wheel(p) not in wheel)
    assert missing == []
    assert "gcen_desktop/resources.py" in wheel and "gcen_desktop/services/sample.py" in wheel


def test_every_file_of_the_resources_folder_is_in_the_wheel(wheel: set[str]) -> None:
    # The compiled .qm too, when `make translations` wrote them before the build (`make wheel`).
    files = [p for p in resources.ROOT.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    assert len(files) >= 21 + 6 + 2
    assert sorted(_in_wheel(p) for p in files if _in_wheel(p) not in wheel) == []
    assert not any(name.startswith(("resources/", "docs/")) for name in wheel)  # no top-level folders
