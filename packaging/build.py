"""`make package`: compile translations and icons, run PyInstaller, check the size, smoke-test it.

    python packaging/build.py [--dist DIR] [--work DIR] [--clean] [--no-smoke-test]

The result is a one-folder build, `dist/gcen-desktop/`, holding the `gcen-desktop` app and the
`gcen` CLI (plus, on Linux, the desktop integration files and their installer).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from gcen_desktop import resources  # noqa: E402  (plain Python: no Qt, no third-party import)

SPEC = HERE / "gcen_desktop.spec"
APP_SVG = resources.icon_file("app")
FALLBACK_SVG = HERE / "linux" / "org.gcen.Desktop.svg"
# 180 MB until the PDF writer shaped Arabic and Hebrew with HarfBuzz (uharfbuzz, 4.5 MB) and
# converted CJK outlines with fontTools (0.9 MB) so that every PDF reader extracts its text.
SIZE_BUDGET_MB = 186.0


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def app_svg() -> Path:
    return APP_SVG if APP_SVG.exists() else FALLBACK_SVG


def compile_translations(out: Path) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "compile", "--out", str(out)], check=True
    )


def ensure_pyinstaller() -> None:
    """Install the pinned PyInstaller (the `package` extra) when this environment lacks it."""
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    extra = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["optional-dependencies"]
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", *extra["package"]], check=True)


RENDER_ICONS = r"""
import sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

app = QGuiApplication([])
svg, out = sys.argv[1], sys.argv[2]
renderer = QSvgRenderer(svg)
if not renderer.isValid():
    sys.exit(f"cannot read {svg}")
def render(size):
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image
render(256).save(f"{out}/gcen-desktop.ico", "ICO")
render(512).save(f"{out}/gcen-desktop.icns", "ICNS")
render(256).save(f"{out}/gcen-desktop.png", "PNG")
"""


def render_icons(out: Path) -> None:
    """The Windows .ico and macOS .icns, drawn from the SVG by Qt (no extra image library)."""
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", RENDER_ICONS, str(app_svg()), str(out)], check=True, env=env)


def add_linux_integration(app_dir: Path) -> None:
    """Ship the .desktop, metainfo, icon and MIME files with their installer inside the build."""
    share = app_dir / "share"
    linux = HERE / "linux"
    for name, sub in (
        ("org.gcen.Desktop.desktop", "applications"),
        ("org.gcen.Desktop.metainfo.xml", "metainfo"),
        ("org.gcen.Desktop.mime.xml", "mime/packages"),
    ):
        (share / sub).mkdir(parents=True, exist_ok=True)
        shutil.copy2(linux / name, share / sub / name)
    icon_dir = share / "icons" / "hicolor" / "scalable" / "apps"
    icon_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy2(app_svg(), icon_dir / "org.gcen.Desktop.svg")
    mime_icon_dir = share / "icons" / "hicolor" / "scalable" / "mimetypes"
    mime_icon_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy2(app_svg(), mime_icon_dir / "application-x-gcen-bundle.svg")
    installer = app_dir / "install-desktop-integration.sh"
    shutil.copy2(linux / "install-desktop-integration.sh", installer)
    installer.chmod(0o755)


def build(dist: Path, work: Path, clean: bool) -> Path:
    ensure_pyinstaller()
    translations = work / "translations"
    compile_translations(translations)
    icons = work / "icons"
    render_icons(icons)
    cmd = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work / "pyinstaller"), str(SPEC),
    ]
    if clean:
        cmd.insert(3, "--clean")
    env = {**os.environ, "GCEN_ICON_DIR": str(icons), "GCEN_QM_DIR": str(translations)}
    subprocess.run(cmd, check=True, cwd=ROOT, env=env)
    app_dir = dist / "gcen-desktop"
    if sys.platform.startswith("linux"):
        add_linux_integration(app_dir)
    return app_dir


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="work folder (default build/)")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--no-smoke-test", action="store_true", help="build only")
    args = parser.parse_args(argv)

    started = time.monotonic()
    app_dir = build(args.dist.resolve(), args.work.resolve(), args.clean)
    seconds = time.monotonic() - started
    size_mb = folder_size(app_dir) / 1e6
    print(f"Built {app_dir} in {seconds:.0f} s: {size_mb:.1f} MB (budget {SIZE_BUDGET_MB:.0f} MB)")
    if size_mb > SIZE_BUDGET_MB:
        print(f"FAILED: the build is {size_mb - SIZE_BUDGET_MB:.1f} MB over its size budget.")
        return 1
    if not args.no_smoke_test:
        return subprocess.run([sys.executable, str(HERE / "smoke_test.py"), str(app_dir)]).returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
