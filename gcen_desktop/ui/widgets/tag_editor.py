"""A tag editor: comma-separated tags with completion from the workspace's existing tags."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


def parse_tags(text: str) -> list[str]:
    seen: dict[str, str] = {}
    for part in text.split(","):
        tag = " ".join(part.split())
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return list(seen.values())


class TagEditor(QLineEdit):
    """`sig_tags_edited(list)` when the user leaves the box or presses Enter with changed tags."""

    sig_tags_edited = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.setAccessibleName(self.tr("Tags"))
        self._tags: list[str] = []
        self._choices = QStringListModel(self)
        completer = QCompleter(self._choices, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.activated.connect(self._on_completer_activated)
        self._completer = completer
        self.textEdited.connect(self._on_text_edited)
        self.editingFinished.connect(self._on_editing_finished)

    def set_choices(self, tags: list[str]) -> None:
        self._choices.setStringList(tags)

    def set_tags(self, tags: list[str]) -> None:
        """Show stored tags; text being typed stays unless the stored tags really changed (undo)."""
        changed = [t.casefold() for t in tags] != [t.casefold() for t in self._tags]
        self._tags = list(tags)
        if changed or not self.hasFocus():
            self.setText(", ".join(tags))

    def tags(self) -> list[str]:
        return parse_tags(self.text())

    def _on_text_edited(self, text: str) -> None:
        # Complete only the tag being typed (after the last comma).
        prefix = text.rsplit(",", 1)[-1].strip()
        if prefix:
            self._completer.setCompletionPrefix(prefix)
            self._completer.setWidget(self)
            self._completer.complete()

    def _on_completer_activated(self, chosen: str) -> None:
        head = self.text().rsplit(",", 1)[0] if "," in self.text() else ""
        self.setText((head + ", " if head else "") + chosen + ", ")

    def _on_editing_finished(self) -> None:
        tags = self.tags()
        if [t.casefold() for t in tags] != [t.casefold() for t in self._tags]:
            self._tags = tags
            self.sig_tags_edited.emit(tags)
        self.setText(", ".join(tags))
