"""The terminal view of ``align``: one table per cluster, differences marked by symbols and style.

Differences never rely on colour alone: an omission reads ``[-words-]`` (struck through), an
insertion ``[+words+]`` (underlined), a substitution ``{old→new}`` (bold), and a flag that a
fact-checker must see follows the change: ``⚑number``, ``⚑name``, ``⚑editorial``. Words of
the representative outside a fragment's stretch show as ``…``.
"""
from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..diff import DiffOp
from ..model import Skipped
from .extract import _console

RELATION_LABELS = {
    "representative": "representative",
    "verbatim": "verbatim",
    "punctuation": "punctuation/case only",
    "minor": "minor wording",
    "translation": "translation/paraphrase",
    "fragment": "fragment",
    "extended": "extended",
}
LOUD_FLAGS = ("number", "name", "editorial")


def marked_text(ops: Sequence[DiffOp]) -> Text:
    """A member's text with its differences from the representative marked (symbols and style)."""
    out = Text()
    for op in ops:
        if op.op == "equal":
            out.append(op.b_text)
        elif "outside" in op.flags:
            out.append(" … " if op.a_start > 0 else "… ", style="dim")
        elif op.op == "delete":
            lead = op.a_text[: len(op.a_text) - len(op.a_text.lstrip())]
            out.append(lead)
            out.append(f"[-{op.a_text.strip()}-]", style="strike red")
        elif op.op == "insert":
            lead = op.b_text[: len(op.b_text) - len(op.b_text.lstrip())]
            out.append(lead)
            out.append(f"[+{op.b_text.strip()}+]", style="underline green")
        elif set(op.flags) <= {"case", "punct"} and op.flags:
            out.append(op.b_text, style="italic")  # a change of case or punctuation only: shown, not shouted
        else:
            lead = op.b_text[: len(op.b_text) - len(op.b_text.lstrip())]
            out.append(lead)
            out.append(f"{{{op.a_text.strip()}→{op.b_text.strip()}}}", style="bold yellow")
        loud = [f for f in op.flags if f in LOUD_FLAGS]
        if loud:
            out.append("".join(f"⚑{f}" for f in loud), style="bold magenta")
    return out


def cluster_table(cluster) -> Table:
    rep = cluster.representative
    outlets = ", ".join(cluster.outlets)
    title = f"{cluster.id} · {cluster.speaker or 'speaker unknown'} · {len(cluster.members)} renderings · {outlets}"
    table = Table(title=title, title_justify="left", show_lines=True, expand=False)
    table.add_column("source", overflow="fold", max_width=34)
    table.add_column("relation", max_width=14)
    table.add_column("sim", justify="right", no_wrap=True)
    table.add_column("text (differences from the representative)", overflow="fold", ratio=1, min_width=40)
    for m in cluster.members:
        source = f"{m.outlet + ' · ' if m.outlet else ''}{m.path}:{m.start}"
        if m is rep or m.relation == "representative":
            text = Text("“" + m.text + "”", style="bold")
        else:
            text = Text("“") + marked_text(m.diff) + Text("”")
        table.add_row(source, RELATION_LABELS.get(m.relation, m.relation), f"{m.similarity:.2f}", text)
    return table


def summary(result, skipped: Sequence[Skipped] = ()) -> str:
    aligned = sum(len(c.members) for c in result.clusters)
    return (f"{len(result.clusters)} clusters, {aligned} of {result.quotes} quotes aligned, "
            f"{len(skipped)} inputs skipped")


def render_align(result, skipped: Sequence[Skipped] = (), output: str | None = None) -> None:
    """Print a table per cluster (to ``output`` as plain text if given) and a summary line."""
    if output:
        from ..export import AtomicWriter

        with AtomicWriter(output) as f:
            _render(_console(f), result, skipped)
    else:
        _render(_console(), result, skipped)


def _render(console: Console, result, skipped) -> None:
    if not result.clusters:
        console.print(Text("No quote is rendered in more than one document.", style="dim"))
    for cluster in result.clusters:
        console.print(cluster_table(cluster))
    legend = "[-omitted-]  [+inserted+]  {old→new}  … outside a fragment  ⚑ check this"
    if result.clusters:
        console.print(Text(legend, style="dim"))
    for s in skipped:
        console.print(Text(f"skipped {s.path}: {s.reason}", style="yellow"))
    console.print(Text(summary(result, skipped), style="bold"))
