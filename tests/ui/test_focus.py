"""By keyboard: every focusable kind of widget shows a focus ring, and Tab from a note's title goes
straight to its text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def _window(ctx: Any, qtbot: Any) -> Any:
    from gcen_desktop.ui import theme
    from gcen_desktop.ui.main_window import MainWindow

    theme.apply_theme(QApplication.instance(), "light")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1200, 780)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    return window


def _look(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


def _focus_shows(widget: QWidget, parking: QWidget) -> bool:
    """Whether `widget` looks different with the keyboard focus than without it."""
    parking.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert not widget.hasFocus()
    without = _look(widget)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert widget.hasFocus(), f"{type(widget).__name__} does not take focus"
    return _look(widget) != without


def test_every_focusable_kind_of_widget_shows_a_focus_ring(ctx: Any, qtbot: Any, wait_idle: Any) -> None:
    window = _window(ctx, qtbot)
    notes = window.show_section("notes")
    wait_idle(ctx)
    widgets = {
        "sidebar": window.sidebar,
        "note list": notes.list.table,
        "button": notes.new_button,
        "tab bar": notes.editor.tabs.tabBar(),
    }
    plans = window.show_section("plans")
    wait_idle(ctx)
    plans.editor.tabs.setCurrentWidget(plans.editor.board)
    column = next(c for c in plans.editor.board.columns.values() if c.model.rowCount())
    column.list.setCurrentIndex(column.model.index(0, 0))
    widgets["board cards"] = column.list
    widgets["plan tab bar"] = plans.editor.tabs.tabBar()
    sync = window.show_section("sync")
    wait_idle(ctx)
    from PySide6.QtWidgets import QCheckBox, QRadioButton

    widgets["check box"] = sync.export_panel.findChildren(QCheckBox)[0]
    widgets["radio button"] = sync.export_panel.findChildren(QRadioButton)[0]
    invisible = []
    for name, widget in widgets.items():
        window.show_section({"board cards": "plans", "plan tab bar": "plans", "check box": "sync",
                             "radio button": "sync"}.get(name, "notes"))
        QApplication.processEvents()
        parking = window.sidebar if widget is not window.sidebar else notes.editor.title_edit
        if not _focus_shows(widget, parking):
            invisible.append(name)
    assert not invisible, f"no visible focus on: {invisible}"


def test_tab_from_a_notes_title_reaches_its_text_without_a_dead_stop(ctx: Any, qtbot: Any, wait_idle: Any) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QTabBar

    window = _window(ctx, qtbot)
    notes = window.show_section("notes")
    wait_idle(ctx)
    editor = notes.editor
    editor.title_edit.setFocus(Qt.FocusReason.MouseFocusReason)
    QApplication.processEvents()
    stops = []
    for _ in range(3):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QApplication.processEvents()
        focused = QApplication.focusWidget()
        stops.append(type(focused).__name__)
        if focused is editor.markdown.source:
            break
        # a stop is only fine on something the keyboard can use there
        assert isinstance(focused, QTabBar | QAbstractButton | QComboBox | QLineEdit), f"dead stop: {stops}"
    assert QApplication.focusWidget() is editor.markdown.source, f"Tab from the title went through {stops}"
