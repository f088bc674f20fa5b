"""A "future" schema: this version's record types grown as a later release might grow them — a new
action-plan field (`budget`), a new action status (`cancelled`) and a new record type (`risk`, a
child of a plan). `grow()` changes the schema module in place (and the caches built from it), so
the package in this process behaves as that later version; `grown()` does it for a `with` block.
`python -m tests.sync.future_schema ARGS` runs the `gcen` command of that grown version."""

from __future__ import annotations

import contextlib
import dataclasses
import sys
from collections.abc import Iterator

from gcen_desktop.domain import schema

FUTURE_PLAN_FIELD = "budget"
FUTURE_STATUS = "cancelled"
FUTURE_TYPE = "risk"
FUTURE_VERSION = schema.SCHEMA_VERSION + 1


def _grown_types() -> dict[str, schema.RecordType]:
    types = dict(schema.TYPES)
    plan = types["action_plan"]
    types["action_plan"] = dataclasses.replace(plan, fields=(*plan.fields, schema.Field(FUTURE_PLAN_FIELD, "int")))
    action = types["action"]
    types["action"] = dataclasses.replace(
        action,
        fields=tuple(
            dataclasses.replace(f, choices=(*f.choices, FUTURE_STATUS)) if f.name == "status" else f
            for f in action.fields
        ),
    )
    types[FUTURE_TYPE] = schema._t(
        FUTURE_TYPE,
        schema.Field("plan", "ref", required=True, ref=("action_plan",)),
        schema.TITLE,
        schema.Field("likelihood", "enum", choices=("low", "medium", "high"), default="medium"),
        schema.Field("mitigation", "text", searchable=True),
        parent="plan",
        cli=FUTURE_TYPE,
    )
    return types


def _install(types: dict[str, schema.RecordType], version: int) -> None:
    schema.TYPES.clear()
    schema.TYPES.update(types)
    schema.CLI_TYPES.clear()
    schema.CLI_TYPES.update({t.cli_name: t.name for t in types.values() if t.cli_name})
    schema.CLI_NAME_OF.clear()
    schema.CLI_NAME_OF.update({v: k for k, v in schema.CLI_TYPES.items()})
    # imported after: what they make of TYPES when first imported is the grown schema's
    from gcen_desktop.store import apply, projection
    from gcen_desktop.sync import export
    from gcen_desktop.sync.reader import fast_checker, lines

    schema.SCHEMA_VERSION = export.SCHEMA_VERSION = version

    fast_checker._fields_checked_in_c.cache_clear()
    lines._TYPE_NAMES.clear()
    lines._TYPE_NAMES.update({name.encode(): name for name in types})
    projection.forget_shapes()
    apply._KEEPING_TYPES = tuple(t for t in types if t != "link")


def grow() -> None:
    """Make this process the later version (for good: a subprocess's)."""
    _install(_grown_types(), FUTURE_VERSION)


@contextlib.contextmanager
def grown() -> Iterator[None]:
    """This process is the later version inside the block; stores opened inside it are that
    version's stores (open them again after the block to use them as this version's)."""
    before, version = dict(schema.TYPES), schema.SCHEMA_VERSION
    _install(_grown_types(), FUTURE_VERSION)
    try:
        yield
    finally:
        _install(before, version)


if __name__ == "__main__":
    grow()
    from gcen_desktop.cli import main

    sys.exit(main(sys.argv[1:]))
