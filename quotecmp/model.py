"""The data that flows between stages: frozen dataclasses carrying character offsets.

Offsets are Python string indices into ``Document.text`` (the decoded text), and for a
quote they exclude the quote marks, so ``doc.text[q.start:q.end] == q.text``.
No spaCy object ever appears here.
"""
from __future__ import annotations

from dataclasses import dataclass, field

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Furniture:
    """A span of site furniture (link list, comment form, byline blurb...) in a document."""

    start: int
    end: int
    reason: str


@dataclass(frozen=True)
class Document:
    """One article as read: its decoded text and what is known about where it came from."""

    path: str
    text: str
    encoding: str = "utf-8"
    format: str = "txt"
    outlet: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    furniture: tuple[Furniture, ...] = ()


@dataclass(frozen=True)
class Skipped:
    """An input that could not be used, and why (one line, for humans)."""

    path: str
    reason: str


@dataclass(frozen=True)
class QuoteSpan:
    """A quoted passage found by the scanner, before any attribution."""

    start: int
    end: int
    paragraph: int
    open_mark: str
    close_mark: str | None  # None: the quote ran to the paragraph end without a closing mark
    nested: bool = False  # inside another quotation
    group: int | None = None  # quotes that run over several paragraphs share a group id

    @property
    def outer_start(self) -> int:
        """Where the opening mark starts (a mark may be two characters: ``''``)."""
        return self.start - len(self.open_mark)

    @property
    def outer_end(self) -> int:
        """Just past the closing mark, or the quote's end when it has none."""
        return self.end + len(self.close_mark or "")


@dataclass(frozen=True)
class Quote:
    """A quotation with its attribution. ``speaker`` is a name, never a pronoun or a title."""

    text: str
    start: int
    end: int
    paragraph: int
    kind: str = "direct"  # "direct": a whole utterance; "partial": a fragment woven into a sentence
    speech: bool = True  # False for scare quotes, terms, titles, site furniture
    speaker: str | None = None
    speaker_id: str | None = None
    speaker_kind: str | None = None  # person | organization | unnamed (a description as written) | None
    speaker_mention: str | None = None
    mention_start: int | None = None
    mention_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    confidence: float = 0.0
    sieve: str | None = None  # which attribution rule decided the speaker
    chain: tuple[str, ...] = ()  # how the mention was resolved to the name, step by step
    resolution: str | None = None  # name | title | pronoun | org | file | unnamed | unresolved
    nested: bool = False
    group: int | None = None
    reason: str | None = None  # why speech is False


@dataclass(frozen=True)
class ExtractedDocument:
    """A document and the quotes found in it, in document order."""

    document: Document
    quotes: tuple[Quote, ...] = field(default_factory=tuple)
