"""``quotecmp align``: group renderings of one utterance across outlets and show word differences."""
from __future__ import annotations

import sys
from enum import Enum
from typing import Optional

import typer

from . import app
from .common import GLOB, MAX_BYTES, MODEL, OUTPUT, SOURCES, SPEAKERS, InputReport, documents, error


class AlignFormat(str, Enum):
    table = "table"
    json = "json"
    html = "html"


@app.command()
def align(
    paths: list[str] = typer.Argument(..., help="Article files or folders, or extract output (.json / .jsonl)."),
    format: AlignFormat = typer.Option(AlignFormat.table, "--format", "-f", help="table (for reading), json, or html (one self-contained page for reviewers)."),
    output: Optional[str] = OUTPUT,
    min_similarity: float = typer.Option(0.5, "--min-similarity", help="Weakest word-level similarity (0–1) that joins two renderings."),
    speaker: Optional[str] = typer.Option(None, "--speaker", help="Only quotes of this speaker (matched by surname)."),
    model: str = MODEL,
    speakers: Optional[str] = SPEAKERS,
    glob: Optional[str] = GLOB,
    max_bytes: int = MAX_BYTES,
    sources: Optional[str] = SOURCES,
) -> None:
    """Group the renderings of one utterance across outlets and show their word differences.

    Reads articles (as extract does) or extract's JSON/JSONL output, finds quotes that render
    the same utterance by the same speaker in different documents (copies, edits, other
    translations, fragments), and aligns each against the most complete rendering: omitted,
    inserted and replaced words, with changed numbers, names and editorial brackets flagged.

    Example:

        quotecmp align seeds/ --format json -o clusters.json

        quotecmp align seeds/ --format html -o report.html
    """
    from ..errors import QuotecmpError, UsageError

    report = InputReport()
    try:
        if not 0.0 <= min_similarity <= 1.0:
            raise UsageError(f"--min-similarity must be between 0 and 1, not {min_similarity}")
        docs = _inputs(paths, report, model=model, speakers=speakers, glob=glob, max_bytes=max_bytes, sources=sources)
        from ..align import align_documents

        result = align_documents(docs, min_similarity=min_similarity, speaker=speaker)
        if format is AlignFormat.table:
            from ..render.align import render_align

            render_align(result, report.skipped, output)
        else:
            if format is AlignFormat.html:
                from ..render.html import align_html

                payload = align_html(result, report.skipped, documents=docs)
            else:
                from ..export import align_json, dumps

                payload = dumps(align_json(result, report.skipped))
            if output:
                from ..export import write_atomic

                write_atomic(output, payload)
            else:
                sys.stdout.write(payload)
    except QuotecmpError as e:
        error(str(e))
        raise typer.Exit(2 if isinstance(e, UsageError) else 1)
    if report.failed:
        raise typer.Exit(1)


def _inputs(paths, report: InputReport, model: str, speakers: str | None, **read_options) -> list:
    """Extracted documents: extract output is loaded as it is; articles are read and extracted."""
    from ..corpus import is_extract_output, load_corpus
    from ..errors import InputError
    from ..model import Skipped

    extracted, articles = [], []
    for p in paths:
        if is_extract_output(p):
            try:
                extracted += load_corpus(p)
                report.read += 1
            except InputError as e:
                error(str(e))
                report.skipped.append(Skipped(e.path, e.problem))
        else:
            articles.append(p)
    if articles:
        from ..extract import extract_documents, load_speakers

        known = load_speakers(speakers) if speakers else None
        extracted += list(extract_documents(documents(articles, report, **read_options), model=model, speakers=known))
    from ..identity import unify_speakers

    return unify_speakers(extracted)
