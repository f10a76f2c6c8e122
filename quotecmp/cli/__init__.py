"""The command line: thin typer commands that check arguments and call library functions.

Each command lives in a module of its own. Nothing heavy (spaCy, rapidfuzz) is imported at
start-up, so ``quotecmp --help`` is instant.
"""
from __future__ import annotations

import typer

from .. import __version__

app = typer.Typer(
    name="quotecmp",
    help="Find quotations in news articles, attribute them to named speakers, "
    "and compare how outlets render the same utterance.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"quotecmp {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """Find quotations in news articles and compare them across outlets."""


from . import align_cmd, extract_cmd  # noqa: E402,F401  (each module registers its command)


def main() -> None:
    app()
