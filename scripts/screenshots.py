"""Screenshots of every screen of the sample team, to look at before saying a layout is done.

    python scripts/screenshots.py                    # every language and size below
    python scripts/screenshots.py --run fr-1024x700  # one of them

Writes `docs/screenshots/<language>-<size>/<screen>.png`: each sidebar section with a record
selected and after its typical action (a plan's board, a symposium's agenda, the Sync screen after
importing a teammate's bundle that brings new notes and one conflict, the Trash holding a note),
rendered offscreen. Each language and size runs in a process of its own (its own settings and
replica registry), so one run's translations never leak into another.

`prepare()` and `visit_screens()` are also what `tests/ui/test_layout.py` audits for clipped text.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"

DEFAULT_SIZE = (1200, 780)  # what MainWindow opens at the first time
LAPTOP_SIZE = (1024, 700)  # a 13-inch laptop with the task bar and title bar taken off
RUNS: dict[str, tuple[str, tuple[int, int]]] = {
    "en-1200x780": ("en", DEFAULT_SIZE),
    "fr-1024x700": ("fr", LAPTOP_SIZE),
    "zh_CN-1024x700": ("zh_CN", LAPTOP_SIZE),
}
TEAM = "Boston Public Schools — GCEN team"


def prepare(folder: Path) -> tuple[Any, Path]:
    """The sample team in `folder`/sample (one note in the trash, one note edited since it was
    shared, a practice and a plan marked for the network, publications of two other cities in its
    network library) and a teammate's bundle that brings two new notes and edits that note too (a
    conflict).

    Returns (workspace, bundle path)."""
    from gcen_desktop.services import joining
    from gcen_desktop.services.bundles import Exchange
    from gcen_desktop.services.sample import fill_sample
    from gcen_desktop.services.workspace import Workspace

    ws = Workspace.new(folder / "sample", TEAM, city="Boston")
    fill_sample(ws)
    _network_library(ws, folder)
    base = folder / "team.gcen"
    Exchange(ws).export(base, mode="full")
    theirs, _ = joining.join_as(folder / "teammate", base, name="Min-jun Park", role="content_expert",
                                trust_new_key=True)
    try:
        notes = [v.id for v in ws.list("note")]
        shared = notes[0] if notes else None
        if shared is not None:
            theirs.edit(shared, {"title": "Seoul site visit — what the mentors told us"})
            ws.edit(shared, {"title": "Seoul site visit: mentoring in the first two years"})
            ws.delete(notes[-1])
        theirs.create("note", {"title": "Questions for the Shanghai team", "kind": "meeting",
                               "body": "How do teacher research groups choose their lesson?"})
        theirs.create("note", {"title": "Reflection after the webinar", "kind": "reflection",
                               "body": "Three ideas to bring to the principals' meeting."})
        bundle = folder / "from-min-jun.gcen"
        Exchange(theirs).export(bundle, mode="full")
    finally:
        theirs.close()
    return ws, bundle


def _network_library(ws: Any, folder: Path) -> None:
    """Publications of Toronto and Shanghai received into `ws`, and two of its records marked network."""
    from gcen_desktop.services.network import Network
    from gcen_desktop.services.workspace import Workspace

    toronto = Workspace.new(folder / "toronto", "Toronto District School Board — GCEN team", city="Toronto",
                            member="Priya Singh")
    group = toronto.create("working_group", {
        "name": "Teaching force", "topic": "Develop and sustain a high-quality teaching force",
        "visibility": "network"}).rec
    toronto.create("practice", {
        "title": "Teacher residency with paired placements", "visibility": "network",
        "summary": "New teachers spend their first year beside a mentor teacher in the same school, with a "
                   "reduced timetable and weekly planning time together.",
        "results": "Retention after three years rose from 71% to 86% in the schools that took part."})
    plan = toronto.create("action_plan", {"title": "Mentors for every new teacher", "working_group": group,
                                          "visibility": "network"}).rec
    goal = toronto.create("goal", {"plan": plan, "statement": "Every new teacher has a trained mentor"}).rec
    for title in ("Train forty mentors", "Protect weekly planning time"):
        toronto.create("action", {"goal": goal, "title": title})
    toronto.create("reading_item", {"title": "Induction that keeps teachers", "kind": "case_study",
                                    "visibility": "network"})
    shanghai = Workspace.new(folder / "shanghai", "Shanghai Municipal Education Commission — GCEN team",
                             city="Shanghai", member="Li Wei")
    shanghai.create("practice", {"title": "教研组：教师共同备课与公开课", "visibility": "network",
                                 "summary": "同一学科的教师每周一起备课，轮流上公开课并互相评课。"})
    network = Network(ws)
    for n, city in enumerate((toronto, shanghai)):
        path = folder / f"publication-{n}.gcen"
        Network(city).publish(path, "Boston")
        network.receive(path, trust_new_key=True)
        city.close()
    ws.edit(ws.list("practice", limit=1)[0].id, {"visibility": "network"})
    ws.edit(ws.list("action_plan", limit=1)[0].id, {"visibility": "network"})


def settle(ctx: Any, rounds: int = 4) -> None:
    """Let queued events, background jobs and their results run."""
    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.processEvents()
        ctx.workers.wait(20000)
        QApplication.processEvents()


def visit_screens(window: Any, ctx: Any, bundle: Path, seen: Callable[[str, Any], None]) -> list[str]:
    """Show every screen in turn and call seen(name, widget) on each; returns the names.

    Prompts are answered as a user would (import the teammate's bundle, trusting their key)."""
    from gcen_desktop.ui import prompts

    names: list[str] = []

    def show(name: str, widget: Any = None) -> None:
        settle(ctx)
        names.append(name)
        seen(name, widget if widget is not None else window)

    for name, step in _steps(window, ctx, bundle):
        before = prompts.answerer

        def answer(kind: str, title: str, text: str, name: str = name, **kw: Any) -> Any:
            dialog = kw.get("dialog")
            if kind == "dialog" and dialog is not None:
                if getattr(dialog, "trust", None) is not None:
                    dialog.trust.setChecked(True)
                dialog.resize(dialog.sizeHint().expandedTo(dialog.minimumSize()))
                dialog.show()
                show(f"{name}-preview", dialog)
                dialog.hide()
                return dialog.DialogCode.Accepted.value
            return True if kind == "confirm" else None

        prompts.answerer = answer
        try:
            shown = step()
            settle(ctx)
        finally:
            prompts.answerer = before
        # a window of its own the step opened (a dialog): look at it, then close it; what other
        # steps return (the section they showed) is looked at inside the main window
        if shown is not None and shown.isWindow():
            show(name, shown)
            shown.close()
            settle(ctx)
        else:
            show(name)
    return names


def _steps(window: Any, ctx: Any, bundle: Path) -> Iterator[tuple[str, Callable[[], None]]]:
    """(screen name, what a user does there before looking)."""
    window.build_remaining()
    for cls in window.section_types:
        key = cls.key
        if key == "plans":
            for index, tab in enumerate(("overview", "goals", "board", "evidence")):
                def plan_tab(index: int = index) -> None:
                    section = window.show_section("plans")
                    section.list_panel.select_first()
                    section.editor.tabs.setCurrentIndex(index)
                yield f"plans-{tab}", plan_tab
        elif key == "symposia":
            for index, tab in enumerate(("overview", "agenda", "checklist", "readings")):
                def symposium_tab(index: int = index) -> None:
                    section = window.show_section("symposia")
                    section.editor.tabs.setCurrentIndex(index)
                yield f"symposia-{tab}", symposium_tab
        elif key == "notes":
            yield "notes", lambda: window.show_section("notes")
            yield "notes-details", lambda: window.show_section("notes").editor.tabs.setCurrentIndex(1)
        elif key == "people":
            yield "people", lambda: window.show_section("people")
            yield "people-cities", lambda: window.show_section("people").tabs.setCurrentIndex(1)
        elif key == "sync":
            yield "sync", lambda: window.show_section("sync")
            yield "sync-imported", lambda: window.show_section("sync").start_import(bundle)
            yield "sync-network", lambda: _scroll_to(window.show_section("sync").publish_panel)
        else:
            yield key, lambda key=key: _select_first(window.show_section(key))
    yield "search", lambda: _search(window, "teacher")
    yield "preferences", lambda: _dialog(_preferences(window, ctx))
    yield "new-plan", lambda: _dialog(_new_plan(window, ctx))
    yield "saved-file", lambda: _dialog(_saved_file(window))


def _dialog(dialog: Any) -> Any:
    """Show a dialog the way exec() would place it, without its modal loop."""
    dialog.resize(dialog.sizeHint().expandedTo(dialog.minimumSize()))
    dialog.show()
    return dialog


def _search(window: Any, text: str) -> Any:
    dialog = window.show_search()
    dialog.box.setText(text)
    return dialog


def _preferences(window: Any, ctx: Any) -> Any:
    from gcen_desktop.ui.preferences import PreferencesDialog

    return PreferencesDialog(ctx, window)


def _new_plan(window: Any, ctx: Any) -> Any:
    from gcen_desktop.ui.plans.new_plan_dialog import NewPlanDialog

    return NewPlanDialog(ctx, window, template="inquiry_cycle")


def _saved_file(window: Any) -> Any:
    from gcen_desktop.ui.widgets.saved_file import SavedFileDialog

    path = Path(tempfile.gettempdir()) / "Boston teacher residency for high-need schools.pdf"
    from PySide6.QtCore import QCoreApplication

    return SavedFileDialog(path, QCoreApplication.translate("DocumentExport", "Saved %s") % path.name, window)


def _scroll_to(widget: Any) -> None:
    """Scroll the page holding `widget` until it shows."""
    from PySide6.QtWidgets import QScrollArea

    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget, 0, 0)


def _select_first(section: Any) -> None:
    for name in ("list", "list_panel"):
        pane = getattr(section, name, None)
        if pane is not None and hasattr(pane, "select_first"):
            pane.select_first()
            return


# --- one run: a language at a size, in a process of its own ---------------------------------------


def shoot(language: str, size: tuple[int, int], out: Path) -> list[Path]:
    from PySide6.QtCore import QLocale, Qt
    from PySide6.QtGui import QImage

    from gcen_desktop.ui import theme
    from gcen_desktop.ui.app import make_application
    from gcen_desktop.ui.context import AppContext
    from gcen_desktop.ui.i18n import install_translators
    from gcen_desktop.ui.main_window import MainWindow
    from gcen_desktop.ui.settings import Settings

    app = make_application([sys.argv[0]])
    if language == "en":
        QLocale.setDefault(QLocale("en_US"))
    install_translators(app, language)
    theme.apply_theme(app, "light")
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="gcen-shots-") as tmp:
        ws, bundle = prepare(Path(tmp))
        ctx = AppContext(ws, settings=Settings())
        window = MainWindow(ctx)
        window.resize(*size)
        window.show()
        settle(ctx)

        def save(name: str, widget: Any) -> None:
            path = out / f"{name}.png"
            # 256 colours: the screens are flat colours and text, and the PNGs stay a few dozen KB
            image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Indexed8,
                                                             Qt.ImageConversionFlag.ThresholdDither)
            image.save(str(path), "PNG", 9)
            written.append(path)

        visit_screens(window, ctx, bundle, save)
        window.close()
        settle(ctx)
        ctx.shutdown()
        ws.close()
    return written


def compile_translations() -> None:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "compile"], check=True, cwd=ROOT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run", action="append", choices=sorted(RUNS), help="default: all")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--child", nargs=2, metavar=("RUN", "DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        language, size = RUNS[args.child[0]]
        for path in shoot(language, size, Path(args.child[1])):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        return 0
    compile_translations()
    for run in args.run or list(RUNS):
        with tempfile.TemporaryDirectory() as tmp:  # settings and replica registry of its own
            env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   "GCEN_CONFIG_DIR": str(Path(tmp) / "config"), "GCEN_STATE_DIR": str(Path(tmp) / "state"),
                   "PYTHONPATH": str(ROOT)}
            subprocess.run([sys.executable, __file__, "--child", run, str(args.out.resolve() / run)],
                           check=True, env=env, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
