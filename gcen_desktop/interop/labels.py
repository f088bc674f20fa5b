"""Headings and value names used in shared documents, per language (adding a language = adding a dict)."""

from __future__ import annotations

from .labels_translations import TRANSLATED

EN: dict[str, str] = {
    # documents
    "plan_report": "Action plan",
    "briefing_pack": "Symposium briefing pack",
    "contents": "Contents",
    "city": "City",
    "team": "Team",
    "date": "Date",
    "status": "Status",
    "stage": "Stage of the inquiry cycle",
    "owner": "Plan owner",
    "item_owner": "Owner",  # of a checklist item: who prepares it
    "period": "Period",
    "working_group": "Working group",
    "network": "Network",
    "problem_of_practice": "Problem of practice",
    "rationale": "Rationale",
    "adapted_from": "Adapted from",
    "practices": "Practices",
    "cities": "Cities",
    "goals_and_actions": "Goals and actions",
    "goal": "Goal",
    "indicator": "Indicator",
    "baseline": "Baseline",
    "target": "Target",
    "due": "Due",
    "action": "Action",
    "responsible": "Responsible",
    "accountable": "Accountable",
    "milestone": "Milestone",
    "yes": "Yes",
    "no": "No",
    "progress": "Progress",
    "actions_done": "{done} of {total} actions done",
    "no_actions": "No actions yet.",
    "evidence": "Evidence",
    "evidence_intro": "Readings from the team's reading list that this plan draws on.",
    "evidence_notes": "The team's notes this plan draws on are in the appendix.",
    "appendix_notes": "Appendix: linked notes",
    "none": "None recorded.",
    "why_it_matters": "Why it matters",
    "author": "Author",
    "authors": "Authors",
    "year": "Year",
    "publisher": "Publisher",
    "kind": "Type",
    "page_of": "Page {page} of {pages}",
    "missing_glyphs": "No font on this computer can draw these characters; each shows as �: {chars}.",
    "prepared": "Prepared with GCEN Desktop on {date}",
    "confidential": "For circulation within the {network}.",
    # briefing
    "overview": "Overview",
    "dates": "Dates",
    "location": "Location",
    "host_city": "Host city",
    "agenda": "Agenda",
    "day": "Day {day}",
    "time": "Time",
    "session": "Session",
    "place": "Place",
    "site_visits": "Site visits",
    "participants": "Participants",
    "name": "Name",
    "role": "Role",
    "organisation": "Organisation",
    "prep_checklist": "Preparation checklist",
    "checklist_done": "{done} of {total} items done",
    "done": "Done",
    "open": "Open",
    "item": "Item",
    "assigned_readings": "Assigned readings",
    "assigned_to": "Assigned to",
    "team_notes": "Team notes by working group",
    "no_group": "Other notes",
    "plans_status": "Status of the team's plans",
    "plan": "Plan",
    # actions export
    "goal_statement": "Goal",
    "notes": "Notes",
    "id": "Id",
    "calendar_actions": "Actions and milestones",
    "calendar_agenda": "Agenda",
    "due_prefix": "Due: {title}",
    "milestone_prefix": "Milestone: {title}",
}

# Names of enumerated values (statuses, kinds, roles) as people read them.
EN_VALUES: dict[str, str] = {
    "draft": "Draft",
    "active": "Active",
    "done": "Done",
    "inquiry": "Inquiry",
    "discussion": "Discussion",
    "planning": "Planning",
    "action": "Action",
    "review": "Review",
    "not_started": "Not started",
    "in_progress": "In progress",
    "blocked": "Blocked",
    "site_visit": "Site visit",
    "exchange": "Exchange",
    "expert_talk": "Expert talk",
    "workshop": "Workshop",
    "plenary": "Plenary",
    "symposium": "Symposium",
    "working_group_meeting": "Working-group meeting",
    "webinar": "Webinar",
    "superintendent": "Superintendent",
    "senior_leader": "Senior leader",
    "content_expert": "Content expert",
    "stakeholder": "Stakeholder",
    "practitioner_leader": "Practitioner-leader",
    "staff": "Staff",
    "case_study": "Case study",
    "background_paper": "Background paper",
    "meeting_report": "Meeting report",
    "article": "Article",
    "report": "Report",
    "book": "Book",
    "web_page": "Web page",
    "session": "Session",
    "reflection": "Reflection",
    "meeting": "Meeting",
    "to_read": "To read",
    "reading": "Reading",
    "read": "Read",
    "discussed": "Discussed",
}

# language code -> (headings, value names). A translation adds its two dicts here; missing keys
# fall back to English so a partial translation still produces a whole document.
LANGUAGES: dict[str, tuple[dict[str, str], dict[str, str]]] = {
    "en": (EN, EN_VALUES),
    **TRANSLATED,  # fr, es, zh, ko, pt: labels_translations.py
}


class Labels:
    """The headings of one language: `labels["goal"]`, `labels.fmt("day", day=2)`, `labels.value("done")`."""

    def __init__(self, language: str = "en") -> None:
        code = (language or "en").split("_")[0].split("-")[0].lower()
        self.language = code if code in LANGUAGES else "en"
        self._text, self._values = LANGUAGES[self.language]

    def __getitem__(self, key: str) -> str:
        return self._text.get(key) or EN[key]

    def fmt(self, key: str, **values: object) -> str:
        return self[key].format(**values)

    def value(self, value: object) -> str:
        """A stored enum value (e.g. 'in_progress') as people read it; other text unchanged."""
        if value is None:
            return ""
        text = str(value)
        return self._values.get(text) or EN_VALUES.get(text) or text

    def yes_no(self, flag: object) -> str:
        return self["yes"] if flag else self["no"]


def labels(language: str = "en") -> Labels:
    return Labels(language)
