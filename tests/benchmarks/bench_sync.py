"""Bundle exchange benchmarks: import / re-import / export of 100k notes against raw baselines,
incremental export flat in store size, and the importer's peak memory."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import orjson

from gcen_desktop.services import Workspace, joining
from gcen_desktop.services.bundles import Exchange
from gcen_desktop.store.events import body_of
from gcen_desktop.sync import knowledge
from gcen_desktop.sync.bundle_writer import COMPRESS_LEVEL

from .common import note_events, scaled, table

FAKE_PEER = "benchpeer0000001"


def _anki_available() -> bool:
    try:
        import anki.collection  # noqa: F401
    except Exception:
        return False
    return True


ROUNDS = 3  # the import, ours and Anki's, is judged on the best of three runs taken in turn


def _anki_package(tmp: Path, events: list[dict]) -> tuple[Path, float]:
    """Anki's .apkg of the same notes, and the time its export took."""
    from anki.collection import AddNoteRequest, Collection, ExportAnkiPackageOptions

    src = Collection(str(tmp / "anki-src.anki2"))
    model = src.models.by_name("Basic")
    deck = src.decks.id("Default")
    requests = []
    for e in events:
        note = src.new_note(model)
        note["Front"] = e["fields"]["title"]
        note["Back"] = e["fields"]["body"]
        requests.append(AddNoteRequest(note=note, deck_id=deck))
    src.add_notes(requests)
    apkg = tmp / "notes.apkg"
    start = time.perf_counter()
    src.export_anki_package(
        out_path=str(apkg),
        options=ExportAnkiPackageOptions(with_scheduling=False, with_deck_configs=False, with_media=True, legacy=False),
        limit=None,
    )
    export_s = time.perf_counter() - start
    src.close()
    return apkg, export_s


def _anki_import(tmp: Path, apkg: Path, name: str, *, again: bool = False) -> tuple[float, float | None]:
    """Anki importing its package into a new collection; with `again`, importing it once more."""
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

    dst = Collection(str(tmp / f"{name}.anki2"))
    request = ImportAnkiPackageRequest(
        package_path=str(apkg),
        options=ImportAnkiPackageOptions(with_scheduling=False, with_deck_configs=False),
    )
    start = time.perf_counter()
    dst.import_anki_package(request)
    import_s = time.perf_counter() - start
    reimport_s = None
    if again:
        start = time.perf_counter()
        dst.import_anki_package(request)
        reimport_s = time.perf_counter() - start
    dst.close()
    for made in tmp.glob(f"{name}.*"):  # the collection and its media folder
        shutil.rmtree(made) if made.is_dir() else made.unlink()
    return import_s, reimport_s


def _anki_peak_mb(tmp: Path, apkg: Path) -> float:
    code = (
        "import sys\n"
        "from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest\n"
        "col = Collection(sys.argv[1])\n"
        "col.import_anki_package(ImportAnkiPackageRequest(package_path=sys.argv[2], "
        "options=ImportAnkiPackageOptions(with_scheduling=False, with_deck_configs=False)))\n"
        "col.close()\n"
        + _PEAK
    )
    out = subprocess.run([sys.executable, "-c", code, str(tmp / "anki-peak.anki2"), str(apkg)],
                         capture_output=True, text=True, check=True, env=dict(os.environ))
    return float(out.stdout.strip().splitlines()[-1])


def _source(folder: Path, n: int) -> Exchange:
    ws = Workspace.new(folder, "Bench team", member="Ana")
    events = note_events(n)
    with ws.store.write() as conn:
        for i in range(0, n, 20_000):
            ws.store.apply(conn, events[i : i + 20_000])
    return Exchange(ws)


def _raw_executemany(db: Path, events: list[dict]) -> float:
    """The same rows, written the plainest way: one transaction of executemany of the events, one
    head row per event (its fields listed), and one projection row per record (no secondary index,
    no search)."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=DELETE")  # what joining uses for its first fill: data written once
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(
        "CREATE TABLE events (eid INTEGER PRIMARY KEY, replica TEXT, seq INTEGER, hlc TEXT, rec TEXT, "
        "type TEXT, op TEXT, h TEXT, body BLOB, UNIQUE (replica, seq))"
    )
    conn.execute("CREATE TABLE records (rid INTEGER PRIMARY KEY, id TEXT UNIQUE, type TEXT, title TEXT, data TEXT)")
    conn.execute(
        "CREATE TABLE heads (rec TEXT, replica TEXT, seq INTEGER, hlc TEXT, fields TEXT, "
        "PRIMARY KEY (rec, replica, seq)) WITHOUT ROWID"
    )
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO events (replica, seq, hlc, rec, type, op, h, body) VALUES (?,?,?,?,?,?,?,?)",
        [(e["dot"][0], e["dot"][1], e["hlc"], e["rec"], e["type"], e["op"], e["h"], body_of(e)) for e in events],
    )
    conn.executemany(
        "INSERT INTO records (id, type, title, data) VALUES (?,?,?,?)",
        [(e["rec"], e["type"], e["fields"]["title"], orjson.dumps(e["fields"]).decode()) for e in events],
    )
    conn.executemany(
        "INSERT INTO heads (rec, replica, seq, hlc, fields) VALUES (?,?,?,?,?)",
        [(e["rec"], e["dot"][0], e["dot"][1], e["hlc"], orjson.dumps(sorted(e["fields"])).decode()) for e in events],
    )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _raw_export(db: Path, out: Path) -> float:
    """SELECT every event, orjson it, one deflated zip member (at the level bundles use)."""
    start = time.perf_counter()
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT body FROM events ORDER BY replica, seq").fetchall()
    data = b"\n".join(orjson.dumps(orjson.loads(r[0]), option=orjson.OPT_SORT_KEYS) for r in rows)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL) as z:
        z.writestr("events.jsonl", data)
    conn.close()
    return time.perf_counter() - start


# The peak resident memory of this process since its exec, in MB. Not ru_maxrss: on Linux that
# keeps the high-water mark of the forking parent (the benchmark, holding 100k events), so every
# child reported the parent's size.
_PEAK = (
    "import resource\n"
    "try:\n"
    "    status = open('/proc/self/status').read()\n"
    "    print(int(status.split('VmHWM:')[1].split()[0]) / 1024)\n"
    "except (OSError, IndexError):\n"
    "    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n"
)


def _peak_import_mb(folder: Path, bundle: Path) -> tuple[float, float]:
    """Peak resident memory of a fresh process that joins from the bundle, and of the process it
    starts to read the bundle's events (its ru_maxrss counts the pages it shares with its parent
    too, so their sum is an upper bound of what the join needs at once)."""
    code = (
        "import resource, sys\n"
        "from gcen_desktop.services import joining\n"
        "joining.join(sys.argv[1], sys.argv[2], trust_new_key=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)\n"
        + _PEAK
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(folder), str(bundle)],
        capture_output=True, text=True, check=True, env=dict(os.environ),
    )
    reader, own = out.stdout.strip().splitlines()[-2:]
    return float(own), float(reader)


def _incremental_ms(tmp: Path, n: int) -> float:
    """Export 100 changes for a teammate known to hold everything else, in an n-event store."""
    ex = _source(tmp / f"inc{n}", n)
    with ex.store.write() as conn:
        knowledge.register_peer(conn, FAKE_PEER, "Ben", None, exchanged=True)
        knowledge.learn(conn, FAKE_PEER, knowledge.have(conn))
    with ex.store.read() as conn:
        recs = [r for (r,) in conn.exec_driver_sql("SELECT id FROM records WHERE type='note' LIMIT 100")]
    for i, rec in enumerate(recs):
        ex.ws.edit(rec, {"title": f"changed {i}"})
    times = []
    for k in range(3):
        start = time.perf_counter()
        result = ex.export(tmp / f"inc{n}-{k}.gcen", mode="peer", peer=FAKE_PEER)
        times.append(time.perf_counter() - start)
        assert result.event_count == len(recs)
    ex.ws.close()
    return min(times) * 1000


def run() -> str:
    n = scaled(100_000)
    rows = []
    notes = []
    with tempfile.TemporaryDirectory() as tmp_text:
        tmp = Path(tmp_text)
        os.environ.setdefault("GCEN_STATE_DIR", str(tmp / "state"))
        src = _source(tmp / "src", n)
        bundle = tmp / "full.gcen"
        start = time.perf_counter()
        result = src.export(bundle, mode="full")
        export_s = time.perf_counter() - start
        raw_export_s = _raw_export(src.store.db_path, tmp / "raw.zip")
        export_row = (f"full export, {n:,} notes", f"{export_s:.2f} s ({result.size / 2**20:.0f} MiB)",
                     f"{raw_export_s:.2f} s SELECT+orjson+zip", f"{export_s / raw_export_s:.2f}×", "≤ 3×",
                     "yes" if export_s <= 3 * raw_export_s else "NO")

        events = note_events(n)
        raw_s = min(_raw_executemany(tmp / f"raw{i}.sqlite3", events) for i in range(ROUNDS))
        anki: dict[str, float] | None = None
        apkg = None
        if _anki_available():
            try:
                apkg, anki_export_s = _anki_package(tmp, events)
                anki = {"export": anki_export_s, "import": float("inf")}
            except Exception as exc:  # a changed Anki API must not hide our own figures
                notes.append(f"Anki could not be measured ({type(exc).__name__}: {exc}).")
        del events
        # Ours and Anki's in turn, three times, each judged on its best run: one run on a shared
        # host is luck (the same join measured 4.0-6.6 s within an hour).
        import_s = float("inf")
        ws = None
        for i in range(ROUNDS):
            if anki is not None and apkg is not None:
                try:
                    once, again = _anki_import(tmp, apkg, f"anki-dst{i}", again=i == 0)
                    anki["import"] = min(anki["import"], once)
                    if again is not None:
                        anki["reimport"] = again
                except Exception as exc:
                    notes.append(f"Anki could not be measured ({type(exc).__name__}: {exc}).")
                    anki = None
            if ws is not None:  # the last run's store is kept for what follows
                ws.close()
                shutil.rmtree(tmp / f"dst{i - 1}")
            start = time.perf_counter()
            ws, report = joining.join(tmp / f"dst{i}", bundle, trust_new_key=True)
            import_s = min(import_s, time.perf_counter() - start)
            assert report.applied >= n
        if anki is not None and apkg is not None:
            anki["peak_mb"] = _anki_peak_mb(tmp, apkg)
        start = time.perf_counter()
        dst = Exchange(ws)
        while dst.index_pending(20_000):
            pass
        index_s = time.perf_counter() - start
        rows.append((f"import {n:,} notes into an empty store (joining; search index deferred; best of {ROUNDS})",
                     f"{import_s:.2f} s", f"{raw_s:.2f} s raw executemany (events, heads, records; best of {ROUNDS})", f"{import_s / raw_s:.2f}×", "≤ 3×",
                     "yes" if import_s <= 3 * raw_s else "NO"))
        if anki:
            rows.append((f"import {n:,} notes: GCEN vs Anki (.apkg; each best of {ROUNDS}, taken in turn)", f"{import_s:.2f} s", f"{anki['import']:.2f} s Anki",
                         f"{import_s / anki['import']:.2f}×", "≤ 1.0×", "yes" if import_s <= anki["import"] else "NO"))
        rows.append(("then the background search indexing", f"{index_s:.2f} s", "—", "—", "—", "—"))

        start = time.perf_counter()
        again = dst.import_bundle(bundle)
        reimport_s = time.perf_counter() - start
        assert again.already_imported_on
        rows.append(("re-import the same file (no-op, known by hash)", f"{reimport_s:.2f} s",
                     f"{import_s:.2f} s first import", f"{reimport_s / import_s:.2f}×", "≤ Anki 1.8 s", "—"))
        second = tmp / "full2.gcen"
        src.export(second, mode="full")
        start = time.perf_counter()
        again = dst.import_bundle(second)
        reimport2_s = time.perf_counter() - start
        assert again.applied == 0
        rows.append(("import another bundle of the same events (no-op, checked event by event)",
                     f"{reimport2_s:.2f} s", f"{import_s:.2f} s first import", f"{reimport2_s / import_s:.2f}×",
                     "≤ Anki 1.8 s", "—"))
        if anki:
            rows.append(("re-import, GCEN (another bundle of the same events) vs Anki", f"{reimport2_s:.2f} s",
                         f"{anki['reimport']:.2f} s Anki", f"{reimport2_s / anki['reimport']:.2f}×", "≤ 1.0×",
                         "yes" if reimport2_s <= anki["reimport"] else "NO"))
        rows.insert(0, export_row)
        if anki:
            rows.insert(1, (f"full export, {n:,} notes: GCEN vs Anki (.apkg)", f"{export_s:.2f} s",
                            f"{anki['export']:.2f} s Anki", f"{export_s / anki['export']:.2f}×", "≤ 1.0×",
                            "yes" if export_s <= anki["export"] else "NO"))
        ws.close()
        src.ws.close()

        small = max(1_000, n // 10)
        inc_small = _incremental_ms(tmp, small)
        inc_big = _incremental_ms(tmp, n)
        rows.append((f"incremental export, 100 changes, {small:,}-event store", f"{inc_small:.0f} ms", "—", "—",
                     "≤ 100 ms", "yes" if inc_small <= 100 else "NO"))
        rows.append((f"incremental export, 100 changes, {n:,}-event store", f"{inc_big:.0f} ms",
                     f"{inc_small:.0f} ms at {small:,}", f"{inc_big / inc_small:.2f}×", "≤ 100 ms, flat",
                     "yes" if inc_big <= 100 else "NO"))

        own, reader = _peak_import_mb(tmp / "mem", bundle)
        peak = own + reader
        notes.append(f"Joining's peak memory is that of the joining process ({own:.0f} MB) plus that of the process "
                     f"reading the bundle's events beside it ({reader:.0f} MB, pages shared with its parent "
                     "included, so the sum is an upper bound).")
        if anki:
            rows.append((f"peak memory of joining from the {n:,}-note bundle (both processes)", f"{peak:.0f} MB",
                         f"{anki['peak_mb']:.0f} MB Anki importing its .apkg", f"{peak / anki['peak_mb']:.2f}×",
                         "below Anki's", "yes" if peak < anki["peak_mb"] else "NO"))
        else:
            rows.append((f"peak memory of joining from the {n:,}-note bundle (both processes)", f"{peak:.0f} MB", "—", "—",
                         "below Anki's", "—"))
    if _anki_available() and not any("Anki could not" in x for x in notes):
        notes.append("Anki measured in the same run through its Python package (Rust core), on the same notes.")
    elif not _anki_available():
        notes.append("Anki is not installed here (`pip install -e '.[bench]'`), so the Anki columns are the "
                     "figures DESIGN.md quotes (3.0 s import, 1.8 s re-import, 4.0 s export), not measured.")
    return "## Bundle exchange\n\n" + table(rows) + "\n" + "\n".join(f"- {x}" for x in notes) + "\n"


if __name__ == "__main__":
    print(run())
