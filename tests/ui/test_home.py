"""Home: next symposium countdown and checklist, actions due, my readings, recent changes."""

from __future__ import annotations

import datetime as dt

import pytest

from gcen_desktop.ui.models.dashboard_list import DashboardListModel, DashboardRow, IdRole
from gcen_desktop.ui.sections.home import HomeSection


@pytest.fixture
def home(ctx, qtbot):
    section = HomeSection(ctx)
    qtbot.addWidget(section)
    section.resize(1100, 800)
    section.show()
    return section


def test_next_symposium_countdown_and_checklist(home, ctx):
    found = ctx.ws.next_symposium()
    assert found is not None
    sym, done, total = found
    days = (dt.date.fromisoformat(sym.data["start"]) - dt.date.today()).days
    assert home.symposium.countdown.text() == f"in {days} days"
    assert home.symposium.name.text() == sym.title
    assert (home.symposium.progress.value(), home.symposium.progress.maximum()) == (done, total)
    assert f"{done} of {total}" in home.symposium.progress_label.text()


def test_overdue_then_this_week_actions(home, ctx):
    rows = home.actions.model.rows()
    overdue = ctx.ws.overdue_actions()
    week = ctx.ws.actions_due_within(7)
    assert [r.rec_id for r in rows] == [a.id for a in overdue] + [a.id for a in week]
    assert all(r.tone == "danger" and "overdue" in r.detail for r in rows[: len(overdue)])
    assert overdue, "the sample team has overdue actions"


def test_readings_assigned_to_me(home, ctx):
    assert [r.rec_id for r in home.readings.model.rows()] == [r.id for r in ctx.ws.readings_assigned_to()]


def test_recent_changes_follow_edits_and_open_records(home, ctx, qtbot, wait_idle):
    note = ctx.ws.list("note", order="updated")[0]
    changes = ctx.ws.edit(note.id, {"title": "Freshly edited note"})
    ctx.sig_changed.emit(changes)
    first = home.recent.model.index(0)
    assert first.data(IdRole) == note.id and first.data() == "Freshly edited note"
    with qtbot.waitSignal(ctx.sig_open_record) as blocker:
        home.recent.view.activated.emit(first)
    assert blocker.args == [note.id]


def test_hidden_home_refreshes_when_shown(home, ctx):
    home.hide()
    note = ctx.ws.list("note")[0]
    ctx.sig_changed.emit(ctx.ws.edit(note.id, {"title": "Edited while away"}))
    assert home.recent.model.index(0).data() != "Edited while away"
    home.show()
    assert home.recent.model.index(0).data() == "Edited while away"


def test_empty_workspace_home_says_what_to_do(empty_ctx, qtbot):
    section = HomeSection(empty_ctx)
    qtbot.addWidget(section)
    section.show()
    assert section.symposium.empty.isVisible()
    assert section.actions.empty.isVisible() and section.readings.empty.isVisible()


def test_dashboard_model(qtmodeltester):
    model = DashboardListModel()
    model.set_rows([DashboardRow("a", "One", "detail", "danger"), DashboardRow("b", "Two")])
    qtmodeltester.check(model, force_py=True)


def test_short_dates_read_naturally_in_chinese_korean_and_english(qapp):
    from PySide6.QtCore import QLocale

    from gcen_desktop.ui.widgets.section_parts import short_date

    previous = QLocale()
    try:
        QLocale.setDefault(QLocale("zh_CN"))
        assert short_date("2026-12-16") == "2026年12月16日"
        QLocale.setDefault(QLocale("ko_KR"))
        assert short_date("2026-12-16") == "2026년 12월 16일"
        QLocale.setDefault(QLocale("en_GB"))
        assert short_date("2026-12-16") == "16 Dec 2026"
    finally:
        QLocale.setDefault(previous)
