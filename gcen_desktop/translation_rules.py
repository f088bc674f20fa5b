"""The app's languages and the rules a translation keeps: placeholders, accelerators, the pseudo-locale.

Plain Python (no Qt), so the translation script and the tests share it with the UI. Where the
.ts and .qm files are is `gcen_desktop.resources`'s business.
"""

from __future__ import annotations

import math
import re

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


# Every Latin letter has a look-alike, so no English word survives inside a pseudo string.
_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "áƀçďéƒĝĥîĵķļɱñöþʠŕšţüṽŵẋýžÅƁÇĎÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÜṼŴẊÝŽ",
)


def pseudo(text: str) -> str:
    """`Save plan` -> `[Šáṽé~~ þļáñ~~]`: accented, 40% longer, bracketed; placeholders kept.

    Every word grows by 40% (as translations do: longer words, not one long tail), so wrapped
    text still wraps. The brackets show where each translated string starts and ends, so a test
    or a person sees at once text that did not go through a translation, or a label cut short.
    """
    if not text:
        return text
    # A trailing ellipsis or colon stays last, so "Export…" reads as "[Éẋþöŕţ~~~…]".
    tail = next((e for e in ("…", "...", ":") if text.endswith(e) and len(text) > len(e)), "")
    core = text[: len(text) - len(tail)]
    pieces: list[str] = []
    position = 0
    for match in PLACEHOLDER.finditer(core):
        pieces.append(_stretch(core[position : match.start()]))
        pieces.append(match.group())
        position = match.end()
    pieces.append(_stretch(core[position:]))
    body = "".join(pieces)
    wanted = math.ceil(len(text) * PSEUDO_STRETCH)
    if len(body) - len(core) < wanted:  # text that is mostly placeholders
        body += "~" * (wanted - (len(body) - len(core)))
    return f"[{body}{tail}]"


def _stretch(chunk: str) -> str:
    """Accent every letter and lengthen every word by 40% (at least one character)."""
    return re.sub(
        r"[^\W\d_]+",
        lambda word: word.group().translate(_ACCENTED) + "~" * math.ceil(len(word.group()) * PSEUDO_STRETCH),
        chunk,
    )


def is_pseudo(text: str) -> bool:
    """True for text that went through the pseudo-locale (bracketed and padded)."""
    return text.startswith("[") and text.endswith("]") and "~" in text
