"""The suite's leak check (tests/conftest.py) sees a thread, a child process and a window left behind."""

from __future__ import annotations

import subprocess
import sys
import threading

from tests.conftest import leak_state, leaks


def test_a_thread_left_running_is_named():
    before = leak_state()
    release = threading.Event()
    t = threading.Thread(target=release.wait, name="forgotten-worker")
    t.start()
    try:
        assert any("forgotten-worker" in p for p in leaks(before, wait_s=0.1))
    finally:
        release.set()
        t.join()
    assert leaks(before, wait_s=0.1) == []


def test_a_child_process_left_running_is_named():
    before = leak_state()
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        assert any(str(child.pid) in p for p in leaks(before, wait_s=0.1))
    finally:
        child.kill()
        child.wait()
    assert leaks(before, wait_s=0.1) == []


def test_a_window_left_open_is_named(qtbot):
    from PySide6.QtWidgets import QWidget

    before = leak_state()
    w = QWidget()
    w.setWindowTitle("Forgotten dialog")
    w.show()
    try:
        assert any("Forgotten dialog" in p for p in leaks(before, wait_s=0.1))
    finally:
        w.close()
    assert leaks(before, wait_s=0.1) == []
