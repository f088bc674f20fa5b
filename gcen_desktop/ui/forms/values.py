"""Record types, fields and stored enum values as people read them: the schema's names, translated.

The names are declared once, in `domain/schema.py`; the catalogue holds their translations
(contexts "Types", "Fields", "Values"), which `scripts/translations.py extract` adds.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication

from ...domain.schema import (
    FIELD_CONTEXT,
    TYPE_CONTEXT,
    TYPES,
    VALUE_CONTEXT,
    VALUE_LABELS,
    field_caption,
)


# Cached on first use (after the translators are installed), then reused by every table cell.
@cache
def _value(value: str) -> str:
    label = VALUE_LABELS.get(value)
    return value if label is None else QCoreApplication.translate(VALUE_CONTEXT, label)


def value_name(value: object) -> str:
    """A stored value as people read it; unknown values are shown as stored."""
    if value is None:
        return ""
    return _value(str(value))


@cache
def type_name(type_: str) -> str:
    """A record type as people call it."""
    spec = TYPES.get(type_)
    return QCoreApplication.translate(TYPE_CONTEXT, spec.noun) if spec is not None and spec.noun else type_


def field_label(name: str, type_: str | None = None) -> str:
    """A field as people call it (used where a field is named on its own, e.g. in Conflicts)."""
    spec = TYPES.get(type_ or "")
    f = spec.by_name.get(name) if spec is not None else None
    labelled = f.label if f is not None else _labelled(name)
    return QCoreApplication.translate(FIELD_CONTEXT, labelled) if labelled else field_caption(name, type_)


def _labelled(name: str) -> str:
    return next((t.by_name[name].label for t in TYPES.values() if name in t.by_name and t.by_name[name].label), "")
