"""The terminal view of ``extract``: a table of quotes per document, and a closing summary."""
from __future__ import annotations

import sys
from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..model import ExtractedDocument, Skipped


def _console(file=None) -> Console:
    """A console on stdout (or a file); wide enough to read when not a terminal."""
    file = file or sys.stdout
    console = Console(file=file, highlight=False, soft_wrap=False)
    if not console.is_terminal:
        console = Console(file=file, highlight=False, soft_wrap=False, width=140, color_system=None)
    return console


def quote_table(ed: ExtractedDocument, show_all: bool = False, explain: bool = False) -> Table | None:
    quotes = [q for q in ed.quotes if q.speech or show_all]
    doc = ed.document
    title = doc.path + (f"  ({doc.outlet})" if doc.outlet else "")
    table = Table(title=title, title_justify="left", show_lines=False, expand=False)
    table.add_column("#", justify="right", style="dim")
    table.add_column("speaker", overflow="fold", max_width=26)
    table.add_column("cue", max_width=14)
    table.add_column("quote", overflow="fold", ratio=1, min_width=30)
    table.add_column("offsets", justify="right", style="dim", no_wrap=True)
    table.add_column("conf", justify="right", no_wrap=True)
    if explain:
        table.add_column("how", overflow="fold", max_width=40)
    if not quotes:
        return None
    for n, q in enumerate(quotes, 1):
        speaker = q.speaker or "—"
        if q.speaker_kind == "unnamed":
            speaker += " (unnamed)"
        text = Text("“" + q.text + "”")
        if q.kind == "partial":
            text.append("  …partial", style="dim")
        if not q.speech:
            text = Text("“" + q.text + "”", style="dim")
            text.append(f"  [not speech: {q.reason}]", style="dim italic")
        row = [str(n), speaker, q.cue or "", text, f"{q.start}–{q.end}", f"{q.confidence:.2f}"]
        if explain:
            how = [f"sieve: {q.sieve or 'none'}"]
            if q.speaker_mention:
                how.append(f"mention: {q.speaker_mention!r}")
            if q.chain:
                how.append("chain: " + " → ".join(q.chain))
            row.append("\n".join(how))
        table.add_row(*row)
    return table


def render_extract(docs: Sequence[ExtractedDocument], show_all: bool = False, explain: bool = False,
                   skipped: Sequence[Skipped] = (), output: str | None = None, summary: str = "") -> None:
    """Print a table per document (to ``output`` as plain text if given) and the closing summary."""
    if output:
        from ..export import AtomicWriter

        with AtomicWriter(output) as f:
            _render(_console(f), docs, show_all, explain, skipped, summary)
    else:
        _render(_console(), docs, show_all, explain, skipped, summary)


def _render(console: Console, docs, show_all, explain, skipped, summary) -> None:
    for ed in docs:
        table = quote_table(ed, show_all, explain)
        if table is not None:
            console.print(table)
        else:
            console.print(Text(f"{ed.document.path}: no quotes", style="dim"))
    for s in skipped:
        console.print(Text(f"skipped {s.path}: {s.reason}", style="yellow"))
    if summary:
        console.print(Text(summary, style="bold"))
