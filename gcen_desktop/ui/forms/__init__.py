"""Editors for record fields, built from the schema, that push undoable edits (used by UI-B's screens)."""
