"""Where the app's translations live and what they are: languages, .qm paths, the pseudo-locale.

Plain Python (no Qt), so the translation script, the packaging and the tests share it with the UI.
The .ts sources are in `resources/translations/`; `scripts/translations.py compile` writes the
.qm files next to them (the frozen build ships them in the same place).
"""

from __future__ import annotations

import math
import re
from pathlib import Path

# In a source tree and in the PyInstaller build alike, `resources/` sits next to the package.
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
TRANSLATIONS = RESOURCES / "translations"

# Language code (as in the .ts/.qm file names and QLocale names) -> the language's own name.
LANGUAGES: dict[str, str] = {
    "fr": "Français",
    "es": "Español",
    "zh_CN": "简体中文",
    "ko": "한국어",
    "pt_BR": "Português (Brasil)",
}
# The pseudo-locale: every string stretched and bracketed, to find untranslated or clipped text.
PSEUDO = "pseudo"
PSEUDO_STRETCH = 0.4


def translation_file(language: str, suffix: str = ".qm") -> Path:
    """`resources/translations/gcen_<language>.qm` (or `.ts`)."""
    return TRANSLATIONS / f"gcen_{language}{suffix}"


# Parts of a message that must survive translation unchanged: Qt (%1, %n, %L1), printf (%s,
# %(name)s), str.format ({name}), HTML tags and entities.
PLACEHOLDER = re.compile(
    r"%L?\d+|%n|%\([A-Za-z_][A-Za-z_0-9]*\)[sdrif]|%[sdrif]|\{[A-Za-z_0-9]*(?:[:!][^{}]*)?\}"
    r"|<[^<>]+>|&[a-zA-Z]+;|&#\d+;"
)


def placeholders(text: str) -> list[str]:
    """The placeholders, tags and entities of a message, sorted (compare source and translation)."""
    return sorted(PLACEHOLDER.findall(text))


def accelerator_count(text: str) -> int:
    """How many `&X` keyboard accelerators a message has (`&&` and entities are not ones)."""
    stripped = PLACEHOLDER.sub("", text).replace("&&", "")
    return len(re.findall(r"&(?=\S)", stripped))


_ACCENTED = str.maketrans(
    "aceinosuyACEINOSUYgkltzGKLTZ",
    "áçéîñöšüýÅÇÉÎÑÖŠÜÝĝķļţžĜĶĻŢŽ",
)


def pseudo(text: str) -> str:
    """`Save plan` -> `[Šávé þláñ~~~~]`: accented, 40% longer, bracketed; placeholders kept.

    The brackets show where every translated string starts and ends, so a test (or a person)
    sees at once any text that did not go through a translation, and any label cut short.
    """
    if not text:
        return text
    pieces: list[str] = []
    visible = 0
    position = 0
    for match in PLACEHOLDER.finditer(text):
        chunk = text[position : match.start()]
        pieces.append(chunk.translate(_ACCENTED))
        visible += len(chunk)
        pieces.append(match.group())
        visible += len(match.group())
        position = match.end()
    chunk = text[position:]
    pieces.append(chunk.translate(_ACCENTED))
    visible += len(chunk)
    padding = "~" * max(1, math.ceil(visible * PSEUDO_STRETCH))
    body = "".join(pieces)
    # Keep a trailing ellipsis or colon last, so "Export…" reads as "[Éxpöŕţ~~…]".
    tail = ""
    for ending in ("…", "...", ":"):
        if body.endswith(ending):
            body, tail = body[: -len(ending)], ending
            break
    return f"[{body}{padding}{tail}]"


def is_pseudo(text: str) -> bool:
    """True for text that went through the pseudo-locale (bracketed and padded)."""
    return text.startswith("[") and text.endswith("]") and "~" in text
