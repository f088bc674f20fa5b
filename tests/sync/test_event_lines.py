"""EventLines cuts an inflated member into numbered lines as pieces arrive: a line split across
pieces, a line too long, more lines than the manifest says and a last line cut short must give
the same lines and the same refusal wherever the pieces happen to end."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import pytest

from gcen_desktop.sync import zipcheck
from gcen_desktop.sync.errors import BundleCorrupt
from gcen_desktop.sync.limits import Limits
from gcen_desktop.sync.reader import EventChecker, EventLines
from gcen_desktop.sync.reader import lines as bundle_reader

LIMITS = Limits(line_bytes=64)
ENTRY = zipcheck.Entry("events.jsonl", 8, 0, 0, 0, 0, 0)


def _run(
    monkeypatch: pytest.MonkeyPatch, member: bytes, piece: int, expected: int, refuse_at: int | None = None
) -> tuple[list[tuple[int, bytes]], Exception | None]:
    def pieces(f: Any, entry: Any, digest: Any, depth: int = 4) -> Iterator[bytes]:
        for i in range(0, len(member), piece):
            digest.update(member[i : i + piece])
            yield member[i : i + piece]

    monkeypatch.setattr(zipcheck, "stream_ahead", pieces)
    lines = EventLines(None, ENTRY, hashlib.sha256(member).hexdigest(), expected, EventChecker(LIMITS))  # type: ignore[arg-type]
    seen = []
    for n, line in lines:
        if n == refuse_at:
            lines.refuse(BundleCorrupt("refused by the caller"))
            continue
        seen.append((n, line))
    try:
        lines.verdict()
    except BundleCorrupt as e:
        return seen, e
    return seen, None


def _member(*lines: bytes) -> bytes:
    return b"".join(line + b"\n" for line in lines)


GOOD = [b"a" * 10, b"", b"b" * 63, b"c" * 40, b"d"]


@pytest.mark.parametrize("piece", [1, 2, 7, 63, 64, 65, 1000])
def test_lines_are_the_same_whatever_the_pieces(monkeypatch: pytest.MonkeyPatch, piece: int) -> None:
    seen, problem = _run(monkeypatch, _member(*GOOD), piece, len(GOOD))
    assert problem is None
    assert seen == list(enumerate(GOOD, 1))


@pytest.mark.parametrize("piece", [1, 5, 64, 1000])
def test_a_line_too_long_is_refused_with_its_number(monkeypatch: pytest.MonkeyPatch, piece: int) -> None:
    member = _member(b"a" * 10, b"b" * 63, b"x" * 64, b"c")  # 64 bytes and its newline: one too many
    seen, problem = _run(monkeypatch, member, piece, 4)
    assert [n for n, _ in seen] == [1, 2]
    assert "Change 3 in this bundle is longer than" in str(problem)
    # a line too long with no newline after it yet (the last piece read) is refused the same way
    seen, problem = _run(monkeypatch, _member(b"a") + b"x" * 200, piece, 2)
    assert [n for n, _ in seen] == [1] and "Change 2 in this bundle is longer than" in str(problem)


@pytest.mark.parametrize("piece", [1, 3, 1000])
def test_counts_and_cut_lines(monkeypatch: pytest.MonkeyPatch, piece: int) -> None:
    seen, problem = _run(monkeypatch, _member(*GOOD), piece, 3)
    assert [n for n, _ in seen] == [1, 2, 3] and "more changes than its description says (3)" in str(problem)
    seen, problem = _run(monkeypatch, _member(*GOOD), piece, 6)
    assert len(seen) == 5 and "fewer changes than its description says (6)" in str(problem)
    seen, problem = _run(monkeypatch, _member(*GOOD) + b"half a line", piece, 6)
    assert len(seen) == 5 and "ends in the middle of a line" in str(problem)


@pytest.mark.parametrize("piece", [1, 4, 1000])
def test_a_refused_line_ends_the_lines(monkeypatch: pytest.MonkeyPatch, piece: int) -> None:
    seen, problem = _run(monkeypatch, _member(*GOOD), piece, len(GOOD), refuse_at=3)
    assert [n for n, _ in seen] == [1, 2] and str(problem) == "refused by the caller"


def test_a_changed_member_is_told_before_the_first_bad_line(monkeypatch: pytest.MonkeyPatch) -> None:
    member = _member(b"x" * 100)
    monkeypatch.setattr(bundle_reader, "_hash_mismatch", lambda name: BundleCorrupt("changed"))

    def pieces(f: Any, entry: Any, digest: Any, depth: int = 4) -> Iterator[bytes]:
        digest.update(b"other bytes")
        yield member

    monkeypatch.setattr(zipcheck, "stream_ahead", pieces)
    lines = EventLines(None, ENTRY, hashlib.sha256(member).hexdigest(), 1, EventChecker(LIMITS))  # type: ignore[arg-type]
    assert list(lines) == []
    with pytest.raises(BundleCorrupt, match="changed"):
        lines.verdict()


def test_the_switch_interval_is_short_while_pieces_are_read_ahead_and_set_back_after(tmp_path):
    """The inflating thread needs the interpreter lock between its C calls; with the default 5 ms
    switch interval it waited for the decoding thread most of a read (see zipcheck)."""
    import sys

    from gcen_desktop.services import Workspace
    from gcen_desktop.services.bundles import Exchange
    from gcen_desktop.sync.reader import read_bundle

    ws = Workspace.new(tmp_path / "w", "T", member="Ana")
    ws.create("note", {"title": "Visit", "body": "x"})
    bundle = tmp_path / "full.gcen"
    Exchange(ws).export(bundle, mode="full")
    ws.close()
    sys.setswitchinterval(0.004)
    try:
        during: list[float] = []
        with read_bundle(bundle, progress=lambda done, total: during.append(sys.getswitchinterval()) or True):
            pass
        assert during[0] == 0.004 and min(during) <= 0.0005  # the manifest is read before, in one piece
        assert sys.getswitchinterval() == 0.004
    finally:
        sys.setswitchinterval(0.005)
