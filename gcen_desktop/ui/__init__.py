"""The desktop application: Qt widgets, item models, dialogs and workers (the only place Qt is used)."""
