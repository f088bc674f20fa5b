"""What a publication carries, in words: "3 practices, 1 plan with 2 goals and 9 actions; 1 reading withdrawn"."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import QCoreApplication


def counted(type_: str, n: int) -> str:
    """'3 practices', '1 plan', … (a type cities do not publish: the number and its name)."""
    phrases = {
        "practice": lambda: QCoreApplication.translate("PublishWords", "%n practices", "", n),
        "action_plan": lambda: QCoreApplication.translate("PublishWords", "%n plans", "", n),
        "reading_item": lambda: QCoreApplication.translate("PublishWords", "%n readings", "", n),
        "note": lambda: QCoreApplication.translate("PublishWords", "%n notes", "", n),
        "symposium": lambda: QCoreApplication.translate("PublishWords", "%n symposia", "", n),
        "working_group": lambda: QCoreApplication.translate("PublishWords", "%n working groups", "", n),
        "goal": lambda: QCoreApplication.translate("PublishWords", "%n goals", "", n),
        "action": lambda: QCoreApplication.translate("PublishWords", "%n actions", "", n),
        "agenda_item": lambda: QCoreApplication.translate("PublishWords", "%n agenda items", "", n),
    }
    phrase = phrases.get(type_)
    return phrase() if phrase is not None else f"{n} {type_}"


def _and(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) < 2:
        return "".join(items)
    first = QCoreApplication.translate("PublishWords", ", ").join(items[:-1])
    return QCoreApplication.translate("PublishWords", "%1 and %2").replace("%2", items[-1]).replace("%1", first)


ORDER = ("practice", "action_plan", "reading_item", "note", "symposium", "working_group")


def _in_order(item: tuple[str, int]) -> tuple[int, str]:
    return (ORDER.index(item[0]) if item[0] in ORDER else len(ORDER), item[0])


def _published(plan: Any) -> list[str]:
    """'3 practices', '1 plan with 2 goals and 9 actions', … by type."""
    parts: dict[str, Counter[str]] = {}
    for p in plan.publications:
        parts.setdefault(p.type, Counter()).update(part.type for part in p.parts)
    shown = []
    for type_, n in sorted(Counter(p.type for p in plan.publications).items(), key=_in_order):
        within = [counted(t, k) for t, k in parts[type_].items()]
        text = counted(type_, n)
        if within:
            text = QCoreApplication.translate("PublishWords", "%1 with %2").replace("%2", _and(within)).replace("%1", text)
        shown.append(text)
    return shown


def describe(plan: Any) -> str:
    """The publications and withdrawals of a `publishing.Plan`, by type, parts counted by their type."""
    comma = QCoreApplication.translate("PublishWords", ", ")
    shown = _published(plan)
    said = [comma.join(shown)] if shown else []
    gone = [counted(t, n) for t, n in sorted(Counter(w.type for w in plan.withdrawals).items(), key=_in_order)]
    if gone:
        said.append(QCoreApplication.translate("PublishWords", "%1 withdrawn").replace("%1", comma.join(gone)))
    return QCoreApplication.translate("PublishWords", "; ").join(said)
