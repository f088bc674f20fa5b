"""Search on the hub finds what the desktop's network library finds for the same query: Chinese
and Korean words inside sentences, French accents folded, English prefixes; long texts are
indexed in parts under PostgreSQL's 16,383 positions and found to their last word."""

from __future__ import annotations

import pytest

from gcen_hub.search import PART_WORDS, vector_parts
from tests.network.cities import make_city

from .kit import close, enrolled_city, publish

TEXTS = [
    ("优秀教师的培养计划", "我们的学校为新教师提供导师制度和课堂观察。"),
    ("교사 연수 프로그램", "신규 교사를 위한 멘토링과 수업 공개를 운영합니다."),
    ("Résidence d'artistes à l'école", "Les élèves découvrent la création contemporaine; été 2025."),
    ("Programa de tutoría", "Los estudiantes de educación secundaria reciben acompañamiento."),
    ("Mentoria de professores", "Formação contínua e observação de aulas em São Paulo."),
    ("Teacher residency", "New teachers shadow mentors for a term before teaching on their own."),
]
QUERIES = ["教师", "导师", "培养", "교사", "멘토링", "residence", "ÉLÈVES", "ecole", "creation ete",
           "educacion", "tutoria", "formacao", "sao paulo", "teach", "mentor", "new teachers", "résidence teacher",
           "nothing-like-this", "教", "课堂观察", "Sao"]


@pytest.fixture
def cities(hub, tmp_path):
    toronto = enrolled_city(hub, tmp_path, "Toronto")
    seoul = enrolled_city(hub, tmp_path, "Seoul")
    reader = make_city(tmp_path, "Boston")
    yield toronto, seoul, reader
    close(toronto, seoul, reader)


def test_hub_and_desktop_find_the_same_records(hub, cities, tmp_path):
    toronto, seoul, reader = cities
    for n, (title, summary) in enumerate(TEXTS):
        (toronto if n % 2 else seoul).ws.create("practice", {"title": title, "summary": summary, "visibility": "network"})
    for city in (toronto, seoul):
        path = publish(city, tmp_path)
        assert not hub.ingest(path).refused
        reader.receive(path, trust_new_key=True)
    for query in QUERIES:
        desktop = {e.rec for e in reader.search(query)}
        on_hub = {h.rec for h in hub.search(query)}
        assert on_hub == desktop, query
    assert len(hub.search("教师")) == 1 and len(hub.search("교사")) == 1
    assert {h.city for h in hub.search("teach")} == {"Toronto"}
    assert hub.search("teach", city="seoul") == []
    assert hub.search("teach", type_="reading_item") == []


def test_a_long_text_is_indexed_in_parts_and_found_to_its_end(hub, cities, tmp_path):
    toronto, _seoul, reader = cities
    words = [f"w{n}" for n in range(40_000)]
    body = " ".join(words[:-1]) + " zanzibar"
    toronto.ws.create("practice", {"title": "Long report", "summary": body, "visibility": "network"})
    path = publish(toronto, tmp_path)
    assert not hub.ingest(path).refused
    reader.receive(path, trust_new_key=True)
    for query in ("zanzibar", "w39998 zanzibar", "long report", "w16000", "w15990 w16010", "report zanzibar"):
        assert {h.rec for h in hub.search(query)} == {e.rec for e in reader.search(query)} != set(), query


def test_parts_stay_under_the_position_limit_and_overlap():
    title = "标题 " * 10
    body = " ".join(f"x{n}" for n in range(50_000))
    parts = vector_parts(title, body)
    assert len(parts) == 4
    for part in parts:
        positions = [int(p.rstrip("A")) for lex in part.split(" ") for p in lex.rsplit(":", 1)[1].split(",")]
        assert max(positions) <= PART_WORDS < 16_383
    # every word is in some part, a phrase across a border in one of them
    assert all(any(f"'x{n}':" in p for p in parts) for n in (0, 15_999, 16_000, 31_999, 49_999))
    assert any("'x15999':" in p and "'x16000':" in p for p in parts)


def test_the_search_command(capsys, hub, cities, tmp_path):
    import json

    from gcen_hub.cli import main

    toronto, seoul, _reader = cities
    toronto.ws.create("practice", {"title": "Teacher residency", "visibility": "network"})
    seoul.ws.create("reading_item", {"title": "교사 연수 보고서", "visibility": "network"})
    for city in (toronto, seoul):
        assert not hub.ingest(publish(city, tmp_path)).refused
    base = ["--db", hub.engine.url.render_as_string(hide_password=False), "--home", str(hub.home), "search"]
    assert main([*base, "교사", "--json"]) == 0
    [hit] = json.loads(capsys.readouterr().out)
    assert (hit["city"], hit["type"], hit["title"]) == ("Seoul", "reading_item", "교사 연수 보고서")
    assert main([*base, "resid", "--city", "TORONTO", "--type", "practice"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Toronto\tpractice\tTeacher residency\t")
    assert main([*base, "nothing-like-this"]) == 0
    assert "Nothing published matches." in capsys.readouterr().err


def test_words_and_texts_past_postgresqls_tsvector_limits(hub, cities, tmp_path):
    """A word longer than a tsvector lexeme may be (2,046 bytes: a pasted key or data URL) and a
    text of many long distinct words (more than a tsvector's 1 MiB of lexemes: ~1,000,000 Greek
    letters) are publications a desktop writes and reads; the hub crashed on them (a traceback,
    the other files of the run not ingested). Now they are ingested and found by their other
    words; a query for a word no index can hold finds nothing, and `check` is clean."""
    toronto, _seoul, reader = cities
    greek = " ".join(f"λ{n:05d}" + "αβγδεζηθικ" * 6 for n in range(14_500)) + " zanzibar"
    long_word = "Key " + "a" * 5_000 + " unique"
    toronto.ws.create("practice", {"title": "Greek", "summary": greek, "visibility": "network"})
    toronto.ws.create("practice", {"title": "Pasted key", "summary": long_word, "visibility": "network"})
    path = publish(toronto, tmp_path)
    result = hub.ingest(path)
    assert not result.refused and result.counts["new"] == 2
    reader.receive(path, trust_new_key=True)
    for query in ("zanzibar", "greek", "pasted key unique", "λ14499" + "αβγδεζηθικ" * 6):
        assert {h.rec for h in hub.search(query)} == {e.rec for e in reader.search(query)} != set(), query
    assert hub.search("a" * 3_000) == []
    assert hub.check() == []
