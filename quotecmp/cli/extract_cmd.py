"""``quotecmp extract``: every quotation in the articles, with speaker, cue and offsets."""
from __future__ import annotations

import sys
from enum import Enum
from typing import Optional

import typer

from . import app
from .common import GLOB, MAX_BYTES, MODEL, OUTPUT, SOURCES, SPEAKERS, InputReport, documents, error


class ExtractFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    html = "html"


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Article files (.txt, .html/.htm, .jsonl corpora), folders of them, or - for standard input."),
    format: ExtractFormat = typer.Option(ExtractFormat.table, "--format", "-f", help="table (for reading), json, jsonl, or html (each article with its quotes marked)."),
    output: Optional[str] = OUTPUT,
    all_: bool = typer.Option(False, "--all", help="Also show quoted terms, titles and scare quotes (speech=false)."),
    explain: bool = typer.Option(False, "--explain", help="Show how each speaker was found: cue, mention, chain, sieve."),
    model: str = MODEL,
    speakers: Optional[str] = SPEAKERS,
    include_text: bool = typer.Option(False, "--include-text", help="Put each document's text in the JSON output."),
    glob: Optional[str] = GLOB,
    max_bytes: int = MAX_BYTES,
    sources: Optional[str] = SOURCES,
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Parse with this many processes."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress display on stderr."),
) -> None:
    """Find every quotation in news articles and say who said it.

    Reads plain-text and HTML articles, JSONL corpora (one article per line), folders of
    them (recursively) or standard input, and prints each quotation with its speaker
    (a name, not a pronoun), the cue that introduces it and its character offsets.

    A person gets one name in every article of a run ("Ali Khamenei" wherever one article
    wrote "Ayatollah Khamenei"); jsonl output streams, so there each article names its
    speakers on its own (align joins them again).

    Example:

        quotecmp extract seeds/ --format json -o quotes.json
    """
    from ..errors import QuotecmpError, UsageError
    from ..export import dumps, extract_json, extract_jsonl_lines
    from ..extract import extract_documents, load_speakers
    from ..identity import unify_speakers

    report = InputReport()
    try:
        known = load_speakers(speakers) if speakers else None
        docs = documents(paths, report, glob=glob, max_bytes=max_bytes, sources=sources)
        from ..render.progress import track

        results = track(extract_documents(docs, model=model, speakers=known, n_process=workers), enabled=not quiet)
        if format is ExtractFormat.table:
            from ..render.extract import render_extract

            docs_out = unify_speakers(list(results))
            render_extract(docs_out, show_all=all_, explain=explain, skipped=report.skipped, output=output,
                           summary=report.summary(_speech_count(docs_out)))
        elif format is ExtractFormat.html:
            from ..render.html import extract_html

            docs_out = unify_speakers(list(results))
            page = extract_html(docs_out, report.skipped)
            _write(output, lambda f: f.write(page))
            _closing_summary(report, _speech_count(docs_out), quiet)
        elif format is ExtractFormat.json:
            docs_out = unify_speakers(list(results))
            payload = dumps(extract_json(docs_out, report.skipped, include_text, explain))
            _write(output, lambda f: f.write(payload))
            _closing_summary(report, _speech_count(docs_out), quiet)
        else:
            count = 0

            def lines(f):
                nonlocal count
                for ed in results:
                    count += sum(1 for q in ed.quotes if q.speech)
                    for line in extract_jsonl_lines(ed, explain):
                        f.write(line + "\n")
            _write(output, lines)
            _closing_summary(report, count, quiet)
    except QuotecmpError as e:
        error(str(e))
        raise typer.Exit(2 if isinstance(e, UsageError) else 1)
    if report.failed:
        raise typer.Exit(1)


def _speech_count(docs) -> int:
    return sum(1 for ed in docs for q in ed.quotes if q.speech)


def _closing_summary(report: InputReport, quotes: int, quiet: bool) -> None:
    """"N documents read, M quotes, K skipped" on stderr, for a person watching a terminal."""
    if not quiet and sys.stderr.isatty():
        typer.echo(report.summary(quotes), err=True)


def _write(output: Optional[str], fill) -> None:
    from ..export import AtomicWriter

    if output:
        with AtomicWriter(output) as f:
            fill(f)
    else:
        fill(sys.stdout)
