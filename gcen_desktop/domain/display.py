"""Text from elsewhere (a bundle's names and records, a command-line argument) made safe to show.

A teammate's name, a workspace name or a record title arrives in a bundle as any string. Shown
as it is, a control character can drive the terminal (`\\x1b[2J` clears it, other sequences
rewrite the lines above), a bidi override (U+202E) reverses what follows it on the line, and a
line break starts a line that looks like the app's own ("Signed by … (trusted)"). `visible`
writes each of those characters as its `\\uXXXX` escape instead, so it can be seen, and never acts;
the escape is also a valid JSON string escape, so the same filter keeps JSON output meaning what
it meant. Lone surrogates (undecodable bytes of a file name or argument) are written the same way.
"""

from __future__ import annotations

import re

# Bidi controls: the Arabic letter mark, LRM/RLM, the embeddings and overrides (U+202A–U+202E)
# and the isolates (U+2066–U+2069). Natural right-to-left text needs none of them.
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# C0 and C1 controls, DEL, the line and paragraph separators, lone surrogates and bidi controls.
_SINGLE_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff{_BIDI}]")
# The same, except the line break and tab that a multi-line text (a note body) may hold.
_MULTI_LINE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff{_BIDI}]")


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def visible(text: object) -> str:
    """`text` on one line, with every control, bidi and line-breaking character as an escape."""
    return _SINGLE_LINE.sub(_escape, str(text))


def visible_lines(text: object) -> str:
    """`text` with its line breaks and tabs kept, every other control or bidi character escaped
    (a Windows line end counts as a line break)."""
    return _MULTI_LINE.sub(_escape, str(text).replace("\r\n", "\n"))
