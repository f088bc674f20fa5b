"""The bundle file name the export suggests: clean words, no doubled space, no 'team - team'."""

from __future__ import annotations

import datetime as dt


def _panel(ctx, qtbot):
    from gcen_desktop.ui.sharing.export_panel import ExportPanel

    panel = ExportPanel(ctx)
    qtbot.addWidget(panel)
    return panel


def test_the_suggested_bundle_name_has_single_spaces_and_names_the_team_once(ctx, qtbot):
    panel = _panel(ctx, qtbot)
    today = dt.date.today().isoformat()
    panel.team.setChecked(True)
    name = panel.suggested_name()
    assert name == f"Boston Public Schools GCEN team - {today}.gcen"  # the sample's name has an em dash
    assert "  " not in name and "team - team" not in name
    panel.full.setChecked(True)
    assert panel.suggested_name() == f"Boston Public Schools GCEN team - full - {today}.gcen"


def test_a_long_or_hostile_team_name_is_cut_at_a_word(ctx, qtbot, wait_idle):
    ctx.ws.edit(ctx.ws.workspace_id, {"name": "Équipe  de Montréal / \u202ePDF.exe — réseau des villes apprenantes"})
    panel = _panel(ctx, qtbot)
    panel.team.setChecked(True)
    name = panel.suggested_name()
    stem = name.rsplit(" - ", 1)[0]
    assert "  " not in name and "/" not in name and "\u202e" not in name
    assert len(stem) <= 40 and stem == "Équipe de Montréal PDF exe réseau des"
