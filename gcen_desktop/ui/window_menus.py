"""The main window's menu bar: File, Edit, View and Help, their actions and shortcuts, and the
recent workspaces."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from .main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)  # the strings kept the window's context


def add_action(window: MainWindow, text: str, slot: Any, shortcut: Any = None, *, name: str = "") -> QAction:
    """An action of the window (its shortcut works wherever the focus is in it)."""
    action = QAction(text, window)
    if shortcut is not None:
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        else:
            action.setShortcut(shortcut)
    action.triggered.connect(slot)
    if name:
        action.setObjectName(name)
    window.addAction(action)
    return action


def build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    _file_menu(window, bar.addMenu(_t("&File")))
    _edit_menu(window, bar.addMenu(_t("&Edit")))
    _view_menu(window, bar.addMenu(_t("&View")))
    help_menu = bar.addMenu(_t("&Help"))
    about = add_action(window, _t("&About GCEN Desktop"), window.show_about, name="action-about")
    about.setMenuRole(QAction.MenuRole.AboutRole)
    help_menu.addAction(about)


def _file_menu(window: MainWindow, file_menu: QMenu) -> None:
    key = QKeySequence.StandardKey
    window.new_action = add_action(window, _t("&New"), window._on_new_triggered, key.New, name="action-new")
    file_menu.addAction(window.new_action)
    window.save_action = add_action(window, _t("&Save now"), window.save_now, key.Save, name="action-save")
    file_menu.addAction(window.save_action)
    window.print_action = add_action(window, _t("Print or e&xport…"), window.print_open_record, key.Print,
                                     name="action-print")
    file_menu.addAction(window.print_action)
    file_menu.addSeparator()
    window.import_action = add_action(window, _t("&Import a bundle…"), window._on_import_triggered,
                                      name="action-import")
    file_menu.addAction(window.import_action)
    file_menu.addSeparator()
    file_menu.addAction(add_action(window, _t("New &workspace…"), window.sig_new_workspace.emit,
                                   name="action-new-workspace"))
    file_menu.addAction(add_action(window, _t("&Open a workspace…"), window.sig_switch_workspace.emit,
                                   name="action-switch"))
    window.recent_menu = file_menu.addMenu(_t("Open &recent"))
    window.recent_menu.setObjectName("menu-recent")
    window.recent_menu.aboutToShow.connect(window.fill_recent_menu)
    window.fill_recent_menu()
    file_menu.addSeparator()
    prefs = add_action(window, _t("&Preferences…"), window.show_preferences, key.Preferences,
                       name="action-preferences")
    prefs.setMenuRole(QAction.MenuRole.PreferencesRole)
    if prefs.shortcut().isEmpty():
        prefs.setShortcut(QKeySequence("Ctrl+,"))
    file_menu.addAction(prefs)
    file_menu.addSeparator()
    quit_action = add_action(window, _t("&Quit"), window.close, key.Quit, name="action-quit")
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    if quit_action.shortcut().isEmpty():
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    file_menu.addAction(quit_action)


def _edit_menu(window: MainWindow, edit_menu: QMenu) -> None:
    key = QKeySequence.StandardKey
    window.undo_action = window.ctx.undo_stack.createUndoAction(window, _t("&Undo"))
    window.undo_action.setShortcut(key.Undo)
    window.undo_action.setObjectName("action-undo")
    window.redo_action = window.ctx.undo_stack.createRedoAction(window, _t("&Redo"))
    # Ctrl+Y (Windows) and Ctrl+Shift+Z (elsewhere) both redo, whatever the platform's habit.
    # Where Ctrl+Y is not the platform's own Redo key, text fields do not take it: an action of
    # its own redoes the typing in the focused text field, else the last command.
    ctrl_y = QKeySequence("Ctrl+Y")
    platform = QKeySequence.keyBindings(key.Redo)
    window.redo_action.setShortcuts(_unique_keys([*platform, QKeySequence("Ctrl+Shift+Z")]))
    if ctrl_y not in platform:
        add_action(window, _t("Redo"), window._on_redo_y_triggered, ctrl_y, name="action-redo-y")
    window.redo_action.setObjectName("action-redo")
    for action in (window.undo_action, window.redo_action):
        # Text editors keep their own undo while they have focus.
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        edit_menu.addAction(action)
    edit_menu.addSeparator()
    window.delete_action = add_action(window, _t("&Delete"), window._on_delete_triggered, key.Delete,
                                      name="action-delete")
    window.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    edit_menu.addAction(window.delete_action)
    edit_menu.addSeparator()
    window.search_action = add_action(
        window, _t("&Search…"), window.show_search, [QKeySequence(key.Find), QKeySequence("Ctrl+K")],
        name="action-search"
    )
    edit_menu.addAction(window.search_action)


def _view_menu(window: MainWindow, view_menu: QMenu) -> None:
    for number, section in enumerate(window.section_types, start=1):
        shortcut = QKeySequence(f"Ctrl+{number}") if number <= 9 else None
        # a title's "&" is text, not a mnemonic ("People & cities" showed as "People _cities")
        action = add_action(window, section.title().replace("&", "&&"),
                            lambda _c=False, k=section.key: window.show_section(k), shortcut,
                            name=f"action-section-{section.key}")
        view_menu.addAction(action)
    view_menu.addSeparator()
    theme_menu = view_menu.addMenu(_t("&Theme"))
    for mode, label in (("system", _t("Follow the system")), ("light", _t("Light")), ("dark", _t("Dark"))):
        action = add_action(window, label, lambda _c=False, m=mode: window.sig_theme_changed.emit(m),
                            name=f"action-theme-{mode}")
        theme_menu.addAction(action)


def _unique_keys(keys: list[QKeySequence]) -> list[QKeySequence]:
    seen: list[QKeySequence] = []
    for sequence in keys:
        if not sequence.isEmpty() and sequence not in seen:
            seen.append(sequence)
    return seen


def fill_recent_menu(window: MainWindow) -> None:
    """The recent workspaces, newest first; one whose folder is gone leaves the list."""
    from .app import WORKSPACE_DB

    menu = window.recent_menu
    menu.clear()
    here = window.ctx.ws.store.folder.resolve() if window.ctx is not None else None
    shown = 0
    for item in window.settings.recent_workspaces if window.settings is not None else []:
        folder = Path(item["folder"])
        if not (folder / WORKSPACE_DB).exists():
            window.settings.forget_workspace(folder)  # moved or deleted: not offered again
            continue
        _add_recent(window, menu, item, folder, here)
        shown += 1
    if not shown:
        none = menu.addAction(_t("No recent workspaces"))
        none.setEnabled(False)


def _add_recent(window: MainWindow, menu: QMenu, item: dict[str, Any], folder: Path, here: Path | None) -> None:
    """A recent workspace's entry: checked and disabled for the one open now."""
    name = item["name"] or folder.name
    if item["sample"]:
        name = _t("%s (sample)") % name
    action = menu.addAction(f"{name.replace('&', '&&')} — {folder}")
    action.setObjectName("action-recent")
    action.setData(str(folder))
    if folder.resolve() == here:
        action.setCheckable(True)
        action.setChecked(True)
        action.setEnabled(False)
    else:
        action.triggered.connect(lambda _c=False, f=str(folder): window.sig_open_workspace.emit(f))
