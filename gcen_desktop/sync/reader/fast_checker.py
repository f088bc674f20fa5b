"""The fast check of events.jsonl lines: a decoder that checks every field in C, and the one-go
path for a line in canonical form that passes every check (what every GCEN Desktop writes).

Neither gives a verdict of its own: whatever they refuse, `checker.EventChecker` judges the general
way, and `tests/sync/test_fast_checker.py` holds the two to the same outcomes on every field value."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Annotated, Any, Literal, Union

import msgspec

from ...domain.schema import FUTURE_NAME, MAX_TITLE, TYPES
from ...store.events import (
    fields_span,
    h_member_at,
    line_hash_ok,
)
from ...store.merge import DEL
from ..errors import (
    BundleCorrupt,
)
from ..limits import Limits
from .event_format import (
    _NUL_ESCAPE,
    _OWN_IDS,
    _REPLICA_ID,
    _SURROGATE_ESCAPE,
    CheckedLine,
    Event,
    _encode_event,
    _Int,
)


@functools.lru_cache(maxsize=4)
def _fields_checked_in_c(limits: Limits) -> tuple[Callable[[bytes], Any], dict[str, tuple[str, ...]]]:
    """A decoder of this format's events that also checks their fields, in C: a union of one
    struct per record type, told apart by `type`, each field typed by its kind and capped in
    length. It accepts no less strictly than `EventChecker._check_schema`; whatever it refuses
    is decoded again the slow way, which accepts it (a null, a value Field.validate normalises)
    or tells what is wrong in the user's words. Also returns, per type, the fields whose values
    Field.validate must still see (dates, references and other kinds without a list of choices)."""
    variants = []
    to_validate: dict[str, tuple[str, ...]] = {}
    for t in TYPES.values():
        fields, later = [], []
        for f in t.fields:
            value = _checked_in_c(f, limits)
            if value is None:  # its kind checked here, the rest by Field.validate
                value = (_Int if f.kind == "int" else bool if f.kind == "bool" else str) | None
                later.append(f.name)
            fields.append((f.name, value | msgspec.UnsetType, msgspec.UNSET))
        to_validate[t.name] = tuple(later)
        of_type = msgspec.defstruct(f"Fields_{t.name}", fields, forbid_unknown_fields=True)
        variants.append(msgspec.defstruct(
            f"Event_{t.name}",
            [(f.name, f.type, f.default) for f in msgspec.structs.fields(Event) if f.name not in ("fields", "type")]
            + [("fields", of_type | msgspec.UnsetType, msgspec.UNSET)],
            kw_only=True, forbid_unknown_fields=True, tag_field="type", tag=t.name,
            namespace={"type": t.name},  # read as Event's `type` is
        ))
    return msgspec.json.Decoder(Union[tuple(variants)]).decode, to_validate  # noqa: UP007


def _checked_in_c(f: Any, limits: Limits) -> Any:
    """The type the decoder checks a field's values with: a text's length, a choice; None for
    a field Field.validate must still see."""
    if f.kind in ("str", "text"):
        cap = limits.body_chars if f.kind == "text" else limits.title_chars if f.max_len == MAX_TITLE else f.max_len
        return Annotated[str, msgspec.Meta(max_length=cap, min_length=1 if f.required else 0)]
    if f.choices:
        return Literal[tuple(f.choices)]
    return None


class CanonicalCheck:
    """The one-go path of EventChecker (a mixin: it uses the checker's rules and value check)."""

    _decode_checked: Callable[[bytes], Any]
    _to_validate: dict[str, tuple[str, ...]]
    _rules: dict[str, dict[str, tuple]]
    _not_decoded: bytes | None
    _check_value: Callable[[tuple, str, str, object, int], None]  # raises BundleCorrupt

    def _canonical_and_good(self, line: bytes) -> CheckedLine | None:
        """`check` of a line in this format's canonical form that passes every check (what every
        GCEN Desktop writes), in one go; None for any other line, which `check` then judges the
        general way (so this gives no verdicts, only the same result sooner: a test holds the two
        to the same outcomes). A line the decoder that checks the fields refuses (a newer schema's,
        most often) is remembered in `_not_decoded`: `_typed` need not try it again."""
        try:
            event = self._decode_checked(line)
        except (msgspec.DecodeError, UnicodeDecodeError):
            self._not_decoded = line
            return None
        fields = event.fields
        if fields is not msgspec.UNSET:
            event.fields = fields = msgspec.to_builtins(fields)
        if _encode_event(event) != line or not self._good_shape(event, fields, line):
            return None
        h = event.h  # its form is known once it equals the line's hash, here
        at = h_member_at(h, line)
        if at < 0 or not line_hash_ok(h, line, at):
            return None
        return event, line, None if fields is msgspec.UNSET else fields_span(line, at)

    def _good_shape(self, event: Any, fields: Any, line: bytes) -> bool:
        """Whether a decoded event in canonical form passes the checks its decoder leaves: no
        escape a value never holds, ids of this format, an edit setting good values and naming
        known fields (a deletion: `_good_deletion`)."""
        if (b"\\" in line and _escape_refused(line)) or _OWN_IDS.fullmatch(
            f"{event.dot[0]}\n{event.hlc}\n{event.rec}"
        ) is None:
            return False
        if event.op != "set":
            return _good_deletion(event, fields)
        if not fields or event.observed is not msgspec.UNSET:
            return False
        later = self._to_validate[event.type]
        if later and not self._later_values_good(event.type, later, fields):
            return False
        return not event.parents or _names_known(event.type, event.parents)

    def _later_values_good(self, type_: str, later: tuple[str, ...], fields: dict[str, Any]) -> bool:
        """Whether the values the decoder leaves to Field.validate (dates, references …) pass."""
        rules = self._rules[type_]
        try:
            for name in later:
                if name in fields:
                    self._check_value(rules[name], type_, name, fields[name], 0)
        except BundleCorrupt:
            return False
        return True


def _escape_refused(line: bytes) -> bool:
    """An escape the canonical form of a value here never holds (a lone surrogate, a NUL)."""
    return _SURROGATE_ESCAPE.search(line) is not None or _NUL_ESCAPE in line


def _good_deletion(event: Any, fields: Any) -> bool:
    """A deletion observes versions, sets nothing and names no parents."""
    observed = event.observed
    if observed is msgspec.UNSET or fields is not msgspec.UNSET or event.parents is not msgspec.UNSET:
        return False
    return not observed or _names_known(event.type, observed)


def _names_known(type_: str, named: dict[str, list]) -> bool:
    """Whether every field the named versions are of is the type's (or a newer version's, or a
    restore's), and every version's replica id is well formed."""
    by_name = TYPES[type_].by_name
    for name, dots in named.items():
        if name != DEL and name not in by_name and FUTURE_NAME.fullmatch(name) is None:
            return False
        for r, _s in dots:
            if _REPLICA_ID.fullmatch(r) is None:
                return False
    return True
