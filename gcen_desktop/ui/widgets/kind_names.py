"""Names of note and reading kinds and reading statuses as people read them (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("KindNames", text)


def note_kind_name(kind: object) -> str:
    return {
        "session": _t("Session"),
        "site_visit": _t("Site visit"),
        "reflection": _t("Reflection"),
        "meeting": _t("Meeting"),
    }.get(str(kind), "" if kind is None else str(kind))


def reading_kind_name(kind: object) -> str:
    return {
        "case_study": _t("Case study"),
        "background_paper": _t("Background paper"),
        "meeting_report": _t("Meeting report"),
        "article": _t("Article"),
        "report": _t("Report"),
        "book": _t("Book"),
        "web_page": _t("Web page"),
    }.get(str(kind), "" if kind is None else str(kind))


def reading_status_name(status: object) -> str:
    return {
        "to_read": _t("To read"),
        "reading": _t("Reading"),
        "read": _t("Read"),
        "discussed": _t("Discussed"),
    }.get(str(status), "" if status is None else str(status))
