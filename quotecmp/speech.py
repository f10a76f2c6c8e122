"""Tell speech from other quoted text: terms, scare quotes, titles, headlines, site furniture.

Plain functions over the text around a quote and what attribution found. Each returns a
short reason when the quote is not speech, or None when it is.
"""
from __future__ import annotations

import re

from . import lexicon as lx
from .model import Furniture

_WORD = re.compile(r"[\w’'-]+")
_SENTENCE_END = re.compile(r"[.!?…][”\"’')\]]*\s*$")


def kind_of(text: str, start: int, end: int, paragraph_start: int, mark: int = 1) -> str:
    """"direct" when the quote stands as a sentence of its own, "partial" when woven into one.

    ``mark`` is the length of the opening quote mark (2 for a typewriter ``''``).
    """
    before = text[paragraph_start:start - mark].rstrip()
    inner = text[start:end].lstrip("([ ")
    capital = bool(inner) and (inner[0].isupper() or inner[0].isdigit())
    if capital and (not before or before[-1] in ",:;—–-.!?" or before[-1] in "“‘\"'"):
        return "direct"
    return "partial"


def not_speech(text: str, start: int, end: int, para: tuple[int, int], furniture: tuple[Furniture, ...],
               has_cue: bool, nested: bool, mark: int = 1) -> str | None:
    """Why the quote at text[start:end] is not speech, or None if it is (or may be)."""
    for f in furniture:
        if f.start <= start and end <= f.end:
            return f"site furniture: {f.reason}"
    quote = text[start:end]
    words = _WORD.findall(quote)
    before = text[max(para[0], start - 40):start - mark]
    if before.endswith("-") and before[-2:-1].isalpha():
        return "quoted term (prefix)"  # anti-“Israel”
    low = before.lower().rstrip(" ,")
    if any(low.endswith(p) for p in lx.TERM_PREFIXES):
        return "quoted term"
    if _listed_after_term_prefix(text, start - mark, para[0]):
        return "quoted term"  # words such as “expects,” “plans” and “anticipates”
    if len(words) == 1 and quote.strip()[:1].isupper() and quote.strip()[-1:].isalnum():
        return "quoted name or term"  # “Israel”, “Veep”: a bare capitalized word is a name held in quotes
    if len(words) >= 1 and len(words) <= 8 and _title_case(words) and not _SENTENCE_END.search(quote) \
            and re.search(r"\b(?:[A-Z]{2,}|[A-Z][a-z]+ News)(?:'s|’s|'|’)\s*$", before):
        return "title of a programme"  # telling NBC's “Meet the Press”, on CNN's “State of the Union,”, on Fox News’ “Hadley,”
    if has_cue or nested:
        return None
    # (a list item below the headline, a whole sentence quoted and a note after it, "“I balanced eleven budgets.” --
    # on his record", is someone speaking)
    item = para[0] > 0 and not text[para[0]:start - mark].strip(" \t•*·-0123456789.)") and _SENTENCE_END.search(quote)
    if is_headline(text, para) and len(words) <= 8 and not lx.FIRST_PERSON & {w.lower() for w in words} and not item:
        return "in a headline"  # but “I never wanted to be a politician” is someone speaking
    if len(words) >= 2 and len(words) <= 8 and _title_case(words) and not _SENTENCE_END.search(quote):
        return "title or name"
    return None


# Between two quoted items of a list: a closing mark, then a comma, "and" or "or" ("“expects,” “plans” and “…”")
_LIST_LINK = re.compile(r"[”\"’']\s*(?:,\s*)?(?:(?:and|or)\s+)?$")


def _listed_after_term_prefix(text: str, open_mark: int, floor: int) -> bool:
    """Whether the quote opening at ``open_mark`` is a later item of a list of quoted words that a term prefix
    opens ("Words such as “expects,” “plans” and “anticipates”"): each earlier item is a term as the first is."""
    for _ in range(6):
        m = _LIST_LINK.search(text, max(floor, open_mark - 12), open_mark)
        if m is None:
            return False
        close = m.start()
        if not m.group()[1:].strip() and text[close - 1:close] != ",":
            return False  # (a sentence's end between them is no list: "terms such as “tax hike.” “It is a lie,” …")
        opener = {"”": "“", "’": "‘"}.get(text[close], text[close])
        prev = text.rfind(opener, max(floor, close - 60), close)
        if prev < 0:
            return False
        low = text[max(floor, prev - 40):prev].lower().rstrip(" ,")
        if any(low.endswith(p) for p in lx.TERM_PREFIXES):
            return True
        open_mark = prev
    return False


def _title_case(words: list[str]) -> bool:
    small = {"of", "the", "a", "an", "and", "or", "in", "on", "for", "to", "at", "by", "with", "from"}
    caps = [w for w in words if w.lower() not in small]
    return bool(caps) and all(w[0].isupper() or w[0].isdigit() for w in caps)


def is_headline(text: str, para: tuple[int, int]) -> bool:
    """A short line without a sentence's end, or in title case: a headline or a link."""
    line = text[para[0]:para[1]]
    words = _WORD.findall(line)
    if len(words) > 20:
        return False
    if not _SENTENCE_END.search(line):
        return True
    return len(words) >= 4 and sum(1 for w in words if w[0].isupper()) / len(words) > 0.6
