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
