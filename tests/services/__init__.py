"""The use cases of services/ (create, edit, delete, templates, the sample team), driven without a window."""
