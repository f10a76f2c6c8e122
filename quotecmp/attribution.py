"""Say who said each quotation: quote → mention → speaker, by ordered sieves.

Stage one finds the *mention* of the speaker (the subject of a cue verb, "according to X",
"X: “…”", the speaker of the quote before...). Stage two resolves the mention to a *name*:
a name as written is joined to its fullest form in the article; a pronoun goes to the
subject of the sentences before it that fits its gender; a title ("the Leader", "the
Venezuelan president") goes to the person the article gave that title. An unnamed source
("a senior official") stays unnamed. Each quote records the sieve that decided it.

This module reads spaCy's parse; what it returns holds only strings and offsets.
"""
from __future__ import annotations

import bisect
import collections
import functools
import re
import unicodedata
import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import lexicon as lx
from .model import QuoteSpan
from .speech import is_headline

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from .speakers import SpeakerBook

# Sieves that found the quote's own cue (a verb, a label, a dash, a headline colon, the body's
# cue for a repeated headline quote): a quote one of them attributes is speech, not a term held up.
CUED_SIEVES = frozenset({"transcript", "cue", "according-to", "colon", "heading", "dash", "next-sentence", "repeated",
                         "headline", "digest"})

# How often each sieve names the right speaker: its precision on PolNeAR train, measured with
# `python bench/evaluate.py polnear-train` (transcript: 6 quotes there, whose gold names the
# transcript itself; kept at the seeds' figure). The default for pairs CONFIDENCE lacks.
SIEVE_CONFIDENCE = {
    "transcript": 0.9, "cue": 0.98, "according-to": 0.96, "colon": 0.9, "heading": 0.9, "dash": 0.9, "digest": 0.9,
    "nested": 0.87, "repeated": 0.9, "headline": 0.9, "continuation": 0.98, "next-sentence": 0.95, "subject": 0.93, "nearest": 0.7,
}
RESOLUTION_FACTOR = {"name": 1.0, "title": 0.92, "pronoun": 0.9, "org": 0.9, "file": 0.9, "unnamed": 1.0, "unresolved": 0.5}
# The measured share of right speakers per (sieve, resolution) on PolNeAR train, smoothed toward
# the sieve's own precision (``python bench/calibration.py polnear-train --fit``). Pairs with
# few quotes fall back to SIEVE_CONFIDENCE x RESOLUTION_FACTOR.
CONFIDENCE: dict[tuple[str, str], float] = {
    ('colon', 'name'): 0.922, ('continuation', 'name'): 0.976, ('continuation', 'org'): 0.961,
    ('continuation', 'unnamed'): 0.996, ('cue', 'name'): 0.99, ('cue', 'org'): 0.942,
    ('cue', 'pronoun'): 0.859, ('cue', 'unnamed'): 0.882, ('cue', 'unresolved'): 0.941,
    ('nearest', 'name'): 0.662, ('next-sentence', 'name'): 0.966, ('subject', 'name'): 0.947,
}


def confidence(sieve: str, how: str, named: bool) -> float:
    """The chance that a speaker found by this sieve and resolution is right."""
    if (sieve, how) in CONFIDENCE:
        return CONFIDENCE[(sieve, how)]
    return SIEVE_CONFIDENCE[sieve] * RESOLUTION_FACTOR.get(how, 0.8) * (1.0 if named else 0.6)

# Quote marks as spaCy's tokens.
QUOTE_MARK_TOKENS = frozenset({'"', "“", "”", "''", "``", "‘", "’", "'"})
HYPHENS = frozenset({"-", "‐"})
# A dash, as a token or a character: "-", "--", an em dash or an en dash.
DASHES = frozenset({"-", "--", "—", "–"})
# Quote marks as characters.
QUOTE_CHARS = frozenset({'"', "“", "”", "‘", "’", "'", "«", "»", "„", "``", "''"})
# Entity types that never speak.
NOT_SPEAKERS = frozenset("DATE TIME CARDINAL ORDINAL MONEY PERCENT QUANTITY".split())
# What the entity recogniser calls a name it does not know, when an honorific says it is a person's.
MISTAKEN_FOR_NAMES = frozenset("ORG GPE NORP PRODUCT WORK_OF_ART FAC LOC".split())


def _digest_headline(run: str) -> bool:
    """A headline run in capitals at the head of a digest item: at least three words and no small letter
    ("DUNMORE'S LAST STATE OF THE STATE", "UN: PEACEKEEPERS PAYING 13-YEAR-OLDS FOR SEX"), not a transcript's
    speaker label ("MR. HALE:"), nor a dateline ("WASHINGTON (AP) —")."""
    words = run.split()
    return len(words) >= 3 and not any(c.islower() for c in run) and not run.endswith((":", "-", "—", "–")) \
        and "(" not in run and sum(1 for w in words if sum(c.isupper() for c in w) >= 2) >= 2


# A month written out or abbreviated, and nothing longer ("Aug.", "August", not "Augusta"): for a date under a
# quote and in a dateline
FULL_MONTH = re.compile(r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
                        r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
# A dateline opening a paragraph: "WASHINGTON --", "DES MOINES, Iowa —", "LONDON (Reuters) -",
# "Washington (AFP) -".
_DATELINE_DATE = rf"(?:,[ \t]+(?:{FULL_MONTH.pattern}[ \t]+\d{{1,2}}|\d{{1,2}}[ \t]+{FULL_MONTH.pattern})(?:,?[ \t]+\d{{4}})?)"
DATELINE = re.compile(
    # "WASHINGTON --", "DES MOINES, Iowa —", "MINSK, 14 March (BelTA) –", "MANCHESTER, N.H., Jan. 5 (Reuters) -"
    rf"^[ \t]*(?:[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){{0,3}}(?:,[ \t]+[A-Z][\w.]*(?:[ \t](?:[A-Z][\w.]*|\d{{1,2}}))?)?"
    rf"{_DATELINE_DATE}?(?:[ \t]*\([^)\n]{{1,30}}\))?"
    # "Washington (AFP) -", "Caracas, March 14 (teleSUR) –": a place in capitals and small letters needs its agency
    # (not a name and its party or channel: "Ray Tillis (R-Ohio) –", "Ana Ruiz (via Twitter) –")
    rf"|[A-Z][\w.'’]*(?:[ \t][A-Z][\w.'’]*){{0,3}}{_DATELINE_DATE}?[ \t]*\((?![RDI]-|via )[^)\n]{{1,30}}\))"
    r"[ \t]*(?:--|—|–|-)[ \t]+", re.MULTILINE)
# A headline's verb that the entity recogniser may glue to a name: "Obama Says Museum Will ...".
HEADLINE_VERBS = frozenset({"says", "said", "tells", "told"}) | lx.SPEECH_VERB_FORMS

# After a quote and a dash, the sentence that names whose words they were.
VERDICT = re.compile(r"(?:that|this|those|these|such) (?:was|is|were|are) (?:the |their |his |her )?(?:\w+ )?"
                     r"(?:verdict|view|reaction|response|assessment|words?|message|take|answer|reply) of ", re.I)

# A US lawmaker's party and state after the name: " (R-Ariz.)", " (D-NY)", " (I-Vt.)".
PARTY_STATE = re.compile(r"[ \t]*\(([RDI])-[ ]?([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\)"
                         r"|,[ \t]+([RDI])-([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?),")  # (R-Ariz.) or AP's ", R-Ariz.,"
NAME_LABEL = re.compile(r"([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}):\s")
# "Q:" and "A:" opening the lines of a question-and-answer interview
QA_LABEL = re.compile(r"([QA])[:.][ \t]")
# A live blog's time heading, a paragraph of its own: "8:45 p.m.", "11:10 a.m. EDT"
TIME_HEADING = re.compile(r"[ \t]*\d{1,2}(?::\d{2})?[ \t]*[ap]\.?[ \t]?m\.?(?:[ \t]+[A-Z]{2,4})?[ \t]*$", re.I)
# A live blog's time opening an entry's paragraph, before a colon or a dash: "9:32 PM:", "10:15 a.m. ET —",
# "UPDATE 11:02:"
TIME_LEAD = re.compile(r"[ \t]*(?:update[d]?[ \t]*[:,]?[ \t]*)?\d{1,2}(?::\d{2}|(?=[ \t]*[ap]\.?[ \t]?m\b))[ \t]*"
                       r"(?:[ap]\.?[ \t]?m\.?)?(?:[ \t]+[A-Z]{2,4})?[ \t]*(?::|[—–-]{1,2})[ \t]*", re.I)
# The signature of an embedded tweet: "Lorna Dibbert (@LornaDibbert)" (the name, then the handle)
TWEET_SIGNATURE = re.compile(r"((?:[A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*){0,3}) \(@\w+\)")
# The mark of an item of a list, before a quote that opens the item: "1.", "2)", "•", "-", "*"
LIST_MARK = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[•*·▪-])[ \t]*")
# After a dash under a quote, where and when it was said, to the end of the line: "Aberdeen, Aug. 12",
# "Sioux Falls, S.D., Aug. 3, 2016"
PLACE_AND_DATE = re.compile(rf"([A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){{0,3}}),[ \t]+(?:[A-Z][\w.]*,[ \t]+)?{FULL_MONTH.pattern}"
                            r"[ \t]+\d{1,2}(?:,[ \t]*\d{4})?[ \t.]*(?=\n|$)")
# What may follow a quote that stands as a list item of its own: a note in brackets or a date after a dash, where
# and when it was said ("(Sept. 5)", "[Salem, Ore.]", "— Aug. 9, 2016", "— Aberdeen, Aug. 12")
ITEM_TAIL = re.compile(r"[.,]?[ \t]*(?:\([^()\n]{1,40}\)|\[[^\[\]\n]{1,40}\]|[—–-]{1,2}[ \t]*[^\n]{1,40})[ \t.]*")
# A list item opening with a label and a colon before a quote: "Trade: “…”", "2. The media: “…”"
TOPIC_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]*)?([^:“”\"\n]{1,40}):[ \t]*[“\"]")
# A fact-check's paragraph of the checker's own findings: "THE FACTS:", "The facts:", "Reality:", "Verdict:"
FACT_LABEL = re.compile(r"[ \t]*(?:THE |The )?(?:FACTS?|Facts?|REALITY|Reality|VERDICT|Verdict|TRUTH|Truth)[ \t]*:")
# A byline of its own line: "By Lionel Ashcroft", "By Nadia Oyelaran, Associated Press"
# (not a feature's title: "By The Numbers")
BYLINE = re.compile(r"^[ \t]*By[ \t]+(?!(?i:the|a|an|our|this|its)\b)([A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3})[ \t]*(?:,[^\n]{0,60})?$", re.MULTILINE)
TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3})(?: \([^)]{1,20}\))?:\s")


@functools.lru_cache(maxsize=1 << 16)
def fold(s: str) -> str:
    """Lower case without accents: the key names are compared by."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def _abbreviated_title(tok: "Token") -> list[str] | None:
    """The words of a title written as capitals ("PM", "CS"), or None."""
    full = lx.TITLE_ABBREVIATIONS.get(tok.lower_) if tok.text.isupper() and len(tok.text) > 1 else None
    return full.split() if full else None


def _quote_words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def _contains(longer: list[str], shorter: list[str]) -> bool:
    """Whether the words of ``shorter`` appear together, in order, in ``longer``."""
    n = len(shorter)
    return any(longer[k:k + n] == shorter for k in range(len(longer) - n + 1))


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")


KIND_OF = {"name": "person", "title": "person", "pronoun": "person", "file": "person", "org": "organization",
           "unnamed": "unnamed", "unresolved": "unnamed"}


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    speaker_id: str | None
    mention: str | None
    mention_start: int | None
    mention_end: int | None
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    sieve: str | None
    confidence: float
    chain: tuple[str, ...] = ()
    speaker_kind: str | None = None
    resolution: str | None = None  # how the mention became the speaker: name, title, pronoun, org, ...


NO_ATTRIBUTION = Attribution(None, None, None, None, None, None, None, None, None, 0.0)


@dataclass
class Person:
    """One person of an article: the names it is written with and the titles it is given."""

    names: list[str] = field(default_factory=list)
    titles: set[str] = field(default_factory=set)
    # relatives share a surname key: the titles each first name was given ("former president George")
    titles_of_first: dict[str, set[str]] = field(default_factory=dict)
    # the head nouns of those titles ("diplomat" of "the 75-year-old former diplomat"), not every
    # word of an "of" phrase ("victim" of "the mother of the victim")
    title_heads: set[str] = field(default_factory=set)
    gender: str | None = None
    voted: bool = False  # the gender comes from the pronouns after the name, not from first names
    owners: list[int] = field(default_factory=list)  # whose titles they are: "His spokesman, Tom Lutz," -> "His"
    count: int = 0
    last: int = -1  # token index of the latest mention
    first_at: dict[str, int] = field(default_factory=dict)  # token index where each name is first written

    @property
    def name(self) -> str:
        """The full name the article uses most (the longest of those on a tie)."""
        return self.name_for(None)

    def name_for(self, first: str | None) -> str:
        """The fullest name with this first name ("Jeb Bush", not "George H.W. Bush"), or the usual one."""
        full = [n for n in self.names if len(n.split()) > 1]
        if first and full and fold(self._usual(full).split()[0]) == fold(first):
            first = None  # the usual name has this first name: one spelling for the whole article
        if first:
            mine = [n for n in full if fold(n.split()[0]) == fold(first)] or [
                n for n in full if fold(first) in [fold(w) for w in n.split()[1:-1]]]  # "Lula", "Reynolds"
            if mine:
                # ("Pérez Montoya", both surnames without the given name: "Rosalía Pérez Montoya")
                return self._widest(max(mine, key=lambda n: (len(n.split()) <= 4, len(n))), full)
        if not full:
            return self.names[0]
        return self._usual(full)

    @staticmethod
    def _widest(name: str, full: list[str]) -> str:
        """The one longer name of ``full`` that ends with all the words of ``name`` ("Rosalía Pérez Montoya" for
        "Pérez Montoya"), or ``name`` itself. (Not for a given name and a surname: "Tom Reyes" is not the tail of
        a headline's "Telling Tom Reyes".)"""
        tail = [fold(w) for w in name.split()]
        if tail[0] in lx.GIVEN_NAMES:
            return name
        longer = {n for n in full if len(n.split()) > len(tail) and [fold(w) for w in n.split()][-len(tail):] == tail}
        return longer.pop() if len(longer) == 1 else name

    def name_of_gender(self, gender: str) -> str | None:
        """The full name of the one relative of this gender ("Mr. Clinton" is Bill when Hillary
        is in the article too), if the article's first names and titles tell exactly one."""
        firsts = {fold(n.split()[0]) for n in self.names if len(n.split()) > 1}
        fits = {f for f in firsts if _first_gender(f, self.titles_of_first.get(f, set())) == gender}
        if len(fits) == 1:
            return self.name_for(fits.pop())
        return None

    def name_of_generation(self, elder: bool) -> str | None:
        """The full name of "the elder X" (the relative the article called a parent, or the one it did
        not call a child) or of "the younger X" (the other way round), if exactly one fits."""
        firsts = {fold(n.split()[0]) for n in self.names if len(n.split()) > 1}
        up = {f for f in firsts if self.titles_of_first.get(f, set()) & lx.PARENT_KIN}
        down = {f for f in firsts if self.titles_of_first.get(f, set()) & lx.CHILD_KIN}
        mine, others = (up - down, down - up) if elder else (down - up, up - down)
        fits = mine or (firsts - others if others else set())
        if len(firsts) > 1 and len(fits) == 1:
            return self.name_for(fits.pop())
        return None

    def _usual(self, full: list[str]) -> str:
        # "López Arriaga", both surnames without the given name, counts as "Andrés López Arriaga", whose tail it is
        # (when it is the tail of one such name only: not of both "Andrés" and "María López Arriaga")
        full = [self._widest(n, full) for n in full]
        # on a tie, the one the article introduced first ("Peter Vallance" before his wife's full name), in the
        # order of the text, not of the passes that found the names
        firsts = [fold(n.split()[0]) for n in full]
        seen = {}
        for n, f in zip(full, firsts):
            seen[f] = min(seen.get(f, 1 << 30), self.first_at.get(n, 1 << 30))
        genders = {f: _first_gender(f, self.titles_of_first.get(f, set())) for f in firsts}
        if self.voted and len(set(genders.values()) - {None}) == 2 and None not in genders.values():
            # a man and a woman sharing a surname: the bare surname is the one its pronouns say
            # ("Clinton said …. She said" is Hillary, however often "Bill Clinton" is written in full)
            mine = [n for n, f in zip(full, firsts) if genders[f] == self.gender]
            if len({fold(n.split()[0]) for n in mine}) == 1:
                full = mine
        return max(full, key=lambda n: (self.names.count(n), -seen[fold(n.split()[0])], -firsts.index(fold(n.split()[0])),
                                        len(n.split()) <= 4, len(n)))


@dataclass(frozen=True)
class Resolved:
    name: str | None
    how: str  # name | title | pronoun | org | file | unnamed | unresolved
    chain: tuple[str, ...]


NO_RESOLUTION = Resolved(None, "unresolved", ())


def _name_tokens(tokens: list["Token"]) -> list["Token"]:
    """Drop honorifics, titles and possessive endings around a name."""
    toks, depth = [], 0
    for t in tokens:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and t.text not in ("'s", "’s", "'", "’") and (not t.is_punct or _infix_hyphen(t) or _split_period(t)):
            toks.append(t)
    titled = False  # a nationality comes before the title, so after one it is a first name ("Deputy Germán Ruiz")
    while toks and (fold(toks[0].text).rstrip(".") in lx.HONORIFICS or (toks[0].pos_ in ("DET", "ADJ") and len(toks) > 1)
                    or (toks[0].ent_type_ in ("NORP", "GPE") and len(toks) > 1 and not titled and not _one_entity(toks))
                    or (fold(toks[0].text) in lx.ROLE_NOUNS and len(toks) > 2)):  # "Spokeswoman Sarah Sanders"
        titled = titled or fold(toks[0].text).rstrip(".") in lx.HONORIFICS or fold(toks[0].text) in lx.ROLE_NOUNS
        toks = toks[1:]  # a surname the recogniser took for a place ("Valastro praised") stays
    if len(toks) > 1 and toks[0].is_sent_start and toks[0].lower_ in lx.INVERTED_CUES:
        nxt = toks[-1].doc[toks[-1].i + 1] if toks[-1].i + 1 < len(toks[-1].doc) else None
        after = nxt.doc[nxt.i + 1] if nxt is not None and nxt.i + 1 < len(nxt.doc) else None
        if nxt is not None and (nxt.text == ":" or (nxt.text == "," and after is not None and after.text in QUOTE_MARK_TOKENS)):
            toks = toks[1:]  # "Said Haddad: “…”" is the cue and the name; "Said Jalili, Iran's negotiator" is a name
    while len(toks) > 1 and fold(toks[-1].text).rstrip(".") in lx.NAME_SUFFIXES:
        toks = toks[:-1]  # "Joseph R. Biden Jr." is filed under Biden
    return toks


def _one_entity(toks: list["Token"]) -> bool:
    """Whether the tokens are one entity, whole: a name the recogniser took for a place ("Tiffany
    Kovac" as GPE) is no nationality before a name ("Kazakh President X", "Iowa Gov. Y")."""
    doc, last = toks[0].doc, toks[-1].i
    return toks[0].ent_iob_ == "B" and all(t.ent_iob_ == "I" and t.ent_type_ == toks[0].ent_type_ for t in toks[1:]) \
        and (last + 1 >= len(doc) or doc[last + 1].ent_iob_ != "I") and last - toks[0].i == len(toks) - 1


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


def _hyphenated_word(tok: "Token") -> str:
    """The whole word a token ends, when the tokenizer split it at a hyphen: "front-runner" for "runner"."""
    d, i = tok.doc, tok.i
    return f"{d[i - 2].lower_}-{tok.lower_}" if i >= 2 and _infix_hyphen(d[i - 1]) else tok.lower_


def _infix_hyphen(t: "Token") -> bool:
    """The hyphen inside a name the tokenizer split: "al-Assad", "Kassym-Jomart"."""
    return t.text in HYPHENS and t.i > 0 and not t.doc[t.i - 1].whitespace_ and not t.whitespace_ \
        and t.i + 1 < len(t.doc)


def _split_period(t: "Token") -> bool:
    """The period of an abbreviated given name the tokenizer split off inside a name: "Ma." of "Ma. Lourdes Cruz"."""
    d = t.doc
    return t.text == "." and 0 < t.i < len(d) - 1 and not d[t.i - 1].whitespace_ and d[t.i - 1].text.isalpha() \
        and d[t.i - 1].text[:1].isupper() and len(d[t.i - 1].text) <= 3 and d[t.i + 1].text[:1].isupper() \
        and d[t.i + 1].pos_ == "PROPN"


def _words(toks: list["Token"]) -> list[str]:
    """The words of a name as written: tokens joined by a hyphen make one word."""
    out: list[str] = []
    for k, t in enumerate(toks):
        if out and (t.text in HYPHENS or toks[k - 1].text in HYPHENS or t.text == ".") and toks[k - 1].i == t.i - 1 \
                and not toks[k - 1].whitespace_:
            out[-1] += t.text
        else:
            out.append(t.text)
    return out


def _has_title_word(titles: set[str], word: str) -> bool:
    """Is ``word`` one of the title words, or the same place named another way ("Iranian" for
    "of Iran", "Kazakh" for "Kazakhstan")? Places are matched by a shared stem of four letters
    or more covering most of the shorter word."""
    if word in titles:
        return True
    for t in titles:
        n = 0
        while n < min(len(t), len(word)) and t[n] == word[n]:
            n += 1
        if n >= 4 and n >= 0.6 * min(len(t), len(word)) and t[:1].isalpha():
            return True
    return False


def _partitive(tok: "Token") -> bool:
    """"One of the officials", "two of his aides": a number or quantifier with an "of" phrase of people."""
    if tok.lower_ not in lx.INDEFINITE_DETERMINERS | {"none", "each", "all", "both", "most", "half"}:
        return False
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return obj is not None and (obj.tag_ in ("NNS", "NNPS") or obj.lemma_.lower() in lx.PERSON_NOUNS)


def _join_names_split_at_particles(doc: "Doc") -> None:
    """Join a person's name the recogniser cut in two at a lower-case particle ("Prince Mansour" and
    "bin Saad Al Saud", "Karel" and "van Damme"): a name does not begin with "bin" or "van"."""
    ents = list(doc.ents)
    joined: list = []
    for ent in ents:
        prev = joined[-1] if joined else None
        if prev is not None and prev.label_ == ent.label_ == "PERSON" and ent.start == prev.end \
                and ent[0].text.islower() and ent[0].lower_ in lx.NAME_PARTICLES:
            joined[-1] = doc.char_span(prev.start_char, ent.end_char, label="PERSON")
        else:
            joined.append(ent)
    if len(joined) != len(ents):
        doc.ents = joined


def _name_key(name: str) -> str:
    """The key a person is filed under: the surname's last part ("al-Assad" -> "assad")."""
    return fold(re.split(r"[\s\-‐]+", name.strip())[-1])


class Article:
    """What attribution knows about one parsed article: quotes, people, sentence subjects."""

    def __init__(self, doc: "Doc", spans: list[QuoteSpan], book: "SpeakerBook | None" = None):
        _join_names_split_at_particles(doc)
        self.doc = doc
        self.tokens = list(doc)  # made once: spaCy builds a new Token on every doc[i]
        self.text = doc.text
        self.spans = spans
        self.book = book
        self.tok_starts = [t.idx for t in self.tokens]
        self._cue_flags: list[bool | None] = [None] * len(self.tokens)
        self.in_quote = [False] * len(doc)
        for s in spans:
            a, b = self.token_range(s.outer_start, s.outer_end)
            for i in range(a, b):
                self.in_quote[i] = True
        self.nicknames: set[int] = set()  # the words and marks of a nickname inside a name: “Tip”
        self._join_nicknamed_names()
        self.people: dict[str, Person] = {}
        self._inner_cache: dict[str, str | None] = {}
        self.first_names: dict[str, str] = {}
        self.sents = list(doc.sents)
        self.sent_starts = [x.start for x in self.sents]
        self.ent_of: dict[int, "Span"] = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        self.person_ents = [ent for ent in doc.ents if ent.label_ == "PERSON"]
        self.person_ent_starts = [ent.start for ent in self.person_ents]
        self.person_mentions: dict[str, list[int]] = {}  # person key -> token index of each mention
        self.headline_verbs: set[int] = set()  # "Slams" of a headline's "Tom Brancato Slams …"
        # a dateline ("WASHINGTON --", "LONDON (Reuters) -") names a place, never a speaker
        self.skip = list(self.in_quote)  # tokens that can be no cue's subject
        for m in DATELINE.finditer(self.text):
            a, b = self.token_range(m.start(), m.end())
            if a < len(self.tokens) and self.tokens[a].ent_type_ == "PERSON" and not self.tokens[a].text.isupper():
                continue  # a name and a note, "Ana Ruiz (via Twitter) –", not a place and an agency
            for i in range(a, b):
                self.skip[i] = True
        self._collect_people()
        self.place_words = {fold(t.text) for ent in doc.ents if ent.label_ in ("NORP", "GPE") for t in ent}
        self._first_person_at = min((m[0] for m in self.person_mentions.values() if m), default=None)
        self._subject_cache: dict[object, Resolved | None] = {}
        # the writer a byline under the headline names ("By Lionel Ashcroft"): the "I" of the article's own voice
        m = BYLINE.search(self.text, 0, min(len(self.text), 400))
        self.byline = " ".join(m.group(1).split()) if m else None

    def _join_nicknamed_names(self) -> None:
        """A nickname in quotation marks between the given names and the surname ("Sen. Ana “Nina” Ruiz",
        "Leader Tomas “Tom” Reyes"): one person's name, which the recogniser cuts in pieces. It becomes one
        entity from the first given name to the surname, and the nickname no word of the name."""
        toks, found = self.tokens, []
        for s in self.spans:
            a, b = self.token_range(s.outer_start, s.outer_end)
            # (a title-case headline is no name: "Tom Brancato Slams ‘Amnesty’ Bill")
            if s.nested or s.close_mark is None or not 3 <= b - a <= 4 or a == 0 or b >= len(toks) or s.paragraph == 0 \
                    or not toks[a - 1].whitespace_ or not toks[b - 1].whitespace_ \
                    or "PERSON" not in (toks[a - 1].ent_type_, toks[b].ent_type_) \
                    or not all(t.text[:1].isupper() and t.text.isalpha() for t in toks[a + 1:b - 1]):
                continue
            j = a - 1  # back over the given names, an abbreviation's period split off kept ("Ma. Lourdes")
            while j >= 0 and a - j <= 4:
                t = toks[j]
                if _split_period(t):
                    j -= 1
                elif t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.isalpha() and not self.in_quote[j] \
                        and fold(t.text) not in lx.HONORIFICS and t.lower_ not in lx.ROLE_NOUNS \
                        and t.ent_type_ not in ("NORP", "GPE", "ORG"):  # (not a party or a place: "Democrat Tom …")
                    j -= 1
                else:
                    break
            end = b
            while end < len(toks) and end - b < 3 and (toks[end].pos_ == "PROPN" or toks[end].ent_type_ == "PERSON") \
                    and toks[end].text[:1].isupper() and not self.in_quote[end]:
                end += 1
            first = j + 1
            if first == a or toks[first].text == "." or end == b:
                continue
            found.append((first, end))
            self.nicknames.update(range(a, b))
        if found:
            ents = [e for e in self.doc.ents if not any(e.start < end and first < e.end for first, end in found)]
            ents += [self.doc.char_span(toks[first].idx, toks[end - 1].idx + len(toks[end - 1].text), label="PERSON")
                     for first, end in found]
            self.doc.ents = sorted(ents, key=lambda e: e.start)

    # --- offsets -------------------------------------------------------------------------
    def token_range(self, start: int, end: int) -> tuple[int, int]:
        a = bisect.bisect_left(self.tok_starts, start)
        b = bisect.bisect_left(self.tok_starts, end)
        return a, b

    def is_cue_at(self, i: int) -> bool:
        """_is_cue of token ``i``, worked out once per token (the scans of reported speech ask again)."""
        hit = self._cue_flags[i]
        if hit is None:
            hit = self._cue_flags[i] = _is_cue(self.tokens[i])
        return hit

    def token_at(self, char: int) -> "Token":
        i = max(0, bisect.bisect_right(self.tok_starts, char) - 1)
        return self.doc[i]

    # --- people --------------------------------------------------------------------------
    def _collect_people(self) -> None:
        words = collections.Counter(t.lower_ for t in self.tokens)
        # each pass below looks at capitalised words, most at proper nouns: listed once (a spaCy attribute
        # read costs more than the test on it)
        pos = [t.pos_ for t in self.tokens]
        caps = [t for t in self.tokens if t.text[:1].isupper()]
        propn_caps = [t for t in caps if pos[t.i] == "PROPN"]
        alone: dict[str, list[int]] = {}  # proper nouns written without another after them: "Brancato said"
        headline_end = self.text.find("\n") if "\n" in self.text else len(self.text)
        for i, p in enumerate(pos):
            if p == "PROPN" and not (i + 1 < len(pos) and pos[i + 1] == "PROPN"):
                alone.setdefault(self.tokens[i].text, []).append(i)
        for ent in self.doc.ents:
            if ent.label_ != "PERSON":
                continue
            parts = [t for t in ent if t.i not in self.nicknames]
            owner = next((k for k, t in enumerate(parts) if t.text in ("'s", "’s") and 0 < k < len(parts) - 1), None)
            if owner is not None:
                parts = parts[:owner]  # a headline's "Walker’s Debate" glued into one name: the owner is the person
            cut = max((k for k, t in enumerate(parts) if t.pos_ == "ADP" and t.text.istitle() and k > 0
                       and fold(t.text) not in lx.NAME_PARTICLES), default=None)
            if cut is not None:
                parts = parts[cut + 1:]  # "Twitter Explodes Over Walker": a title-case headline, the name after its preposition
            toks = _name_tokens(parts)
            while toks and toks[-1].lower_ in HEADLINE_VERBS:
                toks = toks[:-1]  # a headline's "Obama Says ..." is a name and a verb
            if len(toks) >= 2 and toks[-1].is_title and (toks[-1].lower_.endswith("s") or toks[-1].tag_ in ("VBZ", "VBD")) \
                    and words[toks[-1].lower_] == 1 and toks[-1].idx < headline_end \
                    and not (toks[-1].i + 1 < len(self.doc) and self.tokens[toks[-1].i + 1].is_lower) \
                    and any(i != toks[-2].i for i in alone.get(toks[-2].text, ())):
                # a headline names a person as the body does: a last word the body never writes again,
                # after a name it does, is the headline's verb ("Tom Brancato Slams 'Amnesty' Bill"; in the
                # body, or before a word in lower case, "Senator Ray Tillis said" is a surname however rarely written)
                self.headline_verbs.add(toks[-1].i)
                toks = toks[:-1]
            if len(toks) >= 2 and toks[0].is_title and toks[0].lower_.endswith("s") and words[toks[0].lower_] == 1 \
                    and toks[0].i > 0 and self.tokens[toks[0].i - 1].pos_ in ("NOUN", "PROPN") \
                    and fold(toks[0].text) not in lx.GIVEN_NAMES and toks[0].idx < headline_end \
                    and any(i != toks[-1].i for i in alone.get(toks[-1].text, ())):
                # the same with the verb before the name: "Moderator Grills Walker, Crenshaw on Race"
                self.headline_verbs.add(toks[0].i)
                toks = toks[1:]
            if not toks or not (toks[-1].text[:1].isupper() or _words(toks)[-1][:1].isupper()):
                continue  # (either half of a hyphenated name may be lower-case: "al-Assad", "Cheung Mei-ling")
            if ent.start >= 2 and self.tokens[ent.start - 1].lower_ == "of" and len(_words(toks)) >= 3 \
                    and self.tokens[ent.start - 2].text[:1].isupper() and self.tokens[ent.start - 2].lower_ in lx.ROLE_NOUNS:
                toks = toks[1:]  # "Prime Minister of Belarus Roman Golovchenko": the place, then the name
            self._add_mention(toks, ent)
        # names the recogniser took for something else, announced by a title:
        # "Kazakh President Kassym-Jomart Tokayev" (ORG), "President Ebrahim Raisi" (WORK_OF_ART)
        for ent in self.doc.ents:
            span = self._titled_name(ent)
            if span is None:
                continue
            self._add_mention(_name_tokens(list(span)), span)
        # names the entity recogniser missed, announced by an honorific: "Ayatollah Karim Tabrizi"
        upto = 0  # the words of a name just filed are not looked at again
        for t in caps:
            i = t.i
            if i < upto or i >= len(self.doc) - 1:
                continue
            if t.ent_iob_ == "O" and fold(t.text).rstrip(".") in lx.HONORIFICS:
                j = i + 1
                while j < len(self.doc) and pos[j] == "PROPN" and self._untagged_or_mistagged(self.tokens[j], i + 1) \
                        and self.tokens[j].text[:1].isupper() and j - i <= 4:
                    j += 1
                toks = _name_tokens(list(self.doc[i:j]))
                if toks and j > i + 1:
                    self._add_mention(toks, self.doc[i:j])
                upto = j
        # a name the recogniser missed before a member's letters: "Minister of State Alan Dorgan TD said"
        for t in caps:
            if not t.text.isupper() or fold(t.text) not in lx.POST_NOMINALS or t.i < 2 or self.in_quote[t.i]:
                continue
            run = []  # the words joined to the letters as a compound ("Alan Dorgan", not the "Government" before)
            j = t.i - 1
            while j >= 0 and len(run) < 3 and self.tokens[j].dep_ in ("compound", "flat") and t.i - 1 - j == len(run) \
                    and pos[j] == "PROPN" and self.tokens[j].text[:1].isupper() and self.tokens[j].text.isalpha() \
                    and not self.tokens[j].text.isupper() and fold(self.tokens[j].text) not in lx.HONORIFICS | lx.ROLE_NOUNS:
                run.insert(0, self.tokens[j])
                j -= 1
            if len(run) >= 2 and all(self._untagged_or_mistagged(w, run[0].i) for w in run):
                self._add_mention(run, self.doc[run[0].i:t.i + 1])  # (the letters' phrase: its titles are the name's)
        # a first name before a surname the article names elsewhere, both missed by the recogniser:
        # "When Amara Okafor was elected" with "Okafor" tagged later
        known = {k for k, p in self.people.items() if any(len(n.split()) == 1 for n in p.names)}
        # (or tagged together as a place: "Amara Okafor" as GPE)
        for t in propn_caps:
            if t.i == 0 or fold(t.text) not in self.people or self.in_quote[t.i]:
                continue
            first = self.tokens[t.i - 1]
            # a surname with its particle, known only so ("Mr Ó Dálaigh"): the first name comes before the particle
            particle = first if first.lower_ in lx.NAME_PARTICLES and t.i >= 2 \
                and f"{first.text} {t.text}" in self.people[fold(t.text)].names else None
            if particle is not None:
                first = self.tokens[t.i - 2]
            ent = self.ent_of.get(t.i)
            if fold(t.text) not in known and particle is None and not (ent is not None and ent.label_ in ("GPE", "LOC", "ORG")
                                                                       and ent.start == first.i and ent.end == t.i + 1):
                continue  # (a surname known only in full, with another first name: "Tiffany Kovac" beside Lou Kovac)
            if ent is not None and not (ent.label_ in ("GPE", "LOC", "ORG") and ent.start == first.i and ent.end == t.i + 1) \
                    and not (ent.label_ in MISTAKEN_FOR_NAMES and ent.start == ent.end - 1 == t.i) \
                    and not (ent.label_ == "PERSON" and ent.start == ent.end - 1 == t.i and first.ent_iob_ == "O"):
                continue  # (or the surname alone tagged, its first name left out: "Taoiseach Ciarán Moloney")
            if (first.ent_iob_ == "O" or ent is not None) and first.pos_ == "PROPN" and first.text[:1].isupper() and first.text.isalpha() \
                    and fold(first.text) not in lx.HONORIFICS and not self.in_quote[first.i] \
                    and fold(first.text) not in self.people:
                self._add_mention([first] + ([particle] if particle is not None else []) + [t], self.doc[first.i:t.i + 1])
        # a common given name before a capitalised word no one tagged, that the article names no person
        # by otherwise: "Marisa Quell never wanted to run", the parser's sentence broken between the two
        # (not "Grace Church", "Will Quell run?", nor a word of a longer capitalised name)
        given = lx.GIVEN_NAMES
        for t in propn_caps:
            if t.i == 0 or not t.text.isalpha() or t.ent_type_ \
                    or self.in_quote[t.i] or fold(t.text) in self.people or fold(t.text) in lx.ORG_WORDS | given:
                continue
            first = self.tokens[t.i - 1]
            nxt = self.tokens[t.i + 1] if t.i + 1 < len(self.tokens) else None
            before = self.tokens[first.i - 1] if first.i > 0 else None
            if first.pos_ != "PROPN" or first.ent_type_ or not first.text[:1].isupper() or fold(first.text) not in given \
                    or self.in_quote[first.i] or (nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper()) \
                    or (before is not None and before.pos_ == "PROPN" and before.text[:1].isupper()
                        and fold(before.text).rstrip(".") not in lx.HONORIFICS):
                continue
            self._add_mention([first, t], self.doc[first.i:t.i + 1])
        # a surname the article names elsewhere, written alone and missed by the recogniser, with an
        # apposition: the titles it gives are that person's ("Birch, 58, a former rancher, joined …")
        for t in propn_caps:
            if t.ent_iob_ == "O" and fold(t.text) in self.people \
                    and not self.in_quote[t.i] and any(c.dep_ == "appos" for c in t.children) \
                    and not (t.i > 0 and self.tokens[t.i - 1].pos_ == "PROPN" and self.tokens[t.i - 1].text[:1].isupper()):
                self._add_mention([t], self.doc[t.i:t.i + 1])
        # a full name the recogniser missed, in apposition to a noun for a person: "His spokeswoman, Ana Ruiz,"
        # (or took for a place or an organisation, the surname or the whole name, after a noun a person's pronoun owns:
        # "Her deputy, Uche Nwafor,"; not "its rival, South Korea,")
        for t in propn_caps:
            ent = self.ent_of.get(t.i)
            mistaken = ent is not None and ent.label_ in ("ORG", "GPE") and ent.end == t.i + 1 and t.i - ent.start in (0, 1) \
                and any(c.dep_ == "poss" and c.lower_ in lx.MALE_PRONOUNS | lx.FEMALE_PRONOUNS for c in t.head.children)
            if t.dep_ == "appos" and (t.ent_iob_ == "O" or mistaken) and t.i > t.head.i \
                    and t.head.tag_ == "NN" and t.head.lemma_.lower() in lx.PERSON_NOUNS | lx.RELATION_NOUNS \
                    and not self.in_quote[t.i] and fold(t.text) not in lx.ORG_WORDS:
                first = [c for c in t.lefts]
                if len(first) == 1 and first[0].i == t.i - 1 and first[0].dep_ == "compound" and first[0].pos_ == "PROPN" \
                        and (first[0].ent_iob_ == "O" or (mistaken and ent.start == first[0].i)) and first[0].text[:1].isupper() and first[0].text.isalpha() \
                        and fold(first[0].text) not in lx.ORG_WORDS:
                    self._add_mention([first[0], t], self.doc[t.i - 1:t.i + 1])
        # a relative's first name alone, the recogniser took for a place or a group: "Dunlap's wife, Marcy,"
        for t in propn_caps:
            if t.dep_ == "appos" and t.ent_type_ in MISTAKEN_FOR_NAMES \
                    and t.head.lemma_.lower() in lx.KIN_NOUNS and t.head.tag_ == "NN" and t.head.i < t.i \
                    and not any(c.dep_ in ("compound", "flat") for c in t.children) and not self.in_quote[t.i] \
                    and self.ent_of[t.i].start == self.ent_of[t.i].end - 1 == t.i:
                self._add_mention([t], self.doc[t.i:t.i + 1])
        for key, starts in self.person_mentions.items():
            # (the passes after the recogniser's add mentions out of order: _last_before bisects them)
            self.person_mentions[key] = sorted(set(starts))
        votes = self._pronoun_votes()
        for key, person in self.people.items():
            m, f = votes.get(key, (0, 0))
            if m != f:
                person.gender = "m" if m > f else "f"  # what the article itself says: "Fiorina ... her"
                person.voted = True
            else:
                person.gender = _gender(person)

    def _untagged_or_mistagged(self, tok: "Token", start: int) -> bool:
        """A word of a name after an honorific: untagged, or a whole entity of a kind the recogniser
        gives names it does not know ("Mr Jaiswal" as an organisation, "Mr Ouattara" as a product)."""
        ent = self.ent_of.get(tok.i)
        return ent is None or (ent.label_ in MISTAKEN_FOR_NAMES and ent.start >= start and ent.end - start <= 4)

    def _add_mention(self, toks: list["Token"], span: "Span") -> None:
        """File one mention of a person: its name, where it is, and the titles around it."""
        person = self._person_for(toks)
        person.count += 1
        person.last = max(person.last, span.end - 1)
        self.person_mentions.setdefault(fold(toks[-1].text), []).append(span.start)
        words = _words(toks)
        self._titles_of(span, person, words[0] if len(words) > 1 else None)

    def _titled_name(self, ent: "Span") -> "Span | None":
        """The person's name inside a non-PERSON entity that a title announces, if it is one."""
        if ent.label_ in ("PERSON", "NORP") or ent.label_ in NOT_SPEAKERS:
            return None
        doc = self.doc

        def is_title(t: "Token") -> bool:
            return t.lower_ in lx.ROLE_NOUNS or fold(t.text).rstrip(".") in lx.HONORIFICS

        cut = max((k for k, t in enumerate(ent) if is_title(t)), default=-1)
        if cut < 0:
            # "Fox News’ Sean Mitchell", "Commentary's Noel Rathbone" tagged as one organisation: the outlet's
            # possessive, then a first name and a surname (not "Fox News’ Special Report")
            owner = max((k for k, t in enumerate(ent) if t.text in ("'s", "’s") or (
                t.text in ("'", "’") and k > 0 and ent[k - 1].lower_.endswith("s"))), default=-1)
            if 0 < owner < len(ent) - 2 and fold(ent[owner + 1].text) in lx.GIVEN_NAMES:
                cut = owner
        start = ent.start + cut + 1
        if cut < 0:
            before = doc[ent.start - 1] if ent.start > 0 else None
            if before is not None and is_title(before) and before.text[:1].isupper():
                pass  # "President Ebrahim Raisi"
            elif before is not None and before.lower_ == "of" and ent.start >= 2 and is_title(doc[ent.start - 2]) \
                    and doc[ent.start - 2].text[:1].isupper():
                start = ent.start + 1 + (ent[0].pos_ == "DET")  # "President of Kazakhstan Kassym-Jomart Tokayev":
                # the place, then the name ("Leader of the Opposition Edappadi K. Ramasamy")
            elif (ent.root.dep_ == "appos" and is_title(ent.root.head)) or any(
                    c.dep_ == "appos" and is_title(c) for c in ent.root.children):
                pass  # "the President of Mongolia, Ukhnaagiin Khurelsukh," / "X, the president of Y,"
            else:
                return None
        span = doc[start:ent.end]
        words = _words(_name_tokens(list(span)))
        if not 2 <= len(words) <= 4:
            return None
        for t in span:
            if t.text in HYPHENS or t.lower_ in lx.NAME_PARTICLES:
                continue
            if t.pos_ != "PROPN" or not t.text[:1].isupper() or t.lemma_.lower() in lx.ORG_NOUNS \
                    or t.lower_ in lx.ORG_WORDS or self.in_quote[t.i]:
                return None
        return span

    def _pronoun_votes(self) -> dict[str, tuple[int, int]]:
        """For each person: he/his/him against she/her/hers in the sentences they are the subject of."""
        votes: dict[str, list[int]] = {}
        for sent in self.sents:
            sent = self.tokens[sent.start:sent.end]
            # (a surname the tagger took for a common noun is still the person's: "Voss, for his part, …")
            subj = next((t for t in sent if t.dep_ == "nsubj" and not self.in_quote[t.i] and (
                t.pos_ == "PROPN" or (t.text[:1].isupper() and fold(t.text) in self.people))), None)
            if subj is None or fold(subj.text) not in self.people:
                continue
            asked = subj.head
            while asked.dep_ in ("ccomp", "xcomp", "conj") and asked.head.i != asked.i:
                asked = asked.head
            if asked.dep_ == "advcl" and asked.tag_ == "VBN" and asked.lemma_.lower() in lx.ASK_VERBS:
                continue  # "Asked whether Ruiz would testify, he said": Ruiz is what the question was about
            v = votes.setdefault(fold(subj.text), [0, 0])
            for t in sent:
                if t.i <= subj.i or self.in_quote[t.i]:
                    continue
                if t.ent_type_ == "PERSON" or (t.text[:1].isupper() and fold(t.text) in self.people) \
                        or (t.pos_ == "NOUN" and t.lemma_.lower() in lx.TITLE_NOUNS):
                    break  # a pronoun after another person may be theirs: "Nance said she wants Trump to explain his stance",
                    # "Rodríguez thanked the head of state for his support"
                if t.lower_ in ("him", "her") and t.dep_ in ("dobj", "dative", "pobj"):
                    verb = t.head.head if t.dep_ == "pobj" else t.head
                    while verb.dep_ in ("conj", "xcomp") and verb.head.i < verb.i:
                        verb = verb.head
                    if verb.i == subj.head.i:
                        continue  # "Crenshaw walked over and hugged him": the object of the subject's own verb is someone else
                if t.dep_ in ("poss", "pobj", "nsubj", "nsubjpass") and self._in_topic_phrase(t, subj.head):
                    continue  # "Cuomo opened with a question about her emails": the one asked about, not the asker
                if t.lower_ in lx.MALE_PRONOUNS:
                    v[0] += 1
                elif t.lower_ in lx.FEMALE_PRONOUNS:
                    v[1] += 1
        return {k: (m, f) for k, (m, f) in votes.items()}

    @staticmethod
    def _in_topic_phrase(t: "Token", verb: "Token") -> bool:
        """Does the pronoun sit in an "about" phrase below the verb ("a question about her emails",
        "asked about his taxes"): what is talked about, often someone else?"""
        up = t
        for _ in range(4):
            if up.i == verb.i or up.head.i == up.i:
                return False
            if up.dep_ == "pobj" and up.head.lower_ == "about":
                return True
            if up.dep_ == "ccomp" and up.head.i == verb.i and verb.lemma_.lower() in lx.ASK_VERBS \
                    and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in up.children):
                return True  # "Stephanos asked whether she had lied": the one asked
            up = up.head
        return False

    def _person_for(self, toks: list["Token"]) -> Person:
        words = _words(toks)
        name = " ".join(words)
        key = fold(toks[-1].text)
        if len(words) == 1 and key not in self.people and key in self.first_names:
            key = self.first_names[key]
        elif len(words) == 1 and key not in self.people:
            key = self._inner_name(key) or key
        person = self.people.setdefault(key, Person())
        person.names.append(name)
        person.first_at[name] = min(person.first_at.get(name, toks[0].i), toks[0].i)
        self._inner_cache.clear()
        if len(words) > 1:
            self.first_names.setdefault(fold(words[0]), key)
        return person

    def _titles_of(self, ent: "Span", person: Person, first: str | None = None) -> None:
        """Words that give the person a title: 'Venezuelan President X', 'X, the Leader of ...'."""
        root = ent.root
        words: list[str] = []
        # a window to the left, inside the same noun phrase
        i = ent.start - 1
        while i >= max(0, ent.start - 8):
            t = self.doc[i]
            if t.pos_ in ("VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "PRON", "SPACE", "NUM") or (t.pos_ == "ADP" and t.lower_ != "of"):
                break
            if t.pos_ == "DET":
                break
            if not _descends(t, ent):
                break  # not a modifier of this name: a headline's "London's Muslim mayor rebuffs Trump"
            if i == ent.start - 1 and t.pos_ in ("NOUN", "PROPN"):
                person.title_heads.update({t.lemma_.lower(), t.lower_})  # "Speaker M. Appavu Raj", "diplomat X"
            words.append(t.lower_)
            words.extend(_abbreviated_title(t) or ())  # "CS Mary Wambugu": cabinet secretary
            age = _age_of(t)
            if age is not None:  # "the 69-year-old billionaire Rod Kessler": his age is a title too
                words.append(age)
                i -= 4
                continue
            i -= 1
        for t in ent:
            if fold(t.text).rstrip(".") in lx.HONORIFICS:
                words.append(t.lower_)
        # a lawmaker's party and state: "Rep. Tom Brancato (R-Ariz.)" is "the Arizona Republican"
        m = PARTY_STATE.match(self.text, ent.end_char)
        if m:
            letter, written = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            state = fold(written).replace(".", "").replace(" ", "")
            words.append(lx.PARTY_LETTERS[letter.lower()])
            words.extend(lx.STATE_ABBREVIATIONS.get(state, fold(written).rstrip(".")).split())
        # the place a titled name is "of": "Sen. Luis Mendez of Vermont" is "the Vermont senator"
        if any(fold(w).rstrip(".") in lx.HONORIFICS or w in lx.ROLE_NOUNS for w in words):
            words.extend(g.lower_ for c in root.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == ent.end
                         for p in c.children if p.dep_ == "pobj" and p.ent_type_ == "GPE" for g in p.subtree)
        # appositions either way: "X, the Y," / "the Y, X,"
        relatives = [c for c in root.children if c.dep_ in ("appos", "nmod", "compound", "amod")
                     and not (ent.start <= c.i < ent.end)]  # "Leader of the Revolution X", "X, the Leader"
        if root.dep_ == "appos":
            # "Rep. Gail Sorensen and her challenger, Craig Lutz,": a name the parser hung on the first of two
            # joined heads is in apposition to the description just before it, not to the first person
            joined = [c for c in root.head.children if c.dep_ == "conj" and c.pos_ == "NOUN" and root.head.i < c.i < root.i]
            relatives.append(joined[-1] if joined else root.head)
        of_title = None
        for t in [root] + [t for t in ent if t.i != root.i]:
            if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in lx.ROLE_NOUNS:
                of_title = t.head.head  # a title parsed as "Leader of [the Revolution Ayatollah X]"
                relatives.append(of_title)
                break
        for r in relatives:
            if r.dep_ == "appos" and not _closed(r) and r is not of_title:
                continue  # "with X and Y, the candidate stated": a subject the parser took for an apposition
            if r.dep_ == "appos" and any(c.dep_ == "conj" and c.i < r.i for c in root.children):
                continue  # "Clinton, Trump and Cruz, the Texas senator": the apposition is the last one's
            # the title's own words, its "of" phrase whole ("the President of the Bolivarian Republic of
            # Venezuela"), not a clause about the person ("…, who says he won the election")
            clause = {t.i for c in r.children if c.dep_ in ("relcl", "acl", "advcl", "ccomp") for t in c.subtree}
            # "Okafor's rival, Catherine Wu": the possessor is someone else, not a title of hers (but "Qatar's prime
            # minister, X," is Qatar's: a place owning the office says whose it is, "the Qatari premier")
            clause |= {t.i for c in r.children if c.dep_ == "poss" and c.ent_type_ != "GPE" for t in c.subtree}
            person.owners.extend(c.i for c in r.children if c.dep_ == "poss")
            words.extend(t.lower_ for t in r.subtree if not t.is_punct and t.i < r.i + 10 and t.i not in clause
                         and not (ent.start <= t.i < ent.end))
            if r.pos_ == "NOUN" and not (ent.start <= r.i < ent.end):
                person.title_heads.update({r.lemma_.lower(), r.lower_})
        words = [w.strip(".") for w in words]
        # "Sen. Ana Ruiz" is "the senator" later
        words += [full for w in words for full in lx.TITLE_WORD_ABBREVIATIONS.get(w, ()) + lx.PARTY_NICKNAMES.get(w, ())]
        person.titles.update(words)
        if first:
            person.titles_of_first.setdefault(fold(first), set()).update(words)

    def person_by_name(self, name_tokens: list["Token"]) -> tuple[str, Person] | None:
        toks = _name_tokens(name_tokens)
        if not toks:
            return None
        key = fold(toks[-1].text)
        if key in self.people:
            if len(_words(toks)) == 1 and all(len(n.split()) == 1 for n in self.people[key].names):
                k = self._inner_name(key)  # a headline's "Lula" before "Luiz Inácio Lula da Silva"
                if k:
                    return k, self.people[k]
            return key, self.people[key]
        if len(_words(toks)) == 1 and key in self.first_names:
            k = self.first_names[key]
            return k, self.people[k]
        k = self._inner_name(key) if len(_words(toks)) == 1 else None
        return (k, self.people[k]) if k else None

    def _inner_name(self, word: str) -> str | None:
        """The one person whose full name has this word inside it, after the first name:
        "Lula" for Luiz Inácio Lula da Silva, "Maduro" for Nicolás Maduro Moros."""
        if word in self._inner_cache:
            return self._inner_cache[word]
        hits = {k for k, p in self.people.items() for n in set(p.names)
                if len(n.split()) > 2 and word in [fold(w) for w in n.split()[1:-1]]}
        self._inner_cache[word] = found = hits.pop() if len(hits) == 1 else None
        return found

    def person_by_title(self, head: "Token", before: int) -> str | None:
        """The name of the person the article gave this title, best matching its modifiers, latest first."""
        title = head.lemma_.lower()
        mods = {c.lower_ for c in head.children if c.dep_ in ("amod", "compound", "nmod", "poss")
                and (not c.is_stop or c.lower_ in lx.TITLE_QUALIFIERS)}  # ("former" is a stop word)
        expanded = _abbreviated_title(head)
        if expanded:  # "the PM": the prime minister
            *more, title = expanded
            mods |= set(more)
        # capitalised words before the title say whose it is: "Iran's foreign ministry spokesman"
        # is not the Kremlin's spokesman named earlier
        proper = {t.lower_ for t in head.subtree if t.i < head.i and t.text[:1].isupper() and t.dep_ not in ("det", "case")
                  and not t.is_stop and t.lower_ not in lx.TITLE_QUALIFIERS}
        # (a party says whose only of one the article gave a party: "the Republican governor" is the governor it named
        # with none, but "the GOP front-runner" no Democratic one)
        party = proper & lx.PARTY_ADJECTIVES
        best, best_score, best_seen, fits = None, 0.0, False, []
        for key, person in self.people.items():
            # relatives sharing the surname hold their own titles: "the former president" is George, not Jeb
            variants = list(person.titles_of_first.items()) if len(person.titles_of_first) > 1 else [(None, person.titles)]
            for first, titles in variants:
                generic = 0.0
                if title in lx.TITLE_SYNONYMS and title in lx.MALE_TITLES | lx.FEMALE_TITLES and title not in titles \
                        and person.gender and person.gender != ("m" if title in lx.MALE_TITLES else "f"):
                    continue  # "the congressman" is no congresswoman: a gendered synonym matches its gender only
                # ("the chief executive" for "President X": one office in other words)
                # (a state's office: no company's among the other words of the title, "chief executive of Acme Motors")
                same = any(title in words and words <= mods | {title} for words in lx.SAME_OFFICE) \
                    and any(words <= titles and not titles - words - {"the", "of"} - lx.HONORIFICS - self.place_words
                            for words in lx.SAME_OFFICE if title not in words)
                if title not in titles and head.lower_ not in titles and lx.TITLE_SYNONYMS.get(title) not in titles and not same:
                    if not (title in lx.GENERIC_LEADER_NOUNS and titles & lx.HEAD_OF_STATE_TITLES
                            and (title == "head" or any(_has_title_word(titles, m) for m in mods))) \
                            and not (title in lx.HEAD_OF_STATE_TITLES and {"head", "state"} <= titles):
                        continue  # "the President" for the one introduced as "the Head of State, X"

                    generic = 1.0  # "the Mongolian leader", "the head of state" for "President of Mongolia X"
                need = proper - party if not titles & lx.PARTY_ADJECTIVES else proper
                if need and not any(_has_title_word(titles, m) for m in need):
                    continue
                if {t.rstrip(".") for t in titles} & lx.OTHER_OFFICE_QUALIFIERS \
                        and not {m.rstrip(".") for m in mods} & lx.OTHER_OFFICE_QUALIFIERS:
                    continue  # "Lt. Gov. Ana Ruiz" is not "the governor", "Vice President X" not "the president"
                score = 2 - generic + sum(1.5 for m in mods if _has_title_word(titles, m)) \
                    - sum(1 for m in mods if not _has_title_word(titles, m))
                # a qualifier the mention does not repeat makes a worse fit: "Former Gov. X" for "the governor"
                score -= sum(1.5 for q in lx.TITLE_QUALIFIERS & titles if q not in mods)
                last = self._last_before(key, before)
                fits.append((round(score, 6), last is not None))
                score += 0.01 * min(person.count, 20) + (0.5 + 0.001 * last if last is not None else 0)
                if score > best_score:
                    best, best_score, best_seen = person.name_for(first), score, last is not None
        if len(fits) > 1 and not any(seen for _, seen in fits):
            top = max(s for s, _ in fits)
            if sum(1 for s, _ in fits if s == top) > 1:
                return None  # a headline's "Minister says …" before two foreign ministers are named: no one yet
        if best is None and proper and proper <= self.place_words:
            best, best_seen = self._leader_of_unnamed_country(title, before), True
        if best is not None and best_seen is False and self._first_person_at is not None and self._first_person_at < before:
            # a title points back to someone named before it; only a headline or lede looks ahead
            # ("Speaking on state television, the socialist leader …" is not the opposition leader named later)
            return None
        return best

    def _issuer(self, tok: "Token") -> "Token | None":
        """Who issued the document that "the statement" points back to: the owner of an earlier
        "X's statement", or the subject of the verb that an earlier "a statement" of the same
        paragraph or the one before hangs from ("X said in a statement …", "X issued a statement …")."""
        lemma = tok.lemma_.lower()
        k = bisect.bisect_right(self.sent_starts, tok.i) - 1
        for sent in reversed(self.sents[max(0, k - 3):k]):
            for t in sent:
                if t.lemma_.lower() != lemma or self.in_quote[t.i]:
                    continue
                owner = next((c for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
                if owner is not None:
                    return owner  # "Ruiz's statement took aim at …. According to the statement, …"
                by = _author(t, self.in_quote) if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children) else None
                if by is not None and by.pos_ != "PRON" and (by.ent_type_ in ("PERSON", "ORG", "NORP")
                                                            or by.lemma_.lower() in lx.PERSON_NOUNS):
                    # (a person, a group or a word for people: not "a letter delivered by courier")
                    return by  # "A letter signed by 40 faith leaders … called on Boyce …. “…,” the letter said."
                if t.dep_ not in ("pobj", "dobj"):
                    continue
                v = t.head.head if t.dep_ == "pobj" else t.head
                if v.pos_ != "VERB":
                    continue
                subj = next((c for c in v.children if c.dep_ == "nsubj" and not self.in_quote[c.i]), None)
                if subj is not None and subj.pos_ != "PRON":
                    return subj
        return None

    def _introduced_unnamed(self, tok: "Token") -> str | None:
        """"the official said" after "A senior party official, speaking on condition of anonymity,":
        a definite description repeats the indefinite one that brought an unnamed source in, a few
        sentences before, and stands for it as written."""
        if tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        lemma = tok.lemma_.lower()
        # "the source said" repeats whoever was brought in unnamed: "A member of the NEC, who spoke on condition of anonymity"
        anyone = lemma == "source"
        k = bisect.bisect_right(self.sent_starts, tok.i) - 1
        for sent in reversed(self.sents[max(0, k - 3):k + 1]):
            for t in reversed(sent):
                if t.i >= tok.i or t.tag_ != "NN" or self.in_quote[t.i] or t.lemma_.lower() != lemma and not (
                        anyone and t.lemma_.lower() in lx.PERSON_NOUNS - lx.COLLECTIVE_HEADS):
                    continue
                det = next((c.lower_ for c in t.children if c.dep_ in ("det", "nummod") and c.i < t.i), None)
                if det not in ("a", "an", "one", "another"):
                    if anyone and t.lemma_.lower() != lemma:
                        continue  # ("the chairman" in between is someone else)
                    return None  # the nearest one is named or definite: no introduction to repeat
                return _description(self._mention_text(t))
        return None

    def _leader_of_unnamed_country(self, title: str, before: int) -> str | None:
        """"the Venezuelan leader" for "The Head of State, Nicolás Maduro": the one head of state named
        before it whose titles name no country, when the article never said whose head of state."""
        if title not in lx.GENERIC_LEADER_NOUNS | lx.HEAD_OF_STATE_TITLES:
            return None
        found = [p for key, p in self.people.items()
                 if (p.titles & lx.HEAD_OF_STATE_TITLES or {"head", "state"} <= p.titles)
                 and not p.titles & self.place_words and self._last_before(key, before) is not None]
        return found[0].name if len(found) == 1 else None

    # --- mentions to names -----------------------------------------------------------------
    def resolve(self, tok: "Token", chain: tuple[str, ...] = ()) -> Resolved:
        """Turn the head token of a speaker mention into a name (or say it has none)."""
        low = tok.lower_
        if low in lx.STYLES_OF_ADDRESS:
            poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in lx.MALE_PRONOUNS | lx.FEMALE_PRONOUNS), None)
            if poss is not None:  # "His Eminence said": a pronoun in court dress
                return self._resolve_pronoun(poss, chain + (f"{poss.text} {tok.text}",))
        if tok.pos_ == "PRON" or low in lx.MALE_PRONOUNS | lx.FEMALE_PRONOUNS | lx.PLURAL_PRONOUNS | lx.ORG_PRONOUNS:
            return self._resolve_pronoun(tok, chain + (tok.text,))
        if self.skip[tok.i] and not self.in_quote[tok.i]:  # a dateline: its apposition may be the speaker
            appos = next((c for c in tok.children if c.dep_ == "appos" and not self.skip[c.i]), None)
            if appos is not None:
                return self.resolve(appos, chain + (tok.text,))
            return Resolved(None, "unresolved", chain + (tok.text,))
        if _partitive(tok):  # "One of the senior officials said": an unnamed source
            return Resolved(None, "unnamed", chain + (self._mention_text(tok),))
        age = _age_description(tok)
        if age is not None:  # "the 69-year-old said": the one person the article gave that age before
            fits = [p for key, p in self.people.items() if age in p.titles and self._last_before(key, tok.i) is not None]
            if len(fits) == 1:
                return self._finish(fits[0].name, "title", chain + (self._mention_text(tok), fits[0].name))
            varied = self._varied_subject(tok, age) if not fits else None
            if varied:  # "Jack Ellison, who survived …, said …. “…,” the 29-year-old said"
                return self._finish(varied, "title", chain + (self._mention_text(tok), varied))
            return Resolved(None, "unnamed", chain + (self._mention_text(tok),))
        if tok.ent_type_ in NOT_SPEAKERS:
            return Resolved(None, "unresolved", chain + (tok.text,))  # "Monday said" is a parse error
        if tok.lemma_.lower() in lx.PARTY_MEMBER_NOUNS and tok.tag_ in ("NN", "NNP") and tok.ent_type_ != "ORG" \
                and any(c.dep_ == "det" for c in tok.children):  # ("The Independent said": the newspaper)
            # "the New York Democrat said": a person described, not the party
            member = self._party_member(tok)
            if member:  # "the Democrat" for the one Democrat the article named
                return self._finish(member, "title", chain + (self._mention_text(tok), member))
            return Resolved(None, "unnamed", chain + (self._mention_text(tok),))
        head_of = low == "head" and any(c.lower_ == "of" and any(g.lower_ in ("state", "government") for g in c.children)
                                        for c in tok.children)  # ("the Head of State said": a title, capitals or not)
        is_title = (low in lx.ROLE_NOUNS or head_of or _abbreviated_title(tok) or (not tok.ent_type_ and self._given_as_title(tok))) \
            and (tok.ent_type_ != "PERSON" or not _name_tokens(self._compound(tok))) and not any(
            c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" and c.i > tok.i for c in tok.children)
        known = tok.text[:1].isupper() and fold(tok.text) in self.people  # "Will" tagged as a verb
        # (a lower-case word tagged as a proper noun, "foreign ministry", is a common noun)
        if ((tok.pos_ == "PROPN" and (tok.text[:1].isupper() or tok.ent_type_)) or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                or known) and not is_title:
            if not tok.ent_type_ and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                named = self._named_apposition(tok)
                if named is not None:  # "the Member for Bolton West, Aisha Rahman,": a capitalised office and its holder
                    return self.resolve(named, chain + (self._mention_text(tok),))
            if tok.ent_type_ != "PERSON" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) \
                    and not self.person_by_name(self._compound(tok)):  # ("a defiant Boyce said": Boyce, in a mood)
                # "a retired Marine, Sgt. Dan Kowalski,", "a Democrat, Tom Reyes,": a proper noun with "a" describes
                # someone, and the name in apposition is who
                named = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > tok.i), None)
                if named is not None:
                    return self.resolve(named, chain + (self._mention_text(tok),))
                if tok.tag_ == "NNP" and tok.ent_type_ in ("", "NORP", "ORG"):
                    return Resolved(None, "unnamed", chain + (self._mention_text(tok),))  # "a retired Marine stood up"
            holder = self._demonym_holder(tok)
            if holder:  # "the Arkansan said" for "former Arkansas governor Ray Dunlap"
                return self._finish(holder, "title", chain + (self._mention_text(tok), holder))
            toks = self._compound(tok)
            hit = self.person_by_name(toks)
            bare = _name_tokens(toks)
            words = _words(bare)
            name_text = " ".join(words) or tok.text
            if hit:
                # "Hillary" alone is a first name: the relative who has it, not the family's usual name
                first = words[0] if len(words) > 1 or (words and fold(words[0]) != hit[0]) else None
                if first in lx.NAME_PARTICLES:
                    first = None  # "van Aalst" is a surname, not a first name "van": Jeroen van Aalst
                full = hit[1].name_for(first)
                styled = sorted({t.i: t for t in toks + [c for c in tok.lefts if c.dep_ == "compound"]}.values(),
                                key=lambda t: t.i)
                g = _honorific_gender(styled) if first is None else None
                if g:  # "Mr. Clinton" is the husband, "Mrs Holt" not Sir Graham Holt
                    mine = hit[1].name_of_gender(g)
                    if mine:
                        full = mine
                    elif _first_gender(full.split()[0], hit[1].titles_of_first.get(fold(full.split()[0]), set())) \
                            not in (None, g):
                        spouse = self._relative_by_first_name(hit[0], full, g)
                        if spouse:  # "Sen. Tom Haley and his wife, Joan, …. Mrs. Haley said": Joan Haley
                            return self._finish(spouse, "name", chain + (spouse,))
                        written = " ".join(t.text for t in styled if not t.is_punct and t.text not in ("'s", "’s"))
                        return self._finish(written, "name", chain + (written,))
                generation = next((lx.GENERATION_WORDS[c.lower_] for c in tok.children
                                   if c.dep_ == "amod" and c.lower_ in lx.GENERATION_WORDS), None)
                if first is None and generation is not None:  # "the elder Hoyt": the father, not the son
                    full = hit[1].name_of_generation(generation) or full
                return self._finish(full, "name", chain + (name_text, full))
            ent = self.ent_of.get(tok.i)
            if ent is not None and ent.label_ in ("ORG", "GPE", "NORP"):
                owner = [t for t in ent if t.i < tok.i and (t.text in ("'s", "’s") or (
                    t.text in ("'", "’") and t.i > ent.start and self.doc[t.i - 1].lower_.endswith("s")))]  # "Fox News’ Bret Colman"
                after = self.doc[owner[-1].i + 1: tok.i + 1] if owner else None
                if after is not None and len(after) >= 2 and all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in after):
                    # "Commentary's Noel Rathbone", tagged as one organisation: the person after the possessive
                    name = " ".join(_words(list(after)))
                    return self._finish(name, "name", chain + (name,))
                before = self.doc[ent.start - 1] if ent.start > 0 else None
                if ent.label_ == "ORG" and before is not None and before.text.islower() and before.lower_ in lx.PERSON_NOUNS \
                        and before.tag_ == "NN" and len(ent) >= 2 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent):
                    # "Walker spokeswoman Hope Daniels said", the name tagged as an organisation: a person's noun
                    # right before it says it is a person's name
                    name = " ".join(_words(list(ent)))
                    return self._finish(name, "name", chain + (name,))
            # an organisation or a country speaks as itself: "the Kremlin said", "Iran said"
            if tok.ent_type_ in ("ORG", "GPE", "NORP") and "," not in self._entity(tok):  # "Lehigh, Bruce Turry" is a slip
                ent = self._entity(tok)
                return self._finish(ent, "org", chain + (ent,))
            if _office_name(tok):  # "The Prime Minister's Office said", untagged: an office, not a person "Office"
                office = self._mention_text(tok, strip_det=True)
                return self._finish(office, "org", chain + (office,))
            if len(name_text) == 1:  # "Q: Will you vote …?": an interview's label, no one's name
                return Resolved(None, "unresolved", chain + (name_text,))
            return self._finish(name_text, "name", chain + (name_text,))
        # a common noun: a title, an organisation or an unnamed source
        possessor = next((c for c in tok.children if c.dep_ == "poss" and (
            c.pos_ == "PROPN" or (c.pos_ == "PRON" and (tok.lemma_.lower() in lx.SPEECH_NOUNS | lx.CARRIER_NOUNS
                                     or tok.lower_ in lx.SPEECH_NOUNS | lx.CARRIER_NOUNS
                                     or (tok.lower_ in lx.OWN_ORG_NOUNS and c.lower_ in lx.MALE_PRONOUNS | lx.FEMALE_PRONOUNS))))), None)
        if possessor is None and tok.lower_ in lx.OWN_ORG_NOUNS:
            # "the campaign of Democratic candidate Lena Brenner said": whose campaign, as "Brenner's campaign"
            possessor = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                              if o.dep_ == "pobj" and o.ent_type_ == "PERSON" and not self.in_quote[o.i]), None)
        if possessor is None and tok.lemma_.lower() in lx.SPEECH_NOUNS | lx.CARRIER_NOUNS and tok.tag_ == "NN" \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                and not any(c.dep_ in ("prep", "acl", "relcl", "compound", "amod") for c in tok.children):
            issuer = self._issuer(tok)
            if issuer is not None:  # "… said in a statement that …. “…,” the statement read."
                res = self.resolve(issuer, chain + (self._mention_text(tok),))
                if res.name is None and res.how == "unnamed":  # the unnamed issuer as written
                    return Resolved(_description(self._mention_text(issuer)), "unnamed", res.chain)
                return res
            if tok.lemma_.lower() in lx.ISSUED_NOUNS:
                # "Northwind Energy to cut 400 jobs …. “…,” the release said": a press release no sentence
                # before issued is that of the organisation the story opens with, the first it names
                org = next((self.doc[e.start + (e[0].pos_ == "DET"):e.end].text for e in self.doc.ents
                            if e.label_ == "ORG" and e.end < tok.i and not self.in_quote[e.start]
                            and not self.person_by_name(list(e))), None)
                if org:
                    return self._finish(org, "org", chain + (self._mention_text(tok), org))
        if head_of:
            hit = self.person_by_title(tok, tok.i)  # "the head of state said"
            if hit:
                return self._finish(hit, "title", chain + (self._mention_text(tok), hit))
        if low in lx.ROLE_NOUNS or tok.lemma_.lower() in lx.ROLE_NOUNS or _abbreviated_title(tok) or self._given_as_title(tok) \
                or _hyphenated_word(tok) in lx.ROLE_NOUNS:  # "front-runner", split by the tokenizer
            determiner = next((c.lower_ for c in tok.children if c.dep_ == "det"), None)
            if determiner is None and tok.dep_ == "compound" and tok.head.pos_ == "VERB":  # ("a front-runner said", misparsed)
                determiner = next((c.lower_ for c in tok.head.children if c.dep_ == "det" and c.i < tok.i), None)
            named = self._named_apposition(tok)
            if named is None and tok.text[:1].isupper():
                # "Leader of the Opposition Edappadi K. Ramasamy said": a name parsed as the object of the title's "of"
                named = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                              if g.dep_ == "pobj" and g.pos_ == "PROPN" and g.i == g.head.i + 1 + sum(1 for _ in g.lefts)
                              and self.person_by_name([x for x in g.lefts if x.dep_ in ("compound", "flat")] + [g])
                              and not self.in_quote[g.i] and g.ent_type_ in ("PERSON", "ORG")), None)
            if named is None and tok.text[:1].isupper() and determiner is None:
                # "Vice President for news and talk Dan Gorman called": a capitalised title's "and" inside its
                # "for" phrase, read as joining the name to the title
                named = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
                              and not any(g.dep_ == "det" for g in c.children)
                              and any(p.dep_ == "prep" and p.lower_ == "for" and p.i < c.i for p in tok.children)), None)
            if named is not None:
                return self.resolve(named, chain + (self._mention_text(tok),))
            if determiner in lx.INDEFINITE_DETERMINERS or tok.tag_ == "NNS" or any(
                    c.dep_ == "nummod" and c.i < tok.i for c in tok.children):
                return Resolved(None, "unnamed", chain + (self._mention_text(tok),))
            hit = self.person_by_title(tok, tok.i)
            if hit and not self._owned_alike(tok, hit):
                hit = None  # "her spokesman" is not the spokesman "His spokesman, Tom Lutz," named: his
            if hit:
                return self._finish(hit, "title", chain + (self._mention_text(tok), hit))
            owned_by = possessor if possessor is not None else next((
                c for c in tok.children if c.dep_ == "poss" and c.lower_ in lx.MALE_PRONOUNS | lx.FEMALE_PRONOUNS), None)
            if owned_by is not None:  # ("her spokesman": the pronoun's antecedent is whose)
                owner = self.resolve(owned_by, chain)
                if owner.name:  # "Trump's spokesman": the spokesman speaks, for Trump
                    # (the role whole: "Voss's campaign manager" is his campaign manager, not his manager)
                    role = " ".join(t.text for t in self.doc[owned_by.right_edge.i + 1:tok.i + 1]
                                    if t.text not in ("'s", "’s", "'") and not t.is_space)
                    return Resolved(f"{owner.name}’s {role}", "unnamed", chain + (self._mention_text(tok), owner.name))
            if self.book:
                name = self.book.by_title(self._mention_text(tok))
                if name:
                    return Resolved(name, "file", chain + (self._mention_text(tok), name + " (speakers file)"))
            source = self._introduced_unnamed(tok)
            if source:  # "the official" for the "A senior … official" just before
                return Resolved(source, "unnamed", chain + (self._mention_text(tok), source))
            varied = self._varied_subject(tok)
            if varied:  # "Hartigan responded within hours. …, the billionaire called …"
                return self._finish(varied, "title", chain + (self._mention_text(tok), varied))
            return Resolved(None, "unresolved", chain + (self._mention_text(tok),))
        named = self._named_apposition(tok)
        if named is not None:  # "another fraternity brother, Stuart Oltchick, recalled"
            return self.resolve(named, chain + (self._mention_text(tok),))
        org = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "ORG"
                    and tok.text.islower()), None)
        if org is not None:  # "The rival Rapid Support Forces (RSF) accused …": the organisation it names
            return self.resolve(org, chain + (self._mention_text(tok),))
        # ("Ghana's main opposition party said": a place's party or union speaks as itself, not as the place)
        if possessor is not None and tok.lemma_.lower() not in lx.RELATION_NOUNS and not (
                possessor.ent_type_ == "GPE" and tok.lemma_.lower() in lx.NON_STATE_ORG_NOUNS):
            return self.resolve(possessor, chain + (self._mention_text(tok),))  # "Trump's campaign said"
        maker = next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == tok.i - 1
                      and self.person_by_name(self._compound(c))), None) \
            if tok.lemma_.lower() in lx.CARRIER_NOUNS else None
        if maker is not None:  # "a new Hollis ad says": the ad of the person named before it, as "Hollis's ad"
            return self.resolve(maker, chain + (self._mention_text(tok),))
        if low in lx.ORG_NOUNS or tok.lemma_.lower() in lx.ORG_NOUNS:
            named = self._named_org_before(tok)
            if named:  # "The United Food Workers union said …. “…,” the union said": the union named
                return Resolved(named, "org", chain + (self._mention_text(tok), named))
            return Resolved(self._mention_text(tok, strip_det=True), "org", chain + (self._mention_text(tok),))
        source = self._introduced_unnamed(tok) if tok.lemma_.lower() in lx.UNNAMED_HEADS - lx.COLLECTIVE_HEADS else None
        if source:  # "the diplomat said" for "An EU diplomat, speaking on condition of anonymity," just before
            return Resolved(source, "unnamed", chain + (self._mention_text(tok), source))
        poss = [c.lower_ for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"]
        if tok.lemma_.lower() in lx.RELATION_NOUNS and poss and len(list(tok.children)) == 1:
            # "his daughter said" after "His daughter, Ann Carter, said": the relative named the first time
            for t in reversed(self.doc[:tok.i]):
                if t.lower_ == tok.lower_ and not self.in_quote[t.i] \
                        and [c.lower_ for c in t.children if c.dep_ == "poss"] == poss:
                    named = self._named_apposition(t)
                    if named is not None:
                        return self.resolve(named, chain + (self._mention_text(tok),))
                    break
        varied = self._varied_subject(tok) if tok.lemma_.lower() in lx.CAREER_NOUNS else None
        if varied:  # "the real estate developer": a living outside the role nouns varies a name too
            return self._finish(varied, "title", chain + (self._mention_text(tok), varied))
        return Resolved(None, "unnamed", chain + (self._mention_text(tok),))

    def _varied_subject(self, tok: "Token", age: str | None = None, demonym: bool = False) -> str | None:
        """"Ostrow, for her part, has tried to stay above the fray. In a speech …, the former governor urged …":
        a definite description no one was given as a title, opening the talk about someone, varies the name of
        the person the sentence before (or the one before that, after a sentence with no person for subject)
        has for subject, when its role does not say another gender."""
        # a verb in the past tense hung on the noun right after it is the sentence's own verb, misparsed as a
        # modifier ("the billionaire called Sutter “a loser”"), and quoted words modify nothing outside the quote
        mods = [c for c in tok.children if not self.in_quote[c.i]
                and not (c.dep_ == "acl" and c.tag_ == "VBD" and c.i == tok.i + 1)]
        # (``age``: "the 29-year-old said" for an age the article gave no one, a description of its own; ``demonym``:
        # "The Spaniard … dropped serve" for a nationality the article gave no one)
        if age is None and not demonym and (
                tok.tag_ != "NN" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.text[:1].isupper()
                or any(t.text[:1].isupper() and t.dep_ != "det" for c in mods for t in c.subtree)
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                or any(c.dep_ in ("poss", "prep", "relcl", "acl", "appos") for c in mods)):
            return None  # (a description with a capital, "the Florida senator", is quoted as written)
        # a living ("the businessman") or a past office ("the former governor"): what a name is varied by
        former = any(c.dep_ == "amod" and c.lower_ in ("former", "ex") for c in tok.children)
        # (or an office no one in the article was given: "the president said" after "incumbent X won" and "X called")
        office = tok.lemma_.lower() in lx.OFFICE_NOUNS and not any(tok.lemma_.lower() in p.titles for p in self.people.values())
        if age is None and not demonym and not former and not office and tok.lemma_.lower() not in lx.CAREER_NOUNS:
            return None
        k = bisect.bisect_right(self.sent_starts, tok.i) - 1
        for sent in reversed(self.sents[max(0, k - 2):k]):
            if age is not None and (sent.end != self.sents[k].start or "\n" in self.text[sent.start_char:tok.idx]):
                return None  # (an age: only the sentence just before, in the same paragraph)
            if office and not former and "\n" in self.text[sent.start_char:tok.idx]:
                return None  # (an office no one was given: only within the paragraph that talks about the one named)
            subj = self.sentence_subject(sent)
            if age is not None and not _is_cue(sent.root) and (subj is None or subj.how != "title"):
                # (and one who speaks there: "Officer Hale found the driver. “…,” the 29-year-old said"; or one the
                # sentence already calls by a description: "The Spaniard dropped serve. “…,” the 23-year-old said")
                return None
            if subj is None:
                # "Hartigan's campaign did not respond.": the campaign's owner is whom the sentence is about
                own = next((c for c in sent.root.children if c.dep_ == "nsubj" and c.lemma_.lower() in lx.OWN_ORG_NOUNS
                            and not self.in_quote[c.i]), None)
                owner = next((c for c in own.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) if own is not None else None
                subj = self.resolve(owner) if owner is not None else None
            if subj is None:
                if any(not self.in_quote[t.i] and (t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and fold(t.text) in self.people))
                       for t in sent):
                    return None  # (a sentence naming someone, not as its subject: "The video, Finn said, is …")
                continue
            if subj.how not in ("name", "title") or not subj.name or (subj.how == "title" and age is None):
                return None  # (a description after a description: "The Spaniard …. “…,” the 23-year-old said")
            person = self.people.get(_name_key(subj.name))
            if demonym:  # (not one of two named together: "Marsh and Kaye spoke. “…,” the Texan said")
                return None if self._plural_subject(sent) is not None else subj.name
            if age is not None:  # (not one the article gave another age)
                return None if person is not None and any(t.isdigit() and t != age for t in person.titles) else subj.name
            if person is not None and (person.titles & lx.OFFICE_NOUNS) - {tok.lemma_.lower()}:
                return None  # (a senator is not "the former governor" someone else is)
            if office and not former and person is not None and (person.titles & lx.ROLE_NOUNS) - {tok.lemma_.lower()}:
                return None  # (nor is "the opposition leader" the president no one in the article was named)
            if office and not former and (person is None or not {t for t in person.titles if not t.isdigit()}
                                          - {fold(w) for n in person.names for w in n.split()}):
                return None  # (nor one given no word of standing at all, "incumbent": "Ana Ruiz criticized the budget")
            if tok.lemma_.lower() not in lx.CAREER_NOUNS:
                # a past office may be that of another person the sentence names ("X brought his brother, Y, …")
                k = bisect.bisect_left(self.person_ent_starts, sent.start)
                while k < len(self.person_ents) and self.person_ents[k].start < sent.end:
                    ent = self.person_ents[k]
                    k += 1
                    if not self.in_quote[ent.start] and not set(_words(_name_tokens(list(ent)))) <= set(subj.name.split()):
                        return None
            role = tok.lower_
            want = "m" if role in lx.MALE_TITLES else "f" if role in lx.FEMALE_TITLES else None
            g = self._gender_of(subj.name)
            return None if want and g and g != want else subj.name
        return None

    def _owned_alike(self, tok: "Token", name: str) -> bool:
        """Whether "her spokesman" may be the one given that title as someone's ("His spokesman, Tom
        Lutz,"): the pronouns stand for the same person, or the title was given as no one's."""
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in lx.MALE_PRONOUNS | lx.FEMALE_PRONOUNS), None)
        person = self.people.get(_name_key(name))
        if poss is None or person is None or not person.owners:
            return True
        owner = self.resolve(poss).name  # (no one is their own spokesman: a pronoun taken for the holder is unsure)
        return owner is None or owner == name or any(self.resolve(self.tokens[i]).name == owner for i in person.owners)

    def _relative_by_first_name(self, key: str, full: str, gender: str) -> str | None:
        """The relative of that gender introduced by first name alone as one's kin ("his wife, Joan,", the "his"
        standing for ``full``), with the surname an honorific gives her ("Mrs. Haley" is Joan Haley)."""
        kin = lx.FEMALE_KIN if gender == "f" else lx.MALE_KIN
        for k, p in self.people.items():
            if k == key or any(len(n.split()) > 1 for n in p.names) or not p.titles & kin or not p.owners:
                continue
            for i in p.owners:
                owner = self.tokens[i]
                said = "m" if owner.lower_ in lx.MALE_PRONOUNS else "f" if owner.lower_ in lx.FEMALE_PRONOUNS else None
                if said != gender and self.resolve(owner).name == full:  # (``full`` is of the other gender)
                    return f"{p.names[0]} {full.split()[-1]}"  # ("her daughter" is not Tom Haley's)
        return None

    def _party_member(self, tok: "Token") -> str | None:
        """"the Democrat said", "the Wisconsin Republican said": the one person named before whose titles
        hold the party ("Democrat Joan Clifford", "Democratic candidate X") and every place word before it."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        word = tok.lemma_.lower()
        mods = [t.lower_ for t in tok.subtree if t.i < tok.i and t.dep_ != "det" and t.text[:1].isupper()]
        fits = {p.name for key, p in self.people.items() if self._last_before(key, tok.i) is not None
                and _has_title_word(p.titles, word) and all(_has_title_word(p.titles, m) for m in mods)
                and self._party_given(key, word)}
        return fits.pop() if len(fits) == 1 else None

    def _party_given(self, key: str, word: str) -> bool:
        """Whether the party is written with a capital near a mention of the person ("Democratic candidate X"),
        not the adjective of "X, a democratic socialist"."""
        for start in self.person_mentions.get(key, ()):
            for t in self.tokens[max(0, start - 8):start + 12]:
                if t.text[:1].isupper() and not self.in_quote[t.i] and (_has_title_word({t.lower_}, word) or (
                        lx.PARTY_LETTERS.get(t.lower_) == word and t.i > 0 and self.tokens[t.i - 1].text in ("(", ","))):
                    return True  # (or its letter: "Rep. Tom Brancato (R-Ariz.)", AP's "Sen. X, D-Mass.,")
        return False

    def _demonym_holder(self, tok: "Token") -> str | None:
        """"the Arkansan said" after "former Arkansas governor Ray Dunlap": a lone capitalised word after
        "the", no one's name, that names another way a place in the titles of one person named before."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                or any(c.dep_ in ("compound", "flat") for c in tok.children) or tok.ent_type_ not in ("PERSON", "NORP", ""):
            return None
        word = fold(tok.text)
        known = self.people.get(word)
        if (known is not None and any(len(n.split()) > 1 for n in known.names)) or word in self.first_names:
            return None  # "the Donald": a name after all
        fits = {p.name for key, p in self.people.items() if key != word and self._last_before(key, tok.i) is not None
                and any(t in self.place_words and t != word and _has_title_word({t}, word) for t in p.titles)}
        if not fits and tok.ent_type_ == "NORP" and tok.tag_ == "NNP" and tok.dep_ in ("nsubj", "nsubjpass") \
                and not any(word in p.titles for p in self.people.values()):
            # "Serrano survived a wobble …. The Spaniard dropped serve …": a nationality the article gave no one, as a
            # subject, varies the name of the one the sentence before is about
            return self._varied_subject(tok, demonym=True)
        return fits.pop() if len(fits) == 1 else None

    def _named_org_before(self, tok: "Token") -> str | None:
        """A bare "the union" is the organisation named before it (outside quotes) the article called a union."""
        if [c.lower_ for c in tok.children] != ["the"] or not tok.text.islower():
            return None
        for ent in reversed([e for e in self.doc.ents if e.label_ == "ORG" and e.end < tok.i and not self.in_quote[e.start]]):
            nxt = self.doc[ent.end]
            if nxt.lemma_.lower() == tok.lemma_.lower() or ent[-1].lemma_.lower() == tok.lemma_.lower():
                return self.doc[ent.start + (ent[0].pos_ == "DET"):ent.end].text
        if tok.lemma_.lower() in lx.GENERIC_ORG_NOUNS:
            # "Shares in Halvorsen Foods fell …. The company said": the organisation named last, when only one
            # organisation has been named so far (with several, "the company" could be any of them)
            named = {self.doc[e.start + (e[0].pos_ == "DET"):e.end].text for e in self.doc.ents
                     if e.label_ == "ORG" and e.end < tok.i and not self.in_quote[e.start]}
            # (a person's name the recogniser took for one is none, "Elena said"; an organisation's initials are
            # the organisation, "WHO" after "World Health Organization")
            named = {n for n in named if fold(n) not in self.people and fold(n) not in self.first_names}
            named -= {n for n in named if n.isupper() and any(
                m != n and n == "".join(w[0] for w in m.split() if w[:1].isupper()) for m in named)}
            if len(named) == 1:
                return named.pop()
        return None

    def _given_as_title(self, tok: "Token") -> bool:
        """"the former diplomat" after "Edmundo González, the 75-year-old former diplomat": a
        definite description whose noun the article gave someone as a title."""
        lemma = tok.lemma_.lower()
        if tok.tag_ not in ("NN", "NNP") or (tok.tag_ == "NNP" and tok.ent_type_) or lemma in lx.ORG_NOUNS | lx.CARRIER_NOUNS | lx.NOT_SPEAKER_NOUNS | lx.SPEECH_NOUNS \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return False
        return any(lemma in p.title_heads or tok.lower_ in p.title_heads for p in self.people.values())

    def _finish(self, name: str, how: str, chain: tuple[str, ...]) -> Resolved:
        if how == "name" and fold(name) in lx.NEWS_OUTLETS:
            return Resolved(name, "org", chain)  # "Politico reported", tagged as a person's name
        if self.book:
            canon = self.book.canonical(name)
            if canon and canon != name:
                return Resolved(canon, how, chain + (canon + " (speakers file)",))
        return Resolved(name, how, chain)

    def _named_apposition(self, tok: "Token") -> "Token | None":
        for c in tok.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN" and (c.ent_type_ not in ("GPE", "ORG", "NORP", "DATE") or (
                    tok.lemma_.lower() in lx.KIN_NOUNS and c.ent_type_ in MISTAKEN_FOR_NAMES and fold(c.text) in self.people)):
                if self._office_of_the_one_served(tok, c):
                    continue
                return c  # "the minister, Ana Ruiz,"; "his wife, Marcy," (taken for a place)
            # "Calloway's spokeswoman, Tamsin Reyes," with the name tagged as an organisation: a
            # person noun's apposition of a first name and a surname is a person (a relative's too:
            # "Kovac's daughter, Tiffany Kovac,")
            if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "GPE") and c.i > tok.i \
                    and tok.lemma_.lower() in lx.PERSON_NOUNS | lx.RELATION_NOUNS and tok.tag_ == "NN" \
                    and [x.i for x in c.lefts] == [c.i - 1] and c.doc[c.i - 1].dep_ == "compound" \
                    and c.doc[c.i - 1].pos_ == "PROPN" and not {fold(c.text), fold(c.doc[c.i - 1].text)} & lx.ORG_WORDS:
                return c
        # ("a senior Hollis aide": after "a", the name before the noun says whose the aide is, not who)
        indefinite = any(c.dep_ == "det" and c.lower_ in lx.INDEFINITE_DETERMINERS for c in tok.children)
        for c in tok.children:  # the apposition first: "Trump's Indiana chairman, Rex Early," is Early
            # ("Sanders protesters": a name before a plural noun says whose they are, not who they are)
            # (nor "the Boyce family": the name of those related, not of one of them)
            if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" and tok.tag_ != "NNS" \
                    and not (indefinite and c.i < tok.i) and tok.lemma_.lower() not in lx.RELATION_NOUNS:
                return c
        for c in tok.children:  # "his best friend at Lehigh, Bruce Turry," (the parser hangs the name on Lehigh)
            if c.dep_ == "prep" and c.i == tok.i + 1:
                for obj in c.children:
                    if obj.dep_ == "pobj":
                        name = next((a for a in obj.children if a.dep_ == "appos" and a.pos_ == "PROPN" and (
                            a.ent_type_ == "PERSON" or any(x.dep_ == "compound" and x.pos_ == "PROPN" for x in a.children))), None)
                        if name is not None:
                            return name
        given = self._given_name(tok)
        if given is not None:
            return given
        if tok.tag_ == "NN" and tok.lemma_.lower() in lx.PERSON_NOUNS and tok.i + 2 < len(self.doc) \
                and self.doc[tok.i + 1].text == "," and self.doc[tok.i + 2].ent_iob_ == "B" \
                and self.doc[tok.i + 2].ent_type_ == "PERSON":
            # "according to one supporter, Ann Kerns, 64." with the name hung elsewhere: the name set off after the
            # noun, ending its clause or set off in turn
            ent = self.ent_of[tok.i + 2]
            if ent.end >= len(self.doc) or self.doc[ent.end].text in (",", ".", ";") or self.doc[ent.end].is_space:
                return ent.root
        return _split_subject(tok)

    @staticmethod
    def _office_of_the_one_served(tok: "Token", name: "Token") -> bool:
        """"A spokesman for her opponent, Rep. Carl Hensley,": a name with an office of its own, after a
        spokesman or aide "for"/"to" someone described, is that someone, not the spokesman."""
        if tok.lemma_.lower() not in lx.SERVING_NOUNS:
            return False
        served = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("for", "to") for o in p.children
                  if o.dep_ == "pobj" and o.pos_ == "NOUN"]
        return bool(served) and any(
            c.dep_ in ("compound", "flat") and c.i < name.i and (fold(c.text).rstrip(".") in lx.TITLE_WORD_ABBREVIATIONS
                                                                 or c.lower_ in lx.ROLE_NOUNS)
            for c in name.children)

    def _given_name(self, tok: "Token") -> "Token | None":
        """The name a common noun's clause gives it: "a woman named Ellen Cho", "a young man, who
        identified himself as Kyle Brandt," (a person's name, not "a group called Citizens United")."""
        if tok.pos_ != "NOUN":
            return None
        # ("a young man in a college sweatshirt, who identified himself as …": a "who" clause is the man's,
        # wherever the parser hangs it)
        clauses = list(tok.children) + [g for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                                        for g in o.children if g.dep_ == "relcl" and any(w.lower_ == "who" for w in g.children)]
        for c in clauses:
            if c.lemma_.lower() not in lx.GIVEN_NAME_VERBS or self.in_quote[c.i]:
                continue
            if c.dep_ == "acl" and c.tag_ == "VBN":  # "named Ellen Cho"
                names = [g for g in c.children if g.dep_ in ("oprd", "dobj", "attr", "xcomp")]
            elif c.dep_ == "relcl" and any(g.lower_ in ("himself", "herself") for g in c.children):  # "who identified himself as"
                names = [g for p in c.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children if g.dep_ == "pobj"]
            else:
                continue
            name = next((g for g in names if g.pos_ == "PROPN"), None)
            if name is not None and (name.ent_type_ == "PERSON" or fold(name.text) in self.people):
                return name
        return None

    def _compound(self, tok: "Token") -> list["Token"]:
        """The name a PROPN head stands in: its compound/flat children and itself."""
        ent = self.ent_of.get(tok.i)
        if ent is not None and ent.label_ == "PERSON":
            return [t for t in ent if t.i <= tok.i and t.i not in self.headline_verbs] or [tok]
        toks = [c for c in tok.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"] + [tok]
        return sorted(toks, key=lambda t: t.i)

    def _entity(self, tok: "Token") -> str:
        """The entity a token is part of, without a leading 'the' or a possessive ending."""
        ent = self.ent_of.get(tok.i)
        if ent is None:
            return tok.text
        toks = list(ent)
        while toks and toks[-1].text in ("'s", "’s", "'", "’"):
            toks = toks[:-1]  # a possessive ending, not an inner "People's" of "People's Party"
        if toks and toks[0].lower_ == "the":
            toks = toks[1:]
        text = " ".join("".join(t.text_with_ws for t in toks).split())
        if "(" in text and ")" not in text:
            text = text.split("(")[0].strip()  # "Vox Populi (Voice of the People": the name before the gloss
        return text or tok.text

    def _mention_tokens(self, tok: "Token", strip_det: bool = False) -> list["Token"]:
        """The tokens of the mention a head token stands for, kept short (no relative clause)."""
        toks = list(self.doc[tok.left_edge.i:tok.i + 1])
        for t in tok.rights:
            if t.dep_ in ("compound", "flat", "appos") and t.pos_ == "PROPN":
                toks.extend(self.doc[tok.i + 1:t.i + 1])
            elif t.dep_ == "prep" and t.i == tok.i + 1 and (t.lower_ == "of" or (
                    t.lower_ in ("for", "at") and tok.lemma_.lower() in lx.UNNAMED_HEADS) or _in_institution(t, tok)):  # "a spokesman for the Authority"
                for tt in t.subtree:
                    if tt.i >= tok.i + 12 or tt.text == "," or self.in_quote[tt.i] or tt.text in QUOTE_CHARS:
                        break  # (a comma ends it: "a senior official at the ministry, who sought anonymity …";
                        # a quotation too: "chants of “Lock her up!”")
                    toks.append(tt)
                while toks[-1].i > tok.i and toks[-1].pos_ in ("DET", "ADP", "ADJ", "CCONJ", "PUNCT", "PART"):
                    toks.pop()  # a phrase cut short ends on a noun, not on "of the"
            break
        while toks and (toks[0].dep_ in ("advmod", "cc", "punct", "preconj") or toks[0].tag_ == "WP") and toks[0].i < tok.i:
            toks = toks[1:]  # "even US officials" -> "US officials"; "who Nash" (a name parsed as a verb) -> "Nash"
        if toks[0].pos_ == "ADP" and toks[0].i < tok.i:
            comma = next((t for t in reversed(toks) if t.text == "," and t.i < tok.i), None)
            if comma is not None:  # "In its report, the committee called": a fronted phrase the parser hung on the noun
                toks = [t for t in toks if t.i > comma.i]
        if strip_det and toks and toks[0].pos_ == "DET":
            toks = toks[1:]
        return toks or [tok]

    def _mention_text(self, tok: "Token", strip_det: bool = False) -> str:
        toks = self._mention_tokens(tok, strip_det)
        return self.doc[toks[0].i:toks[-1].i + 1].text

    def mention_span(self, tok: "Token") -> tuple[int, int, str]:
        """(start, end, text) of the mention, in characters of the document."""
        toks = self._mention_tokens(tok)
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        return start, end, self.text[start:end]

    def _resolve_pronoun(self, tok: "Token", chain: tuple[str, ...]) -> Resolved:
        low = tok.lower_
        if low in lx.FIRST_PERSON:
            para = self.para_starts[bisect.bisect_right(self.para_starts, tok.idx) - 1]
            if low == "i" and self.byline and not self.in_quote[tok.i] and not NAME_LABEL.match(self.text, para) \
                    and not QA_LABEL.match(self.text, para):  # (not an answer of an interview set out unquoted)
                # "I said at the time that “…”" in the writer's own voice: the writer the byline names
                return Resolved(self.byline, "name", chain + (self.byline + " (byline)",))
            return Resolved(None, "unnamed", chain)
        if low not in lx.MALE_PRONOUNS | lx.FEMALE_PRONOUNS | lx.PLURAL_PRONOUNS | lx.ORG_PRONOUNS:
            return Resolved(None, "unnamed", chain)  # "Another said", "someone called it": no antecedent
        want = "m" if low in lx.MALE_PRONOUNS else "f" if low in lx.FEMALE_PRONOUNS else None
        plural = low in lx.PLURAL_PRONOUNS or low in lx.ORG_PRONOUNS
        sent = tok.sent
        # the subjects of the sentences before, nearest first (the salient person, not the nearest name)
        cands = []
        # "Fallon fired back: “…,” he wrote": a named subject earlier in the same sentence
        # (a main clause before the pronoun, not "“…” -- that Bloomberg is seen as … -- he says" or
        # "Loyalty, he noted, has …")
        earlier = [t for t in sent if t.i < tok.i and t.dep_ in ("nsubj", "nsubjpass") and not self.in_quote[t.i]
                   and t.pos_ == "PROPN" and not self.in_quote[t.head.i] and t.head.i < tok.i
                   and t.head.dep_ not in ("relcl", "acl") and not any(c.dep_ == "mark" and c.lower_ in ("that", "if", "whether")
                                                                       for c in t.head.children)
                   and (t.head.dep_ != "advcl" or any(c.dep_ == "mark" for c in t.head.children))]
        # ("While Ortiz said …, he said": a time clause before the pronoun names him too)
        if earlier:
            res = self.resolve(earlier[-1])
            if res.name:
                cands.append(res)
        own = self.sentence_subject(sent)  # "Fallon fired back: “…,” he wrote": the sentence's own subject
        if own is None:
            own = self._opening_name(sent)  # "Trump, later alleging …, said he would …"
        if own is not None and own.name and sent.root.i < tok.i and not any(
                t.i < tok.i and t.lower_ == low for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == sent.root.i):
            cands.append(own)
        s = sent
        asker = None
        after_question = False
        # the sentences of the quote the pronoun's clause closes are that quote's words: the unnamed source just
        # before is the one before the quote ("A resident told us … “You clean up. We're exhausted,” she said")
        opening = tok.i
        while opening > 0 and self.in_quote[opening - 1] and tok.i - opening < 400:
            opening -= 1
        before_quote = None
        narrated = False  # a sentence before with words outside quotes was seen
        for n in range(6):
            if s.start == 0:
                break
            s = self.doc[s.start - 1].sent
            first_before = before_quote is None and s.start < opening
            if first_before:
                before_quote = s
            if (n == 0 or after_question) and tok.head.lemma_.lower() in lx.REPLY_VERBS:
                # "Pruitt asked Dalby whether …. “…,” he replied": Dalby answers (also over the question quoted
                # between: "Tapley pressed Quell on it. “Where does the money come from?” he asked. “…,” she replied")
                asked = self._asked(s)
                after_question = False
                if asked is not None:
                    cands.append(asked)
                elif s.root.lemma_.lower() in lx.ASK_VERBS and not any(self.in_quote[t.i] for t in s) \
                        and not _asked_aside(s.root):
                    # "Tolland asked if he would resign. “No,” he said": the one who asks is not who answers
                    # (in the passive the subject is the one asked, the agent asks: "He was asked about it by Ruiz")
                    if any(c.dep_ == "nsubjpass" for c in s.root.children):
                        agent = next((g for c in s.root.children if c.dep_ == "agent" for g in c.children
                                      if g.dep_ == "pobj"), None)
                        asker = self.resolve(agent).name if agent is not None else None
                    else:
                        asker = (self.sentence_subject(s) or NO_RESOLUTION).name
            if n == 0 and low in lx.PLURAL_PRONOUNS and not any(c.name for c in cands):
                group = self._plural_subject(s)  # "The two candidates agreed on one thing. “…,” they said."
                if group is not None:
                    return Resolved(group.name, group.how, chain + group.chain[-1:])
            if low in lx.ORG_PRONOUNS and not narrated and not any(c.name for c in cands) \
                    and any(not self.in_quote[t.i] for t in s if not t.is_punct and not t.is_space):
                # "“…,” the email begins. “…” It goes on: “…”": "it" is the document the sentence before (past
                # the quoted ones) had for subject, and its words are its sender's
                narrated = True
                doc_subj = next((c for c in s.root.children if c.dep_ == "nsubj" and c.tag_ == "NN"
                                 and c.lemma_.lower() in lx.CARRIER_NOUNS and not self.in_quote[c.i]), None)
                sender = self.resolve(doc_subj) if doc_subj is not None else None
                if sender is not None and sender.name:  # (an organisation stays one: "The Watchdog Group released …")
                    return Resolved(sender.name, "org" if sender.how == "org" else "pronoun", chain + sender.chain[-1:])
            if first_before and not plural and not any(c.name for c in cands):
                # "A senior official, who requested anonymity, said …. “…,” he said": the unnamed source
                # just before is who "he" is, not someone named further back
                unnamed = self._unnamed_subject(s)
                # (over the quote's own sentences, only a source brought in unnamed: "A resident …", not "The president")
                if unnamed is not None and (n == 0 or unnamed.name.split()[0].lower() in lx.INDEFINITE_DETERMINERS):
                    return Resolved(unnamed.name, "unnamed", chain + unnamed.chain[-1:])
            if n == 0 and tok.head.lemma_.lower() in lx.REPLY_VERBS and self._asks_quoted_question(s):
                after_question = True
                if "\n" in self.text[s.start_char:tok.idx].strip():
                    continue  # "“Would you debate her again?” Mitchell asked. / “Maybe,” he said": the asker does not answer
            source = next((c for c in s.root.children if c.lower_ == "according" and not self.in_quote[c.i]), None) \
                if n == 0 else None
            source = _according_to(source, self.in_quote) if source is not None else None
            speaker = None
            if source is None and n == 0:
                # "Mancuso, Doyle said, will campaign with Stroud": a cue set in the sentence is its source too
                source = speaker = next((g for c in s.root.children if c.dep_ == "parataxis" and _is_cue(c)
                                         and not self.in_quote[c.i] for g in c.children
                                         if g.dep_ == "nsubj" and not self.in_quote[g.i]), None)
            if source is not None and source.pos_ == "PROPN" and (source.ent_type_ == "PERSON" or fold(source.text) in self.people):
                # "According to Rennert, Albright never told him. “…,” he said": the sentence is the source's
                # account, and the one whose words go on after it is the source, not its subject
                res = self.resolve(source)
                if res.name and res.how == "name" and (speaker is not None or self._gender_of(res.name)):
                    # (a person: not "Politico" mistagged, unless it says the sentence)
                    cands.append(res)
            subj = self.sentence_subject(s) or self._leading_subject(s) or self._logical_subject(s)
            if subj is None and n == 0:
                subj = self._sole_person_in_main_clause(s)
            if subj is not None:
                cands.append(subj)
        for res in cands:
            if res.name is None or res.name == asker:
                continue
            if plural:
                if res.how == "org":
                    return Resolved(res.name, "org", chain + res.chain[-1:])
                continue
            if res.how == "org":
                continue
            g = self._gender_of(res.name)
            if res.how == "unnamed":
                # "Stroud’s spokeswoman": the gender of the role, if it says one, not the owner's
                role = fold(res.name.split()[-1])
                g = "m" if role in lx.MALE_TITLES | lx.MALE_KIN else "f" if role in lx.FEMALE_TITLES | lx.FEMALE_KIN else None
            if res.how == "pronoun" and res.chain and g is None:
                # "“…,” he pressed. “…,” she answered": a subject that was itself a pronoun has its
                # gender, when the name it stands for has none known
                said = res.chain[0].lower()
                g = "m" if said in lx.MALE_PRONOUNS else "f" if said in lx.FEMALE_PRONOUNS else None
            if want and g and g != want:
                continue
            return Resolved(res.name, "pronoun", chain + (res.name,))
        if not plural:
            # the latest person mentioned before, of a fitting gender
            best = None
            for key, person in self.people.items():
                if want and person.gender and person.gender != want:
                    continue
                last = self._last_before(key, tok.i)
                if last is not None and (best is None or last > best[0]):
                    best = (last, person)
            if best:
                return Resolved(best[1].name, "pronoun", chain + (best[1].name,))
        return Resolved(None, "unresolved", chain)

    def _sole_person_in_main_clause(self, sent: "Span") -> Resolved | None:
        """The one person a sentence with no person for subject names in its main clause, as an object or
        in a phrase of the main verb ("The news reached Rennert on Tuesday.", "For Rennert, the challenge
        came as a surprise."): who the sentence is about, whom the "he said" after it stands for."""
        subj = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if sent.root.pos_ != "VERB" or len(subj) != 1 or subj[0].pos_ != "NOUN" or subj[0].ent_type_ \
                or subj[0].lemma_.lower() in lx.PERSON_NOUNS | lx.RELATION_NOUNS or self.in_quote[subj[0].i]:
            return None  # (a thing for subject: "The news", "the challenge")
        found = []
        # (a person's name, tagged or a surname the article knows: the recogniser takes some for organisations)
        for name in sent:
            if name.pos_ != "PROPN" or self.in_quote[name.i] or name.dep_ in ("compound", "flat") \
                    or not (name.ent_type_ == "PERSON" or fold(name.text) in self.people):
                continue
            # the main verb's own object, or the object of its own preposition ("reached X", "For X, …")
            if not ((name.dep_ in ("dobj", "dative") and name.head.i == sent.root.i) or (
                    name.dep_ == "pobj" and name.head.dep_ == "prep" and name.head.head.i == sent.root.i)):
                return None  # (a person anywhere else shares the sentence: it is not about one person)
            found.append(name)
        if len(found) != 1:
            return None
        res = self.resolve(found[0])
        return res if res.name and res.how == "name" else None

    def _asks_quoted_question(self, sent: "Span") -> bool:
        """Is the sentence the cue of a quoted question in its paragraph ("“Would you run again?” Mitchell asked.")?"""
        if sent.root.lemma_.lower() not in lx.ASK_VERBS:
            return False
        para = self.para_starts[bisect.bisect_right(self.para_starts, sent.start_char) - 1]
        before = self.text[para:sent.start_char].rstrip()
        return before[-2:] in ("?”", '?"') or any(t.text == "?" and self.in_quote[t.i] for t in sent)

    def _unnamed_subject(self, sent: "Span") -> Resolved | None:
        """The unnamed source a sentence's main verb has for subject ("A senior official at the
        ministry, who sought anonymity, said …"), as written."""
        subj = next((c for c in sent.root.children if c.dep_ == "nsubj" and not self.skip[c.i]), None)
        if subj is None or subj.tag_ != "NN" or subj.lemma_.lower() not in lx.PERSON_NOUNS or self.in_quote[subj.i]:
            return None
        res = self.resolve(subj)
        # (or a title never given: "The former first lady has ignored the field. … “…,” she said" stays her, as written)
        # (unless a person named as the subject just before is who it varies: "Lorna Whitcomb is dismissing …. …,
        # the former senator said")
        definite = res.how == "unresolved" and subj.lemma_.lower() in lx.ROLE_NOUNS \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) \
            and not (sent.start > 0 and (self.sentence_subject(self.doc[sent.start - 1].sent) or NO_RESOLUTION).name)
        if not definite and not any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another") for c in subj.children):
            return None
        if res.name or res.how not in ("unnamed", "unresolved") or (res.how == "unresolved" and not definite):
            return None
        return Resolved(_description(self.mention_span(subj)[2]), "unnamed", res.chain)

    def _logical_subject(self, sent: "Span") -> Resolved | None:
        """The person a sentence with no person for subject has act all the same: the agent of its passive
        verb ("The remarks were criticized by Sen. Tom Haley") or the one its object's words come from
        ("Kessler's remarks drew a sharp response from Sen. Tom Haley")."""
        root = sent.root
        objs = [g for c in root.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        objs += [g for o in root.children if o.dep_ == "dobj" and o.lemma_.lower() in lx.LABEL_NOUNS
                 for c in o.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
        for g in objs:
            if g.pos_ == "PROPN" and not self.in_quote[g.i]:
                res = self.resolve(g)
                if res.name and res.how == "name":
                    return res
        return None

    def _plural_subject(self, sent: "Span") -> Resolved | None:
        """The people a sentence's main verb has for subject, when they are several: named together ("Albers
        and Hoyt sparred"), or a plural noun for people ("The two candidates agreed"), as written."""
        subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass") and not self.skip[c.i]), None)
        if subj is None:
            return None
        if subj.tag_ == "NNS" and subj.lemma_.lower() in lx.PERSON_NOUNS | lx.RELATION_NOUNS:
            return Resolved(_description(self.mention_span(subj)[2]), "unnamed", (self.mention_span(subj)[2],))
        return self.coordinated_names(subj)

    def coordinated_names(self, subj: "Token") -> Resolved | None:
        """"Albers and Hoyt": the names of a subject and the names joined to it, each resolved, together."""
        conj = [c for c in subj.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
        if subj.pos_ == "PROPN" and conj:
            names = [self.resolve(t) for t in [subj] + conj]
            if all(r.name and r.how == "name" and _name_key(r.name) in self.people for r in names) \
                    and len({r.name for r in names}) == len(names):  # (each a person the article knows, not a title)
                joined = " and ".join(r.name for r in names)
                return Resolved(joined, "name", (joined,))
        return None

    def _asked(self, sent: "Span") -> Resolved | None:
        """The person a sentence says was asked or pressed ("X asked Dalby whether …"), named."""
        obj = self.asked_one(sent.root)
        if obj is None or obj.pos_ != "PROPN":
            return None
        res = self.resolve(obj)
        return res if res.name and res.how == "name" else None

    def asked_one(self, v: "Token") -> "Token | None":
        """The one a question verb asks, in reported speech: its object ("Mitchell asked Walker about the
        tax returns") or the subject of its "whether" clause ("Stephanos asked whether she had lied")."""
        if v.lemma_.lower() not in lx.ASK_VERBS:
            return None
        obj = next((c for c in v.children if c.dep_ in ("dobj", "dative") and c.pos_ in ("PROPN", "PRON")
                    and not self.in_quote[c.i]), None)
        if obj is not None:
            return obj
        return next((g for c in v.children if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("whether", "if")
                                                                      for m in c.children)
                     for g in c.children if g.dep_ == "nsubj" and g.pos_ in ("PROPN", "PRON") and not self.in_quote[g.i]), None)

    def _leading_subject(self, sent: "Span") -> Resolved | None:
        """A person named as the subject of a clause before the main verb, when the parse left the
        main verb without one ("US Secretary of State Antony Blinken, asked about it, said …")."""
        key = ("leading", sent.start)
        if key in self._subject_cache:
            return self._subject_cache[key]
        self._subject_cache[key] = None
        result = None
        root = sent.root.i
        k = bisect.bisect_left(self.person_ent_starts, sent.start)
        while k < len(self.person_ents) and self.person_ents[k].start < root:
            ent = self.person_ents[k]
            k += 1
            if ent.root.dep_ in ("nsubj", "nsubjpass") and not self.in_quote[ent.start]:
                res = self.resolve(ent.root)
                result = res if res.name else None
                break
        self._subject_cache[key] = result
        return result

    def _opening_name(self, sent: "Span") -> Resolved | None:
        """The person named first in a sentence, before a comma, when the parser left the main verb without
        a subject ("Trump, later alleging - falsely - that …, said he would …"): the sentence is about them."""
        first = sent[0]
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in sent.root.children) or self.in_quote[first.i] \
                or not first.text[:1].isupper() or not (first.ent_type_ == "PERSON" or fold(first.text) in self.people):
            return None
        j = first.i
        while j + 1 < sent.end and self.doc[j + 1].text[:1].isupper() and self.doc[j + 1].ent_iob_ == "I":
            j += 1
        if j + 1 >= sent.end or self.doc[j + 1].text != "," or j + 1 >= sent.root.i:
            return None
        hit = self.person_by_name(list(self.doc[first.i:j + 1]))
        return self._finish(hit[1].name, "name", (hit[1].name,)) if hit else None

    def _last_before(self, key: str, i: int) -> int | None:
        """Token index of the person's latest mention before token i."""
        starts = self.person_mentions.get(key, [])
        k = bisect.bisect_left(starts, i)
        return starts[k - 1] if k else None

    def _gender_of(self, name: str) -> str | None:
        styled = honorific_gender(name.split()[0])
        if styled:
            return styled  # "Mrs Holt", kept apart from Sir Graham Holt
        key = _name_key(name)
        person = self.people.get(key)
        if person:
            # relatives sharing a surname share the pronoun votes: "Melania Trump" is a woman by her
            # own first name and titles, whatever the votes of "Trump" say
            # ("Sir Graham Holt" is a man though "Mrs Holt … she" votes otherwise)
            if len(name.split()) > 1:
                first = fold(name.split()[0])
                titles = person.titles_of_first.get(first, set())
                firsts = {fold(n.split()[0]) for n in person.names if len(n.split()) > 1}
                g = _first_gender(first, titles) if len(firsts) > 1 else _first_gender("", titles)
                if g:
                    return g
            return person.gender
        return _first_name_gender(name.split()[0])

    def sentence_subject(self, sent: "Span") -> Resolved | None:
        """The resolved subject of a sentence's main verb, if it is a person or organisation."""
        if sent.start in self._subject_cache:
            return self._subject_cache[sent.start]
        self._subject_cache[sent.start] = None  # guards against loops
        result = None
        root = sent.root
        verbs = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
        for v in verbs:
            subjs = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and not self.skip[c.i]]
            if not subjs:
                continue
            # two subjects before the verb: the nearer is its own, the earlier a fronted phrase
            # ("Or maybe Jeb Bush, consultant Phil Musser says.")
            before = [c for c in subjs if c.i < v.i and c.pos_ == "PROPN"]
            subj = before[-1] if len(before) > 1 and _split_subject(subjs[0]) is None else subjs[0]
            subj = _past_fronted_phrase(v, subj)
            subj = _clefted(v, subj) or subj
            if subj.pos_ in ("PROPN", "PRON") or subj.ent_type_ or subj.lower_ in lx.ROLE_NOUNS or subj.lemma_.lower() in lx.ROLE_NOUNS \
                    or (subj.text[:1].isupper() and fold(subj.text) in self.people) \
                    or _split_subject(subj) is not None \
                    or (subj.tag_ == "NN" and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subj.children)) \
                    or (subj.tag_ == "NN" and subj.lemma_.lower() in lx.RELATION_NOUNS and self._named_apposition(subj) is not None) \
                    or self._given_as_title(subj):  # "His rival, Marianne Ostrow, …"; "The former rancher said …"
                res = self.resolve(subj)
                if res.name:
                    result = res
                    break
            owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON")
                          and c.lower_ not in lx.FIRST_PERSON and not self.in_quote[c.i]), None) \
                if subj.pos_ == "NOUN" and subj.lemma_.lower() in lx.LABEL_NOUNS else None
            if owner is not None and self._logical_subject(sent) is None:
                # "Brandt's response came hours later.": the one whose utterance the sentence is about
                # (not "Kessler's remarks drew a response from Sen. Haley": Haley acts)
                res = self.resolve(owner)
                if res.name:
                    result = res
                    break
        if result is None and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children) \
                and root.pos_ in ("VERB", "AUX") and sent.start < root.i <= sent.start + 3:
            # "Tolliver took the stand.", the surname tagged as an adverb or a verb: the known name that opens the
            # sentence, its words running up to the main verb, is the subject the parse left out
            words = list(self.doc[sent.start:root.i])
            if all(t.text[:1].isupper() and t.text.isalpha() and not self.in_quote[t.i] for t in words) \
                    and fold(words[-1].text) in self.people:
                hit = self.person_by_name(words)
                if hit:
                    result = self._finish(hit[1].name, "name", (hit[1].name,))
        self._subject_cache[sent.start] = result
        return result


def _clefted(v: "Token", subj: "Token") -> "Token | None":
    """The name a cleft sentence puts first: "It was Brennan, not Stroud, who drew the loudest applause" is
    about Brennan, not "it"."""
    if subj.lower_ != "it" or v.lemma_ != "be":
        return None
    # (a name tagged as a common noun, "It was Reyes who broke the silence", capitalised all the same)
    return next((a for a in v.children if a.dep_ == "attr" and (a.pos_ == "PROPN" or a.text[:1].isupper()) and a.i > v.i and any(
        r.dep_ in ("relcl", "ccomp") and any(w.dep_ in ("nsubj", "nsubjpass") and w.lower_ in ("who", "that") for w in r.children)
        for r in list(a.children) + list(v.children))), None)


def _past_fronted_phrase(v: "Token", subj: "Token") -> "Token":
    """The verb's own subject when the parser took a fronted phrase set off by a comma for a first one ("Outside
    City Hall, about 60 protesters gathered": the protesters), else ``subj``."""
    fronted = [c for c in v.children if c.dep_ == subj.dep_ and c.i < v.i]
    if len(fronted) > 1 and subj.i == fronted[0].i and fronted[-1].pos_ == "NOUN" \
            and subj.right_edge.i + 1 < fronted[-1].i and subj.doc[subj.right_edge.i + 1].text == ",":
        return fronted[-1]
    return subj


def _split_subject(tok: "Token") -> "Token | None":
    """The name the parser split off a description as a second subject of the same verb
    ("senior backbencher Sir Graham Holt hit back"), if ``tok`` is that description."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "NOUN" or tok.tag_ == "NNS":
        return None
    return next((s for s in tok.head.children if s.dep_ == tok.dep_ and s.pos_ == "PROPN"
                 and s.left_edge.i == tok.right_edge.i + 1 and s.ent_type_ == "PERSON"), None)


def _office_name(tok: "Token") -> bool:
    """Whether a capitalised head the recogniser left untagged is an institution by its own word
    ("The Prime Minister's Office", "the Interior Ministry"): no person is called "Office"."""
    return tok.ent_type_ != "PERSON" and tok.lower_ in lx.ORG_NOUNS and tok.tag_ == "NNP"


def _in_institution(prep: "Token", head: "Token") -> bool:
    """Whether an unnamed source's "in" phrase says where they work or live ("a senior official in the
    Prime Minister's Office", "a woman in Worcester"), which belongs to how they are written, and not
    where they stood when they spoke ("a staffer in the room wondered")."""
    if prep.lower_ != "in" or head.lemma_.lower() not in lx.UNNAMED_HEADS:
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and (obj.pos_ == "PROPN" or obj.lemma_.lower() in lx.ORG_NOUNS)


def _is_pronoun_text(text: str) -> bool:
    low = text.lower()
    return low in lx.MALE_PRONOUNS | lx.FEMALE_PRONOUNS | lx.PLURAL_PRONOUNS | lx.FIRST_PERSON or low in ("you", "it", "who")


def _description(mention: str) -> str:
    """An unnamed source as the article writes it, trimmed of a leading 'the'."""
    words = mention.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower() == "the" else mention


def _first_name_gender(first: str) -> str | None:
    f = fold(first)
    if f in lx.MALE_NAMES:
        return "m"
    if f in lx.FEMALE_NAMES:
        return "f"
    return None


def _first_gender(first: str, titles: set[str]) -> str | None:
    """The gender of one bearer of a first name: from the titles given with it, else the name."""
    titles = {fold(t) for t in titles}
    # (kinship only tells relatives apart: the one bearer of the surname may be a relative's)
    male, female = (lx.MALE_TITLES | lx.MALE_KIN, lx.FEMALE_TITLES | lx.FEMALE_KIN) if first else (lx.MALE_TITLES, lx.FEMALE_TITLES)
    if titles & male and not titles & female:
        return "m"
    if titles & female and not titles & male:
        return "f"
    return _first_name_gender(first)


def honorific_gender(word: str) -> str | None:
    """"Mr." and "Sir" say a man, "Mrs.", "Ms." and "Dame" a woman; other words nothing."""
    return lx.GENDERED_HONORIFICS.get(fold(word).rstrip("."))


def _honorific_gender(toks: list["Token"]) -> str | None:
    return next((g for g in (honorific_gender(t.text) for t in toks) if g), None)


def _gender(person: Person) -> str | None:
    titles = {fold(t) for t in person.titles}
    if titles & lx.MALE_TITLES:
        return "m"
    if titles & lx.FEMALE_TITLES:
        return "f"
    genders = {_first_name_gender(n.split()[0]) for n in person.names} - {None}
    return genders.pop() if len(genders) == 1 else None  # Frank and Carly Fiorina: unknown


# --- quote → mention: the sieves ------------------------------------------------------------

@dataclass
class _State:
    """What floats from one quote to the next: the current speaker and the paragraph it was set in."""

    resolved: Resolved | None = None
    paragraph: int = -1
    asker: Resolved | None = None  # who asked the current speaker, in reported speech: a quoted question is theirs


def _asking_clause(tok: "Token") -> bool:
    """A time clause in which someone asks or presses another ("When Mitchell pressed him, …", "As the
    host asked her about it, …"): it sets up an answer, and reports none of the words after it."""
    return tok.dep_ == "advcl" and tok.lemma_.lower() in lx.ASK_VERBS \
        and any(c.dep_ in ("dobj", "dative") for c in tok.children) \
        and any(c.dep_ in ("mark", "advmod") and c.lower_ in lx.TIME_SUBORDINATORS for c in tok.children)


def _asked_aside(v: "Token") -> bool:
    """Is "asked" a participle set off by commas right after its subject's name ("Harlan, asked about the
    criticism, shrugged"), which the parser made the verb: the subject is the one asked, not the asker
    (not "Harlan, a former treasurer, asked about …", whose apposition stands between)?"""
    return v.tag_ in ("VBD", "VBN") and v.i >= 2 and v.doc[v.i - 1].text == "," and any(
        c.dep_ == "nsubj" and c.i == v.i - 2 for c in v.children)


def _is_cue(tok: "Token") -> bool:
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX") and (lemma in lx.SPEECH_VERBS or tok.lower_ in lx.SPEECH_VERBS
                                        or lemma in lx.NAMING_VERBS):
        return True
    if tok.pos_ in ("VERB", "AUX") and any((c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == tok.i + 1))
                                       and f"{lemma} {c.lower_}" in lx.SPEECH_PHRASES for c in tok.children):
        return True  # "went on", "shot back", "chimed in"; "fired back" with "back" read as an adverb
    if tok.pos_ == "NOUN" and tok.lower_ in lx.SPEECH_VERB_FORMS and tok.i > 0 and tok.doc[tok.i - 1].pos_ in ("PROPN", "PRON"):
        return True  # "Conway notes": a verb the tagger took for a plural noun
    if tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lower_ in lx.SPEECH_VERBS and tok.i > 0 \
            and tok.doc[tok.i - 1].tag_ == "NNPS":
        return True  # "the Saudis state": the plural verb after a plural name, taken for a noun
    if tok.lemma_ == "put" and any(c.lower_ == "it" for c in tok.children) and any(c.lower_ == "as" for c in tok.children):
        return True  # "as Tom Ridge put it:"
    if tok.pos_ == "VERB" and tok.lemma_.lower() in lx.WRITTEN_CUE_VERBS and any(
            (c.dep_ == "nsubj" or (c.dep_ == "dobj" and tok.lemma_.lower() != "read" and c.i - tok.i <= 3))
            and c.pos_ == "NOUN" and c.lemma_.lower() in lx.READ_SUBJECT_NOUNS for c in tok.children):
        # "“…,” the platform reads", "One sign read “…”", "“…,” blared the headline": a written thing's words
        # (not "Hale read a statement", "music blared")
        return True
    if _written_read(tok) is not None:
        return True  # "“…,” a banner read.", "“…,” read one sign.", however tagged
    if tok.lower_ == "words" and tok.head.lower_ == "in" and any(c.lower_ == "of" for c in tok.children):
        return True  # "in the words of X"
    if _wording_source(tok) is not None:
        return True  # "in Brandt's words", "to use Hollis's phrase", "to borrow a phrase from X"
    return tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children)


def _written_read(tok: "Token") -> "Token | None":
    """The written thing of "“…,” a banner read." or "“…,” read one sign.": right after a quote's closing
    comma, "read" and a noun for a written thing in either order, the sentence ending there (the tagger
    takes "a banner read" for a noun after a noun, "read one sign" for a verb and its object)."""
    if tok.lower_ not in ("read", "reads"):
        return None
    doc = tok.doc

    def after_quote(i: int) -> bool:  # ',”' or '”' after '?', '!' (the quote's own end)
        return i >= 1 and doc[i].text in QUOTE_MARK_TOKENS and doc[i - 1].text in (",", "?", "!")

    def ends(i: int) -> bool:
        return i >= len(doc) or doc[i].text in (".", "!", ";") or doc[i].is_space
    noun = doc[tok.i - 1] if tok.i > 0 else None
    if noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in lx.READ_SUBJECT_NOUNS and ends(tok.i + 1):
        j = noun.i - 1
        while j > 0 and doc[j].pos_ in ("DET", "ADJ", "NUM") and noun.i - j <= 3:
            j -= 1
        if after_quote(j):
            return noun
    if after_quote(tok.i - 1):
        j = tok.i + 1
        while j < len(doc) and doc[j].pos_ in ("DET", "ADJ", "NUM") and j - tok.i <= 3:
            j += 1
        if j < len(doc) and doc[j].pos_ == "NOUN" and doc[j].lemma_.lower() in lx.READ_SUBJECT_NOUNS:
            return doc[j]
    return None


def _wording_source(tok: "Token") -> "Token | None":
    """Whose wording a sentence borrows: X of "in X's words" / "in X's phrase", of "to use X's phrase",
    "to borrow a phrase from X", "to quote X"."""
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in lx.WORDING_NOUNS and tok.head.lower_ == "in" and tok.dep_ == "pobj":
        return next((c for c in tok.children if c.dep_ == "poss" and c.lower_ not in lx.FIRST_PERSON), None)
    if tok.pos_ != "VERB" or tok.tag_ != "VB" or tok.lemma_.lower() not in lx.BORROW_VERBS \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) or any(c.dep_ == "nsubj" for c in tok.children):
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    if tok.lemma_.lower() == "quote" and obj.pos_ == "PROPN":
        return obj  # "to quote Brandt"
    if obj.lemma_.lower() not in lx.WORDING_NOUNS:
        return None
    poss = next((c for c in obj.children if c.dep_ == "poss" and c.lower_ not in lx.FIRST_PERSON), None)
    if poss is not None:
        return poss  # "to use Hollis's own phrase"
    return next((g for c in list(obj.children) + list(tok.children) if c.dep_ == "prep" and c.lower_ in ("from", "of")
                 for g in c.children if g.dep_ == "pobj"), None)  # "to borrow a phrase from X"


def _subject(tok: "Token", in_quote: list[bool]) -> "Token | None":
    """The subject of a cue: its own, or that of the verb it hangs from ('…, saying'); the parse repairs
    run in the order below."""
    borrowed = _wording_source(tok)
    if borrowed is not None:
        return None if in_quote[borrowed.i] else borrowed
    heard = _heard_speaking(tok, in_quote)
    if heard is not None:
        return heard
    v = _continued_participle(tok, in_quote)
    for _ in range(4):
        if v.lower_ == "according" or (v.lower_ == "words" and v.pos_ == "NOUN"):
            return _according_to(v, in_quote)
        up = _cue_over_passive(v, in_quote) if v is not tok else None
        if up is not None:
            v = up
            continue
        by = _by_agent(v, tok, in_quote)
        if by is not None and _is_cue(v) and v is tok:
            return by  # "Rubio was asked by the moderator whether …": the one who asks speaks
        subj = _nominal_subject(v, in_quote)
        if subj is not None and v is tok:
            subj = _past_fronted_date(v, subj, in_quote)
        if subj is None:
            subj = _unparsed_subject(v, tok, in_quote)
        if subj is not None:
            subj = _verb_taken_for_subject(subj, in_quote)
        if subj is not None and subj.pos_ == "PROPN":
            subj = _after_dashes(subj, in_quote)
            subj = _officer_named_last(subj)
        if subj is not None:
            subj = _relative_antecedent(v, subj, in_quote)
            up = _carrier_verb(subj, ("dobj", "pobj", "attr"))
            if up is not None:
                v = up
                continue  # "Sanders is releasing an ad that urges ..." -> Sanders
            return subj
        agent = next((c for c in v.children if c.dep_ == "agent"), None)
        if agent is not None and v is tok:
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
        if v.dep_ not in ("advcl", "xcomp", "conj", "pcomp", "prep", "acl", "relcl", "ccomp", "dep") or v.head.i == v.i:
            return None
        up = _sender(v, tok)
        if up is not None:
            v = up
            continue
        if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN"):
            up = _carrier_verb(v.head, ("dobj", "pobj"))
            if up is not None:
                v = up
                continue  # "Trump and Ryan issued a statement describing ..." -> Trump and Ryan
            doer = _object_relative_subject(v, in_quote) or _person_at_event(v, in_quote)
            return doer if doer is not None else v.head
        up = _comma_participle_verb(v, tok, in_quote)
        if up is not None:
            v = up
            continue
        obj = _causative_object(v, in_quote)
        if obj is not None:
            return obj
        v = v.head
    return None


def _verb_taken_for_subject(subj: "Token", in_quote: list[bool]) -> "Token":
    """A headline's two verbs in a row ("Vidal Ortega vetoes pension bill, vows to defend surplus"), the first
    taken for the subject of the second: the subject is that of the first verb."""
    if subj.tag_ not in ("VBZ", "VBD") or subj.pos_ != "VERB":
        return subj
    own = next((c for c in subj.children if c.dep_ == "nsubj" and c.i < subj.i and not in_quote[c.i]), None)
    return own if own is not None else subj


def _officer_named_last(subj: "Token") -> "Token":
    """An organisation's officer named at the end of the subject, which the parser hangs under the
    organisation's name: "Ohio Fraternal Order of Police president Mike Dolan said" is Dolan."""
    if subj.ent_type_ not in ("ORG", "GPE", "NORP") and subj.ent_type_:
        return subj
    last = max(subj.subtree, key=lambda t: t.i)
    if last.ent_type_ != "PERSON" or last.i - subj.i > 12 or last.i + 1 >= len(last.doc):
        return subj
    if any(t.text in (",", "(") or t.pos_ in ("VERB", "AUX") for t in last.doc[subj.i:last.i]):
        return subj  # (a clause set off after the organisation: "said Citizens Action, which is led by director X")
    first = last
    while first.i > subj.i and first.doc[first.i - 1].ent_type_ == "PERSON" and first.ent_iob_ != "B":
        first = first.doc[first.i - 1]
    role = first.doc[first.i - 1] if first.i > subj.i else None
    if role is None or role.pos_ != "NOUN" or role.lemma_.lower() not in lx.ROLE_NOUNS:
        return subj
    return last


def _continued_participle(tok: "Token", in_quote: list[bool]) -> "Token":
    """"saying that the bill was waylaid by X - and arguing …": the parser joins the second participle to
    the verb of the reported clause; it continues the participle that introduced that clause."""
    if tok.tag_ == "VBG" and tok.dep_ == "conj" and tok.head.tag_ != "VBG" and tok.head.dep_ in ("ccomp", "conj"):
        reporter = _reporting_verb(tok.head, in_quote)
        if reporter is not None and reporter.tag_ == "VBG":
            return reporter
    return tok


def _according_to(v: "Token", in_quote: list[bool]) -> "Token | None":
    """The one named by "according to X" or "in the words of X"."""
    to = next((c for c in v.children if c.lower_ in ("to", "of")), None)
    obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if obj is None or in_quote[obj.i]:
        return None  # "according to “The Book”": no one
    return _author(obj, in_quote) or obj


def _cue_over_passive(v: "Token", in_quote: list[bool]) -> "Token | None":
    """"The ministry said that deals had been signed, describing …": the ministry, not the deals; the
    cue above a passive verb with no agent, when that cue has a subject."""
    if not any(c.dep_ == "nsubjpass" for c in v.children) or any(c.dep_ in ("nsubj", "agent") for c in v.children):
        return None
    up = v.head
    for _ in range(3):
        if up.head.i == up.i or _is_cue(up):
            break
        up = up.head
    if _is_cue(up) and up is not v and any(c.dep_ == "nsubj" and not in_quote[c.i] for c in up.children):
        return up
    return None


def _by_agent(v: "Token", tok: "Token", in_quote: list[bool]) -> "Token | None":
    """The object of the verb's "by" agent, outside the quote."""
    agent = next((c for c in v.children if c.dep_ == "agent"), None)
    by = next((c for c in agent.children if c.dep_ == "pobj" and not in_quote[c.i]), None) if agent is not None else None
    if agent is None and v is tok and v.tag_ == "VBN":
        # "labeled a “witch hunt” by Democrats": the parser hangs the agent on the quoted words
        agent = next((t for t in v.subtree if t.lower_ == "by" and t.dep_ == "prep" and in_quote[t.head.i]
                      and not in_quote[t.i] and (t.head.head.i == v.i or (t.head.head.lower_ == "as" and t.head.head.head.i == v.i))), None)
        by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return by


def _nominal_subject(v: "Token", in_quote: list[bool]) -> "Token | None":
    """The verb's subject outside the quote; of two subjects the nearer is the verb's."""
    for c in sorted(v.children, key=lambda c: abs(c.i - v.i)):
        if c.dep_ in ("nsubj", "nsubjpass"):
            if c.pos_ == "ADP" and any(g.dep_ == "pobj" for g in c.children) and c.i < v.i:
                # "Of Hale, Dunn, who …, said": a fronted topic the parser took for the subject;
                # the subject is the phrase after the topic's comma
                comma = next((t for t in v.doc[c.i + 1:v.i] if t.text == ","), None)
                subj = _noun_phrase_head(v.doc, comma.i + 1, v.i) if comma is not None else None
                if subj is not None and not in_quote[subj.i]:
                    return subj
                continue
            if not in_quote[c.i]:
                return c
            # a dateline parsed as the subject: "WASHINGTON -- President Obama, ..., said"
            subj = next((a for a in c.children if a.dep_ == "appos" and not in_quote[a.i]), None)
            if subj is not None:
                return subj
    return None


def _past_fronted_date(v: "Token", subj: "Token", in_quote: list[bool]) -> "Token":
    """"Saturday at the convention Sen. Ann Rusk said": a fronted date parsed as the subject, the speaker
    hung on it as an apposition right before the verb."""
    if subj.ent_type_ in ("DATE", "TIME"):
        return _phrase_before(v, in_quote) or subj
    return subj


def _unparsed_subject(v: "Token", tok: "Token", in_quote: list[bool]) -> "Token | None":
    """A subject the parser gave another role, or none."""
    if v.i > 0 and v.doc[v.i - 1].pos_ in ("PROPN", "PRON") and not in_quote[v.i - 1] \
            and (v.pos_ == "NOUN" or (v.tag_ in ("VBD", "VBZ", "VBP") and v.doc[v.i - 1].dep_ in ("compound", "advmod", "npadvmod", "nmod"))):
        return v.doc[v.i - 1]  # "Conway notes"; "Black Lives Matter issued" with the subject parsed as a modifier
    prev = v.doc[v.i - 1] if v.i > 0 else None
    if prev is not None and prev.pos_ == "NOUN" and prev.dep_ == "compound" and prev.head.i == v.i and not in_quote[prev.i] \
            and v.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ == "det" and c.i < prev.i for c in list(v.children) + list(prev.children)):
        return prev  # "“…,” the front-runner said" with the noun parsed as a modifier of the verb
    if prev is not None and prev.ent_type_ == "PERSON" and prev.dep_ == "dobj" and prev.head.i < prev.i \
            and prev.head.tag_ == "VBG" and prev.head.text[:1].isupper() and not prev.head.is_sent_start \
            and v.tag_ in ("VBD", "VBZ") and v is tok and not in_quote[prev.i]:
        # "“…,” Dowling spokesman Ryan Seward told …" with the owner's name read as a verb whose object is the
        # name (a capitalised "-ing" word inside the sentence): the name right before the subjectless verb speaks
        return prev
    if prev is not None and prev.dep_ == "amod" and prev.head.i == v.i and _age_description(prev) is not None \
            and not in_quote[prev.i]:
        return prev  # "“…,” the 39-year-old said" with the age parsed as a modifier of the verb
    if v is tok:
        subj = _name_before_apposition(v, in_quote)  # "Tom Reyes, a spokesman in Denver, said"
        if subj is not None:
            return subj
    # "Will wrote", "Will described …": a capitalised modal before a verb no modal
    # can govern (past or third person) is a name
    subj = next((c for c in v.children if c.dep_ == "aux" and c.tag_ == "MD" and c.text[:1].isupper()
                 and c.i == v.i - 1 and v.tag_ in ("VBD", "VBN", "VBZ") and not in_quote[c.i]), None)
    if subj is None and v is tok:
        subj = _phrase_before(v, in_quote)  # "…, a White House official who spoke anonymously said"
    return subj


def _relative_antecedent(v: "Token", subj: "Token", in_quote: list[bool]) -> "Token":
    """For the "who" of a relative clause, the noun it stands for."""
    if subj.lower_ in ("who", "that", "which") and v.dep_ == "relcl":
        subj = v.head
        if subj.dep_ == "appos" and subj.pos_ == "NOUN" and subj.head.pos_ == "PROPN" and not in_quote[subj.head.i]:
            subj = subj.head  # "Baxter, a Colorado native who writes …": the named person
    return subj


def _carrier_verb(noun: "Token", deps: tuple[str, ...]) -> "Token | None":
    """The verb of which a carrier noun ('an ad', 'a statement') is the object, in one of `deps`."""
    if noun.lemma_.lower() in lx.CARRIER_NOUNS and noun.dep_ in deps and noun.head.pos_ in ("VERB", "ADP"):
        verb = noun.head if noun.head.pos_ == "VERB" else noun.head.head
        return None if verb.lemma_.lower() in lx.CITING_VERBS else verb  # (who cites a study is not its author)
    return None


def _sender(v: "Token", tok: "Token") -> "Token | None":
    """"X emailed supporters saying: “…”": the sender says it, not the addressees."""
    if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN") and v is tok and tok.tag_ == "VBG" \
            and v.head.dep_ in ("dobj", "dative") and _is_cue(v.head.head) and v.head.head.i < v.head.i:
        return v.head.head
    if v.dep_ == "acl" and v is tok and tok.tag_ == "VBG" and v.head.dep_ == "pobj" and v.head.head.lower_ == "to" \
            and v.head.i == v.i - 1:
        # "circulated a memo to donors arguing that …": the memo argues, not the ones it went to
        head = v.head.head.head
        if head.pos_ == "NOUN":
            return _carrier_verb(head, ("dobj",))
        if head.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in lx.CARRIER_NOUNS and c.i < v.head.i
                                       for c in head.children):
            return head
    return None


def _comma_participle_verb(v: "Token", tok: "Token", in_quote: list[bool]) -> "Token | None":
    """The speech verb that a participle after a comma (the cue itself) goes on with."""
    if not (v.i == tok.i and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp") and tok.i > 0 and tok.doc[tok.i - 1].text == ","):
        return None
    reporter = _reporting_verb(v.head, in_quote)
    if reporter is not None:
        return reporter  # "Byrne wrote the agents knew …, saying, “…”": Byrne says it, not the agents
    if _is_cue(tok) and v.head.dep_ == "advcl" and _is_cue(v.head.head) and not in_quote[v.head.head.i] \
            and any(c.dep_ in ("mark", "advmod") and c.lower_ in lx.TIME_SUBORDINATORS for c in v.head.children):
        # "Kessler said …, after the senator won his primary, remarking that …": the parser hangs the
        # participle on the time clause, but it goes on with the speech verb that clause hangs from
        return v.head.head
    return None


def _causative_object(v: "Token", in_quote: list[bool]) -> "Token | None":
    """"That prompted Ruiz to … call Hale “very flexible”": the one made to speak speaks."""
    if v.dep_ == "xcomp" and v.head.lemma_.lower() in lx.CAUSATIVE_VERBS:
        return next((c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i and not in_quote[c.i]), None)
    return None


def _heard_speaking(v: "Token", in_quote: list[bool]) -> "Token | None":
    """"“…,” Delgado recalled her father telling her": a verb of hearing or remembering, its object, then a speech
    verb with no subject of its own: the one heard or remembered speaking speaks."""
    if v.lemma_.lower() not in lx.PERCEPTION_VERBS:
        return None
    for c in v.children:
        if c.dep_ in ("xcomp", "advcl", "ccomp") and c.tag_ in ("VBG", "VB") and _is_cue(c) and not in_quote[c.i] \
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            return next((d for d in v.children if d.dep_ == "dobj" and d.right_edge.i == c.i - 1 and not in_quote[d.i]), None)
    return None


def _after_dashes(subj: "Token", in_quote: list[bool]) -> "Token":
    """A name closing an aside between dashes is no subject: "In the letter - addressed to …, X - the Utah
    Republican asks …": the phrase after the closing dash is."""
    doc = subj.doc
    if subj.i + 2 >= len(doc) or doc[subj.i + 1].text not in DASHES \
            or not any(t.text in DASHES and t.whitespace_ for t in doc[subj.sent.start:subj.left_edge.i]):
        return subj
    return next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i + 1 and not in_quote[c.i]), subj)


def _object_relative_subject(v: "Token", in_quote: list[bool]) -> "Token | None":
    """"Hale, who Ortiz on Wednesday called “…”": in a relative clause whose "who" is the object, the
    name after "who" does the calling (the parser may hang the clause on Hale as if he did)."""
    doc = v.doc
    rel = next((t for t in doc[v.head.i + 1:v.i] if t.lower_ in ("who", "whom")), None)
    if rel is None or rel.i != v.head.i + 2 or doc[rel.i - 1].text != ",":
        return None
    j = rel.i + 1
    while j + 1 < v.i and doc[j + 1].pos_ == "PROPN" and doc[j + 1].text[:1].isupper():
        j += 1
    name = doc[j]
    if j >= v.i or name.pos_ != "PROPN" or not name.text[:1].isupper() or in_quote[name.i]:
        return None
    return name


def _person_at_event(v: "Token", in_quote: list[bool]) -> "Token | None":
    """"footage of Hollis at a 2014 fundraiser saying …": a participle the parser hung on the occasion, which
    cannot speak, goes with the person named right before the occasion's preposition."""
    occasion = v.head
    if v.tag_ != "VBG" or occasion.pos_ != "NOUN" or _speakerish(occasion) or occasion.dep_ != "pobj" \
            or occasion.head.lower_ not in ("at", "during", "on", "in") or occasion.head.i == 0:
        return None
    name = v.doc[occasion.head.i - 1]
    if name.pos_ == "PROPN" and name.ent_type_ not in NOT_SPEAKERS | {"GPE", "LOC", "FAC"} \
            and name.text[:1].isupper() and not in_quote[name.i]:
        return name  # (not a place: "Brandt in Ohio at a rally saying")
    return None


def _as_clause(v: "Token") -> bool:
    """"As Breitbart News reported, …": a cue in a clause marked "as" that says where the sentence comes from."""
    return v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children)


def _reporting_verb(v: "Token", in_quote: list[bool]) -> "Token | None":
    """The cue verb whose reported clause ``v`` is part of, if any."""
    for _ in range(4):
        if v.head.i == v.i:
            return None
        if v.dep_ == "ccomp" and _is_cue(v.head):
            return v.head if not in_quote[v.head.i] and not any(c.dep_ == "neg" for c in v.head.children) else None
        if v.dep_ not in ("conj", "xcomp", "ccomp", "advcl"):
            return None
        v = v.head
    return None


def _author(obj: "Token", in_quote: list[bool]) -> "Token | None":
    """Who made the thing a source names: "according to calculations by X", "… a document filed by X"."""
    if obj.pos_ != "NOUN":
        return None
    for c in obj.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            by = next((g for g in c.children if g.dep_ == "pobj" and not in_quote[g.i]), None)
            if by is not None:
                return by
        if c.dep_ == "acl" and c.tag_ == "VBN":
            agent = next((g for g in c.children if g.dep_ == "agent"), None)
            by = next((g for g in agent.children if g.dep_ == "pobj" and not in_quote[g.i]), None) if agent is not None else None
            if by is not None:
                return by
        if c.dep_ in ("prep", "acl") and obj.lemma_.lower() in lx.CARRIER_NOUNS:
            # "a tweet from Brandt's account", "a post on her Facebook page", "a tweet posted to his account": the holder
            preps = [c] if c.dep_ == "prep" else [p for p in c.children if p.dep_ == "prep"] if c.tag_ == "VBN" else []
            holder = next((h for p in preps if p.lower_ in ("from", "on", "to") for g in p.children
                           if g.dep_ == "pobj" and g.lemma_.lower() in lx.ACCOUNT_NOUNS for h in g.children
                           if h.dep_ == "poss" and not in_quote[h.i] and h.lower_ not in lx.FIRST_PERSON), None)
            if holder is not None:
                return holder
        if c.dep_ == "prep" and c.lower_ == "from" and obj.lemma_.lower() in lx.CARRIER_NOUNS:
            # "a fundraising email from the Brandt campaign", "a statement from Sen. Ruiz": who sent it
            by = next((g for g in c.children if g.dep_ == "pobj" and not in_quote[g.i]
                       and g.ent_type_ not in NOT_SPEAKERS | {"GPE", "LOC", "FAC"}
                       and (g.pos_ == "PROPN" or g.lemma_.lower() in lx.ORG_NOUNS)), None)
            if by is not None:
                return by
        if c.dep_ == "relcl" and c.lemma_.lower() in lx.AUTHORING_VERBS:
            # "the letter she sent to donors", "the op-ed that Ruiz wrote": the relative clause's subject made it
            by = next((g for g in c.children if g.dep_ == "nsubj" and g.tag_ not in ("WDT", "WP")
                       and g.lower_ not in lx.DEMONSTRATIVES and not in_quote[g.i]), None)
            if by is not None:
                return by
    return None


def _name_before_apposition(v: "Token", in_quote: list[bool]) -> "Token | None":
    """NAME, <apposition>, VERB: the name the parser hung elsewhere."""
    doc = v.doc
    j = v.i - 1
    if j < 2 or doc[j].text != ",":
        return None
    quoted = 0  # a short quoted name inside the apposition ("wearing “Ted Cruz” pins") is crossed
    for k in range(j - 1, max(0, j - 15), -1):
        quoted = quoted + 1 if in_quote[k] else 0
        if in_quote[k] and quoted <= 4 and doc[k].text not in (",", "."):
            continue
        if in_quote[k] or doc[k].text in (".", ";", ":", "?", "!") or doc[k].is_space:
            return None
        if doc[k].text == ",":
            name = doc[k - 1] if k > 0 else None
            # (a surname opening the sentence that the tagger took for an adjective: "Okonjo, in turn, called …")
            age = k + 2 == j and doc[k + 1].like_num  # "Reyes, 58, told AFP": only a person is given an age
            if name is not None and (name.ent_type_ == "PERSON" or (age and name.pos_ == "PROPN" and name.text[:1].isupper()) or (
                    name.is_sent_start and name.text[:1].isupper() and name.pos_ in ("PROPN", "ADJ") and not name.is_stop
                    and not name.ent_type_ and name.dep_ not in ("nsubj", "nsubjpass"))) \
                    and not in_quote[name.i] and name.sent.start == v.sent.start:
                return name
            return None
    return None


def _phrase_before(v: "Token", in_quote: list[bool]) -> "Token | None":
    """A cue verb the parser gave no subject: the noun phrase that ends right before it, hung
    elsewhere as an apposition or a conjunct ("hosts X and Y, the candidate stated")."""
    if v.i == 0 or v.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    t = v.doc[v.i - 1]
    for _ in range(8):
        if in_quote[t.i] or t.i >= v.i or t.sent.start != v.sent.start or t.right_edge.i != v.i - 1:
            return None
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("appos", "conj") and _speakerish(t):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _descends(tok: "Token", span: "Span") -> bool:
    """Does ``tok`` hang (through its heads) from a token of ``span``?"""
    for _ in range(12):
        if span.start <= tok.i < span.end:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _closed(tok: "Token") -> bool:
    """Is the phrase under ``tok`` followed by punctuation or the end (a real apposition: "X, the Y,")?"""
    end = tok.right_edge.i + 1
    return end >= len(tok.doc) or tok.doc[end].is_punct or tok.doc[end].is_space


def _noun_phrase_head(doc: "Doc", a: int, b: int, people: dict | None = None) -> "Token | None":
    """The head of the noun phrase that opens doc[a:b]: "the Post's senior editor Steven Ginsberg".

    A capitalised word the article knows as a surname is a name whatever its tag ("Will wrote").
    """
    head = None
    for t in doc[a:b]:
        if t.is_space:
            continue
        if t.pos_ in ("PROPN", "NOUN", "PRON") or (people and t.text[:1].isupper() and fold(t.text) in people):
            head = t
            if t.pos_ == "PRON" and t.dep_ != "poss":
                break
        elif t.pos_ in ("DET", "ADJ", "NUM", "PART") or t.text in (".", "'s", "’s"):
            continue
        elif t.is_lower and t.i + 1 < b and doc[t.i + 1].pos_ == "PROPN" and not _is_cue(t):
            continue  # a job title the tagger took for a verb: "screenwriter Cole Haddon wrote"
        else:
            break
    return head


def _is_share(tok: "Token") -> bool:
    """A share of people as a clause's subject: "37 percent of voters", "31%", "about four in 10"."""
    if tok.ent_type_ == "PERCENT" or tok.lemma_.lower() in ("percent", "%", "majority", "plurality", "half"):
        return True
    if tok.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ == "most" for c in tok.children):
        return True  # "most voters"
    return tok.ent_type_ == "CARDINAL" and tok.pos_ == "NUM" and any(
        c.lower_ == "in" for c in tok.children)  # "four in 10"


def _speakerish(tok: "Token") -> bool:
    """Could this head a speaker mention (not "his comments", "other means")?"""
    lemma = tok.lemma_.lower()
    if tok.lower_ in lx.DEMONSTRATIVES:
        return False  # "That prompted Rubio to …", "what happened": a thing, not a speaker
    return (tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            or (tok.text[:1].isupper() and not tok.is_stop)
            or lemma in lx.ROLE_NOUNS or lemma in lx.UNNAMED_HEADS or lemma in lx.ORG_NOUNS
            or lemma in lx.READ_SUBJECT_NOUNS or tok.lower_ in lx.PERSON_NOUNS)


def _inverted_subject(v: "Token") -> "Token | None":
    """“…?” asked the boy: the parser may take the speaker after the verb for its object."""
    for c in v.rights:
        if c.dep_ in ("dobj", "attr", "npadvmod") and c.i - v.i <= 4 and (c.pos_ in ("PROPN", "NOUN")):
            return c
        break
    # “…,” said David Brock, a Clinton confidant who …: the parser hung the name on a later clause,
    # but a person named right after the verb is who said it
    doc = v.doc
    j = v.i + 1
    while j < len(doc) and j <= v.i + 3 and doc[j].ent_type_ != "PERSON" and fold(doc[j].text).rstrip(".") in lx.HONORIFICS:
        j += 1
    if j < len(doc) and doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ == "B":
        while j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I":
            j += 1
        return doc[j]
    return None




class Attributor:
    """Runs the sieves over the quotes of one article, in document order."""

    def __init__(self, article: Article):
        self.a = article
        self.doc = article.doc
        self.state = _State()
        self.done: list[tuple[QuoteSpan, Attribution]] = []
        self._scanned_to = 0  # tokens before this were looked at for reported speech
        self._signs: set[int] = set()  # starts of quotes written on a sign: no talk that floats on
        self._interviewee: Resolved | None = None  # who answers the "A:" lines of a question-and-answer piece
        self._headings: list[int] | None = None  # paragraphs that are a live blog's time headings
        self._entries: list[int] = []  # paragraphs that open with a live blog's time (set with _headings)
        self._set_headings: set[int] | None = None  # paragraphs set as headings over a quote (_heading_paragraphs)
        self._credits: dict[int, int] | None = None  # quote paragraphs to the name lines under them (_credit_lines)
        self._questions: set[int] | None = None  # an interviewer's question paragraphs (_interviewer_paragraphs)
        self._topics: bool | None = None  # whether one of those headings is a topic, not a name (_topic_heading)

    def run(self) -> list[Attribution]:
        out = []
        for q in self.a.spans:
            att = self.attribute(q)
            out.append(att)
            self.done.append((q, att))
            if att.speaker and att.sieve not in ("nested",) and not self._in_question(q) and q.start not in self._signs \
                    and not FACT_LABEL.match(self.a.text, self.a.para_bounds[q.paragraph][0]):
                how = {"organization": "org", "unnamed": "unnamed"}.get(att.speaker_kind or "", "name")
                self.state = _State(Resolved(att.speaker, how, ()), q.paragraph)
        return self._pulled_out(self._repeated_in_body(out))

    def _pulled_out(self, out: list[Attribution]) -> list[Attribution]:
        """A pull quote, a paragraph that is only a quotation with no cue, which the article quotes again with
        its cue a few paragraphs before or after, has that quote's speaker, not the one speaking around it."""
        spans = self.a.spans
        words: dict[int, list[str]] = {}
        for i, (q, att) in enumerate(zip(spans, out)):
            a, b = self.a.para_bounds[q.paragraph]
            if att.sieve not in ("continuation", "nearest", None) or q.outer_start != a \
                    or self.a.text[q.outer_end:b].strip(" \t\n\"”.,"):
                continue
            mine = words.setdefault(i, _quote_words(self.a.text[q.start:q.end]))
            if len(mine) < 8:
                continue
            for j, (other, found) in enumerate(zip(spans, out)):
                if j == i or found.sieve not in CUED_SIEVES or not found.speaker or other.paragraph == q.paragraph \
                        or abs(other.paragraph - q.paragraph) > 3:  # (pulled from the passage it sits beside)
                    continue
                theirs = words.setdefault(j, _quote_words(self.a.text[other.start:other.end]))
                if len(theirs) >= len(mine) and _contains(theirs, mine):
                    out[i] = dataclasses.replace(found, sieve="repeated", chain=found.chain + ("(quoted again)",),
                                                 confidence=confidence("repeated", found.resolution or "name", True))
                    break
        return out

    def _in_question(self, q: QuoteSpan) -> bool:
        """Whether the quote sits in an interviewer's question ("Your opponent called you “a single-issue
        candidate”. Was he wrong?"): its speaker is talked about, and the answer after is not theirs."""
        a, b = self.a.para_bounds[q.paragraph]
        last = self.a.text[a:b].rstrip()
        if not last.endswith("?") or q.outer_end >= a + len(last) - 1:
            return False
        # addressed to the one who answers, in the reporter's own words (not "But will it?")
        ta, tb = self.a.token_range(a, b)
        return any(t.lower_ in ("you", "your") and not self.a.in_quote[t.i] for t in self.doc[ta:tb])

    def _repeated_in_body(self, out: list[Attribution]) -> list[Attribution]:
        """A headline quote left without a speaker that the body quotes again has the body's speaker:
        "‘I never wanted to be a politician’: the teacher who became mayor" … "“I never wanted to be
        a politician,” says Okafor"."""
        spans = self.a.spans
        for i, (q, att) in enumerate(zip(spans, out)):
            a, b = self.a.para_bounds[q.paragraph]
            # (or with a title no one was given yet: "Minister says talks ‘constructive’")
            if (att.speaker and att.resolution != "unresolved") or a > 0 or not is_headline(self.a.text, (a, b)):
                continue
            words = _quote_words(self.a.text[q.start:q.end])
            if len(words) < 3 and att.resolution != "unresolved":
                continue
            for j in range(i + 1, len(spans)):
                later = _quote_words(self.a.text[spans[j].start:spans[j].end])
                # (a short quote only as the same words: "constructive")
                if out[j].speaker and out[j].sieve != "nested" and out[j].resolution != "unresolved" \
                        and (_contains(later, words) if len(words) >= 3 else later == words):
                    body = out[j]
                    if att.speaker and not self._titled_as(body.speaker, att.mention or att.speaker):
                        continue  # (the title's holder: not the organiser the body quotes for "Police chief says …")
                    out[i] = dataclasses.replace(body, sieve="repeated", chain=body.chain + ("(quoted again below)",),
                                                 confidence=confidence("repeated", body.resolution or "name", True))
                    break
        return out

    def _titled_as(self, name: str, mention: str) -> bool:
        """Whether the article gave the person ``name`` the title a mention ends with ("Minister" of "Minister
        says …" for "Foreign Minister Tomas Reyes")."""
        person = self.a.people.get(_name_key(name))
        words = [fold(w) for w in mention.split()]
        return person is not None and bool(words) and _has_title_word(person.titles, words[-1])

    # the sieves, most precise first
    def attribute(self, q: QuoteSpan) -> Attribution:
        self._track_reported_speech(q.start)
        for sieve in (self._transcript, self._nested, self._cue, self._colon, self._headline_colon, self._dash,
                      self._next_sentence, self._digest, self._credit, self._heading, self._subject_sieve, self._continuation,
                      self._nearest):
            att = sieve(q)
            if att is not None:
                return att
        return NO_ATTRIBUTION

    def _make(self, sieve: str, res: Resolved, mention: tuple[int, int, str] | None,
              cue: "Token | str | None") -> Attribution:
        conf = confidence(sieve, res.how, res.name is not None)
        if isinstance(cue, str) or cue is None:
            cue_text, cs, ce = cue, None, None
        else:
            cue_text, cs, ce = cue.text, cue.idx, cue.idx + len(cue.text)
            if cue.lower_ == "according":
                cue_text, ce = "according to", cue.idx + len("according to")
        ms, me, mt = mention if mention else (None, None, None)
        kind = KIND_OF.get(res.how) if res.name or mt else None
        if res.name is None and kind == "unnamed" and mt and not _is_pronoun_text(mt):
            # an unnamed source is reported as written ("a senior official"), never given a name
            return Attribution(_description(mt), None, mt, ms, me, cue_text, cs, ce, sieve, round(conf, 3),
                               res.chain, "unnamed", res.how)
        speaker_id = slug(res.name) if res.name and kind in ("person", "organization") else None
        return Attribution(res.name, speaker_id, mt, ms, me, cue_text, cs, ce,
                           sieve, round(conf, 3), res.chain, kind if res.name else None, res.how)

    def _speaker_or_none(self, sieve: str, tok: "Token", cue: "Token | str | None") -> Attribution | None:
        """The attribution to `tok` if it resolves to a name or to an unnamed source."""
        res = self.a.resolve(tok)
        if res.name or res.how == "unnamed":
            return self._make(sieve, res, self.a.mention_span(tok), cue)
        return None

    def _sentences(self, q: QuoteSpan) -> list["Span"]:
        a, b = self.a.token_range(q.outer_start, q.outer_end)
        b = min(max(a + 1, b), len(self.doc))
        if a >= b:
            return []
        # the sentences holding tokens a..b-1 (Token.sent scans the document each time: bisect instead)
        k = bisect.bisect_right(self.a.sent_starts, a) - 1
        sents = []
        while k < len(self.a.sents) and self.a.sents[k].start < b:
            sents.append(self.a.sents[k])
            k += 1
        return sents

    def _transcript(self, q: QuoteSpan) -> Attribution | None:
        m = TRANSCRIPT_LABEL.match(self.a.text, q.start)
        if m is None and not q.nested:
            # "Chris Matthews: Seriously, ..." — a person the article names, as a label
            m = NAME_LABEL.match(self.a.text, q.start)
            person = self.a.people.get(_name_key(m.group(1))) if m is not None else None
            if person is None or m.group(1) not in person.names:
                m = None  # "The Trumps: Three Generations" is a title, not a label
        if not m or q.nested:
            return self._label_before(q)
        if self.a.text[self.a.para_bounds[q.paragraph][0]:q.outer_start].strip():
            return None  # "“Debate recap,” tweeted X. “Clinton: '…'”": a label inside someone's words, not a transcript line
        after = self.a.text[q.outer_end:self.a.para_bounds[q.paragraph][1]]
        if after.strip() and (self.a.text[q.start:q.end].rstrip().endswith(",") or after.lstrip().startswith(",")):
            return None  # "“Dale Brenner: Wrong for Iowa,” the ad concludes.": a tagline its cue after reports
        label = m.group(1).strip()
        if len(label) < 2 or label in ("A", "Q", "I"):
            return None
        name = label.title()
        hit = self.a.people.get(_name_key(name))
        res = Resolved(hit.name if hit else name, "name", (label,) + ((hit.name,) if hit else ()))
        if self.a.book:
            canon = self.a.book.canonical(res.name)
            if canon:
                res = Resolved(canon, "name", res.chain + (canon + " (speakers file)",))
        return self._make("transcript", res, (m.start(1), m.end(1), label), ":")

    def _label_before(self, q: QuoteSpan) -> Attribution | None:
        """A transcript line whose speaker's name in capitals opens the paragraph, before the quote
        marks: "RUIZ: “Then why did the auditor resign?”" (the parser takes "RUIZ" for a noun). Only a
        person the article names: "BREAKING: “…”" is no one."""
        a = self.a.para_bounds[q.paragraph][0]
        qa = QA_LABEL.match(self.a.text, a) if a < q.outer_start and not q.nested else None
        if qa is not None and not self.a.text[qa.end():q.outer_start].strip():
            return self._interview_line(qa.group(1).upper(), (qa.start(1), qa.end(1), qa.group(1)))
        m = TRANSCRIPT_LABEL.match(self.a.text, a) if a < q.outer_start else None
        if m is None or q.nested or self.a.text[m.end():q.outer_start].strip():
            return None
        label = m.group(1).strip()
        last = label.title().split()[-1]  # "PENROSE", "MR. PENROSE", "LYLE PENROSE"
        hit = self.a.people.get(_name_key(last))
        if hit is None and fold(label) in lx.ROLE_NOUNS | lx.UNNAMED_HEADS:
            # "MODERATOR: “…”": the one the article gave that title, else the role as written, never the
            # person speaking before
            tok = self.a.token_at(m.start(1))
            res = self.a.resolve(tok)
            if res.name is None or res.how != "title":
                # (not a name the parser hung on the label from the quote: "MODERATOR: “Time.”")
                res = Resolved(None, "unnamed", (fold(label),))
            return self._make("transcript", res, (m.start(1), m.end(1), fold(label)), ":")
        if hit is None or fold(last) not in {fold(w) for n in hit.names for w in n.split()}:
            return None
        res = Resolved(hit.name, "name", (label, hit.name))
        return self._make("transcript", res, (m.start(1), m.end(1), label), ":")

    def _interview_line(self, label: str, mention: tuple[int, int, str]) -> Attribution:
        """A question-and-answer line: "Q: “…”" is the interviewer's, whom the article does not name
        line by line; "A: “…”" is the one interviewed, the person the article opens with as the subject
        of a sentence ("Gov. Ellen Marsh sat down with the Ledger-Star on Friday.")."""
        if label == "Q":
            return self._make("transcript", Resolved(None, "unresolved", ("Q (the interviewer)",)), None, ":")
        if self._interviewee is None:
            self._interviewee = Resolved(None, "unresolved", ("A",))
            for sent in self.a.sents:
                if sent.start_char >= mention[0]:
                    break
                res = self.a.sentence_subject(sent)
                if res and res.name and res.how == "name":
                    # ("Reporter Ana Ruiz interviewed Sen. Ray Tillis": the subject asks, the one interviewed answers)
                    if sent.root.lemma_.lower() in lx.ASK_VERBS | {"interview"}:
                        obj = next((c for c in sent.root.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
                        asked = self.a.resolve(obj) if obj is not None else None
                        if asked is None or not asked.name or asked.how != "name":
                            continue
                        res = asked
                    self._interviewee = Resolved(res.name, "name", ("A (the one interviewed)", res.name))
                    break
        return self._make("transcript", self._interviewee, mention if self._interviewee.name else None, ":")

    def _nested(self, q: QuoteSpan) -> Attribution | None:
        """A quotation inside another: the speaker the outer quote names for it ("They say, ‘…’"),
        else the outer quote's speaker, whose words these are."""
        if not q.nested:
            return None
        for outer, att in reversed(self.done):
            if outer.start <= q.start and q.end <= outer.end and not outer.nested:
                inner = self._cue_inside(outer, q)
                if inner is not None and not (inner.mention and inner.mention.lower() == "i"):
                    return inner  # (“I told them, ‘We will win’”: the one whose words the outer quote are)
                if att.speaker is None:
                    return None
                return Attribution(att.speaker, att.speaker_id, att.mention,
                                   att.mention_start, att.mention_end, att.cue, att.cue_start, att.cue_end,
                                   "nested", round(min(att.confidence, SIEVE_CONFIDENCE["nested"]), 3),
                                   att.chain + ("inside a quotation of " + att.speaker,), att.speaker_kind,
                                   att.resolution)
        return None

    def _cue_inside(self, outer: QuoteSpan, q: QuoteSpan) -> Attribution | None:
        """A cue verb inside the outer quote, right before the nested one: “… They say, ‘…’ …”."""
        oa, ob = self.a.token_range(outer.start, outer.end)
        qa, qb = self.a.token_range(q.outer_start, q.outer_end)
        # the nearest cue before it, or the cue verb the nested quote's clause hangs from ("The memo warns
        # that Quell's record as prosecutor could become ‘a serious liability’")
        top = next((t for t in self.doc[qa:qb] if not qa <= t.head.i < qb), None)
        up = []
        for _ in range(6):
            if top is None or top.head.i == top.i or not oa <= top.head.i < ob:
                break
            top = top.head
            up.append(top)
        hung = next((t for t in up if _is_cue(t) and t.i < qa), None)
        for tok in [*reversed(self.doc[max(oa, qa - 5):qa]), *([hung] if hung is not None else [])]:
            if _is_cue(tok) and tok.sent.start == self.doc[qa].sent.start:
                subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None and tok.dep_ in ("conj", "xcomp"):  # “Ellen called me and said, ‘…’”: the first
                    # verb's subject (“People keep telling me, ‘Harlan, run’”: the subject of the verb it completes)
                    subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None:
                    return None
                mention = (subj.idx, subj.idx + len(subj.text), subj.text)
                if subj.pos_ == "PRON":  # a pronoun in someone's speech points into their story, not ours
                    res = Resolved(None, "unresolved", (subj.text, "inside a quotation"))
                else:
                    res = self.a.resolve(subj, ("inside a quotation",))
                return self._make("nested", res, mention, tok)
        return None

    def _owned_words(self, qa: int, qb: int) -> "Token | None":
        """The possessor of the utterance noun a quote hangs from: "Trump's claim that Obama “founded ISIS”",
        "his comment that “…”" (none when a cue verb comes first on the way up)."""
        head = next((t for t in self.doc[qa:qb] if not qa <= t.head.i < qb), None)
        if head is None or head.dep_ in ("amod", "poss") or (head.pos_ == "ADJ" and head.dep_ == "nmod"):
            return None  # "Hollis's “divisive” comments": the writer's word for them, not theirs
        mark = next((c for c in head.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        if head.dep_ == "ccomp" and mark is not None and not _is_cue(head.head):
            # "stood by his comment Monday that “…”": the parser hangs the clause on the verb, but a
            # that-clause right after an utterance noun completes the noun
            for n in reversed(self.doc[max(0, mark.i - 3):mark.i]):
                if n.pos_ == "NOUN" and n.lemma_.lower() in lx.SPEECH_ACT_NOUNS:
                    return self._possessor(n)
                if not (n.ent_type_ in ("DATE", "TIME") or n.is_punct):
                    break
        v = head.head
        for _ in range(4):  # "Brandt's statement that crime is at “record levels”": the clause that completes the noun
            if self.a.in_quote[v.i] or _is_cue(v) or v.head.i == v.i:
                break
            if v.pos_ in ("VERB", "AUX"):
                if v.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children) \
                        and v.head.pos_ == "NOUN" and v.head.lemma_.lower() in lx.SPEECH_ACT_NOUNS and v.head.i < v.i:
                    owner = self._possessor(v.head)
                    if owner is not None:
                        return owner
                break
            v = v.head
        words = [w for w in self.doc[qa:qb] if not (w.is_punct or w.is_space)] or [head]  # a term used: few words
        t = head.head
        for _ in range(6):
            if self.a.in_quote[t.i] or _is_cue(t) or (t.dep_ == "prep" and t.lower_ != "of"):
                return None  # "called Trump's statements on Sunday “childish”": not inside the statements
            used = t.lemma_.lower() in lx.WORD_USE_NOUNS and (t.lemma_.lower() != "use" or (
                len(words) <= 3 and words[0].lower_ not in ("a", "an", "the")))
            if t.pos_ == "NOUN" and (t.lemma_.lower() in lx.SPEECH_ACT_NOUNS or used):
                if t.dep_ == "dobj" and t.head.lemma_.lower() in lx.NAMING_VERBS and head.head.i == t.i:
                    return None  # "Wu called the governor's proposal “a fantasy”": the label is the caller's
                return self._possessor(t)
            if t.head.i == t.i:
                return None
            t = t.head
        return None

    def _named_utterance(self, q: QuoteSpan, qa: int, qb: int) -> "tuple[Token, Token] | None":
        """An utterance named by its words between its owner and its noun: "Hollis's “basket of bigots” remark",
        "his “I hear you” line" (the parser often swallows the noun into the quote). The owner, and the noun;
        none for the writer's adjective on someone's remarks ("Hollis's “divisive” comments")."""
        oa, ob = self.a.token_range(q.outer_start, q.outer_end)
        if oa < 2 or ob >= len(self.doc):
            return None
        mark, noun = self.doc[oa - 1], self.doc[ob]
        if mark.text in ("'s", "’s"):
            owner = self.doc[oa - 2]
        elif mark.lower_ in ("his", "her", "their"):  # (the tagger may take "her" before a quote for an object)
            owner = mark
        else:
            return None
        if noun.lower_ not in lx.QUOTATION_NOUNS and noun.lemma_.lower() not in lx.QUOTATION_NOUNS \
                or self.a.in_quote[owner.i] or not _speakerish(owner):
            return None
        words = [t for t in self.doc[qa:qb] if not (t.is_punct or t.is_space)]
        if all(t.pos_ in ("ADJ", "ADV", "DET", "PART", "CCONJ") for t in words):
            return None
        return owner, noun

    def _label_over_source(self, q: QuoteSpan) -> "tuple[Token, Token] | None":
        """"His message, according to two people familiar with the calls: “…”": a label of someone's utterance
        before the colon, with the ones who told of it set off after it; the label's owner speaks. The noun
        and its owner."""
        oa = self.a.token_range(q.outer_start, q.outer_end)[0]
        if oa < 5 or self.doc[oa - 1].text != ":":
            return None
        according = self.doc[oa - 2].head
        while according.lower_ != "according" and according.head.i != according.i and according.i > oa - 16:
            according = according.head
        if according.lower_ != "according" or according.right_edge.i != oa - 2 or according.i < 2 \
                or self.doc[according.i - 1].text != ",":
            return None
        noun = self.doc[according.i - 2]
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lx.LABEL_NOUNS or self.a.in_quote[noun.i]:
            return None
        owner = self._possessor(noun)
        return (noun, owner) if owner is not None else None

    def _possessor(self, noun: "Token") -> "Token | None":
        """The noun's possessor, outside the quotes and not first person ("Hale's post", not "our post")."""
        return next((c for c in noun.children if c.dep_ == "poss" and not self.a.in_quote[c.i]
                     and c.lower_ not in lx.FIRST_PERSON), None)

    def _sign_bearer(self, qa: int, qb: int) -> "Token | None":
        """Who carries the sign a quote is written on: "supporters waved signs reading “…”" and "X hoisted
        a sign that read “…”" are the bearers' words, whatever cue the sentence has besides."""
        head = next((t for t in self.doc[qa:qb] if not qa <= t.head.i < qb), None)
        if head is None:
            return None
        shows = head.head if head.head.i != head.i else None
        if shows is not None and shows.lemma_.lower() not in lx.DISPLAY_VERBS:
            shows = shows.head  # the quote as the object of a word the parser put between
        if shows is None or self.a.in_quote[shows.i] or shows.lemma_.lower() not in lx.DISPLAY_VERBS \
                or shows.dep_ not in ("acl", "relcl") or shows.head.lemma_.lower() not in lx.SIGN_NOUNS:
            return None
        sign = shows.head
        # the verb that bears the sign: its head, or the word just before it when the parse
        # strays ("calling for the CEO's firing and carrying signs saying …")
        v = next((t for t in [sign.head] + list(self.doc[max(0, sign.i - 3):sign.i])
                  if t.pos_ == "VERB" and t.lemma_.lower() in lx.BEAR_VERBS and not self.a.in_quote[t.i]), None)
        if v is None:
            return None  # "surprised to see a sign which read …": the sign is not theirs
        for _ in range(6):  # up from the bearing verb to one with a subject
            subj = next((c for c in v.children if c.dep_ == "nsubj" and not self.a.in_quote[c.i]), None) \
                if v.pos_ in ("VERB", "AUX") else None
            if subj is not None and subj.tag_ in ("WP", "WDT") and v.dep_ == "relcl":
                return v.head  # "a man who wore a shirt that read …": the man
            if subj is not None:
                return subj if subj.lower_ not in lx.DEMONSTRATIVES else None
            if v.dep_ == "acl" and not self.a.in_quote[v.head.i]:
                return v.head  # "mocked protesters holding signs that read …": the protesters
            if v.head.i == v.i or v.dep_ in ("dobj", "dative", "attr") \
                    or (v.pos_ in ("VERB", "AUX") and v.dep_ not in ("xcomp", "conj", "advcl")):
                break  # a verb's object is not its subject ("calling for X's firing and carrying" strays into nouns)
            v = v.head
        return None

    def _cue(self, q: QuoteSpan) -> Attribution | None:
        qa, qb = self.a.token_range(q.start, q.end)
        owned = self._named_utterance(q, qa, qb)
        if owned is not None:
            owner, noun = owned
            return self._make("cue", self.a.resolve(owner), self.a.mention_span(owner), noun)
        owner = self._owned_words(qa, qb)
        if owner is not None:
            return self._make("cue", self.a.resolve(owner), self.a.mention_span(owner), owner.head)
        labelled = self._label_over_source(q)
        if labelled is not None:
            noun, owner = labelled
            return self._make("cue", self.a.resolve(owner), self.a.mention_span(owner), noun)
        bearer = self._sign_bearer(qa, qb)
        if bearer is not None:  # the subject of the clause the words hang from, before any cue
            self._signs.add(q.start)
            cue, subj = self._outer_source(bearer.head) or (None, bearer)
            sieve = "subject" if cue is None else "according-to" if cue.lower_ == "according" else "cue"
            return self._make(sieve, self.a.resolve(subj),
                              self.a.mention_span(subj), cue)
        sents = self._sentences(q)
        if sents and sents[0].start > 0 and self.a.in_quote[sents[0].start] and self.a.in_quote[sents[0].start - 1] \
                and sents[0].start < qa and not all(self.a.in_quote[t.i] for t in self.doc[sents[0].start:qa]):
            # a sentence the parser began inside an earlier quotation goes on with the sentence before it ("Marsh
            # stated that … “did well, because it was a substantive debate. It was more uplifting” and …“…”")
            sents = [self.doc[sents[0].start - 1].sent] + sents
        cands = []
        # "X lamented her gaffes - “…?” - Democrats said …": a quote set between dashes is an aside of the
        # clause before it, never reported by a verb after the closing dash
        before = self.a.text[:q.outer_start].rstrip()
        after = self.a.text[q.outer_end:].lstrip()
        aside = before[-1:] in DASHES and after[:1] in DASHES and before[-2:-1] in (" ", "-")
        # the quote's last word: the parser may hang the quote's closing period on the sentence's root
        last = next((t.i for t in reversed(self.doc[qa:qb]) if not (t.is_punct or t.is_space)), qb - 1)
        for sent in sents:
            for tok in sent:
                if self.a.in_quote[tok.i] or not self.a.is_cue_at(tok.i):
                    continue
                if self._others_relative(qa, qb, tok):
                    continue  # "Tillis, whom Brandt has mocked as “Little Ray,” said …": another's words about the subject
                if tok.tag_ == "VBZ" and any(c.dep_ == "mark" and c.lower_ in lx.NOUN_PREPOSITIONS for c in tok.children):
                    continue  # "Boyce: “…” for refugee remarks": a plural noun after a preposition, read as a verb
                dist = qa - tok.i if tok.i < qa else tok.i - qb
                # ("Ortiz tweeted after Hale argued that “…”": a time or relative clause's speech verb, with
                # a named subject of its own, holds the quote to its last word; a participle goes on with its head)
                # (not a time clause after a cue with no words of its own: "Hale replied when Ruiz asked about
                # taxes that …" is Hale's reply)
                governs = tok.left_edge.i <= qa and (tok.right_edge.i >= qb - 1 or (
                    tok.right_edge.i >= last and tok.dep_ in ("advcl", "relcl", "acl") and tok.tag_ != "VBG"
                    and any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or (  # ("an editorial that called …": the editorial)
                        c.tag_ == "WDT" and tok.dep_ == "relcl" and tok.head.lemma_.lower() in lx.READ_SUBJECT_NOUNS)
                        # ("a charge his campaign called “old news”": a relative clause with someone's subject of its own)
                        or (tok.dep_ == "acl" and (c.tag_ == "PRP" or any(p.dep_ == "poss" for p in c.children)))
                        # ("Birch asked Delgado, who replied: “…”": the one the "who" stands for)
                        or (c.lower_ == "who" and tok.dep_ == "relcl" and tok.head.pos_ == "PROPN"))
                            for c in tok.children)
                    and not (tok.dep_ == "advcl" and tok.head.i < tok.i and _is_cue(tok.head) and not any(
                        self.a.in_quote[c.i] and not c.is_punct for c in tok.head.children))))
                # "she would like Trump to explain …", "X cannot say": a cue that reports no words yields to one that does
                unsaid = tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and (
                    any(c.dep_ == "nsubj" for c in tok.children)
                    or any(c.dep_ == "dobj" and c.i < tok.i for c in tok.head.children)) \
                    or any(c.dep_ == "neg" for c in tok.children)  # "Comey cannot say that “…”, X added"
                # among cues governing the quote, one before it whose reported clause holds it comes first, however
                # near another is ("After Ruiz said that … “…,” Hale said:" is Ruiz)
                reports = governs and tok.i < qa and any(
                    c.dep_ == "ccomp" and c.left_edge.i <= qa and c.right_edge.i >= last for c in tok.children)
                if not governs and _asking_clause(tok):
                    continue  # "When Mitchell pressed him, Walker grew irritated: “…”": the one pressed answers
                cands.append(((unsaid, aside and tok.i >= qb, not governs, not reports, dist), tok))
        # a cue with a subject of its own inside the reported clause, governing the quote, is whose words they are:
        # "Hollis said Brandt's plan was “reckless,” while Brandt called hers “a disaster”" is Brandt's
        inner = [tok for key, tok in cands if not key[2] and key[3] and tok.i < qa
                 and any(c.dep_ == "nsubj" and not self.a.in_quote[c.i] for c in tok.children)]
        if inner:
            cands = [((key[0], key[1], key[2], True, key[4]) if not key[3] and any(
                _descends(t, self.doc[tok.i:tok.i + 1]) and t.i != tok.i for t in inner) else key, tok)
                     for key, tok in cands]
        # of two cues governing the quote alike, one inside the other's clause that the words hang from is
        # nearer them ("Quell, whom Voss has called “Lying Marisa,” fired back": Voss's label, not Quell's reply)
        holders = [t for k, t in cands if not k[2] and any(w.head.i == t.i for w in self.doc[qa:qb] if not w.is_punct)]
        cands = [(k[:4] + (any(g.i != t.i and _descends(g, self.doc[t.i:t.i + 1]) for g in holders),) + k[4:], t)
                 if not k[2] else (k[:4] + (False,) + k[4:], t) for k, t in cands]
        # the nearest cue that has a subject: "responded by saying" falls back to "responded"
        for _, cue in sorted(cands, key=lambda c: c[0]):
            subj = _written_read(cue) or _subject(cue, self.a.skip)
            if subj is None and cue.i >= qb:
                subj = _inverted_subject(cue)  # “…,” said David Brock (parsed as the object)
            if subj is None:
                subj = self._known_name_before(cue)
            if subj is not None and subj.dep_ == "nsubjpass" and subj.head.i == cue.i \
                    and cue.lemma_.lower() in lx.DESCRIBING_VERBS:
                # "Lasko is described in the memo as “…”": the one described is no speaker; the text it is in speaks
                subj = next((g for c in cue.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                             if g.dep_ == "pobj" and g.lemma_.lower() in lx.READ_SUBJECT_NOUNS and not self.a.in_quote[g.i]),
                            subj)
            if subj is not None:
                if subj.lemma_.lower() in lx.CARRIER_NOUNS | lx.SIGN_NOUNS:
                    by = _author(subj, self.a.skip)  # "an email sent out by X warned": X speaks
                    if by is not None and subj.lemma_.lower() not in lx.CARRIER_NOUNS and not (
                            by.ent_type_ in ("PERSON", "ORG", "NORP") or by.lemma_.lower() in lx.PERSON_NOUNS):
                        by = None  # ("“…,” read a banner held by two students": its bearers; not "hung by the gate")
                    if by is not None and (by.pos_ != "PRON" or self.a.resolve(by).name):
                        subj = by  # ("the letter they signed says", with no one "they" stands for: the letter)
                res = self.a.resolve(subj)
                if (res.how == "unnamed" and (subj.lemma_.lower() in lx.NOT_SPEAKER_NOUNS or subj.lower_ in lx.DEMONSTRATIVES)) \
                        or (subj.ent_type_ in NOT_SPEAKERS and not _partitive(subj) and _age_description(subj) is None):
                    continue  # "the notion", "Saturday": not who spoke; try the next cue
                cue, subj, res = self._reported_by(cue, subj, res)
                sieve = "according-to" if cue.lower_ == "according" else "cue"
                if res.how == "name":  # "Albers and Hoyt said in a joint statement": both
                    res = self.a.coordinated_names(subj) or res
                return self._make(sieve, res, self.a.mention_span(subj), cue)
        return None

    def _others_relative(self, qa: int, qb: int, cue: "Token") -> bool:
        """Is the quote in a relative clause on the cue's subject whose own subject is someone else ("Tillis, whom
        Brandt has mocked as “Little Ray,” said")? Those are that other's words, not what the cue reports."""
        subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and not self.a.in_quote[c.i]), None)
        head = next((t for t in self.doc[qa:qb] if not qa <= t.head.i < qb), None)
        if subj is None or head is None:
            return False
        t = head
        for _ in range(6):
            if t.i == subj.i or t.head.i == t.i:
                return False
            if t.dep_ == "relcl" and t.head.i == subj.i and t.pos_ in ("VERB", "AUX"):
                # (with its relative pronoun, and no cue of its own: "Nothing the president said “…”" is reported)
                return not _is_cue(t) and any(c.lower_ in ("whom", "who", "which", "that") and c.dep_ != "nsubj"
                                              for c in t.children) and any(c.dep_ == "nsubj" and c.lower_ not in ("who", "which", "that") and not self.a.in_quote[c.i]
                           and c.pos_ in ("PROPN", "PRON", "NOUN") for c in t.children)
            t = t.head
        return False

    def _known_name_before(self, v: "Token") -> "Token | None":
        """"And Early called Ruiz “…”": a capitalised word right before a subjectless verb, that
        the article uses as a person's name, is the verb's subject whatever the tagger made of it;
        so is one right after an inverted cue ("…,” said Early, explaining …)."""
        for k in (v.i - 1, v.i + 1):
            if k == v.i + 1 and v.lower_ not in lx.INVERTED_CUES:
                continue
            near = self.doc[k] if 0 <= k < len(self.doc) else None
            if near is None or self.a.in_quote[near.i] or not near.text[:1].isupper() or near.pos_ in ("PROPN", "PRON") \
                    or fold(near.text) not in self.a.people \
                    or near.dep_ not in ("advmod", "npadvmod", "amod", "nmod", "compound", "intj"):
                continue
            return near
        return None

    def _outer_source(self, cue: "Token") -> "tuple[Token, Token] | None":
        """Whose report the cue's speech comes from, when the sentence says so: "According to
        GMA News, Salceda said …" and "Manafort acknowledged …, The Post reported" are the
        outer source's account (PolNeAR train: +0.6 points of speaker accuracy, no losses from
        "according to")."""
        sent = self.a.sents[bisect.bisect_right(self.a.sent_starts, cue.i) - 1]  # (Token.sent rebuilds it each call)
        words = self.a.tokens[sent.start:sent.end]
        for c in words:
            if c.lower_ == "according" and not self.a.in_quote[c.i] and self.a.is_cue_at(c.i):
                subj = _subject(c, self.a.skip)
                if subj is not None:
                    return c, subj
        for v in words:
            # "…, said Kristen Day, reports USA Today" / "… noted that …, reported the Washington Examiner"
            if v.i <= cue.i or self.a.in_quote[v.i] or not self.a.is_cue_at(v.i) or v.lower_ == "according" \
                    or v.i == 0 or self.doc[v.i - 1].text != "," or any(c.dep_ == "nsubj" for c in v.children):
                continue
            src = _inverted_subject(v)
            if src is not None and src.pos_ == "PROPN" and src.ent_type_ not in ("PERSON",) \
                    and all(t.is_punct or t.is_space for t in self.doc[src.right_edge.i + 1:sent.end]):
                return v, src
        for v in words:
            # "Stroud acknowledged … “influence peddling,” The Washington Post reported in 1991.": a named outlet's
            # "reported" closing the sentence after a comma, however the parser hung it
            if v.i <= cue.i or self.a.in_quote[v.i] or v.lemma_.lower() != "report" or v.pos_ != "VERB" \
                    or sent.end - v.i > 6:
                continue
            src = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
            if src is None or src.pos_ != "PROPN" or src.ent_type_ == "PERSON" or self.a.in_quote[src.i] \
                    or src.left_edge.i == 0 or self.doc[src.left_edge.i - 1].text not in QUOTE_MARK_TOKENS | {","}:
                continue
            if not any(t.pos_ in ("VERB", "AUX") or self.a.in_quote[t.i] for t in self.doc[v.i + 1:sent.end]):
                return v, src
        v = cue
        for _ in range(4):
            if v.head.i == v.i or v.dep_ not in ("ccomp", "parataxis"):
                break
            v = v.head
            if _is_cue(v) and not self.a.in_quote[v.i] and v.lower_ != "according" \
                    and not any(c.dep_ == "neg" for c in v.children) \
                    and not any(c.dep_ == "mark" for c in v.children):
                # "Hale cannot say that “…,” X added": no report; nor "“…,” Trump said, after Dana Lee said …",
                # a clause of time the parser made the root
                subj = next((c for c in v.children if c.dep_ == "nsubj" and not self.a.in_quote[c.i]), None)
                if subj is not None and subj.pos_ != "PRON":
                    return v, subj
        return None

    def _reported_by(self, cue: "Token", subj: "Token", res: Resolved) -> "tuple[Token, Token, Resolved]":
        """The cue, speaker and resolution of the outer source that reports the speech, if the sentence
        names one (see _outer_source); else those given."""
        outer = self._outer_source(cue)
        if outer is None:
            return cue, subj, res
        inner = res.name or self.a.mention_span(subj)[2]
        cue, subj = outer
        return cue, subj, self.a.resolve(subj, (f"{inner}, as reported by",))

    def _colon(self, q: QuoteSpan) -> Attribution | None:
        i = q.outer_start - 1
        while i >= 0 and self.a.text[i] in " \t\xa0":  # a non-breaking space is a space
            i -= 1
        lead = TIME_LEAD.match(self.a.text, self.a.para_bounds[q.paragraph][0])
        if lead is not None and i < lead.end() <= q.outer_start:
            return None  # "9:50 PM: “…”": a live blog's time, no label
        if i >= 0 and self.a.text[i] == ":" and self._among_topic_labels(q, self.a.token_at(i)):
            # "Immigration: “…” / Hillary Voss: “…” / Trade: “…”": among topic labels of one speaker's lines, a name
            # labels a topic too
            st = self.state
            if st.resolved is not None and st.resolved.name and q.paragraph - st.paragraph <= 3:
                return self._make("colon", Resolved(st.resolved.name, st.resolved.how,
                                                    (st.resolved.name + " (speaking before)",)), None, ":")
        if i >= 0 and (self.a.text[i] in ":?" or (self.a.text[i] in DASHES and self.a.text[i - 1:i] == " ")):
            label = self._label_source(self.a.token_at(i))
            if label is not None:
                att = self._speaker_or_none("colon", label, self.a.text[i])
                if att is not None:
                    return att
        if i < 0 or self.a.text[i] != ":":
            # a paragraph that opens with the quote, after a paragraph ending in a colon
            if i >= 0 and self.a.text[i] == "\n":
                j = i
                while j >= 0 and self.a.text[j].isspace():
                    j -= 1
                if j >= 0 and self.a.text[j] == ":":
                    colon = self.a.token_at(j)
                    sent = colon.sent
                    # "Here is the full text of Hale's post:" / "From Hale's Facebook post:" over the quote's paragraph
                    shown = self._shown_source(colon)
                    if shown is not None:
                        att = self._speaker_or_none("colon", shown, ":")
                        if att is not None:
                            return att
                    # "…, and Breitbart News responded:" / "As Joel Pollak observed, …:": the reporting
                    # verb's subject, before the sentence's main subject
                    # (an "As Breitbart News reported, …" clause sources the whole sentence: it comes first)
                    for t in sorted(self.doc[sent.start:colon.i], key=lambda t: (not _as_clause(t), -t.i)):
                        if _is_cue(t) and not self.a.in_quote[t.i]:
                            subj = _subject(t, self.a.skip)
                            if subj is not None and subj.lower_ not in lx.DEMONSTRATIVES:
                                res = self.a.resolve(subj)
                                if res.name or (res.how == "unnamed" and subj.pos_ in ("NOUN", "PROPN")
                                                and subj.lemma_.lower() not in lx.NOT_SPEAKER_NOUNS):
                                    # "…, as the foundation's website notes:": a source the article
                                    # leaves unnamed is reported as written
                                    return self._make("colon", res, self.a.mention_span(subj), t)
                    res = self.a.sentence_subject(sent)
                    if res and res.name:
                        return self._make("colon", res, None, ":")
                    named = self._label_paragraph(colon)
                    if named is not None:
                        return self._speaker_or_none("colon", named, ":")
            return None
        tok = self.a.token_at(i)
        prev = self.doc[tok.i - 1] if tok.i > 0 else None
        close = tok if tok.text.startswith(")") else prev if prev is not None and prev.text == ")" else None
        if close is not None:
            # "Sen. Alice Monroe (D-Vt.): “…”": the name before its party, state or post in brackets
            opening = next((t for t in reversed(self.doc[max(0, close.i - 8):close.i]) if t.text in "()"), None)
            if opening is not None and opening.text == "(" and opening.i > 0 and self.doc[opening.i - 1].pos_ == "PROPN" \
                    and "\n" not in self.a.text[opening.idx:close.idx] and not self.a.in_quote[opening.i - 1]:
                prev = self.doc[opening.i - 1]
        shown = self._shown_source(tok)
        if shown is not None:
            att = self._speaker_or_none("colon", shown, ":")
            if att is not None:
                return att
        if prev is not None and re.fullmatch(r"@\w{2,15}", prev.text) and not self.a.in_quote[prev.i] \
                and not self._addressee(prev) and (prev.i == 0 or self.doc[prev.i - 1].lower_ not in ("to", "at")):
            # "TWEET OF THE DAY -- @SenRayTillis: “…”": an account's handle labels its post
            return self._make("colon", Resolved(prev.text, "name", (prev.text,)),
                              (prev.idx, prev.idx + len(prev.text), prev.text), ":")
        answer = prev is not None and prev.text in ("A", "Answer") and prev.idx == self.a.para_bounds[q.paragraph][0]
        if answer or self._topic_label(tok) or self._noun_topic_label(tok):
            # "- On Hollis: “…”" in a list of someone's remarks: the topic is no speaker; the one the list is of speaks
            # ("A: “…”" after an interviewer's "Q: …": the one interviewed answers)
            st = self.state
            if st.resolved is not None and st.resolved.name and q.paragraph - st.paragraph <= 3:
                return self._make("colon", Resolved(st.resolved.name, st.resolved.how,
                                                    (st.resolved.name + " (speaking before)",)), None, ":")
            return None
        label = self._bare_label(tok)
        if label is not None:
            # "Claim: “…”" in a fact-check: the one whose claims they are, as under the same label before
            for before, att in reversed(self.done):
                if q.paragraph - before.paragraph > 10:
                    break
                pa = self.a.para_bounds[before.paragraph][0]
                if att.speaker and att.sieve == "colon" and fold(self.a.text[pa:before.outer_start]).startswith(label):
                    return self._make("colon", Resolved(att.speaker, att.resolution or "name",
                                                        (att.speaker + " (under the same label)",)), None, ":")
            st = self.state
            if st.resolved is not None and st.resolved.name and q.paragraph - st.paragraph <= 3:
                return self._make("colon", Resolved(st.resolved.name, st.resolved.how,
                                                    (st.resolved.name + " (speaking before)",)), None, ":")
            return None
        if prev is not None and prev.dep_ == "pobj" and prev.head.lower_ == "of" and prev.head.head.ent_type_ == "PERSON" \
                and prev.head.head.i == prev.head.i - 1 and not self.a.in_quote[prev.i]:
            prev = prev.head.head  # "Gov. Ellen Marsh of Arkansas:": the one named, not her state
        if prev is not None and prev.text.isupper() and len(prev.text) > 2 and prev.ent_type_ != "PERSON" \
                and fold(prev.text) not in self.a.people and prev.lower_ not in lx.PERSON_NOUNS \
                and prev.idx == self.a.para_bounds[q.paragraph][0]:
            return None  # a kicker in capitals opening the paragraph ("CORRECTION:", "OHIO:") names no one
        if prev is not None and (prev.pos_ == "PROPN" or prev.ent_type_ == "PERSON") and not self.a.in_quote[prev.i] \
                and not self._addressee(prev) and not self._place_of(prev):
            res = self.a.resolve(prev)
            return self._make("colon", res, self.a.mention_span(prev), ":")
        if prev is not None and prev.pos_ == "VERB" and not self.a.in_quote[prev.i] \
                and not (prev.dep_ in ("relcl", "acl") and not _is_cue(prev)):
            # ("The text of the resolution, which Sen. Ana Ruiz sponsored: “…”": a relative clause's verb describes the label)
            subj = _subject(prev, self.a.skip)
            outer = self._governing_subject(prev) if not _is_cue(prev) and prev.lemma_.lower() in lx.THOUGHT_VERBS else None
            if outer is not None and subj is not None and subj.i > outer[1].i:
                subj = outer[1]  # "Ruiz imagined Hale was thinking: “…”": Ruiz's words, not Hale's
            if subj is not None and subj.lower_ not in lx.DEMONSTRATIVES:  # "Hannity interjected: “…”"
                return self._make("colon", self.a.resolve(subj), self.a.mention_span(subj), prev)
        owner = next((c for c in prev.children if c.dep_ == "poss" and c.i < prev.i and not self.a.in_quote[c.i]
                      and c.lower_ not in lx.FIRST_PERSON and (c.pos_ in ("PROPN", "PRON"))), None) \
            if prev is not None and prev.pos_ == "NOUN" and fold(prev.lemma_) in lx.LABEL_NOUNS \
            and prev.dep_ in ("dobj", "pobj", "appos", "attr") and not self.a.in_quote[prev.i] else None
        if owner is not None:
            # "Castellanos read out Boyce's reply: “…”": the words the owned utterance before the colon names are its
            # owner's, not those of the one who reads, recalls or ignores them
            return self._make("colon", self.a.resolve(owner), self.a.mention_span(owner), ":")
        sent = tok.sent
        # the main verb's cue first: "In what critics called a threat, Hale told a rally: “…”" is Hale's
        # (not a time clause in which someone asks another: "When Ruiz pressed him, Hale grew irritated: “…”")
        for t in sorted(sent, key=lambda t: (t.i != sent.root.i, t.i)):
            if t.i < tok.i and _is_cue(t) and not self.a.in_quote[t.i] and not _asking_clause(t):
                subj = _subject(t, self.a.skip)
                if subj is not None:
                    return self._make("colon", self.a.resolve(subj), self.a.mention_span(subj), t)
        res = self.a.sentence_subject(sent)
        if res and res.name:
            return self._make("colon", res, None, ":")
        # "the Board was conclusive in its findings: “…”": the subject of the clause the colon ends
        for t in reversed(self.doc[sent.start:tok.i]):
            if self.a.in_quote[t.i] or t.pos_ not in ("VERB", "AUX") or t.dep_ in ("relcl", "acl"):
                continue  # (a relative clause describes a noun of the label: "…, which Sen. Ana Ruiz sponsored:")
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and not self.a.skip[c.i]), None)
            if subj is not None and subj.lower_ not in lx.DEMONSTRATIVES and _speakerish(subj):
                res = self.a.resolve(subj)
                if res.name:
                    return self._make("colon", res, self.a.mention_span(subj), None)
            break
        return None

    def _label_paragraph(self, colon: "Token") -> "Token | None":
        """A paragraph that is only a name and a colon, the quote below it ("Senate Majority Leader Ron
        Tate:", "Former Gov. Linda Park, in a statement:" in a roundup of reactions): the person named.
        A paragraph with a verb says something of its own ("Here is how lawmakers reacted:")."""
        a = self.a.para_bounds[self._paragraph_of(colon.idx)][0]
        ta, _ = self.a.token_range(a, a)
        words = [t for t in self.doc[ta:colon.i] if not t.is_space and not t.is_punct]
        if not words or len(words) > 12 or any(t.pos_ in ("VERB", "AUX") or self.a.in_quote[t.i] for t in words) \
                or any(t.pos_ == "CCONJ" for t in words):  # "Sen. Ben Carlisle and Rep. Ana Ruiz:" is no one's line
            return None
        k = bisect.bisect_left(self.a.person_ent_starts, ta)
        ents = self.a.person_ents
        adp = next((t.i for t in words if t.pos_ == "ADP"), colon.i)
        if k < len(ents) and ents[k].end <= adp:
            return ents[k].root  # the one named first, before "on Twitter:" (not the topic of "On Sen. Ben Carlisle:")
        return None

    def _digest(self, q: QuoteSpan) -> Attribution | None:
        """A newsletter's digest item, a story's headline run in capitals then an excerpt of it ("HOW CHINA'S
        DECLINE AFFECTS THE WORLD “China's economic slowdown …” [WaPo.]"): the excerpt is the story's words,
        reported as the headline names it, not the words of a person named near it."""
        a, _ = self.a.para_bounds[q.paragraph]
        run = self.a.text[a:q.outer_start]
        if not run.endswith((" ", "\xa0")) or not _digest_headline(run.strip()):
            return None
        heading = run.strip()
        words = [fold(w).strip(".,:;’'") for w in heading.split()]
        if len(words) <= 5 and (words[-1] in self.a.people or any(w in lx.HONORIFICS for w in words)):
            return None  # a speaker's name in capitals before the words ("SEN. RAY TILLIS “…”"), not a story
        return self._make("digest", Resolved(None, "unnamed", (heading + " (the story's headline)",)),
                          (a + run.index(heading), a + run.index(heading) + len(heading), heading), None)

    def _heading_paragraphs(self) -> set[int]:
        """The paragraphs set as headings over a quote: short, with no end punctuation and no quotation
        marks, the paragraph after opening with a quote mark."""
        if self._set_headings is None:
            self._set_headings = set()
            bounds = self.a.para_bounds
            for k in range(1, len(bounds) - 1):
                heading = self.a.text[bounds[k][0]:bounds[k][1]].strip()
                if not heading or len(heading) > 80 or heading[-1] in ".!?:;\"”’" or any(m in heading for m in "“”\""):
                    continue
                if self.a.text[bounds[k + 1][0]:bounds[k + 1][1]].lstrip()[:1] in ("“", '"', "‘"):
                    self._set_headings.add(k)
        return self._set_headings

    def _topic_heading(self, k: int) -> bool:
        """Is the heading paragraph a topic, naming no one ("Immigration", "The Iran deal", "Health care"): no
        person, organisation or group the recogniser tags, no name the article gives a person and no noun for a
        person ("One protester outside the court", "Union leaders" head a roundup's quotes as names do)?"""
        ta, tb = self.a.token_range(*self.a.para_bounds[k])
        toks = [t for t in self.a.tokens[ta:tb] if not (t.is_space or t.is_punct)]
        return bool(toks) and toks[-1].pos_ == "NOUN" and not any(
            t.ent_type_ in ("PERSON", "ORG", "NORP") or (t.text[:1].isupper() and fold(t.text) in self.a.people)
            or fold(t.text).rstrip(".") in lx.HONORIFICS or fold(t.lemma_) in lx.PERSON_NOUNS for t in toks)

    def _heading(self, q: QuoteSpan) -> Attribution | None:
        """A quote opening its paragraph under a paragraph that is only a name ("Sen. Ray Tillis",
        "Gov. Ana Ruiz, in a statement", "Dale Pruitt (via Twitter)"), as roundups of reactions are set:
        that person speaks, and the quotes after it until the next heading."""
        a, _ = self.a.para_bounds[q.paragraph]
        if q.paragraph < 2 or self.a.text[a:q.outer_start].strip():
            return None
        if q.paragraph - 1 not in self._heading_paragraphs() or len(self._heading_paragraphs()) < 2:
            return None  # one such paragraph is a byline ("Ana Ruiz" under the headline); a roundup has several
        if self._topics is None:  # once per article
            # (most of them: one section heading, "Reaction", among a roundup's names is no list of topics)
            heads = self._heading_paragraphs()
            self._topics = 2 * sum(1 for k in heads if self._topic_heading(k)) >= len(heads)
        if self._topics:
            return None  # "Immigration", "The Iran deal" among them: topics of one speaker's lines, a name one of them
        if q.paragraph - 1 in self._credit_lines().values():
            return None  # the name under the quote before, credited with it: "“…” / Ana Ruiz / “…” / Ray Tillis"
        t = self._name_line(q.paragraph - 1)
        if t is None:
            return None
        res = self.a.resolve(t)
        if res.name and res.how == "name":
            return self._make("heading", res, self.a.mention_span(t), None)
        return None

    def _name_line(self, k: int) -> "Token | None":
        """The person a short paragraph names, opening it after at most a title ("Sen. Ray Tillis", "Gov. Ana
        Ruiz, in a statement", "Former Secretary of State X"): the name's last word."""
        ta, tb = self.a.token_range(*self.a.para_bounds[k])
        toks = [t for t in self.doc[ta:tb] if not t.is_space]
        if not toks or len(toks) > 12 or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.text == ":" for t in toks):
            return None
        if any(t.lower_ in lx.CREDIT_WORDS for t in toks):
            return None  # a byline or a credit ("By Ana Ruiz", "Photo: Dale Pruitt/AP") names no speaker
        for t in toks[:6]:
            if (t.ent_type_ == "PERSON" or (t.text[:1].isupper() and fold(t.text) in self.a.people)) and not self.a.in_quote[t.i]:
                while t.i + 1 < tb and self.doc[t.i + 1].ent_type_ == "PERSON" and self.doc[t.i + 1].ent_iob_ == "I":
                    t = self.doc[t.i + 1]  # the surname
                return t
            if not (t.text[:1].isupper() or t.is_punct or t.lower_ in ("of", "the", "for")):
                return None
        return None

    def _credit_lines(self) -> dict[int, int]:
        """Quotes credited by a name line under them, as "what they said" boxes are set: paragraphs that are
        only a quote, each block of them followed by a paragraph that is only a name ("“…” / Ana Ruiz, on CNN /
        “…” / Sen. Ray Tillis"). The run opens with a quote and closes with a name, where a roundup's headings
        open with a name; it holds at least two names. Each quote paragraph to its name line."""
        if self._credits is None:
            self._credits = {}
            bounds, text = self.a.para_bounds, self.a.text
            kinds: list[str] = []
            for a, b in bounds:
                para = text[a:b].strip()
                if para[:1] in ("“", '"', "‘") and para.rstrip(".")[-1:] in ("”", '"', "’") and len(para) > 2:
                    kinds.append("Q")
                elif para and len(para) <= 80 and para[-1] not in ".!?:;\"”’" and not any(m in para for m in "“”\""):
                    kinds.append("N")
                else:
                    kinds.append("")
            k = 0
            while k < len(kinds):
                if kinds[k] != "Q":
                    k += 1
                    continue
                run = k
                while run < len(kinds) and kinds[run] in ("Q", "N"):
                    run += 1
                if k > 0 and kinds[k - 1] == "N" and self._name_line(k - 1) is not None:
                    k = run  # a name over the first quote: a roundup's headings, "Ray Tillis / “…” / Ana Ruiz / “…”"
                    continue
                # the run k..run-1: it ends on a name line (a quote after the last one is a roundup's, under headings,
                # its first quote another's), and every name line names someone
                end = run
                if kinds[end - 1] != "N":
                    k = run
                    continue
                names = [j for j in range(k, end) if kinds[j] == "N"]
                if len(names) >= 2 and all(kinds[j - 1] == "Q" for j in names) \
                        and all(self._name_line(j) is not None for j in names):
                    for j in range(k, end):
                        if kinds[j] == "Q":
                            self._credits[j] = next(n for n in names if n > j)
                k = run
        return self._credits

    def _credit(self, q: QuoteSpan) -> Attribution | None:
        """A quote in a "what they said" box, credited by the name line under it (see ``_credit_lines``)."""
        k = self._credit_lines().get(q.paragraph)
        if k is None:
            return None
        t = self._name_line(k)
        res = self.a.resolve(t)
        if res.name is None:
            return None
        return self._make("heading", res, self.a.mention_span(t), None)

    def _label_source(self, mark: "Token") -> "Token | None":
        """A label that stands for the cue: an utterance owned ("Her verdict:", "Diaz's reply?") or a
        name and a topic opening the paragraph ("Ruiz on trade:"). The owner, or the name."""
        sent = mark.sent
        clause = [t for t in self.doc[sent.start:mark.i] if not self.a.in_quote[t.i] and not t.is_space]
        if any(t.text in ("“", '"', "”") for t in clause):
            return None
        words = [t for t in clause if not t.is_punct or t.text in ("'s", "’s")]
        para_start = self.a.para_bounds[self._paragraph_of(mark.idx)][0]
        lead = TIME_LEAD.match(self.a.text, para_start)
        if lead is not None:
            words = [t for t in words if t.idx >= lead.end()]  # "9:32 PM: Brenner: “…”": a live blog's entry
        while words and (words[0].pos_ == "CCONJ" or words[0].lower_ in ("so", "and", "but")):
            words = words[1:]
        if not words or len(words) > 8:
            return None
        # "Her verdict:", "Diaz's reply?", "His message to the board:": the noun of an utterance and its owner
        for k, t in enumerate(words[:5]):
            # (in a headline's capitals, "Walker’s Convention Speech:", the noun is tagged as a name)
            noun = t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.text.istitle() and t.dep_ != "poss")
            if t.pos_ == "ADP":
                break  # "Kaplan on Walker’s speech:": the utterance is the topic, not the label
            if noun and fold(t.lemma_) in lx.LABEL_NOUNS and not any(w.pos_ in ("VERB", "AUX") for w in words):
                poss = next((c for c in t.children if c.dep_ == "poss"), None)
                if poss is None and k >= 2 and words[k - 1].text in ("'s", "’s"):
                    poss = words[k - 2]
                if poss is not None and poss.i < t.i:
                    return poss
                break
        para_start = lead.end() if lead is not None else self.a.para_bounds[self._paragraph_of(words[0].idx)][0]
        if mark.text == "?" or self.a.text[para_start:words[0].idx].strip():
            return None
        # "Ruiz on trade:", "Dana Kim on the verdict:" opening a paragraph: a name and a topic
        on = next((k for k, t in enumerate(words) if t.lower_ == "on"), None)
        if mark.text == ":" and on is not None and 1 <= on <= 3 and on < len(words) - 1:
            name = words[on - 1]
            if all(w.text[:1].isupper() for w in words[:on]) and (name.ent_type_ == "PERSON" or fold(name.text) in self.a.people):
                return name
        # "Ana Ruiz, Republican:", "Ray Tillis (R-Ohio) –", "Ana Ruiz, governor of Ohio, on Twitter:": a paragraph
        # opening with a name (after a title at most), then only words describing it, before the mark
        if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in words):
            return None
        for k, t in enumerate(words[:4]):
            if t.ent_type_ == "PERSON" or (t.text[:1].isupper() and fold(t.text) in self.a.people) or (
                    t.pos_ == "PROPN" and any(c.dep_ == "appos" and c.lemma_.lower() in lx.PERSON_NOUNS for c in t.children)):
                while t.i + 1 < mark.i and (self.doc[t.i + 1].ent_iob_ == "I" and self.doc[t.i + 1].ent_type_ == "PERSON"):
                    t = self.doc[t.i + 1]  # the surname
                after = self.doc[t.i + 1] if t.i + 1 < len(self.doc) else mark
                if after.i == mark.i or after.text in (",", "(") or after.lower_ in ("on", "in", "via"):
                    return t
                return None
            if not t.text[:1].isupper() or t.pos_ == "ADP" or t.lower_ in lx.TOPIC_WORDS:
                return None  # "On Sen. Ana Ruiz:" labels a topic, not a speaker
        return None

    def _label_words(self, colon: "Token", start: int | None = None) -> list["Token"]:
        """The words of the label before a colon, from its paragraph's start (or from token ``start``), without
        punctuation and without a list item's number ("2. Trade:")."""
        if start is None:
            start = self.a.token_at(self.a.para_bounds[self._paragraph_of(colon.idx)][0]).i
        words = [t for t in self.doc[start:colon.i] if not (t.is_punct or t.is_space)]
        if words and re.fullmatch(r"\d{1,2}[.)]?", words[0].text):
            words = words[1:]  # a number of a list
        return words

    def _topic_label(self, colon: "Token") -> bool:
        """Is the clause before the colon a topic alone opening its paragraph or list item ("On Hollis:",
        "- On trade:", "2. About the wall:")?"""
        a = self.a.token_at(self.a.para_bounds[self._paragraph_of(colon.idx)][0]).i
        comma = next((t.i for t in self.doc[a:colon.i] if t.text == ","), None)
        if comma is not None and any(t.ent_type_ in ("DATE", "TIME") for t in self.doc[a:comma]) and all(
                t.ent_type_ in ("DATE", "TIME") or t.pos_ == "ADP" or t.is_space for t in self.doc[a:comma]):
            a = comma + 1  # "In 2011, on Sen. Carl Weber:": when, then the topic
        words = self._label_words(colon, a)
        # ("To Jessica Lane, during the debate:", "Of his former wife:": the one addressed or talked of)
        return 2 <= len(words) <= 10 and words[0].lower_ in lx.LABEL_LEAD_WORDS \
            and not any(t.pos_ in ("VERB", "AUX") or self.a.in_quote[t.i] for t in words)

    def _among_topic_labels(self, q: QuoteSpan, colon: "Token") -> bool:
        """Is the quote's label a name alone opening its paragraph, in a list whose item before or after opens with a
        topic label ("Immigration: “…”", "Trade: “…”")?"""
        words = self._label_words(colon)
        if not 1 <= len(words) <= 5 or not any(t.ent_type_ == "PERSON" for t in words) \
                or any(t.pos_ in ("VERB", "AUX", "ADP") or not t.text[:1].isupper() for t in words):
            return False
        for k in (q.paragraph - 1, q.paragraph + 1):
            if 0 <= k < len(self.a.para_bounds):
                m = TOPIC_ITEM.match(self.a.text, *self.a.para_bounds[k])
                if m is not None and self._noun_topic_label(self.a.token_at(m.end(1))):
                    return True
        return False

    def _noun_topic_label(self, colon: "Token") -> bool:
        """Is the clause before the colon a topic alone opening its paragraph or list item, a common noun phrase that
        names no one ("Immigration:", "The media:", "2. Trade:"), as a list of someone's remarks is set? Not a person
        ("Critics:", "The senator:"), a group or a name, not a phrase with a verb or a preposition ("For example:")."""
        words = self._label_words(colon)
        if not 1 <= len(words) <= 4 or words[-1].pos_ != "NOUN" or fold(words[-1].lemma_) in lx.PERSON_NOUNS \
                or fold(words[-1].text) in lx.SPEECH_ACT_NOUNS | lx.LABEL_NOUNS:
            return False
        return not any(t.pos_ in ("VERB", "AUX", "ADP", "PRON", "PROPN") or self.a.in_quote[t.i]
                       or t.ent_type_ in ("PERSON", "ORG", "NORP") or fold(t.text) in self.a.people for t in words)

    def _bare_label(self, colon: "Token") -> str | None:
        """The label before the colon, folded, when it is an utterance noun alone opening its paragraph, owned by no
        one ("Claim:", "The statement:", "THE CLAIM:" in a fact-check); else None."""
        a = self.a.para_bounds[self._paragraph_of(colon.idx)][0]
        words = self._label_words(colon)
        if words and words[0].lower_ == "the":
            words = words[1:]
        if len(words) != 1 or self.a.in_quote[words[0].i] or fold(words[0].text) not in lx.SPEECH_ACT_NOUNS:
            return None
        return fold(self.a.text[a:colon.idx]).strip()

    def _shown_source(self, colon: "Token") -> "Token | None":
        """A colon clause with no cue verb that shows the words rather than reports them: "Here's
        Hollis in December 1992:" (the person presented) or "From Hale's Facebook post:", "this
        headline from the Washington Post, which …:" (who made the document)."""
        sent = colon.sent
        clause = [t for t in self.doc[sent.start:colon.i] if not self.a.in_quote[t.i]]
        # ("Tweet of the day, from Rep. X, responding to Y:": a participle after the source, with no subject of its
        # own, says what the words shown did, and is no cue of another's report)
        clause = clause[:next((k for k, t in enumerate(clause) if k > 0 and clause[k - 1].text == "," and t.tag_ == "VBG"
                               and t.dep_ in ("advcl", "acl") and not any(c.dep_.startswith("nsubj") for c in t.children)),
                              len(clause))]
        if not clause or any(_is_cue(t) for t in clause):
            return None
        words = [t for t in clause if not t.is_punct and not t.is_space and t.pos_ != "CCONJ"]
        if len(words) >= 3 and words[0].lower_ == "here" and words[1].lower_ in ("'s", "’s", "is", "are", "was"):
            # "Here's Clinton:": the person presented, before any verb
            for t in words[2:]:
                if t.pos_ in ("VERB", "AUX", "ADP"):
                    break  # only the phrase presented: "Here's a message for Hale from Ruiz:" is no Hale's
                if (t.ent_type_ == "PERSON" and t.pos_ == "PROPN") or (t.text[:1].isupper() and fold(t.text) in self.a.people):
                    while t.i + 1 < colon.i and self.doc[t.i + 1].pos_ == "PROPN" and self.doc[t.i + 1].ent_type_ == "PERSON":
                        t = self.doc[t.i + 1]  # the surname: "Here's Bill Clinton"
                    return t
        # "Here is the text of Hale's post:": the copula that presents it is no verb the document is the object of
        presents = words[1].i if len(words) >= 2 and words[0].lower_ == "here" and words[1].lemma_ == "be" else None
        for t in clause:
            src = self._carrier_source(t)
            # the document is what the clause is about, not the object of a verb ("ended her speech by quoting …:")
            if src is not None and not any(v.pos_ in ("VERB", "AUX") and v.i != presents
                                           and not _descends(v, self.doc[t.i:t.i + 1]) for v in clause):
                return src
        if not any(t.pos_ in ("VERB", "AUX", "PROPN") or t.text.startswith("@") for t in clause):
            # "The email, in full:", "The statement:": a written thing shown, no one's name nearby
            return next((t for t in clause if t.pos_ == "NOUN" and t.text.islower() and t.lemma_.lower() in lx.READ_SUBJECT_NOUNS
                         and t.dep_ not in ("pobj", "compound", "poss")
                         # ("line" is a written thing only as an email's "subject line", not "The bottom line:")
                         and (t.lower_ != "line" or self.doc[t.i - 1].lower_ == "subject")), None)
        return None

    def _addressee(self, name: "Token") -> bool:
        """Is the name before a colon the one a verb speaks to ("delivered a message to Trump:",
        "told the newspaper NRC Handelsblad:"), not the speaker? A digest label set off by a dash
        ("Headline - Source:") is the speaker."""
        first = name
        while first.i > 0 and self.doc[first.i - 1].pos_ == "PROPN":
            first = self.doc[first.i - 1]
        if first.i > 0 and self.doc[first.i - 1].text in ("-", "—", "–"):
            return False
        head = name
        while head.dep_ in ("compound", "flat") and head.head.i > head.i:
            head = head.head
        if head.dep_ == "appos":
            head = head.head
        # ("Hollis, in turn, slammed Brandt:": the object of a person's verb is the one it is aimed at; not the
        # one a thing affects: "The timing doesn't surprise pollster Daron Shaw:")
        # (a verb of quoting names whose words follow: "Ruiz quoted Tillis:" is Tillis's)
        return head.dep_ == "dobj" and head.head.pos_ == "VERB" and head.head.i < head.i \
            and head.head.lemma_.lower() not in lx.QUOTING_VERBS and any(
            c.dep_ == "nsubj" and (c.pos_ in ("PROPN", "PRON") or c.ent_type_ == "PERSON") and c.lower_ not in lx.DEMONSTRATIVES
            and c.lower_ != "it" for c in head.head.children) \
            or head.dep_ == "dative" or (head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "VERB") \
            or (head.dep_ == "pobj" and head.head.lower_ in ("to", "for") and head.head.head.pos_ == "NOUN"
                and head.head.head.lemma_.lower() in lx.LABEL_NOUNS | lx.CARRIER_NOUNS)  # "Question for Quell:"

    def _place_of(self, name: "Token") -> bool:
        """Is the name before a colon where something happened ("told a rally in Wilmington, N.C.:",
        "said at the Capitol:"), the object of a preposition of place, not the speaker?"""
        head = name
        for _ in range(4):
            if head.dep_ not in ("compound", "flat", "appos", "conj", "npadvmod") or head.head.i == head.i:
                break
            head = head.head
        # (not a digest's source after a dash: "Media shares blame in Iowa poll overhype - HuffPollster:")
        return head.dep_ == "pobj" and head.head.lower_ in lx.PLACE_PREPOSITIONS \
            and not any(t.text in DASHES for t in self.doc[head.head.i:name.i])

    def _dash(self, q: QuoteSpan) -> Attribution | None:
        credited = self._bracket_credit(q)
        if credited is not None:
            return credited
        m = re.compile(r"[,.]?\s*[—–-]{1,2}\s*").match(self.a.text, q.outer_end)
        if not m or m.end() >= len(self.a.text):
            return None
        att = self._verdict(m.end(), "dash", "—")  # "“…” - that was the verdict of Whitfield's chief of staff, Dana Kim."
        if att is not None:
            return att
        signed = TWEET_SIGNATURE.match(self.a.text, m.end())
        if signed is not None:
            # an embedded tweet's signature, "— Lorna Dibbert (@LornaDibbert) September 26, 2016": the name before
            # the handle, however the parser tags its words
            written = signed.group(1).split()
            while len(written) > 1 and fold(written[0]).rstrip(".") in lx.HONORIFICS:
                written = written[1:]  # "Sen. Tim Kaplan (@SenKaplan)"
            name = " ".join(written)
            hit = self.a.people.get(_name_key(name))
            full = (hit.name_for(written[0]) if len(written) > 1 else hit.name) if hit is not None else name
            res = self.a._finish(full, "name", (name,) + ((full,) if full != name else ()))
            return self._make("dash", res, (signed.start(1), signed.end(1), signed.group(1)), "—")
        tok = self.a.token_at(m.end())
        # (a surname alone may be tagged a common noun: "“…” — Voss")
        if not (tok.pos_ == "PROPN" or (tok.text[:1].isupper() and fold(tok.text) in self.a.people)) or self.a.in_quote[tok.i]:
            return None
        if (tok.ent_type_ in ("DATE", "TIME") or FULL_MONTH.fullmatch(tok.text)) \
                and tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].like_num:
            return None  # "“…” — Aug. 9, 2016" under a list of someone's posts dates it: no speaker
        place = PLACE_AND_DATE.match(self.a.text, m.end())
        if place is not None and not self._signer(place.group(1), tok.i):
            return None  # "“…” — Aberdeen, Aug. 12": where and when it was said, not who said it
        head = tok
        while head.dep_ in ("compound", "flat") and head.head.pos_ == "PROPN" and head.head.i > head.i:
            head = head.head
        if head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head.i > head.i:
            # "— GOP strategist Ana Novell": a title whose first word is a name, and the name after it (the
            # title's apposition, or the head the title and the name are both compounds of)
            title = head.head
            named = next((c for c in title.children if c.dep_ in ("appos", "compound", "flat") and c.pos_ == "PROPN"
                          and c.i > title.i and c.text[:1].isupper()), None)
            if named is None and title.dep_ == "compound" and title.head.pos_ == "PROPN" and title.head.i > title.i:
                named = title.head
            if named is not None and "\n" not in self.a.text[tok.idx:named.idx]:
                res = self.a.resolve(named)
                if res.how == "org":  # the name after a title is a person's, however the recogniser tags it
                    name = " ".join(_words(_name_tokens(self.a._compound(named))))
                    res = Resolved(name, "name", (name,))
                return self._make("dash", res, self.a.mention_span(named), "—")
        return self._make("dash", self.a.resolve(head), self.a.mention_span(head), "—")

    def _bracket_credit(self, q: QuoteSpan) -> Attribution | None:
        """A credit in brackets after the quote, "“…” (Sen. Ray Tillis, at a rally)": a person's name, after at
        most a title, filling the brackets or followed by a comma (not "(applause)", "(2015)", "(R-Ohio)")."""
        m = re.compile(r"[,.]?[ \t]*[(\[]").match(self.a.text, q.outer_end)
        if not m or m.end() >= len(self.a.text):
            return None
        t = self.a.token_at(m.end())
        while fold(t.text).rstrip(".") in lx.HONORIFICS and t.i + 1 < len(self.doc):
            t = self.doc[t.i + 1]
        if self.a.in_quote[t.i] or not (t.ent_type_ == "PERSON" or (t.text[:1].isupper() and fold(t.text) in self.a.people)):
            return None
        while t.i + 1 < len(self.doc) and self.doc[t.i + 1].ent_iob_ == "I" and self.doc[t.i + 1].ent_type_ == "PERSON":
            t = self.doc[t.i + 1]  # the surname
        if t.i + 1 >= len(self.doc) or self.doc[t.i + 1].text not in (")", "]", ","):
            return None
        inside = self.doc[t.i + 1:t.i + 16]
        close = next((u.i for u in inside if u.text in (")", "]")), None)
        if close is None or any(u.tag_ in ("VBD", "VBZ", "VBP", "MD") for u in self.doc[t.i + 1:close]):
            return None  # "(Voss, his rival, disagrees)": a clause of the narration, no credit
        res = self.a.resolve(t)
        if res.name is None or res.how != "name":
            return None
        return self._make("dash", res, self.a.mention_span(t), None)

    def _signer(self, words: str, at: int) -> bool:
        """Do the words after a dash under a quote, before a date, name a person rather than a place: a title
        or a known first name opens them ("Sen. Ray Tillis", "Mark Okafor"), or the article names them elsewhere?"""
        written = words.split()
        if fold(written[0]).rstrip(".") in lx.HONORIFICS or (len(written) > 1 and _first_name_gender(written[0])):
            return True
        return any(i != at for i in self.a.person_mentions.get(_name_key(words), ()))

    def _verdict(self, at: int, sieve: str, cue: str | None) -> Attribution | None:
        """"That was the verdict of X" beginning at character ``at``, after a quote: X's words."""
        verdict = VERDICT.match(self.a.text, at)
        if verdict is None:
            return None
        of = self.a.token_at(verdict.end() - 3)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of.lower_ == "of" else None
        if obj is None or self.a.in_quote[obj.i]:
            return None
        # "…, Dana Kim." closing the sentence: the name of the one just described, however hung
        named = next((e for e in self.a.person_ents if obj.i < e.start < obj.sent.end
                      and self.doc[e.start - 1].text == ","), None)
        if named is not None:
            obj = named.root
        return self._speaker_or_none(sieve, obj, cue)

    def _identified(self, at: int) -> "Token | None":
        """The speaker a sentence opening at character ``at`` names for the quote before it: "That was Brandt,
        speaking to reporters", "So said Brandt at a rally", "The words were Brandt's"."""
        t = self.a.token_at(at)
        if not t.is_sent_start or t.i + 2 >= len(self.doc) or self.a.in_quote[t.i]:
            return None
        nxt, third = self.doc[t.i + 1], self.doc[t.i + 2]
        if t.lower_ == "so" and nxt.lower_ in lx.INVERTED_CUES:
            name = third  # "So said Brandt"
        elif t.lower_ in ("that", "this", "those", "these") and nxt.lemma_ == "be":
            name = third  # "That was Brandt, speaking …"
        elif t.lower_ == "the" and (nxt.lower_ in lx.QUOTATION_NOUNS or nxt.lemma_.lower() in lx.QUOTATION_NOUNS) \
                and third.lemma_ == "be":
            name = self.doc[t.i + 3] if t.i + 3 < len(self.doc) else None  # "The words were Brandt's"
        else:
            return None
        while name is not None and fold(name.text).rstrip(".") in lx.HONORIFICS and name.i + 1 < len(self.doc):
            name = self.doc[name.i + 1]  # "That was Sen. Ray Tillis"
        if name is None or self.a.in_quote[name.i] or not (name.ent_type_ == "PERSON" or fold(name.text) in self.a.people):
            return None
        while name.i + 1 < len(self.doc) and self.doc[name.i + 1].ent_iob_ == "I" and self.doc[name.i + 1].pos_ == "PROPN":
            name = self.doc[name.i + 1]  # the surname
        after = self.doc[name.i + 1] if name.i + 1 < len(self.doc) else None
        owned = after is not None and after.text in ("'s", "’s")
        if (t.lower_ == "the") != owned:
            return None  # "The words were Brandt's", but not "That was Brandt's first mistake"
        if not owned and after is not None and not (after.is_punct or after.is_space or after.pos_ == "ADP" or after.tag_ == "VBG"):
            return None  # "That was Brandt country": a name that is no speaker named
        return name

    def _headline_colon(self, q: QuoteSpan) -> Attribution | None:
        """A headline that opens with the quote and a colon names its speaker after the colon:
        "‘We are not giving up’: Petrenko vows to fight on", "‘I never wanted this’: an interview
        with Maria Delgado"."""
        a, b = self.a.para_bounds[q.paragraph]
        if q.outer_start > a and not q.nested and is_headline(self.a.text, (a, b)):
            return self._headline_label(q, a)
        if q.outer_start != a or not self.a.text.startswith(":", q.outer_end) or not is_headline(self.a.text, (a, b)):
            return None
        first = len(self.a.text[q.outer_end + 1:b]) - len(self.a.text[q.outer_end + 1:b].lstrip()) + q.outer_end + 1
        # the one who acts after the colon, or the one interviewed; not "critics round on Tom Hale"
        # (or the one whose talk on a topic the piece gives: "‘I'm not going anywhere’: Rita Solano on power")
        ent = next((e for e in self.a.person_ents if q.outer_end < e.start_char and e.end_char <= b
                    and (e.root.dep_ == "nsubj" or (e.root.dep_ == "pobj" and e.root.head.lower_ == "with"
                                                     and e.root.head.head.lemma_.lower() in ("interview", "conversation"))
                         or (e.start_char == first and e.end < len(self.doc) and self.doc[e.end].lower_ in lx.TOPIC_WORDS))),
                   None)
        if ent is None:
            return None
        res = self.a.resolve(ent.root)
        return self._make("headline", res, self.a.mention_span(ent.root), ":") if res.name else None

    def _headline_label(self, q: QuoteSpan, a: int) -> Attribution | None:
        """A headline that opens with a name and a colon is that person's claim, the quote after the
        colon theirs: "Walker: Crenshaw ‘Should Be in Jail’", "Tom Brandt: Hollis ‘Better
        Qualified’" (the person talked about after the colon is not the speaker)."""
        colon = self.a.text.find(":", a, q.outer_start)
        if colon <= a:
            return None
        words = self.a.text[a:colon].split()
        if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
            return None  # "The Latest: …" is no one; "Report: …", "Exclusive: …" name no one the body knows
        last = words[-1].strip(".,’'")
        hit = self.a.people.get(_name_key(last))
        label = " ".join(words)
        names = [n for n in hit.names if n != label] if hit is not None else []  # not the label read as a name
        if fold(last) not in {fold(w) for n in names for w in n.split()[1:]}:
            return None  # a surname the body writes, not a first name or a word of a title
        name = hit.name_for(words[-2]) if len(words) > 1 else hit.name
        if name == label:
            return None
        start = colon - len(words[-1])
        return self._make("headline", Resolved(name, "name", (last, name)), (start, colon, words[-1]), ":")

    def _next_sentence(self, q: QuoteSpan) -> Attribution | None:
        """“Whole sentence.” Smith said, … — the cue opens the sentence right after the quote."""
        if q.close_mark is None or q.outer_end >= len(self.a.text):
            return None
        a, b = self.a.para_bounds[q.paragraph]
        alone = q.outer_start == a and not self.a.text[q.outer_end:b].strip(" .,")  # a quote standing as a paragraph
        if alone or self.a.text[q.start:q.end].rstrip().endswith((".", "!", "?")):
            # "“….” That was the verdict of X.", "So said X", "That was X, speaking …", also opening the next
            # paragraph: X's words
            at = re.compile(r"[ \t]*(?:\n\s*)?").match(self.a.text, q.outer_end).end()
            att = self._verdict(at, "next-sentence", None)
            if att is not None:
                return att
            who = self._identified(at) if at < len(self.a.text) else None
            if who is not None:
                att = self._speaker_or_none("next-sentence", who, None)
                if att is not None:
                    return att
        if "\n" in self.a.text[q.outer_end:q.outer_end + 3]:
            return self._named_below(q)
        if self._woven(q):
            return None  # "Hale dismissed it as “…” Ruiz later said …": the words are Hale's, not the next sentence's
        tok = self.a.token_at(q.outer_end)
        if tok.idx <= q.end:  # the closing mark itself: step past it
            if tok.i + 1 >= len(self.doc):
                return None
            tok = self.doc[tok.i + 1]
        while tok.is_punct and (tok.text == "," or tok.text in DASHES) and tok.i + 1 < len(self.doc):
            tok = self.doc[tok.i + 1]  # “…”, Smith said (British punctuation)
        source = self._quotation_source(tok)
        if source is not None:
            att = self._speaker_or_none("next-sentence", source, None)
            if att is not None:
                return att
        # the clause right after the quote: "Smith said", "said Smith", "she added",
        # "Nate Silver, the polling guru, tweeted on Wednesday", "Bozell answers"
        for t in self.doc[tok.i:min(len(self.doc), tok.i + 25)]:
            if self.a.in_quote[t.i] or "\n" in t.text or t.text in (".", "!", "?", ";") or t.text in QUOTE_MARK_TOKENS:
                break
            if not _is_cue(t):
                continue
            if t.i == tok.i:
                subj = _subject(t, self.a.skip)
                if subj is None or subj.i < t.i or subj.i - t.i > 4:
                    subj = _inverted_subject(t)  # “…” said David Brock
            else:
                subj = _noun_phrase_head(self.doc, tok.i, t.i, self.a.people)  # the clause opens with its speaker
                own = _subject(t, self.a.skip)
                if subj is not None and own is not None and own.i > subj.right_edge.i and own.i < t.i:
                    return None  # "They are also focused on …, which they say …": the cue has a subject of its own, later
            if subj is not None and _speakerish(subj):
                if self._continues_cued_quote(q) and not self._bare_cue_clause(max(t.i, subj.i)):
                    return None  # “A,” Smith said. “B.” Jones said that …: B is still Smith's
                # or the outer source's report: "“…” Ruiz said, according to The Daily Ledger" is the outlet's
                t, subj, res = self._reported_by(t, subj, self.a.resolve(subj))
                return self._make("next-sentence", res, self.a.mention_span(subj), t)
            return None
        return None

    def _woven(self, q: QuoteSpan) -> bool:
        """Does the quote hang from a verb before it, in its own sentence, that has a subject of its own
        ("Hale dismissed the attack as “…”"): a clause the quote completes and ends, not a whole sentence quoted?"""
        inside = self.a.text[q.start:q.end].rstrip()
        if not inside.endswith((".", "!", "?")) and not self.a.text.startswith((".", "!", "?"), q.outer_end):
            return False  # "… Voss slammed as “careless,” Hollis has …": the sentence goes on
        qa, qb = self.a.token_range(q.start, q.end)
        head = next((t for t in self.doc[qa:qb] if not qa <= t.head.i < qb), None)
        if head is None:
            return False
        v = head.head
        for _ in range(6):
            if v.i >= qa or self.a.in_quote[v.i]:
                return False
            if v.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < v.i and not self.a.in_quote[c.i]
                                                 for c in v.children):
                # (a copula or a thing for subject says no one's words: "The plan is “dead on arrival.” Ruiz said so")
                return v.lemma_ != "be" and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < v.i and _speakerish(c)
                                                and c.lower_ != "it" for c in v.children)
            if v.head.i == v.i:
                return False
            v = v.head
        return False

    def _named_below(self, q: QuoteSpan) -> Attribution | None:
        """A quote standing as a paragraph, and the paragraph below naming whose words they were:
        "“This is the most important election of our lifetimes.” / That's what former President Tom
        Bradley told a crowd", "Those words came from X"."""
        a, b = self.a.para_bounds[q.paragraph]
        if q.outer_start != a or self.a.text[q.outer_end:b].strip(" .,") or q.paragraph + 1 >= len(self.a.para_bounds):
            return None
        below = self.a.para_bounds[q.paragraph + 1][0]
        ta, _ = self.a.token_range(below, below)
        if ta >= len(self.doc):
            return None
        first = self.doc[ta]
        verb = first.head
        # ("So said X", "That was X, …" and "Those were the words of X" are read by _identified and _verdict)
        if first.lower_ in ("those", "these", "that", "this") and first.dep_ == "det" and first.head.dep_ == "nsubj" \
                and first.head.lemma_.lower() in lx.QUOTATION_NOUNS | {"word"}:
            # "Those words came from former President Tom Bradley"
            who = next((g for c in first.head.head.children if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by")
                        for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "PERSON"), None)
            return self._speaker_or_none("next-sentence", who, first.head.head) if who is not None else None
        if first.lower_ not in ("that", "this", "those") or first.dep_ != "nsubj" \
                or (verb.lemma_ != "be" and verb.lower_ not in ("'s", "’s")) or verb.i != first.i + 1:
            return None  # ("That’s": the parser may take the clitic for a noun)
        said = next((c for c in verb.children if c.dep_ in ("ccomp", "attr") and _is_cue(c)
                     and any(w.lower_ == "what" for w in c.children)), None)
        if said is not None:
            # "That’s what former President Tom Bradley told a crowd in Akron"
            who = next((c for c in said.children if c.dep_ == "nsubj" and c.ent_type_ == "PERSON"), None)
            return self._speaker_or_none("next-sentence", who, said) if who is not None else None
        return None

    def _quotation_source(self, tok: "Token") -> "Token | None":
        """“…” That quote from X appeared …: the sentence after the quote opens by naming it, a
        demonstrative and a word for the words, from or by its source."""
        if tok.lower_ not in ("that", "this", "those", "these") or not tok.is_sent_start:
            return None
        noun = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        while noun is not None and noun.pos_ == "ADJ" and noun.i + 1 < len(tok.doc):
            noun = tok.doc[noun.i + 1]  # "That famous line from X"
        if noun is None or noun.lower_ not in lx.QUOTATION_NOUNS and noun.lemma_.lower() not in lx.QUOTATION_NOUNS:
            return None
        prep = tok.doc[noun.i + 1] if noun.i + 1 < len(tok.doc) else None
        if prep is None or prep.lower_ not in ("from", "by"):
            return None
        return next((c for c in prep.children if c.dep_ == "pobj" and not self.a.in_quote[c.i]
                     and c.ent_type_ not in NOT_SPEAKERS), None)

    def _bare_cue_clause(self, i: int) -> bool:
        """Does the sentence end a few words after token i ("… Maddow repeated.", "… he said on CNN.")?"""
        for t in self.doc[i + 1:min(len(self.doc), i + 6)]:
            if t.text in (".", "!", "?") or "\n" in t.text:
                return True
            if self.a.in_quote[t.i] or t.text in QUOTE_MARK_TOKENS:
                return False
        return i + 1 >= len(self.doc)

    def _continues_cued_quote(self, q: QuoteSpan) -> bool:
        """“A,” Smith said. “B.” Jones said …: B goes on with the speaker whose cue sits between
        the two quotes, not with the clause after it (the next speaker's introduction)."""
        if not self.done:
            return False
        prev, att = self.done[-1]
        if prev.paragraph != q.paragraph or att.sieve != "cue" or att.cue_start is None or not att.speaker:
            return False
        if not prev.end <= att.cue_start < q.start:
            return False
        gap = self.a.text[prev.outer_end:q.outer_start].strip()
        return len(gap) <= 150 and gap.endswith((".", ":", ",")) and not any(c in gap for c in "“”\"")

    def _share_of_people(self, top: "Token") -> Attribution | None:
        """A woven quote whose clause hangs from a verb with a share of people as its subject
        ("37 percent of voters say he is “reckless”"): the poll that asked them, when the sentence
        names it, else the share as written, never a person the answer is about."""
        anc = top.head
        for _ in range(6):
            if self.a.in_quote[anc.i]:
                return None
            if anc.pos_ in ("VERB", "AUX"):
                subj = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass") and not self.a.in_quote[c.i]), None)
                if subj is not None and _is_share(subj):
                    break
            if anc.head.i == anc.i:
                return None
            anc = anc.head
        else:
            return None
        # the poll: the subject of a verb above ("The poll finds that …") or "In a … poll, …"
        up, seen = anc, 0
        while seen < 6:
            for c in up.children:
                cands = [c] if c.dep_ in ("nsubj", "nsubjpass") else \
                    [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else []
                for poll in cands:
                    if poll.lemma_.lower() in lx.POLL_NOUNS and not self.a.in_quote[poll.i]:
                        return self._make("subject", Resolved(None, "unnamed", (self.a._mention_text(poll),)),
                                          self.a.mention_span(poll), None)
            if up.head.i == up.i:
                break
            up, seen = up.head, seen + 1
        # "In a poll released Sunday, 8 percent said …; 3 percent said “…”": the poll the sentence names
        poll = next((t for t in anc.sent if t.i < anc.i and t.lemma_.lower() in lx.POLL_NOUNS
                     and t.pos_ == "NOUN" and not self.a.in_quote[t.i]), None)
        if poll is not None:
            return self._make("subject", Resolved(None, "unnamed", (self.a._mention_text(poll),)),
                              self.a.mention_span(poll), None)
        return self._make("subject", Resolved(None, "unnamed", (self.a._mention_text(subj),)),
                          self.a.mention_span(subj), None)

    def _subject_sieve(self, q: QuoteSpan) -> Attribution | None:
        """A quote woven into a clause: the subject of the nearest verb above it speaks."""
        qa, qb = self.a.token_range(q.start, q.end)
        top = next((t for t in self.doc[qa:qb] if not (qa <= t.head.i < qb) or t.head.i == t.i), None)
        if top is not None and top.head.i != top.i:
            share = self._share_of_people(top)
            if share is not None:
                return share
        if top is not None:
            anc = top.head
            crossed = top.pos_ in ("VERB", "AUX") and top.dep_ not in ("acl", "amod")  # a clause between quote and noun
            for _ in range(6):
                if anc is None or self.a.in_quote[anc.i]:
                    break
                if anc.i == top.head.i and anc.lemma_.lower() in lx.DISPLAY_VERBS and anc.dep_ in ("acl", "relcl") \
                        and anc.head.lemma_.lower() in lx.SIGN_NOUNS and not self.a.in_quote[anc.head.i] \
                        and (anc.head.dep_ == "pobj" and anc.head.head.lower_ in lx.BESIDE_PREPOSITIONS
                             or self._possessor(anc.head) is not None):
                    # "Trumbull stood beneath a banner that read “…”": no one bears it, the sign's words as written;
                    # "Trumbull mocked a protester's sign that read “…”": its owner's, not the one who mocks it
                    sign = self._possessor(anc.head) or anc.head
                    res = self.a.resolve(sign) if sign is not anc.head else \
                        Resolved(None, "unnamed", (self.a._mention_text(sign),))
                    return self._make("subject", res, self.a.mention_span(sign), None)
                src = self._carrier_source(anc) if not crossed else None
                if src is not None:  # "a report in The Wall Street Journal about his campaign “hemorrhaging cash”"
                    att = self._speaker_or_none("subject", src, None)
                    if att is not None:
                        return att
                if anc.pos_ in ("VERB", "AUX") and anc.lemma_.lower() in lx.RECEIVING_VERBS:
                    # "Voss faced “tough questions” from Quell", "won praise from Quell for his “courage”": who gave them
                    giver = next((g for n in [anc, *(c for c in anc.children if c.dep_ == "dobj")] for c in n.children
                                  if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                                  if g.dep_ == "pobj" and not self.a.in_quote[g.i]
                                  and (g.ent_type_ == "PERSON" or (g.pos_ == "PROPN" and fold(g.text) in self.a.people))), None)
                    if giver is not None:
                        att = self._speaker_or_none("subject", giver, None)
                        if att is not None:
                            return att
                if anc.pos_ in ("VERB", "AUX") and anc.lemma_ in ("be", "appear", "seem"):
                    # "In the ad, Gov. Ana Ruiz is “a Washington insider.”": a fronted written thing describes her
                    # (on a thing that shows words, "On the website, …", not a stage: "On the platform, Brandt was …")
                    written = next((g for c in anc.children if c.dep_ == "prep" and c.lower_ in ("in", "on") and c.i < anc.i
                                    for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in lx.READ_SUBJECT_NOUNS
                                    and (c.lower_ == "in" or g.lemma_.lower() in lx.CARRIER_NOUNS | lx.SIGN_NOUNS)
                                    and not self.a.in_quote[g.i]), None)
                    if written is not None:
                        # (one owned is its owner's: "In his opinion, the plan is “a disaster”", "In Brandt's ad, …")
                        written = self._possessor(written) or written
                        res = self.a.resolve(written)
                        return self._make("subject", res, self.a.mention_span(written), None)
                if anc.pos_ in ("VERB", "AUX"):
                    # a passive clause with its agent ("… came to be known by some voters as a “hug”"): the agent
                    agent = next((g for c in anc.children if c.dep_ == "agent" for g in c.children
                                  if g.dep_ == "pobj" and not self.a.in_quote[g.i]), None)
                    if agent is not None and agent.pos_ in ("NOUN", "PROPN") and agent.ent_type_ not in NOT_SPEAKERS:
                        att = self._speaker_or_none("subject", agent, None)
                        if att is not None:
                            return att
                    subj = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass") and not self.a.in_quote[c.i]
                                 and not self.a.skip[c.i]), None)
                    subj = _past_fronted_phrase(anc, subj) if subj is not None else None
                    # "To Sharp, Trump is the “kind-hearted” man": the view of whom the sentence opens with
                    view = next((g for c in anc.children if c.dep_ == "prep" and c.lower_ == "to" and c.i == c.sent.start
                                 and subj is not None and c.i < subj.i for g in c.children
                                 if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ == "PERSON")), None)
                    if view is not None:
                        res = self.a.resolve(view)
                        if res.name:
                            return self._make("subject", res, self.a.mention_span(view), None)
                    owner = self._possessor(subj) \
                        if subj is not None and anc.lemma_ == "be" and subj.lemma_.lower() in lx.SPEECH_ACT_NOUNS else None
                    if owner is not None:  # "The Florida senator's answer was that “…”": the answer is the senator's words
                        return self._make("subject", self.a.resolve(owner), self.a.mention_span(owner), None)
                    if subj is not None and subj.lower_ in ("which", "that") and anc.dep_ == "relcl" \
                            and anc.head.pos_ in ("NOUN", "PROPN") and not self.a.in_quote[anc.head.i] \
                            and (anc.lemma_.lower() in lx.FINDING_VERBS
                                 or (anc.head.lemma_.lower() in lx.READ_SUBJECT_NOUNS and _is_cue(anc))):
                        # ("cited a study that found the tax “regressive”": the study's words)
                        subj = anc.head  # "a report by the inspector general, which found that … “failed to oversee”"
                    if subj is not None and subj.lower_ in ("who", "that") and anc.dep_ == "relcl" \
                            and anc.head.dep_ in ("pobj", "dobj") and not _is_cue(anc):
                        # "Trump launched into a lament for the Americans who are “victims of violence”": a
                        # relative clause describing an object is the words of the clause it sits in
                        crossed, anc = True, anc.head
                        continue
                    if subj is not None and (subj.lower_ not in ("it", "this", "that", "which", "what") or subj is anc.head):
                        outer = self._governing_subject(anc) if subj.pos_ != "PRON" else None
                        if outer is not None:  # "Rusk said Hale was a “proven failure”": Rusk's words
                            anc, subj = outer
                        if subj.lower_ in ("who", "that") and anc.dep_ == "relcl":
                            subj = anc.head
                        if subj.lemma_.lower() in lx.CARRIER_NOUNS:
                            subj = _author(subj, self.a.skip) or subj  # "an email from the Brandt campaign carried …"
                        res = self.a.resolve(subj)
                        if res.name and res.how not in ("unnamed", "unresolved"):
                            return self._make("subject", res, self.a.mention_span(subj), None)
                        # "A 2014 House committee report found “…”": an unnamed source as written,
                        # not the speaker before (PolNeAR train: 10 right, 1 wrong)
                        if res.how in ("unnamed", "unresolved") and subj.pos_ in ("NOUN", "PROPN") \
                                and (subj.lemma_.lower() in lx.CARRIER_NOUNS | lx.UNNAMED_HEADS | lx.ORG_NOUNS | lx.ROLE_NOUNS
                                     or subj.lower_ in lx.UNNAMED_HEADS or subj.pos_ == "PROPN"):
                            return self._make("subject", res, self.a.mention_span(subj), None)
                        break
                if anc.head.i == anc.i:
                    break
                crossed = crossed or anc.pos_ in ("VERB", "AUX")
                anc = anc.head
        for sent in self._sentences(q):
            outside = sum(1 for t in sent if not self.a.in_quote[t.i] and not t.is_punct and not t.is_space)
            if outside < 3:
                continue
            res = self.a.sentence_subject(sent)
            if res and res.name and res.how != "org":
                return self._make("subject", res, None, None)
        return None

    def _carrier_source(self, noun: "Token") -> "Token | None":
        """Who made the report, post or headline a woven quote sits in, before any verb: its
        possessor ("Hale's Facebook post"), its author ("a memo written by X", "a study by X") or the
        outlet it ran in or came from ("a report in The Wall Street Journal", "a headline from the Post")."""
        # (a label's first word in capitals is tagged as a name: "Tweet of the day, from X:")
        if (noun.pos_ != "NOUN" and not (noun.pos_ == "PROPN" and noun.is_sent_start and noun.text.istitle())) \
                or noun.lemma_.lower() not in lx.CARRIER_NOUNS:
            return None
        poss = self._possessor(noun)
        if poss is not None:
            return poss
        by = _author(noun, self.a.skip)
        if by is not None:
            return by
        return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "from") for g in c.children
                     if g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ not in NOT_SPEAKERS | {"GPE"}
                     and not self.a.in_quote[g.i]), None)

    def _governing_subject(self, v: "Token") -> "tuple[Token, Token] | None":
        """A complement clause ("… said [Trump was a “failure”]"): the verb it completes and that
        verb's subject, the one whose words or view these are."""
        up = v
        while up.dep_ == "ccomp" and up.head.i < up.i and not self.a.in_quote[up.head.i]:
            up = up.head
        if up is v or up.pos_ not in ("VERB", "AUX"):
            return None
        subj = next((c for c in up.children if c.dep_ in ("nsubj", "nsubjpass") and not self.a.skip[c.i]), None)
        if subj is None and up.dep_ == "conj" and up.head.pos_ in ("VERB", "AUX") and up.head.i < up.i:
            # "experts have discounted the claims but have speculated that …": coordinated verbs share a subject
            subj = next((c for c in up.head.children if c.dep_ in ("nsubj", "nsubjpass") and not self.a.skip[c.i]), None)
        if subj is None or subj.lower_ in lx.DEMONSTRATIVES or subj.lower_ == "it" or subj.ent_type_ in NOT_SPEAKERS:
            return None
        return up, subj

    def _continuation(self, q: QuoteSpan) -> Attribution | None:
        """A quote with no cue of its own continues the current speaker: after another quote of the
        same paragraph, or when it stands as a paragraph of its own. A quote woven into prose
        without a cue is left to the next sieve (there, continuation is right less than half the time)."""
        st = self.state
        # (up to six paragraphs when the reporter's paragraphs between gave the floor to no one: the one quoted and
        # named last, in the paragraph of the last quote, is still the one whose quotes the report is made of)
        quoted_last = bool(self.done) and self.done[-1][1].speaker == (st.resolved.name if st.resolved else None) \
            and self.done[-1][0].paragraph == st.paragraph and any(
                p.paragraph == st.paragraph and att.sieve in CUED_SIEVES and att.speaker == st.resolved.name
                for p, att in self.done[-3:])
        if st.resolved is None or q.paragraph - st.paragraph > (6 if quoted_last else 3) \
                or self._new_entry(st.paragraph, q.paragraph):
            return None
        same_paragraph = bool(self.done) and self.done[-1][0].paragraph == q.paragraph
        if not same_paragraph:
            a, b = self.a.para_bounds[q.paragraph]
            # (an item of a list of someone's lines opens with its number or bullet: "2. “…”", "• “…”")
            if (q.outer_start > a and not LIST_MARK.fullmatch(self.a.text, a, q.outer_start)) \
                    or (b - q.end > 1 + max(1, len(q.close_mark or "")) and not self._item_tail(q.outer_end, b)):
                return None
        res = st.resolved
        if st.asker is not None and self.a.text[q.start:q.end].rstrip().endswith("?"):
            res = st.asker  # "Brandt pressed Delgado on immigration. / “Would you support the plan?”": the asker's question
        prev, att = self.done[-1] if self.done else (None, None)
        if not same_paragraph and st.asker is None and self.a.text[q.start:q.end].rstrip().endswith("?") and att is not None \
                and not lx.FIRST_PERSON & set(_quote_words(self.a.text[q.start:q.end])):  # (not "Who would do that to us?")
            # "“What surprised you most?” Brandt asked. / “How slow …,” Solano said. / “And the critics?”": a bare
            # question after the answer to one the interviewer asked is the interviewer's next question
            asker = self._interviewer_before(att.speaker)
            if asker is not None:
                return self._make("continuation", Resolved(asker, "name", (asker + " (asking again)",)), None, None)
        if not same_paragraph and att is not None and att.chain and att.chain[-1].endswith(" (asking again)") \
                and not self.a.text[q.start:q.end].rstrip().endswith("?"):
            answerer = self._answerer(att.speaker, prev)  # "“And the critics?” / “They're right.”": the one asked answers
            if answerer is not None:
                return self._make("continuation", Resolved(answerer.name, answerer.how,
                                                           (answerer.name + " (answering)",)), None, None)
        if not same_paragraph and prev is not None and prev.close_mark is None and prev.group is not None \
                and att.speaker and q.paragraph - prev.paragraph <= 3:
            # a speech over several paragraphs left open ("…. \n\n Environmental groups have warned …. \n\n
            # “I have heard the concerns …"): the reporter's paragraph interrupts it, and it resumes with its speaker
            how = {"organization": "org", "unnamed": "unnamed"}.get(att.speaker_kind or "", "name")
            res = Resolved(att.speaker, how, ())
        if not same_paragraph and prev is not None and att.speaker and att.cue_start is not None \
                and self.a.text[prev.start:prev.end].rstrip().endswith("?") \
                and re.search(r"\b(?:you|your)\b", self.a.text[prev.start:prev.end], re.I) \
                and not self.a.text[q.start:q.end].rstrip().endswith("?") \
                and self.a.token_at(att.cue_start).lemma_.lower() in lx.ASK_VERBS:
            # "“Would you debate her again?” Mitchell asked. / “Maybe. We will see.”": a question put to someone
            # ("you"), and the answer of the one asked (not "“What is she hiding?” Walker asked. / “We deserve to know.”")
            answerer = self._answerer(att.speaker, prev)
            if answerer is not None:
                return self._make("continuation", Resolved(answerer.name, answerer.how,
                                                           (answerer.name + " (answering)",)), None, None)
        addressed = self._vocative(q)
        # (a quote left open may run over its own cue: "“There wasn't …, said Kessel, whose …")
        if res.how in ("name", "title", "pronoun") and q.close_mark is not None \
                and addressed == res.name:
            # "“Ruth, you voted for it,” Ferris said. / “Alan, that is not true.”": the one addressed answers; else
            # the one quoted last before, whom it does not name, goes on. (A quote naming the current subject in
            # the third person, "Her son, Danny, died. / “Everybody loved Danny.”", was given to the one quoted
            # before too: no train quote moved, and it lost a PolNeAR dev quote, so it is not done.)
            before = self._vocative(prev) if prev is not None and att.speaker == res.name else None
            if before is not None and before != res.name:
                return self._make("continuation", Resolved(before, "name", (before + " (answering)",)), None, None)
            for earlier, found in reversed(self.done):
                if q.paragraph - earlier.paragraph > 8:
                    break
                if found.speaker and found.speaker != res.name and found.sieve != "nested" and found.speaker_kind == "person" \
                        and not self._named_in(q, found.speaker):
                    return self._make("continuation", Resolved(found.speaker, "name", (found.speaker + " (quoted before)",)),
                                      None, None)
            # else, when it addresses them, the one the reporter named last before it, a few paragraphs up at most
            # ("Caldwell said Ferris had voted for every deal. / “That's a lie, Ruth.”"; one may name oneself, "a
            # Carl Weber-type", not call oneself)
            k = bisect.bisect_left(self.a.person_ent_starts, self.a.token_range(q.outer_start, q.outer_start)[0])
            for ent in reversed(self.a.person_ents[max(0, k - 8):k]):
                if q.paragraph - self._paragraph_of(ent.start_char) > 3:
                    break
                if self.a.in_quote[ent.start]:
                    continue
                other = self.a.resolve(ent.root)
                if other.name and other.how == "name" and other.name != res.name and not self._named_in(q, other.name):
                    return self._make("continuation", Resolved(other.name, "name", (other.name + " (named before)",)),
                                      self.a.mention_span(ent.root), None)
        if not same_paragraph and res.how in ("name", "title", "pronoun") and q.close_mark is not None \
                and prev is not None and (att.speaker != res.name or self._woven_fragment(prev)):
            # "Oyelaran, the bill's sponsor, met Marsh in 2015. / “I walked into his office and told him …”": one the
            # reporter's paragraph brought up, whom the quote speaks of as "he" or "she", is not its speaker; the one
            # quoted before, of the other sex, goes on
            mine = self.a._gender_of(res.name)
            if mine is not None and self._third_person(q) == mine:
                for before, found in reversed(self.done):
                    if q.paragraph - before.paragraph > 8:
                        break
                    if found.speaker == res.name and self._woven_fragment(before):
                        continue  # "Dunmore has called the plan “reckless.” / “He hasn't read it.”": a term of his
                    if found.speaker and found.speaker_kind == "person" and found.sieve != "nested" \
                            and self.a._gender_of(found.speaker) not in (None, mine):
                        return self._make("continuation", Resolved(found.speaker, "name",
                                                                   (found.speaker + " (quoted before)",)), None, None)
                    if found.speaker and found.speaker_kind == "person":
                        break
        return self._make("continuation", Resolved(res.name, res.how, (res.name + " (speaking before)",)), None, None)

    def _woven_fragment(self, q: QuoteSpan) -> bool:
        """Is the quote a few words woven into the reporter's sentence, not opening its paragraph?"""
        return q.outer_start > self.a.para_bounds[q.paragraph][0] and len(self.a.text[q.start:q.end].split()) <= 4

    def _third_person(self, q: QuoteSpan) -> str | None:
        """The sex of the one a first-person quote speaks of as "he" or "she", if it speaks of one sex only and
        the speaker says "I"."""
        a, b = self.a.token_range(q.start, q.end)
        words = {t.lower_ for t in self.a.tokens[a:b]}
        if "i" not in words:
            return None
        male, female = bool(words & lx.MALE_PRONOUNS), bool(words & lx.FEMALE_PRONOUNS)
        return "m" if male and not female else "f" if female and not male else None

    def _vocative(self, q: QuoteSpan) -> str | None:
        """The person a quote addresses by a name of one word set off by a comma, opening a sentence ("Alan, that is
        not true") or closing it ("That's a lie, Ruth."), if the article names them; not a name in apposition to a
        person's noun ("I met his wife, Ruth.")."""
        a, b = self.a.token_range(q.start, q.end)
        toks = self.a.tokens
        for t in toks[a:b]:
            if not t.text[:1].isupper() or t.pos_ not in ("PROPN", "NOUN", "INTJ"):
                continue
            f = fold(t.text)
            key = f if f in self.a.people else self.a.first_names.get(f)
            if key is None or key not in self.a.people:
                continue
            nxt = toks[t.i + 1] if t.i + 1 < b else None
            prv = toks[t.i - 1] if t.i > a else None
            opening = (prv is None or prv.text in (".", "!", "?")) and nxt is not None and nxt.text == ","
            closing = prv is not None and prv.text == "," and (nxt is None or nxt.text in (".", "!", "?")) \
                and t.i - 2 >= a and fold(toks[t.i - 2].lemma_) not in lx.PERSON_NOUNS | lx.RELATION_NOUNS
            if opening or closing:
                return self.a.people[key].name
        return None

    def _named_in(self, q: QuoteSpan, name: str) -> bool:
        """Does the quote name the person (by the surname, capitalised) in its own words, not in the words of
        another it quotes ("They say, ‘Mr. Khan, …’") and not a relative by another first name?"""
        key, first = _name_key(name), fold(name.split()[0]) if len(name.split()) > 1 else None
        a, b = self.a.token_range(q.start, q.end)
        for t in self.a.tokens[a:b]:
            if t.text[:1].isupper() and fold(t.text) == key \
                    and not any(s.nested and s.outer_start <= t.idx < s.outer_end for s in self.a.spans):
                before = self.a.tokens[t.i - 1] if t.i > a else None
                if before is None or before.pos_ != "PROPN" or first is None or fold(before.text) == first \
                        or fold(before.text).rstrip(".") in lx.HONORIFICS:
                    return True
        return False

    def _item_tail(self, a: int, b: int) -> bool:
        """Is the text after a quote, to its paragraph's end, only where or when it was said ("(Sept. 5)",
        "— Aug. 9, 2016"), naming no person ("(Ana Ruiz)", "— Ray Tillis, Aug. 9" sign it)?"""
        if not ITEM_TAIL.fullmatch(self.a.text, a, b):
            return False
        first = re.match(r"[^\w]*(\w+)", self.a.text[a:b])
        if first is not None and first.group(1).lower() in lx.LABEL_LEAD_WORDS:
            return True  # "— on Fed chair Janet Crowley", "(to Ruiz)": whom it was about or said to
        ta, tb = self.a.token_range(a, b)
        return not any(t.ent_type_ == "PERSON" or (t.text[:1].isupper() and fold(t.text) in self.a.people)
                       for t in self.a.tokens[ta:tb])

    def _new_entry(self, since: int, upto: int) -> bool:
        """Is there a live blog's time heading ("8:45 p.m.") between the two paragraphs: a new entry, whose
        quotes do not go on with the speaker of the one before?"""
        if self._headings is None:  # once per article
            self._headings = [p for p, (a, b) in enumerate(self.a.para_bounds) if TIME_HEADING.match(self.a.text, a, b)]
            # (an entry may open with its time, "9:34 PM: “…”": a new entry from that paragraph on)
            self._entries = [p for p, (a, b) in enumerate(self.a.para_bounds) if TIME_LEAD.match(self.a.text, a, b)]
        k = bisect.bisect_right(self._headings, since)
        if k < len(self._headings) and self._headings[k] < upto:
            return True
        k = bisect.bisect_right(self._entries, since)
        return k < len(self._entries) and self._entries[k] <= upto

    def _interviewer_before(self, answerer: str | None) -> str | None:
        """The one who asked ``answerer`` the question their last quotes answer: the speaker of a quoted question
        with an asking cue, right before an unbroken run of ``answerer``'s quotes (a few at most)."""
        for before, att in reversed(self.done[-4:]):
            if att.speaker == answerer:
                continue
            if att.speaker and att.speaker_kind == "person" and att.cue_start is not None \
                    and self.a.text[before.start:before.end].rstrip().endswith("?") \
                    and self.a.token_at(att.cue_start).lemma_.lower() in lx.ASK_VERBS:
                return att.speaker
            return None
        return None

    def _answerer(self, asker: str, question: QuoteSpan) -> Resolved | None:
        """Who answers a question put by ``asker``: the last other speaker, a few paragraphs up at most,
        else the person a sentence before the question has for subject ("Walker spoke with host Sean Mitchell")."""
        for prev, att in reversed(self.done[:-1]):
            if question.paragraph - prev.paragraph > 4:
                break
            if att.speaker and att.speaker != asker and att.sieve != "nested" and att.speaker_kind == "person":
                return Resolved(att.speaker, "name", ())
        k = bisect.bisect_right(self.a.sent_starts, self.a.token_range(question.outer_start, question.outer_start)[0]) - 1
        for j in range(k - 1, max(-1, k - 7), -1):
            res = self.a.sentence_subject(self.a.sents[j])
            if res and res.name and res.name != asker and res.how in ("name", "title", "pronoun"):
                return res
        return None

    def _nearest(self, q: QuoteSpan) -> Attribution | None:
        a, _ = self.a.token_range(q.start, q.end)
        legal = self._under_legal_text(q, a)
        if legal is not None:
            return legal
        # the first person the quote's own sentence names before it: its subject, when the
        # parse lost the clause ("Trump accused Cruz … of being “politically correct”")
        sent = self.doc[a].sent
        # the subject of the quote's sentence when it is a description, a document or an organisation
        # ("Federal unions have long campaigned against … jobs considered “…”"), not a person named
        # nearby; a subject that "is" something is described, not speaking
        root = sent.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and not self.a.in_quote[c.i]
                     and not self.a.skip[c.i]), None)
        if subj is not None and subj.i < a and subj.pos_ == "NOUN" and subj.lemma_.lower() not in lx.NOT_SPEAKER_NOUNS \
                and root.lemma_ != "be":
            res = self.a.resolve(subj)
            if res.how in ("unnamed", "org"):
                return self._make("nearest", res, self.a.mention_span(subj), None)
        if subj is None and sent.start < root.i < a and self.doc[root.i - 1].ent_type_ == "PERSON" \
                and not self.a.in_quote[root.i - 1]:
            subj = self.doc[root.i - 1]  # a subject the parser hung elsewhere: "…, 14-year-old Mia Soto hoisted"
        if subj is not None and subj.i < a and subj.ent_type_ == "PERSON" and root.lemma_ != "be":
            # "At a Hale rally, Mia Soto hoisted a sign that read “…”": the person the sentence
            # is about, not the first name it happens to write
            res = self.a.resolve(subj)
            if res.name and res.how == "name":
                return self._make("nearest", res, self.a.mention_span(subj), None)
        for ent in self.doc.ents:
            if ent.start >= a:
                break
            if ent.start >= sent.start and ent.label_ == "PERSON" and not self.a.in_quote[ent.start]:
                if ent.root.dep_ in ("dobj", "dative") or (ent.root.dep_ == "appos" and ent.root.head.dep_ in ("dobj", "dative")):
                    continue  # "attacking nominee Ana Ruiz as having “choked”": the one attacked, not the speaker
                res = self.a.resolve(ent.root)
                if res.name:
                    return self._make("nearest", res, self.a.mention_span(ent.root), None)
                break
        # the subject of a sentence before, in the same paragraph
        k = bisect.bisect_right(self.a.sent_starts, a) - 1
        para_start = self.a.para_bounds[q.paragraph][0]
        while k > 0 and self.a.sents[k - 1].start_char >= para_start:
            k -= 1
            res = self.a.sentence_subject(self.a.sents[k])
            if res and res.name and res.how in ("name", "title", "pronoun"):
                return self._make("nearest", res, None, None)
        # the speaker of the talk just before (this paragraph or the one above) rather than the
        # latest name, which is as often someone talked about
        st = self.state
        if st.resolved is not None and st.resolved.name and st.resolved.how in ("name", "title", "pronoun", "unnamed") \
                and q.paragraph - st.paragraph <= 1 and not self._new_entry(st.paragraph, q.paragraph):
            res = st.resolved
            return self._make("nearest", Resolved(res.name, res.how, (res.name + " (speaking before)",)), None, None)
        for ent in reversed(self.doc.ents):
            if ent.end <= a and self._new_entry(self._paragraph_of(ent.start_char), q.paragraph):
                break  # a name in an earlier entry of a live blog
            if ent.end <= a and ent.label_ == "PERSON" and not self.a.in_quote[ent.start]:
                res = self.a.resolve(ent.root)
                if res.name:
                    return self._make("nearest", res, self.a.mention_span(ent.root), None)
                break
        return None

    def _under_legal_text(self, q: QuoteSpan, a: int) -> Attribution | None:
        """A quote with no cue in a sentence, or the one after it in the paragraph, that opens "Under" a law,
        a bill or an agreement ("Under Florida law, battery is committed when a person “…”"): the text's words."""
        k = bisect.bisect_right(self.a.sent_starts, a) - 1
        para_start = self.a.para_bounds[q.paragraph][0]
        for j in (k, k - 1):
            if j < 0 or self.a.sents[j].start_char < para_start:
                break
            first = self.doc[self.a.sents[j].start]
            while first.is_space or first.text in QUOTE_MARK_TOKENS and first.i + 1 < len(self.doc):
                first = self.doc[first.i + 1]
            if first.lower_ != "under" or first.dep_ != "prep" or self.a.in_quote[first.i]:
                continue
            text = next((c for c in first.children if c.dep_ == "pobj" and c.lemma_.lower() in lx.LEGAL_TEXT_NOUNS), None)
            owner = self._possessor(text) if text is not None else None
            if owner is not None and (owner.ent_type_ == "PERSON" or owner.pos_ in ("PRON", "PROPN")):
                # "Under Ruiz's plan, families would save “…”": the plan's author's claim, not the plan
                return self._speaker_or_none("nearest", owner, None)
            if text is not None:
                res = self.a.resolve(text)
                if res.how not in ("unnamed", "org"):  # a named act is no one's name: "the Clean Water Act" as written
                    res = Resolved(None, "unnamed", (self.a._mention_text(text),))
                return self._make("nearest", res, self.a.mention_span(text), None)
        return None

    def _track_reported_speech(self, upto: int) -> None:
        """Between quotes, whoever speaks in reported speech, or is introduced as the subject of a
        sentence, becomes the current speaker: a floating quote continues with them."""
        end_tok, _ = self.a.token_range(upto, upto)
        sents = self.a.sents
        k = max(0, bisect.bisect_right(self.a.sent_starts, self._scanned_to) - 1)
        while k < len(sents) and sents[k].start < end_tok:
            sent = sents[k]
            k += 1
            if FACT_LABEL.match(self.a.text, self.a.para_bounds[self._paragraph_of(sent.start_char)][0]):
                continue  # the checker's findings, whoever they cite, take no turn from the one whose claims are checked
            said = asker = None
            if self._paragraph_of(sent.start_char) in self._interviewer_paragraphs():
                continue  # "What about the convention? Sen. Ray Tillis called it a mess." asks; the one before answers
            talked_of = False
            in_quote = self.a.in_quote[sent.start:sent.end]
            has_quote = any(in_quote)
            for i in range(max(sent.start, self._scanned_to), min(sent.end, end_tok)):
                tok = self.a.tokens[i]
                if has_quote and tok.lower_ != "according":
                    continue  # that sentence's cue went to its quote, whose speaker is current already
                if not self.a.in_quote[i] and self.a.is_cue_at(i):
                    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in lx.NAMING_VERBS:
                        continue  # "a counselor named Harold Pike", "a town called Hope": a name given, no one speaking
                    subj = _subject(tok, self.a.skip)
                    if subj is not None and subj.dep_ == "nsubjpass" and subj.head.i == tok.i \
                            and tok.lemma_.lower() not in lx.QUOTING_VERBS | {"hear", "ask", "record", "overhear"}:
                        talked_of = True
                        continue  # "Kessler was not mentioned once", "Voss was criticized": talked of, not talking
                    if subj is not None and subj.lemma_.lower() in lx.AUDIENCE_HEADS and tok.lemma_.lower() in lx.REACTION_VERBS \
                            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in tok.children):
                        continue  # "The crowd roared.": an audience's noise, no turn taken from the one speaking
                    asked = self.a.asked_one(tok)
                    if asked is not None and subj is not None:
                        res, who = self.a.resolve(asked), self.a.resolve(subj)
                        if res.name and res.how in ("name", "title", "pronoun") and res.name != who.name:
                            # "Stephanos asked whether she had lied. \n “Absolutely not.”": the one asked answers
                            said, asker = res, who
                            continue
                    if subj is not None:
                        res = self.a.resolve(subj)
                        if res.name:
                            said = res
                        elif res.how in ("unnamed", "unresolved") and subj.pos_ == "NOUN" and subj.tag_ != "NNS" \
                                and subj.lemma_.lower() in lx.PERSON_NOUNS:
                            # "One resident, who asked not to be named, said …. “…”": the unnamed source talks on
                            said = Resolved(_description(self.a.mention_span(subj)[2]), "unnamed", res.chain)
            whole = sent.start >= self._scanned_to and sent.end <= end_tok
            if said is None and whole and not has_quote and not talked_of:
                res = self.a.sentence_subject(sent)
                if res and res.name and res.how in ("name", "title", "pronoun") and not self._glossed(sent, res.name) \
                        and not self._died(sent):
                    said = res
            if said is not None:
                self.state = _State(said, self._paragraph_of(sent.start_char), asker if asker and asker.name else None)
        self._scanned_to = max(self._scanned_to, end_tok)

    def _interviewer_paragraphs(self) -> set[int]:
        """An interview set as questions and answers: a paragraph of the reporter's own words with no
        quotation that asks ("Your opponent says you would raise taxes. Would you?"), over a paragraph
        opening with a quote mark, the answer. Whom a question names or quotes is not who answers."""
        if self._questions is None:
            asking, addressed = set(), set()
            bounds, text = self.a.para_bounds, self.a.text
            for k in range(len(bounds) - 1):
                para = text[bounds[k][0]:bounds[k][1]].strip()
                if "?" in para and not any(m in para for m in "“”\"") \
                        and text[bounds[k + 1][0]:bounds[k + 1][1]].lstrip()[:1] in ("“", '"'):
                    asking.add(k)
                    if re.search(r"\b(?:you|your)\b", para, re.I):
                        addressed.add(k)
            # a question put to "you", or an article set as several questions and answers; not the reporter's
            # own question once ("Can the state afford it? Gov. Ana Ruiz thinks so. / “We have a surplus.”")
            self._questions = asking if len(asking) >= 2 else addressed
        return self._questions

    @staticmethod
    def _died(sent: "Span") -> bool:
        """Does the sentence say its subject died ("His mother, Ruth, died in 1979.", "He was killed in 2004.",
        "She passed away last year.")? The one who died does not speak the quotes after."""
        root = sent.root
        lemma = root.lemma_.lower()
        if lemma == "pass" and any(c.lower_ == "away" for c in root.children):
            return True
        return lemma in lx.DEATH_VERBS and (lemma == "die" or any(c.dep_ == "nsubjpass" for c in root.children))

    def _glossed(self, sent: "Span", name: str) -> bool:
        """Is the sentence the reporter's note on who someone the last quote named is ("“Mark Delaney voted for
        amnesty.” / Delaney, a senator from Florida, dropped out in February.", "Delaney was a senator."): the
        one glossed is talked about, not speaking?"""
        if not self.done:
            return False
        prev, att = self.done[-1]
        if prev.outer_end > sent.start_char or att.speaker is None or att.speaker == name \
                or self._paragraph_of(sent.start_char) - prev.paragraph > 1:
            return False
        root = sent.root
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return False
        described = any(c.dep_ == "appos" or (c.dep_ == "relcl" and c.left_edge.i > 0
                                              and self.doc[c.left_edge.i - 1].text == ",") for c in subj.children) \
            or (root.lemma_ == "be" and any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in root.children))
        return described and self._named_in(prev, name)

    def _paragraph_of(self, char: int) -> int:
        return bisect.bisect_right(self.a.para_starts, char) - 1


def attribute(doc: "Doc", spans: list[QuoteSpan], book: "SpeakerBook | None" = None,
              paras: list[tuple[int, int]] | None = None) -> list[Attribution]:
    """One Attribution per quote span, in the order of ``spans``."""
    article = Article(doc, spans, book)
    article.para_starts = [p[0] for p in paras] if paras else [0]
    article.para_bounds = paras or [(0, len(doc.text))]
    return Attributor(article).run()
