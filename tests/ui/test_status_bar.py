"""The status bar follows exports and imports at once, and counts with Qt's plural forms."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..scripts import load_script


def _bar(ctx, qtbot):
    from gcen_desktop.ui.status_bar import WorkspaceStatusBar

    bar = WorkspaceStatusBar(ctx)
    qtbot.addWidget(bar)
    bar.refresh()
    return bar


def _sync_section(ctx, qtbot):
    from gcen_desktop.ui.sections.sync import SyncSection

    section = SyncSection(ctx)
    qtbot.addWidget(section)
    section.resize(1200, 800)
    section.show()
    qtbot.waitUntil(lambda: not ctx.workers.busy, timeout=30000)  # its background reads
    return section


def _export(ctx, qtbot, answer, wait_idle, path: Path):
    section = _sync_section(ctx, qtbot)
    section.export_panel.full.setChecked(True)
    answer({"save_file": str(path)})
    section.export_panel.export_button.click()
    wait_idle(ctx)
    assert path.exists(), section.export_panel.result.text()
    qtbot.waitUntil(lambda: not ctx.workers.busy)  # the screen reads its cards again after the export
    return section


def test_the_status_bar_follows_an_export_at_once(ctx, qtbot, answer, wait_idle, tmp_path):
    bar = _bar(ctx, qtbot)
    assert bar.unshared_label.text().endswith("changes not yet shared")
    assert bar.exchange_label.text() == "No exchange yet"
    _export(ctx, qtbot, answer, wait_idle, tmp_path / "team.gcen")
    assert bar.unshared_label.text() == "Everything shared"
    assert bar.exchange_label.text().startswith("Last exchange with the team, ")


def test_one_change_is_counted_in_the_singular(ctx, qtbot, answer, wait_idle, tmp_path):
    bar = _bar(ctx, qtbot)
    _export(ctx, qtbot, answer, wait_idle, tmp_path / "team.gcen")
    first, second = ctx.ws.list("note")[:2]
    ctx.call(lambda: ctx.ws.edit(first.id, {"title": "Retitled"}))
    assert bar.unshared_label.text() == "1 change not yet shared"
    ctx.call(lambda: ctx.ws.edit(second.id, {"title": "Retitled too"}))
    assert bar.unshared_label.text() == "2 changes not yet shared"
    qtbot.waitUntil(lambda: not ctx.workers.busy)  # the Sync screen reads its publish card again after each edit


def test_the_count_uses_each_languages_plural_forms(qapp: QApplication, ctx, qtbot, answer, wait_idle, tmp_path):
    from gcen_desktop.translation_rules import LANGUAGES

    load_script("translations").compile_qm(list(LANGUAGES), tmp_path / "qm", with_pseudo=False)
    expected = {
        "fr": ["1 modification pas encore partagée", "2 modifications pas encore partagées"],
        "es": ["1 cambio aún sin compartir", "2 cambios aún sin compartir"],
        "pt_BR": ["1 alteração ainda não compartilhada", "2 alterações ainda não compartilhadas"],
        "zh_CN": ["1 项更改尚未共享", "2 项更改尚未共享"],
        "ko": ["공유하지 않은 변경 사항 1개", "공유하지 않은 변경 사항 2개"],
    }
    bar = _bar(ctx, qtbot)
    _export(ctx, qtbot, answer, wait_idle, tmp_path / "team.gcen")
    notes = ctx.ws.list("note")[:2]
    seen: dict[str, list[str]] = {language: [] for language in expected}
    saved = QLocale()
    for count in (1, 2):
        # another note each time (a second edit of the same field would amend the first)
        ctx.call(lambda count=count: ctx.ws.edit(notes[count - 1].id, {"title": f"Retitled {count}"}))
        for language in expected:
            translator = QTranslator()
            assert translator.load(QLocale(language), "gcen", "_", str(tmp_path / "qm")), language
            qapp.installTranslator(translator)
            QLocale.setDefault(QLocale(language))
            try:
                bar.refresh()
                seen[language].append(bar.unshared_label.text())
            finally:
                qapp.removeTranslator(translator)
                QLocale.setDefault(saved)
    assert seen == expected
    qtbot.waitUntil(lambda: not ctx.workers.busy)  # the Sync screen reads its publish card again after each edit


def test_a_failed_export_is_no_exchange_and_shares_nothing(ctx, qtbot, answer, wait_idle, tmp_path):
    """The bundle could not be written (a folder at the name given): the status bar still counts
    every change as not yet shared and names no exchange (it said 'Last exchange with the team,
    today', as if the team had been sent something)."""
    bar = _bar(ctx, qtbot)
    unshared = bar.unshared_label.text()
    section = _sync_section(ctx, qtbot)
    target = tmp_path / "team.gcen"
    target.mkdir()
    log = answer({"save_file": str(target), "error": None})
    section.export_panel.full.setChecked(True)
    section.export_panel.export_button.click()
    wait_idle(ctx)
    qtbot.waitUntil(lambda: not ctx.workers.busy)
    bar.refresh()
    assert [k for k, *_ in log] == ["save_file", "error"] and "nothing was written" in log[1][2]
    assert bar.unshared_label.text() == unshared
    assert bar.exchange_label.text() == "No exchange yet"
