"""An export whose bundle could not be written is no exchange: the last exchange stays as it was."""

from __future__ import annotations

import pytest

from gcen_desktop.domain.errors import UserError
from gcen_desktop.services.bundles import Exchange


def test_an_export_to_a_folder_is_not_the_last_exchange(ws, tmp_path):
    ex = Exchange(ws)
    ws.create("note", {"title": "Visit"})
    target = tmp_path / "team.gcen"
    target.mkdir()
    with pytest.raises(UserError):
        ex.export(target, mode="team")
    assert ex.last_exchange() is None
    written = ex.export(tmp_path / "sent.gcen", mode="team")
    assert written.path.exists() and ex.last_exchange() is not None and ex.unexported_count() == 0
