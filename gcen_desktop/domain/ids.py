"""Record ids: UUIDv7 made once on the authoring store; UUIDv5 for link records of natural pairs."""

import uuid

import uuid6

# Fixed namespace so two stores that add the same link derive the same id.
LINK_NAMESPACE = uuid.UUID("6f1d2c9e-3b7a-4e55-9c1e-0a8b7d6c5e41")


def new_id() -> str:
    return str(uuid6.uuid7())


def link_id(kind: str, a: str, b: str) -> str:
    """The id of the link record (kind, a, b); tags are matched case-insensitively."""
    return str(uuid.uuid5(LINK_NAMESPACE, f"{kind}\x1f{a}\x1f{b.casefold()}"))


def new_replica_id() -> str:
    return uuid.uuid4().hex[:16]


def is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except (ValueError, AttributeError, TypeError):
        return False
    return True
