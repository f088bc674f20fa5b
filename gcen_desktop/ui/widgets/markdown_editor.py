"""A Markdown editor with a live preview (markdown-it-py → HTML in a QTextBrowser)."""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from .. import theme


@cache
def _markdown() -> Any:
    from markdown_it import MarkdownIt  # imported on first render, not at start-up

    # Raw HTML stays text: notes come from teammates' bundles and must not inject markup.
    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": True}).enable("table").enable("strikethrough")


def render_markdown(text: str) -> str:
    """The note's Markdown as HTML for the preview (and for exports that want the same look)."""
    return _markdown().render(text or "")


def preview_css() -> str:
    c = theme.current()
    return (
        f"body {{ color: {c.text}; }} h1 {{ font-size: 17pt; }} h2 {{ font-size: 14pt; }} h3 {{ font-size: 12pt; }}"
        f" a {{ color: {c.accent}; }} code {{ background: {c.alt_base}; }}"
        f" blockquote {{ color: {c.muted}; margin-left: 12px; }}"
        f" table {{ border-collapse: collapse; }} td, th {{ border: 1px solid {c.border}; padding: 4px 8px; }}"
    )


class MarkdownEditor(QWidget):
    """Source on the left, preview on the right. `sig_text_edited` fires on user typing only."""

    sig_text_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.source = QPlainTextEdit(self)
        self.source.setAccessibleName(self.tr("Note text (Markdown)"))
        self.source.setPlaceholderText(self.tr("Write here. Markdown works: # heading, **bold**, - lists, > quotes."))
        self.source.setTabChangesFocus(False)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10.0))
        self.source.setFont(mono)
        self.source.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setOpenExternalLinks(True)
        self.preview.setFont(QFont(self.font()))
        self.splitter.addWidget(self.source)
        self.splitter.addWidget(self.preview)
        self.splitter.setSizes([1, 1])
        layout.addWidget(self.splitter)
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(250)
        self._render_timer.timeout.connect(self.render_preview)
        self.source.textChanged.connect(self._on_source_text_changed)
        self._loading = False

    def text(self) -> str:
        return self.source.toPlainText()

    def set_text(self, text: str) -> None:
        """Show stored text (not an edit): keeps the cursor near where it was."""
        if text == self.source.toPlainText():
            return
        self._loading = True
        old = self.source.toPlainText()
        cursor = self.source.textCursor().position()
        after = old[cursor:]
        if text.endswith(after):  # lines merged in above the cursor: stay in the same words
            cursor = len(text) - len(after)
        self.source.setPlainText(text)
        c = self.source.textCursor()
        c.setPosition(min(cursor, len(text)))
        self.source.setTextCursor(c)
        self._loading = False
        self._render_timer.stop()
        QTimer.singleShot(0, self, self.render_preview)  # right after this event, not inside it

    def _on_source_text_changed(self) -> None:
        self._render_timer.start()
        if not self._loading:
            self.sig_text_edited.emit()

    def render_preview(self) -> None:
        self._render_timer.stop()
        self.preview.document().setDefaultStyleSheet(preview_css())
        bar = self.preview.verticalScrollBar()
        keep = bar.value()
        self.preview.setHtml(render_markdown(self.source.toPlainText()))
        bar.setValue(keep)

    def stop(self) -> None:
        self._render_timer.stop()
