"""Word alignment of two renderings of one utterance, as character-exact diff operations.

``diff(a, b)`` returns ``DiffOp``s that partition both strings: joining the ``a_text`` of
every op gives ``a`` back, joining the ``b_text`` gives ``b``. An ``equal`` op has the same
characters on both sides; ``replace``, ``insert`` (words only in ``b``) and ``delete`` (words
only in ``a``, "omitted") carry flags a fact-checker must not miss: an ``editorial`` bracket,
a changed ``number``, a changed ``name``, or a change of ``case`` / ``punct`` only.

Words are aligned on a normal form (case, accents, apostrophes, light stemming), so "Resist"
and "resisting" line up. Inside a replaced stretch, words are paired by how alike they are
(shared stem, character similarity), not by position alone; what cannot be paired becomes an
insertion or an omission.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz.distance import Indel, Levenshtein
from rapidfuzz.fuzz import ratio

# A word (with inner apostrophes, hyphens, dots: "U.S.", "24-hour", "don’t"), or one other visible character.
_UNIT = re.compile(r"[^\W_]+(?:[’'\-.][^\W_]+)*|[^\w\s]|_")
_WORD = re.compile(r"[^\W_]+(?:[’'\-.][^\W_]+)*")
_CLITIC = re.compile(r"(?i)^(.+?)(n[’']t|[’'](?:re|ll|ve|m|d))$")
_PRONOUN_S = re.compile(r"(?i)^(it|that|he|she|there|here|what|who|where|let)[’'](s)$")

CLITICS = {"n't": "not", "'re": "are", "'ll": "will", "'ve": "have", "'m": "am", "'d": "would", "'s": "is"}
CLITIC_HOSTS = {"ca": "can", "wo": "will", "sha": "shall"}  # can't, won't, shan't
LET_US = {"let": "us"}

# Suffixes removed (longest first) when a stem of at least four letters remains.
SUFFIXES = ("ational", "ization", "fulness", "ousness", "iveness", "ations", "ements", "ement", "ments", "ation",
            "ances", "ences", "ities", "ously", "ingly", "ness", "ment", "ance", "ence", "ings", "able", "ible",
            "ful", "ity", "ive", "ous", "ing", "ion", "ies", "ied", "ers", "est", "ly", "ed", "er", "es", "s")
NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion "
    "half third quarter dozen percent first second".split())
OPEN_BRACKETS, CLOSE_BRACKETS = "[(", "])"
SENTENCE_OPENERS = frozenset(".!?:;\"“‘(—–-")
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-"})


class Unit(NamedTuple):
    """One word or punctuation mark of a text: its characters, offsets and alignment key (immutable)."""

    text: str
    start: int
    end: int
    key: str  # normal form used for alignment ("resist" for "Resisting")
    word: bool  # False for punctuation
    bracket: bool = False  # inside [...] or (...) in the text
    initial: bool = False  # first word of the text or of a sentence (its capital says nothing)


@dataclass(frozen=True)
class DiffOp:
    """One step of the alignment: ``a[a_start:a_end]`` became ``b[b_start:b_end]``."""

    op: str  # equal | replace | insert | delete
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    a_text: str
    b_text: str
    flags: tuple[str, ...] = ()  # editorial, number, name, case, punct


@lru_cache(maxsize=200_000)
def fold(s: str) -> str:
    """Lower case, accents removed, typographic apostrophes and quotes made plain."""
    s = unicodedata.normalize("NFKD", s.translate(APOSTROPHES))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light stem of a folded word: possessive and common suffixes removed ("successful" → "success")."""
    w = word
    if w.endswith("'s") or w.endswith("s'"):
        w = w[:-2] if w.endswith("'s") else w[:-1]
    w = w.replace("'", "")
    if w.isdigit() or len(w) <= 4:
        return w
    for suffix in SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of the words of a text, clitics apart — the fast path of ``units`` for matching."""
    out = []
    for m in _WORD.finditer(text):
        s = m.start()
        for us, ue, key in _word_parts(m.group()):
            out.append((s + us, s + ue, key))
    return out


def units(text: str) -> list[Unit]:
    """Split a text into words and punctuation marks, with clitics (``n't``, ``'re``) as words of their own."""
    out: list[Unit] = []
    depth = 0
    for m in _UNIT.finditer(text):
        s, e, t = m.start(), m.end(), m.group()
        if t in OPEN_BRACKETS:
            depth += 1
        if not (t[0].isalnum() or t[0] == "_"):
            out.append(Unit(t, s, e, t.translate(APOSTROPHES), False, depth > 0 or t in CLOSE_BRACKETS))
            if t in CLOSE_BRACKETS:
                depth = max(0, depth - 1)
            continue
        initial = not out or out[-1].text in SENTENCE_OPENERS
        for us, ue, key in _word_parts(t):
            out.append(Unit(t[us:ue], s + us, s + ue, key, True, depth > 0, initial))
            initial = False
    return out


@lru_cache(maxsize=200_000)
def _word_parts(t: str) -> tuple[tuple[int, int, str], ...]:
    """A word as (start, end, key) parts: "don’t" → do + not, "it’s" → it + is, "Iran’s" → iran."""
    folded = fold(t)
    if len(folded) != len(t):  # a character that decomposes oddly: keep the word whole
        return ((0, len(t), stem(folded)),)
    m = _PRONOUN_S.match(folded)
    if m:
        host = m.group(1)
        return ((0, len(host), host), (len(host), len(t), LET_US.get(host, "is")))
    m = _CLITIC.match(folded)
    if m and m.group(1).isalpha():
        host, clitic = m.group(1), m.group(2)
        return ((0, len(host), CLITIC_HOSTS.get(host, stem(host))), (len(host), len(t), CLITICS.get(clitic, clitic)))
    return ((0, len(t), stem(folded)),)


_KEYS: dict[str, tuple[str, ...]] = {}  # word → its keys (a plain dict: this is the hot path at 100k quotes)


def word_keys(text: str) -> list[str]:
    """The alignment keys of the words of a text (punctuation left out), as ``word_spans`` gives them."""
    out: list[str] = []
    cache = _KEYS
    for w in _WORD.findall(text):
        ks = cache.get(w)
        if ks is None:
            ks = tuple(p[2] for p in _word_parts(w))
            if len(cache) < 500_000:
                cache[w] = ks
        out += ks
    return out


def alike(a: str, b: str) -> float:
    """How alike two word keys are, 0..1: 1 for the same key, high for a shared stem or spelling."""
    if a == b:
        return 1.0
    if len(a) >= 4 and len(b) >= 4 and (a.startswith(b) or b.startswith(a)):
        return 0.9
    if a.isdigit() or b.isdigit():
        return 0.0
    return ratio(a, b) / 100.0


PAIR_MIN = 0.6  # two words at least this alike are paired (the same word in another form or spelling)

Step = tuple[tuple[int, ...], tuple[int, ...]]  # units of a and units of b that correspond


def pair_words(a_keys: list[str], b_keys: list[str]) -> list[Step]:
    """Correspondences between two stretches of differing words, in order.

    Stretches of equal length pair word by word (a translator's substitutions). Otherwise a
    small DP pairs the words that are alike (``alike`` ≥ ``PAIR_MIN``); the words left between
    two pairs become one many-to-many replacement, or an insertion or omission when one side
    has none.
    """
    n, m = len(a_keys), len(b_keys)
    if n == m:
        return [((i,), (i,)) for i in range(n)]
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            s = alike(a_keys[i], b_keys[j])
            take = score[i + 1][j + 1] + (s if s >= PAIR_MIN else 0.0)
            score[i][j] = max(take, score[i + 1][j], score[i][j + 1])
    pairs: list[tuple[int, int]] = []
    i = j = 0
    while i < n and j < m:
        s = alike(a_keys[i], b_keys[j])
        if s >= PAIR_MIN and score[i][j] == score[i + 1][j + 1] + s:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif score[i][j] == score[i + 1][j]:
            i += 1
        else:
            j += 1
    steps: list[Step] = []
    pi = pj = 0
    for i, j in pairs + [(n, m)]:
        if pi < i or pj < j:
            steps.append((tuple(range(pi, i)), tuple(range(pj, j))))
        if i < n:
            steps.append(((i,), (j,)))
        pi, pj = i + 1, j + 1
    return steps


def align_units(ua: list[Unit], ub: list[Unit]) -> list[Step]:
    """Align two unit lists: matching keys first (Indel LCS), then likeness-pairing inside replaced stretches."""
    steps: list[Step] = []
    dels: list[int] = []
    ins: list[int] = []

    def flush():
        if dels and ins:
            for sa, sb in pair_words([ua[d].key for d in dels], [ub[n].key for n in ins]):
                steps.append((tuple(dels[x] for x in sa), tuple(ins[x] for x in sb)))
        elif dels or ins:
            steps.append((tuple(dels), tuple(ins)))
        dels.clear()
        ins.clear()

    for tag, i1, i2, j1, j2 in Indel.opcodes([u.key for u in ua], [u.key for u in ub]):
        if tag == "equal":
            flush()
            steps += [((i1 + k,), (j1 + k,)) for k in range(i2 - i1)]
        else:
            dels += range(i1, i2)
            ins += range(j1, j2)
    flush()
    return steps


def diff(a: str, b: str) -> list[DiffOp]:
    """Character-exact diff operations turning ``a`` (the representative) into ``b`` (a member)."""
    ua, ub = units(a), units(b)
    steps = align_units(ua, ub)
    ops: list[DiffOp] = []
    pa = pb = 0  # characters consumed so far on each side
    for n, (ia, jb) in enumerate(steps):
        # each step owns the spaces before its units; the last step also takes what trails
        last = n == len(steps) - 1
        ae = len(a) if last else (ua[ia[-1]].end if ia else pa)
        be = len(b) if last else (ub[jb[-1]].end if jb else pb)
        ops.append(_op(a, b, pa, ae, pb, be, [ua[i] for i in ia], [ub[j] for j in jb]))
        pa, pb = ae, be
    if not steps and (a or b):
        ops.append(_op(a, b, 0, len(a), 0, len(b), [], []))  # no words at all: white space or nothing
    return merge(ops)


def _op(a: str, b: str, as_: int, ae: int, bs: int, be: int, ua: list[Unit], ub: list[Unit]) -> DiffOp:
    at, bt = a[as_:ae], b[bs:be]
    if at == bt:
        return DiffOp("equal", as_, ae, bs, be, at, bt)
    kind = "replace" if ua and ub else "delete" if ua else "insert" if ub else "replace"
    return DiffOp(kind, as_, ae, bs, be, at, bt, flags_of(at, bt, ua, ub))


def flags_of(at: str, bt: str, ua: list[Unit], ub: list[Unit]) -> tuple[str, ...]:
    """What a reader should notice about one change."""
    flags = []
    if any(u.bracket for u in ua + ub) or _has_bracket(at) or _has_bracket(bt):
        flags.append("editorial")
    if _numbers(at) != _numbers(bt):
        flags.append("number")
    if "editorial" not in flags and _names(at, ua) != _names(bt, ub):
        flags.append("name")
    words_a, words_b = [u for u in ua if u.word], [u for u in ub if u.word]
    if not words_a and not words_b:
        flags.append("punct")
    elif [u.key for u in words_a] == [u.key for u in words_b]:
        lower_a, lower_b = [u.text.lower() for u in words_a], [u.text.lower() for u in words_b]
        same_letters = [fold(u.text) for u in words_a] == [fold(u.text) for u in words_b]
        flags.append("punct" if same_letters and lower_a != lower_b else  # ’ for ', an accent
                     "case" if lower_a == lower_b and [u.text for u in words_a] != [u.text for u in words_b] else
                     "punct" if same_letters else "form")
    return tuple(flags)


def _has_bracket(s: str) -> bool:
    return any(c in s for c in "[]")


def _numbers(s: str) -> tuple[str, ...]:
    words = re.findall(r"[\w.,]+", fold(s))
    return tuple(w.strip(".,") for w in words if any(c.isdigit() for c in w) or w.strip(".,") in NUMBER_WORDS)


def _names(s: str, us: list[Unit]) -> tuple[str, ...]:
    """Capitalised words of a change that are not just the start of a sentence."""
    if not us:
        us = units(s)
    return tuple(u.key for u in us if u.word and u.text[:1].isupper() and u.text != "I" and not u.initial)


def merge(ops: list[DiffOp]) -> list[DiffOp]:
    """Join neighbouring ops of the same kind (equal runs, insertion runs, omission runs; replacements stay apart)."""
    out: list[DiffOp] = []
    for op in ops:
        prev = out[-1] if out else None
        if prev and prev.op == op.op and op.op in ("equal", "insert", "delete"):
            at, bt = prev.a_text + op.a_text, prev.b_text + op.b_text
            flags = () if op.op == "equal" else _run_flags(prev.flags + op.flags, at + bt)
            out[-1] = DiffOp(op.op, prev.a_start, op.a_end, prev.b_start, op.b_end, at, bt, flags)
        else:
            out.append(op)
    return out


def _run_flags(flags: tuple[str, ...], text: str) -> tuple[str, ...]:
    """Flags of a joined run: a run that holds words is no longer punctuation-only."""
    has_words = any(c.isalnum() for c in text)
    return tuple(f for f in dict.fromkeys(flags) if not (has_words and f == "punct"))


def changes(ops: list[DiffOp]) -> list[DiffOp]:
    """The ops that are not ``equal``."""
    return [op for op in ops if op.op != "equal"]


def apply(a: str, ops: list[DiffOp]) -> str:
    """Rebuild the member from the representative and the ops (checks that the ops fit ``a``)."""
    out, pos = [], 0
    for op in ops:
        if op.a_start != pos or a[op.a_start:op.a_end] != op.a_text:
            raise ValueError(f"op does not fit the text at {op.a_start}")
        out.append(op.b_text)
        pos = op.a_end
    if pos != len(a):
        raise ValueError("ops do not cover the text")
    return "".join(out)


def word_similarity(a: str, b: str) -> float:
    """Share of words the two texts have in the same order (normalised Levenshtein on word keys), 0..1."""
    ka, kb = word_keys(a), word_keys(b)
    if not ka and not kb:
        return 1.0
    return Levenshtein.normalized_similarity(ka, kb)


def diff_within(a: str, start: int, end: int, b: str) -> list[DiffOp]:
    """Diff of ``b`` against the stretch ``a[start:end]``; ``a`` outside it is omitted (flag ``outside``).

    The ops still partition the whole of ``a`` and ``b``, so ``apply(a, ops) == b``.
    """
    ops = [DiffOp(op.op, op.a_start + start, op.a_end + start, op.b_start, op.b_end, op.a_text, op.b_text, op.flags)
           for op in diff(a[start:end], b)]
    if not ops and b:
        ops = [DiffOp("insert", start, start, 0, len(b), "", b)]
    head = [DiffOp("delete", 0, start, 0, 0, a[:start], "", ("outside",))] if start > 0 else []
    tail = [DiffOp("delete", end, len(a), len(b), len(b), a[end:], "", ("outside",))] if end < len(a) else []
    return head + ops + tail
