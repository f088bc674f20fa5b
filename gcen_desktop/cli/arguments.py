"""argparse types for numbers given on the command line: a bounded range, checked before conversion,
so a thousand-digit or non-finite value is a usage error (exit 2), never a traceback."""

from __future__ import annotations

import argparse
import math
import re
from collections.abc import Callable

_WHOLE = re.compile(r"[+-]?\d{1,18}")
_DECIMAL = re.compile(r"[+-]?(\d{1,12}(\.\d{0,6})?|\.\d{1,6})")


def whole_number(lowest: int, highest: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        text = text.strip()
        if not _WHOLE.fullmatch(text) or not lowest <= int(text) <= highest:
            raise argparse.ArgumentTypeError(f"give a whole number from {lowest:,} to {highest:,}")
        return int(text)

    return parse


def seconds(lowest: float, highest: float) -> Callable[[str], float]:
    def parse(text: str) -> float:
        text = text.strip()
        value = float(text) if _DECIMAL.fullmatch(text) else math.nan
        if not lowest <= value <= highest:
            raise argparse.ArgumentTypeError(f"give a number of seconds from {lowest:,g} to {highest:,g}")
        return value

    return parse
