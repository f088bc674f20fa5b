"""Names of note and reading kinds and reading statuses as people read them (translated)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("KindNames", text)


# Built on first use (after the translators are installed), then reused by every table cell.
@cache
def _note_kinds() -> dict[str, str]:
    return {
        "session": _t("Session"),
        "site_visit": _t("Site visit"),
        "reflection": _t("Reflection"),
        "meeting": _t("Meeting"),
    }


@cache
def _reading_kinds() -> dict[str, str]:
    return {
        "case_study": _t("Case study"),
        "background_paper": _t("Background paper"),
        "meeting_report": _t("Meeting report"),
        "article": _t("Article"),
        "report": _t("Report"),
        "book": _t("Book"),
        "web_page": _t("Web page"),
    }


@cache
def _reading_statuses() -> dict[str, str]:
    return {
        "to_read": _t("To read"),
        "reading": _t("Reading"),
        "read": _t("Read"),
        "discussed": _t("Discussed"),
    }


def note_kind_name(kind: object) -> str:
    return _note_kinds().get(str(kind), "" if kind is None else str(kind))


def reading_kind_name(kind: object) -> str:
    return _reading_kinds().get(str(kind), "" if kind is None else str(kind))


def reading_status_name(status: object) -> str:
    return _reading_statuses().get(str(status), "" if status is None else str(status))
