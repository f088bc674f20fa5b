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
            kind = _Int if f.kind == "int" else bool if f.kind == "bool" else str
            if f.kind in ("str", "text"):
                cap = limits.body_chars if f.kind == "text" else limits.title_chars if f.max_len == MAX_TITLE else f.max_len
                value: Any = Annotated[str, msgspec.Meta(max_length=cap, min_length=1 if f.required else 0)]
            elif f.choices:
                value = Literal[tuple(f.choices)]
            else:  # its kind checked here, the rest by Field.validate
                value = kind | None
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
        if _encode_event(event) != line or (
            b"\\" in line and (_SURROGATE_ESCAPE.search(line) is not None or _NUL_ESCAPE in line)
        ):
            return None
        h = event.h  # its form is known once it equals the line's hash, below
        if _OWN_IDS.fullmatch(f"{event.dot[0]}\n{event.hlc}\n{event.rec}") is None:
            return None
        parents, observed = event.parents, event.observed
        if event.op == "set":
            if not fields or observed is not msgspec.UNSET:
                return None
            later = self._to_validate[event.type]
            if later:
                rules = self._rules[event.type]
                try:
                    for name in later:
                        if name in fields:
                            self._check_value(rules[name], event.type, name, fields[name], 0)
                except BundleCorrupt:
                    return None
        elif observed is msgspec.UNSET or fields is not msgspec.UNSET or parents is not msgspec.UNSET:
            return None
        if parents or observed:
            by_name = TYPES[event.type].by_name
            for group in (parents, observed):
                for name, dots in (group or {}).items():
                    if name != DEL and name not in by_name and FUTURE_NAME.fullmatch(name) is None:
                        return None
                    for r, _s in dots:
                        if _REPLICA_ID.fullmatch(r) is None:
                            return None
        at = h_member_at(h, line)
        if at < 0 or not line_hash_ok(h, line, at):
            return None
        return event, line, None if fields is msgspec.UNSET else fields_span(line, at)
