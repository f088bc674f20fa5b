"""Smoke test of the built package: does the frozen app start, and does the frozen CLI work?

    python packaging/smoke_test.py [dist/gcen-desktop]

Checks, each with a time limit, in a throw-away HOME so no real settings or workspace are touched:
1. the folder holds both programs, the Qt plugins a desktop needs, the translations, icons, sample
   data and migrations, and (on Linux) no bundled library needs a Qt/ICU library that was left out;
2. `gcen --version` reports the package version;
3. `gcen init/add/check` work on a new workspace (Alembic migrations run from the bundle);
4. a bundle export/import round trip gives the same records on the other side, and `gcen demo`
   builds the sample team from the bundled data;
5. `gcen-desktop --smoke-test` opens the main window headless (offscreen) and exits 0, in English
   and in each translated language.
Any traceback, import error or Qt plugin error on the way fails it. Exit code 0 = all passed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gcen_desktop import resources  # noqa: E402  (plain Python: no Qt, no third-party import)

DEFAULT_APP_DIR = ROOT / "dist" / "gcen-desktop"
# Where the frozen app's resources.py looks: the same place below the package as in the sources.
RESOURCES = resources.ROOT.relative_to(resources.ROOT.parents[1])
LANGUAGES = ("fr", "es", "zh_CN", "ko", "pt_BR")
LOCALES = {"fr": "fr_FR", "es": "es_ES", "ko": "ko_KR"}  # the system locale a user of each would have
TIME_LIMIT_S = 120  # per program run; a healthy start takes a few seconds
EXE = ".exe" if sys.platform == "win32" else ""

# What a broken frozen build prints (Python, the PyInstaller bootloader, Qt's plugin loader).
FAILURE_SIGNS = re.compile(
    r"Traceback \(most recent call last\)|ModuleNotFoundError|ImportError|No module named"
    r"|Failed to execute script|Could not (find|load) the Qt platform plugin"
    r"|qt\.qpa\.plugin: Could not|Cannot load library|This application failed to start"
    r"|cannot open shared object file|Unhandled exception"
)


class SmokeTestFailure(Exception):
    pass


class Runner:
    """Runs the frozen programs with a private HOME and collects what went wrong."""

    def __init__(self, app_dir: Path, home: Path) -> None:
        self.app_dir = app_dir
        self.home = home
        home.mkdir(parents=True, exist_ok=True)
        self.env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("PYTHON", "QT_", "GCEN_", "XDG_", "LC_", "LANG"))
            and key not in ("VIRTUAL_ENV", "LD_LIBRARY_PATH")
        }
        self.env.update(
            HOME=str(home),
            USERPROFILE=str(home),
            APPDATA=str(home / "AppData" / "Roaming"),
            LOCALAPPDATA=str(home / "AppData" / "Local"),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_CACHE_HOME=str(home / ".cache"),
            XDG_RUNTIME_DIR=str(home / "runtime"),
            QT_QPA_PLATFORM="offscreen",
            LANG="C.UTF-8",
            PYTHONIOENCODING="utf-8",
        )
        (home / "runtime").mkdir(mode=0o700, exist_ok=True)

    def program(self, name: str) -> Path:
        path = self.app_dir / f"{name}{EXE}"
        if not path.is_file():
            raise SmokeTestFailure(f"{path} is missing from the build")
        return path

    def run(self, name: str, *args: str, env: dict[str, str] | None = None) -> str:
        cmd = [str(self.program(name)), *args]
        started = time.monotonic()
        try:
            result = subprocess.run(
                cmd,
                env={**self.env, **(env or {})},
                cwd=self.home,
                capture_output=True,
                timeout=TIME_LIMIT_S,
                encoding="utf-8",
                errors="replace",
            )
        except subprocess.TimeoutExpired as exc:
            raise SmokeTestFailure(f"`{name} {' '.join(args)}` did not finish within {TIME_LIMIT_S} s") from exc
        output = result.stdout + result.stderr
        shown = f"`{name} {' '.join(args)}`" + (f" (LANG={env['LANG']})" if env and "LANG" in env else "")
        if result.returncode != 0:
            raise SmokeTestFailure(f"{shown} exited {result.returncode}:\n{output[-3000:]}")
        sign = FAILURE_SIGNS.search(output)
        if sign:
            raise SmokeTestFailure(f"{shown} printed {sign.group()!r}:\n{output[-3000:]}")
        print(f"  ok  {shown} ({time.monotonic() - started:.1f} s)", flush=True)
        return result.stdout


# --- 1. the folder ---------------------------------------------------------------------------------


def internal_dir(app_dir: Path) -> Path:
    return app_dir / "_internal" if (app_dir / "_internal").is_dir() else app_dir


def check_contents(app_dir: Path) -> None:
    inside = internal_dir(app_dir)
    qt = inside / "PySide6" / "Qt"
    plugins = qt / "plugins"
    platform_plugins = {
        "linux": ["libqxcb.so", "libqwayland.so", "libqoffscreen.so"],
        "win32": ["qwindows.dll", "qoffscreen.dll"],
        "darwin": ["libqcocoa.dylib", "libqoffscreen.dylib"],
    }
    suffix = {"linux": ".so", "win32": ".dll", "darwin": ".dylib"}
    key = "linux" if sys.platform.startswith("linux") else sys.platform
    lib = "" if key == "win32" else "lib"
    required = [plugins / "platforms" / name for name in platform_plugins.get(key, [])]
    required += [
        plugins / "imageformats" / f"{lib}qsvg{suffix.get(key, '.so')}",
        plugins / "iconengines" / f"{lib}qsvgicon{suffix.get(key, '.so')}",
        inside / "gcen_desktop" / "store" / "migrations" / "env.py",
        inside / RESOURCES / "icons" / "app.svg",
        inside / RESOURCES / "data" / "sample_team.toml",
        inside / RESOURCES / "data" / "plan_templates.toml",
    ]
    for language in LANGUAGES:
        required.append(inside / RESOURCES / "translations" / f"gcen_{language}.qm")
        required.append(inside / RESOURCES / "translations" / f"gcen_{language}.json")  # documents' part
        required.append(qt / "translations" / f"qtbase_{language}.qm")
    required.append(inside / RESOURCES / "translations" / "gcen_en.qm")  # English plural forms
    missing = [str(path.relative_to(app_dir)) for path in required if not path.exists()]
    if not list((inside / "gcen_desktop" / "store" / "migrations" / "versions").glob("0*.py")):
        missing.append("gcen_desktop/store/migrations/versions/*.py")
    if missing:
        raise SmokeTestFailure("the build lacks: " + ", ".join(missing))
    unwanted = [p.name for p in (qt / "translations").glob("*.qm") if not p.name.startswith(("qt_", "qtbase_"))]
    if unwanted:
        raise SmokeTestFailure(f"the build carries Qt translations it does not use: {unwanted[:5]}")
    print("  ok  plugins, translations, icons, sample data and migrations are in the build", flush=True)
    if key == "linux":
        check_linked_libraries(inside)


def check_linked_libraries(inside: Path) -> None:
    """Every bundled Qt library and plugin finds the Qt/ICU/PySide libraries it links against."""
    libraries = [p for p in (inside / "PySide6").rglob("*.so*") if p.is_file()]
    broken = []
    for path in libraries:
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True)
        for line in result.stdout.splitlines():
            if "not found" in line and re.match(r"\s*lib(Qt6|icu|pyside6|shiboken6)", line):
                broken.append(f"{path.relative_to(inside)}: {line.strip()}")
    if broken:
        raise SmokeTestFailure("bundled libraries that cannot load:\n" + "\n".join(broken[:20]))
    print(f"  ok  {len(libraries)} Qt libraries and plugins resolve their Qt dependencies", flush=True)


# --- 2-4. the CLI --------------------------------------------------------------------------------


def expected_version() -> str | None:
    try:
        from importlib.metadata import version

        return version("gcen-desktop")
    except Exception:
        return None


def check_cli(runner: Runner, work: Path) -> None:
    out = runner.run("gcen", "--version").strip()
    want = expected_version()
    if not re.fullmatch(r"gcen \d+\.\d+\.\d+\S*", out) or (want and out != f"gcen {want}"):
        raise SmokeTestFailure(f"`gcen --version` said {out!r}, expected 'gcen {want}'")

    alice, bob = work / "alice", work / "bob"
    runner.run("gcen", "--workspace", str(alice), "init", "--name", "Smoke test team", "--city", "Toronto", "--member", "Ana")
    note = runner.run(
        "gcen", "--workspace", str(alice), "add", "note",
        "--title", "Site visit: 上海 / 서울 / São Paulo", "--body", "Notes from the **exchange**.",
    ).strip()
    plan = runner.run(
        "gcen", "--workspace", str(alice), "add", "plan",
        "--title", "Grow a high-quality teaching force", "--problem_of_practice", "Teacher retention",
    ).strip()
    shown = runner.run("gcen", "--workspace", str(alice), "search", "exchange")
    if note not in shown and "Site visit" not in shown:
        raise SmokeTestFailure(f"full-text search in the build did not find the note:\n{shown}")
    runner.run("gcen", "--workspace", str(alice), "check")

    bundle = work / "to-bob.gcen"
    runner.run("gcen", "--workspace", str(alice), "export", "--to", str(bundle), "--full")
    if not bundle.is_file() or bundle.stat().st_size == 0:
        raise SmokeTestFailure("`gcen export` wrote no bundle")
    runner.run("gcen", "--workspace", str(bob), "import", str(bundle), "--yes")
    runner.run("gcen", "--workspace", str(bob), "check")
    theirs = runner.run("gcen", "--workspace", str(bob), "dump")
    ours = runner.run("gcen", "--workspace", str(alice), "dump")
    if theirs != ours:
        raise SmokeTestFailure("after the bundle round trip the two workspaces hold different records")
    if plan not in theirs:
        raise SmokeTestFailure("the imported workspace lacks the action plan that was exported")
    print("  ok  bundle export/import round trip: both workspaces hold the same records", flush=True)

    # The sample team is read from the package's data files (importlib.resources, frozen).
    added = runner.run("gcen", "--workspace", str(work / "sample"), "demo")
    if not re.search(r"Added the sample city team: .*\b21 reading\b", added):
        raise SmokeTestFailure(f"`gcen demo` did not add the sample team:\n{added}")
    runner.run("gcen", "--workspace", str(work / "sample"), "check")
    print("  ok  `gcen demo` builds the sample team from the bundled data", flush=True)


# --- 5. the app ----------------------------------------------------------------------------------


def check_gui(runner: Runner) -> None:
    runner.run("gcen-desktop", "--smoke-test")
    for language in LANGUAGES:
        locale = LOCALES.get(language, language)
        runner.run("gcen-desktop", "--smoke-test", env={"LANG": f"{locale}.UTF-8", "LANGUAGE": language})


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    app_dir = Path(args[0]).resolve() if args else DEFAULT_APP_DIR
    if not app_dir.is_dir():
        print(f"FAILED: no build at {app_dir}; run `make package` first.")
        return 1
    print(f"Smoke test of {app_dir}", flush=True)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="gcen-smoke-") as tmp:
        runner = Runner(app_dir, Path(tmp) / "home")
        try:
            check_contents(app_dir)
            check_cli(runner, Path(tmp))
            check_gui(runner)
        except SmokeTestFailure as exc:
            print(f"FAILED: {exc}", flush=True)
            return 1
    print(f"Smoke test passed in {time.monotonic() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
