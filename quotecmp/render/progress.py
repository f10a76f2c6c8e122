"""A progress line on stderr for long runs: shown only on a terminal, after about two seconds."""
from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

DELAY = 2.0  # seconds before anything is shown: short runs stay silent


def track(items: Iterable[T], what: str = "documents", enabled: bool = True, total: int | None = None) -> Iterator[T]:
    """Yield the items unchanged; after DELAY seconds, show a live count on stderr (if a terminal)."""
    if not enabled or not sys.stderr.isatty():
        yield from items
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    start = time.monotonic()
    progress = None
    task = None
    done = 0
    try:
        for item in items:
            done += 1
            if progress is None and time.monotonic() - start > DELAY:
                columns = [SpinnerColumn(), TextColumn(f"{what}")]
                columns += [BarColumn(), MofNCompleteColumn()] if total else [TextColumn("{task.completed}")]
                columns.append(TimeElapsedColumn())
                progress = Progress(*columns, console=Console(stderr=True), transient=True)
                progress.start()
                task = progress.add_task(what, total=total, completed=done)
            elif progress is not None:
                progress.update(task, completed=done)
            yield item
    finally:
        if progress is not None:
            progress.stop()
