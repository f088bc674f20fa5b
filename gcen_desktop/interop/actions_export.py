"""Actions as CSV (for spreadsheets) and as iCalendar (due dates, milestones); agendas as iCalendar."""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid
import zoneinfo

from icalendar import Calendar, Event

from .. import __version__
from .briefing import BriefingData
from .labels import Labels
from .plan_report import ActionRow

CSV_COLUMNS = ("plan", "goal", "title", "responsible", "accountable", "due", "status", "milestone", "notes", "id")
_CSV_LABELS = {"plan": "plan", "goal": "goal_statement", "title": "action", "responsible": "responsible",
               "accountable": "accountable", "due": "due", "status": "status", "milestone": "milestone",
               "notes": "notes", "id": "id"}
_NS = uuid.UUID("6f1c2a52-3c8e-4d36-9a51-3f0b7c1e9d20")  # stable event UIDs: re-imports update, not duplicate


def _safe_cell(text: str) -> str:
    # A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection); spreadsheets
    # skip leading spaces, tabs and line breaks before looking, so " =cmd()" runs too.
    first = text.lstrip()[:1]
    return "'" + text if first in ("=", "+", "-", "@") or text[:1] in ("\t", "\r", "\n") else text


def actions_csv(rows: list[ActionRow], language: str = "en") -> str:
    """CSV with a header row in the document's language; dates ISO, statuses as people read them."""
    t = Labels(language)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([t[_CSV_LABELS[c]] for c in CSV_COLUMNS])
    for r in rows:
        values = {
            "plan": r.plan, "goal": r.goal, "title": r.title, "responsible": r.responsible,
            "accountable": r.accountable, "due": r.due, "status": t.value(r.status),
            "milestone": t.yes_no(r.milestone), "notes": r.notes, "id": r.id,
        }
        writer.writerow([_safe_cell(str(values[c] or "")) for c in CSV_COLUMNS])
    return buf.getvalue()


def _calendar(name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", f"-//GCEN Desktop//{__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    return cal


def _uid(*parts: str) -> str:
    return f"{uuid.uuid5(_NS, '/'.join(parts))}@gcen-desktop"


def actions_ics(rows: list[ActionRow], language: str = "en", *, calendar_id: str = "",
                stamp: dt.datetime | None = None) -> bytes:
    """All-day events on each action's due date (milestones marked), skipping actions without one."""
    t = Labels(language)
    cal = _calendar(t["calendar_actions"])
    stamp = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    for r in rows:
        if not r.due:
            continue
        day = dt.date.fromisoformat(r.due)
        ev = Event()
        ev.add("uid", _uid(calendar_id, r.id))
        ev.add("dtstamp", stamp)
        ev.add("dtstart", day)
        ev.add("dtend", day + dt.timedelta(days=1))
        ev.add("summary", t.fmt("milestone_prefix" if r.milestone else "due_prefix", title=r.title))
        lines = [
            f"{t['plan']}: {r.plan}",
            f"{t['goal']}: {r.goal}",
            f"{t['status']}: {t.value(r.status)}",
        ]
        if r.responsible:
            lines.append(f"{t['responsible']}: {r.responsible}")
        if r.accountable:
            lines.append(f"{t['accountable']}: {r.accountable}")
        if r.notes:
            lines += ["", r.notes]
        ev.add("description", "\n".join(lines))
        ev.add("categories", [t["milestone"]] if r.milestone else [t["action"]])
        ev.add("status", "CONFIRMED")
        ev.add("transp", "TRANSPARENT")
        if r.status == "done":
            ev.add("x-gcen-status", "done")
        cal.add_component(ev)
    return cal.to_ical()


def agenda_ics(b: BriefingData, language: str = "en", *, stamp: dt.datetime | None = None,
               time_zone: str | None = None) -> bytes:
    """One event per agenda item: timed (1 h, or until the day's next item) when it has a time, else
    all-day. Times are in `time_zone` (a zoneinfo name: TZID and a VTIMEZONE), floating without it."""
    t = Labels(language)
    zone = zoneinfo.ZoneInfo(time_zone) if time_zone else None
    cal = _calendar(f"{b.title} — {t['calendar_agenda']}")
    stamp = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    entries = sorted(b.agenda, key=lambda e: (e.day, e.time or "99:99", e.title))
    for n, e in enumerate(entries):
        date = b.day_date(e.day)
        if not date:
            continue
        day = dt.date.fromisoformat(date)
        ev = Event()
        ev.add("uid", _uid(b.id, e.id))
        ev.add("dtstamp", stamp)
        if e.time:
            start = dt.datetime.combine(day, dt.time.fromisoformat(e.time), tzinfo=zone)
            # ends at its end time; without one, when the next item of that day starts, else after an hour
            nxt = next((x for x in entries[n + 1:] if x.day == e.day and x.time and x.time > e.time), None)
            if e.end_time and e.end_time > e.time:
                end = dt.datetime.combine(day, dt.time.fromisoformat(e.end_time), tzinfo=zone)
            elif nxt:
                end = dt.datetime.combine(day, dt.time.fromisoformat(nxt.time), tzinfo=zone)
            else:
                end = start + dt.timedelta(hours=1)
            ev.add("dtstart", start)
            ev.add("dtend", end)
        else:
            ev.add("dtstart", day)
            ev.add("dtend", day + dt.timedelta(days=1))
        ev.add("summary", e.title)
        if e.place:
            ev.add("location", e.place)
        desc = [f"{t['kind']}: {t.value(e.kind)}", f"{t.fmt('day', day=e.day)} — {b.title}"]
        if e.description:
            desc += ["", e.description]
        ev.add("description", "\n".join(desc))
        ev.add("categories", [t.value(e.kind)])
        cal.add_component(ev)
    if zone is not None:
        cal.add_missing_timezones()
    return cal.to_ical()
