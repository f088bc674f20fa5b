"""Names of stored enum values (statuses, stages, kinds, roles) as people read them, translated."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Values", text)


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    return {
        "draft": _t("Draft"),
        "active": _t("Active"),
        "done": _t("Done"),
        "paused": _t("Paused"),
        "closed": _t("Closed"),
        "inquiry": _t("Inquiry"),
        "discussion": _t("Discussion"),
        "planning": _t("Planning"),
        "action": _t("Action"),
        "review": _t("Review"),
        "not_started": _t("Not started"),
        "in_progress": _t("In progress"),
        "blocked": _t("Blocked"),
        "site_visit": _t("Site visit"),
        "exchange": _t("Exchange"),
        "expert_talk": _t("Expert talk"),
        "workshop": _t("Workshop"),
        "plenary": _t("Plenary"),
        "symposium": _t("Symposium"),
        "working_group_meeting": _t("Working-group meeting"),
        "webinar": _t("Webinar"),
        "superintendent": _t("Superintendent"),
        "senior_leader": _t("Senior leader"),
        "content_expert": _t("Content expert"),
        "stakeholder": _t("Stakeholder"),
        "practitioner_leader": _t("Practitioner-leader"),
        "staff": _t("Staff"),
        "private": _t("Private (this computer only)"),
        "team": _t("Team"),
        "network": _t("Network (other cities may see it)"),
    }


def value_name(value: object) -> str:
    """A stored value as people read it; unknown values are shown as stored."""
    if value is None:
        return ""
    return _names().get(str(value), str(value))


def type_name(type_: str) -> str:
    """A record type as people call it."""
    names = {
        "action_plan": _t("Action plan"),
        "goal": _t("Goal"),
        "action": _t("Action"),
        "practice": _t("Practice"),
        "working_group": _t("Working group"),
        "symposium": _t("Symposium"),
        "agenda_item": _t("Agenda item"),
        "checklist_item": _t("Checklist item"),
        "note": _t("Note"),
        "reading_item": _t("Reading"),
        "member": _t("Person"),
        "city": _t("City"),
        "attachment": _t("Attachment"),
        "link": _t("Link"),
        "reading_status": _t("Reading status"),
        "workspace": _t("Workspace"),
    }
    return names.get(type_, type_)


def field_label(name: str) -> str:
    """A field as people call it (used where a field is named on its own, e.g. in Conflicts)."""
    names = {
        "title": _t("Title"), "name": _t("Name"), "body": _t("Text"), "summary": _t("Summary"),
        "results": _t("Results and evidence"), "problem_of_practice": _t("Problem of practice"),
        "rationale": _t("Rationale"), "description": _t("Description"), "topic": _t("Topic"),
        "status": _t("Status"), "stage": _t("Stage"), "kind": _t("Kind"), "due": _t("Due"),
        "start": _t("Starts"), "end": _t("Ends"), "owner": _t("Owner"), "city": _t("City"),
        "host_city": _t("Host city"), "responsible": _t("Responsible"), "accountable": _t("Accountable"),
        "milestone": _t("Milestone"), "notes": _t("Notes"), "position": _t("Order"),
        "statement": _t("Goal"), "indicator": _t("Indicator"), "baseline": _t("Baseline"),
        "target": _t("Target"), "location": _t("Location"), "place": _t("Place"), "time": _t("Time"),
        "day": _t("Day"), "done": _t("Done"), "authors": _t("Authors"), "year": _t("Year"),
        "abstract": _t("Abstract"), "why_it_matters": _t("Why it matters"), "url": _t("Web address"),
        "doi": _t("DOI"), "publisher": _t("Publisher"), "assigned_to": _t("Assigned to"),
        "working_group": _t("Working group"), "symposium": _t("Symposium"), "author": _t("Author"),
        "language": _t("Language"), "date": _t("Date"), "role": _t("Role"),
        "organisation": _t("Organisation"), "email": _t("E-mail"), "country": _t("Country"),
        "contacts": _t("Contacts"), "visibility": _t("Shared with"),
    }
    return names.get(name, name.replace("_", " ").capitalize())
