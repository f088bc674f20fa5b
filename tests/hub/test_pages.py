"""`gcen-hub serve`'s read-only pages through Starlette's TestClient: the portfolio by city and
working group, search, a city, a record as the desktop's HTML export; every user text escaped; in
the browser's language among the six."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from gcen_hub.pages_text import language_of
from gcen_hub.web import create_app

from .kit import close, enrolled_city, publish

HOSTILE = '<script>alert("x")</script>'


@pytest.fixture
def site(hub, tmp_path):
    toronto = enrolled_city(hub, tmp_path, "Toronto")
    shanghai = enrolled_city(hub, tmp_path, "Shanghai")
    group = toronto.ws.create("working_group", {"name": "Teacher induction", "visibility": "network"}).rec
    plan = toronto.ws.create("action_plan", {"title": f"Residency {HOSTILE}", "working_group": group,
                                             "problem_of_practice": "New teachers leave **early**.",
                                             "visibility": "network"}).rec
    goal = toronto.ws.create("goal", {"plan": plan, "statement": "Mentors for all"}).rec
    toronto.ws.create("action", {"goal": goal, "title": "Recruit mentors"})
    toronto.ws.create("practice", {"title": "Peer observation", "summary": f"Weekly {HOSTILE}", "visibility": "network"})
    shanghai.ws.create("practice", {"title": "优秀教师的培养", "summary": "导师制度", "visibility": "network"})
    for c in (toronto, shanghai):
        assert not hub.ingest(publish(c, tmp_path)).refused
    client = TestClient(create_app(hub))
    yield client, toronto, shanghai, plan
    close(toronto, shanghai)


def _no_raw_script(body: str) -> None:
    assert "<script>alert" not in body and "&lt;script&gt;" in body or "&amp;lt;script&amp;gt;" in body


def test_the_portfolio_by_city_and_working_group(site):
    client, toronto, shanghai, plan = site
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-language"] == "en"
    assert "The network&#39;s portfolio" in r.text or "The network's portfolio" in r.text
    assert f"/city/{toronto.ws.workspace_id}" in r.text and f"/city/{shanghai.ws.workspace_id}" in r.text
    assert "Teacher induction" in r.text and f"/record/{plan}" in r.text
    assert "<script" not in r.text
    _no_raw_script(r.text)


def test_search_city_and_record_pages(site):
    client, toronto, shanghai, plan = site
    r = client.get("/search", params={"q": "教师"})
    assert r.status_code == 200 and "优秀教师的培养" in r.text and "Peer observation" not in r.text
    r = client.get("/search", params={"q": HOSTILE})  # its words are in two records, shown escaped
    assert r.status_code == 200 and "<script" not in r.text and r.text.count("Residency &lt;script&gt;") == 1
    assert "Nothing published matches." in client.get("/search", params={"q": "zanzibar"}).text
    r = client.get(f"/city/{toronto.ws.workspace_id}")
    assert "Peer observation" in r.text and "优秀" not in r.text and "<script" not in r.text
    r = client.get(f"/record/{plan}")
    assert r.status_code == 200 and "<script" not in r.text
    document = r.text
    assert 'class="hub-bar"' in document and "Toronto" in document
    # the desktop's plan report: its goals and actions, the user's Markdown as text, its own text escaped
    assert "Mentors for all" in document and "Recruit mentors" in document and "<strong>early</strong>" in document
    assert "<script>alert" not in document and "&lt;script&gt;" in document
    assert client.get("/record/00000000-0000-0000-0000-000000000000").status_code == 404
    assert client.get("/city/nobody").status_code == 404


def test_pages_in_the_browsers_language(site):
    client, _toronto, _shanghai, plan = site
    r = client.get("/", headers={"Accept-Language": "fr-CA,fr;q=0.9,en;q=0.8"})
    assert r.headers["content-language"] == "fr" and "Le portfolio du réseau" in r.text and "Par groupe de travail" in r.text
    r = client.get("/", headers={"Accept-Language": "de, zh-CN;q=0.7, en;q=0.5"})
    assert "网络成果集" in r.text and '<html lang="zh">' in r.text
    assert "네트워크 포트폴리오" in client.get("/?lang=ko").text
    r = client.get(f"/record/{plan}", headers={"Accept-Language": "fr"})
    assert "Plan d&#x27;action" in r.text and "Problème de pratique" in r.text and "Publié le" in r.text


@pytest.mark.parametrize(("accept", "asked", "expected"), [
    (None, None, "en"), ("pt-BR", None, "pt"), ("es;q=0.2, ko;q=0.8", None, "ko"), ("de", None, "en"),
    ("fr;q=0", None, "en"), ("fr", "zh", "zh"), ("fr", "xx", "fr"), ("fr;q=bad, es", None, "es"),
])
def test_language_choice(accept, asked, expected):
    assert language_of(accept, asked) == expected


def test_the_test_client_imports_without_a_warning():
    """Starlette's TestClient is built on httpx2 and warns (deprecated) when it finds only httpx:
    the `[hub]` extra pins httpx2, so the pages' tests run on what Starlette supports."""
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-W", "error", "-c", "import starlette.testclient as t; print(t.httpx.__name__)"],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "httpx2"


def test_the_serve_command_serves_the_pages(site, hub):
    """`gcen-hub serve --host --port`, the installed command, with the hub named by --db and --home:
    the pages answer over HTTP, and the server shuts down cleanly when told to (SIGTERM)."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.request
    from pathlib import Path

    _client, toronto, _shanghai, plan = site
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [str(Path(sys.executable).parent / "gcen-hub"), "--db", hub.engine.url.render_as_string(hide_password=False),
               "--home", str(hub.home), "serve", "--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline, page = time.monotonic() + 60, None
        while page is None and time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/record/{plan}", timeout=5) as r:
                    page = (r.status, r.headers["content-language"], r.read().decode())
            except OSError:
                time.sleep(0.2)
        assert page is not None, server.stdout.read() if server.poll() is not None else "no answer in 60 s"
        status, language, text = page
        assert status == 200 and language == "en" and "Mentors for all" in text and "Toronto" in text
    finally:
        server.terminate()
        out, _ = server.communicate(timeout=30)
    # uvicorn shuts down (the application's shutdown complete), then ends by the signal it was sent
    assert server.returncode in (0, -15) and "Finished server process" in out, out


def test_a_record_id_another_city_published_too(hub, site, tmp_path):
    """Record ids are chosen by whoever publishes: a city that publishes under the id of another
    city's practice took its page (`/record/<id>` showed the city whose name sorts first), so every
    link to Toronto's practice showed Aachen's. Links now name the workspace; an id two cities
    published, asked for without one, lists both."""
    import re

    from .kit import forge, practice

    client, toronto, _shanghai, _plan = site
    aachen = enrolled_city(hub, tmp_path, "Aachen")
    try:
        [rec] = [p.rec for p in toronto.preview_publish(full=True).publications if p.values.get("title") == "Peer observation"]
        forged = tmp_path / "same-id.gcen"
        forge(forged, aachen, [practice({"title": "Aachen's copy", "visibility": "network"}, rec=rec)],
              workspace_id=aachen.ws.workspace_id, city="Aachen")
        assert not hub.ingest(forged).refused
        for page in (f"/city/{toronto.ws.workspace_id}", "/search?q=peer"):
            [link] = re.findall(rf'href="(/record/{rec}[^"]*)"', client.get(page).text)
            shown = client.get(link.replace("&amp;", "&")).text
            assert "Peer observation" in shown and "Aachen&#39;s copy" not in shown and "Aachen's copy" not in shown
        both = client.get(f"/record/{rec}").text
        assert "Peer observation" in both and ("Aachen&#39;s copy" in both or "Aachen's copy" in both)
        assert client.get(f"/record/{rec}?ws=nobody").status_code == 404
    finally:
        close(aachen)


def test_a_nul_in_an_address_is_not_found(site):
    """PostgreSQL holds no NUL in text: an address with one (%00) gave a server error (500)."""
    client, toronto, _shanghai, plan = site
    for url in ("/city/a%00b", f"/record/{plan}%00", "/search?q=peer&city=Tor%00onto", "/search?q=peer&type=pr%00actice"):
        r = client.get(url)
        assert r.status_code in (200, 404) and "Peer observation" not in r.text, url
    assert client.get(f"/record/{plan}?ws=%00").status_code == 404
