"""`gcen-hub ingest`: every refusal is one plain line, exit 1, the hub unchanged by that file; a
file ingested twice, files in any order and overlapping files all end in the same hub; a
withdrawal removes a record from what the hub serves; concurrent ingests are safe."""

from __future__ import annotations

import json
import random
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import text

from gcen_desktop.domain.errors import UserError
from gcen_desktop.sync.publication import Publication, content_hash
from gcen_hub.cli import main

from .kit import close, enrolled_city, forge, hub_rows, hub_view, practice, publish


def ingest_cli(capsys, hub, *paths, json_: bool = False) -> tuple[int, str, str]:
    url = hub.engine.url.render_as_string(hide_password=False)
    code = main(["--db", url, "--home", str(hub.home), "ingest", *map(str, paths), *(["--json"] if json_ else [])])
    out, err = capsys.readouterr()
    return code, out, err


def hub_state(hub) -> tuple:
    with hub.engine.connect() as conn:
        ingests = conn.execute(text("SELECT bundle_id, counts::text FROM ingests ORDER BY 1")).all()
        arrivals = conn.execute(text("SELECT workspace_id, rec, arrival FROM publications ORDER BY 1, 2")).all()
    return hub_rows(hub), ingests, arrivals


def refused(capsys, hub, path, match: str) -> str:
    before = hub_state(hub)
    code, out, err = ingest_cli(capsys, hub, path)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and match in err, err
    assert hub_state(hub) == before
    return err


@pytest.fixture
def two(hub, tmp_path):
    toronto = enrolled_city(hub, tmp_path, "Toronto")
    boston = enrolled_city(hub, tmp_path, "Boston")
    yield toronto, boston
    close(toronto, boston)


def test_publications_are_ingested_and_reported(capsys, hub, two, tmp_path):
    toronto, boston = two
    toronto.ws.create("practice", {"title": "Residency", "visibility": "network"})
    toronto.ws.create("practice", {"title": "Kept home", "visibility": "team"})
    boston.ws.create("reading_item", {"title": "Paper", "visibility": "network"})
    code, out, _ = ingest_cli(capsys, hub, publish(toronto, tmp_path), publish(boston, tmp_path), json_=True)
    assert code == 0
    rows = json.loads(out)
    assert [(r["city"], r["new"], r["refused"]) for r in rows] == [("Toronto", 1, None), ("Boston", 1, None)]
    assert sorted(t for _c, _h, t in hub_view(hub).values()) == ["Paper", "Residency"]
    # a folder: its .gcen files, in name order; the text output says what each did
    code, out, _ = ingest_cli(capsys, hub, tmp_path / "outbox")
    assert code == 0 and out.count("\n") == 2 and "0 new, 0 updated, 0 withdrawn, 1 unchanged" in out


def test_an_unenrolled_workspace(capsys, hub, tmp_path):
    from tests.network.cities import make_city

    stranger = make_city(tmp_path, "Lyon")
    stranger.ws.create("practice", {"title": "Atelier", "visibility": "network"})
    refused(capsys, hub, publish(stranger, tmp_path), "is not enrolled on this hub")
    close(stranger)


def test_an_unknown_key(capsys, hub, tmp_path):
    from tests.network.cities import make_city

    lyon = make_city(tmp_path, "Lyon")
    hub.enroll(lyon.ws.workspace_id, "Lyon", "AAAA" * 8)  # a teammate's key, say, not this store's
    lyon.ws.create("practice", {"title": "Atelier", "visibility": "network"})
    refused(capsys, hub, publish(lyon, tmp_path), "is not enrolled for Lyon")
    close(lyon)


def test_a_revoked_key(capsys, hub, two, tmp_path):
    toronto, _ = two
    toronto.ws.create("practice", {"title": "Residency", "visibility": "network"})
    first = publish(toronto, tmp_path)
    assert ingest_cli(capsys, hub, first)[0] == 0
    hub.revoke(toronto.ws.workspace_id, toronto.identity().fingerprint)
    toronto.ws.create("practice", {"title": "Second", "visibility": "network"})
    refused(capsys, hub, publish(toronto, tmp_path), "was revoked")


def test_a_key_publishing_for_another_workspace(capsys, hub, two, tmp_path):
    toronto, boston = two
    path = tmp_path / "claim.gcen"
    forge(path, boston, [practice({"title": "Fake", "visibility": "network"})], workspace_id=toronto.ws.workspace_id)
    refused(capsys, hub, path, "publishes for another workspace")


@pytest.mark.parametrize("visibility", ["team", "private"])
def test_team_or_private_data(capsys, hub, two, tmp_path, visibility):
    toronto, _ = two
    path = tmp_path / "leak.gcen"
    forge(path, toronto, [practice({"title": "Ours", "visibility": visibility})], workspace_id=toronto.ws.workspace_id)
    refused(capsys, hub, path, "kept to its team or private")


_OK = {"title": "Fine", "visibility": "network"}
_NUL_CASES = {  # (team name, city, values, hlc, tags): PostgreSQL holds no NUL in text or JSON
    "a field of a newer version": ("Team", "Toronto", {**_OK, "future_field": "a\x00b"}, "x", []),
    "the HLC": ("Team", "Toronto", _OK, "x\x00", []),
    "the team's name": ("Te\x00am", "Toronto", _OK, "x", []),
    "the city's name": ("Team", "Toronto\x00", _OK, "x", []),
    "a tag": ("Team", "Toronto", _OK, "x", ["t\x00g"]),
}


@pytest.mark.parametrize("case", sorted(_NUL_CASES))
def test_a_nul_character_anywhere(capsys, hub, two, tmp_path, case):
    """A NUL in any text of a publication is refused by the reader, desktop and hub alike (the hub
    stopped with a PostgreSQL traceback on a newer version's field, the HLC, the team's name)."""
    from gcen_desktop import __version__
    from gcen_desktop.sync.manifest import Producer
    from gcen_desktop.sync.publication import PublicationManifest, write_publication

    toronto, boston = two
    team, city, values, hlc, tags = _NUL_CASES[case]
    path = tmp_path / "nul.gcen"
    item = Publication(rec=str(uuid.uuid4()), type="practice", counter=5, dot=("forger", 1), hlc=hlc,
                       h=content_hash(values, [], tags, []), values=values, tags=tags)
    write_publication(path, PublicationManifest(
        app_version=__version__, workspace_id=toronto.ws.workspace_id, workspace_name=team, city=city,
        bundle_id=str(uuid.uuid4()), kind="incremental", created_ms=1, producer=Producer(replica=toronto.store.replica),
    ), [item], {}, toronto.keys)
    refused(capsys, hub, path, "NUL character")
    library = boston.listed()
    with pytest.raises(UserError) as refusal:
        boston.receive(path, trust_new_key=True)
    assert "NUL character" in str(refusal.value) and boston.listed() == library


def test_a_replay_of_an_older_publication(capsys, hub, two, tmp_path):
    toronto, _ = two
    rec = toronto.ws.create("practice", {"title": "First title", "visibility": "network"}).rec
    old = publish(toronto, tmp_path)
    toronto.ws.edit(rec, {"title": "Second title"})
    new = publish(toronto, tmp_path)
    assert ingest_cli(capsys, hub, new)[0] == 0
    refused(capsys, hub, old, "older than what the hub holds from Toronto")
    assert [t for _c, _h, t in hub_view(hub).values()] == ["Second title"]


def test_a_type_change(capsys, hub, two, tmp_path):
    toronto, _ = two
    rec = str(uuid.uuid4())
    first, second = tmp_path / "a.gcen", tmp_path / "b.gcen"
    forge(first, toronto, [practice({"title": "P", "visibility": "network"}, 2, rec)], workspace_id=toronto.ws.workspace_id)
    values = {"title": "R", "visibility": "network"}
    forge(second, toronto, [Publication(rec=rec, type="reading_item", counter=4, dot=("forger", 2), hlc="y",
                                        h=content_hash(values, [], [], []), values=values)],
          workspace_id=toronto.ws.workspace_id)
    assert ingest_cli(capsys, hub, first)[0] == 0
    refused(capsys, hub, second, "changes the type of a record")


def test_a_damaged_file_and_a_missing_one(capsys, hub, two, tmp_path):
    toronto, _ = two
    toronto.ws.create("practice", {"title": "Residency", "visibility": "network"})
    path = publish(toronto, tmp_path)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    refused(capsys, hub, path, "")
    refused(capsys, hub, tmp_path / "nowhere.gcen", "There is no file")


def test_one_refused_file_among_good_ones(capsys, hub, two, tmp_path):
    toronto, boston = two
    toronto.ws.create("practice", {"title": "Residency", "visibility": "network"})
    bad = tmp_path / "claim.gcen"
    forge(bad, boston, [practice({"title": "Fake", "visibility": "network"})], workspace_id=toronto.ws.workspace_id)
    code, out, err = ingest_cli(capsys, hub, bad, publish(toronto, tmp_path))
    assert code == 1 and "refused" in err and "1 new" in out
    assert [t for _c, _h, t in hub_view(hub).values()] == ["Residency"]


def test_a_withdrawal_removes_from_what_is_served(capsys, hub, two, tmp_path):
    toronto, _ = two
    rec = toronto.ws.create("practice", {"title": "Residency", "visibility": "network"}).rec
    kept = toronto.ws.create("practice", {"title": "Mentoring", "visibility": "network"}).rec
    assert ingest_cli(capsys, hub, publish(toronto, tmp_path))[0] == 0
    assert len(hub.search("residency")) == 1
    toronto.ws.edit(rec, {"visibility": "team"})
    toronto.ws.delete(kept)
    code, out, _ = ingest_cli(capsys, hub, publish(toronto, tmp_path))
    assert code == 0 and "2 withdrawn" in out
    assert hub_view(hub) == {} and hub.search("residency") == [] and hub.search("mentoring") == []
    # published again: served again
    toronto.ws.edit(rec, {"visibility": "network"})
    assert ingest_cli(capsys, hub, publish(toronto, tmp_path))[0] == 0
    assert [h.rec for h in hub.search("residency")] == [rec]


def _history(cities, tmp_path, rng: random.Random) -> list:
    """Files of cities that publish, edit, withdraw and publish again (some full: overlapping)."""
    files, recs = [], {c.ws.workspace_id: [] for c in cities}
    for _ in range(24):
        city = rng.choice(cities)
        mine = recs[city.ws.workspace_id]
        op = rng.random()
        if op < 0.35 or not mine:
            mine.append(city.ws.create("practice", {"title": f"p{rng.randrange(1000)}", "visibility": "network"}).rec)
        elif op < 0.6:
            city.ws.edit(rng.choice(mine), {"title": f"edited {rng.randrange(1000)}"})
        elif op < 0.8:
            city.ws.edit(rng.choice(mine), {"visibility": rng.choice(["team", "network"])})
        else:
            files.append(publish(city, tmp_path, full=rng.random() < 0.3))
    files += [publish(c, tmp_path) for c in cities]
    return files


def _comparable(hub) -> list[tuple]:
    return hub_rows(hub)


def test_twice_shuffled_overlapping_and_concurrent_ingests_agree(capsys, hub, new_hub, two, tmp_path):
    rng = random.Random(7)
    files = _history(list(two), tmp_path, rng)
    for path in files:
        assert not hub.ingest(path).refused
    expected = _comparable(hub)
    for path in files:  # twice: nothing changes
        result = hub.ingest(path)
        assert result.refused is None or "older than" in result.refused
    assert _comparable(hub) == expected
    for seed in range(3):
        other = new_hub()
        for c in two:
            ident = c.identity()
            other.enroll(ident.workspace_id, ident.city, ident.fingerprint)
        shuffled = files * 2
        random.Random(seed).shuffle(shuffled)
        if seed == 2:  # two ingests at once, several files of one workspace among them
            with ThreadPoolExecutor(2) as pool:
                results = list(pool.map(other.ingest, shuffled))
        else:
            results = [other.ingest(p) for p in shuffled]
        assert all(r.refused is None or "older than" in r.refused for r in results)
        assert _comparable(other) == expected, seed
        with other.engine.connect() as conn:
            arrivals = conn.execute(text("SELECT arrival FROM publications")).scalars().all()
        assert len(set(arrivals)) == len(arrivals) and 0 not in arrivals


def test_a_replay_after_a_withdrawal_brings_nothing_back(capsys, hub, two, tmp_path):
    """A guard: the publication of a practice, replayed after its withdrawal (alone, or with files
    that are new), never serves it again; the replay alone is refused, the hub unchanged."""
    toronto, _ = two
    rec = toronto.ws.create("practice", {"title": "Residency", "visibility": "network"}).rec
    old = publish(toronto, tmp_path, full=True)
    assert ingest_cli(capsys, hub, old)[0] == 0
    toronto.ws.edit(rec, {"visibility": "private"})
    assert ingest_cli(capsys, hub, publish(toronto, tmp_path))[0] == 0
    refused(capsys, hub, old, "older than what the hub holds")
    toronto.ws.create("practice", {"title": "Mentoring", "visibility": "network"})
    code, _out, _err = ingest_cli(capsys, hub, publish(toronto, tmp_path), old)
    assert code == 1 and [t for _c, _h, t in hub_view(hub).values()] == ["Mentoring"]
