"""Nothing a store holds can make its manifest too large to write: `have` and `since` are interval
sets per replica, and a teammate's bundle with gapped seqs, or relaying changes of thousands of
replicas, made them larger than a manifest may be (64 KiB), after which every export of the store
failed for good. A manifest now claims a part of them that fits (store.ranges.vector_within):
claiming less than is held is always safe (it is sent again, and recognised)."""

from __future__ import annotations

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gcen_desktop.store import ranges
from gcen_desktop.store.events import seal
from gcen_desktop.sync.limits import DEFAULT_LIMITS
from gcen_desktop.sync.reader import read_bundle
from gcen_desktop.sync.times import now_ms

from .exchange_kit import close_all, send, team
from .hostile.crafting import craft


@pytest.fixture
def trio(tmp_path):
    stores = team(tmp_path, 3)
    a, b, c = stores
    send(b, a, tmp_path)
    send(c, a, tmp_path)
    send(a, b, tmp_path)
    send(a, c, tmp_path)
    yield stores
    close_all(stores)


def _set(replica: str, seq: int, rec: str, title: str) -> dict:
    return seal({"dot": [replica, seq], "hlc": f"{now_ms():013d}-00000-{replica}", "rec": rec, "type": "note",
                 "op": "set", "fields": {"title": title}, "parents": {}})


def _gapped(ben, note: str, n: int) -> list[dict]:
    """n changes in Ben's name, every other seq: n intervals in the `have` of whoever holds them."""
    base = int(ben.store.meta("seq"))
    return [_set(ben.store.replica, base + 2 + 2 * i, note, f"t{i}") for i in range(n)]


def _many_replicas(note: str, n: int) -> list[dict]:
    return [_set(f"r{i:015d}", 1, note, f"from r{i}") for i in range(n)]


def _manifest(path, ex) -> tuple[dict, dict]:
    with read_bundle(path, identities=[ex.keys.age_identity]) as contents:
        return orjson.loads(orjson.dumps(contents.manifest.have)), orjson.loads(orjson.dumps(contents.manifest.since))


@pytest.mark.parametrize("shape", ["gapped seqs", "many replicas"])
def test_a_teammates_bundle_cannot_make_every_later_export_fail(trio, tmp_path, shape):
    ana, ben, chen = trio
    note = ben.ws.create("note", {"title": "Minutes", "body": "x\n"}).rec
    send(ben, ana, tmp_path)
    send(ben, chen, tmp_path)
    events = _gapped(ben, note, 8000) if shape == "gapped seqs" else _many_replicas(note, 3000)
    ana.import_bundle(craft(tmp_path / "wide.gcen", workspace=ana, producer=ben.store.replica, name="Ben",
                            events=events, keys=ben.keys))
    with ana.store.read() as conn:
        from gcen_desktop.sync import knowledge

        held = knowledge.have(conn)
    assert len(orjson.dumps(held)) > DEFAULT_LIMITS.manifest_bytes  # what the old manifest had to carry
    for mode in ("full", "team", "peer"):
        kw = {"peer": chen.store.replica} if mode == "peer" else {}
        out = tmp_path / f"ana-{mode}.gcen"
        ana.export(out, mode=mode, **kw)
        have, since = _manifest(out, ana)
        assert ranges.vector_subtract(have, held) == {}  # it never claims what it does not hold
        assert have[ana.store.replica] == held[ana.store.replica]  # its own changes: all of them
        chen.import_bundle(out)
    assert chen.store.dump() == ana.store.dump()
    # Chen's bundles to Ana carry again what Ana's manifest left out: recognised, nothing changes
    before = ana.store.dump()
    send(chen, ana, tmp_path)
    send(chen, ana, tmp_path, mode="full")
    assert ana.store.dump() == before and ana.store.check() == []
    # and Ana still hears from Ben
    ben.ws.edit(note, {"body": "y\n"})
    send(ben, ana, tmp_path)
    assert ana.ws.get(note).data["body"] == "y\n"
    send(ana, chen, tmp_path)
    assert ana.store.dump() == chen.store.dump()


vectors = st.dictionaries(
    st.sampled_from(["own0000000000000", *[f"r{i:015d}" for i in range(12)]]),
    st.lists(st.tuples(st.integers(1, 10**7), st.integers(0, 50)), min_size=1, max_size=60).map(
        lambda xs: ranges.normalize([lo, lo + n] for lo, n in xs)
    ),
    max_size=13,
)


@settings(max_examples=200, deadline=None)
@given(vectors, st.integers(20, 3000), st.sets(st.sampled_from([f"r{i:015d}" for i in range(12)])))
def test_a_part_of_a_vector_claims_no_more_and_fits(vector, budget, prefer):
    part = ranges.vector_within(vector, budget, first="own0000000000000", prefer=prefer)
    assert ranges.vector_subtract(part, vector) == {}
    written = len(orjson.dumps(vector))
    if written + 2 * len(vector) + 2 <= budget:  # (its size is reckoned a comma or two high per replica)
        assert part == vector
    else:
        assert len(orjson.dumps(part)) <= budget
    for spans in part.values():
        assert spans == ranges.normalize(spans)


def test_a_roster_of_many_trusted_teammates_still_fits(trio, tmp_path):
    """A store that trusted hundreds of keys names as many as fit, its own first."""
    from gcen_desktop.sync import knowledge

    from .hostile.make_corpus import corpus_keys

    ana, _ben, chen = trio
    with ana.store.write() as conn:
        for i in range(300):
            k = corpus_keys(f"teammate {i}".encode())
            knowledge.add_key(conn, k.fingerprint, k.public_key_b64, k.age_recipient, f"Teammate {i} " + "n" * 80)
            knowledge.trust_key(conn, k.fingerprint)
            knowledge.add_peer(conn, f"t{i:015d}", f"Teammate {i}", k.fingerprint)
    out = tmp_path / "roster.gcen"
    ana.export(out, mode="full")
    with read_bundle(out, identities=[ana.keys.age_identity]) as contents:
        roster = contents.manifest.roster
    assert roster[0].replica == ana.store.replica and 20 < len(roster) < 303
    chen.import_bundle(out)
    assert chen.store.dump() == ana.store.dump()


def test_long_names_with_a_full_roster_and_gapped_vectors_still_fit(trio, tmp_path):
    """The workspace's and the user's names (1,000 control characters each take 6,000 bytes in a
    manifest) with `have` and `since` at their part's most and a roster of many trusted teammates:
    the roster names fewer, and every export still writes (before, each one failed for good)."""
    from gcen_desktop.sync import knowledge

    from .hostile.make_corpus import corpus_keys

    ana, ben, chen = trio
    note = ben.ws.create("note", {"title": "Minutes", "body": "x\n"}).rec
    send(ben, ana, tmp_path)
    gapped = _gapped(ben, note, 8000)
    claimed = ranges.vector_within(
        {ben.store.replica: ranges.normalize([[1, int(ben.store.meta("seq"))], *[[e["dot"][1]] * 2 for e in gapped]])},
        DEFAULT_LIMITS.vector_bytes, first=ben.store.replica)
    # Ben's key vouches that Ben holds them: what Ana exports for Ben names them in `since` too
    ana.import_bundle(craft(tmp_path / "wide.gcen", workspace=ana, producer=ben.store.replica, name="Ben",
                            events=gapped, keys=ben.keys, have=claimed))
    with ana.store.write() as conn:
        for i in range(300):
            k = corpus_keys(f"teammate {i}".encode())
            knowledge.add_key(conn, k.fingerprint, k.public_key_b64, k.age_recipient, f"Teammate {i}")
            knowledge.trust_key(conn, k.fingerprint)
            knowledge.add_peer(conn, f"t{i:015d}", f"Teammate {i}", k.fingerprint)
    ana.ws.edit(ana.ws.workspace_id, {"name": "\x01" * 1000})
    ana.ws.edit(ana.store.meta("me"), {"name": "\x02" * 1000})
    for mode in ("full", "team", "peer"):
        kw = {"peer": ben.store.replica} if mode == "peer" else {}
        out = tmp_path / f"ana-{mode}.gcen"
        ana.export(out, mode=mode, **kw)
        with read_bundle(out, identities=[ana.keys.age_identity]) as contents:
            assert contents.manifest.roster[0].replica == ana.store.replica
            assert contents.manifest.workspace_name == "\x01" * 1000
            if mode == "peer":
                assert len(orjson.dumps(contents.manifest.since)) > DEFAULT_LIMITS.vector_bytes - 1024
        (ben if mode == "peer" else chen).import_bundle(out)



def test_a_strangers_gapped_history_cannot_hide_what_a_teammate_holds_of_a_small_store(trio, tmp_path):
    """Ben imports once a stranger's unsigned bundle whose changes leave 1,500 gaps of 8 seqs each:
    his `have` is too large for a manifest. The part it claims must still name what he holds of
    his teammates' stores, however few their changes (Chen's 2 are fewer than any of the stranger's
    intervals): else Chen's 'not yet shared' counts them for good, and his every export for Ben
    carries them again."""
    ana, ben, chen = trio
    for i in range(2):
        chen.ws.create("note", {"title": f"Chen {i}", "body": "x\n"})
    send(chen, ana, tmp_path)
    send(chen, ben, tmp_path)
    stranger = "x0000000000000000"
    events = [_set(stranger, 9 * i + k, f"01a00000-0000-7000-8000-{i:012d}", f"t{k}")
              for i in range(1500) for k in range(1, 9)]
    ben.import_bundle(craft(tmp_path / "stranger.gcen", workspace=ben, producer=stranger, name="Xavier",
                            events=events), once=True)
    with ben.store.read() as conn:
        from gcen_desktop.sync import knowledge

        assert len(orjson.dumps(knowledge.have(conn))) > DEFAULT_LIMITS.vector_bytes
    send(ana, chen, tmp_path)
    send(ben, chen, tmp_path)
    assert chen.unshared_count() == 0
    out = tmp_path / "chen-for-ben.gcen"
    chen.export(out, mode="peer", peer=ben.store.replica)
    with read_bundle(out, identities=[chen.keys.age_identity]) as contents:
        # Ben is known to hold every change of Chen's (what it carries are the stranger's left out)
        assert {e["dot"][0] for e in contents.events} == {stranger}


def test_peer_exports_converge_when_every_manifest_claims_only_a_part(trio, tmp_path):
    """Every store holds a history too gapped for a manifest (a stranger's, relayed), and the three
    send each other only bundles for one teammate, some of them cut into parts: each manifest's
    `since` and `have` claim a part, and still every store ends with the same events and records."""
    from gcen_desktop.sync import knowledge
    from gcen_desktop.sync.limits import Limits

    from .exchange_kit import event_set

    ana, ben, chen = trio
    stranger = "x0000000000000000"
    events = [_set(stranger, 9 * i + k, f"01a00000-0000-7000-8000-{i:012d}", f"t{k}")
              for i in range(1500) for k in range(1, 9)]
    ben.import_bundle(craft(tmp_path / "stranger.gcen", workspace=ben, producer=stranger, name="Xavier",
                            events=events), once=True)
    note = ana.ws.create("note", {"title": "Minutes", "body": "a\n"}).rec
    small = Limits(file_bytes=400_000, total_bytes=400_000, events_member_bytes=300_000)
    ring = [(ana, ben), (ben, chen), (chen, ana), (ana, ben), (ben, chen), (chen, ana), (ana, ben)]
    cut = partial = 0
    for round_, (src, dst) in enumerate(ring):
        if src.ws.find(note) is not None:
            src.ws.edit(note, {"title": f"Minutes {round_}"})
        path = tmp_path / f"peer-{round_}.gcen"
        result = src.export(path, mode="peer", peer=dst.store.replica, limits=small)
        cut += len(result.parts) > 1
        have, _since = _manifest(result.path, src)
        with src.store.read() as conn:
            partial += ranges.vector_subtract(knowledge.have(conn), have) != {}
        for p in result.parts or [result.path]:
            dst.import_bundle(p, trust_new_key=True)
    assert cut and partial  # some were cut into parts, and some manifests claimed a part of what was held
    for src, dst in [(chen, ana), (ana, ben), (ben, chen), (chen, ana)]:
        send(src, dst, tmp_path, mode="peer")
    assert event_set(ana) == event_set(ben) == event_set(chen)
    assert ana.store.dump() == ben.store.dump() == chen.store.dump()
    assert all(s.store.check() == [] for s in trio)


def test_names_full_of_escapes_and_a_full_roster_cannot_make_a_manifest_too_large(trio, tmp_path):
    """'have' and 'since' fit their budget (16 KiB each), but names are written besides: a workspace and a member named with 1,000 control
    characters (accepted here; 6 bytes each in JSON) and teammates with such names on the roster
    took the manifest past 64 KiB, and every export for Chen failed."""
    from gcen_desktop.sync import knowledge

    from .hostile.make_corpus import corpus_keys

    ana, ben, chen = trio
    note = ben.ws.create("note", {"title": "Minutes", "body": "x\n"}).rec
    send(ben, ana, tmp_path)
    send(ben, chen, tmp_path)
    gapped = craft(tmp_path / "wide.gcen", workspace=ana, producer=ben.store.replica, name="Ben",
                   events=_gapped(ben, note, 8000), keys=ben.keys)
    ana.import_bundle(gapped)
    chen.import_bundle(gapped)
    send(chen, ana, tmp_path)  # what Ana knows Chen holds: as gapped as what she holds
    odd = "\x01" * 1000
    ana.ws.edit(ana.ws.workspace_id, {"name": odd})
    ana.ws.edit(ana.ws.me, {"name": odd})
    with ana.store.write() as conn:
        for i in range(30):
            k = corpus_keys(f"teammate {i}".encode())
            knowledge.add_key(conn, k.fingerprint, k.public_key_b64, k.age_recipient, "\x02" * 200)
            knowledge.trust_key(conn, k.fingerprint)
            knowledge.add_peer(conn, f"t{i:015d}", "\x02" * 200, k.fingerprint)
    out = tmp_path / "for-chen.gcen"
    ana.export(out, mode="peer", peer=chen.store.replica)
    with read_bundle(out, identities=[ana.keys.age_identity]) as contents:
        assert contents.manifest.workspace_name == odd and contents.manifest.roster[0].replica == ana.store.replica
    chen.import_bundle(out)
    assert chen.store.dump() == ana.store.dump()
