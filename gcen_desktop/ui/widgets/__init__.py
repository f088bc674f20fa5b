"""Reusable widgets: editors, pickers and screen parts shared by the sections."""
