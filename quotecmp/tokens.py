"""Small helpers over words and tokens that the cue grammar and the resolver share: folding a word
for lookups, the quote marks and dashes as tokens, entity types that never speak, ages."""
from __future__ import annotations

import functools
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

# Quote marks as spaCy's tokens.
QUOTE_MARK_TOKENS = frozenset({'"', "“", "”", "''", "``", "‘", "’", "'"})
HYPHENS = frozenset({"-", "‐"})
# A dash, as a token or a character: "-", "--", an em dash or an en dash.
DASHES = frozenset({"-", "--", "—", "–"})
# Entity types that never speak.
NOT_SPEAKERS = frozenset("DATE TIME CARDINAL ORDINAL MONEY PERCENT QUANTITY".split())


@functools.lru_cache(maxsize=1 << 16)
def fold(s: str) -> str:
    """Lower case without accents: the key names are compared by."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def _age_of(tok: "Token") -> str | None:
    """The number of an age written "69-year-old", given its last word."""
    d, i = tok.doc, tok.i
    if tok.lower_ != "old" or i < 4 or not (d[i - 1].text in HYPHENS and d[i - 2].lower_ in ("year", "years")
                                          and d[i - 3].text in HYPHENS and d[i - 4].like_num):
        return None
    return d[i - 4].lower_


def _age_description(tok: "Token") -> str | None:
    """The age "the 69-year-old" stands for, as a noun: the number."""
    age = _age_of(tok)
    # (the parser may hang "the" and the age on the verb: "“…,” the 39-year-old said")
    dets = list(tok.children) + (list(tok.head.children) if tok.dep_ == "amod" and tok.head.pos_ == "VERB" else [])
    return age if age is not None and any(c.dep_ == "det" and c.lower_ == "the" and c.i < tok.i for c in dets) else None
