"""A publication carries records' state, not their signed changes, so a row garbled on disk (a
record's own copy of its values, a part's title) would go out signed as the city's practice: the
rows a publication reads are checked against a rebuild from their log first (Store.rows_unlike_log),
and that check changes nothing."""

from __future__ import annotations

import pytest

from gcen_desktop.domain.errors import UserError

from .cities import close, make_city, publish


@pytest.fixture
def boston(tmp_path):
    city = make_city(tmp_path, "Boston")
    ws = city.ws
    boston_id = ws.list("city")[0].id
    practice = ws.create("practice", {"title": "Residency", "summary": "Mentors for every new teacher",
                                      "city": boston_id, "visibility": "network"}).rec
    plan = ws.create("plan", {"title": "Staffing plan", "visibility": "network"}).rec
    goal = ws.create("goal", {"plan": plan, "statement": "Fill the vacancies"}).rec
    ws.create("note", {"title": "Team only", "body": "x\n"})
    yield city, practice, plan, goal
    close(city)


def test_the_check_changes_nothing_and_finds_nothing_on_a_sound_store(boston, tmp_path):
    city, practice, plan, goal = boston
    before = city.store.dump()
    assert city.store.rows_unlike_log({practice, plan}) == []
    assert city.store.dump() == before and city.store.check() == []
    assert [view.id for view, _snippet in city.ws.search("vacancies")] == [goal]
    publish(city, tmp_path)


@pytest.mark.parametrize("where", ["practice summary", "goal statement", "plan title", "city name"])
def test_a_garbled_row_is_not_published(boston, tmp_path, where):
    city, practice, plan, goal = boston
    rec, column, value = {
        "practice summary": (practice, "data", None),
        "goal statement": (goal, "title", "Fill the vacancieS"),
        "plan title": (plan, "title", "Staffing plaN"),
        "city name": (city.ws.list("city")[0].id, "title", "BostoN"),
    }[where]
    with city.store.write() as conn:
        if value is None:  # the row's own copy of its values
            data = conn.exec_driver_sql("SELECT data FROM records WHERE id=?", (rec,)).scalar_one()
            conn.exec_driver_sql("UPDATE record_rows SET data=?, data_eid=NULL WHERE id=?",
                                 (data.replace("Mentors", "Mentorz"), rec))
        else:
            conn.exec_driver_sql(f"UPDATE record_rows SET {column}=? WHERE id=?", (value, rec))
    out = tmp_path / "pub.gcen"
    with pytest.raises(UserError) as info:
        city.publish(out, full=True)
    assert "damaged" in str(info.value) and not out.exists()
