"""Headings and value names used in shared documents, in the language of the document.

The English is declared once: the documents' own headings here (`EN`), the names of fields,
record types and values in the schema (`FIELD_HEADINGS` says which field a heading names). Their
translations are the UI's: the one catalogue (`catalogue.py`), where a heading of the documents is
in the context "Documents" and the schema's names in theirs.
"""

from __future__ import annotations

from ..domain.schema import FIELD_CONTEXT, TYPE_CONTEXT, TYPES, VALUE_CONTEXT, VALUE_LABELS
from .catalogue import DOCUMENTS, catalogue_language, messages

EN: dict[str, str] = {
    # documents
    "plan_report": "Action plan",
    "briefing_pack": "Symposium briefing pack",
    "contents": "Contents",
    "team": "Team",
    "stage": "Stage of the inquiry cycle",
    "owner": "Plan owner",
    "item_owner": "Owner",  # of a checklist item: who prepares it
    "period": "Period",
    "network": "Network",
    "adapted_from": "Adapted from",
    "practices": "Practices",
    "cities": "Cities",
    "goals_and_actions": "Goals and actions",
    "goal": "Goal",
    "action": "Action",
    "yes": "Yes",
    "no": "No",
    "progress": "Progress",
    "actions_done": "Actions done: {done} of {total}",  # no noun after a count: no plural form needed
    "no_actions": "No actions yet.",
    "evidence": "Evidence",
    "evidence_intro": "Readings from the team's reading list that this plan draws on.",
    "evidence_notes": "The team's notes this plan draws on are in the appendix.",
    "appendix_notes": "Appendix: linked notes",
    "none": "None recorded.",
    "page_of": "Page {page} of {pages}",
    "missing_glyphs": "No font on this computer can draw these characters; each shows as �: {chars}.",
    "prepared": "Prepared with GCEN Desktop on {date}",
    "confidential": "For circulation within the {network}.",
    # briefing
    "overview": "Overview",
    "dates": "Dates",
    "agenda": "Agenda",
    "day": "Day {day}",
    "session": "Session",
    "site_visits": "Site visits",
    "participants": "Participants",
    "name": "Name",  # of a participant
    "prep_checklist": "Preparation checklist",
    "checklist_done": "Items done: {done} of {total}",
    "done": "Done",
    "open": "Open",
    "item": "Item",
    "assigned_readings": "Assigned readings",
    "team_notes": "Team notes by working group",
    "no_group": "Other notes",
    "plans_status": "Status of the team's plans",
    "plan": "Plan",
    "note": "Note",  # what a note saved on its own is
    # actions export
    "id": "Id",
    "calendar_actions": "Actions and milestones",
    "calendar_agenda": "Agenda",
    "due_prefix": "Due: {title}",
    "milestone_prefix": "Milestone: {title}",
}

# Headings that name a field: (record type, field); the schema says what it is called.
FIELD_HEADINGS: dict[str, tuple[str, str]] = {
    "city": ("action_plan", "city"),
    "date": ("note", "date"),
    "status": ("action_plan", "status"),
    "working_group": ("action_plan", "working_group"),
    "problem_of_practice": ("action_plan", "problem_of_practice"),
    "rationale": ("action_plan", "rationale"),
    "goal_statement": ("goal", "statement"),
    "indicator": ("goal", "indicator"),
    "baseline": ("goal", "baseline"),
    "target": ("goal", "target"),
    "due": ("goal", "due"),
    "responsible": ("action", "responsible"),
    "accountable": ("action", "accountable"),
    "milestone": ("action", "milestone"),
    "notes": ("action", "notes"),
    "why_it_matters": ("reading_item", "why_it_matters"),
    "author": ("note", "author"),
    "authors": ("reading_item", "authors"),
    "year": ("reading_item", "year"),
    "publisher": ("reading_item", "publisher"),
    "kind": ("reading_item", "kind"),
    "assigned_to": ("reading_item", "assigned_to"),
    "location": ("symposium", "location"),
    "host_city": ("symposium", "host_city"),
    "time": ("agenda_item", "time"),
    "place": ("agenda_item", "place"),
    "role": ("member", "role"),
    "organisation": ("member", "organisation"),
    "note_kind": ("note", "kind"),
    "symposium": ("note", "symposium"),
}


def english(key: str) -> str:
    """A heading in English (KeyError for a key that is none)."""
    if key in FIELD_HEADINGS:
        type_name, name = FIELD_HEADINGS[key]
        return TYPES[type_name].by_name[name].caption
    return EN[key]


HEADINGS = (*EN, *FIELD_HEADINGS)  # every key a document may ask for


class Labels:
    """The headings of one language: `labels["goal"]`, `labels.fmt("day", day=2)`, `labels.value("done")`."""

    def __init__(self, language: str = "en") -> None:
        name = catalogue_language(language)
        self.language = (name or "en").split("_")[0]
        self._messages = messages(name) if name else {}

    def _say(self, context: str, text: str) -> str:
        return self._messages.get((context, text)) or text

    def __getitem__(self, key: str) -> str:
        context = FIELD_CONTEXT if key in FIELD_HEADINGS else DOCUMENTS
        return self._say(context, english(key))

    def fmt(self, key: str, **values: object) -> str:
        return self[key].format(**values)

    def field(self, type_name: str, name: str) -> str:
        """What the UI calls a field of a record type, in this language."""
        return self._say(FIELD_CONTEXT, TYPES[type_name].by_name[name].caption)

    def type(self, type_name: str) -> str:
        return self._say(TYPE_CONTEXT, TYPES[type_name].caption)

    def value(self, value: object) -> str:
        """A stored enum value (e.g. 'in_progress') as people read it; other text unchanged."""
        if value is None:
            return ""
        text = str(value)
        label = VALUE_LABELS.get(text)
        return text if label is None else self._say(VALUE_CONTEXT, label)

    def yes_no(self, flag: object) -> str:
        return self["yes"] if flag else self["no"]

    def every_heading(self) -> str:
        """Every heading, in this language and in English (what a PDF's font subset must hold)."""
        return "".join(self[key] for key in HEADINGS) + "".join(english(key) for key in HEADINGS)


def labels(language: str = "en") -> Labels:
    return Labels(language)


def document_messages() -> tuple[tuple[str, str], ...]:
    """(context, English) of the documents' own headings, for the catalogue (the schema's names
    are added with the schema's vocabulary)."""
    return tuple((DOCUMENTS, text) for text in dict.fromkeys(EN.values()))
