"""Small building blocks every everyday screen uses: header row, card, empty state, dates."""

from __future__ import annotations

import datetime as dt
import time
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.clock import wall_ms_of
from .. import theme
from .columns_layout import ColumnsLayout


def whole_words(label: QLabel) -> QLabel:
    """A wrapping title that breaks only between words: never "行动计 / 划" or "Plan / s" in a narrow
    column (its minimum width is its longest word; Chinese and Korean titles are one word)."""
    label.setWordWrap(True)
    metrics = label.fontMetrics()
    label.setMinimumWidth(max((metrics.horizontalAdvance(word) for word in label.text().split()), default=0)
                          + 2 * label.margin() + 2)
    return label


class SectionHeader(QWidget):
    """A section's title on the left, its main buttons on the right."""

    def __init__(self, title: str, parent: QWidget | None = None, subtitle: str = "") -> None:
        super().__init__(parent)
        # the buttons beside the title, or under it when the window is too narrow for both
        layout = ColumnsLayout(self, stretch=(1, 0), spacing=8)
        layout.setContentsMargins(0, 0, 0, 4)
        title_block = QWidget(self)
        texts = QVBoxLayout(title_block)
        texts.setContentsMargins(0, 0, 0, 0)
        texts.setSpacing(2)
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("SectionTitle")
        self.title_label.ensurePolished()  # the stylesheet's title font, to measure its words
        whole_words(self.title_label)
        texts.addWidget(self.title_label)
        self.subtitle_label = QLabel(subtitle, self)
        self.subtitle_label.setObjectName("Muted")
        self.subtitle_label.setWordWrap(True)  # longer in other languages: wrap, never cut
        self.subtitle_label.setVisible(bool(subtitle))
        texts.addWidget(self.subtitle_label)
        layout.addWidget(title_block)
        button_row = QWidget(self)
        button_row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.buttons = QHBoxLayout(button_row)
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.setSpacing(8)
        self.buttons.addStretch(1)
        layout.addWidget(button_row)

    def set_subtitle(self, text: str) -> None:
        self.subtitle_label.setText(text)
        self.subtitle_label.setVisible(bool(text))

    def add_button(self, text: str, icon_name: str = "", *, primary: bool = False, accessible: str = "") -> QPushButton:
        button = QPushButton(text, self)
        if icon_name:
            button.setIcon(theme.icon(icon_name, accent=False))
        if primary:
            button.setObjectName("Primary")
            if icon_name:
                button.setIcon(theme.icons.icon(icon_name, theme.current().accent_text))
        button.setAccessibleName(accessible or text)
        # Buttons keep their full label; the title column gives way (it wraps).
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.buttons.addWidget(button)
        return button


class Card(QFrame):
    """A rounded panel with a title, for the Home dashboard and detail panes."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(16, 14, 16, 14)
        self.box.setSpacing(8)
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("CardTitle")
        self.box.addWidget(self.title_label)


class EmptyState(QLabel):
    """A centred, muted sentence that says what to do when a list is empty."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("EmptyState")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)


def short_date(iso: str | None, pattern: str = "") -> str:
    """An ISO date as the user's locale writes it briefly ('' for none; a text that is not a date
    as it is)."""
    if not iso:
        return ""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return QLocale().toString(day, pattern or date_pattern())


def date_range(start: str | None, end: str | None) -> str:
    """'29 Dec 2026 – 31 Dec 2026' in the user's language (kept on one line); '…' for a missing end."""
    if not start and not end:
        return ""
    first = short_date(start) or "…"
    if end == start:
        return first
    return f"{first}\u00a0–\u2060\u00a0{short_date(end) or '…'}"


# (a date, a day of an event without its year) as each language writes them; others: English order
_PATTERNS = {
    QLocale.Language.Chinese: ("yyyy年M月d日", "M月d日 ddd"),
    QLocale.Language.Japanese: ("yyyy年M月d日", "M月d日 ddd"),
    QLocale.Language.Korean: ("yyyy년 M월 d일", "M월 d일 (ddd)"),
}
_DEFAULT_PATTERNS = ("d MMM yyyy", "ddd d MMM")


def date_pattern() -> str:
    """A short date pattern that reads naturally in the current language ('16 Dec 2026')."""
    return _PATTERNS.get(QLocale().language(), _DEFAULT_PATTERNS)[0]


def day_pattern() -> str:
    """A day of a short event, without its year, as the current language writes it ('Tue 29 Dec',
    '12月29日 周二', '12월 29일 (화)')."""
    return _PATTERNS.get(QLocale().language(), _DEFAULT_PATTERNS)[1]


_day: tuple[float, dt.date] = (0.0, dt.date.min)  # when the cached day ends (epoch seconds), the day


def today() -> dt.date:
    """`dt.date.today()`, kept until local midnight: with PySide6 loaded, each call of the
    original goes through shiboken's import hook (~5 µs), and list cells ask for it per row."""
    global _day
    ends, day = _day
    if time.time() >= ends:
        day = dt.date.today()
        _day = (dt.datetime.combine(day + dt.timedelta(days=1), dt.time()).timestamp(), day)
    return day


def when_changed(hlc: str | None) -> str:
    """'today 14:05', 'yesterday', or a short date, from a record's HLC stamp."""
    if not hlc:
        return ""
    # Cached by minute and day: list cells ask for this on every paint.
    return _when(wall_ms_of(hlc) // 60_000, today())


def when_changed_width(metrics: QFontMetrics) -> int:
    """Room for the widest of what when_changed says ('aujourd'hui 23:59', a date), plus padding."""
    samples = (QCoreApplication.translate("Dates", "today %s") % "23:59", QCoreApplication.translate("Dates", "yesterday"),
               QLocale().toString(dt.date(2026, 9, 28), date_pattern()))
    return max(metrics.horizontalAdvance(text) for text in samples) + 20


@lru_cache(maxsize=4096)
def _when(minute: int, today: dt.date) -> str:
    try:
        moment = dt.datetime.fromtimestamp(minute * 60)
    except (ValueError, OSError):
        return ""
    if moment.date() == today:
        return QCoreApplication.translate("Dates", "today %s") % moment.strftime("%H:%M")
    if moment.date() == today - dt.timedelta(days=1):
        return QCoreApplication.translate("Dates", "yesterday")
    return QLocale().toString(moment.date(), date_pattern())
