"""Integrity investigator desktop and the 1700 intake service."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("investigator-app")
except PackageNotFoundError:  # running from a frozen build without metadata
    __version__ = "0.1.0"
