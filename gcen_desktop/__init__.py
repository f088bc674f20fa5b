"""GCEN Desktop: an offline workspace for city teams of a network of urban school systems."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("gcen-desktop")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.1.0"
