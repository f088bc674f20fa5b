"""Closing the workspace (quitting, opening another) while a long background job runs on the
writer (a large import from the shared folder, say): the save of what was typed, queued behind
it, is still written; the long job is abandoned cleanly (cancelled: nothing of it is written)."""

from __future__ import annotations

import time

from gcen_desktop.domain.errors import UserError


def test_typing_queued_behind_a_long_job_is_saved_when_the_workspace_closes(ctx, qtbot):
    rec = ctx.ws.list("note", limit=1)[0].id
    seen = []

    def endless_import(progress):  # a job that only a cancel ends (a very large bundle, say)
        while progress(1, 2):
            time.sleep(0.01)
        raise UserError("Import cancelled; nothing was changed.")

    ctx.workers.run(endless_import, None, seen.append, on_progress=lambda *_: None)
    ctx.run_write(lambda: ctx.ws.edit(rec, {"body": "typed before closing"}))  # the editor's flush on close
    waits = []
    real_wait = ctx.workers.wait

    def impatient(msecs: int = 30000) -> bool:  # the first wait gives up (the job is longer than it)
        waits.append(msecs)
        return real_wait(min(msecs, 200) if len(waits) == 1 else msecs)

    ctx.workers.wait = impatient
    ctx.shutdown()
    assert ctx.workers.writer.activeThreadCount() == 0  # nothing left running on the store
    assert ctx.ws.get(rec).data["body"] == "typed before closing"
    qtbot.waitUntil(lambda: not ctx.workers.busy)  # (the results are delivered: the fixture checks)


def test_a_long_pass_over_the_shared_folder_is_cancelled_when_the_workspace_closes(ctx, qtbot, monkeypatch, tmp_path):
    """The likeliest long job: a pass over the shared folder reading a teammate's very large bundle.
    Closing cancels it (it is run with progress, which the service passes to each import), so the
    typing queued behind it is saved; the bundle is taken again by the next pass."""
    from gcen_desktop.services.bundles import Exchange
    from gcen_desktop.sync.errors import BundleCancelled
    from gcen_desktop.ui.sharing.shared_folder import SharedFolderPanel

    rec = ctx.ws.list("note", limit=1)[0].id
    ended = []

    def long_pass(self, folder=None, *, progress=None):  # reading a bundle for 3 s, unless cancelled
        for _ in range(300):
            if progress is not None and not progress(1, 2):
                ended.append("cancelled")
                raise BundleCancelled("Import cancelled; nothing was changed.")
            time.sleep(0.01)
        ended.append("read to the end")
        return []

    monkeypatch.setattr(Exchange, "sync_folder_once", long_pass)
    panel = SharedFolderPanel(ctx)
    qtbot.addWidget(panel)
    panel.folder = str(tmp_path)
    panel.sync_now()
    ctx.run_write(lambda: ctx.ws.edit(rec, {"body": "typed before closing"}))
    real_wait, waits = ctx.workers.wait, []

    def impatient(msecs: int = 30000) -> bool:
        waits.append(msecs)
        return real_wait(min(msecs, 200) if len(waits) == 1 else msecs)

    ctx.workers.wait = impatient
    ctx.shutdown()
    assert ended == ["cancelled"]
    assert ctx.workers.writer.activeThreadCount() == 0
    assert ctx.ws.get(rec).data["body"] == "typed before closing"
    qtbot.waitUntil(lambda: not ctx.workers.busy)


def test_a_write_that_fails_as_the_workspace_closes_is_told_without_touching_the_gone_editor(ctx, qtbot, answer):
    """The save of typed text fails (a full disk) while the window closes: the error is still told,
    and the editor's own reaction to it (keep the text unsaved) is skipped, its widgets gone."""
    from PySide6.QtWidgets import QLabel

    told = answer({"error": None})
    label = QLabel()
    seen = []

    def save():
        time.sleep(0.2)
        raise UserError("There is not enough free space on the disk; free some space, then try again.")

    ctx.run_write(save, on_failed=lambda exc: (seen.append(exc), label.setText("unsaved")))
    label.deleteLater()
    qtbot.wait(10)  # (the label is gone, as the window's would be)
    ctx.shutdown()
    qtbot.waitUntil(lambda: not ctx.workers.busy)
    assert [kind for kind, _title, _text in told] == ["error"] and seen == []
