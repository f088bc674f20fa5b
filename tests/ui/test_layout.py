"""Every screen fits a laptop: at the default window size and at 1024×700, after its typical action
(a record selected, a plan's board, the Sync screen after an import), in the pseudo-locale (every
string 40% longer, like French), no label or button is cut off and no screen scrolls sideways.

The screens and actions are those `scripts/screenshots.py` renders, so what is tested here is what
the committed screenshots show.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QScrollArea,
    QWidget,
)

from ..scripts import load_script
from .test_translations import ScreenAudit, pseudo_locale  # noqa: F401 (a fixture)

screenshots = load_script("screenshots")
SIZES = {"default": screenshots.DEFAULT_SIZE, "laptop": screenshots.LAPTOP_SIZE}
TITLE_CHARACTERS = 12  # a Title column narrower than this many characters is unreadable


def overflow(root: QWidget) -> list[str]:
    """Ways a screen does not fit: a page that scrolls sideways, a widget wider than the window, a
    Title column squeezed to a few letters."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            found.append(f"{name} scrolls sideways ({widget.widget().minimumSizeHint().width()} px "
                         f"in {widget.viewport().width()} px)")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            header = getattr(widget, "horizontalHeader", lambda: None)()
            if isinstance(header, QHeaderView):
                for column in range(widget.model().columnCount()):
                    if (header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch
                            and not header.isSectionHidden(column)):  # a title column
                        wanted = widget.fontMetrics().averageCharWidth() * TITLE_CHARACTERS
                        if header.sectionSize(column) < wanted:
                            found.append(f"{name}: its title column is {header.sectionSize(column)} px, "
                                         f"less than {TITLE_CHARACTERS} characters")
        if isinstance(widget, QLabel) and widget.objectName() == "SectionTitle" and widget.wordWrap():
            words = widget.text().split()
            longest = max((widget.fontMetrics().horizontalAdvance(w) for w in words), default=0)
            if longest > widget.contentsRect().width() + 1:  # "行动计 / 划": broken inside a word
                found.append(f"{name} {widget.text()!r} breaks inside a word ({widget.width()} px)")
            lines = widget.height() // max(1, widget.fontMetrics().lineSpacing())
            if lines > 3 and widget.width() < widget.window().width() * 0.4:  # five lines beside two buttons
                found.append(f"{name} {widget.text()!r} is squeezed into {lines} lines of {widget.width()} px")
        if widget.isWindow():
            continue
        window = widget.window()
        right = widget.mapTo(window, widget.rect().topRight()).x()
        if right > window.width() + 1 and not _inside_scroll_area(widget):
            found.append(f"{name} reaches {right} px, past the window's right edge ({window.width()} px)")
    return found


def _inside_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea | QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


@pytest.mark.parametrize("size", list(SIZES))
def test_every_screen_fits_after_its_typical_action_in_the_pseudo_locale(
    pseudo_locale: None, qtbot: Any, tmp_path: Path, size: str  # noqa: F811
) -> None:
    from gcen_desktop.ui import theme
    from gcen_desktop.ui.context import AppContext
    from gcen_desktop.ui.main_window import MainWindow
    from gcen_desktop.ui.settings import Settings

    theme.apply_theme(QApplication.instance(), "light")
    ws, bundle = screenshots.prepare(tmp_path)
    ctx = AppContext(ws, settings=Settings())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(*SIZES[size])
    window.show()
    qtbot.waitExposed(window)
    audit = ScreenAudit()
    overflows: dict[str, str] = {}

    def look(name: str, widget: QWidget) -> None:
        audit.visit(widget, name)
        for problem in overflow(widget):
            overflows.setdefault(problem, name)

    try:
        names = screenshots.visit_screens(window, ctx, bundle, look)
    finally:
        window.close()
        ctx.workers.wait(20000)
        ctx.shutdown()
        QApplication.processEvents()
        ctx.undo_stack.clear()
        ws.close()
    audit.untranslated.clear()  # the sample team's records are English: only the layout counts here
    assert {"sync-imported", "sync-imported-preview", "plans-board", "conflicts", "trash"} <= set(names)
    problems = [f"{screen}: {problem}" for problem, screen in sorted(overflows.items())]
    assert not audit.clipped and not problems, "\n".join(
        ([audit.report()] if audit.clipped else []) + problems)



def test_chinese_section_titles_are_not_broken_inside_a_word(ctx: Any, qtbot: Any, tmp_path: Path) -> None:
    """A Chinese title is one word: at 1024 px "行动计划" (Action plans) wrapped to "行动计 / 划"."""
    from PySide6.QtCore import QTranslator

    from gcen_desktop.ui import theme
    from gcen_desktop.ui.main_window import MainWindow

    from .test_translations import forget_translated_caches, translations

    translations.compile_qm(["zh_CN"], tmp_path, with_pseudo=False)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "gcen_zh_CN.qm"))
    app = QApplication.instance()
    app.installTranslator(translator)
    forget_translated_caches()
    theme.apply_theme(app, "light")
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(*screenshots.LAPTOP_SIZE)
        window.show()
        qtbot.waitExposed(window)
        broken = []
        for key in ("plans", "symposia", "groups", "practices"):
            section = window.show_section(key)
            QApplication.processEvents()
            for label in section.findChildren(QLabel, "SectionTitle"):
                text = label.text()
                if label.isVisible() and text and " " not in text and any("\u4e00" <= ch <= "\u9fff" for ch in text):
                    if label.fontMetrics().horizontalAdvance(text) > label.contentsRect().width() + 1:
                        broken.append(f"{key}: {text!r} in {label.width()} px")
        window.close()
    finally:
        app.removeTranslator(translator)
        forget_translated_caches()
    assert not broken, broken
