"""The list half of a list + detail screen (practices, working groups, symposia)."""
