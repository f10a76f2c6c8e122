"""Mention → speaker: the people of one article and the resolution of a speaker mention to a name.

``Article`` collects the people an article names (names joined into one identity, the titles
and appositions given to each, their sex from first names, titles and the pronouns after them)
and resolves a mention token: a name as written to its fullest form, a pronoun to the subject of
the sentences before it that fits, a title ("the Leader", "the Venezuelan president") to the
person the article gave it, an unnamed source to its description. What it returns holds only
strings and offsets.
"""
from __future__ import annotations

import bisect
import collections
import itertools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import lexicon as lx
from .cues import _according_to, _asked_aside, _author, _closed, _descends, _is_cue
from .model import QuoteSpan
from .tokens import HYPHENS, NOT_SPEAKERS, QUOTE_MARK_TOKENS, _age_description, _age_of, fold

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from .speakers import SpeakerBook

# Quote marks as characters.
QUOTE_CHARS = frozenset({'"', "“", "”", "‘", "’", "'", "«", "»", "„", "``", "''"})
# What the entity recogniser calls a name it does not know, when an honorific says it is a person's.
MISTAKEN_FOR_NAMES = frozenset("ORG GPE NORP PRODUCT WORK_OF_ART FAC LOC".split())


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
# Two or more set scores after a name: "beat Tom Hale 6-4 7-6(5)" (a tennis, badminton or squash player's, not a team's
# one score)
SET_SCORES = re.compile(r"[ \t]+\d{1,2}-\d{1,2}(?:\(\d{1,2}\))?,?[ \t]+\d{1,2}-\d{1,2}\b")
# A headline's verb that the entity recogniser may glue to a name: "Obama Says Museum Will ...".
HEADLINE_VERBS = frozenset({"says", "said", "tells", "told"}) | lx.SPEECH_VERB_FORMS

# A US lawmaker's party and state after the name: " (R-Ariz.)", " (D-NY)", " (I-Vt.)".
PARTY_STATE = re.compile(r"[ \t]*\(([RDI])-[ ]?([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\)"
                         r"|,[ \t]+([RDI])-([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?),")  # (R-Ariz.) or AP's ", R-Ariz.,"
NAME_LABEL = re.compile(r"([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}):\s")
# "Q:" and "A:" opening the lines of a question-and-answer interview
QA_LABEL = re.compile(r"([QA])[:.][ \t]")
# A byline of its own line: "By Lionel Ashcroft", "By Nadia Oyelaran, Associated Press"
# (not a feature's title: "By The Numbers")
BYLINE = re.compile(r"^[ \t]*By[ \t]+(?!(?i:the|a|an|our|this|its)\b)([A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3})[ \t]*(?:,[^\n]{0,60})?$", re.MULTILINE)


def _abbreviated_title(tok: "Token") -> list[str] | None:
    """The words of a title written as capitals ("PM", "CS"), or None."""
    full = lx.TITLE_ABBREVIATIONS.get(tok.lower_) if tok.text.isupper() and len(tok.text) > 1 else None
    return full.split() if full else None


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
                    or (fold(toks[0].text) in lx.ROLE_NOUNS and len(toks) > 2)  # "Spokeswoman Sarah Sanders"
                    # ("Organizer Ana Ruiz said" opening a sentence: a noun for a person, then a given name)
                    or (fold(toks[0].text) in lx.UNNAMED_HEADS and len(toks) > 2 and fold(toks[1].text) in lx.GIVEN_NAMES)):
        titled = titled or fold(toks[0].text).rstrip(".") in lx.HONORIFICS or fold(toks[0].text) in lx.ROLE_NOUNS
        toks = toks[1:]  # a surname the recogniser took for a place ("Valastro praised") stays
    if len(toks) > 1 and toks[0].is_sent_start and toks[0].lower_ in lx.INVERTED_CUES:
        nxt = toks[-1].doc[toks[-1].i + 1] if toks[-1].i + 1 < len(toks[-1].doc) else None
        after = nxt.doc[nxt.i + 1] if nxt is not None and nxt.i + 1 < len(nxt.doc) else None
        if nxt is not None and (nxt.text == ":" or (nxt.text == "," and after is not None and after.text in QUOTE_MARK_TOKENS)):
            toks = toks[1:]  # "Said Haddad: “…”" is the cue and the name; "Said Jalili, Iran's negotiator" is a name
    while len(toks) > 1 and fold(toks[-1].text).rstrip(".") in lx.NAME_SUFFIXES:
        toks = toks[:-1]  # "Joseph R. Biden Jr." is filed under Biden
    while len(toks) > 1 and (any(ch.isdigit() for ch in toks[-1].text) or toks[-1].text in HYPHENS) \
            and any(ch.isdigit() for ch in toks[-1].text + toks[-2].text):
        toks = toks[:-1]  # "beat Julian Marsden 4-6 7-6 6-3": the score the recogniser glued to the name
    return toks


def _one_entity(toks: list["Token"]) -> bool:
    """Whether the tokens are one entity, whole: a name the recogniser took for a place ("Tiffany
    Kovac" as GPE) is no nationality before a name ("Kazakh President X", "Iowa Gov. Y")."""
    doc, last = toks[0].doc, toks[-1].i
    return toks[0].ent_iob_ == "B" and all(t.ent_iob_ == "I" and t.ent_type_ == toks[0].ent_type_ for t in toks[1:]) \
        and (last + 1 >= len(doc) or doc[last + 1].ent_iob_ != "I") and last - toks[0].i == len(toks) - 1


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
    """"One of the officials", "two of his aides", "one of them": a number or quantifier with an "of" phrase of people
    (a plural pronoun there stands for people: things do not speak)."""
    if tok.lower_ not in lx.INDEFINITE_DETERMINERS | {"none", "each", "all", "both", "most", "half"}:
        return False
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return obj is not None and (obj.tag_ in ("NNS", "NNPS") or obj.lemma_.lower() in lx.PERSON_NOUNS
                                or obj.lower_ in ("them", "us", "those"))


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


def _extend_names_to_their_head(doc: "Doc") -> None:
    """Run a person's name with a particle on to the capitalised word its words all hang from, when the recogniser
    stopped one word short and left the surname out ("Luiz Inácio da Costa" and "Neves", the head of them all, tagged
    as a noun). (Not a name without one: a headline's "Tom Hale Denies …", a book's "Hale Cash".)"""
    ents = list(doc.ents)
    changed = False
    for k, ent in enumerate(ents):
        if ent.label_ != "PERSON" or ent.end >= len(doc) \
                or not any(t.text.islower() and t.lower_ in lx.NAME_PARTICLES for t in ent[1:]):
            continue
        nxt = doc[ent.end]
        if nxt.ent_type_ or not nxt.is_alpha or not nxt.text.istitle() or nxt.is_sent_start \
                or nxt.pos_ not in ("PROPN", "NOUN") or fold(nxt.text) in lx.ORG_WORDS \
                or nxt.lemma_.lower() in lx.ROLE_NOUNS or fold(nxt.text) in lx.NAME_SUFFIXES \
                or not all(t.head.i == nxt.i and t.dep_ in ("compound", "flat") for t in ent):
            continue
        span = doc.char_span(ent.start_char, nxt.idx + len(nxt.text), label="PERSON")
        if span is not None:
            ents[k] = span
            changed = True
    if changed:
        doc.ents = ents


def _other_of_gender(sent: "Span", want: str, in_quote: list[bool]) -> bool:
    """Does the sentence's main clause hold a pronoun of that gender that cannot be its subject: the object of its
    verb ("… had warned her"), or the possessor inside the subject ("Her campaign manager … had warned")?"""
    pronouns = lx.MALE_PRONOUNS if want == "m" else lx.FEMALE_PRONOUNS
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    for t in sent:
        if t.lower_ not in pronouns or in_quote[t.i] or t.lower_ in ("himself", "herself"):
            continue
        if t.dep_ in ("dobj", "dative") and t.head.i == root.i:
            return True
        if t.dep_ == "poss" and subj is not None and t.head.i == subj.i:
            return True
    return False


def _name_key(name: str) -> str:
    """The key a person is filed under: the surname's last part ("al-Assad" -> "assad")."""
    return fold(re.split(r"[\s\-‐]+", name.strip())[-1])


class Article:
    """What attribution knows about one parsed article: quotes, people, sentence subjects."""

    def __init__(self, doc: "Doc", spans: list[QuoteSpan], book: "SpeakerBook | None" = None):
        _join_names_split_at_particles(doc)
        _extend_names_to_their_head(doc)
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
        if self.place_words & lx.CHANCELLOR_IS_FOREIGN_MINISTER and not self.place_words & lx.CHANCELLOR_IS_HEAD_OF_GOVERNMENT \
                and not any(fold(t.text) in lx.CHANCELLOR_OF_INSTITUTION_WORDS
                            for ent in doc.ents if ent.label_ == "ORG" for t in ent):
            # a Latin American "Chancellor" is the foreign minister (one titled with another country's name is not; nor
            # any in an article naming a university, "Chancellor Tom Hale of Eastfield University", or a country whose
            # chancellor heads the government, "Chancellor Anna Weber met Mexico's president … a German head of government")
            for person in self.people.values():
                for titles in [person.titles, *person.titles_of_first.values()]:
                    if "chancellor" in titles and not titles & self.place_words - lx.CHANCELLOR_IS_FOREIGN_MINISTER \
                            and not titles & lx.CHANCELLOR_OF_INSTITUTION_WORDS:  # (nor a university's)
                        titles |= {"foreign", "minister"}
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
            if len(toks) == 3 and toks[1].is_title and (toks[1].lower_.endswith("s") or toks[1].tag_ in ("VBZ", "VBD")) \
                    and words[toks[1].lower_] == 1 and toks[1].idx < headline_end and fold(toks[1].text) not in lx.GIVEN_NAMES \
                    and all(any(i != t.i for i in alone.get(t.text, ())) for t in (toks[0], toks[2])):
                # or between two names the body writes alone: a headline's "Lasky Backs Keel" is two people and a verb
                self.headline_verbs.add(toks[1].i)
                continue
            if not toks or not (toks[-1].text[:1].isupper() or _words(toks)[-1][:1].isupper()):
                continue  # (either half of a hyphenated name may be lower-case: "al-Assad", "Cheung Mei-ling")
            if ent.root.dep_ == "appos" and ent.root.head.lower_ in lx.ROLE_NOUNS and ent.root.head.i < ent.start \
                    and fold(toks[-1].text) in lx.COMPANY_NAME_WORDS:
                continue  # "The Director, Austin Energy, said": the employer in apposition to the title, no one's name
            if ent.start >= 2 and self.tokens[ent.start - 1].lower_ == "of" and len(_words(toks)) >= 3 \
                    and self.tokens[ent.start - 2].text[:1].isupper() and self.tokens[ent.start - 2].lower_ in lx.ROLE_NOUNS:
                toks = toks[1:]  # "Prime Minister of Belarus Roman Golovchenko": the place, then the name
            prev = self.tokens[ent.start - 1] if toks and toks[0].i == ent.start > 0 else None
            if prev is not None and prev.ent_iob_ == "O" and prev.pos_ == "PROPN" and prev.text.istitle() \
                    and prev.text.isalpha() and fold(prev.text) in lx.GIVEN_NAMES and not self.in_quote[prev.i] \
                    and len(_words(toks)) == 2 and any(h in _words(toks)[-1][1:] for h in HYPHENS):
                # "Secretary for Housing Winnie Ho Wing-yin": a given name before a surname and a hyphenated given
                # name (a Cantonese name with an English one first), left out of the entity
                toks, ent = [prev] + toks, self.doc[prev.i:ent.end]
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
        # (nor one the recogniser took alone for a place or an organisation: "Ana Delgado runs a shop", "Delgado" a GPE)
        given = lx.GIVEN_NAMES
        not_surnames = lx.ORG_WORDS | given  # built once, not per word
        for t in propn_caps:
            ent = self.ent_of.get(t.i)
            mistaken = ent is not None and ent.label_ in ("GPE", "ORG", "LOC") and ent.start == ent.end - 1 == t.i
            # (or the two words together, a noun for a person in apposition: "Carly Finch, a rival candidate," an ORG,
            # the given name even tagged as an adverb; not "Grace Fellowship, a church,")
            together = ent is not None and ent.label_ in ("GPE", "ORG", "LOC") and ent.start == t.i - 1 and ent.end == t.i + 1 \
                and any(c.dep_ == "appos" and c.lemma_.lower() in lx.PERSON_NOUNS for c in t.children)
            if t.i == 0 or not t.text.isalpha() or (t.ent_type_ and not mistaken and not together) \
                    or self.in_quote[t.i] or fold(t.text) in self.people or fold(t.text) in not_surnames:
                continue
            first = self.tokens[t.i - 1]
            nxt = self.tokens[t.i + 1] if t.i + 1 < len(self.tokens) else None
            before = self.tokens[first.i - 1] if first.i > 0 else None
            if (first.pos_ != "PROPN" and not together) or (first.ent_type_ and not together) or not first.text[:1].isupper() \
                    or fold(first.text) not in given \
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
        # "Her deputy, Uche Nwafor,"; not "its rival, South Korea,"; or for a building after any: "a colleague, Jen Park,")
        for t in propn_caps:
            ent = self.ent_of.get(t.i)
            mistaken = ent is not None and ent.label_ in ("ORG", "GPE", "FAC") and ent.end == t.i + 1 and t.i - ent.start in (0, 1) \
                and (ent.label_ == "FAC" or any(c.dep_ == "poss" and c.lower_ in lx.MALE_PRONOUNS | lx.FEMALE_PRONOUNS
                                                for c in t.head.children))
            if t.dep_ == "appos" and (t.ent_iob_ == "O" or mistaken) and t.i > t.head.i \
                    and t.head.tag_ == "NN" and t.head.lemma_.lower() in lx.PERSON_NOUNS | lx.RELATION_NOUNS \
                    and not self.in_quote[t.i] and fold(t.text) not in lx.ORG_WORDS:
                first = [c for c in t.lefts]
                if len(first) == 1 and first[0].i == t.i - 1 and first[0].dep_ == "compound" and first[0].pos_ == "PROPN" \
                        and (first[0].ent_iob_ == "O" or (mistaken and ent.start == first[0].i)) and first[0].text[:1].isupper() and first[0].text.isalpha() \
                        and fold(first[0].text) not in lx.ORG_WORDS:
                    self._add_mention([first[0], t], self.doc[t.i - 1:t.i + 1])
        # a given name and a surname the recogniser took together for a place or an organisation ("Ann Holt drove",
        # a GPE), when the article writes the surname elsewhere as only a person's is written: after a personal
        # honorific ("Ms. Holt") or before a possessive kin noun ("Holt's husband"). (Not "Ann Arbor" or "Grace
        # Fellowship": no one's husband; a church "said" as well as a woman.)
        for ent in self.doc.ents:
            if ent.label_ not in ("GPE", "ORG", "LOC") or len(ent) != 2 or self.in_quote[ent.start] \
                    or fold(ent[0].text) not in lx.GIVEN_NAMES or not ent[1].text.istitle() or not ent[1].is_alpha \
                    or fold(ent[1].text) in self.people or fold(ent[1].text) in lx.ORG_WORDS | lx.BUSINESS_NAME_WORDS:
                continue
            key = fold(ent[1].text)
            for t in caps:
                if fold(t.text) != key or self.in_quote[t.i] or t.i + 2 >= len(self.doc) or t.i < 1:
                    continue
                nxt, after, before = self.tokens[t.i + 1], self.tokens[t.i + 2], self.tokens[t.i - 1]
                if (nxt.text in ("'s", "’s") and after.lemma_.lower() in lx.KIN_NOUNS) \
                        or (fold(before.text).rstrip(".") in lx.HONORIFICS and before.ent_iob_ == "O"):
                    self._add_mention([ent[0], ent[1]], ent)
                    break
        # a full name a person's noun is given, however tagged: "a 26-year-old named Eli Brandt", "a lawyer named …"
        for t in propn_caps:
            v = t.head
            if t.dep_ in ("oprd", "dobj", "attr") and v.dep_ == "acl" and v.tag_ == "VBN" and t.ent_type_ != "PERSON" \
                    and v.lemma_.lower() in lx.GIVEN_NAME_VERBS and not self.in_quote[t.i] and fold(t.text) not in self.people \
                    and (v.head.lemma_.lower() in lx.PERSON_NOUNS or _age_of(v.head) is not None):
                run = [c for c in t.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"] + [t]
                if run[-1].i - run[0].i == len(run) - 1 and all(w.text[:1].isupper() and w.text.isalpha() for w in run):
                    self._add_mention(run, self.doc[run[0].i:t.i + 1])
        # a full name in apposition to a capitalised title, the recogniser took (in part, or with words before it) for a
        # building, a place or an organisation: "The Opposition Leader in City Hall, Jared Minchin," tagged as a
        # facility, "The Chancellor, Esteban Quiroga Lander," with "Esteban" an organisation (a given name first)
        for t in propn_caps:
            if t.dep_ != "appos" or t.ent_type_ == "PERSON" or t.i < t.head.i or self.in_quote[t.i] \
                    or not t.head.text[:1].isupper() or t.head.lemma_.lower() not in lx.ROLE_NOUNS \
                    or t.i + 1 >= len(self.tokens) or self.tokens[t.i + 1].text != "," or fold(t.text) in self.people:
                continue
            run = [c for c in t.lefts if c.dep_ in ("compound", "flat")] + [t]
            if 2 <= len(run) <= 4 and run[-1].i - run[0].i == len(run) - 1 and fold(run[0].text) in lx.GIVEN_NAMES \
                    and all(w.pos_ == "PROPN" and w.text[:1].isupper() and w.text.isalpha()
                            and w.ent_type_ in MISTAKEN_FOR_NAMES | {""} for w in run) \
                    and any(w.ent_type_ for w in run):
                self._add_mention(run, self.doc[run[0].i:t.i + 1])
        # a player the recogniser took for a team, set scores after the name (or glued to it in the entity) saying whose:
        # "Tom Hale beat Ann Holt 6-4 6-3" (one ORG); a given name first (not a club's "Zenit Kazan 25-20 25-22")
        for ent in self.doc.ents:
            if ent.label_ not in MISTAKEN_FOR_NAMES or self.in_quote[ent.start]:
                continue
            run = list(itertools.takewhile(lambda w: w.pos_ == "PROPN" and w.text.istitle() and w.text.isalpha(), ent))
            if 2 <= len(run) <= 3 and fold(run[0].text) in lx.GIVEN_NAMES \
                    and run[0].i not in self.person_mentions.get(fold(run[-1].text), ()) \
                    and SET_SCORES.match(self.text, run[-1].idx + len(run[-1].text)) \
                    and not any(fold(w.text) in lx.ORG_WORDS | lx.BUSINESS_NAME_WORDS for w in run):
                self._add_mention(run, self.doc[run[0].i:run[-1].i + 1])
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
            named = _gender(person)
            # (one pronoun against a given name, "Vincent Marchetti tried to seize her home", is more likely
            # someone else's; not against an honorific alone, which a relative sharing the surname may hold)
            given = named if {_first_name_gender(n.split()[0]) for n in person.names} - {None} == {named} else None
            if m != f and not (given and abs(m - f) == 1 and given != ("m" if m > f else "f")):
                person.gender = "m" if m > f else "f"  # what the article itself says: "Fiorina ... her"
                person.voted = True
            else:
                person.gender = named

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
            elif ((ent.root.dep_ == "appos" and is_title(ent.root.head)) or any(
                    c.dep_ == "appos" and is_title(c) for c in ent.root.children)) \
                    and fold(ent[-1].text) not in lx.COMPANY_NAME_WORDS:
                pass  # "the President of Mongolia, Ukhnaagiin Khurelsukh," / "X, the president of Y,"
                # (not a business in apposition, the employer: "The Director, Bellmont Energy, said")
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
                if t.i <= subj.right_edge.i and t.dep_ == "poss" and any(
                        a.dep_ == "appos" and a.head.i == subj.i for a in t.ancestors if a.i <= subj.right_edge.i):
                    continue  # "Sen. Owen Whitcomb, her rival for the nomination, mocked …": the apposition's owner is another
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
        joined_title = None
        relatives = [c for c in root.children if c.dep_ in ("appos", "nmod", "compound", "amod")
                     and not (ent.start <= c.i < ent.end)]  # "Leader of the Revolution X", "X, the Leader"
        if root.dep_ == "appos":
            # "Rep. Gail Sorensen and her challenger, Craig Lutz,": a name the parser hung on the first of two
            # joined heads is in apposition to the description just before it, not to the first person
            joined = [c for c in root.head.children if c.dep_ == "conj" and c.pos_ == "NOUN" and root.head.i < c.i < root.i]
            relatives.append(joined[-1] if joined else root.head)
        elif root.dep_ == "conj" and root.head.lemma_.lower() in lx.ROLE_NOUNS and root.head.i < ent.start \
                and self.doc[ent.start - 1].text == "," \
                and not any(c.dep_ == "cc" and root.head.i < c.i < root.i for c in root.head.children):
            joined_title = root.head  # "The President of the Republic, Andrés Quintero Robles," parsed as joined
            relatives.append(joined_title)
        of_title = joined_title if root.dep_ == "conj" and joined_title is not None else None
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
            # "Sen. Wade Harlan and former Gov. Russell Callahan" under an apposition's head: the one joined to
            # the name by "and" holds his own title, not a title of this one
            clause |= {t.i for c in root.children if c.dep_ in ("conj", "cc") for t in c.subtree}
            person.owners.extend(c.i for c in r.children if c.dep_ == "poss")
            words.extend(t.lower_ for t in r.subtree if not t.is_punct and t.i < r.i + 10 and t.i not in clause
                         and not (ent.start <= t.i < ent.end))
            if r.pos_ == "NOUN" and not (ent.start <= r.i < ent.end):
                person.title_heads.update({r.lemma_.lower(), r.lower_})
        words = [w.strip(".") for w in words]
        # "Sen. Ana Ruiz" is "the senator" later
        words += [full for w in words for full in lx.TITLE_WORD_ABBREVIATIONS.get(w, ()) + lx.PARTY_NICKNAMES.get(w, ())]
        if lx.CHAMBER_LEADER_WORDS & set(words):  # "Senate Minority Leader Ana Ruiz" is "the senator" later
            words += [lx.CHAMBER_MEMBERS[w] for w in words if w in lx.CHAMBER_MEMBERS
                      and (w != "hall" or lx.COUNCIL_HALL_WORDS & set(words))]
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
        # an age before the title says how old, not what office: "the 61-year-old head of state" (one given another
        # age is not that one)
        age = next((_age_of(c) for c in head.children if c.dep_ == "amod" and _age_of(c)), None)
        mods = {c.lower_ for c in head.children if c.dep_ in ("amod", "compound", "nmod", "poss")
                and (not c.is_stop or c.lower_ in lx.TITLE_QUALIFIERS) and not (age and _age_of(c))}  # ("former" is a stop word)
        # ("the country's leader": the kind of place before a title is no modifier of the office)
        mods -= {c.lower_ for c in head.children if c.dep_ == "poss" and c.lower_ in lx.PLACE_KIND_NOUNS}
        office = next((lx.CHIEF_EXECUTIVE_OF[c.lower_] for c in head.children if c.dep_ == "poss" and c.lower_ in lx.CHIEF_EXECUTIVE_OF),
                      None) if title == "executive" and "chief" in mods else None
        if office and any({"chief", "executive"} <= p.titles for p in self.people.values()):
            office = None  # (not when the article gave someone that title: "The city's chief executive, Ann Holt,")
        if office:  # "the state's chief executive": the governor
            title, mods = office, mods - {"chief"} - set(lx.CHIEF_EXECUTIVE_OF)
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
        named_before: list[tuple[float, float, int, str]] = []  # (fit, generic, first mention, name)
        for key, person in self.people.items():
            # relatives sharing the surname hold their own titles: "the former president" is George, not Jeb
            variants = list(person.titles_of_first.items()) if len(person.titles_of_first) > 1 else [(None, person.titles)]
            for first, titles in variants:
                if age and any(t.isdigit() and t != age for t in titles):
                    continue
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
                            and (title == "head" or any(_has_title_word(titles, m) for m in mods)
                                 or (not mods and any(c.dep_ == "poss" and c.lower_ in lx.PLACE_KIND_NOUNS
                                                      for c in head.children)))) \
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
                if last is None and self._first_person_at is not None and self._first_person_at < before:
                    continue  # (past the lede a title points back: one named later hides no one named before)
                fits.append((round(score, 6), last is not None))
                if last is not None:
                    named_before.append((round(score, 6), generic, min(person.first_at.values(), default=last),
                                         person.name_for(first)))
                score += 0.01 * min(person.count, 20) + (0.5 + 0.001 * last if last is not None else 0)
                if score > best_score:
                    best, best_score, best_seen = person.name_for(first), score, last is not None
        if len(fits) > 1 and not any(seen for _, seen in fits):
            top = max(s for s, _ in fits)
            if sum(1 for s, _ in fits if s == top) > 1:
                return None  # a headline's "Minister says …" before two foreign ministers are named: no one yet
        top_fit = max((f[0] for f in named_before), default=None)
        tied = [f for f in named_before if f[0] == top_fit]
        if len(tied) > 1 and all(f[1] for f in tied):
            # "President A met Premier B. “…,” the country's leader said": two heads of state it fits as well, and
            # nothing to tell them apart: the one the article is about, named first; but the subject of the sentence
            # just before, when it is one of them ("Hale praised the deal. “…,” the country's leader said")
            k = bisect.bisect_right(self.sent_starts, head.i) - 1
            talked = self.sentence_subject(self.sents[k - 1]) if k > 0 else None
            best = next((f[3] for f in tied if talked is not None and talked.name == f[3]),
                        min(tied, key=lambda f: f[2])[3])
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
        # (and, farther back, the lede's: the document a story opens with is the one it goes on about, "In an email to
        # department heads, Mayor Ann Holt wrote …" ten sentences before "“…,” the email said")
        lede_end = self.para_starts[3] if len(self.para_starts) > 3 else len(self.text)
        in_lede = bisect.bisect_left(self.sent_starts, bisect.bisect_left(self.tok_starts, lede_end))
        lede = self.sents[:min(max(0, k - 8), in_lede)]
        for sent in reversed(lede + self.sents[max(0, k - 8):k]):
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
                if v.pos_ != "VERB" or (t.dep_ == "dobj" and _is_cue(v) and v.lemma_.lower() not in lx.AUTHORING_VERBS):
                    continue  # (one who "defended the email" talks of it, and did not write it)
                subj = next((c for c in v.children if c.dep_ == "nsubj" and not self.in_quote[c.i]), None)
                if subj is not None and (subj.pos_ != "PRON" or subj.lower_ in lx.MALE_PRONOUNS | lx.FEMALE_PRONOUNS):
                    return subj  # ("In a statement, he said …": whom "he" stands for there)
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
                if t.dep_ == "attr" and t.head.lemma_ == "be" and any(c.dep_ == "nsubj" and c.pos_ == "PROPN"
                                                                      for c in t.head.children):
                    return None  # ("Curtis Lamb is a candidate": what someone named is, no one brought in unnamed)
                if det not in ("a", "an", "one", "another"):
                    if anyone and t.lemma_.lower() != lemma:
                        continue  # ("the chairman" in between is someone else)
                    return None  # the nearest one is named or definite: no introduction to repeat
                return _description(self._mention_text(t))
        return None

    def _predicated_holder(self, tok: "Token") -> str | None:
        """"Curtis Lamb is a first-time candidate. … “…,” the first-time candidate said": a definite description that
        repeats, modifiers and all, what a sentence a few before said a person named as its subject is (not what it
        asked or supposed: "If Curtis Lamb is a candidate, …")."""
        if tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        mods = {c.lower_ for c in tok.children if c.dep_ != "det"}
        k = bisect.bisect_right(self.sent_starts, tok.i) - 1
        for sent in reversed(self.sents[max(0, k - 3):k + 1]):
            for t in sent:
                if t.i >= tok.i or t.dep_ != "attr" or t.lemma_ != tok.lemma_ or self.in_quote[t.i] \
                        or t.head.lemma_ != "be" or any(c.dep_ == "neg" for c in t.head.children) \
                        or any(c.dep_ == "mark" and c.lower_ in lx.UNASSERTING_MARKS for c in t.head.children) \
                        or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children) \
                        or not mods <= {c.lower_ for c in t.children} \
                        or not {c.lower_ for c in t.children} & lx.TITLE_QUALIFIERS <= mods:
                    continue  # (and a qualifier of the predicate repeated: "a deputy mayor" is no "the mayor")
                subj = next((c for c in t.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
                res = self.resolve(subj) if subj is not None and not self.in_quote[subj.i] else None
                if res is not None and res.name and res.how == "name":
                    return self._one_of_also(res.name, sent.end, tok)
        return None

    def _one_of_also(self, held: str, after: int, tok: "Token") -> str | None:
        """"Curtis Lamb is a candidate. Ann Holt is also running. Holt spoke. “…,” the candidate said": a sentence
        since the predicate whose named subject "also" (or "too") does the same makes two who fit; the subject of the
        sentence just before the mention is then the one, if it is either, and no one otherwise."""
        k = bisect.bisect_right(self.sent_starts, tok.i) - 1
        j = bisect.bisect_left(self.sent_starts, after)
        for sent in self.sents[j:k]:
            if any(c.dep_ == "advmod" and c.lower_ in ("also", "too") for c in sent.root.children):
                other = self.sentence_subject(sent)
                if other is not None and other.name and other.how == "name" and other.name != held:
                    talked = self.sentence_subject(self.sents[k - 1]) if k > 0 else None
                    return talked.name if talked is not None and talked.name in (held, other.name) else None
        return held

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
        if tok.lemma_.lower() in ("teenager", "teen") and tok.tag_ == "NN" \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not self._introduced_unnamed(tok):
            # "Vos, 19, was philosophical. “…,” the teenager said": an age in words, the one person named before whom
            # the article gave an age in the teens (not when "A teenager in the crowd" just brought in someone unnamed)
            fits = [p for key, p in self.people.items() if self._last_before(key, tok.i) is not None
                    and any(t.isdigit() and 13 <= int(t) <= 19 for t in p.titles)]
            if len(fits) == 1:
                return self._finish(fits[0].name, "title", chain + (self._mention_text(tok), fits[0].name))
        rank = _ranking(tok)
        if rank is not None:  # "“…,” the world No 9 said" for the one the sentence before is about, as an age
            varied = self._varied_subject(tok, rank)
            if varied:
                return self._finish(varied, "title", chain + (rank, varied))
            return Resolved(rank, "unnamed", chain + (rank,))
        if tok.ent_type_ in NOT_SPEAKERS:
            return Resolved(None, "unresolved", chain + (tok.text,))  # "Monday said" is a parse error
        if tok.lemma_.lower() in lx.PARTY_MEMBER_NOUNS and tok.tag_ in ("NN", "NNP") and tok.ent_type_ != "ORG" \
                and any(c.dep_ == "det" for c in tok.children):  # ("The Independent said": the newspaper)
            # "the New York Democrat said": a person described, not the party
            member = self._party_member(tok) or self._epithet_of_subject(tok)
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
            if tok.ent_type_ == "ORG":
                named = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > tok.i), None)
                if named is not None and any(t.pos_ == "NOUN" and t.lemma_.lower() in lx.ROLE_NOUNS and not self.in_quote[t.i]
                                             for t in self.doc[tok.i + 1:named.i]):
                    # "The Royal College of Nursing's general secretary, Pat Cullen," with the college parsed as the
                    # head and the name hung on it: the office's holder, named after it
                    return self.resolve(named, chain + (self._mention_text(tok),))
            holder = self._demonym_holder(tok) or (self._epithet_of_subject(tok) if _member_letters(tok) else None)
            if holder:  # "the Arkansan said" for "former Arkansas governor Ray Dunlap" (or "the Dublin Central TD said":
                # a member for a seat, varying the name of the one before)
                return self._finish(holder, "title", chain + (self._mention_text(tok), holder))
            if _member_letters(tok) and not self.person_by_name(self._compound(tok)):
                # "the Labour MP said" with no member the sentence before is about: a description of someone,
                # not the party the recogniser tagged in it
                return Resolved(_description(self._mention_text(tok)), "unnamed", chain + (self._mention_text(tok),))
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
                elif first is None and not g and len(words) == 1:
                    # a bare surname before a relative sharing it is named is the one named already: "Sen. Gordon
                    # Keel …. “…,” Keel said", whatever "Heidi Keel" written twice later makes the family's usual name
                    named = {fold(n.split()[0]) for n in hit[1].names if len(n.split()) > 1}
                    since = {fold(n.split()[0]) for n in hit[1].names if len(n.split()) > 1
                             and hit[1].first_at.get(n, tok.i) < tok.i}
                    if len(named) > 1 and len(since) == 1:
                        full = hit[1].name_for(since.pop())
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
            if len(words) >= 2 and fold(words[-1]) in lx.ADDRESS_WORDS and fold(words[0]) not in lx.GIVEN_NAMES \
                    and tok.ent_type_ != "PERSON":  # "Downing Street said": those seated at the address, not a person
                return self._finish(name_text, "org", chain + (name_text,))
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
            named = self._named_apposition(tok) or self._given_name(tok)  # ("His aide, a lawyer named Eli Brandt,")
            if named is None and tok.text[:1].isupper():
                # "Leader of the Opposition Edappadi K. Ramasamy said": a name parsed as the object of the title's "of"
                named = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                              if g.dep_ == "pobj" and g.pos_ == "PROPN" and g.left_edge.i == g.head.i + 1
                              and self.person_by_name([x for x in g.lefts if x.dep_ in ("compound", "flat")] + [g])
                              and not self.in_quote[g.i] and g.ent_type_ in ("PERSON", "ORG", "")), None)
            if named is None and tok.text[:1].isupper() and determiner is None:
                # "Vice President for news and talk Dan Gorman called": a capitalised title's "and" inside its
                # "for" phrase, read as joining the name to the title
                named = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
                              and not any(g.dep_ == "det" for g in c.children)
                              and any(p.dep_ == "prep" and p.lower_ == "for" and p.i < c.i for p in tok.children)), None)
            if named is not None:
                return self._person_named(tok, named, chain)
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
            held = self._predicated_holder(tok)
            if held:  # "Curtis Lamb is a first-time candidate. … the first-time candidate said"
                return self._finish(held, "title", chain + (self._mention_text(tok), held))
            source = self._introduced_unnamed(tok)
            if source:  # "the official" for the "A senior … official" just before
                return Resolved(source, "unnamed", chain + (self._mention_text(tok), source))
            varied = self._varied_subject(tok) or self._epithet_of_subject(tok) or self._named_after_lede(tok)
            if varied:  # "Hartigan responded within hours. …, the billionaire called …"
                return self._finish(varied, "title", chain + (self._mention_text(tok), varied))
            return Resolved(None, "unresolved", chain + (self._mention_text(tok),))
        named = self._named_apposition(tok)
        if named is not None:  # "another fraternity brother, Stuart Oltchick, recalled"
            return self._person_named(tok, named, chain)
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
        elder = self._elder_named_before(tok)
        if elder:  # "Marchbanks visits the reservoir with his father, Walter. “…,” the old man says"
            return self._finish(elder, "title", chain + (self._mention_text(tok), elder))
        varied = self._varied_subject(tok) if tok.lemma_.lower() in lx.CAREER_NOUNS else \
            self._epithet_of_subject(tok) if tok.lemma_.lower() in lx.COVERED_OFFICES else None
        if varied:  # "the real estate developer": a living outside the role nouns varies a name too
            return self._finish(varied, "title", chain + (self._mention_text(tok), varied))
        return Resolved(None, "unnamed", chain + (self._mention_text(tok),))

    def _elder_named_before(self, tok: "Token") -> str | None:
        """"the old man", "the elderly woman": the one person named before whom the article made a parent or a
        grandparent of that sex ("his father, Walter,") or gave an old age ("Margaret Dowse, 71,")."""
        sex = {"man": "m", "woman": "f"}.get(tok.lower_)
        if sex is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
                or not any(c.dep_ == "amod" and c.lower_ in lx.ELDER_WORDS for c in tok.children):
            return None
        fits = []
        last = {key: self._last_before(key, tok.i) for key in self.people}
        latest = max((i for i in last.values() if i is not None), default=None)
        for key, p in self.people.items():
            if last[key] is None:
                continue
            # relatives sharing the surname hold their own titles ("Tom Hale and his father, Walter Hale,"); a kinship
            # noun makes a parent only as someone's ("his father, Walter", not "Father Tom Hale", "a father of two")
            variants = list(p.titles_of_first.items()) if len(p.titles_of_first) > 1 else [(None, p.titles)]
            for first, titles in variants:
                name = p.name_for(first)
                # an age alone makes the old man only the one named last: "Mayor Tom Hale, 68, …. Ann Holt said …. “…,”
                # the old man said" is someone else, unnamed
                if ((titles & lx.ELDER_KIN[sex] and p.owners)
                        or (any(t.isdigit() and lx.ELDERLY_AGE <= int(t) < 120 for t in titles) and last[key] == latest)) \
                        and self._gender_of(name) in (sex, None):
                    fits.append(name)
        return fits[0] if len(fits) == 1 else None

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
            if age is not None and all(self.in_quote[t.i] or t.is_space for t in sent):
                continue  # (the quote's own sentences before its cue: "“… here. Something has to give,” the 58-year-old said")
            if age is not None and (any(not self.in_quote[t.i] and not t.is_space for t in self.doc[sent.end:self.sents[k].start])
                                    or ("\n" in self.text[sent.start_char:tok.idx] and not self._carries_on(tok, sent))):
                return None  # (an age: only the sentence just before, in the same paragraph or carried on)
            if office and not former and "\n" in self.text[sent.start_char:tok.idx]:
                return None  # (an office no one was given: only within the paragraph that talks about the one named)
            subj = self.sentence_subject(sent)
            owned = None
            if subj is None and age is not None and "\n" not in self.text[sent.start_char:tok.idx]:
                # "Marsden's next event is Dubai. “…,” the 29-year-old said": a sentence about a thing of one person
                # named as its owner, naming no one else, is about that person (a thing, not a person of theirs: "Hale's
                # opponent is Spanish", "Hale's coach was furious" are about the opponent, the coach)
                thing = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"
                              and not self.in_quote[c.i] and c.lemma_.lower() not in lx.PERSON_NOUNS
                              and c.lemma_.lower() not in lx.RELATION_NOUNS), None)
                owner = next((c for c in thing.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) \
                    if thing is not None else None
                mine = {t.i for t in owner.subtree} if owner is not None else set()
                if owner is not None and not any(
                        not self.in_quote[t.i] and t.i not in mine and (t.ent_type_ == "PERSON" or (
                            t.pos_ == "PROPN" and fold(t.text) in self.people)) for t in sent):
                    res = self.resolve(owner)
                    subj = owned = res if res.name and res.how == "name" else None
            if age is not None and not _is_cue(sent.root) and (subj is None or subj.how != "title") and owned is None \
                    and not ("\n" not in self.text[sent.start_char:tok.idx] and self._said_of_one(sent, subj)):
                # (and one who speaks there: "Officer Hale found the driver. “…,” the 29-year-old said"; or one the
                # sentence already calls by a description: "The Spaniard dropped serve. “…,” the 23-year-old said";
                # or one the sentence only says how he is: "Her neighbour, Phil Tranter, was more sanguine.")
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
            if demonym:  # (not one of two named together: "Marsh and Kaye spoke. “…,” the Texan said"; nor, as the one who
                # speaks, the subject of a sentence naming another, either of whom may be of that nationality: "Tom Hale
                # beat Lars Jensen. “…,” the Dane said", where "The Dane dropped serve" goes on about the subject)
                return None if self._plural_subject(sent) is not None or (_is_cue(tok.head) and any(
                    not self.in_quote[t.i] and t.ent_type_ == "PERSON" and t.text not in subj.name.split()
                    and not _nationality(t) for t in sent)) else subj.name
            if age is not None and "\n" in self.text[sent.start_char:tok.idx] and any(
                    not self.in_quote[t.i] and t.ent_type_ == "PERSON" and t.text not in subj.name.split()
                    and not _nationality(t) for t in sent):
                return None  # (a paragraph carried on from one that names two: "X called it reckless, and Y moved on")
            if age is not None:  # (not one the article gave another age; a ranking is no age)
                return None if age.isdigit() and person is not None and any(t.isdigit() and t != age for t in person.titles) \
                    else subj.name
            if person is not None and (person.titles & lx.OFFICE_NOUNS) - {tok.lemma_.lower()} \
                    - _covered(tok.lemma_.lower(), person.titles):
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

    def _named_after_lede(self, tok: "Token") -> str | None:
        """"The Prime Minister last night told Tory rebels …. / Speaking at a reception, Ravi Mehta said": a capitalised
        title in the headline or the lede, before anyone but the byline's writer is named, that the article gives no
        one, is the first person named after it, within three paragraphs and as a subject in the first sentence of a
        paragraph, when the article gives that person no title of their own and says nothing of them there (the lede
        names its subject by office, a paragraph after it by a name the reader knows)."""
        if not tok.text[:1].isupper() or tok.tag_ not in ("NN", "NNP") or tok.lemma_.lower() not in lx.ROLE_NOUNS \
                and not _abbreviated_title(tok):
            return None
        title = (_abbreviated_title(tok) or [tok.lemma_.lower()])[-1]
        firsts = []
        for key, person in self.people.items():
            first = min(person.first_at.values(), default=None)
            if first is None or person.name == self.byline:
                continue
            if first < tok.i or title in person.titles:
                return None  # (someone named before it, or given the title)
            firsts.append((first, key))
        if not firsts:
            return None
        first, key = min(firsts)
        person, at = self.people[key], self.tokens[first]
        if bisect.bisect_right(self.para_starts, at.idx) - bisect.bisect_right(self.para_starts, tok.idx) > 3 \
                or person.titles - lx.HONORIFICS - {fold(w) for n in person.names for w in n.split()}:
            return None
        head = at
        while head.dep_ in ("compound", "flat") and head.head.i > head.i:
            head = head.head
        if head.dep_ not in ("nsubj", "nsubjpass") or self.in_quote[head.i] or not _is_cue(head.head) \
                or any(c.dep_ in ("appos", "relcl", "acl") for c in head.children) \
                or (head.i + 1 < len(self.doc) and self.doc[head.i + 1].text == ","):
            return None  # (a name with nothing said of it, speaking, is one the reader knows: not "Tom Hale, who runs …")
        a = bisect.bisect_left(self.tok_starts, self.para_starts[bisect.bisect_right(self.para_starts, at.idx) - 1])
        if any(not self.in_quote[t.i] and not t.is_space and not t.is_punct for t in self.doc[a:at.sent.start]):
            return None  # (the paragraph's own first sentence: not after "Critics were unconvinced." brings in others)
        want = "m" if tok.lower_ in lx.MALE_TITLES else "f" if tok.lower_ in lx.FEMALE_TITLES else None
        g = self._gender_of(person.name)
        return None if want and g and g != want else person.name

    def _said_of_one(self, sent: "Span", subj: Resolved | None) -> bool:
        """Whether the sentence only says how its subject, a person named, is or does, with no object and no one else
        named ("Her neighbour, Phil Tranter, was more sanguine.", "Vos was philosophical after his defeat."): in the
        paragraph of a quote, whom its description of an age stands for."""
        root = sent.root
        if subj is None or subj.how != "name" or not subj.name or root.pos_ not in ("VERB", "AUX") \
                or any(c.dep_ in ("dobj", "dative", "attr", "oprd", "ccomp", "xcomp") for c in root.children):
            return False
        return not any(not self.in_quote[t.i] and t.ent_type_ == "PERSON" and t.text not in subj.name.split() for t in sent)

    def _carries_on(self, tok: "Token", sent: "Span") -> bool:
        """Whether a paragraph that opens with a quote and its cue ("“I was nervous,” the 23-year-old said.") carries
        on from the sentence ``sent``, the last of the paragraph before: the description in the cue, right after the
        quote, talks of whom that paragraph ended on."""
        p = bisect.bisect_right(self.para_starts, tok.idx) - 1
        if p < 1 or not self.para_starts[p - 1] <= sent.start_char < self.para_starts[p] \
                or self.text[sent.end_char:self.para_starts[p]].strip():
            return False
        # the paragraph's first words are the quote's, and nothing but the cue's description follows it up to here
        a = bisect.bisect_left(self.tok_starts, self.para_starts[p])
        if a >= len(self.tokens) or not self.in_quote[a]:
            return False
        b = a
        while b < tok.i and self.in_quote[b]:
            b += 1
        return tok.i - b <= 8 and all(t.is_punct or t.is_space or t.pos_ in ("DET", "ADJ", "NUM", "NOUN", "PROPN")
                                      for t in self.doc[b:tok.i])

    def _epithet_of_subject(self, tok: "Token") -> str | None:
        """"Garrity … said he pays no attention to polls. “…,” the Florida senator said": a definite description
        with modifiers ("the Florida senator", "the Hungarian minister", "the libertarian leader") that no one was
        given whole varies the name of the person the sentence before, in the same paragraph (or the one a quote-led
        paragraph carries on from), has for subject, when it repeats what the article said of that person (the title,
        an office the noun covers, or a modifier: "his Hungarian counterpart X"), no modifier is one the article
        gave someone else and no party word another party than the one it gave him. A member's letters with the seat
        ("the Dublin Central TD") are such a description of anyone holding an office."""
        member = _member_letters(tok)
        # (or a party's member, capitalised: "the Ohio Republican" when the article named more than one Republican)
        party = tok.tag_ == "NNP" and tok.lemma_.lower() in lx.PARTY_MEMBER_NOUNS
        if (tok.tag_ != "NN" or tok.text[:1].isupper()) and not member and not party or tok.dep_ not in ("nsubj", "nsubjpass") \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        mods = [c for c in tok.children if c.dep_ != "det"]
        if not mods or any(c.dep_ not in ("amod", "compound") or c.i > tok.i or self.in_quote[c.i]
                           or any(True for _ in c.children) for c in mods):
            return None  # (one word each before the noun: not "the former Florida senator's aide")
        head = tok.lemma_.lower()
        k = bisect.bisect_right(self.sent_starts, tok.i) - 1
        if any(t.dep_ in ("nsubj", "nsubjpass") and not self.in_quote[t.i] for t in self.doc[self.sent_starts[k]:tok.i]):
            return None  # (the second of two described: "The Florida senator likes X, while the former governor …")
        for sent in reversed(self.sents[max(0, k - 2):k]):
            if "\n" in self.text[sent.start_char:tok.idx] and not self._carries_on(tok, sent):
                return None  # (only within the paragraph that talks about the one named, or carried on)
            subj = self.sentence_subject(sent)
            if subj is None:
                if any(not self.in_quote[t.i] and t.ent_type_ == "PERSON" for t in sent):
                    return None
                continue  # (a sentence of quoted words alone)
            if subj.how not in ("name", "pronoun") or not subj.name or self._plural_subject(sent) is not None:
                return None
            key = _name_key(subj.name)
            person = self.people.get(key)
            if person is None or subj.name not in person.names:
                return None  # (one person: not "They" for two named together)
            j = bisect.bisect_left(self.person_ent_starts, sent.start)
            while j < len(self.person_ents) and self.person_ents[j].start < sent.end:
                ent = self.person_ents[j]
                j += 1
                if not self.in_quote[ent.start] and not set(_words(_name_tokens(list(ent)))) <= set(subj.name.split()):
                    return None  # (another person the sentence names may be the one described)
            titles = person.titles
            if titles & lx.PARTY_ADJECTIVES and any(
                    c.lower_ in lx.PARTY_ADJECTIVES and not _has_title_word(titles, c.lower_)
                    and not titles & set(lx.PARTY_NICKNAMES.get(c.lower_, ())) for c in mods):
                return None  # (the article gave him another party: "Sen. X, a Republican," is no "Democratic senator")
            held = head in titles or lx.TITLE_SYNONYMS.get(head) in titles \
                or bool(titles & _covered(head, titles)) \
                or (head in lx.GENERIC_LEADER_NOUNS and bool(titles & lx.HEAD_OF_STATE_TITLES)
                    and not any(c.lower_ in lx.NON_STATE_LEADER_WORDS for c in mods))  # (not "the opposition leader")
            if not held and head in lx.ROLE_NOUNS and titles & lx.ROLE_NOUNS:
                return None  # (a senator is not "the Florida governor"; he may be "the Vermont independent")
            if not held and head in lx.COVERED_OFFICES and head not in lx.ROLE_NOUNS:
                return None  # (a lawmaker is one who holds such an office: not "Tom Hale, a Peoria lobbyist")
            given = [_has_title_word(titles, c.lower_) for c in mods]
            for c, mine in zip(mods, given):
                if not mine and any(_has_title_word(p.titles, c.lower_) for kk, p in self.people.items()
                                    if kk != key and self._last_before(kk, tok.i) is not None):
                    return None  # (what the article said of someone else: "the Texas senator" after "Sen. X (R-Texas)")
            if party and not all(given) and titles & (self.place_words | lx.STATE_NAMES) - lx.PARTY_ADJECTIVES \
                    - lx.PARTY_MEMBER_NOUNS - set(lx.PARTY_NICKNAMES):
                return None  # (a party's member the article placed elsewhere: "Sen. X (R-NE)" is no "Ohio Republican")
            if not held and not any(given) and not (member and titles & lx.ROLE_NOUNS):
                return None  # (nothing the article said of the one named; a member's seat goes with any office)
            want = "m" if tok.lower_ in lx.MALE_TITLES else "f" if tok.lower_ in lx.FEMALE_TITLES else None
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
                or any(c.dep_ in ("compound", "flat") for c in tok.children) \
                or (tok.ent_type_ not in ("PERSON", "NORP", "") and not _nationality(tok)):
            return None
        word = fold(tok.text)
        known = self.people.get(word)
        if (known is not None and any(len(n.split()) > 1 for n in known.names)) or word in self.first_names:
            return None  # "the Donald": a name after all
        fits = {p.name for key, p in self.people.items() if key != word and self._last_before(key, tok.i) is not None
                and any(t in self.place_words and t != word and _has_title_word({t}, word) for t in p.titles)}
        if not fits and (tok.ent_type_ == "NORP" or _nationality(tok)) and tok.tag_ == "NNP" \
                and tok.dep_ in ("nsubj", "nsubjpass") \
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
                    tok.lemma_.lower() in lx.KIN_NOUNS and c.ent_type_ in MISTAKEN_FOR_NAMES and fold(c.text) in self.people)) \
                    and not (fold(c.text) in lx.COMPANY_NAME_WORDS and fold(c.text) not in self.people):
                # (not the employer after a title, "The Director, Austin Energy,", whatever the recogniser tagged it)
                if self._office_of_the_one_served(tok, c):
                    continue
                return c  # "the minister, Ana Ruiz,"; "his wife, Marcy," (taken for a place)
            # "Calloway's spokeswoman, Tamsin Reyes," with the name tagged as an organisation: a
            # person noun's apposition of a first name and a surname is a person (a relative's too:
            # "Kovac's daughter, Tiffany Kovac,")
            # (or after an honorific: "Its author, Dame Felicity Crouch,")
            lefts = [x.i for x in c.lefts]
            if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "GPE") and c.i > tok.i \
                    and tok.lemma_.lower() in lx.PERSON_NOUNS | lx.RELATION_NOUNS and tok.tag_ == "NN" \
                    and 0 < len(lefts) <= 3 and lefts == list(range(c.i - len(lefts), c.i)) \
                    and (len(lefts) == 1 or fold(c.doc[lefts[0]].text).rstrip(".") in lx.HONORIFICS) \
                    and all(c.doc[i].dep_ == "compound" and c.doc[i].pos_ == "PROPN" for i in lefts) \
                    and not {fold(c.text), fold(c.doc[c.i - 1].text)} & lx.ORG_WORDS:
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

    def _person_named(self, tok: "Token", named: "Token", chain: tuple[str, ...]) -> Resolved:
        """"Her old coach at Ballinrobe Town, Pádraig Ó Dálaigh,": the name a person's noun is given in apposition is
        a person's, though the recogniser took it for an organisation (not a business's: "its new owner, Apex
        Capital,")."""
        res = self.resolve(named, chain + (self._mention_text(tok),))
        if res.how == "org" and res.name and len(res.name.split()) >= 2 and tok.tag_ == "NN" \
                and tok.lemma_.lower() in lx.PERSON_NOUNS | lx.RELATION_NOUNS and named.ent_type_ in MISTAKEN_FOR_NAMES - {"GPE", "LOC", "NORP"} \
                and not any(fold(w) in lx.ORG_WORDS | lx.ORG_NOUNS | lx.BUSINESS_NAME_WORDS for w in res.name.split()):
            return self._finish(res.name, "name", res.chain)
        return res

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
        # (or its apposition's, for one who holds a post: "Her campaign manager, a 26-year-old named Eli Brandt,"; not
        # a relative's, whose name the story gives in passing: "His father, a steelworker named Joe Tillis, left")
        if tok.lemma_.lower() in lx.ROLE_NOUNS and tok.lemma_.lower() not in lx.KIN_NOUNS:
            clauses += [g for a in tok.children if a.dep_ == "appos" and a.i > tok.i for g in a.children if g.dep_ == "acl"]
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
            # (a name a person's noun is given is a person's, however tagged: "a lawyer named Eli Brandt")
            given = name is not None and (c.head.lemma_.lower() in lx.PERSON_NOUNS or _age_of(c.head) is not None)
            if name is not None and (name.ent_type_ == "PERSON" or fold(name.text) in self.people or given):
                return name
        return None

    def _compound(self, tok: "Token") -> list["Token"]:
        """The name a PROPN head stands in: its compound/flat children and itself."""
        ent = self.ent_of.get(tok.i)
        if ent is not None and ent.label_ == "PERSON":
            toks = [t for t in ent if t.i <= tok.i and t.i not in self.headline_verbs] or [tok]
            first = self.tokens[ent.start - 1] if ent.start > 0 and toks == [tok] else None
            person = self.people.get(fold(tok.text))
            if first is not None and first.ent_iob_ == "O" and first.dep_ == "compound" and first.head.i == tok.i \
                    and person is not None and f"{first.text} {tok.text}" in person.names:
                toks = [first, tok]  # "his daughter, Ivy Marchetti," the surname alone tagged: the first name filed with it
            return toks
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
        while toks and (toks[0].dep_ in ("advmod", "cc", "punct", "preconj") or toks[0].tag_ == "WP"
                        or (toks[0].pos_ == "VERB" and toks[0].dep_ == "compound")) and toks[0].i < tok.i:
            # "even US officials" -> "US officials"; "who Nash" (a name parsed as a verb) -> "Nash"; "Said Haskell, “…”"
            # (the fronted verb taken into the name) -> "Haskell"
            toks = toks[1:]
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
        if low in lx.ORG_PRONOUNS:
            # "The report faulted Lamb for what it called “…”": a document the pronoun's own sentence has for subject
            thing = next((c for c in sent.root.children if c.dep_ == "nsubj" and c.i < tok.i and c.tag_ == "NN"
                          and c.lemma_.lower() in lx.READ_SUBJECT_NOUNS and not self.in_quote[c.i]), None)
            if thing is not None:
                res = self.resolve(thing, chain)
                if res.name is None:  # the document as written, as an unnamed source is
                    return Resolved(_description(self.mention_span(thing)[2]), "unnamed", res.chain)
                return res
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
        # ("Kopp asked whether she should have disclosed it": the one asked about is not the asker)
        h = tok.head
        asking = next((c for c in h.head.children if c.dep_ == "nsubj"), None) \
            if tok.dep_ in ("nsubj", "nsubjpass") and h.dep_ == "ccomp" and h.head.lemma_.lower() in lx.ASK_VERBS \
            and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in h.children) else None
        if asking is not None:
            earlier = [t for t in earlier if t.i != asking.i]
        # ("While Ortiz said …, he said": a time clause before the pronoun names him too)
        if earlier:
            res = self.resolve(earlier[-1])
            if res.name:
                cands.append(res)
        own = self.sentence_subject(sent)  # "Fallon fired back: “…,” he wrote": the sentence's own subject
        if own is None:
            own = self._opening_name(sent)  # "Trump, later alleging …, said he would …"
        if own is not None and own.name and asking is None and sent.root.i < tok.i and not any(
                t.i < tok.i and t.lower_ == low for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == sent.root.i):
            cands.append(own)
        s = sent
        asker = None
        after_question = False
        other: set[int] = set()  # the subjects whose sentence has another of the pronoun's gender
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
            about = self.asked_one(s.root)
            if about is not None and about.pos_ == "PRON" and about.dep_ == "nsubj" and about.lower_ == low \
                    and not self.in_quote[about.i]:
                # "Kopp asked whether she should have disclosed it. She paused": the one asked about, then the asker
                res = self.resolve(about)
                if res.name:
                    cands.append(res)
            subj = self.sentence_subject(s) or self._leading_subject(s) or self._logical_subject(s) \
                or self._reported_subject(s)
            if subj is None and n == 0:
                subj = self._sole_person_in_main_clause(s)
            elif (subj is None or (subj.chain and subj.chain[0].lower() in lx.FIRST_PERSON)) and any(
                    c.dep_ == "nsubj" and c.lower_ in ("i", "we") and not self.in_quote[c.i] for c in s.root.children):
                # "I spoke to Dolores Reyes after the rally. “…,” she said": the writer is no "she"; the one
                # person the writer met, asked or spoke to is (of two or more, the one of the pronoun's gender)
                subj = self._sole_person_in_main_clause(s) or (self._met_of_gender(s, want) if want else None)
            if subj is not None:
                cands.append(subj)
                if want and _other_of_gender(s, want, self.in_quote):
                    other.add(id(subj))
        person_shaped = None  # a subject the recogniser took for an organisation that is written like a name
        for res in cands:
            if res.name is None or res.name == asker:
                continue
            if plural:
                if res.how == "org":
                    return Resolved(res.name, "org", chain + res.chain[-1:])
                continue
            if res.how == "org":
                if person_shaped is None and want and _person_shaped(res.name):
                    person_shaped = res
                continue
            g = self._gender_of(res.name)
            if res.how == "unnamed":
                # "Stroud’s spokeswoman": the gender of the role, if it says one, not the owner's
                role = fold(res.name.split()[-1])
                # (a "spokesman" or "chairman" may be a woman: GENERIC_MASCULINE_TITLES)
                g = "m" if role in (lx.MALE_TITLES - lx.GENERIC_MASCULINE_TITLES) | lx.MALE_KIN \
                    else "f" if role in lx.FEMALE_TITLES | lx.FEMALE_KIN else None
            if res.how == "unnamed" and g is None and want and "’s " in res.name \
                    and self._gender_of(res.name.split("’s ")[0]) == want:
                # "She had never run. Her campaign manager had warned her …. “…,” she began": not the one whose
                # manager they are, of the pronoun's gender and the one the story is about; a role of no gender
                continue
            if res.how == "pronoun" and res.chain and g is None:
                # "“…,” he pressed. “…,” she answered": a subject that was itself a pronoun has its
                # gender, when the name it stands for has none known
                said = res.chain[0].lower()
                g = "m" if said in lx.MALE_PRONOUNS else "f" if said in lx.FEMALE_PRONOUNS else None
            if want and g and g != want:
                continue
            if g is None and id(res) in other:
                # "Her campaign manager, Eli Brandt, had warned her …. “…,” she began": one of no known gender whose
                # own sentence has another of the pronoun's gender is not the one it stands for
                continue
            return Resolved(res.name, "pronoun", chain + (res.name,))
        if not plural:
            # the latest person mentioned before, of a fitting gender
            best = None
            for key, person in self.people.items():
                if (want and person.gender and person.gender != want) or (person.name == self.byline and not self.in_quote[tok.i]):
                    continue  # (the writer the byline names is "I" in the story, never "she")
                last = self._last_before(key, tok.i)
                if last is not None and (best is None or last > best[0]):
                    best = (last, person)
            if best:
                return Resolved(best[1].name, "pronoun", chain + (best[1].name,))
            if person_shaped is not None:
                # "Uche Nwafor runs a pharmacy. … “…,” he said", the name taken for an organisation's and no
                # person named anywhere before: "he" is the one the sentences before were about
                return Resolved(person_shaped.name, "pronoun", chain + (person_shaped.name,))
        return Resolved(None, "unresolved", chain)

    def _sole_person_in_main_clause(self, sent: "Span") -> Resolved | None:
        """The one person a sentence with no person for subject names in its main clause, as an object or
        in a phrase of the main verb ("The news reached Rennert on Tuesday.", "For Rennert, the challenge
        came as a surprise."): who the sentence is about, whom the "he said" after it stands for."""
        subj = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if sent.root.pos_ != "VERB" or len(subj) != 1 or (subj[0].pos_ != "NOUN" and subj[0].lower_ not in ("i", "we")) \
                or subj[0].ent_type_ \
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

    def _met_of_gender(self, sent: "Span", want: str) -> Resolved | None:
        """"I spoke to Marjorie Keane and Tom Haskell …. “…,” she said": of the people the main verb's object (or its
        preposition's) joins with "and", the one a pronoun of that gender can stand for: the one of that gender, or the
        one whose gender is unknown when all the others are of the other."""
        root = sent.root
        objs = [c for c in root.children if c.dep_ in ("dobj", "dative")] \
            + [o for c in root.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
        people = []
        for o in objs:
            for x in [o, *o.conjuncts]:
                if x.pos_ == "PROPN" and not self.in_quote[x.i] and (x.ent_type_ == "PERSON" or fold(x.text) in self.people):
                    res = self.resolve(x)
                    if res.name and res.how == "name" and res.name not in [r.name for r, _ in people]:
                        people.append((res, self._gender_of(res.name)))
        if len(people) < 2:
            return None
        fits = [r for r, g in people if g == want] or [r for r, g in people if g is None]
        return fits[0] if len(fits) == 1 else None

    def _reported_subject(self, sent: "Span") -> Resolved | None:
        """The person a sentence reports on when its own subject is a group of unnamed people: "Pool reporters
        traveling with Ortega noted that the senator appeared tired." is about the senator."""
        root = sent.root
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.tag_ != "NNS" or subj.ent_type_ or self.in_quote[subj.i] or not _is_cue(root):
            return None
        inner = next((g for c in root.children if c.dep_ == "ccomp" and not self.in_quote[c.i]
                      for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and not self.in_quote[g.i]), None)
        if inner is None or inner.pos_ == "PRON" or not (inner.pos_ == "PROPN" or inner.lemma_.lower() in lx.ROLE_NOUNS):
            return None
        res = self.resolve(inner)
        return res if res.name and res.how in ("name", "title") else None

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
        if subj is None or subj.tag_ != "NN" or subj.lemma_.lower() not in lx.PERSON_NOUNS | lx.KIN_NOUNS \
                or self.in_quote[subj.i]:
            return None
        # ("My mother grew up in the farmhouse. … “…,” she said": the writer's relative, as the writer calls them)
        writers = any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in subj.children) and not self.in_quote[subj.i]
        res = self.resolve(subj)
        # (or a title never given: "The former first lady has ignored the field. … “…,” she said" stays her, as written)
        # (unless a person named as the subject just before is who it varies: "Lorna Whitcomb is dismissing …. …,
        # the former senator said")
        definite = res.how == "unresolved" and subj.lemma_.lower() in lx.ROLE_NOUNS \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) \
            and not (sent.start > 0 and (self.sentence_subject(self.doc[sent.start - 1].sent) or NO_RESOLUTION).name)
        if not definite and not writers \
                and not any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another") for c in subj.children):
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
        if obj is not None and obj.pos_ == "PRON" and obj.lower_ in ("him", "her"):
            # "A voter asked him whether he would drop out. “No,” he replied": the one "him" stands for answers
            res = self.resolve(obj)
            return res if res.name and res.how == "pronoun" else None
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
                     for g in c.children if g.dep_ == "nsubj" and g.pos_ in ("PROPN", "PRON") and not self.in_quote[g.i]
                     # (not one of two offered: "asked whether Hale or one of his deputies had written it" asks which)
                     and not any(x.dep_ == "cc" and x.lower_ == "or" for x in g.children)), None)

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
            if not subjs or ((v.pos_ == "NOUN" or v.tag_ == "VBP") and subjs[0].tag_ == "NNP" and subjs[0].i > 0
                             and self.doc[subjs[0].i - 1].pos_ in ("ADJ", "DET")):
                # ("But the oversized Hale face on the billboards hasn't hurt": a noun read as the root, or as a plural
                # verb, with the name before it as its subject; a singular name after an article and an adjective,
                # before a word that cannot be its verb, is a modifier)
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
        if result is None and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children) and root.pos_ == "VERB":
            # "Garrity, asked about the numbers, said he …": the participle set off by commas taken for a clause
            # of the main verb, with the name for its subject, leaves the main verb the subject it has
            aside = next((c for c in root.children if c.i < root.i and c.dep_ in ("ccomp", "advcl") and _asked_aside(c)
                          and self.doc[c.right_edge.i].text == "," and c.right_edge.i + 1 == root.i), None)
            subj = next((c for c in aside.children if c.dep_ == "nsubj"), None) if aside is not None else None
            if subj is not None and subj.pos_ == "PROPN" and not self.skip[subj.i]:
                res = self.resolve(subj)
                result = res if res.name else None
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


def _nationality(tok: "Token") -> bool:
    """Is the word a nationality as a noun ("the Dane"; "the Ukrainian" tagged as a place, "the Briton" as a name)?"""
    word = fold(tok.text)
    return word in lx.NATIONALITY_NOUNS or (tok.ent_type_ in ("GPE", "PERSON") and word.endswith(lx.NATIONALITY_SUFFIXES))


def _covered(head: str, titles: set[str]) -> frozenset[str]:
    """The offices the wider word ``head`` covers ("minister" a secretary of state), none when the titles say the
    office is not one of state ("the union's general secretary", "press secretary")."""
    uncovered = lx.UNCOVERED_TITLE_WORDS - lx.POLITICAL_TITLE_WORDS.get(head, frozenset())
    return frozenset() if titles & uncovered else lx.COVERED_OFFICES.get(head, frozenset())


def _member_letters(tok: "Token") -> bool:
    """Is the word a member's letters used as a noun ("the Dublin Central TD", "the Labour MP")?"""
    return tok.text.isupper() and tok.pos_ == "PROPN" and fold(tok.text) in lx.POST_NOMINALS


def _ranking(tok: "Token") -> str | None:
    """"the world No 9", "the American No. 1", "the world number one": a player's ranking as a noun, however parsed,
    given its number; the words from the modifier on ("world No 9"). Without a modifier, "the number two" is a
    deputy, no ranking."""
    d, i = tok.doc, tok.i
    if not tok.like_num:  # (the parser may make "No" or the word before it the noun: "the world" and "No 9")
        i = next((j + 1 for j in (i, i + 1) if j + 1 < len(d) and d[j].lower_ in ("no", "no.", "number")
                  and d[j + 1].like_num), i)
    if not d[i].like_num or i < 3 or d[i - 1].lower_ not in ("no", "no.", "number"):
        return None
    j = i - 2
    while j > 0 and i - j <= 3 and d[j].is_alpha and d[j].pos_ in ("NOUN", "PROPN", "ADJ") and d[j].lower_ != "the":
        j -= 1
    return d[j + 1:i + 1].text if d[j].lower_ == "the" and j < i - 2 else None  # (a modifier: not "the number two")


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


def _person_shaped(name: str) -> bool:
    """Two or three capitalised words, none an organisation's, a business's or a place's word: "Uche Nwafor", not
    "Apex Bank", "The Fund", "Acme Holdings" or "Green Valley"."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(w.isalpha() and w.istitle()
                                        and fold(w) not in lx.ORG_WORDS | lx.ORG_NOUNS | lx.BUSINESS_NAME_WORDS
                                        and w.lower() not in lx.INDEFINITE_DETERMINERS | {"the"} for w in words)


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
    male = male - lx.GENERIC_MASCULINE_TITLES  # ("spokesman Dana Whitlow": a title women are given too)
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
    if titles & (lx.MALE_TITLES - lx.GENERIC_MASCULINE_TITLES):  # ("spokesman Dana Whitlow" may be a woman)
        return "m"
    if titles & lx.FEMALE_TITLES:
        return "f"
    genders = {_first_name_gender(n.split()[0]) for n in person.names} - {None}
    return genders.pop() if len(genders) == 1 else None  # Frank and Carly Fiorina: unknown
