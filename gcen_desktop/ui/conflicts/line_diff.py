"""What differs between two versions of a long text: a line diff (difflib), shown with − and + marks.

Removed and added lines are coloured *and* start with a mark, so the difference does not rest on
colour alone (colour-blind readers, a printout, a screen reader). Long runs of unchanged lines fold
into one "⋯ n unchanged lines" row so the changes of a long note fit on the screen.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Literal

from PySide6.QtGui import QColor, QFontDatabase, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from .. import theme
from ..safe_text import visible_lines

LineKind = Literal["same", "removed", "added", "folded"]
MARKS = {"same": "  ", "removed": "− ", "added": "+ ", "folded": "⋯ "}
CONTEXT = 2  # unchanged lines kept around each change
# Past this many differing lines on a side, difflib's matching (quadratic at worst) would freeze the
# window for seconds: the differing middle is then shown as removed, then added, unmatched.
MOST_MATCHED_LINES = 2_000


@dataclass(frozen=True)
class DiffLine:
    kind: LineKind
    text: str  # the line (for "folded": how many lines were folded, as digits)


def diff_lines(old: str, new: str, context: int = CONTEXT) -> list[DiffLine]:
    """The lines of `old` and `new`, each marked same / removed (only in old) / added (only in new),
    with unchanged stretches longer than 2 × context folded."""
    a = _lines(old)
    b = _lines(new)
    out: list[DiffLine] = []
    ops = _opcodes(a, b)
    if a == b:
        return [DiffLine("same", s) for s in a]
    for n, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal":
            # context after a change before it, before one after it
            out.extend(_unchanged(a[i1:i2], context if n > 0 else 0, context if n < len(ops) - 1 else 0))
            continue
        out.extend(DiffLine("removed", s) for s in a[i1:i2])
        out.extend(DiffLine("added", s) for s in b[j1:j2])
    return out


def _unchanged(same: list[str], head: int, tail: int) -> list[DiffLine]:
    """An unchanged stretch: its first `head` and last `tail` lines, the rest folded (when longer
    than one line)."""
    if len(same) <= head + tail + 1:
        return [DiffLine("same", s) for s in same]
    return ([DiffLine("same", s) for s in same[:head]]
            + [DiffLine("folded", str(len(same) - head - tail))]
            + [DiffLine("same", s) for s in same[len(same) - tail:]])


def _lines(text: str) -> list[str]:
    return (text or "").replace("\r\n", "\n").split("\n") if text else []


def _opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """difflib's opcodes, with the common first and last lines matched without difflib."""
    head, tail = _common_ends(a, b)
    ops: list[tuple[str, int, int, int, int]] = []
    if head:
        ops.append(("equal", 0, head, 0, head))
    ops.extend(_middle_opcodes(a[head:len(a) - tail], b[head:len(b) - tail], head))
    if tail:
        ops.append(("equal", len(a) - tail, len(a), len(b) - tail, len(b)))
    return ops


def _common_ends(a: list[str], b: list[str]) -> tuple[int, int]:
    """How many first lines and how many last lines (not overlapping those) `a` and `b` share."""
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    return head, tail


def _middle_opcodes(mid_a: list[str], mid_b: list[str], head: int) -> list[tuple[str, int, int, int, int]]:
    """The opcodes of the lines between the common ends (`head` lines before them)."""
    if max(len(mid_a), len(mid_b)) > MOST_MATCHED_LINES:
        return [("replace", head, head + len(mid_a), head, head + len(mid_b))]
    if not (mid_a or mid_b):
        return []
    matcher = difflib.SequenceMatcher(None, mid_a, mid_b, autojunk=False)
    return [(tag, i1 + head, i2 + head, j1 + head, j2 + head) for tag, i1, i2, j1, j2 in matcher.get_opcodes()]


class LineDiffView(QPlainTextEdit):
    """A read-only line diff of two texts: removed lines red with −, added lines green with +."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10.0))
        self.setFont(mono)
        self.lines: list[DiffLine] = []

    def set_texts(self, old: str, new: str) -> None:
        self.lines = diff_lines(old, new)
        c = theme.current()
        colours = {"removed": _tint(c.danger), "added": _tint(c.success), "folded": QColor(c.alt_base)}
        self.clear()
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for n, line in enumerate(self.lines):
            if n:
                cursor.insertBlock()
            block = QTextBlockFormat()
            if line.kind in colours:
                block.setBackground(colours[line.kind])
            cursor.setBlockFormat(block)
            if line.kind == "folded":
                text = self.tr("%n unchanged lines", "", int(line.text))
            else:
                text = visible_lines(line.text).replace("\n", " ")
            cursor.insertText(MARKS[line.kind] + text)
        cursor.endEditBlock()
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def marked_lines(self) -> list[str]:
        """The lines as shown (mark and text), top to bottom."""
        return self.toPlainText().split("\n")


def _tint(colour: str) -> QColor:
    tint = QColor(colour)
    tint.setAlpha(56)
    return tint
