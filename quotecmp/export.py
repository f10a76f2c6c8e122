"""Turn results into JSON and JSONL with stable keys, and write files atomically.

The JSON meets the contract in ``shared/eval/score.py``: ``documents[].quotes[]`` with
``text``, ``start``, ``end``, ``speaker``; every other key is ours and is kept stable.
"""
from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO, Any

from .model import SCHEMA_VERSION, Document, ExtractedDocument, Quote, Skipped

QUOTE_KEYS = (
    "text", "start", "end", "speaker", "speaker_id", "speaker_kind", "speaker_mention", "cue", "kind", "speech",
    "confidence", "paragraph", "sieve", "nested", "group", "reason",
)


def quote_dict(q: Quote, explain: bool = False) -> dict[str, Any]:
    d = {k: getattr(q, k) for k in QUOTE_KEYS}
    d["confidence"] = round(q.confidence, 3)
    if explain:
        d["mention_start"], d["mention_end"] = q.mention_start, q.mention_end
        d["cue_start"], d["cue_end"] = q.cue_start, q.cue_end
        d["chain"] = list(q.chain)
    return d


def document_meta(doc: Document) -> dict[str, Any]:
    return {"path": doc.path, "outlet": doc.outlet, "title": doc.title, "date": doc.date,
            "url": doc.url, "encoding": doc.encoding, "format": doc.format}


def document_dict(ed: ExtractedDocument, include_text: bool = False, explain: bool = False) -> dict[str, Any]:
    d = document_meta(ed.document)
    if include_text:
        d["text"] = ed.document.text
    d["quotes"] = [quote_dict(q, explain) for q in ed.quotes]
    return d


def extract_json(docs: Iterable[ExtractedDocument], skipped: Iterable[Skipped] = (),
                 include_text: bool = False, explain: bool = False) -> dict[str, Any]:
    """The whole ``extract --format json`` object."""
    return {
        "schema_version": SCHEMA_VERSION,
        "documents": [document_dict(d, include_text, explain) for d in docs],
        "skipped": [{"path": s.path, "reason": s.reason} for s in skipped],
    }


def extract_jsonl_lines(ed: ExtractedDocument, explain: bool = False) -> Iterator[str]:
    """One line per quote, each carrying its document's path and outlet (``extract --format jsonl``)."""
    for q in ed.quotes:
        row = {"schema_version": SCHEMA_VERSION, "path": ed.document.path, "outlet": ed.document.outlet}
        row.update(quote_dict(q, explain))
        yield json.dumps(row, ensure_ascii=False)


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


class AtomicWriter:
    """A text file that appears at ``path`` only when closed without error (temp file + rename)."""

    def __init__(self, path: str):
        self.path = path
        folder = os.path.dirname(os.path.abspath(path))
        fd, self.tmp = tempfile.mkstemp(prefix=".quotecmp-", suffix=".tmp", dir=folder)
        self.file: IO[str] = os.fdopen(fd, "w", encoding="utf-8", newline="\n")

    def __enter__(self) -> IO[str]:
        return self.file

    def __exit__(self, exc_type, exc, tb) -> None:
        self.file.close()
        if exc_type is None:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(self.tmp, 0o666 & ~umask)  # as an ordinary new file would be, not mkstemp's 0600
            os.replace(self.tmp, self.path)
        else:
            os.unlink(self.tmp)


def write_atomic(path: str, text: str) -> None:
    with AtomicWriter(path) as f:
        f.write(text)


# --- align ------------------------------------------------------------------------------

def diff_op_dict(op) -> dict[str, Any]:
    """One diff operation of ``align``: offsets into the representative (a) and the member (b)."""
    return {"op": op.op, "a_start": op.a_start, "a_end": op.a_end, "b_start": op.b_start, "b_end": op.b_end,
            "a": op.a_text, "b": op.b_text, "flags": list(op.flags)}


def member_dict(m) -> dict[str, Any]:
    return {"path": m.path, "start": m.start, "end": m.end, "text": m.text, "outlet": m.outlet,
            "speaker": m.speaker, "similarity": round(m.similarity, 3), "relation": m.relation,
            "rep_start": m.rep_start, "rep_end": m.rep_end, "diff": [diff_op_dict(op) for op in m.diff]}


def align_json(result, skipped: Iterable[Skipped] = ()) -> dict[str, Any]:
    """The whole ``align --format json`` object; ``members`` includes the representative (first)."""
    return {
        "schema_version": SCHEMA_VERSION,
        "quotes": result.quotes,
        "clusters": [{"id": c.id, "speaker": c.speaker, "outlets": list(c.outlets),
                      "representative": member_dict(c.representative),
                      "members": [member_dict(m) for m in c.members]} for c in result.clusters],
        "skipped": [{"path": s.path, "reason": s.reason} for s in skipped],
    }
