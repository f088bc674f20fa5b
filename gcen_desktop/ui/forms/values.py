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
