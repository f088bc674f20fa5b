"""Use cases: plain values in, plain values and a change set out. The UI and the CLI share them."""

from .changes import ChangeSet
from .workspace import Workspace

__all__ = ["ChangeSet", "Workspace"]
