"""Light and dark themes: a restrained palette and one stylesheet, following the OS by default."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from . import icons


@dataclass(frozen=True)
class Colors:
    name: str
    window: str
    base: str
    alt_base: str
    sidebar: str
    text: str
    muted: str
    border: str
    accent: str
    accent_text: str
    selection: str
    warning: str
    danger: str
    success: str
    card: str


LIGHT = Colors(
    name="light", window="#f6f6f3", base="#ffffff", alt_base="#f9faf8", sidebar="#eceeea",
    text="#1f2933", muted="#616e7c", border="#d9ddd6", accent="#1d5c63", accent_text="#ffffff",
    selection="#d3e6e4", warning="#b7791f", danger="#b83232", success="#2f7d4a", card="#ffffff",
)
DARK = Colors(
    name="dark", window="#1c1f22", base="#24282c", alt_base="#282d31", sidebar="#191b1e",
    text="#e5e7e9", muted="#9aa5b1", border="#363c42", accent="#5bb0ad", accent_text="#10201f",
    selection="#2d4f4f", warning="#e0a84a", danger="#ef7b7b", success="#6cc08b", card="#262b30",
)

_current: Colors = LIGHT


def current() -> Colors:
    return _current


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def resolve(mode: str) -> Colors:
    if mode == "dark":
        return DARK
    if mode == "light":
        return LIGHT
    return DARK if system_is_dark() else LIGHT


def icon(name: str, *, accent: bool = False) -> QIcon:
    """A line icon tinted for the current theme."""
    return icons.icon(name, _current.accent if accent else _current.muted)


def palette(c: Colors) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    for r, value in (
        (role.Window, c.window), (role.WindowText, c.text), (role.Base, c.base),
        (role.AlternateBase, c.alt_base), (role.Text, c.text), (role.Button, c.base),
        (role.ButtonText, c.text), (role.ToolTipBase, c.card), (role.ToolTipText, c.text),
        (role.Highlight, c.selection), (role.HighlightedText, c.text), (role.Link, c.accent),
        (role.PlaceholderText, c.muted), (role.Mid, c.border), (role.Midlight, c.border),
        (role.Light, c.base), (role.Dark, c.border), (role.Shadow, c.border),
    ):
        p.setColor(r, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(disabled, r, QColor(c.muted))
    return p


def stylesheet(c: Colors) -> str:
    return f"""
    QWidget {{ font-size: 10pt; }}
    QMainWindow, QDialog {{ background: {c.window}; }}
    QToolTip {{ background: {c.card}; color: {c.text}; border: 1px solid {c.border}; padding: 4px; }}
    #Sidebar {{ background: {c.sidebar}; border: none; border-right: 1px solid {c.border};
               padding: 8px 6px; outline: 0; }}
    #Sidebar::item {{ padding: 7px 10px; border-radius: 6px; margin: 1px 0; color: {c.text}; }}
    #Sidebar::item:selected {{ background: {c.selection}; color: {c.text}; font-weight: 600; }}
    #Sidebar::item:hover:!selected {{ background: {c.border}; }}
    #SidebarTitle {{ color: {c.muted}; font-weight: 600; padding: 12px 16px 4px 16px; }}
    QLabel#SectionTitle {{ font-size: 17pt; font-weight: 600; color: {c.text}; }}
    QLabel#Muted, QLabel[muted="true"] {{ color: {c.muted}; }}
    QLabel#EmptyState {{ color: {c.muted}; font-size: 11pt; padding: 24px; }}
    QLabel#Warning {{ color: {c.warning}; }}
    QFrame#Card {{ background: {c.card}; border: 1px solid {c.border}; border-radius: 10px; }}
    QLabel#CardTitle {{ font-weight: 600; font-size: 11pt; color: {c.text}; }}
    QLabel#BigNumber {{ font-size: 26pt; font-weight: 600; color: {c.accent}; }}
    QTableView, QListView, QTreeView, QTextBrowser, QPlainTextEdit, QTextEdit {{
        background: {c.base}; border: 1px solid {c.border}; border-radius: 8px;
        selection-background-color: {c.selection}; selection-color: {c.text}; }}
    QTableView {{ gridline-color: transparent; }}
    QHeaderView::section {{ background: {c.alt_base}; color: {c.muted}; border: none;
        border-bottom: 1px solid {c.border}; padding: 6px 8px; font-weight: 600; }}
    QLineEdit, QComboBox, QSpinBox, QDateEdit {{ background: {c.base}; border: 1px solid {c.border};
        border-radius: 6px; padding: 5px 8px; min-height: 20px; color: {c.text}; }}
    /* A focus ring on everything the keyboard reaches: 2 px of the accent colour (the padding
       gives back the extra pixel, so nothing moves when focus arrives). */
    QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus {{
        border: 2px solid {c.accent}; padding: 4px 7px; }}
    QTableView:focus, QListView:focus, QTreeView:focus, QTextBrowser:focus, QPlainTextEdit:focus,
    QTextEdit:focus {{ border: 2px solid {c.accent}; }}
    QPushButton:focus, QToolButton:focus {{ border: 2px solid {c.accent}; padding: 5px 13px; }}
    QPushButton#Primary:focus, QPushButton:default:focus {{ border: 2px solid {c.text}; }}
    QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {c.accent}; border-radius: 4px; }}
    QCheckBox, QRadioButton {{ border: 2px solid transparent; padding: 1px 2px; }}
    QTabBar::tab:focus {{ border: 2px solid {c.accent}; border-radius: 4px; }}
    #Sidebar::item:focus {{ border: 2px solid {c.accent}; }}
    QPushButton, QToolButton#Action {{ background: {c.base}; border: 1px solid {c.border};
        border-radius: 6px; padding: 6px 14px; color: {c.text}; }}
    QPushButton:hover, QToolButton#Action:hover {{ border-color: {c.accent}; }}
    QPushButton:default, QPushButton#Primary {{ background: {c.accent}; color: {c.accent_text};
        border-color: {c.accent}; }}
    /* bold only by name: a font set for the :default state is not counted in the button's size,
       so a longer label (a translation) was clipped */
    QPushButton#Primary {{ font-weight: 600; }}
    QPushButton:disabled {{ color: {c.muted}; background: {c.window}; border-color: {c.border}; }}
    /* a button that reads as a link (a record it opens), with the focus ring of every button */
    QPushButton#LinkButton {{ background: transparent; border: 2px solid transparent; padding: 2px 4px;
        color: {c.accent}; text-decoration: underline; text-align: left; }}
    QPushButton#LinkButton:focus {{ border: 2px solid {c.accent}; padding: 2px 4px; }}
    QSplitter::handle {{ background: {c.window}; }}
    QStatusBar {{ background: {c.sidebar}; color: {c.muted}; border-top: 1px solid {c.border}; }}
    QStatusBar QLabel {{ color: {c.muted}; padding: 0 8px; }}
    QTabWidget::pane {{ border: 1px solid {c.border}; border-radius: 8px; background: {c.base}; }}
    QTabBar::tab {{ padding: 6px 14px; color: {c.muted}; border: none; }}
    QTabBar::tab:selected {{ color: {c.text}; border-bottom: 2px solid {c.accent}; }}
    QProgressBar {{ border: none; background: {c.border}; border-radius: 4px; height: 8px;
        text-align: center; max-height: 8px; }}
    QProgressBar::chunk {{ background: {c.accent}; border-radius: 4px; }}
    QScrollArea {{ border: none; background: transparent; }}
    QScrollArea > QWidget > QWidget {{ background: transparent; }}
    QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px; }}
    QScrollBar:horizontal {{ background: transparent; height: 10px; margin: 2px; }}
    QScrollBar::handle {{ background: {c.border}; border-radius: 4px; min-height: 24px; min-width: 24px; }}
    QScrollBar::handle:hover {{ background: {c.muted}; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
    QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
    QMenu {{ background: {c.card}; border: 1px solid {c.border}; padding: 4px; }}
    QMenu::item {{ padding: 5px 20px; border-radius: 4px; }}
    QMenu::item:selected {{ background: {c.selection}; color: {c.text}; }}
    """


def apply_theme(app: QApplication, mode: str = "system") -> Colors:
    """Apply a theme ('system', 'light' or 'dark') to the whole app; return its colours."""
    global _current
    _current = resolve(mode)
    app.setStyle("Fusion")
    app.setPalette(palette(_current))
    app.setStyleSheet(stylesheet(_current))
    return _current
