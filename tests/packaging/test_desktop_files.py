"""The Linux desktop integration files agree with each other and with the package, and validate."""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from gcen_desktop import __version__, resources

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.gcen.Desktop"
MIME_TYPE = "application/x-gcen-bundle"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_starts_the_app_with_the_opened_bundle() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "gcen-desktop"
    assert "%f" in entry["Exec"].split(), "opening a bundle must pass it to the app, which imports it"
    assert entry["Icon"] == APP_ID
    assert entry["MimeType"].rstrip(";").split(";") == [MIME_TYPE]
    assert entry["Terminal"] == "false"
    for language in ("fr", "es", "zh_CN", "ko", "pt_BR"):
        assert entry.get(f"Comment[{language}]"), f"no Comment[{language}]"
        assert entry.get(f"GenericName[{language}]"), f"no GenericName[{language}]"


def test_mime_type_claims_gcen_files() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.mime.xml").getroot()
    (mime,) = root.findall(f"{MIME_NS}mime-type")
    assert mime.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")] == ["*.gcen"]
    languages = {c.get("{http://www.w3.org/XML/1998/namespace}lang") for c in mime.findall(f"{MIME_NS}comment")}
    assert {None, "fr", "es", "zh_CN", "ko", "pt_BR"} <= languages


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="needs shared-mime-info")
def test_mime_database_maps_the_extension_to_our_type(tmp_path: Path) -> None:
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(LINUX / f"{APP_ID}.mime.xml", packages)
    subprocess.run(["update-mime-database", str(tmp_path / "mime")], check=True, capture_output=True)
    globs = (tmp_path / "mime" / "globs2").read_text("utf-8")
    assert f"{MIME_TYPE}:*.gcen" in globs


def test_metainfo_names_the_app_and_its_current_version() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert MIME_TYPE in [m.text for m in root.iter("mediatype")]
    newest = root.find("releases/release")
    assert newest.get("version") == __version__, "add a <release> for the new version to the metainfo"


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="needs appstream")
def test_metainfo_passes_appstream_validation() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_app_icon_is_a_square_svg() -> None:
    for icon in (resources.icon_file("app"), LINUX / f"{APP_ID}.svg"):
        if not icon.exists():
            continue
        root = ET.parse(icon).getroot()
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
        _x, _y, width, height = (float(v) for v in root.get("viewBox").split())
        assert width == height


def test_one_program_answers_to_two_names() -> None:
    spec = importlib.util.spec_from_file_location("launcher", ROOT / "packaging" / "launcher.py")
    launcher = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(launcher)
    for name in ("gcen", "/opt/gcen-desktop/gcen", "gcen.exe", r"C:\Apps\GCEN.EXE"):
        assert launcher.program_name(name.replace("\\", "/")) == "gcen", name
    for name in ("gcen-desktop", "/opt/gcen-desktop/gcen-desktop", "gcen-desktop.exe", ""):
        assert launcher.program_name(name) == "gcen-desktop", name
