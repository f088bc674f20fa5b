"""Store benchmarks: local edit rate, search p50/p95 vs raw FTS5, projection rebuild, open time."""

from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path

from gcen_desktop.services import Workspace
from gcen_desktop.store.search_text import fts_query
from gcen_desktop.store.store import DB_NAME

from .common import best_of, median, note_events, percentile, scaled, table

QUERIES = ["teacher", "residency mentor", "教师", "교사", "evaluation", "inquiry principal",
           "literacy", "coaching curriculum", "formacion", "network symposium", "pathway", "newcomer"]


def run() -> str:
    n = scaled(100_000)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "w"
        ws = Workspace.new(folder, "Bench team")
        events = note_events(n)
        start = time.perf_counter()
        with ws.store.write() as conn:
            for i in range(0, n, 20_000):
                ws.store.apply(conn, events[i:i + 20_000])
        load_s = time.perf_counter() - start

        # Local edits: each its own transaction with synchronous=FULL, as the UI's autosave does.
        recs = [e["rec"] for e in events[:200]]
        start = time.perf_counter()
        for i, rec in enumerate(recs):
            ws.edit(rec, {"title": f"edited {i}"})
        edit_s = (time.perf_counter() - start) / len(recs)
        raw = sqlite3.connect(Path(tmp) / "raw.sqlite3", isolation_level=None)
        raw.execute("PRAGMA journal_mode=WAL")
        raw.execute("PRAGMA synchronous=FULL")
        raw.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, title TEXT, body BLOB)")
        start = time.perf_counter()
        for i in range(len(recs)):
            raw.execute("BEGIN IMMEDIATE")
            raw.execute("INSERT INTO t (title, body) VALUES (?, ?)", (f"t{i}", b"x" * 300))
            raw.execute("COMMIT")
        raw_edit_s = (time.perf_counter() - start) / len(recs)
        rows.append(("local edit (one transaction, fsync)", f"{edit_s * 1000:.2f} ms ({1 / edit_s:.0f}/s)",
                     f"{raw_edit_s * 1000:.2f} ms raw insert+commit", f"{edit_s / raw_edit_s:.1f}×", "—", "—"))

        # Search: the service (join, bm25 order, snippet, records) vs a raw ranked MATCH.
        for q in QUERIES:  # warm
            ws.search(q)
        ours, base = [], []
        db = sqlite3.connect(folder / DB_NAME)
        for _ in range(5):
            for q in QUERIES:
                t = time.perf_counter()
                ws.search(q, limit=50)
                ours.append(time.perf_counter() - t)
                match = fts_query(q)
                t = time.perf_counter()
                db.execute(
                    "SELECT rowid FROM search WHERE search MATCH ? ORDER BY bm25(search) LIMIT 50", (match,)
                ).fetchall()
                base.append(time.perf_counter() - t)
        p95, bp95 = percentile(ours, 95), percentile(base, 95)
        rows.append((f"search p50, {n:,} notes", f"{median(ours) * 1000:.1f} ms",
                     f"{median(base) * 1000:.1f} ms raw MATCH", f"{median(ours) / median(base):.2f}×", "—", "—"))
        rows.append((f"search p95, {n:,} notes", f"{p95 * 1000:.1f} ms", f"{bp95 * 1000:.1f} ms raw MATCH",
                     f"{p95 / bp95:.2f}×", "≤ 50 ms and ≤ 2×",
                     "yes" if p95 <= 0.050 and p95 / bp95 <= 2 else "no"))

        # Projection rebuild from the log vs a raw executemany of the same rows.
        start = time.perf_counter()
        ws.store.rebuild()
        rebuild_s = time.perf_counter() - start
        raw.execute("CREATE TABLE r (id TEXT PRIMARY KEY, type TEXT, title TEXT, data TEXT)")
        start = time.perf_counter()
        raw.execute("BEGIN")
        raw.executemany("INSERT INTO r VALUES (?,?,?,?)",
                        [(e["rec"], e["type"], e["fields"]["title"], e["fields"]["body"]) for e in events])
        raw.execute("COMMIT")
        raw_rows_s = time.perf_counter() - start
        rows.append((f"projection rebuild, {n:,} records (incl. FTS)", f"{rebuild_s:.2f} s",
                     f"{raw_rows_s:.2f} s raw executemany", f"{rebuild_s / raw_rows_s:.1f}×", "—", "—"))
        rows.append((f"bulk apply of {n:,} note events (incl. FTS)", f"{load_s:.2f} s",
                     f"{raw_rows_s:.2f} s raw executemany", f"{load_s / raw_rows_s:.1f}×", "see bench_sync", "—"))
        ws.close()

        open_s = best_of(lambda: Workspace.open(folder).close(), 3)
        raw_open_s = best_of(lambda: sqlite3.connect(folder / DB_NAME).execute("SELECT COUNT(*) FROM meta").fetchall(), 3)
        rows.append((f"store open, {n:,} records (migrations checked)", f"{open_s * 1000:.0f} ms",
                     f"{raw_open_s * 1000:.1f} ms raw connect", f"{open_s / raw_open_s:.0f}×", "—", "—"))
        db.close()
        raw.close()
    return "## Store\n\n" + table(rows)
