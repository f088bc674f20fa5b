"""Paints a search result: its title, then its excerpt in up to two lines, every hit in bold on a tint.

Text is laid out with QTextLayout and format ranges, never as HTML, so a record's text cannot
become markup; a hit is bold as well as tinted, so it does not rest on colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from . import theme

HitsRole = Qt.ItemDataRole.UserRole + 3  # (title hits, excerpt hits): (start, end) pairs
TitleRole = Qt.ItemDataRole.UserRole + 4
ExcerptRole = Qt.ItemDataRole.UserRole + 5
IsHeaderRole = Qt.ItemDataRole.UserRole + 2
EXCERPT_LINES = 2


def hit_formats(hits: tuple[tuple[int, int], ...]) -> list[QTextLayout.FormatRange]:
    """One bold, tinted format range per hit."""
    c = theme.current()
    tint = QColor(c.warning)
    tint.setAlpha(70)
    ranges = []
    for start, end in hits:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setBackground(tint)
        r = QTextLayout.FormatRange()
        r.start, r.length, r.format = start, end - start, fmt
        ranges.append(r)
    return ranges


class SearchHitDelegate(QStyledItemDelegate):
    PAD = 6

    @staticmethod
    def _small(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.92))
        return small

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        if index.data(IsHeaderRole):
            return super().sizeHint(option, index)
        height = _line_height(str(index.data(TitleRole) or ""), option.font)
        excerpt = str(index.data(ExcerptRole) or "")
        if excerpt:
            height += EXCERPT_LINES * _line_height(excerpt, self._small(option.font))
        return QSize(200, int(height) + 2 * self.PAD + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.data(IsHeaderRole):
            super().paint(painter, option, index)
            return
        colors = theme.current()
        painter.save()
        rect = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, QColor(colors.selection))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, QColor(colors.alt_base))
        title_hits, excerpt_hits = index.data(HitsRole) or ((), ())
        x = rect.left() + self.PAD + 4
        width = max(40, rect.width() - 2 * self.PAD - 4)
        y = rect.top() + self.PAD
        painter.setPen(QColor(colors.text))
        y = self._draw(painter, str(index.data(TitleRole) or ""), title_hits, option.font, x, y, width, 1)
        excerpt = str(index.data(ExcerptRole) or "")
        if excerpt:
            painter.setPen(QColor(colors.muted))
            self._draw(painter, excerpt, excerpt_hits, self._small(option.font), x, y, width, EXCERPT_LINES)
        painter.restore()

    @staticmethod
    def _draw(painter: QPainter, text: str, hits: tuple[tuple[int, int], ...], font: QFont,
              x: float, y: float, width: float, most_lines: int) -> float:
        """Lay text out in at most `most_lines` lines of `width` (the last one elided); returns the y below."""
        metrics = QFontMetrics(font)
        layout = QTextLayout(text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.setFormats(hit_formats(hits))
        layout.beginLayout()
        top = y
        shown = 0
        while shown < most_lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y - top))
            y += max(line.height(), metrics.lineSpacing())  # CJK fallback fonts are taller
            shown += 1
        layout.endLayout()
        last = layout.lineAt(layout.lineCount() - 1) if layout.lineCount() else None
        if last is not None and last.textStart() + last.textLength() < len(text):
            _draw_elided(painter, layout, text, hits, font, metrics, QPointF(x, top), width)
        else:
            layout.draw(painter, QPointF(x, top))
        return y


def _draw_elided(painter: QPainter, layout: QTextLayout, text: str, hits: tuple[tuple[int, int], ...],
                 font: QFont, metrics: QFontMetrics, at: QPointF, width: float) -> None:
    """More text than lines: draw all but the last line, then the last one elided."""
    for n in range(layout.lineCount() - 1):
        layout.lineAt(n).draw(painter, at)
    last = layout.lineAt(layout.lineCount() - 1)
    begin = last.textStart()
    rest = metrics.elidedText(text[begin:], Qt.TextElideMode.ElideRight, int(width))
    kept = len(rest) - (1 if rest.endswith("…") else 0)
    rest_hits = tuple((max(s, begin) - begin, min(e, begin + kept) - begin)
                      for s, e in hits if e > begin and s < begin + kept)
    tail = QTextLayout(rest, font)
    tail.setFormats(hit_formats(rest_hits))
    tail.beginLayout()
    tail.createLine().setLineWidth(width * 2)
    tail.endLayout()
    tail.draw(painter, QPointF(at.x(), at.y() + last.y()))

def _line_height(text: str, font: QFont) -> float:
    """The height of one line of `text` (taller than the font's when another script falls back)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    return max(line.height(), QFontMetrics(font).lineSpacing())
