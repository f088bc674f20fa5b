"""The GCEN network hub: every city's publications on PostgreSQL, searchable, handed back to each
city as a digest, with read-only web pages. A separate service; the desktop never imports it."""
