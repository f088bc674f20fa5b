"""One note as a document of its own (what Ctrl+P saves for a note): its title, who wrote it when
and where, and its text."""

from __future__ import annotations

from dataclasses import dataclass

from .document import Document, Fields, Heading, Markdown, Paragraph
from .labels import Labels
from .plan_report import NoteItem


@dataclass
class NoteData:
    id: str
    note: NoteItem
    team: str = ""
    symposium: str = ""  # the symposium's title, when the note belongs to one
    date: str = ""  # the day it was saved


def note_document(data: NoteData, language: str = "en") -> Document:
    t = Labels(language)
    n = data.note
    fields = [
        (t["note_kind"], t.value(n.kind)),
        (t["author"], n.author),
        (t["date"], n.date),
        (t["working_group"], n.working_group),
        (t["symposium"], data.symposium),
        (t["team"], data.team),
    ]
    blocks = [
        Paragraph.of(t["note"], "muted"),
        Heading(n.title, 1),
        Fields([(k, v) for k, v in fields if v]),
        Markdown(n.body) if n.body.strip() else Paragraph.of(t["none"], "muted"),
    ]
    doc = Document(
        title=n.title,
        language=t.language,
        blocks=list(blocks),
        meta={"title": n.title, "document": t["note"], "team": data.team, "date": data.date,
              "lang": t.language, "id": data.id},
        footer=f"{n.title} · {data.team}" if data.team else n.title,
    )
    doc.number_anchors()
    return doc
