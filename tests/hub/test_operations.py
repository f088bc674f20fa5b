"""`gcen-hub watch`, `dump`, `check` and `stats`: a watched folder ingests what is dropped into it;
the dump has the same bytes as a desktop's network library after the digest; check finds every
kind of damage; stats counts what the hub holds."""

from __future__ import annotations

import json
import threading
import time

import pytest
from sqlalchemy import text

from gcen_hub.audit import canonical
from gcen_hub.cli import main
from gcen_hub.watch import watch

from .kit import close, enrolled_city, forge, practice, publish


def cli(capsys, hub, *argv: str) -> tuple[int, str, str]:
    url = hub.engine.url.render_as_string(hide_password=False)
    code = main(["--db", url, "--home", str(hub.home), *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def filled(hub, tmp_path):
    """Three cities that published practices (one with an attachment), a reading, and a withdrawal."""
    nets = [enrolled_city(hub, tmp_path, n) for n in ("Toronto", "Boston", "Shanghai")]
    toronto, boston, shanghai = nets
    doc = tmp_path / "brief.txt"
    doc.write_text("residency brief")
    rec = toronto.ws.create("practice", {"title": "Residency", "summary": "Mentors", "visibility": "network"}).rec
    toronto.ws.attach(rec, doc)
    gone = toronto.ws.create("practice", {"title": "Short-lived", "visibility": "network"}).rec
    boston.ws.create("reading_item", {"title": "Paper on induction", "visibility": "network"})
    shanghai.ws.create("practice", {"title": "优秀教师的培养", "visibility": "network"})
    for c in nets:
        assert not hub.ingest(publish(c, tmp_path)).refused
    toronto.ws.delete(gone)
    assert not hub.ingest(publish(toronto, tmp_path)).refused
    yield nets
    close(*nets)


def test_dump_has_the_bytes_of_the_desktop_library(capsys, hub, filled, tmp_path):
    toronto, boston, shanghai = filled
    digest = tmp_path / "digest.gcen"
    hub.digest(boston.ws.workspace_id, digest)
    boston.receive(digest, trust_new_key=True)
    code, out, _ = cli(capsys, hub, "dump")
    assert code == 0
    lines = [line for line in out.encode().splitlines(keepends=True)
             if json.loads(line)["workspace"] != boston.ws.workspace_id]
    assert len(lines) == 2 and b"".join(lines) == canonical(boston.listed())
    code, only, _ = cli(capsys, hub, "dump", "--workspace", shanghai.ws.workspace_id)
    assert [json.loads(line)["title"] for line in only.splitlines()] == ["优秀教师的培养"]


def test_check_passes_then_finds_each_damage(capsys, hub, filled):
    code, out, _ = cli(capsys, hub, "check")
    assert code == 0 and "consistent" in out
    with hub.engine.begin() as conn:
        conn.execute(text("UPDATE publications SET title = 'Forged' WHERE title = 'Residency'"))
        conn.execute(text("UPDATE publications SET body = jsonb_set(body, '{values,title}', '\"Changed\"') "
                          "WHERE title = 'Paper on induction'"))
        conn.execute(text("UPDATE search_parts SET doc = to_tsvector('simple', 'other words') WHERE rec IN "
                          "(SELECT rec FROM publications WHERE title = '优秀教师的培养')"))
    [blob] = (hub.home / "blobs" / "sha256").iterdir()
    blob.write_bytes(b"damaged")
    code, out, err = cli(capsys, hub, "check")
    # the changed body is off its title, its hash and its index (3), the forged title and the index
    # and the damaged file (1 each)
    assert code == 1 and "6 problem(s)" in err
    assert "its title is not its label" in out and "does not match its hash" in out
    assert "search index differs" in out and "is damaged" in out
    blob.unlink()
    with hub.engine.begin() as conn:
        conn.execute(text("UPDATE publications SET arrival = 0 WHERE title = 'Forged'"))
    code, out, _ = cli(capsys, hub, "check")
    assert "is missing" in out and "no arrival number" in out


def test_stats(capsys, hub, filled, tmp_path):
    hub.digest(filled[1].ws.workspace_id, tmp_path / "d.gcen")
    code, out, _ = cli(capsys, hub, "stats", "--json")
    s = json.loads(out)
    assert code == 0
    assert (s["cities"], s["active_keys"], s["published"], s["withdrawn"], s["ingests"], s["cities_with_digests"]) == (
        3, 3, 3, 1, 4, 1)
    assert s["by_type"] == {"practice": 2, "reading_item": 1}
    assert s["by_city"] == {"Boston": 1, "Shanghai": 1, "Toronto": 1}
    assert s["attachments"] == 1 and s["attachment_bytes"] == len(b"residency brief")
    code, out, _ = cli(capsys, hub, "stats")
    assert code == 0 and out.startswith("3 cities (3 active keys, 0 revoked); 3 publications served, 1 withdrawn")


def test_watch_once_files_away_what_it_ingested_and_refused(capsys, hub, tmp_path):
    toronto = enrolled_city(hub, tmp_path, "Toronto")
    drop = tmp_path / "drop"
    drop.mkdir()
    toronto.ws.create("practice", {"title": "Residency", "visibility": "network"})
    publish(toronto, tmp_path).rename(drop / "toronto.gcen")
    forge(drop / "bad.gcen", toronto, [practice({"title": "Ours", "visibility": "team"})],
          workspace_id=toronto.ws.workspace_id)
    (drop / "notes.txt").write_text("not a publication")
    code, out, err = cli(capsys, hub, "watch", str(drop), "--once")
    assert code == 1 and "1 new" in out and "refused" in err
    assert sorted(p.name for p in drop.iterdir()) == ["ingested", "notes.txt", "refused"]
    assert [p.name for p in (drop / "ingested").iterdir()] == ["toronto.gcen"]
    assert "kept to its team or private" in (drop / "refused" / "bad.gcen.txt").read_text()
    close(toronto)


def test_watch_ingests_what_is_dropped_while_it_runs(hub, tmp_path):
    toronto = enrolled_city(hub, tmp_path, "Toronto")
    drop = tmp_path / "drop"
    drop.mkdir()
    done = threading.Event()
    results = []
    worker = threading.Thread(target=watch, args=(hub, drop),
                              kwargs={"interval": 0.05, "stop": done.is_set, "report": results.append})
    worker.start()
    try:
        for n in range(2):
            toronto.ws.create("practice", {"title": f"Practice {n}", "visibility": "network"})
            publish(toronto, tmp_path).rename(drop / f"{n}.gcen")
            deadline = time.monotonic() + 60
            while len(results) <= n and time.monotonic() < deadline:
                time.sleep(0.02)
            assert len(results) == n + 1 and results[n].counts["new"] == 1
    finally:
        done.set()
        worker.join(30)
        close(toronto)
    assert len(hub.search("practice")) == 2
