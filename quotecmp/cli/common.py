"""What the commands share: reading inputs with one-line errors, and writing output."""
from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import typer

from ..model import Document, Skipped


def error(message: str) -> None:
    """One line on stderr, no traceback."""
    typer.echo(f"quotecmp: {message}", err=True)


@dataclass
class InputReport:
    """Inputs that were skipped, collected while the documents stream past."""

    skipped: list[Skipped] = field(default_factory=list)
    read: int = 0

    @property
    def failed(self) -> bool:
        return bool(self.skipped)


def documents(paths: Sequence[str], report: InputReport, **read_options) -> Iterator[Document]:
    """Stream the documents the paths name; report each bad one on stderr as it is met.

    ``read_options`` go to ``reader.read_inputs`` (glob, max_bytes, sources).
    """
    from ..reader import read_inputs

    for item in read_inputs(paths, **read_options):
        if isinstance(item, Skipped):
            error(f"{item.path}: {item.reason}")
            report.skipped.append(item)
        else:
            report.read += 1
            yield item


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()
