"""Read inputs into Documents: expand paths, decode bytes, refuse what cannot be read.

Nothing here raises for a bad input: each problem becomes a ``Skipped`` record naming the
path and the problem, so that one bad file never stops the others.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from .model import Document, Skipped

TEXT_SUFFIXES = (".txt",)


def _expand(path: str) -> Iterator[str | Skipped]:
    if not os.path.exists(path):
        yield Skipped(path, "no such file or folder")
        return
    if os.path.isdir(path):
        found = False
        for root, dirs, files in os.walk(path):
            dirs.sort()
            for name in sorted(files):
                if name.lower().endswith(TEXT_SUFFIXES):
                    found = True
                    yield os.path.join(root, name)
        if not found:
            yield Skipped(path, "folder holds no .txt files")
        return
    yield path


def decode(path: str, data: bytes) -> Document | Skipped:
    """Decode one file's bytes, or say why they are not an article's text."""
    if not data.strip():
        return Skipped(path, "empty file")
    if b"\x00" in data[:4096]:
        return Skipped(path, "binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return Skipped(path, f"not valid UTF-8 (byte {e.start})")
    if text.startswith("\ufeff"):
        text = text[1:]
    return Document(path=path, text=text, encoding="utf-8", format="txt")


def read_path(path: str) -> Document | Skipped:
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        return Skipped(path, f"cannot read: {e.strerror or e}")
    return decode(path, data)


def read_inputs(paths: Iterable[str], glob: str | None = None, max_bytes: int = 20_000_000,
                sources: str | None = None) -> Iterator[Document | Skipped]:
    """Yield a Document or a Skipped for every file the paths name, in a stable order."""
    for path in paths:
        for item in _expand(path):
            yield item if isinstance(item, Skipped) else read_path(item)
