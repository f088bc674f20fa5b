"""A Markdown editor with a live preview (markdown-it-py → HTML in a QTextBrowser).

Edit, Preview and Split choose what is shown; Ctrl+F opens a find bar under the text. The preview
loads nothing (no images, local or remote: a note from a teammate must not make this computer
fetch a URL or show a local file) and opens only web and mail links, in the browser.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QFontDatabase, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import theme
from .find_bar import FindBar

MODES = ("edit", "split", "preview")
SAFE_LINK_SCHEMES = ("http", "https", "mailto")


@cache
def _markdown() -> Any:
    from markdown_it import MarkdownIt  # imported on first render, not at start-up

    # Raw HTML stays text: notes come from teammates' bundles and must not inject markup.
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": True}).enable("table").enable("strikethrough")
    md.add_render_rule("image", _image_as_link)
    return md


def _image_as_link(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
    """An image is shown as its description, a link to it when it is on the web: the preview
    never reads a local file nor fetches a URL by itself."""
    from markdown_it.common.utils import escapeHtml

    token = tokens[idx]
    alt = self.renderInlineAsText(token.children or [], options, env) or str(token.attrGet("src") or "")
    src = str(token.attrGet("src") or "")
    text = "[" + escapeHtml(alt) + "]"
    if QUrl(src).scheme().lower() in ("http", "https"):
        return f'<a href="{escapeHtml(src)}">{text}</a>'
    return text


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


class SafePreview(QTextBrowser):
    """A QTextBrowser that loads no resource (a QTextBrowser reads local files for <img>)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)

    def loadResource(self, _type: int, _name: QUrl) -> object:  # noqa: N802 (Qt override)
        return None

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme().lower() in SAFE_LINK_SCHEMES:
            QDesktopServices.openUrl(url)


class MarkdownEditor(QWidget):
    """Source on the left, preview on the right. `sig_text_edited` fires on user typing only."""

    sig_text_edited = Signal()
    sig_mode_changed = Signal(str)  # the user chose Edit, Split or Preview

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 4, 0, 0)
        bar.setSpacing(0)
        self.mode_group = QButtonGroup(self)
        self.mode_group.setExclusive(True)
        self.mode_buttons: dict[str, QToolButton] = {}
        names = {"edit": self.tr("Edit"), "split": self.tr("Split"), "preview": self.tr("Preview")}
        tips = {"edit": self.tr("Show only the Markdown text"), "split": self.tr("Show the text and its preview side by side"),
                "preview": self.tr("Show only the preview")}
        for mode in MODES:
            button = QToolButton(self)
            button.setText(names[mode])
            button.setToolTip(tips[mode])
            button.setAccessibleName(tips[mode])
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(lambda _c=False, m=mode: self._on_mode_button_clicked(m))
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.source = QPlainTextEdit(self)
        self.source.setAccessibleName(self.tr("Note text (Markdown)"))
        self.source.setPlaceholderText(self.tr("Write here. Markdown works: # heading, **bold**, - lists, > quotes."))
        self.source.setTabChangesFocus(False)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10.0))
        self.source.setFont(mono)
        self.source.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.preview = SafePreview(self)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setFont(QFont(self.font()))
        self.splitter.addWidget(self.source)
        self.splitter.addWidget(self.preview)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([1, 1])
        layout.addWidget(self.splitter, 1)
        self.find_bar = FindBar(self)
        layout.addWidget(self.find_bar)
        self.source.installEventFilter(self)
        self.preview.installEventFilter(self)
        self.find_bar.box.installEventFilter(self)
        # Tab reaches the text first; the view switch comes after it (it is also one click away).
        chain = [self.source, self.preview, *self.mode_buttons.values()]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.mode = "split"
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(250)
        self._render_timer.timeout.connect(self.render_preview)
        self.source.textChanged.connect(self._on_source_text_changed)
        self._loading = False
        self.set_mode("split")

    def text(self) -> str:
        return self.source.toPlainText()

    def set_mode(self, mode: str) -> None:
        """Show the text ("edit"), its preview ("preview") or both ("split")."""
        if mode not in MODES:
            mode = "split"
        self.mode = mode
        self.mode_buttons[mode].setChecked(True)
        self.source.setVisible(mode != "preview")
        self.preview.setVisible(mode != "edit")
        if mode != "edit":
            self.render_preview()
        if self.find_bar.isVisible():
            self.find_bar.set_target(self._find_target())

    def _on_mode_button_clicked(self, mode: str) -> None:
        self.set_mode(mode)
        self.sig_mode_changed.emit(mode)

    def _find_target(self) -> QPlainTextEdit | QTextBrowser:
        return self.preview if self.mode == "preview" else self.source

    def open_find(self) -> None:
        self.find_bar.open_on(self._find_target())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # Ctrl+F in the text finds in the note, not in the workspace: take the key before the
        # window's shortcut does.
        if watched in (self.source, self.preview, self.find_bar.box) and event.type() in (QEvent.Type.ShortcutOverride,
                                                                       QEvent.Type.KeyPress):
            if isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Find):
                if event.type() == QEvent.Type.KeyPress:
                    self.open_find()
                event.accept()
                return True
            if (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                    and event.key() == Qt.Key.Key_Escape and self.find_bar.isVisible()):
                self.find_bar.close_bar()
                return True
        return super().eventFilter(watched, event)

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
        if self.find_bar.isVisible():
            self.find_bar.set_target(self._find_target())  # count the matches of this text

    def _on_source_text_changed(self) -> None:
        self._render_timer.start()
        if not self._loading:
            self.sig_text_edited.emit()

    def render_preview(self) -> None:
        self._render_timer.stop()
        if self.mode == "edit":
            return  # rendered when it is shown
        self.preview.document().setDefaultStyleSheet(preview_css())
        bar = self.preview.verticalScrollBar()
        keep = bar.value()
        self.preview.setHtml(render_markdown(self.source.toPlainText()))
        bar.setValue(keep)

    def stop(self) -> None:
        self._render_timer.stop()
