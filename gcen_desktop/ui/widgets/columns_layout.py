"""ColumnsLayout: panels side by side in two columns when there is room, one under the other when not.

A detail page (a plan's overview, a working group, the Sync screen) shows a form beside its linked
records at 1600 px; on a 1024 px laptop in French the same page would otherwise scroll sideways.
Its minimum width is that of its widest panel, so a window never has to be wider than one panel.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class ColumnsLayout(QLayout):
    """addWidget(w) fills the rows left to right (`columns` per row) when the width allows every
    column its minimum, else stacks the widgets in the order added. The last row takes the height
    left over, as a grid whose last row stretches would."""

    def __init__(self, parent: QWidget | None = None, *, columns: int = 2, stretch: tuple[int, ...] = (1, 1),
                 spacing: int = 16, column_width: int = 0) -> None:
        super().__init__(parent)
        # side by side only when each column also gets this much (a form squeezed to a few letters
        # per field fits its minimum but cannot be read)
        self.column_width = column_width
        self._items: list[QLayoutItem] = []
        self.columns = columns
        self.stretch = stretch
        self.setSpacing(spacing)

    # --- QLayout -------------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt override)
        return Qt.Orientation.Horizontal | Qt.Orientation.Vertical

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt override)
        items = self._shown()
        width = max((i.minimumSize().width() for i in items), default=0)
        height = sum(i.minimumSize().height() for i in items) + self.spacing() * max(len(items) - 1, 0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        items = self._shown()
        rows = [items[i:i + self.columns] for i in range(0, len(items), self.columns)]
        width = max((sum(i.sizeHint().width() for i in row) + self.spacing() * (len(row) - 1) for row in rows),
                    default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), self.heightForWidth(width + m.left() + m.right()))

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt override)
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    # --- placing ---------------------------------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def side_by_side(self, width: int) -> bool:
        """Whether `width` (inside the margins) gives every column its minimum width."""
        items = self._shown()
        if len(items) < 2:
            return False
        mins = [max([self.column_width, *(items[i].minimumSize().width() for i in range(c, len(items), self.columns))])
                for c in range(self.columns)]
        return width >= sum(mins) + self.spacing() * (self.columns - 1)

    def _column_widths(self, width: int) -> list[int]:
        items = self._shown()
        mins = [max((items[i].minimumSize().width() for i in range(c, len(items), self.columns)), default=0)
                for c in range(self.columns)]
        room = width - self.spacing() * (self.columns - 1)
        weights = [self.stretch[c] if c < len(self.stretch) else 1 for c in range(self.columns)]
        if not any(weights):
            weights[0] = 1
        # each column its minimum, and what is left shared by the stretch factors (as QBoxLayout does)
        extra = max(room - sum(mins), 0)
        widths = [m + extra * w // sum(weights) for m, w in zip(mins, weights, strict=True)]
        first = next(c for c, w in enumerate(weights) if w)
        widths[first] += room - sum(widths)  # whatever rounding left
        return widths

    @staticmethod
    def _grows(item: QLayoutItem) -> bool:
        """Whether the item takes a taller cell than it asks for (a list does; a form does not)."""
        widget = item.widget()
        if widget is None:
            return True
        policy = widget.sizePolicy().verticalPolicy()
        return policy in (QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding,
                          QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    @staticmethod
    def _height(item: QLayoutItem, width: int) -> int:
        wanted = item.heightForWidth(width) if item.hasHeightForWidth() else item.sizeHint().height()
        return max(wanted, item.minimumSize().height())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        inner = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        widths, rows = self._grid(self._shown(), inner.width())
        heights = [max(self._height(item, widths[c]) for c, item in enumerate(row)) for row in rows]
        total = sum(heights) + self.spacing() * max(len(rows) - 1, 0)
        if move and rows and inner.height() > total:
            heights[-1] += inner.height() - total  # the last row takes what is left
        if move:
            self._place(rows, heights, widths, inner)
        return total + m.top() + m.bottom()

    def _grid(self, items: list[QLayoutItem], width: int) -> tuple[list[int], list[list[QLayoutItem]]]:
        """The column widths and the rows of items: side by side when `width` has room, else one
        item a row."""
        if self.side_by_side(width):
            return self._column_widths(width), [items[i:i + self.columns] for i in range(0, len(items), self.columns)]
        return [width], [[item] for item in items]

    def _place(self, rows: list[list[QLayoutItem]], heights: list[int], widths: list[int], inner: QRect) -> None:
        """Give each item its cell; an item that does not grow keeps the height it asks for."""
        y = inner.top()
        for row, height in zip(rows, heights, strict=True):
            x = inner.left()
            for c, item in enumerate(row):
                h = height if self._grows(item) else min(height, self._height(item, widths[c]))
                item.setGeometry(QRect(x, y, widths[c], h))
                x += widths[c] + self.spacing()
            y += height + self.spacing()
