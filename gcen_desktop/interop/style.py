"""The look of shared documents, read from `templates/style.json` (or a file a person supplies)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from ..domain.errors import UserError

TEMPLATES = Path(__file__).resolve().parent / "templates"


@dataclass(frozen=True)
class Style:
    raw: dict[str, Any]

    def colour(self, name: str) -> str:
        return str(self.raw["colours"][name])

    def rgb(self, name: str) -> tuple[int, int, int]:
        text = self.colour(name).lstrip("#")
        return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)

    def size(self, name: str) -> float:
        return float(self.raw["sizes"][name])

    @property
    def margin_mm(self) -> float:
        return float(self.raw["page"]["margin_mm"])

    @property
    def page_size(self) -> str:
        return str(self.raw["page"]["size"])

    @property
    def line_height(self) -> float:
        return float(self.raw.get("line_height", 1.4))

    def section(self, name: str) -> dict[str, Any]:
        return dict(self.raw.get(name, {}))


def load_style(path: Path | str | None = None) -> Style:
    """The default style, with any keys of the given file laid over it."""
    base = orjson.loads((TEMPLATES / "style.json").read_bytes())
    if path is not None:
        try:
            custom = orjson.loads(Path(path).read_bytes())
        except (OSError, orjson.JSONDecodeError) as exc:
            raise UserError(
                "The style file %(path)s could not be read (%(reason)s); fix it or leave it out.",
                path=str(path),
                reason=str(exc),
            ) from None
        for key, value in custom.items():
            if isinstance(value, dict) and isinstance(base.get(key), dict):
                base[key].update(value)
            else:
                base[key] = value
    return Style(base)


def template_text(name: str) -> str:
    return (TEMPLATES / name).read_text(encoding="utf-8")
