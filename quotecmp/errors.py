"""The exceptions the library raises. The CLI turns them into one-line messages and exit codes."""
from __future__ import annotations


class QuotecmpError(Exception):
    """Base class of every error quotecmp raises on purpose."""


class InputError(QuotecmpError):
    """An input cannot be used. ``path`` names it; the message says what is wrong, in one line."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class ModelError(QuotecmpError):
    """The spaCy pipeline cannot be loaded."""


class UsageError(QuotecmpError):
    """Arguments that do not make sense together (the CLI exits with status 2)."""
