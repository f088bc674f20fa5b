"""A splitter whose handle can be seen (a line with a grip) and whose panes never collapse to nothing."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSplitter, QSplitterHandle, QWidget

from .. import theme


class _GripHandle(QSplitterHandle):
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        c = theme.current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self.rect()
        painter.fillRect(r, QColor(c.window))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(c.accent if self.underMouse() else c.border))
        if self.orientation() == Qt.Orientation.Horizontal:
            painter.drawRect(r.center().x(), r.top(), 1, r.height())
            painter.setBrush(QColor(c.accent if self.underMouse() else c.muted))
            for dy in (-8, 0, 8):  # the grip
                painter.drawEllipse(QPointF(r.center().x() + 0.5, r.center().y() + dy), 2.0, 2.0)
        else:
            painter.drawRect(r.left(), r.center().y(), r.width(), 1)
            painter.setBrush(QColor(c.accent if self.underMouse() else c.muted))
            for dx in (-8, 0, 8):
                painter.drawEllipse(QPointF(r.center().x() + dx, r.center().y() + 0.5), 2.0, 2.0)
        painter.end()


class VisibleSplitter(QSplitter):
    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self.setChildrenCollapsible(False)
        self.setHandleWidth(9)

    def createHandle(self) -> QSplitterHandle:  # noqa: N802 (Qt override)
        handle = _GripHandle(self.orientation(), self)
        handle.setAttribute(Qt.WidgetAttribute.WA_Hover)
        handle.setCursor(Qt.CursorShape.SplitHCursor if self.orientation() == Qt.Orientation.Horizontal
                         else Qt.CursorShape.SplitVCursor)
        return handle

    def restoreState(self, state: object) -> bool:  # noqa: N802 (Qt override)
        """A saved state from before (with a pane collapsed to 0) never hides a pane again."""
        ok = super().restoreState(state)  # type: ignore[arg-type]
        sizes = self.sizes()
        if sizes and min(sizes) <= 0:
            self.setSizes([max(s, self.widget(i).minimumSizeHint().width(), 1) for i, s in enumerate(sizes)])
        self.setChildrenCollapsible(False)  # restoreState brings back the saved collapsibility
        return ok
