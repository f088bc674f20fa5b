"""Sizes in bytes and how people read them."""

from __future__ import annotations

KiB = 1024
MiB = 1024 * KiB
GiB = 1024 * MiB


def human_size(n: float) -> str:
    """A size as people read it: 900 bytes, 4 KiB, 18.5 MiB, 1 GiB."""
    for unit, size in (("GiB", GiB), ("MiB", MiB), ("KiB", KiB)):
        if n >= size:
            value = n / size
            return (
                f"{value:,.0f} {unit}"
                if value >= 100 or value == int(value)
                else f"{value:,.1f} {unit}"
            )
    return f"{int(n):,} bytes"
