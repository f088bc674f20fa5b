"""The sidebar sections, in the order the sidebar shows them."""

from __future__ import annotations

import importlib

from .base import Section

# (module, class) per section; the main window builds them in this order.
SECTION_SPECS: tuple[tuple[str, str], ...] = (
    ("home", "HomeSection"),
    ("notes", "NotesSection"),
    ("readings", "ReadingsSection"),
    ("practices", "PracticesSection"),
    ("plans", "PlansSection"),
    ("groups", "GroupsSection"),
    ("symposia", "SymposiaSection"),
    ("people", "PeopleSection"),
    ("sync", "SyncSection"),
    ("conflicts", "ConflictsSection"),
    ("trash", "TrashSection"),
)


def section_classes() -> list[type[Section]]:
    classes = []
    for module, name in SECTION_SPECS:
        mod = importlib.import_module(f"{__name__}.{module}")
        classes.append(getattr(mod, name))
    return classes
