"""The package's resources: found inside the package, without Qt, and the data read from them."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from gcen_desktop import resources
from gcen_desktop.services.plan_templates import INNOVATION_AT_SCALE, INQUIRY_CYCLE, TEMPLATES
from gcen_desktop.translation_rules import LANGUAGES

PACKAGE = Path(resources.__file__).resolve().parent
ROOT = PACKAGE.parent


def test_every_resource_folder_is_inside_the_package() -> None:
    assert resources.ROOT == PACKAGE / "resources"
    for folder in (resources.ICONS, resources.TRANSLATIONS, resources.FONTS, resources.DATA):
        assert folder.parent == resources.ROOT


def test_every_icon_the_ui_names_has_its_svg() -> None:
    named = set()
    for source in (PACKAGE / "ui").rglob("*.py"):
        named |= set(re.findall(r'(?:icon_name = |icon\(|pixmap\()"([a-z_]+)"', source.read_text("utf-8")))
    assert {"home", "notes", "plans", "open"} <= named
    missing = sorted(name for name in named if not resources.icon_file(name).is_file())
    assert missing == []
    assert resources.icon_file("app").read_text("utf-8").lstrip().startswith("<svg")


def test_every_language_has_its_translation_source() -> None:
    for language in [*LANGUAGES, "en"]:
        ts = resources.translation_file(language, ".ts")
        assert ts.is_file() and ts.parent == resources.TRANSLATIONS, language
        assert resources.translation_file(language) == ts.with_suffix(".qm")


def test_the_resources_module_imports_no_qt() -> None:
    # interop (fonts) and the scripts use it: below ui/, nothing may pull Qt in.
    code = (
        "import sys, gcen_desktop.resources, gcen_desktop.translation_rules, gcen_desktop.services.sample; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_plan_templates_read_from_their_data_file_as_they_were_written_in_code() -> None:
    data = resources.load_data("plan_templates")
    assert [t["key"] for t in data["templates"]] == list(TEMPLATES) == ["inquiry_cycle", "innovation_at_scale"]
    shape = {
        t.key: (t.name, t.stage, [len(g.actions) for g in t.goals], sum(a.milestone for g in t.goals for a in g.actions))
        for t in (INQUIRY_CYCLE, INNOVATION_AT_SCALE)
    }
    assert shape == {
        "inquiry_cycle": ("Cycle of inquiry", "inquiry", [3, 3, 3, 3, 3], 4),
        "innovation_at_scale": ("Innovation at scale", "planning", [3, 3, 3, 3], 4),
    }
    assert INQUIRY_CYCLE.goals[0].actions[0].title == "Gather local data on the problem of practice"
    assert INNOVATION_AT_SCALE.description.startswith("Four levers for spreading innovation")
    assert INNOVATION_AT_SCALE.description.endswith("develop talent and build networks.")
