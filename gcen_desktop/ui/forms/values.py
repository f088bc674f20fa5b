"""Names of stored enum values (statuses, stages, kinds, roles) as people read them, translated."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    return {
        "draft": QCoreApplication.translate("Values", "Draft"),
        "active": QCoreApplication.translate("Values", "Active"),
        "done": QCoreApplication.translate("Values", "Done"),
        "paused": QCoreApplication.translate("Values", "Paused"),
        "closed": QCoreApplication.translate("Values", "Closed"),
        "inquiry": QCoreApplication.translate("Values", "Inquiry"),
        "discussion": QCoreApplication.translate("Values", "Discussion"),
        "planning": QCoreApplication.translate("Values", "Planning"),
        "action": QCoreApplication.translate("Values", "Action"),
        "review": QCoreApplication.translate("Values", "Review"),
        "not_started": QCoreApplication.translate("Values", "Not started"),
        "in_progress": QCoreApplication.translate("Values", "In progress"),
        "blocked": QCoreApplication.translate("Values", "Blocked"),
        "site_visit": QCoreApplication.translate("Values", "Site visit"),
        "exchange": QCoreApplication.translate("Values", "Exchange"),
        "expert_talk": QCoreApplication.translate("Values", "Expert talk"),
        "workshop": QCoreApplication.translate("Values", "Workshop"),
        "plenary": QCoreApplication.translate("Values", "Plenary"),
        "symposium": QCoreApplication.translate("Values", "Symposium"),
        "working_group_meeting": QCoreApplication.translate("Values", "Working-group meeting"),
        "webinar": QCoreApplication.translate("Values", "Webinar"),
        "superintendent": QCoreApplication.translate("Values", "Superintendent"),
        "senior_leader": QCoreApplication.translate("Values", "Senior leader"),
        "content_expert": QCoreApplication.translate("Values", "Content expert"),
        "stakeholder": QCoreApplication.translate("Values", "Stakeholder"),
        "practitioner_leader": QCoreApplication.translate("Values", "Practitioner-leader"),
        "staff": QCoreApplication.translate("Values", "Staff"),
        "private": QCoreApplication.translate("Values", "Private (this computer only)"),
        "team": QCoreApplication.translate("Values", "Team"),
        "network": QCoreApplication.translate("Values", "Network (other cities may see it)"),
    }


def value_name(value: object) -> str:
    """A stored value as people read it; unknown values are shown as stored."""
    if value is None:
        return ""
    return _names().get(str(value), str(value))


def type_name(type_: str) -> str:
    """A record type as people call it."""
    names = {
        "action_plan": QCoreApplication.translate("Values", "Action plan"),
        "goal": QCoreApplication.translate("Values", "Goal"),
        "action": QCoreApplication.translate("Values", "Action"),
        "practice": QCoreApplication.translate("Values", "Practice"),
        "working_group": QCoreApplication.translate("Values", "Working group"),
        "symposium": QCoreApplication.translate("Values", "Symposium"),
        "agenda_item": QCoreApplication.translate("Values", "Agenda item"),
        "checklist_item": QCoreApplication.translate("Values", "Checklist item"),
        "note": QCoreApplication.translate("Values", "Note"),
        "reading_item": QCoreApplication.translate("Values", "Reading"),
        "member": QCoreApplication.translate("Values", "Person"),
        "city": QCoreApplication.translate("Values", "City"),
        "attachment": QCoreApplication.translate("Values", "Attachment"),
        "link": QCoreApplication.translate("Values", "Link"),
        "reading_status": QCoreApplication.translate("Values", "Reading status"),
        "workspace": QCoreApplication.translate("Values", "Workspace"),
    }
    return names.get(type_, type_)


def field_label(name: str) -> str:
    """A field as people call it (used where a field is named on its own, e.g. in Conflicts)."""
    names = {
        "title": QCoreApplication.translate("Values", "Title"), "name": QCoreApplication.translate("Values", "Name"), "body": QCoreApplication.translate("Values", "Text"), "summary": QCoreApplication.translate("Values", "Summary"),
        "results": QCoreApplication.translate("Values", "Results and evidence"), "problem_of_practice": QCoreApplication.translate("Values", "Problem of practice"),
        "rationale": QCoreApplication.translate("Values", "Rationale"), "description": QCoreApplication.translate("Values", "Description"), "topic": QCoreApplication.translate("Values", "Topic"),
        "status": QCoreApplication.translate("Values", "Status"), "stage": QCoreApplication.translate("Values", "Stage"), "kind": QCoreApplication.translate("Values", "Kind"), "due": QCoreApplication.translate("Values", "Due"),
        "start": QCoreApplication.translate("Values", "Starts"), "end": QCoreApplication.translate("Values", "Ends"), "owner": QCoreApplication.translate("Values", "Owner"), "city": QCoreApplication.translate("Values", "City"),
        "host_city": QCoreApplication.translate("Values", "Host city"), "responsible": QCoreApplication.translate("Values", "Responsible"), "accountable": QCoreApplication.translate("Values", "Accountable"),
        "milestone": QCoreApplication.translate("Values", "Milestone"), "notes": QCoreApplication.translate("Values", "Notes"), "position": QCoreApplication.translate("Values", "Order"),
        "statement": QCoreApplication.translate("Values", "Goal"), "indicator": QCoreApplication.translate("Values", "Indicator"), "baseline": QCoreApplication.translate("Values", "Baseline"),
        "target": QCoreApplication.translate("Values", "Target"), "location": QCoreApplication.translate("Values", "Location"), "place": QCoreApplication.translate("Values", "Place"), "time": QCoreApplication.translate("Values", "Time"),
        "day": QCoreApplication.translate("Values", "Day"), "done": QCoreApplication.translate("Values", "Done"), "authors": QCoreApplication.translate("Values", "Authors"), "year": QCoreApplication.translate("Values", "Year"),
        "abstract": QCoreApplication.translate("Values", "Abstract"), "why_it_matters": QCoreApplication.translate("Values", "Why it matters"), "url": QCoreApplication.translate("Values", "Web address"),
        "doi": QCoreApplication.translate("Values", "DOI"), "publisher": QCoreApplication.translate("Values", "Publisher"), "container": QCoreApplication.translate("Values", "Published in"), "assigned_to": QCoreApplication.translate("Values", "Assigned to"),
        "working_group": QCoreApplication.translate("Values", "Working group"), "symposium": QCoreApplication.translate("Values", "Symposium"), "author": QCoreApplication.translate("Values", "Author"),
        "language": QCoreApplication.translate("Values", "Language"), "date": QCoreApplication.translate("Values", "Date"), "role": QCoreApplication.translate("Values", "Role"),
        "organisation": QCoreApplication.translate("Values", "Organisation"), "email": QCoreApplication.translate("Values", "E-mail"), "country": QCoreApplication.translate("Values", "Country"),
        "contacts": QCoreApplication.translate("Values", "Contacts"), "visibility": QCoreApplication.translate("Values", "Shared with"),
    }
    return names.get(name, name.replace("_", " ").capitalize())
