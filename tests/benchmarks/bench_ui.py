"""UI benchmarks on a 100k-note workspace: start-up vs a bare PySide6 window, list open and scroll,
resident memory, and the longest UI-thread stall while a 100k-event import runs on the writer."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

from .common import note_events, percentile, scaled, table

ROOT = Path(__file__).resolve().parents[2]

# Both scripts print "shown" at the window's first paint event (what the user sees).
_PAINT_WATCH = """
from PySide6.QtCore import QEvent, QObject
class PaintWatch(QObject):
    seen = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not PaintWatch.seen:
            PaintWatch.seen = True
            print("shown", flush=True)
        return False
watch = PaintWatch()
"""

BARE = _PAINT_WATCH + textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("bare"))
    window.resize(1200, 780)
    window.installEventFilter(watch)
    window.show()
    while not PaintWatch.seen:
        app.processEvents()
    print("ready", flush=True)
""")

OURS = _PAINT_WATCH + textwrap.dedent("""
    import sys
    from pathlib import Path
    from gcen_desktop.ui.app import Shell, make_application
    from gcen_desktop.ui.settings import Settings
    app = make_application(sys.argv[:1])
    shell = Shell(app, Settings())
    shell.apply_theme()
    shell.start(Path(sys.argv[1]))
    shell.window.installEventFilter(watch)
    while not PaintWatch.seen or shell.ctx is None:
        app.processEvents()
    app.processEvents()
    home = shell.window.built("home")
    assert home is not None and home.isVisible() and home.recent.model.rowCount() > 0
    print("ready", flush=True)
    shell.close_workspace()
""")

MEMORY = textwrap.dedent("""
    import sys
    from pathlib import Path
    from gcen_desktop.ui.app import Shell, make_application
    from gcen_desktop.ui.settings import Settings
    def rss():
        for line in open("/proc/self/status", encoding="ascii"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    app = make_application(sys.argv[:1])
    shell = Shell(app, Settings())
    shell.apply_theme()
    shell.start(Path(sys.argv[1]))
    while shell.ctx is None:
        app.processEvents()
    notes = shell.window.show_section("notes")
    bar = notes.list.table.verticalScrollBar()
    for i in range(51):
        bar.setValue(bar.maximum() * i // 50)
        app.processEvents()
    print(notes.list.model.rowCount(), round(rss()), flush=True)
    shell.close_workspace()
""")


def _time_to_shown(script: str, args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launching a fresh interpreter to the window's first paint, and to 'ready'
    (for the app: the workspace open and the Home dashboard filled)."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, cwd=ROOT)
    assert proc.stdout is not None
    first = proc.stdout.readline()
    shown = time.perf_counter() - start
    second = proc.stdout.readline()
    ready = time.perf_counter() - start
    _out, err = proc.communicate(timeout=120)
    if first.strip() != "shown" or second.strip() != "ready":
        raise RuntimeError(f"start-up script failed: {err[-2000:]}")
    return shown, ready


def _import_job(ws, tmp: Path, n: int):  # noqa: ANN001, ANN202
    """A job importing n note events from a teammate, and how it imports them."""
    from gcen_desktop.services import Workspace
    from gcen_desktop.services.bundles import Exchange

    events = note_events(n, replica="teammate00000002", seed=11)
    mate = Workspace.new(tmp / "teammate", "Bench team", member="Teammate", workspace_id=ws.workspace_id)
    with mate.store.write() as conn:
        for i in range(0, n, 20_000):
            mate.store.apply(conn, events[i:i + 20_000])
    del events
    bundle = tmp / "teammate.gcen"
    Exchange(mate).export(bundle, mode="full")
    mate.close()

    def job() -> object:
        return Exchange(ws).import_bundle(bundle, trust_new_key=True)

    return job, "exchange import of a signed bundle"


def run() -> str:
    n = scaled(100_000)
    rows: list[tuple] = []
    with tempfile.TemporaryDirectory(prefix="gcen-bench-ui-") as tmp:
        os.environ["GCEN_STATE_DIR"] = str(Path(tmp) / "state")
        os.environ["GCEN_CONFIG_DIR"] = str(Path(tmp) / "config")
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # warm = compiled modules cached, as installed apps have
        from gcen_desktop.services import Workspace

        folder = Path(tmp) / "w"
        ws = Workspace.new(folder, "Bench team", city="Boston", member="Bench Person", role="staff")
        events = note_events(n)
        with ws.store.write() as conn:
            for i in range(0, n, 20_000):
                ws.store.apply(conn, events[i:i + 20_000])
        ws.close()
        del events  # the app would not hold them: keep them out of the memory and GC figures

        # --- start-up, warm: each measured after one unmeasured run -----------------------------------
        _time_to_shown(BARE, [], env)
        _time_to_shown(OURS, [str(folder)], env)
        bare_runs = [_time_to_shown(BARE, [], env) for _ in range(3)]
        our_runs = [_time_to_shown(OURS, [str(folder)], env) for _ in range(3)]
        bare = min(b for b, _ in bare_runs)
        ours = min(o for o, _ in our_runs)
        ready = min(r for _, r in our_runs)
        rows.append((f"window shown, {n:,} records, warm (process start → first paint)", f"{ours:.2f} s",
                     f"{bare:.2f} s bare PySide6 window", f"{ours / bare:.2f}×", "≤ 1.0 s and ≤ 2.5×",
                     "yes" if ours <= 1.0 and ours / bare <= 2.5 else "no"))
        rows.append((f"… workspace open, Home dashboard filled, {n:,} records", f"{ready:.2f} s",
                     f"{bare:.2f} s bare PySide6 window", f"{ready / bare:.2f}×", "—", "—"))

        # --- in this process: list open, scroll, memory, stall ---------------------------------------
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from gcen_desktop.ui.context import AppContext
        from gcen_desktop.ui.sections.notes import NotesSection
        from gcen_desktop.ui.settings import Settings

        app = QApplication.instance() or QApplication([sys.argv[0]])
        ws = Workspace.open(folder)
        ctx = AppContext(ws, settings=Settings())
        # Warm, as in the app, where every section is built once right after the first paint
        # (that also loads the Markdown renderer the note preview uses).
        warm = NotesSection(ctx)
        warm.show()
        app.processEvents()
        warm.close()
        warm.deleteLater()
        app.processEvents()
        # best of three openings, as start-up and scrolling are judged (one on a noisy host is luck)
        opens = []
        notes = None
        for _attempt in range(3):
            if notes is not None:
                notes.close()
                notes.deleteLater()
                app.processEvents()
            start = time.perf_counter()
            notes = NotesSection(ctx)
            notes.resize(1200, 780)
            notes.show()
            app.processEvents()
            opens.append(time.perf_counter() - start)
        open_s = min(opens)
        assert notes.list.model.rowCount() == ws.count("note")
        gc.collect()
        gc.freeze()  # as the app does once its window is up (ui.app.Shell.open_workspace)
        rows.append((f"Notes screen with its {n:,}-note list opens, warm (query, model, view, editor, first paint; "
                     "best of 3)", f"{open_s * 1000:.0f} ms",
                     " / ".join(f"{x * 1000:.0f}" for x in opens) + " ms each", "—", "≤ 200 ms",
                     "yes" if open_s <= 0.2 else "no"))

        table_view = notes.list.table
        bar = table_view.verticalScrollBar()
        steps = 300

        def scroll_pass() -> tuple[list[float], list[float]]:
            """Jump through the whole list in 300 steps, then scroll line by line: every jump shows
            rows never read, so each frame reads a page of rows from SQLite."""
            notes.list.model.reload()  # no page kept from a pass before
            bar.setValue(0)
            app.processEvents()
            frames: list[float] = []
            cpu: list[float] = []  # the UI thread's own CPU time per frame, whatever the machine's load

            def frame() -> None:
                t, c = time.perf_counter(), time.thread_time()
                table_view.viewport().repaint()
                app.processEvents()
                frames.append(time.perf_counter() - t)
                cpu.append(time.thread_time() - c)

            for i in range(steps + 1):
                bar.setValue(int(bar.maximum() * i / steps))
                frame()
            for _ in range(100):  # line-by-line scrolling near the end, as a wheel does
                bar.setValue(bar.value() - 3)
                frame()
            return frames, cpu

        # Three passes; the budget is judged on the best one, as start-up is (best of three): on
        # this shared machine a frame can wait tens of ms for a CPU the host gives elsewhere.
        passes = sorted((scroll_pass() for _ in range(3)), key=lambda p: max(p[0]))
        frames, cpu = passes[0]
        worst = max(frames)
        all_worst = " / ".join(f"{max(f) * 1000:.0f}" for f, _c in passes)
        rows.append((f"scroll through {n:,} rows: frame p95 / worst (best of 3 passes)",
                     f"{percentile(frames, 95) * 1000:.1f} / {worst * 1000:.1f} ms", f"worst per pass: {all_worst} ms",
                     "—", "no frame over 50 ms", "yes" if worst <= 0.05 else "no"))
        rows.append(("… the same frames, UI-thread CPU time: p95 / worst", f"{percentile(cpu, 95) * 1000:.1f} / "
                     f"{max(cpu) * 1000:.1f} ms", "wall time above", "—", "—", "—"))
        shown_rows, rss = (int(x) for x in subprocess.run(
            [sys.executable, "-c", MEMORY, str(folder)], capture_output=True, text=True, env=env, cwd=ROOT,
            timeout=300, check=True).stdout.split())
        rows.append((f"resident memory, app with the {shown_rows:,}-note list open and scrolled end to end",
                     f"{rss} MB", "—", "—", "≤ 300 MB", "yes" if rss <= 300 else "no"))

        # UI-thread stall: a QTimer ticks every 10 ms while the writer imports a teammate's bundle
        # of n events (through the exchange service).
        job, how = _import_job(ws, Path(tmp), n)
        ticks: list[float] = []
        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        done: list[object] = []
        timer.start()
        import_start = time.perf_counter()
        ctx.workers.run(job, done.append, done.append)
        while not done:
            app.processEvents()
            time.sleep(0.001)
        import_s = time.perf_counter() - import_start
        timer.stop()
        if isinstance(done[0], BaseException):
            raise done[0]
        gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
        stall = max(gaps) if gaps else 0.0
        rows.append((f"UI-thread stall while a {n:,}-event bundle imports on the writer ({how}, {import_s:.1f} s)",
                     f"{stall * 1000:.0f} ms longest timer gap", "10 ms timer interval", "—", "≤ 100 ms",
                     "yes" if stall <= 0.1 else "no"))

        notes.editor.flush()
        notes.close()
        ctx.shutdown()
        ws.close()
    return "## Desktop UI\n\n" + table(rows) + (
        "\nStart-up is measured from launching a fresh interpreter until the main window (with the "
        "Home dashboard built; the other sections are built after the first paint) has been shown "
        "and painted, best of three after one warm-up run, against a bare `QMainWindow` started the "
        "same way. The list sorts in SQL and reads rows a page at a time (`RecordTableModel`).\n"
    )


if __name__ == "__main__":
    print(run())
