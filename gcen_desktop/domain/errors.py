"""Errors a user can cause, each carrying one plain sentence that says what to do next."""


class UserError(Exception):
    """A problem with what the user asked for; the message is shown as is, never a traceback."""


class ValidationError(UserError):
    """A field value that does not fit its field."""


class NotFound(UserError):
    """No record with that id."""


class WorkspaceMissing(UserError):
    """There is no workspace at the given folder."""
