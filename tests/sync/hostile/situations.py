"""The situational hostile corpus: issue 14's attacks that need store state (who is on the team,
whose key is trusted, which replica is bound to which key, what is private).

`make_corpus.py` holds the file-level cases (a bundle with one thing wrong, refused by the reader
whatever the store). Here each case is a small team made with the real services (`exchange_kit.team`,
keys trusted by exchanging signed bundles), a hostile bundle or fault made with the project's own
writer (`write_bundle`, `seal`, the helpers of `crafting.py`), and what must come of it:

- `Refused(error, what, who)`: the error class, a fragment of the message saying what was refused,
  and whom it names (the teammate's name or a key's fingerprint; for a fault of this store alone,
  the field or record it is about). The runner (tests/sync/test_hostile_situations.py) checks the
  refusal is one sentence and that the workspace's files are byte-identical afterwards.
- `Handled(check)`: the bundle is let in (or the fault taken) and `check(scene, result)` holds the
  property the item promises (the teammate still syncs, the export is not empty, the record is
  restorable, the stores agree).

Item 14's parts that are not borne by a bundle are tested where they live (see `ELSEWHERE`).
"""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from gcen_desktop.domain.errors import UserError, ValidationError
from gcen_desktop.domain.ids import new_id
from gcen_desktop.domain.schema import MAX_BODY
from gcen_desktop.services import Workspace, joining
from gcen_desktop.services.bundles import Exchange
from gcen_desktop.store.damage import WorkspaceDamaged
from gcen_desktop.store.events import seal
from gcen_desktop.store.replica import registry_path
from gcen_desktop.sync import knowledge
from gcen_desktop.sync.admission import (
    ForeignWorkspace,
    Impersonation,
    UntrustedKey,
    Unvouched,
)
from gcen_desktop.sync.export import export_memory
from gcen_desktop.sync.import_outcome import MANY_DELETIONS
from gcen_desktop.sync.manifest import RosterEntry
from gcen_desktop.sync.times import now_ms

from ..exchange_kit import send, team
from . import make_corpus as corpus
from .crafting import (
    MergeWork,
    craft,
    far_dots,
    forged_deletion,
    next_event,
    note_with_forks,
    older_version_edit,
    peer_knowledge,
    signed_with,
    two_versions,
)

NAMES = ("Ana", "Ben", "Chen", "Dara")
PASSPHRASE = "correct horse battery staple"
# Keys nobody on the team trusts: a stranger's, one a roster tries to give Ben, a newcomer's.
STRANGER = corpus.corpus_keys(b"stranger")
MALLORY = corpus.corpus_keys(b"mallory")
NEWCOMER = corpus.corpus_keys(b"newcomer")


# --- a scene: the stores, and what the setup noted for the check ------------------------------------------


@dataclass
class Scene:
    tmp: Path
    monkeypatch: pytest.MonkeyPatch
    stores: list[Exchange]
    target: int = 0  # the store that imports the hostile bundle (or suffers the fault)
    noted: dict[str, Any] = field(default_factory=dict)
    folder: Path | None = None  # a workspace folder with no open store (a damaged copy)
    teammates: list[int] | None = None  # the stores whose real changes must still flow afterwards

    @property
    def ex(self) -> Exchange:
        return self.stores[self.target]

    @property
    def workspace_folder(self) -> Path:
        return self.folder or self.ex.store.folder

    def __getitem__(self, name: str) -> Exchange:
        return self.stores[NAMES.index(name)]

    def path(self, name: str) -> Path:
        return self.tmp / name


@dataclass(frozen=True)
class Refused:
    error: type[BaseException]
    what: str  # a fragment of the message: what was refused
    who: Callable[[Scene], str]  # whom the message names


@dataclass(frozen=True)
class Handled:
    check: Callable[[Scene, Any], None]


@dataclass(frozen=True)
class Fault:
    """Not a bundle: something done to the target store through the service (`act`), and the same
    through the `gcen` command (`cli`, the arguments after `--workspace FOLDER`) where it has one."""

    act: Callable[[], Any]
    cli: tuple[str, ...] = ()
    only_db: bool = False  # a refusal may leave its mark beside the database (the damage mark)


@dataclass(frozen=True)
class Situation:
    name: str
    item: int  # the item of issue 14 it covers
    build: Callable[[Scene], Path | Fault]
    outcome: Refused | Handled
    setup: Callable[[Path, pytest.MonkeyPatch], Scene]
    decision: dict[str, bool] = field(default_factory=dict)  # the user's answer to the preview
    passphrase: str | None = None
    between: Callable[[Scene, Path], None] | None = None  # after the preview, before the import
    cli: bool = True  # a refused bundle is also imported with `gcen import`
    afterwards: bool = True  # teammates' real changes still flow both ways afterwards


# --- setups ------------------------------------------------------------------------------------------------


def trio(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> Scene:
    """Ana made the workspace; Ben and Chen joined from her bundle; Ana trusts both keys (their
    stores are bound to them here) and Ben trusts Ana's."""
    stores = team(tmp, 3)
    a, b, c = stores
    send(b, a, tmp)
    send(c, a, tmp)
    send(a, b, tmp)
    return Scene(tmp, monkeypatch, stores)


def four(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> Scene:
    """Ana, Ben, Chen and Dara, each holding Ana's first note and trusting each other's keys."""
    stores = team(tmp, 4)
    ana = stores[0]
    scene = Scene(tmp, monkeypatch, stores)
    scene.noted["note"] = ana.ws.create("note", {"title": "Residency visit", "body": "day one"}).rec
    for s in stores[1:]:
        send(s, ana, tmp)
        send(ana, s, tmp)
    return scene


def pair(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> Scene:
    stores = team(tmp, 2)
    send(stores[1], stores[0], tmp)
    return Scene(tmp, monkeypatch, stores)


def _with_bens_note(scene: Scene) -> str:
    a, b = scene["Ana"], scene["Ben"]
    note = b.ws.create("note", {"title": "Ben's note"}).rec
    send(b, a, scene.tmp)
    scene.noted["note"] = note
    return note


def _stranger(scene: Scene, name: str = "Zoe") -> Exchange:
    """A store of the same workspace nobody on the team has heard of."""
    ex = Exchange(Workspace.new(scene.path(name.lower()), "Other", member=name))
    with ex.store.write() as conn:
        ex.store._set_meta(conn, "workspace_id", scene["Ana"].ws.workspace_id)
    scene.stores.append(ex)
    return ex


# --- item 1: impersonation -------------------------------------------------------------------------------


def unsigned_impersonation(scene: Scene) -> Path:
    a, b = scene["Ana"], scene["Ben"]
    note = _with_bens_note(scene)
    forged = next_event(b, note, {"title": "forged by someone else"})
    scene.noted["dump"] = a.store.dump()
    return craft(scene.path("forged.gcen"), workspace=a, producer=b.store.replica, name="Ben", events=[forged])


def _left_out_ben(scene: Scene, report: Any) -> None:
    a, b, c = scene["Ana"], scene["Ben"], scene["Chen"]
    note = scene.noted["note"]
    assert report.applied == 0 and report.left_out == {"Ben": 1}
    assert any("left out" in w and "Ben" in w for w in report.warnings)
    assert a.store.dump() == scene.noted["dump"] and a.ws.get(note).title == "Ben's note"
    b.ws.edit(note, {"title": "Ben's real edit"})  # Ben's real next change comes in, and goes on to Chen
    assert send(b, a, scene.tmp).applied == 1
    send(a, c, scene.tmp)
    assert c.ws.get(note).title == "Ben's real edit"


# --- item 2: a forged `have` -------------------------------------------------------------------------------


def _everything(scene: Scene) -> dict:
    a = scene["Ana"]
    a.ws.create("note", {"title": "not yet shared"})
    with a.store.read() as conn:
        held = knowledge.have(conn)
    scene.noted["unshared"] = a.unshared_count()
    scene.noted["known"] = peer_knowledge(a, scene["Ben"].store.replica)
    return {r: [[1, int(a.store.meta("seq"))]] if r == a.store.replica else [[1, 10**9]] for r in held}


def forged_have(scene: Scene) -> Path:
    a, b = scene["Ana"], scene["Ben"]
    return craft(scene.path("have.gcen"), workspace=a, producer=b.store.replica, name="Ben", events=[],
                 have=_everything(scene))


def _have_taught_nothing(scene: Scene, report: Any) -> None:
    a, b = scene["Ana"], scene["Ben"]
    assert report.applied == 0
    assert peer_knowledge(a, b.store.replica) == scene.noted["known"]
    assert a.unshared_count() == scene.noted["unshared"] > 0
    assert a.export(scene.path("for-ben.gcen"), mode="peer", peer=b.store.replica).event_count >= 1
    assert a.export(scene.path("team.gcen"), mode="team").event_count >= 1


def forged_have_signed_by_a_stranger(scene: Scene) -> Path:
    a, b = scene["Ana"], scene["Ben"]
    return craft(scene.path("have-signed.gcen"), workspace=a, producer=b.store.replica, name="Ben", events=[],
                 have=_everything(scene), keys=STRANGER)


def forged_have_of_a_new_store(scene: Scene) -> Path:
    a = scene["Ana"]
    return craft(scene.path("have-new.gcen"), workspace=a, producer="y" * 16, name="Ben", events=[],
                 have=_everything(scene), keys=STRANGER)


def _new_store_taught_nothing(scene: Scene, report: Any) -> None:
    _have_taught_nothing(scene, report)
    assert peer_knowledge(scene["Ana"], "y" * 16) == {}


# --- item 3: a deletion observing future seqs ------------------------------------------------------------------


def deletion_observing_the_future(scene: Scene) -> Path:
    a, b, c = scene.stores
    n = a.ws.create("note", {"title": "Residency visit", "body": "notes"}).rec
    send(a, b, scene.tmp)
    send(a, c, scene.tmp)
    scene.noted["note"] = n
    scene.target = 1  # Ben imports Ana's (trusted) bundle relaying the forged deletion
    return signed_with(a, scene.path("forged.gcen"), [forged_deletion(a.store, n, "note", 1, far_dots(scene.stores))])


def _restorable(scene: Scene, report: Any) -> None:
    from gcen_desktop.cli import main

    a, b, c = scene.stores
    n = scene.noted["note"]
    assert b.ws.get(n).deleted
    assert main(["--workspace", str(b.store.folder), "restore", n]) == 0  # `gcen restore`, as the item says
    assert not b.ws.get(n).deleted and not b.ws.get(n).del_conflict
    assert b.store.check() == []
    send(b, a, scene.tmp)
    send(b, c, scene.tmp)
    assert not a.ws.get(n).deleted and not c.ws.get(n).deleted
    assert a.store.dump() == b.store.dump() == c.store.dump()


# --- item 4: trust downgrades -------------------------------------------------------------------------------


def _bens_next_from(scene: Scene, file: str, **kw: Any) -> Path:
    a, b = scene["Ana"], scene["Ben"]
    note = _with_bens_note(scene)
    forged = next_event(b, note, {"title": "pushed in"})
    scene.noted["dump"] = a.store.dump()
    return craft(scene.path(file), workspace=a, events=[forged], **kw)


def signed_by_an_unknown_key(scene: Scene) -> Path:
    return _bens_next_from(scene, "signed.gcen", producer="x" * 16, name="Ben", keys=MALLORY)


def signature_stripped(scene: Scene) -> Path:
    return _bens_next_from(scene, "stripped.gcen", producer="x" * 16, name="Ben")


def _nothing_of_ben_came_in(scene: Scene, report: Any) -> None:
    assert report.applied == 0 and report.left_out == {"Ben": 1}
    assert scene["Ana"].ws.get(scene.noted["note"]).title == "Ben's note"
    assert scene["Ana"].store.dump() == scene.noted["dump"]


def chen_posing_as_ben(scene: Scene) -> Path:
    return _bens_next_from(scene, "pose.gcen", producer=scene["Ben"].store.replica, name="Ben", keys=scene["Chen"].keys)


def chen_taking_over_dara(scene: Scene) -> Path:
    """Dara is known to Ana only through Ben (her change relayed, her key named in his roster, not
    trusted by Ana); Chen, trusted for his own store, signs a bundle saying it is Dara's."""
    a, b, c = scene["Ana"], scene["Ben"], scene["Chen"]
    d = _stranger(scene, "Dara")
    d.store.set_meta("device_name", "Dara")
    note = d.ws.create("note", {"title": "Dara's"}).rec
    send(d, b, scene.tmp)
    send(b, a, scene.tmp)
    return craft(scene.path("chen-as-dara.gcen"), workspace=a, producer=d.store.replica, name="Dara",
                 events=[next_event(d, note, {"title": "Chen posing as Dara"})], keys=c.keys,
                 have={d.store.replica: [[1, 10**6]]})


def new_key_claiming_ben(scene: Scene) -> Path:
    return _bens_next_from(scene, "new-key.gcen", producer=scene["Ben"].store.replica, name="Ben", keys=MALLORY)


def chen_speaking_as_ana(scene: Scene) -> Path:
    a = scene["Ana"]
    return craft(scene.path("as-me.gcen"), workspace=a, producer=a.store.replica, name="Ana", events=[],
                 keys=scene["Chen"].keys)


def watched_folder_unvouched(scene: Scene) -> Fault:
    a, b = scene["Ana"], scene["Ben"]
    note = _with_bens_note(scene)
    folder = scene.path("shared")
    folder.mkdir()
    rogue = "z" * 16
    stranger_event = seal({"dot": [rogue, 1], "hlc": f"{now_ms():013d}-00000-{rogue}", "rec": new_id(),
                           "type": "note", "op": "set", "fields": {"title": "unasked"}, "parents": {}})
    craft(folder / "ben.gcen", workspace=a, producer=b.store.replica, name="Ben",
          events=[next_event(b, note, {"title": "impersonated"}), stranger_event])
    scene.noted["dump"] = a.store.dump()
    scene.noted["folder"] = folder
    return Fault(lambda: a.sync_folder_once(folder))


def _held_back_untouched(scene: Scene, reports: Any) -> None:
    a, folder = scene["Ana"], scene.noted["folder"]
    assert reports == [] and a.store.dump() == scene.noted["dump"]
    (held,) = a.held_back(folder)  # listed on the Sync screen, for a look and a decision
    assert held.path.name == "ben.gcen"


# --- item 5: trust spreads through the roster -------------------------------------------------------------------




def dara_with_a_roster(scene: Scene) -> Path:
    """Dara's first bundle: its roster re-points Ben to Mallory's key and name, and names a newcomer
    with a fingerprint that is not its key's."""
    a, b, c = scene["Ana"], scene["Ben"], scene["Chen"]
    d = _stranger(scene, "Dara")
    roster = [
        RosterEntry(name="Mallory", replica=b.store.replica, public_key=MALLORY.public_key_b64,
                    fingerprint=MALLORY.fingerprint),
        RosterEntry(name="Nia", replica="n" * 16, public_key=NEWCOMER.public_key_b64, fingerprint=c.keys.fingerprint),
    ]
    with a.store.read() as conn:
        scene.noted["ben"] = knowledge.peer(conn, b.store.replica)
    scene.teammates = [1, 2]
    return craft(scene.path("dara.gcen"), workspace=a, producer=d.store.replica, name="Dara", events=[],
                 keys=d.keys, roster=roster)


def _only_daras_key_trusted(scene: Scene, report: Any) -> None:
    a, b = scene["Ana"], scene["Ben"]
    with a.store.read() as conn:
        assert knowledge.peer(conn, b.store.replica) == scene.noted["ben"]
        assert knowledge.key(conn, MALLORY.fingerprint).trusted is False
        assert knowledge.key(conn, NEWCOMER.fingerprint).trusted is False
        assert knowledge.key(conn, scene.stores[3].keys.fingerprint).trusted is True
    note = _with_bens_note(scene)
    with pytest.raises(Impersonation):  # the roster's key speaks for Ben nowhere
        a.import_bundle(craft(scene.path("m.gcen"), workspace=a, producer=b.store.replica, name="Ben",
                              events=[next_event(b, note, {"title": "Mallory"})], keys=MALLORY), once=True)


def roster_key_posing_as_ben(scene: Scene) -> Path:
    a, b = scene["Ana"], scene["Ben"]
    a.import_bundle(dara_with_a_roster(scene), trust_new_key=True)
    note = _with_bens_note(scene)
    return craft(scene.path("mallory.gcen"), workspace=a, producer=b.store.replica, name="Ben",
                 events=[next_event(b, note, {"title": "Mallory"})], keys=MALLORY)


# --- item 6: equivocation ------------------------------------------------------------------------------------------


def _dara_bundle(scene: Scene, name: str, events: list[dict]) -> Path:
    import msgspec

    from gcen_desktop.sync.bundle_writer import write_bundle

    dara = scene["Dara"]
    m = export_memory(dara.store, mode="full", keys=dara.keys).manifest
    m = msgspec.structs.replace(m, bundle_id=new_id(), event_count=len(events))
    path = scene.path(name)
    write_bundle(path, m, events, {}, keys=dara.keys)
    return path


def equivocation(kind: str) -> Callable[[Scene], Path]:
    def build(scene: Scene) -> Path:
        dara, note = scene["Dara"], scene.noted["note"]
        dara.ws.edit(note, {"title": "Residency visit (Dara)"})
        first, second = two_versions(dara, note, new_id(), kind, first_smaller=True)
        one, two = _dara_bundle(scene, "one.gcen", [first]), _dara_bundle(scene, "two.gcen", [second])
        scene["Ana"].import_bundle(one, trust_new_key=True)  # Ana saw the first version; the hostile bundle is the second
        scene["Ben"].import_bundle(two, trust_new_key=True)  # Ben saw them the other way round
        scene.noted.update(one=one, first=first, second=second)
        return two

    return build


def _one_version_everywhere(scene: Scene, report: Any) -> None:
    ana, ben, chen, dara = scene.stores
    assert report.equivocating == ["Dara"]
    assert any("One of Dara's changes arrived here in two different versions" in w for w in report.warnings)
    assert ben.import_bundle(scene.noted["one"]).equivocating == ["Dara"]
    for _ in range(2):
        for src in scene.stores:
            for dst in scene.stores:
                if src is not dst:
                    send(src, dst, scene.tmp)
    assert len({s.store.dump() for s in scene.stores}) == 1
    first, second = scene.noted["first"], scene.noted["second"]
    with ana.store.read() as conn:
        kept = conn.exec_driver_sql("SELECT h FROM events WHERE replica=? AND seq=?", tuple(first["dot"])).scalar_one()
    assert kept == min(first["h"], second["h"])
    assert all(s.store.check() == [] for s in scene.stores)
    assert [p.equivocated for p in ana.peers() if p.name == "Dara"] == [1]


# --- item 7: a whole-home backup restore -----------------------------------------------------------------------------


def whole_home_restore(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> Scene:
    """Ana's folder and the replica registry come back from a backup taken before her last change,
    which Ben already holds."""
    scene = trio(tmp, monkeypatch)
    a, b, _c = scene.stores
    folder, backup = a.store.folder, tmp / "backup"
    a.ws.close()
    shutil.copytree(folder, backup / "ws")
    shutil.copy2(registry_path(), backup / "replicas.json")
    a = Exchange(Workspace.open(folder))
    scene.noted["lost"] = a.ws.create("note", {"title": "written after the backup"}).rec
    send(a, b, tmp)
    a.ws.close()
    shutil.rmtree(folder)
    shutil.copytree(backup / "ws", folder)
    shutil.copy2(backup / "replicas.json", registry_path())
    scene.stores[0] = Exchange(Workspace.open(folder))
    scene.noted["replica"] = scene.stores[0].store.replica
    scene.noted["seq"] = int(scene.stores[0].store.meta("seq"))
    return scene


def bens_bundle_after_the_restore(scene: Scene) -> Path:
    path = scene.path("ben.gcen")
    scene["Ben"].export(path, mode="team")
    return path


def _numbers_past_its_lost_changes(scene: Scene, report: Any) -> None:
    a, b = scene["Ana"], scene["Ben"]
    assert report.restored_from_backup
    assert a.store.replica == scene.noted["replica"] and int(a.store.meta("seq")) > scene.noted["seq"]
    assert a.ws.get(scene.noted["lost"]).title == "written after the backup"
    fresh = a.ws.create("note", {"title": "after the restore"}).rec
    assert send(a, b, scene.tmp).applied >= 1 and b.ws.get(fresh).title == "after the restore"
    send(b, a, scene.tmp)
    assert a.store.dump() == b.store.dump()


def unvouched_claim_of_this_stores_future(scene: Scene) -> Path:
    a, b = scene["Ana"], scene["Ben"]
    return craft(scene.path("future.gcen"), workspace=a, producer=b.store.replica, name="Ben", events=[],
                 have={a.store.replica: [[1, 10**9]]})


def unvouched_event_in_this_stores_name(scene: Scene) -> Path:
    a, b = scene["Ana"], scene["Ben"]
    note = a.ws.create("note", {"title": "mine"}).rec
    forged = next_event(a, note, {"title": "in my name"}, seq_ahead=50)
    return craft(scene.path("as-ana.gcen"), workspace=a, producer=b.store.replica, name="Ben", events=[forged])


# --- item 8: private attachments ---------------------------------------------------------------------------------------


def private_attachment(mode: str) -> Callable[[Scene], Path]:
    def build(scene: Scene) -> Path:
        a = scene["Ana"]
        rec = a.ws.create("note", {"title": "Private reflection", "visibility": "private"}).rec
        secret = scene.path("salaries-2027.pdf")
        secret.write_bytes(b"%PDF confidential salary table")
        aid = a.ws.attach(rec, secret).rec
        reading = a.ws.create("reading", {"title": "Private draft", "visibility": "private"}).rec
        draft = scene.path("draft-budget.docx")
        draft.write_bytes(b"PK draft budget with the cuts")
        scene.noted.update(attachments=[aid, a.ws.attach(reading, draft).rec], mode=mode)
        scene.noted["shas"] = [a.ws.get(x).data["sha256"] for x in scene.noted["attachments"]]
        scene.noted["travels"] = a.ws.create("note", {"title": "Shared agenda"}).rec
        scene.target = 1  # Ben imports what Ana exported
        path = scene.path(f"{mode}.gcen")
        if mode == "passphrase":
            a.export(path, mode="full", passphrase=PASSPHRASE)
        else:
            a.export(path, mode=mode, **({"peer": scene["Ben"].store.replica} if mode == "peer" else {}))
        return path

    return build


def _attachments_stayed_home(scene: Scene, report: Any) -> None:
    b = scene["Ben"]
    path = scene.path(f"{scene.noted['mode']}.gcen")
    if scene.noted["mode"] != "passphrase":
        with zipfile.ZipFile(path) as z:
            names, events = z.namelist(), z.read("events.jsonl")
        for sha in scene.noted["shas"]:
            assert f"blobs/sha256/{sha}" not in names and sha.encode() not in events
        assert b"salaries-2027" not in events and b"draft-budget" not in events
    for aid, sha in zip(scene.noted["attachments"], scene.noted["shas"], strict=True):
        assert b.ws.find(aid) is None and not b.store.blobs.has(sha)
    assert b.ws.get(scene.noted["travels"]).title == "Shared agenda"  # the rest travelled


# --- item 9: visibility conflicts ------------------------------------------------------------------------------------------


def _synced_note(scene: Scene) -> str:
    a, b = scene.stores
    note = a.ws.create("note", {"title": "Plans", "body": "public text\n"}).rec
    send(a, b, scene.tmp)
    send(b, a, scene.tmp)
    scene.noted["note"] = note
    return note


def concurrent_visibility(concurrent: str) -> Callable[[Scene], Path]:
    def build(scene: Scene) -> Path:
        a, b = scene.stores
        note = _synced_note(scene)
        if concurrent == "restore":
            a.ws.delete(note)
            send(a, b, scene.tmp)
            b.ws.restore(note)
            b.ws.edit(note, {"visibility": "private"})
            a.ws.restore(note)  # Ana restores it too, at the same time
        else:
            b.ws.edit(note, {"visibility": "private"})
            a.ws.edit(note, {"visibility": "network"})  # concurrent, and later by the clock
        b.ws.edit(note, {"body": "the secret\n"})
        send(a, b, scene.tmp)
        b.ws.edit(note, {"body": "the secret, again\n"})
        path = scene.path("ben.gcen")
        b.export(path, mode="team")
        return path

    return build


def written_while_private(scene: Scene) -> Path:
    _a, b = scene.stores
    note = _synced_note(scene)
    b.ws.edit(note, {"visibility": "private"})
    b.ws.edit(note, {"body": "the secret\n"})
    b.ws.edit(note, {"title": "Plans (codename)"})
    b.ws.edit(note, {"body": "nothing to hide\n"})
    b.ws.edit(note, {"visibility": "team"})
    path = scene.path("ben.gcen")
    b.export(path, mode="team")
    return path


def _no_secret_travelled(scene: Scene, report: Any) -> None:
    with zipfile.ZipFile(scene.path("ben.gcen")) as z:
        assert b"secret" not in z.read("events.jsonl")
    assert "secret" not in scene["Ana"].ws.get(scene.noted["note"]).data["body"]


# --- item 10: what is previewed is what is imported ---------------------------------------------------------------------------


def harmless_bundle_from_ben(scene: Scene) -> Path:
    a, b = scene["Ana"], scene["Ben"]
    notes = [a.ws.create("note", {"title": f"keep {i}"}).rec for i in range(3)]
    send(a, b, scene.tmp)
    b.ws.create("note", {"title": "harmless"})
    path = scene.path("incoming.gcen")
    b.export(path, mode="team")
    scene.noted["notes"] = notes
    return path


def _swap_for_a_deleting_bundle(scene: Scene, path: Path) -> None:
    """Between the preview and the import, the file is replaced by one deleting Ana's notes and
    signed by another key."""
    a, b = scene["Ana"], scene["Ben"]
    for rec in scene.noted["notes"]:
        b.ws.delete(rec)
    other = corpus.corpus_keys(b"swapper")
    scene.noted["swapper"] = other.fingerprint
    swapped = craft(scene.path("swapped.gcen"), workspace=a, producer="s" * 16, name="Ben",
                    events=export_memory(b.store, mode="team").events, keys=other)
    shutil.copy2(swapped, path)


# --- item 11: nothing locally accepted makes an export fail ------------------------------------------------------------------


def million_control_characters(scene: Scene) -> Fault:
    a = scene["Ana"]
    note = a.ws.create("note", {"title": "Pasted log"}).rec
    body = "\x01" * 1_000_000
    return Fault(lambda: a.ws.edit(note, {"body": body}), cli=("edit", note, "--set", f"body={body}"))


def two_long_cjk_texts(scene: Scene) -> Fault:
    a = scene["Ana"]
    text = "界" * MAX_BODY
    return Fault(lambda: a.ws.create("reading", {"title": "Long", "abstract": text, "why_it_matters": text}))


def older_version_oversized_edit(scene: Scene) -> Path:
    a, _b = scene.stores
    log = a.ws.create("note", {"title": "Pasted log", "body": "first lines"}).rec
    send(a, scene.stores[1], scene.tmp)
    older_version_edit(a, log, {"body": "\x01" * MAX_BODY})
    visit = a.ws.create("note", {"title": "Site visit"}).rec
    path = scene.path("after.gcen")
    scene.noted.update(log=log, visit=visit, export=a.export(path, mode="team"))
    scene.target = 1
    return path


def _the_rest_travelled(scene: Scene, report: Any) -> None:
    a, b = scene.stores
    result, log = scene.noted["export"], scene.noted["log"]
    assert result.event_count >= 1
    assert [(c.rec, c.field, c.reason) for c in result.cannot_travel] == [(log, "body", "size")]
    assert "'Pasted log'" in str(result.cannot_travel_note)
    assert report.applied == 1 and b.ws.get(scene.noted["visit"]).title == "Site visit"
    a.ws.delete(log)  # deleting the record fixes it for good
    assert a.export(scene.path("fixed.gcen"), mode="team").cannot_travel == []


def gapped_seqs_from_ben(scene: Scene) -> Path:
    """Ben's signed bundle holding every other seq of his store, 8,000 of them: 8,000 intervals in
    the `have` of every store that holds them, which no manifest (64 KiB) could carry."""
    a, b, c = scene.stores
    note = _with_bens_note(scene)
    send(b, c, scene.tmp)
    base = int(b.store.meta("seq"))
    events = [seal({"dot": [b.store.replica, base + 2 + 2 * i], "hlc": f"{now_ms():013d}-00000-{b.store.replica}",
                    "rec": note, "type": "note", "op": "set", "fields": {"title": f"version {i}"}, "parents": {}})
              for i in range(8000)]
    return craft(scene.path("gapped.gcen"), workspace=a, producer=b.store.replica, name="Ben", events=events,
                 keys=b.keys)


def _every_export_still_written(scene: Scene, report: Any) -> None:
    a, _b, c = scene.stores
    assert report.applied == 8000
    for mode in ("full", "team"):
        c.import_bundle(a.export(scene.path(f"ana-{mode}.gcen"), mode=mode).path)
    assert c.store.dump() == a.store.dump()


def larger_than_a_bundle(scene: Scene) -> Fault:
    """Attachments that no single bundle may carry together (the limits made small for the test)."""
    from gcen_desktop.services import bundles
    from gcen_desktop.sync.limits import Limits

    a, _b = scene.stores
    scene.monkeypatch.setattr(bundles, "DEFAULT_LIMITS", Limits(file_bytes=200_000, total_bytes=200_000))
    note = a.ws.create("note", {"title": "Scans"}).rec
    for i in range(5):
        f = scene.path(f"scan-{i}.pdf")
        f.write_bytes(bytes(range(256)) * 100 + i.to_bytes(4, "big") * 6000)  # 50 KB, unlike one another
        a.ws.attach(note, f)
    return Fault(lambda: a.export(scene.path("everything.gcen"), mode="full"))


def _written_as_parts(scene: Scene, result: Any) -> None:
    a, b = scene.stores
    assert len(result.parts) >= 2
    for part in reversed(result.parts):
        b.import_bundle(part, trust_new_key=True)
    assert b.store.dump() == a.store.dump()


# --- item 12: pathological merges -------------------------------------------------------------------------------------------


def thousand_concurrent_versions(scene: Scene) -> Path:
    a, _b = scene.stores
    note, versions = note_with_forks(a, 1_000)
    scene.noted.update(note=note, work=MergeWork(scene.monkeypatch))
    scene.target = 1
    return signed_with(a, scene.path("forks.gcen"), versions)


def _bounded_work(scene: Scene, report: Any) -> None:
    from gcen_desktop.store import ancestors, merge

    b, work, note = scene["Ben"], scene.noted["work"], scene.noted["note"]
    view = b.ws.get(note)
    assert len(view.conflicts["body"]) == 1_000 and "body" not in view.merged
    for _ in range(2):  # the import, then a later edit of the note
        assert work.merges <= merge.MERGE_MOST_HEADS
        assert work.ancestor_reads <= ancestors.ANCESTOR_MOST_EVENTS
        work.reset()
        b.ws.edit(note, {"title": "Shared minutes (day 2)"})
    assert b.store.check() == []


# --- item 13: corruption ------------------------------------------------------------------------------------------------------


def damaged_copy(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> Scene:
    """A workspace in use (it exported before) whose database has bytes flipped inside one stored
    change (SQLite itself sees nothing wrong there; only the change's hash tells), closed, its WAL
    checkpointed."""
    ws = Workspace.new(tmp / "ws", "Team", member="Ana")
    for i in range(40):
        ws.create("note", {"title": f"note {i}", "body": f"body of note {i}, the text of the note\n" * 12})
    Exchange(ws).export(tmp / "before.gcen", mode="full")
    ws.store.engine.dispose()
    with sqlite3.connect(ws.store.db_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db = ws.store.db_path
    ws.close()
    data = bytearray(db.read_bytes())
    inside = data.find(b'"fields":{"body":"body of note 17, the text')
    assert inside > 0
    for i in range(inside + 30, inside + 40):
        data[i] ^= 0xFF
    db.write_bytes(bytes(data))
    return Scene(tmp, monkeypatch, [], folder=tmp / "ws", teammates=[])


def _open_and(scene: Scene, what: Callable[[Exchange], Any]) -> Callable[[], Any]:
    def act() -> Any:
        ex = Exchange(Workspace.open(scene.workspace_folder))
        try:
            return what(ex)
        finally:
            ex.ws.close()

    return act


def export_of_a_damaged_copy(scene: Scene) -> Fault:
    out = scene.path("out.gcen")
    return Fault(_open_and(scene, lambda ex: ex.export(out, mode="full")), cli=("export", "--full", "--to", str(out)),
                 only_db=True)


def write_after_the_damage_was_found(scene: Scene) -> Fault:
    from gcen_desktop.store import damage

    damage.mark(scene.workspace_folder, "found by an export")
    return Fault(_open_and(scene, lambda ex: ex.ws.create("note", {"title": "after the damage"})),
                 cli=("add", "note", "--title", "after the damage"))


# --- item 14: the bundle-borne parts ---------------------------------------------------------------------------------------------


def hostile_names_joined(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> Scene:
    """A workspace joined from a bundle whose producer, roster and workspace names and a note title
    hold a terminal escape, markup faking "Signed by … (trusted)", a bidi override and a line break."""
    from ..hostile_names import hostile_bundle

    ws, _ = joining.join(tmp / "ws", hostile_bundle(tmp / "first.gcen"), trust_new_key=True)
    return Scene(tmp, monkeypatch, [Exchange(ws)], teammates=[])


def hostile_names_from_a_new_sender(scene: Scene) -> Path:
    from ..hostile_names import hostile_bundle

    return hostile_bundle(scene.path("second.gcen"), corpus.corpus_keys(b"another sender"), replica=corpus.OTHER,
                          bundle=102)


def _shown_safely(scene: Scene, report: Any) -> None:
    from gcen_desktop.cli import main

    from ..hostile_names import HOSTILE, MARKUP, SHOWN_ESCAPE, hostile_bundle

    assert report.producer_name == HOSTILE and scene.ex.ws.list("note")  # the data as it came; shown escaped
    third = hostile_bundle(scene.path("third.gcen"), corpus.corpus_keys(b"a third sender"), replica="7" * 16,
                           bundle=103)
    capsys = scene.noted["capsys"]
    for args in (["import", str(third), "--preview"], ["peers"], ["list", "note"]):
        assert main(["--workspace", str(scene.ex.store.folder), *args]) == 0
        out = capsys.readouterr().out
        assert "\x1b" not in out and "\u202e" not in out and SHOWN_ESCAPE in out, args
        assert not any(line.startswith("Signed by key 0000") for line in out.splitlines()), args
        if args[0] == "import":
            assert MARKUP in out  # markup is shown as the characters it is, never rendered
            signed = [line for line in out.splitlines() if line.startswith("Signed by key")]
            assert len(signed) == 1 and signed[0].endswith("(NEW KEY, not yet trusted)")


def hostile_named_teammate_impersonated(scene: Scene) -> Path:
    """A stranger's key claims the store of the teammate with the hostile name: the refusal names
    that teammate, and must stay one sentence on one line."""
    from ..hostile_names import hostile_bundle

    return hostile_bundle(scene.path("pose.gcen"), corpus.corpus_keys(b"a poser"), bundle=104)


def bundle_of_another_workspace_with_a_hostile_name(scene: Scene) -> Path:
    from ..hostile_names import hostile_bundle

    scene.stores[0].ws.close()
    scene.stores[0] = Exchange(Workspace.new(scene.path("ours"), "Our team", member="Ana"))
    scene.ex.export(scene.path("ours.gcen"), mode="full")  # a workspace in use (its keys made)
    return hostile_bundle(scene.path("theirs.gcen"))


def many_deletions_in_the_watched_folder(scene: Scene) -> Fault:
    a, b, c = scene.stores
    ids = [a.ws.create("note", {"title": f"n{i}"}).rec for i in range(MANY_DELETIONS)]
    send(a, b, scene.tmp)
    for rec in ids:
        b.ws.delete(rec)
    folder = scene.path("shared")
    folder.mkdir()
    b.export(folder / "ben.gcen", mode="team")
    c.ws.create("note", {"title": "Chen's"})
    send(c, a, scene.tmp)  # an import Ana can still undo
    undo = a.store.folder / "undo"
    scene.noted.update(dump=a.store.dump(), folder=folder, ids=ids, undo={p.name: p.read_bytes() for p in undo.iterdir()})
    return Fault(lambda: a.sync_folder_once(folder))


def _deletions_held_back(scene: Scene, reports: Any) -> None:
    a, folder = scene["Ana"], scene.noted["folder"]
    assert reports == [] and a.store.dump() == scene.noted["dump"]
    assert {p.name: p.read_bytes() for p in (a.store.folder / "undo").iterdir()} == scene.noted["undo"]
    (held,) = a.held_back(folder)
    assert "deletes 25 records" in str(held.reason)
    assert a.import_bundle(folder / "ben.gcen").changes.deleted == set(scene.noted["ids"])  # by hand, after a look
    assert a.can_undo_import()


# Item 14's parts no bundle carries, and where they are tested:
ELSEWHERE = {
    "undo-import holds the lock while copying the snapshot back": "tests/sync/test_undo_safety.py::"
    "test_a_write_during_undo_is_never_lost",
    "--passphrase-file /dev/zero": "tests/unit/test_cli_hostile.py::test_passphrase_and_identity_files_are_read_bounded",
    "huge integers, invalid UTF-8 arguments, export --to ''": "tests/unit/test_cli_hostile.py::"
    "test_hostile_arguments_end_in_one_message, test_invalid_utf8_arguments_through_a_real_process",
    "a full disk during the snapshot of import --as-copies and of undo-import": "tests/sync/test_undo_safety.py::"
    "test_a_full_disk_during_the_snapshot_is_one_plain_message, test_a_full_disk_during_undo_is_one_plain_message",
    "a kill late in an import, killed exports, a killed join": "tests/sync/test_kill.py",
    "a read-only workspace refuses reads": "tests/services/test_read_only.py",
    "names shown as HTML in the preview dialog": "tests/ui/test_hostile_names_ui.py",
}


# --- the table ------------------------------------------------------------------------------------------------------------------


def _name(name: str) -> Callable[[Scene], str]:
    return lambda scene: name


def _folder(scene: Scene) -> str:
    return str(scene.workspace_folder)


def _fingerprint_of(who: str) -> Callable[[Scene], str]:
    return lambda scene: scene[who].keys.fingerprint


def SITUATIONS() -> list[Situation]:  # noqa: N802 - reads like the table it is
    return [
        # 1. impersonation
        Situation("unsigned impersonation, no decision", 1, unsigned_impersonation,
                  Refused(Unvouched, "not signed", _name("Ben")), trio),
        Situation("unsigned impersonation, imported once", 1, unsigned_impersonation,
                  Handled(_left_out_ben), trio, decision={"once": True}),
        # 2. a forged `have`
        Situation("forged have, unsigned, imported once", 2, forged_have, Handled(_have_taught_nothing), trio,
                  decision={"once": True}),
        Situation("forged have, signed by a stranger as Ben", 2, forged_have_signed_by_a_stranger,
                  Refused(Impersonation, "says it comes from Ben's store", lambda s: STRANGER.fingerprint), trio,
                  decision={"once": True}),
        Situation("forged have, a stranger's new store", 2, forged_have_of_a_new_store,
                  Handled(_new_store_taught_nothing), trio, decision={"once": True}),
        # 3. a deletion observing future seqs
        Situation("deletion observing future seqs", 3, deletion_observing_the_future, Handled(_restorable), trio),
        # 4. trust downgrades
        Situation("signed by an unknown key, no decision", 4, signed_by_an_unknown_key,
                  Refused(UntrustedKey, "does not trust yet", lambda s: MALLORY.fingerprint), trio),
        Situation("signature stripped, no decision", 4, signature_stripped,
                  Refused(Unvouched, "not signed", _name("Ben")), trio),
        Situation("signature stripped, imported once", 4, signature_stripped, Handled(_nothing_of_ben_came_in), trio,
                  decision={"once": True}),
        Situation("a trusted key poses as another teammate", 4, chen_posing_as_ben,
                  Refused(Impersonation, "says it comes from Ben's store", _fingerprint_of("Chen")), trio,
                  decision={"trust_new_key": True}),
        Situation("a new key claims a bound teammate", 4, new_key_claiming_ben,
                  Refused(Impersonation, "says it comes from Ben's store", lambda s: MALLORY.fingerprint), trio,
                  decision={"trust_new_key": True}),
        Situation("a trusted key claims a teammate known only by relay", 4, chen_taking_over_dara,
                  Refused(Impersonation, "which speaks for another store", _fingerprint_of("Chen")), trio),
        Situation("a trusted key speaks in this store's name", 4, chen_speaking_as_ana,
                  Refused(Impersonation, "says it comes from Ana's store", _fingerprint_of("Chen")), trio),
        Situation("watched folder, unvouched impersonation", 4, watched_folder_unvouched,
                  Handled(_held_back_untouched), trio),
        # 5. the roster
        Situation("trusting a key whose roster re-points a teammate", 5, dara_with_a_roster,
                  Handled(_only_daras_key_trusted), trio, decision={"trust_new_key": True}),
        Situation("a roster's key poses as the teammate it re-pointed", 5, roster_key_posing_as_ben,
                  Refused(Impersonation, "says it comes from Ben's store", lambda s: MALLORY.fingerprint), trio,
                  decision={"once": True}),
        # 6. equivocation
        Situation("equivocation, same record", 6, equivocation("same record"), Handled(_one_version_everywhere), four),
        Situation("equivocation, set and del", 6, equivocation("set and del"), Handled(_one_version_everywhere), four),
        # 7. a whole-home backup restore
        Situation("whole-home backup restore", 7, bens_bundle_after_the_restore,
                  Handled(_numbers_past_its_lost_changes), whole_home_restore),
        Situation("unvouched claim of this store's future", 7, unvouched_claim_of_this_stores_future,
                  Refused(Impersonation, "never made", _name("Ben")), trio, decision={"once": True}),
        Situation("unvouched change in this store's name", 7, unvouched_event_in_this_stores_name,
                  Refused(Impersonation, "never made", _name("Ben")), trio, decision={"once": True}),
        # 8. private attachments
        *[Situation(f"private attachments, {mode} bundle", 8, private_attachment(mode),
                    Handled(_attachments_stayed_home), pair, decision={"trust_new_key": True},
                    passphrase=PASSPHRASE if mode == "passphrase" else None)
          for mode in ("team", "full", "peer", "passphrase")],
        # 9. visibility conflicts
        Situation("concurrent visibility", 9, concurrent_visibility("visibility"), Handled(_no_secret_travelled), pair),
        Situation("concurrent restore", 9, concurrent_visibility("restore"), Handled(_no_secret_travelled), pair),
        Situation("text written while private", 9, written_while_private, Handled(_no_secret_travelled), pair),
        # 10. preview = import
        Situation("file swapped after its preview", 10, harmless_bundle_from_ben,
                  Refused(UserError, "changed after its preview", _name("Ben")), trio,
                  decision={"trust_new_key": True}, between=_swap_for_a_deleting_bundle, cli=False),
        # 11. nothing accepted here makes an export fail
        Situation("a million control characters", 11, million_control_characters,
                  Refused(ValidationError, "too large to send to teammates", _name("'body'")), trio),
        Situation("two long CJK texts in one reading", 11, two_long_cjk_texts,
                  Refused(ValidationError, "too large to send to teammates", _name("reading")), trio),
        Situation("an older version's oversized change", 11, older_version_oversized_edit,
                  Handled(_the_rest_travelled), pair),
        Situation("a teammate's bundle with every other seq", 11, gapped_seqs_from_ben,
                  Handled(_every_export_still_written), trio),
        Situation("a store larger than one bundle", 11, larger_than_a_bundle, Handled(_written_as_parts), pair),
        # 12. pathological merges
        Situation("a thousand concurrent versions", 12, thousand_concurrent_versions, Handled(_bounded_work), pair),
        # 13. corruption
        Situation("export of a damaged copy", 13, export_of_a_damaged_copy,
                  Refused(WorkspaceDamaged, "so no bundle was written", _folder), damaged_copy),
        Situation("a write once the damage is found", 13, write_after_the_damage_was_found,
                  Refused(WorkspaceDamaged, "takes no changes", _folder), damaged_copy),
        # 14. the bundle-borne smaller ones
        Situation("hostile producer names", 14, hostile_names_from_a_new_sender, Handled(_shown_safely),
                  hostile_names_joined, decision={"trust_new_key": True}),
        Situation("impersonation of a teammate with a hostile name", 14, hostile_named_teammate_impersonated,
                  Refused(Impersonation, "says it comes from", lambda s: "Ana"), hostile_names_joined,
                  decision={"trust_new_key": True}),
        Situation("another workspace with a hostile name", 14, bundle_of_another_workspace_with_a_hostile_name,
                  Refused(ForeignWorkspace, "belongs to another workspace", lambda s: "Team Ana"), hostile_names_joined),
        Situation("many deletions in the watched folder", 14, many_deletions_in_the_watched_folder,
                  Handled(_deletions_held_back), trio),
    ]
