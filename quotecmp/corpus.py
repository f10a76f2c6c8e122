"""Read ``extract`` output (JSON or JSONL) back into documents with quotes, without parsing anything.

A corpus is extracted once and aligned many times. Only ``path`` and each quote's ``text``,
``start``, ``end`` and ``speaker`` are required (the contract in ``shared/eval/score.py``);
every other field is optional. A document's ``text`` (``extract --include-text``) lets
``align`` read a fragment's own sentence around it.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from typing import Any

from .errors import InputError
from .model import Document, ExtractedDocument, Quote

EXTRACT_SUFFIXES = (".json", ".jsonl", ".ndjson")
_QUOTE_FIELDS = ("kind", "speaker_id", "speaker_kind", "speaker_mention", "cue", "sieve", "reason")


def is_extract_output(path: str) -> bool:
    """True for a .json file, or a .jsonl file whose first record is a quote (has start and end)."""
    low = path.lower()
    if low.endswith(".json"):
        return os.path.isfile(path)
    if not low.endswith((".jsonl", ".ndjson")) or not os.path.isfile(path):
        return False
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    row = json.loads(line)
                    return isinstance(row, dict) and "start" in row and "end" in row and "text" in row
    except (OSError, ValueError, UnicodeDecodeError):
        return True  # let load_corpus say what is wrong with it
    return False


def load_corpus(path: str) -> list[ExtractedDocument]:
    """The documents of one extract output file; raise InputError (path, line) if it is unusable."""
    try:
        with open(path, encoding="utf-8-sig") as f:
            text = f.read()
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror or e}") from None
    except UnicodeDecodeError as e:
        raise InputError(path, f"not valid UTF-8 (byte {e.start})") from None
    if path.lower().endswith(".json"):
        return documents_from_json(path, _loads(path, text, 1))
    return documents_from_rows(path, _rows(path, text))


def _loads(path: str, text: str, first_line: int) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(path, f"line {first_line + e.lineno - 1}: not valid JSON ({e.msg} at column {e.colno})") from None


def _rows(path: str, text: str) -> Iterator[tuple[int, dict]]:
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            row = _loads(path, line, n)
            if not isinstance(row, dict):
                raise InputError(path, f"line {n}: not a JSON object")
            yield n, row


def documents_from_json(path: str, data: Any) -> list[ExtractedDocument]:
    """``{"documents": [{"path", "outlet"?, "text"?, "quotes": [...]}]}`` as documents."""
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise InputError(path, 'not extract output: no "documents" list')
    out = []
    for n, d in enumerate(data["documents"]):
        where = f"documents[{n}]"
        if not isinstance(d, dict) or not isinstance(d.get("path"), str):
            raise InputError(path, f'{where}: no "path"')
        quotes = d.get("quotes", [])
        if not isinstance(quotes, list):
            raise InputError(path, f'{where}: "quotes" is not a list')
        qs = tuple(_quote(path, f"{where}.quotes[{k}]", q) for k, q in enumerate(quotes))
        out.append(ExtractedDocument(_document(d), qs))
    return out


def documents_from_rows(path: str, rows: Iterable[tuple[int, dict]]) -> list[ExtractedDocument]:
    """JSONL rows, one quote per line carrying its document's ``path``, grouped back into documents."""
    docs: dict[str, tuple[dict, list[Quote]]] = {}
    for n, row in rows:
        if not isinstance(row.get("path"), str):
            raise InputError(path, f'line {n}: no "path"')
        meta, quotes = docs.setdefault(row["path"], (row, []))
        quotes.append(_quote(path, f"line {n}", row))
    return [ExtractedDocument(_document(meta), tuple(qs)) for meta, qs in docs.values()]


def _document(d: dict) -> Document:
    def opt(key):
        v = d.get(key)
        return v if isinstance(v, str) else None

    return Document(path=d["path"], text=opt("text") or "", outlet=opt("outlet"), title=opt("title"),
                    date=opt("date"), url=opt("url"))


def _quote(path: str, where: str, q: Any) -> Quote:
    if not isinstance(q, dict):
        raise InputError(path, f"{where}: not a JSON object")
    text, start, end = q.get("text"), q.get("start"), q.get("end")
    if not isinstance(text, str):
        raise InputError(path, f'{where}: "text" is missing or not a string')
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or not 0 <= start <= end:
        raise InputError(path, f'{where}: "start"/"end" must be offsets with start <= end')
    speaker = q.get("speaker")
    extra = {k: q[k] for k in _QUOTE_FIELDS if isinstance(q.get(k), str)}
    speech = q.get("speech", True)
    return Quote(text=text, start=start, end=end, paragraph=q.get("paragraph") if isinstance(q.get("paragraph"), int) else 0,
                 speech=speech if isinstance(speech, bool) else True,
                 speaker=speaker if isinstance(speaker, str) and speaker.strip() else None, **extra)
