"""Nothing a city accepted makes its publications fail, and nothing a publication carries is refused
by the import of the same version: a record the reader would refuse (more tags than a line may
list, a plan whose text is larger than one line may be, attachments larger than one file may be)
stays home, named with what to do, and the rest is published; what is larger than one file may be
is written as several publication files, each imported alone."""

from __future__ import annotations

import os

import pytest

from gcen_desktop.sync.limits import KiB, Limits

from .cities import close, make_city

SMALL = Limits(file_bytes=600 * KiB, total_bytes=600 * KiB)  # 0.9 of it for what a file carries
ATTACHMENT = 250 * KiB  # two fit in a file of SMALL, three do not


@pytest.fixture
def two(tmp_path):
    toronto, boston = make_city(tmp_path, "Toronto"), make_city(tmp_path, "Boston")
    yield toronto, boston
    close(toronto, boston)


def _note(net, title: str, attachments: int = 0, tmp=None) -> str:
    rec = net.ws.create("note", {"title": title, "body": "text", "visibility": "network"}).rec
    for k in range(attachments):
        path = tmp / f"{title}-{k}.bin"
        path.write_bytes(os.urandom(ATTACHMENT))  # incompressible
        net.ws.attach(rec, path)
    return rec


def _titles(net) -> set[str]:
    return {e.title for e in net.listed()}


def _receive_all(boston, result) -> None:
    for path in result.parts or [result.path]:
        boston.receive(path, trust_new_key=True)


def test_a_record_with_more_tags_than_a_publication_line_may_list_stays_home(two, tmp_path):
    toronto, boston = two
    toronto.ws.create("practice", {"title": "Residency", "visibility": "network"})
    note = _note(toronto, "Tagged")
    toronto.ws.set_tags(note, [f"tag {k}" for k in range(1_001)])

    result = toronto.publish(tmp_path / "one.gcen", "Boston")
    boston.receive(result.path, trust_new_key=True)
    assert _titles(boston) == {"Residency"}
    assert [(item.rec, item.reason) for item in result.left_out] == [(note, "count")]
    assert "Tagged" in str(result.left_out_note)

    toronto.ws.set_tags(note, [f"tag {k}" for k in range(1_000)])
    result = toronto.publish(tmp_path / "two.gcen", "Boston")
    boston.receive(result.path, trust_new_key=True)
    assert _titles(boston) == {"Residency", "Tagged"} and not result.left_out


def test_a_plan_larger_than_one_publication_line_stays_home(two, tmp_path):
    toronto, boston = two
    toronto.ws.create("practice", {"title": "Residency", "visibility": "network"})
    plan = toronto.ws.create("action_plan", {"title": "Big plan", "visibility": "network"}).rec
    goal = toronto.ws.create("goal", {"plan": plan, "statement": "Read more"}).rec
    for k in range(5):  # each action fits in one change; together they are more than one line may be
        toronto.ws.create("action", {"goal": goal, "title": f"Step {k}", "notes": "n" * 900_000})

    result = toronto.publish(tmp_path / "one.gcen", "Boston")
    boston.receive(result.path, trust_new_key=True)
    assert _titles(boston) == {"Residency"}
    assert [(item.rec, item.reason) for item in result.left_out] == [(plan, "size")]


def test_attachments_larger_than_one_publication_file_go_in_several(two, tmp_path):
    toronto, boston = two
    for k in range(3):
        _note(toronto, f"Note {k}", 1, tmp_path)
    result = toronto.publish(tmp_path / "pub.gcen", "Boston", limits=SMALL)
    assert [p.name for p in result.parts] == ["pub-1-of-2.gcen", "pub-2-of-2.gcen"]
    assert all(p.stat().st_size <= SMALL.file_bytes for p in result.parts)
    assert "2 files" in str(result.parts_note)
    _receive_all(boston, result)
    assert _titles(boston) == {"Note 0", "Note 1", "Note 2"}
    shas = {a["sha256"] for e in boston.listed() for a in e.body.get("attachments") or []}
    assert len(shas) == 3 and all(boston.store.blobs.has(s) for s in shas)


def test_a_record_whose_attachments_are_larger_than_one_file_stays_home(two, tmp_path):
    toronto, boston = two
    _note(toronto, "Small", 1, tmp_path)
    big = _note(toronto, "Heavy", 3, tmp_path)
    result = toronto.publish(tmp_path / "pub.gcen", "Boston", limits=SMALL)
    _receive_all(boston, result)
    assert _titles(boston) == {"Small"}
    assert [(item.rec, item.reason) for item in result.left_out] == [(big, "attachments")]
