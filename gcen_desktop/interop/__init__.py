"""Formats for people and tools outside the app: plan/briefing documents, CSV, iCalendar, RIS,
BibTeX and CSL-JSON. Plain data in, files out; nothing here knows about the store or Qt."""
