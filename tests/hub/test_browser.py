"""The hub's pages in a real headless Chromium (Debian's `chromium`, which `make test` installs):
screenshots of the portfolio and a plan in Chinese and French, at 1024x700 (set GCEN_HUB_SHOTS to a
folder to keep them and look at them)."""

from __future__ import annotations

import os
import shutil
import socket
import struct
import subprocess
import threading
import time
from pathlib import Path

import pytest
import uvicorn

from gcen_hub.web import create_app

from .kit import close, enrolled_city, publish


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.fail("Chromium is not installed: run `make test`, which installs Debian's chromium")


@pytest.fixture
def server(hub, tmp_path):
    toronto = enrolled_city(hub, tmp_path, "Toronto")
    shanghai = enrolled_city(hub, tmp_path, "上海")
    group = shanghai.ws.create("working_group", {"name": "新教师入职", "visibility": "network"}).rec
    plan = shanghai.ws.create("action_plan", {"title": "优秀教师的培养计划", "working_group": group,
                                              "problem_of_practice": "新教师在头两年离职。", "visibility": "network"}).rec
    goal = shanghai.ws.create("goal", {"plan": plan, "statement": "每位新教师都有导师"}).rec
    shanghai.ws.create("action", {"goal": goal, "title": "招募导师"})
    toronto.ws.create("practice", {"title": "Résidence d'enseignants <b>", "summary": "Observation entre pairs.",
                                   "visibility": "network"})
    for c in (toronto, shanghai):
        assert not hub.ingest(publish(c, tmp_path)).refused
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(hub), log_level="warning", lifespan="off"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started
    yield f"http://127.0.0.1:{port}", plan
    srv.should_exit = True
    thread.join(30)
    sock.close()
    close(toronto, shanghai)


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def _inked(path: Path, *, top: int) -> int:
    """How many sampled pixels below `top` are darker than the page's light backgrounds."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    return sum(1 for y in range(top, image.height(), 3) for x in range(40, image.width() - 40, 3)
               if image.pixelColor(x, y).lightness() < 160)


@pytest.mark.parametrize("lang", ["zh", "fr"])
def test_screenshots_in_chinese_and_french(server, tmp_path, lang):
    base, plan = server
    keep = os.environ.get("GCEN_HUB_SHOTS")
    for name, url in (("portfolio", f"{base}/?lang={lang}"), ("plan", f"{base}/record/{plan}?lang={lang}")):
        shot = tmp_path / f"hub-{name}-{lang}.png"
        done = subprocess.run(
            [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
             f"--user-data-dir={tmp_path / 'profile'}", f"--lang={lang}", "--window-size=1024,700", "--virtual-time-budget=10000",
             f"--screenshot={shot}", url],
            capture_output=True, timeout=120)
        assert done.returncode == 0 and shot.is_file(), done.stderr.decode(errors="replace")[-2000:]
        assert _png_size(shot) == (1024, 700)
        assert _inked(shot, top=220) > 150  # drawn down there too: the portfolio's rows, the plan's document
        if keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            shutil.copy(shot, Path(keep) / shot.name)
