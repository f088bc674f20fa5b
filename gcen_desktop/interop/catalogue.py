"""The app's translation catalogue read without Qt, so that documents use the UI's translations.

The catalogue is the Qt Linguist one (`gcen_desktop/resources/translations/gcen_<language>.ts`, filled from
`scripts/translation_memory/`). A source tree reads the .ts itself; a built app, which ships only
compiled catalogues, reads the `gcen_<language>.json` that `scripts/translations.py compile` writes
next to each .qm with the contexts documents use (`DOCUMENT_CONTEXTS`).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from ..domain.schema import FIELD_CONTEXT, TYPE_CONTEXT, VALUE_CONTEXT
from ..resources import translation_file
from ..translation_rules import LANGUAGES

DOCUMENTS = "Documents"  # the context of the documents' own headings (interop/labels.py)
DOCUMENT_CONTEXTS = (DOCUMENTS, FIELD_CONTEXT, TYPE_CONTEXT, VALUE_CONTEXT)

Messages = dict[tuple[str, str], str]  # (context, English source) -> translation


def catalogue_language(language: str) -> str | None:
    """The catalogue of a language code ("fr", "fr_FR", "zh", "pt-BR"), None for English or one
    the app is not translated into."""
    code = (language or "").replace("-", "_")
    if code in LANGUAGES:
        return code
    short = code.split("_")[0].lower()
    return next((name for name in LANGUAGES if name.split("_")[0] == short), None)


@cache
def messages(language: str) -> Messages:
    """The finished translations of `language`'s catalogue in the documents' contexts ({} if none)."""
    name = catalogue_language(language)
    if name is None:
        return {}
    ts, compiled = translation_file(name, ".ts"), translation_file(name, ".json")
    if ts.is_file():
        return read_ts(ts)
    if compiled.is_file():
        return read_json(compiled)
    return {}


def read_ts(path: Path) -> Messages:
    out: Messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        if name not in DOCUMENT_CONTEXTS:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" or translation is None or translation.get("type") or not translation.text:
                continue  # unfinished, vanished or plural: documents fall back to English
            out[(name, message.findtext("source") or "")] = translation.text
    return out


def read_json(path: Path) -> Messages:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {(context, source): text for context, texts in data.items() for source, text in texts.items()}


def write_json(ts: Path, target: Path) -> None:
    """The documents' part of a .ts as JSON (context -> source -> translation), for a built app."""
    data: dict[str, dict[str, str]] = {}
    for (context, source), text in sorted(read_ts(ts).items()):
        data.setdefault(context, {})[source] = text
    target.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
