"""domain/display.py: text from elsewhere made safe to show, in the terminal and in Qt alike."""

from __future__ import annotations

import orjson
import pytest

from gcen_desktop.domain.display import visible, visible_lines


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Ana\x1b[2J", "Ana\\u001b[2J"),  # clears the terminal
        ("Ana\x9b31m", "Ana\\u009b31m"),  # the 8-bit CSI of some terminals
        ("Ana\u202eana", "Ana\\u202eana"),  # right-to-left override
        ("Ana\u2066x\u2069", "Ana\\u2066x\\u2069"),  # isolates
        ("Ana\nSigned by key 0000 (trusted)", "Ana\\u000aSigned by key 0000 (trusted)"),
        ("Ana\rBen", "Ana\\u000dBen"),
        ("Ana\u2028Ben", "Ana\\u2028Ben"),
        ("caf\udce9", "caf\\udce9"),  # an undecodable byte of a file name
        ("<b>Signed by Ana (trusted)</b>", "<b>Signed by Ana (trusted)</b>"),  # markup is Qt's to refuse
        ("محمد 北京 Séoul", "محمد 北京 Séoul"),  # natural right-to-left and other scripts stay
    ],
)
def test_visible_escapes_what_could_act(text, shown):
    assert visible(text) == shown


def test_visible_lines_keeps_line_breaks_and_tabs():
    assert visible_lines("a\r\nb\tc\n\x1b[2Jd\u202e") == "a\nb\tc\n\\u001b[2Jd\\u202e"


def test_the_escapes_are_json_string_escapes():
    """The CLI writes JSON through the same filter: the document keeps its meaning."""
    document = orjson.dumps({"name": "Ana\u202e\x85"}).decode()
    assert orjson.loads(visible_lines(document)) == {"name": "Ana\u202e\x85"}
