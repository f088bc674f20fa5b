"""Reading a bundle file that may be hostile (SYNC.md's import steps 1-5), nothing written anywhere
but a private temp folder: `bundle` reads the file and its members, `lines` the lines of its
list of changes, `checker` judges each line (`fast_checker` the common case sooner, to the same
verdicts), `event_format` is what a line holds."""

from .bundle import (
    BundleContents,
    EventsSource,
    is_encrypted,
    load_events,
    needs_passphrase,
    read_bundle,
    release_events,
)
from .checker import EventChecker
from .event_format import Event, event_values
from .lines import EventLines, HeldEvent

__all__ = [
    "BundleContents",
    "Event",
    "EventChecker",
    "EventLines",
    "EventsSource",
    "HeldEvent",
    "event_values",
    "is_encrypted",
    "load_events",
    "needs_passphrase",
    "read_bundle",
    "release_events",
]
