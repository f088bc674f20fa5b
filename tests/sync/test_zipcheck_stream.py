"""Inflating a member: the same bytes and the same refusals with ISA-L (the default) and zlib (its
fallback), whatever the piece size. ISA-L keeps pending output inside where zlib keeps unread
input in `unconsumed_tail`; `zipcheck.stream` must drain both before it calls a stream short."""

from __future__ import annotations

import io
import os
import zlib

import pytest

from gcen_desktop.sync import zipcheck
from gcen_desktop.sync.errors import BundleCorrupt, BundleTruncated

DATA = b"".join(b'{"line":%d,"text":"%s"}\n' % (i, os.urandom(40).hex().encode()) for i in range(3000))


def _deflate(data: bytes, finish: bool = True) -> bytes:
    c = zlib.compressobj(2, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush(zlib.Z_FINISH if finish else zlib.Z_SYNC_FLUSH)


def _read(compressed: bytes, *, size: int = len(DATA), crc: int | None = None, chunk: int = 4096,
          declared: int | None = None) -> bytes:
    entry = zipcheck.Entry(
        "events.jsonl", zipcheck.DEFLATED, zlib.crc32(DATA) if crc is None else crc,
        len(compressed) if declared is None else declared, size, 0, 0,
    )
    return b"".join(zipcheck.stream(io.BytesIO(compressed), entry, chunk))


@pytest.fixture(params=["isal", "zlib"])
def inflater(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "zlib":
        monkeypatch.setattr(zipcheck, "inflater", zlib)
    else:
        from isal import isal_zlib

        assert zipcheck.inflater is isal_zlib  # installed with the app, so used
    return request.param


@pytest.mark.parametrize("chunk", [1, 333, 4096, 1 << 20])
def test_a_member_inflates_to_its_bytes_whatever_the_piece(inflater: str, chunk: int) -> None:
    assert _read(_deflate(DATA), chunk=chunk) == DATA


@pytest.mark.parametrize("chunk", [512, 1 << 20])
def test_a_stream_without_its_end_marker_is_damaged(inflater: str, chunk: int) -> None:
    with pytest.raises(BundleCorrupt, match="damaged"):
        _read(_deflate(DATA, finish=False), chunk=chunk)


def test_a_member_cut_short_is_truncated_or_damaged(inflater: str) -> None:
    whole = _deflate(DATA)
    with pytest.raises(BundleTruncated):  # the file ends before the declared compressed size
        _read(whole[: len(whole) // 2], declared=len(whole))
    with pytest.raises(BundleCorrupt, match="damaged"):  # declared short: the stream never ends
        _read(whole[: len(whole) // 2])


@pytest.mark.parametrize("change", ["crc", "size_short", "size_long", "bytes", "trailing"])
def test_a_member_that_differs_from_its_header_is_damaged(inflater: str, change: str) -> None:
    compressed = _deflate(DATA)
    kw: dict = {}
    if change == "crc":
        kw["crc"] = zlib.crc32(DATA) ^ 1
    elif change == "size_short":
        kw["size"] = len(DATA) - 1
    elif change == "size_long":
        kw["size"] = len(DATA) + 1
    elif change == "bytes":
        compressed = compressed[:100] + bytes([compressed[100] ^ 0xFF]) + compressed[101:]
    else:
        compressed += b"junk"
    with pytest.raises(BundleCorrupt):
        _read(compressed, **kw)
