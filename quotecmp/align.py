"""Group renderings of one utterance across documents, and align each against the most complete one.

The pipeline, in three steps that never score all pairs:

1. **Candidates.** Quotes are blocked by speaker (the last word of the name, case and accents
   ignored: "Imam Tavakoli" and "Hamid Tavakoli" share a block). Inside a block an inverted
   index of word stems finds quotes that share one of a quote's rarest words; across blocks
   (a quote whose speaker is unknown) an index of word trigrams finds near-verbatim copies.
   Two quotes of one document are never paired.
2. **Verification.** A pair is aligned word by word (rapidfuzz, on word stems): the shorter
   quote is located in the longer one, and the matched stretch must hold most of the shorter
   quote's words in order, with enough of them content words. A short fragment may lean on
   the words of its own sentence around it ("…a detailed roadmap for cooperation, “especially
   in science”") when the document text is known.
3. **Clusters.** Pairs are merged strongest first. Two groups join only if they share no
   document, have no two different named speakers, and their representatives (the most
   complete renderings) verify against each other — so one loose link cannot chain unrelated
   quotes together. The result does not depend on input order.

Every member carries its relation to the representative (verbatim, punctuation/case, minor
wording, translation/paraphrase, fragment, extended), the sub-span of the representative it
matches, and word-level diff operations (``quotecmp.diff``).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Indel
from rapidfuzz.fuzz import partial_ratio_alignment

from .diff import DiffOp, alike, diff, diff_within, word_keys, word_spans
from .errors import UsageError
from .model import ExtractedDocument

# --- constants (data, not logic) ---------------------------------------------------------

DEFAULT_MIN_SIMILARITY = 0.5
STOPWORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being below between both but by
can could did do does doing down during each few for from further had has have having he her here hers herself him
himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or
other our ours ourselves out over own same she should so some such than that the their theirs them themselves then
there these they this those through to too under until up us very was we were what when where which while who whom
why will with would you your yours yourself yourselves also said says say mr ms mrs one may might must shall""".split())
STOP_WEIGHT = 0.25  # a function word counts a quarter of a content word
FUZZY_WEIGHT = 0.7  # a word matched by likeness (another form, a spelling) counts this much of an exact one
SIGNATURE_WORDS = 4  # rarest content words of a quote used to look up candidates
SIGNATURE_SHINGLES = 3  # rarest word trigrams used to look up near-verbatim candidates
PREFILTER_SHARED = 2  # content words two quotes must share before they are aligned word by word
PREFILTER_SHARE = 0.35  # ... and this share of the smaller one's content words
PREFILTER_COVERAGE = 0.45  # ... and this share of the shorter one's weight found among the other's words
MAX_POSTING = 400  # a key shared by more quotes than this in a block finds no candidates (too common)
MIN_HITS = 2  # a candidate shares at least this many of a quote's looked-up keys (when it has that many)
POSTING_BUDGET = 200  # past the two rarest keys, stop looking up once this many quotes were gathered
STOCK_DOCS = 5  # a short phrase found in this many quotes is a stock phrase, no evidence alone
STOCK_MAX_WORDS = 12  # ... when it is shorter than this
CONTEXT_CHARS = 300  # how far the sentence around a quote is looked for
CONTEXT_WORDS = 12  # words of a quote's own sentence, on each side, that may support a short fragment

# verification thresholds
MIN_CONTENT_MATCHED = 3  # content words the matched stretch must share
SKELETON_SCORE = 0.7  # two content words suffice when the rest of the sentence agrees this well
MIN_COVERAGE = 0.6  # share of the shorter quote (weighted) found in the longer one
NEAR_VERBATIM = 0.88  # word-level similarity for quotes whose speaker is unknown
NEAR_VERBATIM_MIN_WORDS = 5
MIN_WORDS = 5  # a matched stretch shorter than this is a phrase, not a rendering of an utterance
SHORT_FRAGMENT = 8  # a fragment shorter than this, not near-verbatim, needs its own sentence to agree
RELATIONS = ("representative", "verbatim", "punctuation", "minor", "translation", "fragment", "extended")
FRAGMENT_SHARE = 0.8  # a member matching less than this share of the representative is a fragment
MINOR_WORDING = 0.8  # word-level similarity above which differences are "minor wording"


# --- results -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Member:
    """One rendering in a cluster, aligned against the representative.

    ``rep_start``/``rep_end`` are offsets into the representative's text: the stretch this
    member renders. ``diff`` turns that whole representative text into this member's text
    (words outside the stretch are omissions).
    """

    path: str
    start: int
    end: int
    text: str
    outlet: str | None
    speaker: str | None
    similarity: float
    relation: str
    rep_start: int
    rep_end: int
    diff: tuple[DiffOp, ...] = ()


@dataclass(frozen=True)
class Cluster:
    """Renderings of one utterance; ``members`` includes the representative (first)."""

    id: str
    speaker: str | None
    representative: Member
    members: tuple[Member, ...]

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.outlet or m.path for m in self.members))


@dataclass(frozen=True)
class AlignResult:
    """Clusters of two or more renderings, and how much work finding them took."""

    clusters: tuple[Cluster, ...]
    quotes: int
    candidates: int
    verified: int


@dataclass(frozen=True)
class PairMatch:
    """How the shorter quote ``s`` of a pair sits in the longer quote ``l``.

    Spans are word indexes ``[start, end)`` into each quote's words.
    """

    s: int
    l: int
    score: float  # weighted Dice of the matched stretch, 0..1
    coverage: float  # share of the shorter quote's weight matched
    l_coverage: float  # share of the longer quote's weight matched
    s_span: tuple[int, int]
    l_span: tuple[int, int]
    content: int  # content words matched
    verbatim: float  # word-level similarity of the two stretches (normalised Levenshtein)
    s_core: tuple[int, int] = (0, 0)  # the stretches from first to last matched word (spans may reach
    l_core: tuple[int, int] = (0, 0)  # further, over differing words that face each other at the ends)


# --- preparing quotes --------------------------------------------------------------------

class _Item:
    """A quote ready for matching (internal; slots for memory at 100k quotes)."""

    __slots__ = ("idx", "doc", "path", "start", "end", "text", "outlet", "speaker", "skey", "words", "_offsets",
                 "keys", "chars", "weights", "content", "before", "after", "total", "nested", "kset", "source", "cchars")

    def __init__(self, idx, doc, path, start, end, text, outlet, speaker, skey):
        self.idx, self.doc, self.path, self.start, self.end = idx, doc, path, start, end
        self.text, self.outlet, self.speaker, self.skey = text, outlet, speaker, skey
        self._offsets = None

    @property
    def offsets(self) -> list[tuple[int, int]]:
        """Character offsets of the words (computed when first needed: most quotes never need them)."""
        if self._offsets is None:
            self._offsets = [(s, e) for s, e, _ in word_spans(self.text)]
        return self._offsets


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=100_000)
def speaker_key(name: str | None, kind: str | None = None, speaker_id: str | None = None) -> str | None:
    """The blocking key of a speaker: the surname, lower case, accents stripped; None when unknown.

    A description ("A campaign official") has no key. A long mention is cut at its first comma
    segment that ends in a capitalised word ("76-year-old Morton Blackwell, founder of …" → blackwell).
    """
    if kind == "unnamed":
        return None
    for part in re.split(r"[,;(]", name or ""):
        words = re.findall(r"[^\W\d_][\w'’.\-]*", part)
        if words and words[-1][:1].isupper():
            return re.sub(r"[^a-z0-9]", "", fold(words[-1].split("-")[-1])) or None
    if speaker_id and not name:
        tail = re.findall(r"[a-z0-9]+", fold(speaker_id))
        return tail[-1] if tail else None
    return None


def _is_content(key: str) -> bool:
    return key not in STOPWORDS and not (len(key) == 1 and not key.isdigit())


_SENTENCE_END = re.compile(r"[.!?][”\"’')\]]*\s|\n")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` (a cheap splitter), at most ``CONTEXT_CHARS`` each side."""
    lo = max(0, start - CONTEXT_CHARS)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, max(lo, start - 1))]
    right = _SENTENCE_END.search(text, end, min(len(text), end + CONTEXT_CHARS))
    return (ends[-1] if ends else lo), (right.start() if right else min(len(text), end + CONTEXT_CHARS))


def _context(text: str | None, start: int, end: int) -> tuple[list[str], list[str]]:
    """Content-word keys of the quote's own sentence before and after it (nearest words last/first)."""
    if not text:
        return [], []
    s, e = _sentence_bounds(text, start, end)
    before = [k for _, _, k in word_spans(text[s:start]) if _is_content(k)][-CONTEXT_WORDS:]
    after = [k for _, _, k in word_spans(text[end:e]) if _is_content(k)][:CONTEXT_WORDS]
    return before, after


_BRACKETS = re.compile(r"\[[^\]]*\]")


def _brackets(text: str) -> list[tuple[int, int]]:
    """Character ranges of editorial insertions in square brackets."""
    return [(m.start(), m.end()) for m in _BRACKETS.finditer(text)] if "[" in text else []


_INNER_QUOTES = re.compile(r"‘(?:[^’]|’(?=\w))+’(?!\w)|“[^”]+”|\"[^\"]+\"|(?<!\w)'(?:[^']|'(?=\w))+'(?!\w)")


def _nested_quotes(text: str) -> list[tuple[int, int]]:
    """Character ranges of quotations inside a quote (someone else's words)."""
    return [(m.start(), m.end()) for m in _INNER_QUOTES.finditer(text)]


class _Vocab:
    """Word keys as single characters, so rapidfuzz aligns word sequences at C speed."""

    def __init__(self):
        self.ids: dict[str, str] = {}
        self.content: dict[str, bool] = {}  # key → is a content word

    def chars(self, keys: Sequence[str]) -> str:
        ids = self.ids
        try:
            return "".join([ids[k] for k in keys])
        except KeyError:
            for k in keys:
                if k not in ids:
                    n = len(ids) + 0x100
                    if n >= 0xD800:  # skip the surrogate range
                        n += 0x800
                    ids[k] = chr(n)
                    self.content[k] = _is_content(k)
            return "".join([ids[k] for k in keys])


def prepare(docs: Iterable[ExtractedDocument], speaker: str | None = None) -> list[_Item]:
    """Speech quotes of the documents as items, in a canonical order (path, start, end)."""
    want = speaker_key(speaker) if speaker else None
    if speaker and not want:
        raise UsageError(f"--speaker {speaker!r} has no name to match")
    raw = []
    for d, ed in enumerate(docs):
        doc = ed.document
        for q in ed.quotes:
            if not q.speech or not q.text.strip():
                continue
            skey = speaker_key(q.speaker, q.speaker_kind, q.speaker_id)
            if want and skey != want:
                continue
            raw.append((doc.path, q.start, q.end, q.text, doc.outlet, q.speaker, skey, doc.text))
    raw.sort(key=lambda r: (r[0], r[1], r[2], r[3]))
    vocab = _Vocab()
    items, doc_ids = [], {}
    for path, start, end, text, outlet, spk, skey, doc_text in raw:
        it = _Item(len(items), doc_ids.setdefault(path, len(doc_ids)), path, start, end, text, outlet, spk, skey)
        it.keys = word_keys(text)
        it.words = len(it.keys)
        it.chars = vocab.chars(it.keys)
        editorial = _brackets(text)
        inside = [any(bs <= s < be for bs, be in editorial) for s, _ in it.offsets] if editorial else [False] * it.words
        is_content = vocab.content
        it.content = [is_content[k] and not ins for k, ins in zip(it.keys, inside)]
        # words an editor added in brackets are not the speaker's: they weigh nothing
        it.weights = [0.0 if ins else 1.0 if c else STOP_WEIGHT for c, ins in zip(it.content, inside)]
        it.total = sum(it.weights)
        it.kset = set(it.chars)
        it.cchars = {c for c, cont in zip(it.chars, it.content) if cont}
        it.source = doc_text  # the sentence around the quote is read only if a match needs it
        it.before = it.after = None
        it.nested = _nested_quotes(text)
        items.append(it)
    return items


# --- candidates ----------------------------------------------------------------------------

def candidates(items: Sequence[_Item]) -> tuple[set[tuple[int, int]], Counter]:
    """Pairs (i < j) worth verifying: same speaker block sharing rare words, or (for a quote whose
    speaker is unknown) shared rare word trigrams; and enough content words in common (``plausible``).

    Also returns in how many quotes each word trigram occurs (to tell stock phrases).
    """
    pairs: set[tuple[int, int]] = set()
    blocks: dict[str, list[_Item]] = defaultdict(list)
    for it in items:
        if it.skey:
            blocks[it.skey].append(it)
    for block in blocks.values():
        _collect(items, block, pairs, lambda it: it.cchars, SIGNATURE_WORDS)
    trigrams = [{it.chars[i:i + 3] for i in range(it.words - 2)} for it in items]
    counts: Counter = Counter()
    for grams in trigrams:
        counts.update(grams)
    # quotes of unknown speakers look for near-verbatim copies among all quotes, by their rarest trigrams
    unknown = [it for it in items if not it.skey]
    wanted = set().union(*(trigrams[it.idx] for it in unknown))
    if wanted:
        _collect(items, items, pairs, lambda it: trigrams[it.idx] & wanted, SIGNATURE_SHINGLES,
                 query=lambda it: not it.skey)
        # ... and a named speaker's fragment finds the unknown speaker's longer quote that holds it
        index: dict = defaultdict(list)
        for it in unknown:
            for g in trigrams[it.idx]:
                index[g].append(it.idx)
        _query(items, [it for it in items if it.skey], pairs, lambda it: trigrams[it.idx] & wanted, SIGNATURE_SHINGLES,
               index)
    return pairs, counts


def _collect(items, subset, pairs, keys_of, signature_size, query=None) -> dict:
    """Index every key of the subset's items; look each (that ``query`` accepts) up by its rarest keys."""
    postings: dict = defaultdict(list)
    for it in subset:
        for k in keys_of(it):
            postings[k].append(it.idx)
    asking = [it for it in subset if query is None or query(it)]
    _query(items, asking, pairs, keys_of, signature_size, postings, own=True)
    return postings


def _query(items, asking, pairs, keys_of, signature_size, postings, own=False) -> None:
    """Add the plausible pairs each asking item finds through its rarest keys in ``postings``.

    ``own``: the asking items are in the index themselves (a key only they hold finds nothing).
    """
    least = 2 if own else 1
    for it in asking:
        usable = sorted((len(postings[k]), k) for k in keys_of(it) if k in postings and least <= len(postings[k]) <= MAX_POSTING)
        found: Counter = Counter()
        budget = used = 0
        for size, k in usable[:signature_size]:
            if used >= 2 and budget + size > POSTING_BUDGET:
                break  # the rarest keys were looked up; the rest are too common to be worth it
            budget += size
            used += 1
            found.update(postings[k])
        need = min(used, MIN_HITS)  # quotes that share two of the rarest keys, not just one
        i = it.idx
        for j, hits in found.items():
            if hits >= need and j != i and items[j].doc != it.doc and ((i, j) if i < j else (j, i)) not in pairs \
                    and plausible(it, items[j]):
                pairs.add((i, j) if i < j else (j, i))


def plausible(a: _Item, b: _Item) -> bool:
    """A cheap test before aligning: enough content words in common (as sets)."""
    shared = len(a.cchars & b.cchars)
    if shared < PREFILTER_SHARED or shared < PREFILTER_SHARE * min(len(a.cchars), len(b.cchars)):
        return a.chars == b.chars and a.words > MIN_WORDS  # the same words: a copy, however plain
    s, l = (a, b) if a.total <= b.total else (b, a)
    found = sum(w for c, w in zip(s.chars, s.weights) if c in l.kset)
    return found >= PREFILTER_COVERAGE * s.total


# --- verification --------------------------------------------------------------------------

def match(a: _Item, b: _Item) -> PairMatch:
    """Locate the shorter quote in the longer one and measure the matched stretch."""
    if (a.total, a.words, a.idx) > (b.total, b.words, b.idx):
        a, b = b, a
    s, l = a, b
    lo, hi = 0, l.words
    if l.words > s.words * 1.5 + 4:  # a fragment: find the best window of the long quote, widened a little
        al = partial_ratio_alignment(s.chars, l.chars)
        if al is not None:
            slack = max(3, s.words // 3)
            lo, hi = max(0, al.dest_start - slack), min(l.words, al.dest_end + slack)
    matched_s, matched_l = _matched(s, l, lo, hi)
    if not matched_s:
        return PairMatch(s.idx, l.idx, 0.0, 0.0, 0.0, (0, 0), (lo, lo), 0, 0.0, (0, 0), (lo, lo))
    s_core = (min(matched_s), max(matched_s) + 1)
    l_core = (min(matched_l), max(matched_l) + 1)
    s_span, l_span = _spans(s, s_core, l_core, lo, hi)
    ws = sum(w * s.weights[i] for i, w in matched_s.items())
    wl = sum(w * l.weights[j] for j, w in matched_l.items())
    l_tot = sum(l.weights[l_core[0]:l_core[1]])
    score = (ws + wl) / (s.total + l_tot) if s.total + l_tot else 0.0
    content = sum(1 for i, w in matched_s.items() if s.content[i] and w >= 1.0)
    verbatim = Indel.normalized_similarity(s.chars[s_core[0]:s_core[1]], l.chars[l_core[0]:l_core[1]])
    return PairMatch(s.idx, l.idx, round(score, 4), round(ws / s.total, 4) if s.total else 0.0,
                     round(wl / l.total, 4) if l.total else 0.0, s_span, l_span, content, round(verbatim, 4),
                     s_core, l_core)


def _matched(s: _Item, l: _Item, lo: int, hi: int) -> tuple[dict[int, float], dict[int, float]]:
    """Word indexes matched in order (LCS), plus likeness pairs inside replaced stretches: index → credit."""
    ms: dict[int, float] = {}
    ml: dict[int, float] = {}
    for op in Indel.opcodes(s.chars, l.chars[lo:hi]):
        if op.tag == "equal":
            for k in range(op.src_end - op.src_start):
                ms[op.src_start + k] = ml[lo + op.dest_start + k] = 1.0
        elif op.tag == "replace":
            _likeness_pairs(s, l, op.src_start, op.src_end, lo + op.dest_start, lo + op.dest_end, ms, ml)
    return _trim_edges(s, ms, ml)


def _spans(s: _Item, s_core: tuple[int, int], l_core: tuple[int, int], lo: int,
           hi: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """The matched stretches, widened over unmatched words at either end that face each other.

    "…were very genuine and brave." against "…were quite correct and highly courageous." ends in
    words that differ on both sides: a substitution, so both stretches run to the end.
    """
    (s0, s1), (l0, l1) = s_core, l_core
    head_s, head_l = s0, l0 - lo
    if head_s and head_l:
        s0, l0 = 0, l0 - min(head_l, head_s + head_s // 2 + 1)
    tail_s, tail_l = s.words - s1, hi - l1
    if tail_s and tail_l:
        s1, l1 = s.words, l1 + min(tail_l, tail_s + tail_s // 2 + 1)
    return (s0, s1), (l0, l1)


def _trim_edges(s: _Item, ms: dict[int, float], ml: dict[int, float]) -> tuple[dict[int, float], dict[int, float]]:
    """Drop function words matched at either end away from the rest ("in" of another clause)."""
    pairs = sorted(zip(sorted(ms), sorted(ml)))
    while len(pairs) > 1 and not s.content[pairs[0][0]] and pairs[1][1] - pairs[0][1] > 2:
        pairs.pop(0)
    while len(pairs) > 1 and not s.content[pairs[-1][0]] and pairs[-1][1] - pairs[-2][1] > 2:
        pairs.pop()
    keep_s, keep_l = {i for i, _ in pairs}, {j for _, j in pairs}
    return {i: w for i, w in ms.items() if i in keep_s}, {j: w for j, w in ml.items() if j in keep_l}


def _likeness_pairs(s, l, i1, i2, j1, j2, ms, ml):
    for i in range(i1, i2):
        if not s.content[i]:
            continue
        for j in range(j1, j2):
            if j not in ml and alike(s.keys[i], l.keys[j]) >= 0.8:
                ms[i] = ml[j] = FUZZY_WEIGHT
                break


def _context_support(s: _Item, l: _Item, m: PairMatch) -> int:
    """Content words of the short quote's own sentence found next to the matched stretch of the long one."""
    if s.before is None:
        s.before, s.after = _context(s.source, s.start, s.end)
    before = set(l.keys[max(0, m.l_core[0] - CONTEXT_WORDS):m.l_core[0]])
    after = set(l.keys[m.l_core[1]:m.l_core[1] + CONTEXT_WORDS])
    return sum(1 for k in s.before if k in before) + sum(1 for k in s.after if k in after)


def _near_verbatim(s: _Item, l: _Item, m: PairMatch) -> tuple[float, float]:
    """Word-level likeness of the matched stretches, and the share of the short quote's words in the long one's.

    A swap of phrases ("miners and companies" / "companies and miners") is forgiven: words are
    also compared as bags when the order already mostly agrees.
    """
    a = s.keys[m.s_core[0]:m.s_core[1]]
    b = l.keys[m.l_core[0]:m.l_core[1]]
    if m.verbatim < 0.7 or not a or not b:
        return m.verbatim, m.coverage
    common = sum(min(a.count(k), b.count(k)) for k in set(a))
    return max(m.verbatim, 2 * common / (len(a) + len(b))), max(m.coverage, common / max(1, s.words))


def _quoted_inside(l: _Item, m: PairMatch) -> bool:
    """The matched stretch of the long quote lies inside quotation marks of its own: a quote of a quote."""
    if not l.nested:
        return False
    lo, hi = l.offsets[m.l_core[0]][0], l.offsets[m.l_core[1] - 1][1]
    inside = sum(min(hi, e) - max(lo, s) for s, e in l.nested if min(hi, e) > max(lo, s))
    return inside >= 0.8 * (hi - lo)


def _stock_phrase(s: _Item, m: PairMatch, shingle_docs: Counter) -> bool:
    """A short stretch every trigram of which turns up in many quotes: a slogan or a common phrase."""
    span = s.chars[m.s_core[0]:m.s_core[1]]
    if len(span) >= STOCK_MAX_WORDS or not shingle_docs:
        return False
    grams = [span[i:i + 3] for i in range(len(span) - 2)]
    return bool(grams) and min(shingle_docs.get(g, 0) for g in grams) >= STOCK_DOCS


def verify(a: _Item, b: _Item, min_similarity: float = DEFAULT_MIN_SIMILARITY,
           shingle_docs: Counter | None = None, speakers: tuple[str | None, str | None] | None = None) -> PairMatch | None:
    """The match of two quotes if they render one utterance, else None.

    ``speakers`` overrides the two speaker keys (a cluster's key for its representative).
    """
    ka, kb = speakers or (a.skey, b.skey)
    if a.doc == b.doc:
        return None
    if ka and kb and ka != kb:
        return None
    m = match(a, b)
    s, l = (a, b) if m.s == a.idx else (b, a)
    span_words = m.s_core[1] - m.s_core[0]
    if s.words < MIN_WORDS or _quoted_inside(l, m) or (shingle_docs and _stock_phrase(s, m, shingle_docs)):
        return None
    likeness, bag_coverage = _near_verbatim(s, l, m)
    copy = likeness >= NEAR_VERBATIM and bag_coverage >= 0.9 and span_words >= NEAR_VERBATIM_MIN_WORDS
    if not (ka and kb):  # an unknown speaker: near-verbatim copies only
        return m if copy and m.content >= 2 else None
    if copy:
        return m
    support = _context_support(s, l, m)
    content = m.content + (min(2, support // 2) if m.content < MIN_CONTENT_MATCHED else 0)
    if content == MIN_CONTENT_MATCHED - 1 and s.words >= SHORT_FRAGMENT and min(m.score, m.verbatim) >= SKELETON_SCORE:
        content += 1  # few content words, but in the same frame of function words: one sentence reworded
    if content < MIN_CONTENT_MATCHED or m.coverage < MIN_COVERAGE or m.score < min_similarity:
        return None
    if s.words < SHORT_FRAGMENT and m.l_coverage < 0.5 and support < 2:
        return None  # a short piece of a long quote, worded differently, with nothing around it to agree
    return m


# --- clusters ------------------------------------------------------------------------------

class _Clusters:
    """Union of verified pairs, strongest first, under the cluster constraints."""

    def __init__(self, items: Sequence[_Item], min_similarity: float, shingle_docs: Counter):
        self.items, self.min_similarity, self.shingle_docs = items, min_similarity, shingle_docs
        self.root = list(range(len(items)))
        self.members = {i: [i] for i in range(len(items))}
        self.docs = {i: {it.doc} for i, it in enumerate(items)}
        self.skey = {i: it.skey for i, it in enumerate(items)}
        self.rep = {i: i for i in range(len(items))}
        self.matches: dict[tuple[int, int], PairMatch] = {}

    def find(self, i: int) -> int:
        while self.root[i] != i:
            self.root[i] = self.root[self.root[i]]
            i = self.root[i]
        return i

    def match(self, i: int, j: int) -> PairMatch:
        key = (i, j) if i < j else (j, i)
        m = self.matches.get(key)
        if m is None:
            m = self.matches[key] = match(self.items[i], self.items[j])
        return m

    def join(self, i: int, j: int) -> bool:
        """Merge the groups of ``i`` and ``j`` if they may be one utterance; True if merged."""
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return False
        ki, kj = self.skey[ri], self.skey[rj]
        if ki and kj and ki != kj:
            return False
        a, b = self.rep[ri], self.rep[rj]
        if {a, b} != {i, j} and verify(self.items[a], self.items[b], self.min_similarity, self.shingle_docs,
                                       (ki, kj)) is None and self.linkage(ri, rj) < self.min_similarity:
            return False  # a loose link: the representatives do not match, nor do the members on average
        merged = self.members[ri] + self.members[rj]
        rep = self.representative(merged)
        shared = self.docs[ri] & self.docs[rj]
        if shared and not self._pieces(merged, rep, shared, ki or kj):
            return False
        big, small = (ri, rj) if len(self.members[ri]) >= len(self.members[rj]) else (rj, ri)
        self.root[small] = big
        self.members[big] = merged
        del self.members[small]
        self.docs[big] |= self.docs.pop(small)
        self.skey[big] = ki or kj
        self.rep[big] = rep
        return True

    def linkage(self, ri: int, rj: int) -> float:
        """Average word-level similarity over all pairs across two groups (average linkage)."""
        scores = [self.match(x, y).score for x in self.members[ri] for y in self.members[rj]]
        return sum(scores) / len(scores)

    def _pieces(self, members: list[int], rep: int, shared: set[int], skey: str | None) -> bool:
        """Quotes of one document may share a cluster only as separate pieces of the representative.

        A writer who splits a sentence ("…recruiter," she said. "They are going…") gives two
        pieces; two quotes of one document that render the same words are two utterances.
        """
        rep_item = self.items[rep]
        for d in shared:
            spans = []
            for x in members:
                if self.items[x].doc != d:
                    continue
                if x == rep or verify(rep_item, self.items[x], self.min_similarity, self.shingle_docs,
                                      (skey, skey if self.items[x].skey else None)) is None:
                    return False
                pm = self.match(rep, x)
                spans.append(pm.l_core if pm.s == x else pm.s_core)
            spans.sort()
            if any(spans[k][1] > spans[k + 1][0] for k in range(len(spans) - 1)):
                return False
        return True

    def representative(self, members: list[int]) -> int:
        """The most complete rendering: the member that holds most of the others' words."""
        def completeness(m: int) -> tuple:
            total = 0.0
            for o in members:
                if o != m:
                    pm = self.match(m, o)
                    total += pm.coverage if pm.s == o else pm.l_coverage
            it = self.items[m]
            return (round(total, 3), it.total, -m)

        return max(members, key=completeness)


def cluster(items: Sequence[_Item], edges: list[tuple[float, int, int]], min_similarity: float,
            shingle_docs: Counter) -> _Clusters:
    """Merge verified pairs, strongest first (ties in canonical order), into clusters."""
    groups = _Clusters(items, min_similarity, shingle_docs)
    for _, i, j in sorted(edges, key=lambda e: (-e[0], e[1], e[2])):
        groups.join(i, j)
    return groups


def relation(rep: _Item, mem: _Item, m: PairMatch) -> str:
    """How a member renders the representative."""
    if mem.text == rep.text:
        return "verbatim"
    if mem.keys == rep.keys:
        return "punctuation"
    rep_span, mem_span = (m.l_span, m.s_span) if m.s == mem.idx else (m.s_span, m.l_span)
    rep_share = (rep_span[1] - rep_span[0]) / max(1, rep.words)  # how much of the representative it spans
    mem_share = (mem_span[1] - mem_span[0]) / max(1, mem.words)
    if rep_share < FRAGMENT_SHARE and mem_share >= rep_share:
        return "fragment"
    if mem_share < FRAGMENT_SHARE:
        return "extended"
    l_item, s_item = (rep, mem) if m.s == mem.idx else (mem, rep)
    return "minor" if _near_verbatim(s_item, l_item, m)[0] >= MINOR_WORDING else "translation"


def _member(rep: _Item, it: _Item, groups: _Clusters) -> Member:
    if it.idx == rep.idx:
        return Member(it.path, it.start, it.end, it.text, it.outlet, it.speaker, 1.0, "representative",
                      0, len(it.text), ())
    m = groups.match(rep.idx, it.idx)
    span = m.l_span if m.s == it.idx else m.s_span
    if span[1] > span[0]:
        rs, re_ = rep.offsets[span[0]][0], rep.offsets[span[1] - 1][1]
    else:
        rs, re_ = 0, len(rep.text)
    rel = relation(rep, it, m)
    if rel == "fragment":
        ops = diff_within(rep.text, rs, re_, it.text)
    else:
        rs, re_ = 0, len(rep.text)
        ops = diff(rep.text, it.text)
    return Member(it.path, it.start, it.end, it.text, it.outlet, it.speaker, m.score, rel, rs, re_, tuple(ops))


def _speaker_name(members: list[_Item]) -> str | None:
    names = [it.speaker for it in members if it.speaker and it.skey]
    if not names:
        return None
    counts: dict[str, int] = defaultdict(int)
    for n in names:
        counts[n] += 1
    return max(counts, key=lambda n: (counts[n], len(n), n))


def align_documents(docs: Iterable[ExtractedDocument], min_similarity: float = DEFAULT_MIN_SIMILARITY,
                    speaker: str | None = None) -> AlignResult:
    """Cluster the speech quotes of the documents; clusters of two or more renderings, largest first."""
    if not 0.0 <= min_similarity <= 1.0:
        raise UsageError(f"--min-similarity must be between 0 and 1, not {min_similarity}")
    items = prepare(docs, speaker)
    pairs, shingle_docs = candidates(items)
    edges = []
    for i, j in sorted(pairs):
        m = verify(items[i], items[j], min_similarity, shingle_docs)
        if m is not None:
            edges.append((m.score, i, j))
    groups = cluster(items, edges, min_similarity, shingle_docs)
    out = []
    for root, members in groups.members.items():
        if len(members) < 2:
            continue
        rep = items[groups.rep[root]]
        ordered = [rep] + sorted((items[i] for i in members if i != rep.idx), key=lambda it: it.idx)
        ms = tuple(_member(rep, it, groups) for it in ordered)
        out.append((rep, ms, _speaker_name(ordered)))
    out.sort(key=lambda c: (-len(c[1]), c[0].path, c[0].start))
    clusters = tuple(Cluster(f"c{n}", spk, ms[0], ms) for n, (rep, ms, spk) in enumerate(out, 1))
    return AlignResult(clusters, len(items), len(pairs), len(edges))
