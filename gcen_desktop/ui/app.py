"""The application shell: `run(argv)` starts the app, opens the last workspace or the first-run screen.

Flags: `--workspace DIR`, `--smoke-test` (open the main window on a temporary workspace, close,
exit 0), `--screenshot DIR` (render each main screen of the sample team to PNG, light and dark),
and a `.gcen` file (import it through the Sync section).

One app per workspace: a start whose workspace is open in a running app hands that app its
arguments (the workspace to show, the bundle to import) and exits 0 (see single_instance).
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from .. import __version__
from . import prompts, theme
from .i18n import error_text, install_pseudo_translation, install_translators
from .icons import app_icon
from .settings import APPLICATION, ORGANISATION, Settings
from .single_instance import WorkspaceServer, hand_over, hand_over_to_any

# The database file of a workspace folder (store.store.DB_NAME), checked before the database
# layer is imported so that the window can be painted first.
WORKSPACE_DB = "workspace.sqlite3"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="gcen-desktop", description="GCEN Desktop")
    parser.add_argument("--workspace", metavar="DIR", help="open the workspace in this folder")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the main window on a temporary workspace, close it and exit 0")
    parser.add_argument("--screenshot", metavar="DIR", help="render each main screen of the sample team to PNG files")
    parser.add_argument("--version", action="version", version=f"GCEN Desktop {__version__}")
    parser.add_argument("bundle", nargs="?", help="a .gcen bundle to import")
    # Qt's own options (-platform, -style …) stay with Qt.
    args, _unknown = parser.parse_known_args(argv[1:])
    return args


def make_application(argv: list[str]) -> QApplication:
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationDisplayName("GCEN Desktop")
    app.setDesktopFileName("org.gcen.Desktop")
    app.setWindowIcon(app_icon())
    return app  # type: ignore[return-value]


class Shell:
    """Owns the open workspace, its context and main window; switches between workspaces."""

    def __init__(self, app: QApplication, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.ctx: Any = None
        self.window: Any = None
        self.first_run: Any = None
        # later starts of the app on the open workspace hand their arguments over here
        self.server = WorkspaceServer(app)
        self.server.sig_request.connect(self._on_server_sig_request)
        app.applicationStateChanged.connect(self._on_app_application_state_changed)
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._on_hints_color_scheme_changed)

    # --- theme ----------------------------------------------------------------------------------

    def apply_theme(self, mode: str | None = None) -> None:
        if mode is not None:
            self.settings.theme = mode
        theme.apply_theme(self.app, self.settings.theme)
        if self.window is not None:
            self.window.refresh_theme()

    def _on_hints_color_scheme_changed(self, _scheme: Any) -> None:
        if self.settings.theme == "system":
            self.apply_theme()

    # --- workspaces -----------------------------------------------------------------------------

    def start(self, folder: Path | None, bundle: Path | None = None) -> None:
        """Open `folder` (or the last workspace); without one, show the first-run screen.

        The window frame is painted first and the workspace opened on the next event-loop turn:
        the database layer takes longer to load than Qt takes to paint.
        """
        from .main_window import MainWindow

        folder = folder or (Path(self.settings.last_workspace) if self.settings.last_workspace else None)
        if folder is None or not (folder / WORKSPACE_DB).exists():
            self.show_first_run(bundle, folder)
            return
        frame = MainWindow(settings=self.settings)
        self.window = frame
        opened = [False]

        def open_once() -> None:
            if not opened[0] and self.window is frame:
                opened[0] = True
                self._open_in_window(folder, bundle)

        frame.sig_first_paint.connect(open_once)
        QTimer.singleShot(500, frame, open_once)  # in case the window is never painted (minimised)
        frame.show()

    def _open_in_window(self, folder: Path, bundle: Path | None) -> None:
        from ..services.workspace import Workspace

        try:
            ws = Workspace.open(folder)
        except Exception as exc:  # noqa: BLE001 — shown plainly, then the first-run screen
            prompts.error(self.window, QCoreApplication.translate("Shell", "Could not open the workspace"), error_text(exc))
            if self.window is not None:
                self.window.close()
                self.window.deleteLater()
                self.window = None
            self.show_first_run(bundle, folder)
            return
        self.open_workspace(ws, bundle)

    def show_first_run(self, bundle: Path | None = None, folder: Path | None = None, *, another: bool = False) -> None:
        """The first-run screen; `another`: File › New workspace, beside the open workspace's window
        (the user's name, role and city filled in from it, unless it is the sample team)."""
        from .first_run import FirstRunWindow

        if self.first_run is not None:
            self.first_run.close()
            self.first_run.deleteLater()
        identity = sample = None
        if another:
            from ..services.workspace import default_workspace_folder

            identity = self._identity()
            sample = default_workspace_folder().parent / "sample"
        self.first_run = FirstRunWindow(folder, another=another, identity=identity, sample_folder=sample)
        self.first_run.sig_workspace_ready.connect(lambda ws, b: self.open_workspace(ws, b or bundle))
        self.first_run.resize(640, 560)
        self.first_run.show()
        self.server.listen_for_any()  # a bundle opened meanwhile comes here, not to a second window

    def open_workspace(self, ws: Any, bundle: Path | None = None) -> Any:
        """Show the main window on an opened workspace (filling the frame if one is showing)."""
        from .context import AppContext
        from .main_window import MainWindow

        frame = self.window if self.window is not None and self.window.ctx is None else None
        if frame is None:
            self.close_workspace()
        self.ctx = AppContext(ws, settings=self.settings)
        if frame is not None:
            frame.attach(self.ctx)
            self.window = frame
        else:
            self.window = MainWindow(self.ctx)
        self.window.sig_theme_changed.connect(self.apply_theme)
        self.window.sig_switch_workspace.connect(self._on_window_switch_workspace)
        self.window.sig_new_workspace.connect(self._on_window_new_workspace)
        self.window.sig_open_workspace.connect(self._on_window_open_workspace)
        info = ws.info()
        self.settings.remember_workspace(ws.store.folder, info.title if info else "", sample=ws.is_sample)
        if not ws.is_sample:  # looking at the sample never makes it the workspace the app opens on
            self.settings.last_workspace = str(ws.store.folder)
        self.server.listen(ws.store.folder)
        self.window.show()
        QTimer.singleShot(0, self.window, self.window.build_remaining)
        # What exists now (modules, widgets) lives as long as the window: keep it out of the
        # cyclic collector's full passes, which would otherwise scan it during big imports.
        gc.collect()
        gc.freeze()
        if self.first_run is not None:
            self.first_run.close()
            self.first_run.deleteLater()
            self.first_run = None
        if bundle:
            QTimer.singleShot(0, self.window, lambda: self.window.start_import(Path(bundle)))
        return self.window

    def _on_app_application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive and self.ctx is not None:
            self.ctx.notice_outside_changes()  # e.g. `gcen` wrote while the window was behind

    def _on_server_sig_request(self, request: dict) -> None:
        """A later start of the app on this workspace: show the window, import its bundle."""
        window = self.window if self.window is not None and self.window.ctx is not None else None
        if window is None:
            self._first_run_request(request)
            return
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        window.ctx.notice_outside_changes()
        bundle = request.get("bundle")
        if bundle:
            window.start_import(Path(bundle))

    def _first_run_request(self, request: dict) -> None:
        """A later start while only the first-run screen shows: bring it up; a bundle is the one to join."""
        first_run = self.first_run
        if first_run is None or not first_run.isVisible():
            return
        first_run.raise_()
        first_run.activateWindow()
        if request.get("bundle"):
            first_run.take_bundle(Path(request["bundle"]))

    def _identity(self) -> dict[str, Any] | None:
        """The user's name, role and city in the open workspace (None in the sample team, whose
        'me' is a fictional lead)."""
        if self.ctx is None or self.ctx.ws.is_sample:
            return None
        ws = self.ctx.ws
        me = ws.find(ws.me) if ws.me else None
        info = ws.info()
        city = info.data.get("city") if info is not None else None
        return {"name": me.title if me is not None else "", "role": me.data.get("role") if me is not None else None,
                "city": city or ""}

    def _on_window_new_workspace(self, folder: Path | None = None) -> None:
        self.show_first_run(None, folder, another=True)

    def _on_window_switch_workspace(self) -> None:
        folder = prompts.choose_folder(self.window, QCoreApplication.translate("Shell", "Open a workspace folder"))
        if folder is None:
            return
        from ..services.workspace import Workspace

        if not Workspace.exists(folder):
            try:
                empty = not any(Path(folder).iterdir())
            except OSError:
                empty = False
            if empty and prompts.confirm(
                self.window, QCoreApplication.translate("Shell", "New workspace"),
                QCoreApplication.translate("Shell", "That folder is empty. Create a new workspace in it?"),
                ok_label=QCoreApplication.translate("Shell", "Create a workspace…"),
            ):
                self._on_window_new_workspace(Path(folder))
            elif not empty:
                prompts.error(self.window, QCoreApplication.translate("Shell", "No workspace there"),
                              QCoreApplication.translate("Shell", "That folder holds no GCEN workspace; pick the folder "
                                                         "you created it in, or an empty folder for a new workspace."))
            return
        self._on_window_open_workspace(str(folder))

    def _on_window_open_workspace(self, folder: str) -> None:
        """Open a workspace in this window, unless it is the one shown, or another app has it
        open (then that app shows its window: one app per workspace)."""
        from ..services.workspace import Workspace

        path = Path(folder)
        if self.ctx is not None and self.ctx.ws.store.folder.resolve() == path.resolve():
            return
        if hand_over(path, {"workspace": str(path.resolve()), "bundle": None}):
            if self.ctx is not None:
                self.ctx.sig_status.emit(QCoreApplication.translate(
                    "Shell", "That workspace is open in another window, which is now in front."))
            return
        try:
            ws = Workspace.open(path)
        except Exception as exc:  # noqa: BLE001
            prompts.error(self.window, QCoreApplication.translate("Shell", "Could not open the workspace"), error_text(exc))
            return
        self.open_workspace(ws)  # the window shown closes first: it saves what is being typed

    def close_workspace(self) -> None:
        self.server.close()
        gc.unfreeze()  # let the old window's objects be collected
        if self.window is not None:
            if self.window.isVisible():
                self.window.close()
            self.window.deleteLater()
            self.window = None
        if self.ctx is not None:
            self.ctx.shutdown()
            self.ctx.ws.close()
            self.ctx = None


def smoke_test(app: QApplication, settings: Settings) -> int:
    """Open the main window on a temporary workspace, let it paint, close it; 0 when all went well."""
    from ..services.workspace import Workspace
    from .context import AppContext
    from .main_window import MainWindow

    with tempfile.TemporaryDirectory(prefix="gcen-smoke-") as tmp:
        ws = Workspace.new(Path(tmp) / "ws", "Smoke test team", city="Boston", member="Smoke Test", role="staff")
        ctx = AppContext(ws, settings=settings)
        window = MainWindow(ctx)
        window.show()
        for _ in range(5):
            app.processEvents()
        window.build_remaining()
        for section in window.sections:
            window.show_section(section.key)
            app.processEvents()
        window.close()
        app.processEvents()
        ctx.shutdown()
        ws.close()
    return 0


def take_screenshots(app: QApplication, settings: Settings, out: Path, only: tuple[str, ...] = ()) -> list[Path]:
    """Render every section (or `only` these) of the sample team, light and dark, to `out/<section>-<theme>.png`."""
    from ..services.sample import fill_sample
    from ..services.workspace import Workspace
    from .context import AppContext
    from .main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="gcen-shots-") as tmp:
        ws = Workspace.new(Path(tmp) / "sample", "Boston Public Schools — GCEN team", city="Boston")
        fill_sample(ws)
        for mode in ("light", "dark"):
            theme.apply_theme(app, mode)
            ctx = AppContext(ws, settings=settings)
            window = MainWindow(ctx)
            window.resize(1280, 800)
            window.show()
            app.processEvents()
            for cls in window.section_types:
                if only and cls.key not in only:
                    continue
                section = window.show_section(cls.key)
                for _ in range(3):
                    app.processEvents()
                ctx.workers.wait(10000)
                app.processEvents()
                path = out / f"{section.key}-{mode}.png"
                window.grab().save(str(path))
                written.append(path)
            window.close()
            app.processEvents()
            ctx.shutdown()
            window.deleteLater()
            app.processEvents()
        ws.close()
    return written


def run(argv: list[str]) -> int:
    args = parse_args(argv)
    app = make_application(argv)
    settings = Settings()
    install_translators(app, settings.language)
    install_pseudo_translation(app, settings.pseudo_translation)
    if args.smoke_test:
        theme.apply_theme(app, settings.theme)
        return smoke_test(app, settings)
    if args.screenshot:
        paths = take_screenshots(app, settings, Path(args.screenshot))
        print("\n".join(str(p) for p in paths))
        return 0
    bundle = _bundle_arg(args.bundle)
    folder = Path(args.workspace).expanduser() if args.workspace else None
    if _started_elsewhere(folder, bundle, settings):
        return 0
    shell = Shell(app, settings)
    shell.apply_theme()
    shell.start(folder, bundle)
    code = app.exec()
    shell.close_workspace()
    shell.server.close_all()
    if shell.first_run is not None:
        shell.first_run.workers.wait(30000)
    settings.sync()
    return int(code)


def _bundle_arg(arg: str | None) -> Path | None:
    """The bundle named on the command line, when it is a .gcen file (else None, said on stderr)."""
    bundle = Path(arg) if arg else None
    if bundle is not None and bundle.suffix.lower() != ".gcen":
        print(f"gcen-desktop: {bundle} is not a .gcen bundle", file=sys.stderr)
        return None
    return bundle


def _started_elsewhere(folder: Path | None, bundle: Path | None, settings: Settings) -> bool:
    """Whether a running app took this start over: the one on the workspace asked for (or last
    opened), else, for a bundle opened with no workspace named, whichever app runs."""
    if _handed_over(folder or (Path(settings.last_workspace) if settings.last_workspace else None), bundle):
        return True  # the app that has this workspace open shows it (and imports the bundle)
    # a bundle opened from the file manager goes to the window already open
    return bundle is not None and folder is None and hand_over_to_any({"workspace": None, "bundle": str(bundle.resolve())})


def _handed_over(wanted: Path | None, bundle: Path | None) -> bool:
    """Whether the app that already has the workspace `wanted` open took the request over."""
    if wanted is None or not (wanted / WORKSPACE_DB).exists():
        return False
    request = {"workspace": str(wanted.resolve()), "bundle": str(bundle.resolve()) if bundle else None}
    return hand_over(wanted, request)
