"""The main window: the sidebar (sidebar.py), the section stack, the menus (window_menus.py),
global search, the status bar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from . import prompts, window_menus
from .settings import Settings
from .sidebar import SidebarDelegate, SidebarModel

if TYPE_CHECKING:  # the database layer is imported only once a workspace opens (after first paint)
    from ..services.changes import ChangeSet
    from .context import AppContext
    from .sections.base import Section

class MainWindow(QMainWindow):
    """Everything the user works in. `sig_closed` lets the app shell save and shut down."""

    sig_closed = Signal()
    sig_first_paint = Signal()  # the frame has been painted once (the shell then opens the workspace)
    sig_switch_workspace = Signal()
    sig_new_workspace = Signal()
    sig_open_workspace = Signal(str)  # the folder of a recent workspace
    sig_theme_changed = Signal(str)

    def __init__(self, ctx: AppContext | None = None, parent: QWidget | None = None, *,
                 settings: Settings | None = None) -> None:
        """With a context: the full window. Without: the frame shown while the workspace opens
        (so the first paint does not wait for the database layer); `attach(ctx)` then fills it."""
        super().__init__(parent)
        self.ctx: Any = None
        self.settings = ctx.settings if ctx is not None else settings
        self.setWindowTitle(self.tr("GCEN Desktop"))
        self.setAcceptDrops(True)
        self.setMinimumSize(760, 520)
        self.section_types: list[type[Section]] = []
        self._built: dict[str, Section] = {}
        self.stack = QStackedWidget(self)
        self.opening = QLabel(self.tr("Opening the workspace…"), self.stack)
        self.opening.setObjectName("EmptyState")
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.opening)
        self.sidebar = QListView(self)
        self.sidebar.setObjectName("Sidebar")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar_model = SidebarModel(self, self)
        self.sidebar.setModel(self.sidebar_model)
        self.sidebar.setItemDelegate(SidebarDelegate(self.sidebar))
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setMinimumWidth(200)
        self.sidebar.setMaximumWidth(320)
        self.sidebar.setEnabled(False)
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("MainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([220, 1000])
        self.setCentralWidget(self.splitter)
        self._restore_geometry()
        self._painted = False
        self.sidebar.viewport().installEventFilter(self)
        if ctx is not None:
            self.attach(ctx)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if not self._painted and event.type() == QEvent.Type.Paint and watched is self.sidebar.viewport():
            self._painted = True
            QTimer.singleShot(0, self, self.sig_first_paint.emit)  # after this paint reaches the screen
        return super().eventFilter(watched, event)

    def attach(self, ctx: AppContext) -> None:
        """Fill the window for an opened workspace: sections, menus, status bar, saved layout."""
        from .sections import section_classes
        from .status_bar import WorkspaceStatusBar

        self.ctx = ctx
        self.settings = ctx.settings
        info = ctx.ws.info()
        team = info.title if info else ""
        if team and ctx.ws.is_sample:
            team = self.tr("%s (sample)") % team
        self.setWindowTitle(self.tr("%s — GCEN Desktop") % team if team else self.tr("GCEN Desktop"))
        # Sections are built when first shown (the rest right after the first paint), so the
        # window appears quickly even on a large workspace.
        self.sidebar_model.beginResetModel()
        self.section_types = section_classes()
        self.sidebar_model.endResetModel()
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()
        for cls in self.section_types:
            page = QWidget(self.stack)
            page.setObjectName(f"page-{cls.key}")
            box = QVBoxLayout(page)
            box.setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(page)
        self.sidebar.setEnabled(True)
        self.sidebar.selectionModel().currentChanged.connect(self._on_sidebar_current_changed)
        self.status = WorkspaceStatusBar(ctx, self)
        self.setStatusBar(self.status)
        self._build_menus()
        ctx.sig_changed.connect(self._on_ctx_changed)
        ctx.sig_open_record.connect(self.open_record)
        self.sidebar_model.refresh_badges()
        self._restore_layout()

    # --- menus (built in window_menus) ----------------------------------------------------------

    def _build_menus(self) -> None:
        window_menus.build_menus(self)

    def fill_recent_menu(self) -> None:
        window_menus.fill_recent_menu(self)

    # --- sections -------------------------------------------------------------------------------

    def built(self, key: str) -> Section | None:
        """The section if it has been built already (never builds it)."""
        return self._built.get(key)

    def section(self, key: str) -> Section | None:
        """The section with this key, built now if needed."""
        if key in self._built:
            return self._built[key]
        for row, cls in enumerate(self.section_types):
            if cls.key == key:
                section = cls(self.ctx)
                self._built[key] = section
                page = self.stack.widget(row)
                page.layout().addWidget(section)
                return section
        return None

    @property
    def sections(self) -> list[Section]:
        """Every section, in sidebar order (builds those not built yet)."""
        return [s for s in (self.section(cls.key) for cls in self.section_types) if s is not None]

    def build_remaining(self) -> None:
        """Build one more section per event-loop turn, so the window stays responsive."""
        for cls in self.section_types:
            if cls.key not in self._built:
                self.section(cls.key)
                QTimer.singleShot(0, self, self.build_remaining)
                return
        self.sidebar_model.refresh_badges()

    def current_section(self) -> Section | None:
        row = self.stack.currentIndex()
        if not 0 <= row < len(self.section_types):
            return None
        return self.section(self.section_types[row].key)

    def show_section(self, key: str) -> Section | None:
        for row, cls in enumerate(self.section_types):
            if cls.key == key:
                section = self.section(key)
                self.sidebar.setCurrentIndex(self.sidebar_model.index(row))
                return section
        return None

    def _on_sidebar_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            key = self.section_types[current.row()].key
            self.section(key)
            self.stack.setCurrentIndex(current.row())
            if self.settings is not None:
                self.settings.last_section = key

    def open_record(self, rec_id: str) -> None:
        view = self.ctx.ws.find(rec_id)
        if view is None:
            return
        owners = [cls.key for cls in self.section_types if view.type in cls.record_types]
        for section in [self.section(k) for k in owners]:
            if section is not None and section.open_record(rec_id):
                self.show_section(section.key)
                return
        for section in self.sections:  # a child record (goal, agenda item…) opens in its owner
            if section.open_record(rec_id):
                self.show_section(section.key)
                return

    def _on_ctx_changed(self, _changes: ChangeSet) -> None:
        self.sidebar_model.refresh_badges()

    def refresh_theme(self) -> None:
        self.sidebar_model.refresh_look()
        for section in list(self._built.values()):
            refresh = getattr(section, "refresh_theme", None)
            if refresh:
                refresh()

    # --- actions --------------------------------------------------------------------------------

    def _on_new_triggered(self) -> None:
        section = self.current_section()
        if section is not None:
            section.new_record()

    def _on_redo_y_triggered(self) -> None:
        target = QApplication.focusWidget()
        if isinstance(target, (QLineEdit, QTextEdit, QPlainTextEdit)) and not target.isReadOnly():
            target.redo()
        elif self.ctx.undo_stack.canRedo():
            self.ctx.undo_stack.redo()

    def save_now(self) -> None:
        """Ctrl+S: write what is being typed now instead of after the autosave pause."""
        for section in list(self._built.values()):
            flush = getattr(section, "flush", None)
            if flush:
                flush()
        self.ctx.sig_status.emit(self.tr("Saved. Everything you type is also saved as you go."))

    def print_open_record(self) -> None:
        """Ctrl+P: export the open plan, symposium or note as a PDF to print (asks where to save)."""
        section = self.current_section()
        printer = getattr(section, "print_open_record", None)
        if section is not None:
            getattr(section, "flush", lambda: None)()
        if printer is None or not printer():
            self.ctx.sig_status.emit(self.tr("Nothing to print here: open an action plan, a symposium or a "
                                             "note, then press %s again.") % self.print_action.shortcut().toString(
                QKeySequence.SequenceFormat.NativeText))

    def _on_delete_triggered(self) -> None:
        from .deleting import delete_in_focus

        section = self.current_section()
        if section is not None:
            delete_in_focus(section, QApplication.focusWidget())

    def show_search(self) -> Any:
        from .search_dialog import SearchDialog

        dialog = SearchDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.box.setFocus()
        return dialog

    def show_preferences(self) -> None:
        from .preferences import PreferencesDialog

        dialog = PreferencesDialog(self.ctx, self)
        dialog.sig_theme_changed.connect(self.sig_theme_changed)
        prompts.run_dialog(dialog)
        self.status.refresh()

    def show_about(self) -> None:
        from .about import AboutDialog

        prompts.run_dialog(AboutDialog(self))

    def _on_import_triggered(self) -> None:
        path = prompts.open_file(self, self.tr("Import a bundle"), self.tr("GCEN bundles (*.gcen);;All files (*)"))
        if path:
            self.start_import(path)

    def start_import(self, path: Path | str) -> bool:
        """Hand a bundle file to the Sync section's import flow (preview first, then apply); another
        city's publication goes to the Network section's instead (into the network library)."""
        from ..services.network import is_publication

        network = self.section("network")
        if network is not None and is_publication(path):
            self.show_section("network")
            network.import_publication(Path(path))  # type: ignore[attr-defined]
            return True
        section = self.section("sync")
        importer = getattr(section, "start_import", None) or getattr(section, "import_bundle", None)
        if section is None or importer is None:
            prompts.error(self, self.tr("Cannot import yet"),
                          self.tr("This version cannot import bundles. Ask your team for the latest GCEN Desktop."))
            return False
        self.show_section("sync")
        importer(Path(path))
        return True

    # --- drag and drop ---------------------------------------------------------------------------

    @staticmethod
    def _bundle_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile() and u.toLocalFile().lower().endswith(".gcen")]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if self._bundle_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        paths = self._bundle_paths(event)
        if paths:
            event.acceptProposedAction()
            self.start_import(paths[0])

    # --- layout saving ---------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        settings = self.settings
        geometry = settings.geometry("main") if settings is not None else None
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 780)
        self.clamp_to_screen()

    def _restore_layout(self) -> None:
        settings = self.settings
        state = settings.state("main_splitter") if settings is not None else None
        if state is not None:
            self.splitter.restoreState(state)
        last = settings.last_section if settings is not None else "home"
        if self.show_section(last) is None and self.section_types:
            self.show_section(self.section_types[0].key)

    def clamp_to_screen(self) -> None:
        """Bring a window saved on a screen that is gone (or larger than this one) back into view."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        frame = self.frameGeometry()
        width = min(frame.width(), available.width())
        height = min(frame.height(), available.height())
        if (width, height) != (frame.width(), frame.height()):
            self.resize(max(self.minimumWidth(), width - (frame.width() - self.width())),
                        max(self.minimumHeight(), height - (frame.height() - self.height())))
            frame = self.frameGeometry()
        x = min(max(frame.x(), available.left()), available.right() - frame.width() + 1)
        y = min(max(frame.y(), available.top()), available.bottom() - frame.height() + 1)
        if (x, y) != (frame.x(), frame.y()):
            self.move(x, y)

    def save_layout(self) -> None:
        if self.settings is None or self.ctx is None:
            return
        self.settings.set_geometry("main", self.saveGeometry())
        self.settings.set_state("main_splitter", self.splitter.saveState())
        for section in list(self._built.values()):
            save = getattr(section, "save_layout", None)
            if save:
                save()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.ctx is not None:
            self.ctx.save_typing()  # each built section's `flush`: e.g. a pending autosave
        self.save_layout()
        for section in list(self._built.values()):
            shutdown = getattr(section, "shutdown", None)  # e.g. stop watching the shared folder
            if shutdown:
                shutdown()
        super().closeEvent(event)
        self.sig_closed.emit()
