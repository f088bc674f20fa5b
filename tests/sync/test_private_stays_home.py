"""Private stays home (SYNC.md, "Trust and authenticity"): attachments of private records, the most
restrictive visibility head, and events written while a record was private."""

from __future__ import annotations

import zipfile

import orjson
import pytest

from gcen_desktop.sync.export import export_memory

from .exchange_kit import close_all, send, team


@pytest.fixture
def pair(tmp_path):
    stores = team(tmp_path, 2)
    a, b = stores
    send(b, a, tmp_path)  # each knows the other from now on
    yield stores
    close_all(stores)


def sync(a, b, tmp_path):
    send(a, b, tmp_path)
    send(b, a, tmp_path)
    assert a.store.dump() == b.store.dump()


def contents(path) -> tuple[bytes, list[str]]:
    """events.jsonl and the member names of an unencrypted bundle."""
    with zipfile.ZipFile(path) as z:
        return z.read("events.jsonl"), z.namelist()


def export(src, tmp_path, name, **kw):
    path = tmp_path / name
    kw.setdefault("mode", "team")
    if kw["mode"] == "peer":
        kw.setdefault("peer", next(p for p in _peers(src)))
    src.export(path, **kw)
    return path


def _peers(src):
    from gcen_desktop.sync import knowledge

    with src.store.read() as conn:
        return [p.replica for p in knowledge.peers(conn) if p.replica != src.store.replica]


# --- item 8: attachments of private records ----------------------------------------------------


@pytest.mark.parametrize("kind", ["note", "reading"])
@pytest.mark.parametrize("mode", ["team", "full", "peer"])
def test_attachments_of_a_private_record_stay_home(pair, tmp_path, kind, mode):
    a, b = pair
    values = {"note": {"title": "Private reflection"}, "reading": {"title": "Private draft"}}[kind]
    rec = a.ws.create(kind, {**values, "visibility": "private"}).rec
    secret = tmp_path / "salaries-2027.pdf"
    secret.write_bytes(b"%PDF confidential salary table")
    aid = a.ws.attach(rec, secret).rec
    sha = a.ws.get(aid).data["sha256"]
    events, names = contents(export(a, tmp_path, f"{mode}.gcen", mode=mode))
    assert f"blobs/sha256/{sha}" not in names
    assert b"salaries-2027" not in events and sha.encode() not in events
    send(a, b, tmp_path, mode=mode)
    assert b.ws.find(aid) is None and not b.store.blobs.has(sha)


def test_attachments_of_a_private_record_stay_out_of_a_passphrase_bundle(pair, tmp_path):
    a, b = pair
    rec = a.ws.create("note", {"title": "Private", "visibility": "private"}).rec
    secret = tmp_path / "salaries-2027.pdf"
    secret.write_bytes(b"%PDF confidential salary table")
    aid = a.ws.attach(rec, secret).rec
    sha = a.ws.get(aid).data["sha256"]
    path = tmp_path / "pass.gcen"
    a.export(path, mode="full", passphrase="correct horse battery staple")
    b.import_bundle(path, passphrase="correct horse battery staple", trust_new_key=True)
    assert b.ws.find(aid) is None and not b.store.blobs.has(sha)


def test_the_same_bytes_attached_to_a_record_that_travels_travel(pair, tmp_path):
    a, b = pair
    private = a.ws.create("note", {"title": "Private", "visibility": "private"}).rec
    shared = a.ws.create("note", {"title": "Shared"}).rec
    f = tmp_path / "agenda.pdf"
    f.write_bytes(b"%PDF the agenda")
    a.ws.attach(private, f)
    aid = a.ws.attach(shared, f).rec
    sha = a.ws.get(aid).data["sha256"]
    send(a, b, tmp_path)
    assert b.ws.find(aid) is not None and b.store.blobs.has(sha)
    assert b.ws.find(private) is None


def test_an_attachment_of_a_private_plan_goal_stays_home(pair, tmp_path):
    a, b = pair
    plan = a.ws.create("plan", {"title": "Draft budget", "visibility": "private"}).rec
    goal = a.ws.create("goal", {"plan": plan, "statement": "Cut costs"}).rec
    f = tmp_path / "cuts.xlsx"
    f.write_bytes(b"PK cuts")
    a.ws.attach(goal, f)
    events, names = contents(export(a, tmp_path, "full.gcen", mode="full"))
    assert not any(n.startswith("blobs/") for n in names) and b"cuts.xlsx" not in events


def test_an_attachment_travels_once_its_record_is_made_team(pair, tmp_path):
    a, b = pair
    rec = a.ws.create("note", {"title": "Private", "visibility": "private"}).rec
    f = tmp_path / "agenda.pdf"
    f.write_bytes(b"%PDF the agenda")
    aid = a.ws.attach(rec, f).rec
    send(a, b, tmp_path)
    a.ws.edit(rec, {"visibility": "team"})
    report = send(a, b, tmp_path)
    assert not report.warnings
    assert b.ws.find(aid) is not None and b.store.blobs.has(a.ws.get(aid).data["sha256"])
    assert b.ws.attachment_path(aid).read_bytes() == b"%PDF the agenda"
    sync(a, b, tmp_path)


# --- item 9: visibility conflicts and events written while private ----------------------------


def test_a_conflicting_visibility_shows_the_most_restrictive_head(pair, tmp_path):
    a, b = pair
    note = a.ws.create("note", {"title": "Plans", "body": "public text\n"}).rec
    sync(a, b, tmp_path)
    b.ws.edit(note, {"visibility": "private"})
    a.ws.edit(note, {"visibility": "network"})  # concurrent, and later by the clock
    send(a, b, tmp_path)
    view = b.ws.get(note)
    assert view.data["visibility"] == "private" and "visibility" in view.conflicts
    with b.store.read() as conn:
        assert conn.exec_driver_sql("SELECT visibility FROM records WHERE id=?", (note,)).scalar_one() == "private"


@pytest.mark.parametrize("concurrent", ["visibility", "restore"])
def test_a_concurrent_visibility_never_lets_a_secret_out(pair, tmp_path, concurrent):
    a, b = pair
    note = a.ws.create("note", {"title": "Plans", "body": "public text\n"}).rec
    sync(a, b, tmp_path)
    if concurrent == "restore":
        a.ws.delete(note)
        send(a, b, tmp_path)  # b sees it deleted ...
        b.ws.restore(note)  # ... restores it and makes it private
        b.ws.edit(note, {"visibility": "private"})
        a.ws.restore(note)  # while a restores it too (its revival writes the visibility)
    else:
        b.ws.edit(note, {"visibility": "private"})
        a.ws.edit(note, {"visibility": "network"})
    b.ws.edit(note, {"body": "the secret\n"})
    send(a, b, tmp_path)
    b.ws.edit(note, {"body": "the secret, again\n"})
    for mode in ("team", "full"):
        events, _ = contents(export(b, tmp_path, f"b-{mode}.gcen", mode=mode))
        assert b"secret" not in events
    send(b, a, tmp_path)
    assert "secret" not in a.ws.get(note).data["body"]


@pytest.mark.parametrize("how", ["edit", "resolve"])
def test_text_written_while_private_never_travels(pair, tmp_path, how):
    a, b = pair
    note = a.ws.create("note", {"title": "Plans", "body": "public text\n"}).rec
    sync(a, b, tmp_path)
    b.ws.edit(note, {"visibility": "private"})
    b.ws.edit(note, {"body": "the secret\n"})
    b.ws.edit(note, {"title": "Plans (codename)"})  # (so the next edit is an event of its own)
    b.ws.edit(note, {"body": "nothing to hide\n"})
    if how == "resolve":
        a.ws.edit(note, {"visibility": "network"})
        send(a, b, tmp_path)
        b.ws.resolve(note, "visibility", "team")
    else:
        b.ws.edit(note, {"visibility": "team"})  # the undo of making it private does the same
    for mode in ("team", "full", "peer"):
        events, _ = contents(export(b, tmp_path, f"b-{mode}.gcen", mode=mode))
        assert b"secret" not in events, mode
    report = send(b, a, tmp_path)
    assert not report.warnings and not report.missing
    view = a.ws.get(note)
    assert view.data["body"] == "nothing to hide\n" and view.title == "Plans (codename)"
    assert not view.conflicts and view.data["visibility"] == "team"
    sync(a, b, tmp_path)


def test_a_record_created_private_arrives_as_its_present(pair, tmp_path):
    a, b = pair
    note = b.ws.create("note", {"title": "Draft", "body": "first secret draft\n", "visibility": "private"}).rec
    b.ws.edit(note, {"title": "Draft 2"})
    b.ws.edit(note, {"body": "final text\n"})
    b.ws.edit(note, {"visibility": "team"})
    events, _ = contents(export(b, tmp_path, "b.gcen"))
    assert b"secret" not in events
    assert sum(1 for line in events.splitlines() if orjson.loads(line)["rec"] == note) == 1
    report = send(b, a, tmp_path)
    assert not report.warnings and not report.missing
    assert a.ws.get(note).data["body"] == "final text\n" and not a.ws.get(note).conflicts
    sync(a, b, tmp_path)


def test_parts_of_a_private_plan_arrive_as_their_present(pair, tmp_path):
    a, b = pair
    plan = a.ws.create("plan", {"title": "Draft budget", "visibility": "private"}).rec
    goal = a.ws.create("goal", {"plan": plan, "statement": "secret cut"}).rec
    action = a.ws.create("action", {"goal": goal, "title": "secret step"}).rec
    a.ws.edit(goal, {"statement": "Balance the budget"})
    a.ws.edit(action, {"title": "Review costs"})
    a.ws.set_tags(plan, ["budget"])
    reading = a.ws.create("reading", {"title": "Private reading", "visibility": "private"}).rec
    a.ws.set_reading_status(reading, "read")
    send(a, b, tmp_path)
    assert b.ws.find(plan) is None and b.ws.find(goal) is None and b.ws.find(reading) is None
    a.ws.edit(plan, {"visibility": "team"})
    events, _ = contents(export(a, tmp_path, "a.gcen"))
    assert b"secret" not in events
    report = send(a, b, tmp_path)
    assert not report.warnings and not report.missing
    assert b.ws.get(goal).data["statement"] == "Balance the budget"
    assert b.ws.get(action).title == "Review costs"
    assert b.ws.tags_of(plan) == ["budget"]
    assert b.ws.find(reading) is None
    assert not b.ws.get(goal).conflicts and not b.ws.get(action).conflicts


def test_a_child_of_a_record_private_on_one_head_stays_home(pair, tmp_path):
    a, b = pair
    plan = a.ws.create("plan", {"title": "Budget"}).rec
    goal = a.ws.create("goal", {"plan": plan, "statement": "Balance"}).rec
    sync(a, b, tmp_path)
    b.ws.edit(plan, {"visibility": "private"})
    a.ws.edit(plan, {"visibility": "network"})
    send(a, b, tmp_path)
    b.ws.edit(goal, {"statement": "secret target"})
    for mode in ("team", "full"):
        events, _ = contents(export(b, tmp_path, f"b-{mode}.gcen", mode=mode))
        assert b"secret" not in events


def test_restoring_a_private_record_stays_home(pair, tmp_path):
    a, b = pair
    note = b.ws.create("note", {"title": "secret title", "visibility": "private"}).rec
    b.ws.delete(note)
    b.ws.restore(note)
    events, _ = contents(export(b, tmp_path, "b.gcen", mode="full"))
    assert b"secret" not in events and note.encode() not in events


def test_a_record_deleted_while_private_is_deleted_for_teammates_once_made_visible(pair, tmp_path):
    a, b = pair
    plan = a.ws.create("plan", {"title": "Budget"}).rec
    goal = a.ws.create("goal", {"plan": plan, "statement": "Old goal"}).rec
    sync(a, b, tmp_path)
    a.ws.edit(plan, {"visibility": "private"})
    a.ws.edit(goal, {"statement": "secret"})
    a.ws.delete(goal)
    a.ws.edit(plan, {"visibility": "team"})
    events, _ = contents(export(a, tmp_path, "a.gcen"))
    assert b"secret" not in events
    report = send(a, b, tmp_path)
    assert not report.warnings
    assert b.ws.get(goal).deleted
    sync(a, b, tmp_path)
    # made private and team again, the deletion it published is not written once more
    a.ws.edit(plan, {"visibility": "private"})
    a.ws.edit(plan, {"visibility": "team"})
    with a.store.read() as conn:
        dels = conn.exec_driver_sql("SELECT COUNT(*) FROM events WHERE rec=? AND op='del'", (goal,)).scalar_one()
    assert dels == 2  # the one written while private, and the one that told the team


def test_the_in_memory_export_withholds_private_events(pair, tmp_path):
    a, b = pair
    note = a.ws.create("note", {"title": "Plans", "body": "public\n"}).rec
    sync(a, b, tmp_path)
    a.ws.edit(note, {"visibility": "private"})
    a.ws.edit(note, {"body": "secret\n"})
    a.ws.edit(note, {"title": "Plans, v2"})
    a.ws.edit(note, {"body": "public again\n"})
    a.ws.edit(note, {"visibility": "team"})
    bundle = export_memory(a.store, mode="full")
    assert not any("secret" in orjson.dumps(e).decode() for e in bundle.events)


def test_a_teammates_concurrent_version_stays_a_conflict_when_the_record_is_made_team(pair, tmp_path):
    a, b = pair
    note = a.ws.create("note", {"title": "Plans", "body": "public text\n"}).rec
    sync(a, b, tmp_path)
    b.ws.edit(note, {"visibility": "private"})
    b.ws.edit(note, {"body": "written here in private\n"})
    a.ws.edit(note, {"body": "written there\n"})  # concurrently, later by the clock
    send(a, b, tmp_path)
    assert "body" in b.ws.get(note).conflicts
    b.ws.edit(note, {"visibility": "team"})
    assert "body" in b.ws.get(note).conflicts  # making it team picks no version
    report = send(b, a, tmp_path)
    assert not report.warnings
    assert sorted(a.ws.get(note).conflicts["body"]) == ["written here in private\n", "written there\n"]
    sync(a, b, tmp_path)


def test_links_statuses_and_moved_parts_arrive_when_what_they_hang_on_is_made_team(pair, tmp_path):
    a, b = pair
    plan = a.ws.create("plan", {"title": "Team plan"}).rec
    note = a.ws.create("note", {"title": "Private evidence", "visibility": "private"}).rec
    a.ws.link("evidence", plan, note)
    reading = a.ws.create("reading", {"title": "Private reading", "visibility": "private"}).rec
    a.ws.set_reading_status(reading, "reading")
    a.ws.set_reading_status(reading, "read")
    draft = a.ws.create("plan", {"title": "Private draft", "visibility": "private"}).rec
    goal = a.ws.create("goal", {"plan": draft, "statement": "Moved goal"}).rec
    action = a.ws.create("action", {"goal": goal, "title": "Its action"}).rec
    send(a, b, tmp_path)
    assert b.ws.find(note) is None and b.ws.find(goal) is None
    assert b.ws.linked(plan, "evidence") == []
    a.ws.edit(note, {"visibility": "team"})
    a.ws.edit(reading, {"visibility": "team"})
    a.ws.edit(goal, {"plan": plan})  # moved out of the private plan
    report = send(a, b, tmp_path)
    assert not report.warnings and not report.missing
    assert [v.id for v in b.ws.linked(plan, "evidence")] == [note]
    with b.store.read() as conn:
        statuses = conn.exec_driver_sql(
            "SELECT status FROM records WHERE type='reading_status' AND parent=?", (reading,)
        ).all()
    assert statuses == [("read",)]
    assert b.ws.get(goal).data["plan"] == plan and b.ws.get(action).title == "Its action"
    assert b.ws.find(draft) is None


def test_a_network_only_export_carries_nothing_written_while_private_nor_a_contested_network(pair, tmp_path):
    a, b = pair
    practice = a.ws.create("practice", {"title": "Residencies", "summary": "public\n", "visibility": "private"}).rec
    a.ws.edit(practice, {"summary": "secret draft\n"})
    a.ws.edit(practice, {"title": "Teacher residencies"})
    a.ws.edit(practice, {"summary": "what we learned\n"})
    a.ws.edit(practice, {"visibility": "network"})
    contested = a.ws.create("practice", {"title": "Contested", "visibility": "team"}).rec
    sync(a, b, tmp_path)
    a.ws.edit(contested, {"visibility": "network"})
    b.ws.edit(contested, {"summary": "team only\n"})
    b.ws.edit(contested, {"visibility": "private"})
    b.ws.edit(contested, {"visibility": "team"})  # concurrent with a's: team is the more restrictive
    send(b, a, tmp_path)
    assert a.ws.get(contested).data["visibility"] == "team"
    events, _ = contents(export(a, tmp_path, "net.gcen", mode="full", network_only=True))
    assert b"secret" not in events and b"what we learned" in events
    assert contested.encode() not in events


def test_a_network_only_export_carries_the_attachments_of_network_records_only(pair, tmp_path):
    a, _b = pair
    practice = a.ws.create("practice", {"title": "Residencies", "visibility": "network"}).rec
    note = a.ws.create("note", {"title": "Team note"}).rec
    shared, kept = tmp_path / "brochure.pdf", tmp_path / "minutes.pdf"
    shared.write_bytes(b"%PDF brochure")
    kept.write_bytes(b"%PDF team minutes")
    on_practice = a.ws.attach(practice, shared).rec
    on_note = a.ws.attach(note, kept).rec
    events, names = contents(export(a, tmp_path, "net.gcen", mode="full", network_only=True))
    assert f"blobs/sha256/{a.ws.get(on_practice).data['sha256']}" in names
    assert f"blobs/sha256/{a.ws.get(on_note).data['sha256']}" not in names and b"minutes.pdf" not in events


def test_a_private_attachments_name_stays_home_when_the_same_bytes_are_attached_to_a_team_record(pair, tmp_path):
    a, b = pair
    private = a.ws.create("note", {"title": "Private", "visibility": "private"}).rec
    shared = a.ws.create("note", {"title": "Shared"}).rec
    secret, public = tmp_path / "salaries-2027.pdf", tmp_path / "agenda.pdf"
    secret.write_bytes(b"%PDF the same bytes")
    public.write_bytes(b"%PDF the same bytes")
    kept = a.ws.attach(private, secret).rec
    sent = a.ws.attach(shared, public).rec
    for mode in ("team", "full", "peer"):
        events, _ = contents(export(a, tmp_path, f"{mode}.gcen", mode=mode))
        assert b"salaries-2027" not in events, mode
    send(a, b, tmp_path)
    assert b.ws.get(sent).data["file_name"] == "agenda.pdf" and b.ws.find(kept) is None
    assert [v.id for v in b.ws.linked(shared, "attached")] == [sent]
    assert a.ws.get(kept).data["file_name"] == "salaries-2027.pdf"


def test_the_name_of_a_private_person_record_of_the_user_stays_out_of_what_leaves(pair, tmp_path):
    """The user's own person record names the store in every manifest, in the shared folder's
    bundle name and in network publications: made private, its name (written since) stays home."""
    from gcen_desktop.services.network import Network

    a, _b = pair
    me = a.ws.me
    a.ws.edit(me, {"visibility": "private"})
    a.ws.edit(me, {"name": "Ana Secretalias"})
    a.ws.create("practice", {"title": "Residencies", "visibility": "network"})
    a.store.set_meta("device_name", "Office laptop")
    for mode in ("team", "full"):
        path = export(a, tmp_path, f"{mode}.gcen", mode=mode)
        with zipfile.ZipFile(path) as z:
            assert b"Secretalias" not in z.read("manifest.json"), mode
    assert "Secretalias" not in a.own_bundle_name()
    pub = tmp_path / "pub.gcen"
    Network(a.ws).publish(pub)
    with zipfile.ZipFile(pub) as z:
        assert not any(b"Secretalias" in z.read(n) for n in z.namelist())


@pytest.mark.parametrize("kind", ["note", "reading"])
def test_an_attachment_of_a_private_record_stays_home_once_the_record_is_purged(pair, tmp_path, kind):
    """Emptying the trash forgets the private record its attachment hung on: the attachment (its
    file name, its bytes) still stays home."""
    a, b = pair
    rec = a.ws.create(kind, {"title": "Private", "visibility": "private"}).rec
    secret = tmp_path / "salaries-2027.pdf"
    secret.write_bytes(b"%PDF confidential salary table")
    aid = a.ws.attach(rec, secret).rec
    sha = a.ws.get(aid).data["sha256"]
    a.ws.delete(rec)
    a.ws.empty_trash()
    for mode in ("team", "full"):
        events, names = contents(export(a, tmp_path, f"{mode}.gcen", mode=mode))
        assert f"blobs/sha256/{sha}" not in names, mode
        assert b"salaries-2027" not in events and sha.encode() not in events, mode
    send(a, b, tmp_path)
    assert b.ws.find(aid) is None and not b.store.blobs.has(sha)


def test_what_hung_on_a_record_made_private_stays_home_once_the_record_is_purged(pair, tmp_path):
    """A note given a file and a tag, made private before any bundle carried them, deleted and
    purged: its file (name and bytes) and its tag stayed home while it was private, and still do
    once the trash is emptied."""
    a, b = pair
    note = a.ws.create("note", {"title": "Minutes"}).rec
    f = tmp_path / "board-minutes.pdf"
    f.write_bytes(b"%PDF board minutes")
    aid = a.ws.attach(note, f).rec
    sha = a.ws.get(aid).data["sha256"]
    a.ws.set_tags(note, ["codename-falcon"])
    a.ws.edit(note, {"visibility": "private"})
    events, names = contents(export(a, tmp_path, "before.gcen", mode="full"))
    assert b"board-minutes" not in events and b"codename-falcon" not in events
    a.ws.delete(note)
    a.ws.empty_trash()
    for mode in ("team", "full"):
        events, names = contents(export(a, tmp_path, f"{mode}.gcen", mode=mode))
        assert f"blobs/sha256/{sha}" not in names, mode
        assert b"board-minutes" not in events and b"codename-falcon" not in events, mode
    send(a, b, tmp_path)
    assert b.ws.find(aid) is None and not b.store.blobs.has(sha)


def test_typing_on_after_an_import_hid_the_record_never_lets_the_text_out(pair, tmp_path):
    """b types a goal's statement; a teammate's move, imported, puts the goal in a plan b keeps
    private; b types on (autosave would amend the edit it wrote while the goal was visible)."""
    a, b = pair
    team_plan = a.ws.create("plan", {"title": "Budget"}).rec
    draft = a.ws.create("plan", {"title": "Draft"}).rec
    goal = a.ws.create("goal", {"plan": team_plan, "statement": "Balance"}).rec
    sync(a, b, tmp_path)
    b.ws.edit(draft, {"visibility": "private"})
    b.ws.edit(goal, {"statement": "Balance the books"})
    a.ws.edit(goal, {"plan": draft})
    send(a, b, tmp_path)
    assert b.ws.get(goal).data["plan"] == draft
    b.ws.edit(goal, {"statement": "Balance the books: the secret cut"})
    b.ws.edit(goal, {"indicator": "Deficit"})
    b.ws.edit(goal, {"statement": "Balance the books"})  # replaced while private ...
    b.ws.edit(draft, {"visibility": "team"})  # ... before the plan is shared again
    for mode in ("team", "full"):
        events, _ = contents(export(b, tmp_path, f"b-{mode}.gcen", mode=mode))
        assert b"secret" not in events, mode
    report = send(b, a, tmp_path)
    assert not report.warnings
    assert a.ws.get(goal).data["statement"] == "Balance the books" and a.ws.get(goal).data["indicator"] == "Deficit"
    sync(a, b, tmp_path)
