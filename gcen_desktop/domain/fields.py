"""A field of a record type: its kind, limits and vocabulary, and the validation of its values.

Values are JSON scalars (str, int, bool or None); dates are ISO `YYYY-MM-DD`, times `HH:MM`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from fractional_indexing import FIError, validate_order_key

from .errors import ValidationError
from .ids import is_uuid

# What a bundle may carry (sync/limits.py reads these), so that local writes obey the same limits
# and nothing this store accepts can make an export fail or be refused on the other side.
MAX_TITLE = 1_000
MAX_BODY = 1_000_000
MAX_SHORT = 10_000
MIN_INT, MAX_INT = -(2**63), 2**63 - 1  # what the store's JSON holds

# Where a field is shown (`Field.shown`): the record's form (a screen that lays its form out itself
# lists it; one that does not shows every field marked "form", in schema order), and the shared
# documents made of the record (the plan report lists the ones it does not lay out itself).
FORM = "form"
DOCUMENT = "document"

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_TRUE = ("1", "true", "yes", "y", "on")
_FALSE = ("0", "false", "no", "n", "off")


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # str | text | date | time | int | bool | enum | ref | position
    required: bool = False
    choices: tuple[str, ...] = ()
    ref: tuple[str, ...] = ()  # record types a ref may point to
    default: object = None
    searchable: bool = False  # goes into the full-text index
    max_len: int = MAX_SHORT
    # The field as people call it: English source text, which `scripts/translations.py extract`
    # puts in the catalogue (context "Fields") and the UI and documents translate where they show
    # it. Empty for fields nobody sees under their own name (ids, hashes, positions).
    label: str = ""
    shown: tuple[str, ...] = ()  # FORM, DOCUMENT: where it is shown
    person: bool = False  # the record's person (lists and Home show who), at most one per type

    @property
    def caption(self) -> str:
        """The English label, or the name made readable for a field without one."""
        return self.label or self.name.replace("_", " ").capitalize()

    def validate(self, value: object) -> object:
        """Return the normalised value, or raise ValidationError in plain words."""
        if value is None or value == "":
            if self.required:
                raise ValidationError("'%(field)s' cannot be empty.", field=self.name)
            return None if self.kind not in ("str", "text") else ("" if value == "" else None)
        check = _CHECKS.get(self.kind)
        if check is None:
            raise AssertionError(f"unknown field kind {self.kind}")
        return check(self, value)


def _check_text(f: Field, value: object) -> str:
    text = value if isinstance(value, str) else str(value)
    limit = MAX_BODY if f.kind == "text" else f.max_len
    if len(text) > limit:
        raise ValidationError("'%(field)s' is longer than %(limit)d characters.", field=f.name, limit=limit)
    if "\x00" in text:
        raise ValidationError(
            "'%(field)s' contains a NUL character, which other teammates' stores cannot hold; "
            "remove it and try again.",
            field=f.name,
        )
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate (from a file name or a broken paste)
            raise ValidationError(
                "'%(field)s' holds text that is not valid Unicode (a lone surrogate); type or paste it again.",
                field=f.name,
            ) from None
    return text


def _check_position(f: Field, value: object) -> str:
    text = _check_text(f, value)
    # A malformed key would make every later insert or move among its siblings fail.
    try:
        validate_order_key(text)
    except FIError:
        raise ValidationError(
            "'%(value)s' is not an order key for '%(field)s' (e.g. a0); move the record instead.",
            value=text,
            field=f.name,
        ) from None
    return text


def _check_date(f: Field, value: object) -> str:
    text = str(value).strip()
    try:
        if not _DATE.match(text):
            raise ValueError
        dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            "'%(value)s' is not a date for '%(field)s': use YYYY-MM-DD, e.g. 2026-03-14.", value=value, field=f.name
        ) from None
    return text


def _check_time(f: Field, value: object) -> str:
    text = str(value).strip()
    if not _TIME.match(text):
        raise ValidationError("'%(value)s' is not a time for '%(field)s': use HH:MM.", value=value, field=f.name)
    return text


def _check_int(f: Field, value: object) -> int:
    if isinstance(value, bool):
        raise ValidationError("'%(field)s' must be a whole number.", field=f.name)
    text = str(value).strip()
    try:
        # Longer than any 64-bit number: not converted at all (Python refuses more than
        # 4,300 digits with a ValueError of its own; SQLite stores at most 64 bits).
        number = int(text) if len(text) <= 40 else None
    except ValueError:
        raise ValidationError(
            "'%(field)s' must be a whole number, not '%(value)s'.", field=f.name, value=str(value)[:80]
        ) from None
    if number is None and not text.lstrip("+-").isdigit():
        raise ValidationError("'%(field)s' must be a whole number, not '%(value)s'.", field=f.name, value=text[:40] + "…")
    if number is None or not MIN_INT <= number <= MAX_INT:
        raise ValidationError("'%(field)s' is too large a number; use one of at most 18 digits.", field=f.name)
    return number


def _check_bool(f: Field, value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValidationError("'%(field)s' must be yes or no, not '%(value)s'.", field=f.name, value=value)


def _check_enum(f: Field, value: object) -> str:
    text = str(value).strip().casefold().replace(" ", "_").replace("-", "_")
    if text not in f.choices:
        raise ValidationError(
            "'%(value)s' is not a %(field)s; choose one of: %(choices)s.",
            value=value,
            field=f.name,
            choices=", ".join(f.choices),
        )
    return text


def _check_ref(f: Field, value: object) -> str:
    text = str(value).strip()
    if not is_uuid(text):
        raise ValidationError("'%(field)s' must be the id of a record, not '%(value)s'.", field=f.name, value=value)
    return text


_CHECKS: dict[str, Callable[[Field, object], object]] = {
    "str": _check_text,
    "text": _check_text,
    "position": _check_position,
    "date": _check_date,
    "time": _check_time,
    "int": _check_int,
    "bool": _check_bool,
    "enum": _check_enum,
    "ref": _check_ref,
}
