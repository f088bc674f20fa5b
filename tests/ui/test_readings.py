"""Readings: add with a duplicate warning, attach and open a PDF, statuses, filters, import/export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QStyle

from gcen_desktop.ui.sections.readings import ReadingsSection
from gcen_desktop.ui.widgets import attachments_panel

from .test_translations import pseudo_locale  # noqa: F401 (a fixture)


@pytest.fixture
def readings(ctx, qtbot):
    section = ReadingsSection(ctx)
    qtbot.addWidget(section)
    section.resize(1200, 800)
    section.show()
    yield section
    qtbot.waitUntil(lambda: not ctx.workers.busy)


def _fill_dialog(title: str, doi: str = "", year: int = 0, tags: str = ""):
    def reply(_title, _text, dialog=None, **_kw):
        dialog.title_edit.setText(title)
        dialog.doi_edit.setText(doi)
        dialog.year_edit.setValue(year)
        dialog.tags_edit.setText(tags)
        dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("case_study"))
        dialog.accept()  # runs the duplicate check as the OK button would
        return dialog.result()
    return reply


def test_readings_table_lists_every_reading(readings, ctx, qtmodeltester):
    assert readings.list.model.rowCount() == ctx.ws.count("reading_item")
    assert readings.detail.view is not None
    qtmodeltester.check(readings.list.model, force_py=True)


def test_add_a_reading_and_attach_a_pdf(readings, ctx, qtbot, wait_idle, answer, tmp_path, monkeypatch):
    answer({"dialog": _fill_dialog("Induction that keeps teachers", "10.1234/ind.2024", 2024, "induction, retention")})
    readings.new_record()
    wait_idle(ctx)
    view = ctx.ws.find_by_label("reading_item", "Induction that keeps teachers")
    assert view is not None and view.data["doi"] == "10.1234/ind.2024" and view.data["kind"] == "case_study"
    assert sorted(ctx.ws.tags_of(view.id)) == ["induction", "retention"]
    qtbot.waitUntil(lambda: readings.detail.view is not None and readings.detail.view.id == view.id)

    pdf = tmp_path / "induction.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% a test PDF\n")
    answer({"open_file": str(pdf)})
    readings.detail.attachments.attach_button.click()
    wait_idle(ctx)
    stored = ctx.ws.get(view.id)
    assert stored.data.get("attachment")
    assert ctx.ws.attachment_path(stored.data["attachment"]).read_bytes() == pdf.read_bytes()
    qtbot.waitUntil(lambda: readings.detail.attachments.model.rowCount() == 1)

    opened: list[Path] = []
    monkeypatch.setattr(attachments_panel, "open_externally", lambda p: opened.append(p) or True)
    readings.detail.attachments.open_button.click()
    assert opened and opened[0].read_bytes() == pdf.read_bytes()

    ctx.undo_stack.undo()  # the attachment
    wait_idle(ctx)
    assert not ctx.ws.get(view.id).data.get("attachment")
    assert ctx.ws.linked(view.id, "attached") == []


def test_duplicate_warning_by_doi_title_or_url(readings, ctx, qtbot, wait_idle, answer):
    existing = next(r for r in ctx.ws.list("reading_item") if r.data.get("doi"))
    count = ctx.ws.count("reading_item")
    log = answer({"dialog": _fill_dialog("Another title", existing.data["doi"]), "confirm": False})
    readings.new_record()
    wait_idle(ctx)
    assert [k for k, _t, _x in log] == ["dialog", "confirm"]
    assert existing.title in log[1][2]
    assert ctx.ws.count("reading_item") == count  # declined: nothing added
    log = answer({"dialog": _fill_dialog(existing.title.upper()), "confirm": True})
    readings.new_record()
    wait_idle(ctx)
    assert [k for k, _t, _x in log] == ["dialog", "confirm"]
    assert ctx.ws.count("reading_item") == count + 1


def test_my_status_and_undo(readings, ctx, qtbot, wait_idle):
    rec = readings.detail.view.id
    before = ctx.ws.reading_statuses(rec).get(ctx.ws.me)
    box = readings.detail.my_status
    box.setCurrentIndex(box.findData("discussed"))
    box.activated.emit(box.currentIndex())
    wait_idle(ctx)
    assert ctx.ws.reading_statuses(rec)[ctx.ws.me] == "discussed"
    row = readings.list.model.row_of(rec)
    qtbot.waitUntil(lambda: readings.list.model.index(row, 4).data() == "Discussed")
    ctx.undo_stack.undo()
    wait_idle(ctx)
    assert ctx.ws.reading_statuses(rec).get(ctx.ws.me) == before


def test_filters_type_status_year_tag_group(readings, ctx):
    model = readings.list.model

    def rows():
        return [model.record(r) for r in range(model.rowCount())]

    readings.kind_filter.setCurrentIndex(readings.kind_filter.findData("book"))
    assert rows() and all(r.data["kind"] == "book" for r in rows())
    readings.kind_filter.setCurrentIndex(0)
    year = readings.year_filter.itemData(1)
    readings.year_filter.setCurrentIndex(1)
    assert rows() and all(r.data["year"] == year for r in rows())
    readings.year_filter.setCurrentIndex(0)
    tag = readings.tag_filter.itemData(1)
    readings.tag_filter.setCurrentIndex(1)
    assert rows() and all(tag.casefold() in [t.casefold() for t in ctx.ws.tags_of(r.id)] for r in rows())
    readings.tag_filter.setCurrentIndex(0)
    group = readings.group_filter.itemData(1)
    readings.group_filter.setCurrentIndex(1)
    assert rows() and all(r.data.get("working_group") == group for r in rows())
    readings.group_filter.setCurrentIndex(0)
    me = ctx.ws.me
    readings.status_filter.setCurrentIndex(readings.status_filter.findData("reading"))
    mine = {r.id for r in rows()}
    assert mine == {r.id for r in ctx.ws.list("reading_item") if ctx.ws.reading_statuses(r.id).get(me) == "reading"}
    readings.status_filter.setCurrentIndex(readings.status_filter.findData("to_read"))
    assert all(ctx.ws.reading_statuses(r.id).get(me, "to_read") == "to_read" for r in rows())
    assert model.rowCount() + len(mine) <= ctx.ws.count("reading_item")


def test_sort_by_year_in_sql(readings):
    model = readings.list.model
    readings.list.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    years = [model.record(r).data.get("year") for r in range(model.rowCount())]
    present = [y for y in years if y is not None]
    assert present == sorted(present) and years[: len(present)] == present


def test_import_ris_then_undo_and_export(readings, ctx, qtbot, wait_idle, answer, tmp_path):
    ris = tmp_path / "list.ris"
    ris.write_text(
        "TY  - JOUR\nTI  - Coaching new teachers in Denver\nAU  - Lee, A.\nPY  - 2020\nDO  - 10.9/denver\nER  - \n"
        "TY  - BOOK\nTI  - Schools that learn together\nAU  - Kim, B.\nPY  - 2018\nER  - \n",
        encoding="utf-8",
    )
    count = ctx.ws.count("reading_item")
    log = answer({"info": None})
    readings.import_file(ris)
    wait_idle(ctx)
    assert ctx.ws.count("reading_item") == count + 2
    assert log and "Readings added from" in log[0][2] and ": 2." in log[0][2]
    assert readings.list.model.rowCount() == count + 2
    ctx.undo_stack.undo()
    wait_idle(ctx)
    assert ctx.ws.count("reading_item") == count
    ctx.undo_stack.redo()
    wait_idle(ctx)
    assert ctx.ws.count("reading_item") == count + 2

    out = tmp_path / "out.bib"
    readings.kind_filter.setCurrentIndex(readings.kind_filter.findData("book"))
    readings.export_file(out)
    wait_idle(ctx)
    text = out.read_text(encoding="utf-8")
    assert "Schools that learn together" in text and "Coaching new teachers" not in text
    assert text.count("@") == readings.list.model.rowCount()


def test_bad_import_file_says_what_to_do(readings, ctx, wait_idle, answer, tmp_path):
    bad = tmp_path / "broken.ris"
    bad.write_text("this is not a reading list", encoding="utf-8")
    count = ctx.ws.count("reading_item")
    log = answer({"error": None})
    readings.import_file(bad)
    wait_idle(ctx)
    assert log and log[0][0] == "error" and "Traceback" not in log[0][2]
    assert ctx.ws.count("reading_item") == count


def test_import_lists_what_duplicates_what_and_can_import_them_anyway(readings, ctx, wait_idle, answer, tmp_path):
    bib = tmp_path / "chapters.bib"
    bib.write_text(
        "@incollection{a, title={Coaching}, author={Lee, A.}, year=2020, url={https://example.org/book}}\n"
        "@incollection{b, title={Mentoring}, author={Kim, B.}, year=2020, url={https://example.org/book}}\n"
        "@article{c, title={Coaching!}, author={Ann Lee}, year=2020}\n",
        encoding="utf-8",
    )
    count = ctx.ws.count("reading_item")
    log = answer({"confirm": False})
    readings.import_file(bib)
    wait_idle(ctx)
    assert ctx.ws.count("reading_item") == count + 2  # two chapters of one book are two readings
    (kind, _title, text) = log[0]
    assert kind == "confirm" and "“Coaching!” has the title, year and first author of “Coaching” (earlier in the file)" in text

    log = answer({"confirm": True})
    readings.import_file(bib)
    wait_idle(ctx)
    # all three were duplicates now; the user asked for them anyway, as one more undo step
    assert ctx.ws.count("reading_item") == count + 5 and "(earlier in the file)" not in log[0][2].split("\n")[2]
    ctx.undo_stack.undo()
    wait_idle(ctx)
    assert ctx.ws.count("reading_item") == count + 2


def test_no_list_heading_is_cut_by_its_sort_arrow_in_a_long_language(pseudo_locale, ctx, qtbot):  # noqa: F811
    """In French the readings showed "Anné" and "Mon statu": a fixed column is at least as wide as
    its heading with the sort arrow."""
    section = ReadingsSection(ctx)
    qtbot.addWidget(section)
    section.resize(1600, 900)
    section.show()
    table = section.list.table
    header = table.horizontalHeader()
    for column in range(table.model().columnCount()):
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch and not table.isColumnHidden(column):
            text = str(table.model().headerData(column, Qt.Orientation.Horizontal))
            arrow = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize)
            assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(text) + arrow, text
