"""Paints a list item as a title line and a smaller, muted detail line (tinted by its tone)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .. import theme
from ..models.dashboard_list import DetailRole, ToneRole


class TwoLineDelegate(QStyledItemDelegate):
    PAD = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        metrics = option.fontMetrics
        small = QFontMetrics(self._small(option.font))
        return QSize(200, metrics.height() + small.height() + 2 * self.PAD + 2)

    @staticmethod
    def _small(font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.88))
        return small

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        colors = theme.current()
        painter.save()
        rect = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, QColor(colors.selection))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, QColor(colors.alt_base))
        tone = index.data(ToneRole) or ""
        x = rect.left() + self.PAD + 4
        if tone:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(getattr(colors, tone, colors.accent)))
            painter.drawRoundedRect(QRect(rect.left() + 4, rect.top() + self.PAD, 3, rect.height() - 2 * self.PAD), 1.5, 1.5)
        width = rect.width() - (x - rect.left()) - self.PAD
        metrics = option.fontMetrics
        painter.setFont(option.font)
        painter.setPen(QColor(colors.text))
        title = metrics.elidedText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""), Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(x, rect.top() + self.PAD, width, metrics.height()), Qt.AlignmentFlag.AlignLeft, title)
        small = self._small(option.font)
        painter.setFont(small)
        small_metrics = QFontMetrics(small)
        tone_color = getattr(colors, tone, colors.muted) if tone in ("danger", "warning") else colors.muted
        painter.setPen(QColor(tone_color))
        detail = small_metrics.elidedText(str(index.data(DetailRole) or ""), Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(x, rect.top() + self.PAD + metrics.height() + 2, width, small_metrics.height()),
                         Qt.AlignmentFlag.AlignLeft, detail)
        painter.restore()
