"""The Network screen and publishing on the Sync screen, driven through their widgets: the network
library empty and filled, a publication imported after comparing its key, updated and withdrawn,
filtered by city, type and working group, searched (CJK), read safely, a practice adapted in a
new plan; this workspace's identity copied; a publication previewed in words, then written; the
note under "Shared with" when it says network."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gcen_desktop.services.network import Network
from gcen_desktop.ui.network.library_model import published_day
from gcen_desktop.ui.sections.network import NetworkSection
from gcen_desktop.ui.sharing.publish_words import describe

from ..network.cities import close, make_city, publish


def _show(widget, qtbot, ctx, wait_idle):
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    wait_idle(ctx)
    return widget


def _rows(section) -> list[tuple[str, ...]]:
    model = section.model
    return [tuple(model.index(r, c).data() for c in range(model.columnCount())) for r in range(model.rowCount())]


def _titles(section) -> list[str]:
    return sorted(row[0] for row in _rows(section))


def _import(section, qtbot, ctx, wait_idle, answer, path: Path, *, trust: bool | None = True) -> list:
    """Import `path` with the button, answering the key question with `trust` (None: none expected)."""
    replies = {"open_file": str(path)}
    if trust is not None:
        replies["confirm"] = trust
    log = answer(replies)
    qtbot.mouseClick(section.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.flow is None, timeout=20000)
    wait_idle(ctx)
    return log


@pytest.fixture
def toronto(tmp_path):
    city = make_city(tmp_path, "Toronto")
    yield city
    close(city)


def test_an_empty_library_says_how_to_fill_it(ctx, qtbot, wait_idle):
    section = _show(NetworkSection(ctx), qtbot, ctx, wait_idle)
    assert section.pages.currentWidget() is section.empty and section.empty.isVisible()
    assert "“Import publication…”" in section.empty.text()
    assert section.import_button.isVisible() and section.import_button.isEnabled()


def test_import_compares_the_key_first_then_reports_what_arrived_changed_and_went(ctx, qtbot, wait_idle, answer,
                                                                                    toronto, tmp_path):
    practice = toronto.ws.create("practice", {"title": "Teacher residency", "summary": "Paired placements",
                                              "visibility": "network"}).rec
    reading = toronto.ws.create("reading_item", {"title": "Residency study", "visibility": "network"}).rec
    first = publish(toronto, tmp_path)
    section = _show(NetworkSection(ctx), qtbot, ctx, wait_idle)
    log = _import(section, qtbot, ctx, wait_idle, answer, first)
    [(_, title, text)] = [entry for entry in log if entry[0] == "confirm"]
    assert toronto.identity().fingerprint in text and "Toronto" in text
    assert section.result.text() == "Toronto: 2 arrived."
    day = published_day(Network(ctx.ws).listed()[0].published_ms)
    assert sorted(_rows(section)) == [("Residency study", "Reading", "Toronto", day),
                                      ("Teacher residency", "Practice", "Toronto", day)]
    assert section.pages.currentWidget() is section.body

    toronto.ws.edit(practice, {"title": "Teacher residency, second year"})
    toronto.ws.edit(reading, {"visibility": "team"})
    toronto.ws.create("note", {"title": "Mentor training notes", "visibility": "network"})
    _import(section, qtbot, ctx, wait_idle, answer, publish(toronto, tmp_path), trust=None)  # a known key: no question
    assert section.result.text() == "Toronto: 1 arrived, 1 updated, 1 withdrawn."
    assert _titles(section) == ["Mentor training notes", "Teacher residency, second year"]
    assert ctx.ws.list("practice", limit=1000) and all(v.title != "Teacher residency, second year"
                                                        for v in ctx.ws.list("practice", limit=1000))


def test_a_key_not_confirmed_imports_nothing(ctx, qtbot, wait_idle, answer, toronto, tmp_path):
    toronto.ws.create("practice", {"title": "Teacher residency", "visibility": "network"})
    section = _show(NetworkSection(ctx), qtbot, ctx, wait_idle)
    with qtbot.waitSignal(ctx.sig_status) as status:
        _import(section, qtbot, ctx, wait_idle, answer, publish(toronto, tmp_path), trust=False)
    assert status.args == ["Import cancelled; nothing was changed."]
    assert Network(ctx.ws).listed() == [] and section.pages.currentWidget() is section.empty
    assert section.result.isHidden()


def test_filter_by_city_type_and_working_group_and_search_in_chinese(ctx, qtbot, wait_idle, answer, toronto, tmp_path):
    group = toronto.ws.create("working_group", {"name": "Teaching force", "visibility": "network",
                                                "topic": "Develop and sustain a high-quality teaching force"}).rec
    toronto.ws.create("action_plan", {"title": "Mentors for new teachers", "working_group": group,
                                      "visibility": "network"})
    toronto.ws.create("reading_item", {"title": "优秀教师的培养", "abstract": "导师制度", "visibility": "network"})
    seoul = make_city(tmp_path, "Seoul")
    seoul.ws.create("practice", {"title": "Lesson study", "visibility": "network"})
    section = _show(NetworkSection(ctx), qtbot, ctx, wait_idle)
    _import(section, qtbot, ctx, wait_idle, answer, publish(toronto, tmp_path))
    _import(section, qtbot, ctx, wait_idle, answer, publish(seoul, tmp_path))
    close(seoul)
    assert len(_rows(section)) == 4

    def pick(box, wanted: str) -> None:
        """Move through a filter with the keyboard until it shows `wanted`."""
        box.setFocus()
        QTest.keyClick(box, Qt.Key.Key_Home)
        while box.currentText() != wanted:
            before = box.currentIndex()
            QTest.keyClick(box, Qt.Key.Key_Down)
            assert box.currentIndex() != before, f"{wanted!r} is not offered"
        wait_idle(ctx)

    pick(section.city_box, "Seoul")
    assert _rows(section) == [("Lesson study", "Practice", "Seoul", _rows(section)[0][3])]
    pick(section.city_box, "All cities")
    pick(section.group_box, "Teaching force — Develop and sustain a high-quality teaching force")
    assert _titles(section) == ["Mentors for new teachers", "Teaching force"]
    pick(section.type_box, "Action plan")
    assert _titles(section) == ["Mentors for new teachers"]
    pick(section.type_box, "All types")
    pick(section.group_box, "All working groups")
    section.search.setFocus()
    typed = QInputMethodEvent()  # what a Chinese input method sends (QTest types ASCII only)
    typed.setCommitString("教师")
    QApplication.sendEvent(section.search, typed)
    wait_idle(ctx)
    assert _titles(section) == ["优秀教师的培养"]
    QTest.keyClicks(section.search, "zzz")
    wait_idle(ctx)
    assert section.list_stack.currentWidget() is section.no_match


def test_the_detail_shows_another_citys_text_as_text(ctx, qtbot, wait_idle, answer, toronto, tmp_path):
    toronto.ws.create("practice", {"title": "<b>Approved by your team</b>\u202eevil",
                                   "summary": "<img src=x> first line\nsecond line", "visibility": "network"})
    section = _show(NetworkSection(ctx), qtbot, ctx, wait_idle)
    _import(section, qtbot, ctx, wait_idle, answer, publish(toronto, tmp_path))
    assert section.heading.textFormat() == Qt.TextFormat.PlainText
    assert section.heading.text() == "<b>Approved by your team</b>\\u202eevil"
    assert section.meta.text().startswith("Practice · Toronto · published ")
    assert section.meta.toolTip() == "Toronto team"
    text = section.text.toPlainText()
    assert "<img src=x> first line\nsecond line" in text
    assert "<img" not in section.text.document().toHtml().replace("&lt;img", "")


def test_adapt_a_network_practice_in_a_new_plan_then_undo(ctx, qtbot, wait_idle, answer, toronto, tmp_path):
    toronto.ws.create("practice", {"title": "Teacher residency", "summary": "Paired placements",
                                   "visibility": "network"})
    toronto.ws.create("reading_item", {"title": "Residency study", "visibility": "network"})
    section = _show(NetworkSection(ctx), qtbot, ctx, wait_idle)
    _import(section, qtbot, ctx, wait_idle, answer, publish(toronto, tmp_path))
    section.table.setFocus()
    QTest.keyClick(section.table, Qt.Key.Key_Home)
    rows = [row[1] for row in _rows(section)]
    for _ in range(rows.index("Reading")):
        QTest.keyClick(section.table, Qt.Key.Key_Down)
    assert section.adapt_button.isHidden()  # a reading is read, not adapted
    QTest.keyClick(section.table, Qt.Key.Key_Up if rows.index("Practice") == 0 else Qt.Key.Key_Down)
    assert section.current_entry().type == "practice" and section.adapt_button.isVisible()
    plans_before = ctx.ws.count("action_plan")
    with qtbot.waitSignal(ctx.sig_open_record, timeout=10000) as opened:
        qtbot.mouseClick(section.adapt_button, Qt.MouseButton.LeftButton)
    wait_idle(ctx)
    plan = ctx.ws.get(opened.args[0])
    assert plan.type == "action_plan" and plan.title == "Teacher residency"
    [source] = ctx.ws.linked(plan.id, "adapted_from")
    assert source.type == "practice" and source.data["summary"] == "Paired placements"
    assert ctx.ws.count("action_plan") == plans_before + 1
    ctx.undo_stack.undo()
    wait_idle(ctx)
    assert ctx.ws.get(plan.id).deleted and ctx.ws.get(source.id).deleted
    ctx.undo_stack.redo()
    wait_idle(ctx)
    assert not ctx.ws.get(plan.id).deleted and ctx.ws.linked(plan.id, "adapted_from")[0].id == source.id


def test_a_publication_given_to_the_sync_screen_goes_to_the_network_library(ctx, qtbot, wait_idle, answer,
                                                                             toronto, tmp_path):
    from gcen_desktop.ui.main_window import MainWindow

    toronto.ws.create("practice", {"title": "Teacher residency", "visibility": "network"})
    path = publish(toronto, tmp_path)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    answer({"confirm": True})
    window.section("sync").start_import(path)  # dropped on the window, or File › Import
    network = window.section("network")
    qtbot.waitUntil(lambda: network.result.text() == "Toronto: 1 arrived.", timeout=20000)
    assert window.current_section() is network
    wait_idle(ctx)
    window.close()


# --- the Sync screen --------------------------------------------------------------------------------


def _sync(ctx, qtbot, wait_idle):
    from gcen_desktop.ui.sections.sync import SyncSection

    return _show(SyncSection(ctx), qtbot, ctx, wait_idle)


def test_the_sync_screen_shows_this_workspaces_identity_and_copies_it(ctx, qtbot, wait_idle):
    section = _sync(ctx, qtbot, wait_idle)
    ident = Network(ctx.ws).identity()
    panel = section.identity_panel
    qtbot.waitUntil(lambda: panel.values["fingerprint"].text() == ident.fingerprint)
    assert panel.values["workspace_id"].text() == ident.workspace_id
    assert panel.values["replica"].text() == ident.replica
    assert panel.values["name"].text() == "Boston Public Schools — GCEN team"
    assert panel.values["city"].text() == "Boston"
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert f"Workspace id: {ident.workspace_id}" in copied and f"Signing key: {ident.fingerprint}" in copied
    assert f"Store id: {ident.replica}" in copied and "City: Boston" in copied


def test_publishing_says_what_goes_and_what_is_withdrawn_then_writes_the_file(ctx, qtbot, wait_idle, answer, tmp_path):
    practices = [v.id for v in ctx.ws.list("practice", limit=3)]
    plan = ctx.ws.list("action_plan", limit=1)[0].id
    for rec in (*practices, plan):
        ctx.ws.edit(rec, {"visibility": "network"})
    parts = [p.type for p in Network(ctx.ws).preview_publish().publications if p.type == "action_plan"
             for p in p.parts]
    goals, actions = parts.count("goal"), parts.count("action")
    words = f"{len(practices)} practices, 1 plan with {goals} goals and {actions} actions"
    section = _sync(ctx, qtbot, wait_idle)
    panel = section.publish_panel
    qtbot.waitUntil(lambda: panel.preview.text() == f"For the network hub: {words}.")

    target = tmp_path / "to the hub.gcen"
    log = answer({"confirm": True, "save_file": str(target)})
    qtbot.mouseClick(panel.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and panel.result.text().startswith("Saved to the hub.gcen"), timeout=20000)
    [(_, _, asked)] = [entry for entry in log if entry[0] == "confirm"]
    assert asked.startswith(f"Publish for the network hub: {words}?") and "never their history" in asked
    wait_idle(ctx)
    sent = len(practices) + 1  # sent, and go again until the hub's receipt says it holds them
    qtbot.waitUntil(lambda: panel.preview.text() == f"For the network hub: {words} ({sent} of them sent before, "
                                                    "not acknowledged yet).")
    Network(ctx.ws).receive(_hub_digest_holding(ctx, tmp_path), trust_new_key=True)
    panel.load()
    qtbot.waitUntil(lambda: panel.preview.text() == "Nothing new to publish for the network hub.")

    seoul = make_city(tmp_path, "Seoul")
    seoul.receive(target, trust_new_key=True)
    assert sorted(e.type for e in seoul.listed()) == ["action_plan", *["practice"] * len(practices)]
    close(seoul)

    section.publish_panel.full.click()  # everything again
    qtbot.waitUntil(lambda: panel.preview.text() == f"For the network hub: {words}.")
    section.publish_panel.changed.click()
    ctx.ws.edit(practices[0], {"visibility": "team"})
    ctx.sig_changed.emit(ctx.ws.edit(practices[1], {"visibility": "private"}))
    qtbot.waitUntil(lambda: panel.preview.text() == "For the network hub: 2 practices withdrawn.")

    panel.receiver.setFocus()
    panel.receiver.lineEdit().selectAll()
    QTest.keyClicks(panel.receiver.lineEdit(), "Seoul")
    QTest.keyClick(panel.receiver.lineEdit(), Qt.Key.Key_Return)
    rest = f"1 practice, 1 plan with {goals} goals and {actions} actions"
    qtbot.waitUntil(lambda: panel.preview.text() == f"For Seoul: {rest}.")  # never published to: all that is network
    assert panel.suggested_name().split(" - ")[1] == "network for Seoul"


def _hub_digest_holding(ctx, tmp_path) -> Path:
    """A hub's digest for this workspace whose receipt says the hub holds what it would publish now."""
    import uuid

    from gcen_desktop import __version__
    from gcen_desktop.sync.keys import load_or_create_keys
    from gcen_desktop.sync.manifest import Producer
    from gcen_desktop.sync.publication import (
        PublicationManifest,
        Source,
        receipt_line,
        write_publication,
    )

    own = Source(ctx.ws.workspace_id, "Here", "Team")
    lines = [receipt_line(p.rec, p.type, p.counter, p.dot, p.hlc, p.h, False, own)
             for p in Network(ctx.ws).preview_publish().publications]
    path = tmp_path / "digest.gcen"
    write_publication(path, PublicationManifest(
        app_version=__version__, workspace_id="hub:" + str(uuid.uuid4()), workspace_name="Network hub",
        bundle_id=str(uuid.uuid4()), kind="digest", receiver=ctx.ws.workspace_id, created_ms=1,
        producer=Producer(replica="hub1", name="Network hub")), lines, {}, load_or_create_keys(tmp_path / "hub"))
    return path


def test_nothing_to_publish_is_said_and_no_file_is_asked_for(ctx, qtbot, wait_idle, answer):
    section = _sync(ctx, qtbot, wait_idle)
    panel = section.publish_panel
    qtbot.waitUntil(lambda: panel.preview.text() == "Nothing new to publish for the network hub.")
    log = answer({"info": None})
    qtbot.mouseClick(panel.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(log))
    assert [kind for kind, *_ in log] == ["info"]
    wait_idle(ctx)


def test_publication_words():
    def pub(type_, *parts):
        return SimpleNamespace(type=type_, parts=[SimpleNamespace(type=p) for p in parts])

    plan = SimpleNamespace(
        publications=[pub("practice"), pub("action_plan", "goal", *["action"] * 5, "goal", *["action"] * 4),
                      pub("practice"), pub("practice")],
        withdrawals=[SimpleNamespace(type="reading_item")],
    )
    assert describe(plan) == "3 practices, 1 plan with 2 goals and 9 actions; 1 reading withdrawn"
    assert describe(SimpleNamespace(publications=[pub("note")], withdrawals=[])) == "1 note"
    assert describe(SimpleNamespace(publications=[], withdrawals=[])) == ""
    symposium = SimpleNamespace(publications=[pub("symposium", "agenda_item")],
                                withdrawals=[SimpleNamespace(type="note"), SimpleNamespace(type="practice")])
    assert describe(symposium) == "1 symposium with 1 agenda item; 1 practice, 1 note withdrawn"


# --- the note under "Shared with" -------------------------------------------------------------------


def test_marking_a_record_network_says_what_other_cities_get(ctx, qtbot, wait_idle):
    from gcen_desktop.ui.sections.practices import PracticesSection

    section = _show(PracticesSection(ctx), qtbot, ctx, wait_idle)
    form = section.form
    note, combo = form.network_note, form.editors["visibility"]
    assert section.current() and note.isHidden()

    def choose(value: str) -> None:
        combo.setFocus()
        index = combo.findData(value)
        while combo.currentIndex() != index:
            QTest.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up)
        wait_idle(ctx)

    choose("network")
    assert note.isVisible() and "current text" in note.text() and "not its history" in note.text()
    assert ctx.ws.get(section.current()).data["visibility"] == "network"
    choose("team")
    assert note.isHidden()
    QTest.keyClick(section.list_panel.table, Qt.Key.Key_Down)  # another practice, still team
    assert note.isHidden()


def test_filter_by_working_group_topic_across_cities(ctx, qtbot, wait_idle, answer, toronto, tmp_path):
    topic = "Develop and sustain a high-quality teaching force"
    group = toronto.ws.create("working_group", {"name": "Teaching force", "topic": topic, "visibility": "network"}).rec
    toronto.ws.create("action_plan", {"title": "Mentors for new teachers", "working_group": group,
                                      "visibility": "network"})
    leaders = toronto.ws.create("working_group", {"name": "Leaders", "topic": "School leadership"}).rec  # team only
    toronto.ws.create("reading_item", {"title": "Principal study", "working_group": leaders, "visibility": "network"})
    seoul = make_city(tmp_path, "Seoul")
    s_group = seoul.ws.create("working_group", {"name": "교사 역량", "topic": topic, "visibility": "network"}).rec
    seoul.ws.create("note", {"title": "수업 연구", "working_group": s_group, "visibility": "network"})
    section = _show(NetworkSection(ctx), qtbot, ctx, wait_idle)
    _import(section, qtbot, ctx, wait_idle, answer, publish(toronto, tmp_path))
    _import(section, qtbot, ctx, wait_idle, answer, publish(seoul, tmp_path))
    close(seoul)
    offered = [section.topic_box.itemText(i) for i in range(section.topic_box.count())]
    assert offered == ["All working-group topics", topic]  # a team group's topic never arrived
    section.topic_box.setFocus()
    QTest.keyClick(section.topic_box, Qt.Key.Key_Down)
    wait_idle(ctx)
    assert section.topic_box.currentText() == topic
    assert _titles(section) == ["Mentors for new teachers", "Teaching force", "교사 역량", "수업 연구"]
    QTest.keyClick(section.topic_box, Qt.Key.Key_Up)
    wait_idle(ctx)
    assert len(_rows(section)) == 5


def test_a_network_practice_names_the_plans_adapted_from_it_and_opens_one(ctx, qtbot, wait_idle, answer, toronto,
                                                                          tmp_path):
    toronto.ws.create("practice", {"title": "Teacher residency", "visibility": "network"})
    section = _show(NetworkSection(ctx), qtbot, ctx, wait_idle)
    _import(section, qtbot, ctx, wait_idle, answer, publish(toronto, tmp_path))
    assert section.current_entry().type == "practice"
    assert section.adapted_box.isHidden() and section.adapted_buttons == []
    with qtbot.waitSignal(ctx.sig_open_record, timeout=10000) as opened:
        qtbot.mouseClick(section.adapt_button, Qt.MouseButton.LeftButton)
    wait_idle(ctx)
    plan = opened.args[0]
    qtbot.waitUntil(lambda: len(section.adapted_buttons) == 1, timeout=10000)
    [button] = section.adapted_buttons
    assert section.adapted_box.isVisible() and button.text() == "Teacher residency"
    assert button.accessibleName() == "Open the plan Teacher residency"
    with qtbot.waitSignal(ctx.sig_open_record, timeout=10000) as again:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert again.args == [plan]
    ctx.undo_stack.undo()  # the plan is gone: so is its link
    wait_idle(ctx)
    qtbot.waitUntil(lambda: section.adapted_buttons == [], timeout=10000)
    assert section.adapted_box.isHidden()


def test_a_receipt_written_for_a_city_makes_its_next_publication_carry_only_what_is_missing(
        ctx, qtbot, wait_idle, answer, toronto, tmp_path):
    here = Network(ctx.ws).identity().city
    practice = toronto.ws.create("practice", {"title": "Teacher residency", "visibility": "network"}).rec
    toronto.ws.create("reading_item", {"title": "Residency study", "visibility": "network"})
    section = _show(NetworkSection(ctx), qtbot, ctx, wait_idle)
    _import(section, qtbot, ctx, wait_idle, answer, publish(toronto, tmp_path, here))
    assert len(toronto.preview_publish(here).publications) == 2  # sent, not acknowledged
    assert section.receipt_button.isVisible() and "Toronto's team" in section.receipt_button.toolTip()
    target = tmp_path / "receipt for Toronto.gcen"
    log = answer({"save_file": str(target)})
    qtbot.mouseClick(section.receipt_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.result.text().startswith("Saved the receipt for Toronto"), timeout=20000)
    wait_idle(ctx)
    [(kind, title, _)] = log
    assert kind == "save_file" and title == "Save a receipt for Toronto"
    report = toronto.receive(target, trust_new_key=True)
    assert report.kind == "receipt" and report.acknowledged == 2
    assert toronto.preview_publish(here).publications == []
    toronto.ws.edit(practice, {"summary": "Paired placements"})
    assert [p.rec for p in toronto.preview_publish(here).publications] == [practice]


def test_importing_a_citys_receipt_says_what_it_holds(ctx, qtbot, wait_idle, answer, toronto, tmp_path):
    for rec in [v.id for v in ctx.ws.list("practice", limit=2)]:
        ctx.ws.edit(rec, {"visibility": "network"})
    path = tmp_path / "for-toronto.gcen"
    Network(ctx.ws).publish(path, "Toronto")
    toronto.receive(path, trust_new_key=True)
    receipt = tmp_path / "receipt.gcen"
    toronto.receipt(receipt, Network(ctx.ws).identity().city)
    section = _show(NetworkSection(ctx), qtbot, ctx, wait_idle)
    _import(section, qtbot, ctx, wait_idle, answer, receipt)
    assert section.result.text() == ("Toronto holds 2 of your published records; your next publication for it "
                                     "carries only what it lacks.")
    assert Network(ctx.ws).listed() == [] and Network(ctx.ws).preview_publish("Toronto").publications == []


def test_a_publication_in_several_files_and_records_left_home_are_said(ctx, qtbot, wait_idle, tmp_path):
    from gcen_desktop.services.network import LeftOut, PublishResult

    panel = _sync(ctx, qtbot, wait_idle).publish_panel
    files = [tmp_path / "pub-1-of-2.gcen", tmp_path / "pub-2-of-2.gcen"]
    left = [LeftOut("r1", "note", "Minutes", "count"), LeftOut("r2", "action_plan", "Big plan", "size")]
    panel._on_published(PublishResult(files[0], 2_000_000, "hub", "incremental", {}, files, left))
    text = panel.result.text()
    assert "saved as 2 files, pub-1-of-2.gcen to pub-2-of-2.gcen" in text and "Send all of them to the network hub" in text
    assert "Note 'Minutes': too many tags, attachments or parts; Action plan 'Big plan': too large" in text
    wait_idle(ctx)  # the panel reloads its list after a publication
