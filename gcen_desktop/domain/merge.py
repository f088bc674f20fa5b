"""Line-based three-way merge of long text (never word-level), as Joplin does it."""

from __future__ import annotations

from merge3 import Merge3


def merge_lines(base: str, mine: str, theirs: str) -> str | None:
    """The clean merge of two edits of `base`, or None when they touch the same lines."""
    m = Merge3(
        base.splitlines(keepends=True),
        mine.splitlines(keepends=True),
        theirs.splitlines(keepends=True),
    )
    if any(group[0] == "conflict" for group in m.merge_groups()):
        return None
    return "".join(m.merge_lines())
