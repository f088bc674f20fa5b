"""Checking one line of events.jsonl, the general way: every check, in the order its problems are
told to the user."""

from __future__ import annotations

from typing import Any

import msgspec

from ...domain.errors import Phrase, ValidationError
from ...domain.schema import FUTURE_NAME, MAX_TITLE, TYPES, Field, RecordType
from ...store.events import (
    ReadEvent,
    body_of,
    checked_line,
    fields_span,
    h_member_at,
    hash_ok,
    line_hash_ok,
)
from ...store.merge import DEL
from ..errors import (
    BundleCorrupt,
    BundleNewerFormat,
)
from ..limits import Limits, human_size
from .event_format import (
    _HASH_TEXT,
    _HLC_TEXT,
    _IDS,
    _LONE_SURROGATE,
    _NUL_ESCAPE,
    _REPLICA_ID,
    _SURROGATE_ESCAPE,
    _UUID_TEXT,
    CheckedLine,
    Event,
    LenientEvent,
    _decode_event,
    _encode_event,
    _why_not_json,
    event_values,
)
from .fast_checker import CanonicalCheck, _fields_checked_in_c


class EventChecker(CanonicalCheck):
    """Decodes one line of events.jsonl into a checked event dict, or raises BundleCorrupt."""

    def __init__(self, limits: Limits, *, lenient: bool = False) -> None:
        self.limits = limits
        self.lenient = lenient
        self._decode_checked, self._to_validate = _fields_checked_in_c(limits)
        self._not_decoded: bytes | None = None  # the last line _decode_checked refused
        # per (type, field): the field, the JSON type of its values, the length cap, and the values
        # known good without asking Field.validate (None: plain text, checked by type and length)
        self._rules: dict[str, dict[str, tuple[Field, type, int, frozenset | None]]] = {}
        for t in TYPES.values():
            for f in t.fields:
                kind = int if f.kind == "int" else bool if f.kind == "bool" else str
                cap = (
                    limits.body_chars
                    if f.kind == "text"
                    else limits.title_chars
                    if f.max_len == MAX_TITLE
                    else f.max_len
                )
                plain = f.kind in ("str", "text")  # a position is checked by Field.validate too
                self._rules.setdefault(t.name, {})[f.name] = (
                    f,
                    kind,
                    cap,
                    None if plain else frozenset(f.choices),
                )

    def line_too_long(self, n: int) -> BundleCorrupt:
        return BundleCorrupt(
            "Change %(n)d in this bundle is longer than the %(limit)s a line "
            "may be; ask the sender to export it again.",
            n=n,
            limit=human_size(self.limits.line_bytes),
        )

    def _bad(self, n: int, what: Phrase) -> BundleCorrupt:
        """`what`: a Phrase saying what is wrong with the change, as in "Change 3 in this bundle <what>"."""
        return BundleCorrupt(
            "Change %(n)d in this bundle %(problem)s; ask the sender to export it again.", n=n, problem=what
        )

    def decode(self, line: bytes, n: int) -> dict[str, Any]:
        """The event of a line, checked, as the store applies it (a ReadEvent when the line is
        canonical), or raise BundleCorrupt."""
        event, raw = self._typed(line, n)
        if raw is not None:
            return self._checked_raw(raw, line, n)
        event, body, span = self._checked_typed(event, line, n)
        values = event_values(event)
        return ReadEvent(values, body, span) if body is line else values

    def check(self, line: bytes, n: int) -> CheckedLine:
        """`decode`, giving the typed event with the bytes the store keeps of it (a reader that
        needs no dict)."""
        if not self.lenient:
            checked = self._canonical_and_good(line)
            if checked is not None:
                return checked
        event, raw = self._typed(line, n, tried=self._not_decoded is line)
        if raw is not None:
            checked = self._checked_raw(raw, line, n)
            return event, body_of(checked), getattr(checked, "fields_span", None)
        return self._checked_typed(event, line, n)

    def _typed(self, line: bytes, n: int, *, tried: bool = False) -> tuple[Event, dict[str, Any] | None]:
        """The line decoded typed and checked but for its hash. Of a newer minor format's line,
        also the plain JSON, which keeps the members this version does not know (its hash covers
        them). `tried`: the decoder that checks the fields refused the line already."""
        if not self.lenient:  # (a newer schema's line, most often: typed in one pass)
            event = self._typed_strict(line, n, tried)
            if event is not None:
                return event, None
        # decoded as plain JSON first, then typed: a line that is no JSON is told as such
        try:
            raw = msgspec.json.decode(line)
            event = msgspec.convert(raw, LenientEvent if self.lenient else Event)
        except msgspec.ValidationError as e:
            op = raw.get("op") if isinstance(raw, dict) else None
            if self.lenient and isinstance(op, str) and FUTURE_NAME.fullmatch(op):
                raise BundleNewerFormat(
                    "This bundle was made by a newer GCEN Desktop: change %(n)d in it is of a kind this version "
                    "does not know (%(op)s); update GCEN Desktop and import it again.", n=n, op=op,
                ) from None
            raise self._bad(n, Phrase("is not valid (%(reason)s)", reason=str(e)[:285])) from None
        except (msgspec.DecodeError, UnicodeDecodeError) as e:
            raise self._bad(n, _why_not_json(line, e)) from None
        self._check_all(event, line, n)
        return event, raw if self.lenient else None

    def _typed_strict(self, line: bytes, n: int, tried: bool) -> Event | None:
        """The line decoded typed and checked, by the decoder that checks the fields (unless it
        `tried` already) or else by the plain typed decoder; None when neither decodes it (the
        caller then tells why)."""
        if not tried:
            event = self._typed_in_c(line, n)
            if event is not None:
                return event
        try:
            event = _decode_event(line)
        except (msgspec.DecodeError, UnicodeDecodeError):
            return None  # told by the caller
        self._check_all(event, line, n)
        return event

    def _typed_in_c(self, line: bytes, n: int) -> Event | None:
        """The line decoded by the decoder that checks the fields, if it takes it and it passes
        every other check; None for a line to be told the slow way (which problem comes first)."""
        try:
            typed = self._decode_checked(line)
        except (msgspec.DecodeError, UnicodeDecodeError):  # (or a ValidationError) decoded again, to tell why
            return None
        # read as an Event from here on: the same members, its fields a dict
        if typed.fields is not msgspec.UNSET:
            typed.fields = msgspec.to_builtins(typed.fields)
        try:
            self._check_all(typed, line, n, fields_checked=True)
        except BundleCorrupt:
            return None
        return typed

    def _check_all(self, event: Event, line: bytes, n: int, *, fields_checked: bool = False) -> None:
        """Every check of a decoded line but its hash, in the order the problems are told."""
        if _SURROGATE_ESCAPE.search(line):
            self._check_text(event, n)
        self._check_ids(event, n)
        self._check_schema(event, n, fields_checked=fields_checked)
        if _NUL_ESCAPE in line:
            self._check_nul(event, n)

    def _checked_typed(self, event: Event, line: bytes, n: int) -> CheckedLine:
        # Canonical when encoding the event (this format's members only, every key sorted) gives
        # the line back: then hashed as it is.
        if _encode_event(event) == line:
            at = h_member_at(event.h, line)
            if at >= 0:
                if not line_hash_ok(event.h, line, at):
                    raise self._altered(n)
                return event, line, fields_span(line, at) if event.fields is not msgspec.UNSET else None
        values = event_values(event)  # hashed the slow way, its canonical bytes kept
        try:
            ok = hash_ok(values)
        except (TypeError, ValueError):  # a value JSON can carry but the canonical form cannot
            ok = False
        if not ok:
            raise self._altered(n)
        return event, body_of(values), None

    def _checked_raw(self, raw: dict[str, Any], line: bytes, n: int) -> dict[str, Any]:
        try:
            checked = checked_line(raw, line)
        except (TypeError, ValueError):  # a value JSON can carry but the canonical form cannot
            checked = None
        if checked is None:
            raise self._altered(n)
        return checked

    def _altered(self, n: int) -> BundleCorrupt:
        return self._bad(n, Phrase("does not match its own hash (h), so it was altered or damaged"))

    def _check_text(self, event: Event, n: int) -> None:
        texts = [
            event.type,
            event.hlc,
            *(event.fields or {}),
            *(event.parents or {}),
            *(event.observed or {}),
        ]
        texts += [v for v in (event.fields or {}).values() if isinstance(v, str)]
        for text in texts:
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                raise self._bad(n, _LONE_SURROGATE) from None

    def _check_nul(self, event: Event, n: int) -> None:
        """Refuse text with a NUL character: no store of this version holds one (local writes
        refuse it), so none may arrive either."""
        for name, value in (event.fields or {}).items():
            if "\x00" in name or (isinstance(value, str) and "\x00" in value):
                raise self._bad(
                    n,
                    Phrase(
                        "has a '%(field)s' that contains a NUL character, which other teammates' stores cannot hold",
                        field=name.replace("\x00", "\\0"),
                    ),
                )

    def _check_ids(self, event: Event, n: int) -> None:
        if not _IDS.fullmatch(f"{event.dot[0]}\n{event.hlc}\n{event.rec}\n{event.h}"):
            self._which_id(event, n)
        for group in (event.parents, event.observed):
            for dots in (group or {}).values():
                for r, _s in dots:
                    if not _REPLICA_ID.fullmatch(r):
                        raise self._bad(n, Phrase("names a version made by a store whose id is not one"))

    def _which_id(self, event: Event, n: int) -> None:
        """Raise for the first of the event's own ids that is malformed."""
        if not _REPLICA_ID.fullmatch(event.dot[0]):
            raise self._bad(n, Phrase("names the store that made it with an id that is not one"))
        if not _HLC_TEXT.fullmatch(event.hlc):
            raise self._bad(n, Phrase("has a time (hlc) that is not in the form every store writes"))
        if not _UUID_TEXT.fullmatch(event.rec):
            raise self._bad(n, Phrase("is about a record whose id is not one (a UUID)"))
        if not _HASH_TEXT.fullmatch(event.h):
            raise self._bad(n, Phrase("has a hash (h) that is not a SHA-256"))
        raise self._bad(n, Phrase("is not valid (%(reason)s)", reason="ids"))  # pragma: no cover - one above fails

    def _check_schema(self, event: Event, n: int, *, fields_checked: bool = False) -> None:
        """`fields_checked`: the decoder checked the fields' names and values (see
        `_fields_checked_in_c`) but for what only Field.validate can tell."""
        rtype = TYPES.get(event.type)
        # a newer version's record type: kept and relayed, not shown (SYNC.md, "Versions")
        if rtype is None and FUTURE_NAME.fullmatch(event.type) is None:
            raise self._bad(n, Phrase("is about a record type %(type)s that is not a name", type=repr(event.type)))
        if event.op == "set":
            if not event.fields or event.observed is not msgspec.UNSET:
                raise self._bad(n, Phrase("is an edit without fields, or with a deletion's fields"))
            if rtype is None:
                for name, value in event.fields.items():
                    self._check_future_value(name, value, n)
            elif fields_checked:
                self._check_later_values(event.fields, rtype.name, n)
            else:
                self._check_fields(event.fields, rtype.name, n)
        else:
            self._check_deletion_shape(event, n)
        self._check_names(event, rtype, n)

    def _check_deletion_shape(self, event: Event, n: int) -> None:
        if (
            event.observed is msgspec.UNSET
            or event.fields is not msgspec.UNSET
            or event.parents is not msgspec.UNSET
        ):
            raise self._bad(n, Phrase("is a deletion without the versions it saw, or with an edit's fields"))

    def _check_later_values(self, fields: dict[str, Any], type_name: str, n: int) -> None:
        """The values the decoder that checks the fields left to Field.validate."""
        rules = self._rules[type_name]
        for name in self._to_validate[type_name]:
            if name in fields:
                self._check_value(rules[name], type_name, name, fields[name], n)

    def _check_fields(self, fields: dict[str, Any], type_name: str, n: int) -> None:
        """Every field's name and value, of a known type."""
        rules = self._rules[type_name]
        for name, value in fields.items():
            rule = rules.get(name)
            if rule is None:  # a newer version's field: kept and relayed, not shown
                self._check_future_value(name, value, n)
                continue
            f, kind, cap, known_good = rule
            # the common case, inline: text of the right kind and length, or a known choice
            if type(value) is kind and (
                (known_good is None and (len(value) <= cap if kind is str else True) and (value or not f.required))
                or (known_good is not None and value in known_good)
            ):
                continue
            self._check_value(rule, type_name, name, value, n)

    def _check_names(self, event: Event, rtype: RecordType | None, n: int) -> None:
        """The fields a change's parents or observed versions name: this type's, or a newer
        version's (a name like ours)."""
        known = rtype.by_name if rtype is not None else {}
        for group in (event.parents, event.observed):
            for name in group or ():
                if name != DEL and name not in known and FUTURE_NAME.fullmatch(name) is None:
                    raise self._bad(
                        n,
                        Phrase(
                            "names a field %(field)s that a %(type)s does not have",
                            field=repr(name),
                            type=rtype.name if rtype is not None else event.type,
                        ),
                    )

    def _check_future_value(self, name: str, value: object, n: int) -> None:
        """A value of a field this version does not know (of a known type or a newer one): a name
        like ours and a scalar within the import's limits (the event's type made it a string, a
        64-bit integer, a boolean or null; text is capped as the longest field's is)."""
        if FUTURE_NAME.fullmatch(name) is None:
            raise self._bad(n, Phrase("sets a field %(field)s that is not a name", field=repr(name)))
        if type(value) is str and len(value) > self.limits.body_chars:
            raise self._bad(
                n, Phrase("has a '%(field)s' longer than %(limit)d characters", field=name, limit=self.limits.body_chars)
            )

    def _check_kind(self, kind: type, cap: int, name: str, value: object, n: int) -> None:
        if type(value) is not kind:
            raise self._bad(n, Phrase("gives '%(field)s' a value of the wrong kind", field=name))
        if kind is str and len(value) > cap:  # type: ignore[arg-type]
            raise self._bad(n, Phrase("has a '%(field)s' longer than %(limit)d characters", field=name, limit=cap))

    def _check_value(self, rule: tuple, type_name: str, name: str, value: object, n: int) -> None:
        f, kind, cap, known_good = rule
        if value is not None:
            self._check_kind(kind, cap, name, value, n)
        if known_good is None:  # plain text: only emptiness is left to check
            if f.required and not value:
                raise self._bad(
                    n, Phrase("has an empty '%(field)s', which a %(type)s must have", field=name, type=type_name)
                )
            return
        if value in known_good:
            return
        if f.kind == "enum" and type(value) is str and FUTURE_NAME.fullmatch(value) is not None:
            return  # a choice a newer version added: kept as it is, shown as its raw value
        try:
            f.validate(value)
        except ValidationError as e:
            raise self._bad(n, Phrase("has a bad value: %(reason)s", reason=e)) from None
