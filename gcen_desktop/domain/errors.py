"""Errors a user can cause, each carrying one plain sentence that says what to do next.

The sentence is a template with named parameters, so the app can show it in the user's language:

    raise UserError("There is no file %(path)s; check the name and try again.", path=str(path))

`str(error)` is the English sentence (what the CLI prints and the tests match). `%(name)d` is a
number, written with thousands separators (`1,234`; the app uses the user's locale); `%(name)s`
is any other value, written as `str()` gives it, except that a `Phrase` or another `UserError`
given as a value is itself translated, and that a text value is written on one line with its
control, bidi and line-breaking characters as escapes (`display.visible`): a value typed or read
from a file cannot break the sentence into lines or reverse it. The templates are literal strings at every raise site, so
`scripts/translations.py extract` finds them all and a test fails on one built by hand.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from .display import visible

# `%(name)s` and `%(name)d`; any other `%` in a template is literal text.
PARAMETER = re.compile(r"%\(([A-Za-z_][A-Za-z_0-9]*)\)([sd])")


def english_number(value: int) -> str:
    return f"{value:,}"


def fill(
    template: str,
    params: Mapping[str, Any],
    *,
    number: Callable[[int], str] = english_number,
    text: Callable[[Any], str] = str,
) -> str:
    """The template with its parameters written in: `number` for ints in `%(name)d`, else `text`.

    A placeholder without a parameter stays as it is (a test checks every raise site has them all):
    a message with a gap is better than an error about the error.
    """
    if not params:
        return template

    def one(match: re.Match[str]) -> str:
        name, kind = match.groups()
        if name not in params:
            return match.group()
        value = params[name]
        if kind == "d" and isinstance(value, int) and not isinstance(value, bool):
            return number(value)
        if isinstance(value, str):
            return visible(value)
        return text(value)

    return PARAMETER.sub(one, template)


class Phrase:
    """A part of a message that is told in pieces (a reason inside a sentence): a template and its
    parameters, like a UserError's. Given as a parameter, it is translated with the sentence."""

    def __init__(self, template: str, /, **params: Any) -> None:
        self.template = template
        self.params = params

    def __str__(self) -> str:
        return fill(self.template, self.params)

    def __repr__(self) -> str:
        return f"Phrase({str(self)!r})"


def _rebuilt(cls: type[UserError], args: tuple[Any, ...]) -> UserError:
    error = cls.__new__(cls)
    error.args = args
    return error


class UserError(Exception):
    """A problem with what the user asked for; the message is shown as is, never a traceback."""

    def __init__(self, template: str, /, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(fill(template, params))

    def __reduce__(self) -> tuple[Any, ...]:
        # Errors cross to the bundle reader's process and back: keep the template and parameters
        # (the instance dict) without calling a subclass's own constructor again.
        return _rebuilt, (type(self), self.args), self.__dict__


class ValidationError(UserError):
    """A field value that does not fit its field."""


class NotFound(UserError):
    """No record with that id."""


class WorkspaceMissing(UserError):
    """There is no workspace at the given folder."""


class PassphraseWanted(UserError):
    """The right passphrase is wanted: none was given, or the one given does not unlock the file.
    Asking for it (again) may succeed, so windows ask instead of only telling."""
