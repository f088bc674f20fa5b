"""The sidebar sections, in the order the sidebar shows them."""

from __future__ import annotations

import importlib

from ...domain.schema import sections
from .base import Section

# The sidebar's order. The section of a record type the schema adds (`RecordType.section`, a
# module here with a class named after it, e.g. risks.py: RisksSection) comes before Sharing.
SIDEBAR = ("home", "notes", "readings", "practices", "plans", "groups", "symposia", "people",
           "sync", "conflicts", "trash")


def section_modules() -> tuple[str, ...]:
    added = [name for name in sections() if name not in SIDEBAR]
    at = SIDEBAR.index("sync")
    return (*SIDEBAR[:at], *added, *SIDEBAR[at:])


# (module, class) per section; the main window builds them in this order.
SECTION_SPECS: tuple[tuple[str, str], ...] = tuple((name, f"{name.title()}Section") for name in section_modules())


def section_classes() -> list[type[Section]]:
    classes = []
    for module, name in SECTION_SPECS:
        mod = importlib.import_module(f"{__name__}.{module}")
        classes.append(getattr(mod, name))
    return classes
