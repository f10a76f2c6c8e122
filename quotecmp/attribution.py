"""Say who said each quotation: quote → mention → speaker, by ordered sieves.

Stage one finds the *mention* of the speaker (the subject of a cue verb, "according to X",
"X: “…”", the speaker of the quote before...). Stage two resolves the mention to a *name*:
a name as written is joined to its fullest form in the article; a pronoun goes to the
subject of the sentences before it that fits its gender; a title ("the Leader", "the
Venezuelan president") goes to the person the article gave that title. An unnamed source
("a senior official") stays unnamed. Each quote records the sieve that decided it.

This module holds stage one, the sieves; ``cues.py`` holds the grammar of cues they read and
``mentions.py`` stage two. It reads spaCy's parse; what it returns holds only strings and offsets.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import lexicon as lx
from .cues import (
    _as_clause,
    _asking_clause,
    _author,
    _descends,
    _inverted_subject,
    _is_cue,
    _is_share,
    _noun_phrase_head,
    _speakerish,
    _subject,
    _written_read,
)
from .mentions import (
    Article,
    FULL_MONTH,
    NAME_LABEL,
    QA_LABEL,
    Resolved,
    _description,
    _first_name_gender,
    _has_title_word,
    _name_key,
    _name_tokens,
    _partitive,
    _past_fronted_phrase,
    _words,
)
from .model import QuoteSpan
from .speech import is_headline
from .tokens import DASHES, NOT_SPEAKERS, QUOTE_MARK_TOKENS, _age_description, fold

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


def _digest_headline(run: str) -> bool:
    """A headline run in capitals at the head of a digest item: at least three words and no small letter
    ("DUNMORE'S LAST STATE OF THE STATE", "UN: PEACEKEEPERS PAYING 13-YEAR-OLDS FOR SEX"), not a transcript's
    speaker label ("MR. HALE:"), nor a dateline ("WASHINGTON (AP) —")."""
    words = run.split()
    return len(words) >= 3 and not any(c.islower() for c in run) and not run.endswith((":", "-", "—", "–")) \
        and "(" not in run and sum(1 for w in words if sum(c.isupper() for c in w) >= 2) >= 2

# After a quote and a dash, the sentence that names whose words they were.
VERDICT = re.compile(r"(?:that|this|those|these|such) (?:was|is|were|are) (?:the |their |his |her )?(?:\w+ )?"
                     r"(?:verdict|view|reaction|response|assessment|words?|message|take|answer|reply) of ", re.I)
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
# The number of an item of a numbered list, opening a heading: "3. ", "12) "
ITEM_NUMBER = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+(?=[A-Z])")
# A quiz's quote, numbered: "3. “…”"; the answer after it: "Answer: …"; the label over the list of answers: "Answers",
# "The answers:", "Answer key"; an item of that list: "3. Ana Ruiz"
QUIZ_ITEM = re.compile(r"[ \t]*(\d{1,2})[.)][ \t]*[“\"]")
ANSWER_LEAD = re.compile(r"[ \t]*(?:Answer|ANSWER)[ \t]*:[ \t]*")
ANSWERS_LABEL = re.compile(r"[ \t]*(?:The |THE )?(?:Answers|ANSWERS|Answer key|ANSWER KEY)\b")
KEY_ITEM = re.compile(r"(?<![\w.])(\d{1,2})[.)][ \t]+(?=[A-Z])")
# A list item opening with a label and a colon before a quote: "Trade: “…”", "2. The media: “…”"
TOPIC_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]*)?([^:“”\"\n]{1,40}):[ \t]*[“\"]")
RUN_IN_CLOSE = re.compile(r"[.!?][”\"][ \t]*$")  # the end of a quoted sentence, right before the next label
# A fact-check's paragraph of the checker's own findings: "THE FACTS:", "The facts:", "Reality:", "Verdict:"
FACT_LABEL = re.compile(r"[ \t]*(?:THE |The )?(?:FACTS?|Facts?|REALITY|Reality|VERDICT|Verdict|TRUTH|Truth)[ \t]*:")
TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3})(?: \([^)]{1,20}\))?:\s")


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



def _apposed_other_name(tok: "Token") -> "Token | None":
    """Two people are never one apposition: in "In an email to the chief of staff, Tom Hale, the aide, Dana Reyes, wrote",
    the name set off after a person's noun in apposition to another name ("Tom Hale, the aide, Dana Reyes") is the one
    the sentence is about, the first closing the phrase before. That second name's last word, or None."""
    if tok.ent_type_ != "PERSON":
        return None
    for c in tok.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > tok.i and c.lemma_.lower() in lx.PERSON_NOUNS:
            for g in c.children:
                if g.dep_ == "appos" and g.i > c.i and g.pos_ == "PROPN" and g.ent_type_ == "PERSON" \
                        and fold(g.text) != fold(tok.text):
                    return g
    return None

def _is_pronoun_text(text: str) -> bool:
    low = text.lower()
    return low in lx.MALE_PRONOUNS | lx.FEMALE_PRONOUNS | lx.PLURAL_PRONOUNS | lx.FIRST_PERSON or low in ("you", "it", "who")


# --- quote → mention: the sieves ------------------------------------------------------------

@dataclass
class _State:
    """What floats from one quote to the next: the current speaker and the paragraph it was set in."""

    resolved: Resolved | None = None
    paragraph: int = -1
    asker: Resolved | None = None  # who asked the current speaker, in reported speech: a quoted question is theirs


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
        self._answers: dict[int, tuple[int, int]] | None = None  # a quiz's quote paragraphs to their answers (_quiz_answers)
        self._owner: str | None = None  # whose lines the lede says the article is made of (_declared_owner)
        self._quoted_in_full: set[str] = set()  # speakers of quotes that open a sentence, read so far (_lines_owner)
        self._full_upto = 0  # how many of self.done were read for them

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
        if hit is None and self._exchange_label(q.paragraph) is not None:
            # "HALE: “…” / HOLT: “…” / HALE: “…”": two taking turns are speakers, named or not
            return self._make("transcript", Resolved(label.title(), "name", (label,)), (m.start(1), m.end(1), label), ":")
        if hit is None or fold(last) not in {fold(w) for n in hit.names for w in n.split()}:
            return None
        res = Resolved(hit.name, "name", (label, hit.name))
        return self._make("transcript", res, (m.start(1), m.end(1), label), ":")

    def _exchange_label(self, k: int) -> "re.Match | None":
        """The label opening paragraph k over a quote, when it is one of two voices taking turns: "HALE: “…” / HOLT:
        “…” / HALE: “…”" (a label, another, the first again, in paragraphs in a row), as a debate or a hearing is set
        out; a list of topics ("Trade: “…” / Jobs: “…”") has the shape of one turn, and does not go back and forth."""
        def label(j: int) -> "tuple[str, re.Match] | None":
            if not 0 <= j < len(self.a.para_bounds):
                return None
            a, b = self.a.para_bounds[j]
            m = NAME_LABEL.match(self.a.text, a)
            if m is None or self.a.text[m.end():b].lstrip()[:1] not in ("“", '"'):
                return None
            return fold(m.group(1)), m

        here = label(k)
        if here is None or FACT_LABEL.match(self.a.text, self.a.para_bounds[k][0]) or any(
                w in lx.PERSON_NOUNS | lx.ROLE_NOUNS | lx.LABEL_NOUNS | lx.SPEECH_ACT_NOUNS for w in here[0].split()):
            return None  # ("Question: / Answer:", "CLAIM: / THE FACTS:", "MODERATOR:": parts, a role, no one's name)
        me = here[0]
        before, after = label(k - 1), label(k + 1)
        other_before = before is not None and before[0] != me
        other_after = after is not None and after[0] != me
        if (other_after and (label(k + 2) or ("",))[0] == me) or (other_before and (label(k - 2) or ("",))[0] == me) \
                or (other_before and other_after and before[0] == after[0]):
            return here[1]
        return None

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
        """The noun's possessor, outside the quotes and not first person ("Hale's post", not "our post"), or the
        one it comes from ("a warning from the Keystone Trade Institute that …")."""
        owner = next((c for c in noun.children if c.dep_ == "poss" and not self.a.in_quote[c.i]
                      and c.lower_ not in lx.FIRST_PERSON), None)
        if owner is None:
            owner = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == noun.i + 1
                          for g in c.children if g.dep_ == "pobj" and not self.a.in_quote[g.i] and g.pos_ == "PROPN"
                          and _speakerish(g)), None)
        return owner

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
        target = None
        for _, cue in sorted(cands, key=lambda c: c[0]):
            subj = _written_read(cue) or _subject(cue, self.a.skip)
            if subj is None and cue.i >= qb:
                subj = _inverted_subject(cue)  # “…,” said David Brock (parsed as the object)
            if subj is None:
                subj = self._known_name_before(cue)
            if subj is not None:
                subj = _apposed_other_name(subj) or subj
            if subj is not None and subj.dep_ == "nsubjpass" and subj.head.i == cue.i \
                    and cue.lemma_.lower() in lx.DESCRIBING_VERBS:
                # "Lasko is described in the memo as “…”": the one described is no speaker; the text it is in speaks
                subj = next((g for c in cue.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                             if g.dep_ == "pobj" and g.lemma_.lower() in lx.READ_SUBJECT_NOUNS and not self.a.in_quote[g.i]),
                            subj)
            if subj is not None and subj.dep_ == "nsubjpass" and subj.head.i == cue.i \
                    and cue.lemma_.lower() in lx.TARGET_VERBS:
                # "Hale was accused of “lying”", "Hale has been called “the Trump of the East”": the one accused or
                # called says nothing; another cue may name who did ("… was branded “…”, Song wrote")
                target = target or (subj, cue)
                continue
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
        if target is not None and not any(t.lower_ == "according" and not self.a.in_quote[t.i] for t in target[1].sent):
            # (no one named: not the one spoken of either; "According to the playbook, staff were told “…”" is the
            # playbook's)
            return self._make("cue", Resolved(None, "unresolved", (f"{target[0].text} (the one {target[1].text})",)),
                              None, target[1])
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
                if subj is not None and subj.lemma_.lower() not in lx.RECORDING_NOUNS:
                    # (not a record of the words: "according to a recording obtained by the newspaper, Hale said")
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
                if subj is None and v.dep_ == "conj" and v.head.dep_ == "ROOT":
                    # "X rejected the tariffs and said …": the verbs share X (not the subject of a reported clause the
                    # verb was joined to, "X said the talks failed and warned …", whose subject is "the talks")
                    subj = next((c for c in v.head.children if c.dep_ == "nsubj" and not self.a.skip[c.i]), None)
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
        turn = self._exchange_label(q.paragraph) if i >= 0 and self.a.text[i] == ":" else None
        if turn is not None and turn.end(1) == i:
            # "Pike: “…” / Gomez: “…” / Pike: “…”": one of two taking turns speaks, though the tagger took the name for a
            # common noun and the article names them nowhere else
            res = self.a.resolve(self.a.token_at(i - 1))
            if not res.name or res.how != "name":
                res = Resolved(turn.group(1), "name", (turn.group(1),))
            return self._make("colon", res, (turn.start(1), turn.end(1), turn.group(1)), ":")
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
                    # "Her answer, as reported by the Daily Ledger:": an utterance owned, opening the clause, is its
                    # owner's words, whoever reported them
                    first = next((t for t in self.doc[sent.start:colon.i] if not t.is_space and not t.is_punct), None)
                    if first is not None and first.dep_ == "poss" and first.head.pos_ == "NOUN" \
                            and fold(first.head.lemma_) in lx.LABEL_NOUNS and not self.a.in_quote[first.i]:
                        owner = self._possessor(first.head)
                        att = self._speaker_or_none("colon", owner, ":") if owner is not None else None
                        if att is not None and att.speaker:
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
            earlier = None if answer else self._topic_label_speaker(q)
            if earlier is not None:
                return earlier
            st = self.state
            before = None if answer else self._topic_before(q)
            if before is not None:
                return before
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
        kicker = self._label_words(tok)
        if len(kicker) >= 2 and all(w.text.isupper() or not w.is_alpha for w in kicker) \
                and any(fold(w.text) in lx.LABEL_NOUNS for w in kicker) \
                and not any(w.ent_type_ == "PERSON" or fold(w.text) in self.a.people for w in kicker):
            return None  # nor a newsletter's feature in capitals ("QUOTE OF THE DAY:", "TWEET DU JOUR:"): its credit does
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
        carrier = prev
        while carrier is not None and carrier.head.i < carrier.i and carrier.head.right_edge.i == prev.i \
                and not self.a.in_quote[carrier.head.i] and carrier.head.pos_ in ("NOUN", "PROPN", "ADP"):
            carrier = carrier.head
        sender = next((g for c in carrier.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == carrier.i + 1
                       for g in c.children if g.dep_ == "pobj" and not self.a.in_quote[g.i] and _speakerish(g)), None) \
            if carrier is not None and carrier is not prev and carrier.pos_ == "NOUN" \
            and fold(carrier.lemma_) in lx.CARRIER_NOUNS and carrier.dep_ in ("dobj", "pobj") else None
        if sender is not None:
            # "Hennessy read aloud a letter from a steel executive in his state: “…”": the letter's writer, not its reader
            res = self.a.resolve(sender)
            if res.name or res.how == "unnamed":
                return self._make("colon", res, self.a.mention_span(sender), ":")
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
            owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON")
                          and c.lower_ not in lx.FIRST_PERSON and not self.a.in_quote[c.i]), None) \
                if subj is not None and subj.pos_ == "NOUN" and fold(subj.lemma_) in lx.LABEL_NOUNS else None
            if owner is not None:
                # "Marchetti’s retort came an hour later in Tampa: “…”": the owner of the utterance the clause is about
                res = self.a.resolve(owner)
                if res.name:
                    return self._make("colon", res, self.a.mention_span(owner), None)
            if subj is not None and subj.lower_ not in lx.DEMONSTRATIVES and _speakerish(subj):
                res = self.a.resolve(subj)
                if res.name:
                    return self._make("colon", res, self.a.mention_span(subj), None)
            break
        return None

    def _topic_label_speaker(self, q: QuoteSpan) -> Attribution | None:
        """The speaker of the quote under the topic label before, a few paragraphs up ("On trade: “…” / Her spokeswoman,
        Tara Lind, called it "disqualifying." / On his critics: “…”"): the lines under topic labels are one person's,
        not those of one the reporter's paragraph between quoted or talked about, when the lede says the article is
        made of that one's lines ("Tom Hale in his own words"): in a story of a forum, "Gov. Ann Holt followed him. /
        On trade: “…”" is the next candidate's."""
        owner = self._declared_owner()
        if owner is None:
            return None
        for before, att in reversed(self.done):
            if q.paragraph - before.paragraph > 6:
                return None
            if before.paragraph == q.paragraph or att.sieve != "colon" or att.speaker != owner:
                continue
            if self._under_topic_label(before):
                return self._make("colon", Resolved(att.speaker, att.resolution or "name",
                                                    (att.speaker + " (on the topic before)",)), None, ":")
        return None

    def _under_topic_label(self, q: QuoteSpan) -> bool:
        """Does the quote open its paragraph after a topic label ("On trade: “…”", "Immigration: “…”")?"""
        lead = self.a.text[self.a.para_bounds[q.paragraph][0]:q.outer_start].rstrip()
        if not lead.endswith(":"):
            return False
        colon = self.a.token_at(self.a.para_bounds[q.paragraph][0] + len(lead) - 1)
        return colon.text == ":" and (self._topic_label(colon) or self._noun_topic_label(colon))

    def _topic_before(self, q: QuoteSpan) -> Attribution | None:
        """The lines under topic labels are one source's (a platform's planks, a list of someone's remarks): the source of
        the topic-labelled quote before, when the current speaker is not theirs. A topic quote no one was given keeps the
        next without a speaker ("On trade: “…” / Sen. Ann Holt said she was disappointed. / On energy: “…”": not Holt's),
        and one the reporter quoted between them does not take the next topic ("On trade: “…” / Chairman Tom Hale said it
        reflects “…” / On energy: “…”"). One introduced by a paragraph of their own after a topic quote with a speaker
        does ("Gov. Ann Holt followed him. / On trade: “…”" in a story of a forum)."""
        st = self.state
        current = st.resolved.name if st.resolved is not None else None
        last = self.done[-1] if self.done else None
        for before, att in reversed(self.done):
            if q.paragraph - before.paragraph > 6:
                return None
            if before.paragraph == q.paragraph or not self._under_topic_label(before):
                continue
            if att.speaker == current:
                return None
            if att.speaker is None:
                return self._make("colon", Resolved(None, "unresolved", ("no one (on the topic before)",)), None, ":")
            if last is not None and last[0] is not before and not self._under_topic_label(last[0]) \
                    and last[1].speaker == current:
                return self._make("colon", Resolved(att.speaker, att.resolution or "name",
                                                    (att.speaker + " (on the topic before)",)), None, ":")
            return None
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
        that person speaks, and the quotes after it until the next heading. Under a numbered item's heading the one
        it is about speaks ("3. Dale Okoro on the border"; ``_item_subject``); under headings that are topics, the
        one named after the quote in a numbered list of moments (``_named_after``) or the one whose lines the lede
        says they are (``_topic_speaker``)."""
        a, _ = self.a.para_bounds[q.paragraph]
        if q.paragraph < 2 or self.a.text[a:q.outer_start].strip():
            return None
        if q.paragraph - 1 not in self._heading_paragraphs() or len(self._heading_paragraphs()) < 2:
            return None  # one such paragraph is a byline ("Ana Ruiz" under the headline); a roundup has several
        if self._topics is None:  # once per article
            # (most of them: one section heading, "Reaction", among a roundup's names is no list of topics)
            heads = self._heading_paragraphs()
            self._topics = 2 * sum(1 for k in heads if self._topic_heading(k)) >= len(heads)
        if self._topics:  # "Immigration", "The Iran deal" among them: topics, not names (a name one of them)
            return self._named_after(q) or self._topic_speaker(q)
        if q.paragraph - 1 in self._credit_lines().values():
            return None  # the name under the quote before, credited with it: "“…” / Ana Ruiz / “…” / Ray Tillis"
        t = self._name_line(q.paragraph - 1)
        item = t is None
        if t is None:
            t = self._item_subject(q.paragraph - 1)
        if t is None:
            return None
        res = self.a.resolve(t)
        if res.name and res.how == "name" and item and not (t.dep_ == "nsubj" and t.head.pos_ == "VERB") \
                and self._speaks_of(q, res.name):
            # "1. Tom Hale on the defensive / “He had no answers.” / Gov. Ann Holt pounced …": the one the item is
            # about, spoken of as "he" by a quote with no "I", is talked about; the one after the quote said it (not
            # one the heading has do something: "1. Tom Hale goes after the front-runner / “He has never run anything.”")
            return self._named_after(q)
        if res.name and res.how == "name":
            return self._make("heading", res, self.a.mention_span(t), None)
        return None

    def _speaks_of(self, q: QuoteSpan, name: str) -> bool:
        """Does the quote speak of the person only in the third person, by a pronoun of their sex, with no "I" or
        "we" of its own ("He had no answers.")?"""
        a, b = self.a.token_range(q.start, q.end)
        words = {t.lower_ for t in self.a.tokens[a:b]}
        mine = {"m": lx.MALE_PRONOUNS, "f": lx.FEMALE_PRONOUNS}.get(self.a._gender_of(name) or "", frozenset())
        return bool(words & mine) and not words & lx.FIRST_PERSON

    def _named_after(self, q: QuoteSpan) -> Attribution | None:
        """A list of moments under headings that name no one ("3. The moment of silence / “…” / Walt Hale, 74, paused for
        ten seconds …"): the person the paragraph after the quote opens with, as its subject, is the one who said it,
        when the lede gives the lines to no one and the heading is numbered as a list's item (a story's subheading,
        "Jobs / “…” / Gov. Ann Holt disputed the claim.", sets a section, not a moment of the one named after it)."""
        b = self.a.para_bounds[q.paragraph][1]
        if q.paragraph + 1 >= len(self.a.para_bounds) or self.a.text[q.outer_end:b].strip(" \t\n\"”.,") \
                or ITEM_NUMBER.match(self.a.text, self.a.para_bounds[q.paragraph - 1][0]) is None \
                or self._declared_owner() is not None:
            return None
        ta, tb = self.a.token_range(*self.a.para_bounds[q.paragraph + 1])
        j = bisect.bisect_right(self.a.sent_starts, ta) - 1
        if j < 0 or self.a.sents[j].start < ta or any(self.a.in_quote[self.a.sents[j].start:self.a.sents[j].end]):
            return None
        res = self.a.sentence_subject(self.a.sents[j])
        if res is None or not res.name or res.how != "name":
            return None
        return self._make("heading", Resolved(res.name, "name", (res.name + " (named after)",)), None, None)

    def _topic_speaker(self, q: QuoteSpan) -> Attribution | None:
        """The speaker of a quote opening a topic's section ("On immigration / “…” / (a paragraph naming others) / On
        trade / “…”"): the person who spoke the quote opening the topic before, whose lines the lede says the article
        sets under its topics ("X, in her own words"), not one the reporter's paragraph between talked about."""
        heads = self._heading_paragraphs()
        speaker = None
        for earlier, found in reversed(self.done):
            a = self.a.para_bounds[earlier.paragraph][0]
            if earlier.paragraph - 1 in heads and not self.a.text[a:earlier.outer_start].strip():
                # (each uncued and the same one's: an item whose quote the article credits, "That was Gina Holt, going
                # after …", is one of a list of several people's moments)
                if not found.speaker or found.speaker_kind != "person" or found.sieve not in ("continuation", "heading") \
                        or found.speaker != (speaker or found.speaker):
                    return None
                speaker = found.speaker
        if speaker is None or speaker != self._declared_owner():
            return None  # (a story's subheadings, whose lede gives the lines to no one, are no list of one person's)
        return self._make("heading", Resolved(speaker, "name", (speaker + " (under the topic before)",)), None, None)

    def _item_subject(self, k: int) -> "Token | None":
        """The one a numbered item's heading is about, in a list of several ("3. Dale Okoro on the border",
        "1. Ana Ruiz goes after the front-runner", "6. Ruiz's closing"): the first person it names, the name's last
        word, when that person is neither an object ("4. A jab at Ruiz", "2. Okoro mocks Ruiz") nor one of two
        ("5. Ruiz and Okoro trade barbs"). The quote the item opens with is theirs, not that of one the paragraph
        before it talked about."""
        a, b = self.a.para_bounds[k]
        if ITEM_NUMBER.match(self.a.text, a) is None \
                or sum(1 for j in self._heading_paragraphs() if ITEM_NUMBER.match(self.a.text, self.a.para_bounds[j][0])) < 2:
            return None
        ta, tb = self.a.token_range(a, b)
        for t in self.doc[ta:tb]:
            if not (t.ent_type_ == "PERSON" or (t.text[:1].isupper() and fold(t.text) in self.a.people)):
                continue
            while t.i + 1 < tb and self.doc[t.i + 1].ent_type_ == "PERSON" and self.doc[t.i + 1].ent_iob_ == "I":
                t = self.doc[t.i + 1]  # the surname
            if t.dep_ in ("pobj", "dobj", "dative", "conj") or any(c.dep_ == "conj" for c in t.children):
                return None
            return t
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

    def _quiz_answers(self) -> dict[int, tuple[int, int]]:
        """A "who said it?" quiz, its quotes numbered paragraphs of their own ("3. “…”"), and the answer to each: a
        paragraph after it opening "Answer:" ("Answer: Gov. Ana Ruiz, at a forum in Dover."), or an item of the same
        number in the answers the article lists after a paragraph opening "Answers" ("1. Ana Ruiz. 2. Ray Tillis.").
        Each quote paragraph to the stretch of text that names the one who said it."""
        if self._answers is None:
            self._answers = {}
            bounds, text = self.a.para_bounds, self.a.text
            numbered: dict[str, int] = {}
            for k, (a, b) in enumerate(bounds):
                m = QUIZ_ITEM.match(text, a)
                if m is not None and text[a:b].rstrip(" \t.").endswith(("”", '"')):
                    numbered[m.group(1)] = k
            if len(numbered) < 2:
                return self._answers
            for k in numbered.values():
                m = ANSWER_LEAD.match(text, bounds[k + 1][0]) if k + 1 < len(bounds) else None
                if m is not None:
                    self._answers[k] = (m.end(), bounds[k + 1][1])
            label = next((k for k in range(max(numbered.values()) + 1, len(bounds))
                          if ANSWERS_LABEL.match(text, bounds[k][0])), None)
            for a, b in bounds[label or len(bounds):]:
                if any(m in text[a:b] for m in "“”\""):
                    continue
                items = list(KEY_ITEM.finditer(text, a, b))
                for m, nxt in zip(items, items[1:] + [None]):
                    if m.group(1) in numbered and numbered[m.group(1)] not in self._answers:
                        self._answers[numbered[m.group(1)]] = (m.end(), nxt.start() if nxt is not None else b)
        return self._answers

    def _answer_name(self, a: int, b: int) -> "Token | None":
        """The first person a quiz's answer names: the name's last word (a run of proper nouns the recogniser left
        untagged is a name there too: "Answer: Otis Brandt, in an interview")."""
        ta, tb = self.a.token_range(a, b)
        for t in self.doc[ta:tb]:
            if t.ent_type_ == "PERSON" or (t.text[:1].isupper() and fold(t.text) in self.a.people):
                while t.i + 1 < tb and self.doc[t.i + 1].ent_type_ == "PERSON" and self.doc[t.i + 1].ent_iob_ == "I":
                    t = self.doc[t.i + 1]  # the surname
                return t
            if t.pos_ == "PROPN" and t.text[:1].isupper() and fold(t.text).rstrip(".") not in lx.HONORIFICS:
                while t.i + 1 < tb and self.doc[t.i + 1].pos_ == "PROPN" and self.doc[t.i + 1].text[:1].isupper():
                    t = self.doc[t.i + 1]
                return t
        return None

    def _credit(self, q: QuoteSpan) -> Attribution | None:
        """A quote in a "what they said" box, credited by the name line under it (see ``_credit_lines``), or a quiz's
        quote, credited by its answer (see ``_quiz_answers``)."""
        k = self._credit_lines().get(q.paragraph)
        if k is None:
            span = self._quiz_answers().get(q.paragraph)
            t = self._answer_name(*span) if span is not None else None
            res = self.a.resolve(t) if t is not None else None
            if res is None or res.name is None or res.how != "name":
                return None
            return self._make("heading", res, self.a.mention_span(t), None)
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
        before = self.a.text[para_start:words[0].idx]
        if mark.text == "?" or (before.strip() and not self._run_in_label(para_start, before)):
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

    def _run_in_label(self, para_start: int, before: str) -> bool:
        """Does a label follow the quote of another label in one paragraph ("Hale: “…” Ruiz: “…”"): the
        paragraph opens with a label and a quote, and the text before this label ends with a quote's close?"""
        return TOPIC_ITEM.match(self.a.text, para_start) is not None and RUN_IN_CLOSE.search(before) is not None

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
        if words and words[0].lower_ == "from" and not any(t.pos_ in ("VERB", "AUX") for t in clause):
            # "From the Transit Riders Union:", "From Sen. Tom Hale:" over the words: the one they come from (a document
            # of theirs is found below: "From Hale's Facebook post:")
            src = next((c for c in words[0].children if c.dep_ == "pobj" and not self.a.in_quote[c.i]
                        and (c.ent_type_ in ("PERSON", "ORG") or c.pos_ == "PROPN")), None)
            if src is not None and src.lemma_.lower() not in lx.READ_SUBJECT_NOUNS:
                return src
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
            or head.dep_ == "dative" or (head.dep_ == "pobj" and head.head.dep_ in ("prep", "dative") and head.head.head.pos_ == "VERB") \
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
            return self._plain_credit(q)
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

    def _plain_credit(self, q: QuoteSpan) -> Attribution | None:
        """A credit with no dash after a quote ending its sentence, the rest of the paragraph a name and where or
        when, no verb of its own ("“We are going to win this thing.” Hale, accepting the nomination in Cleveland."):
        that person, not a name the paragraph before talked about."""
        a, b = self.a.token_range(q.outer_end, self.a.para_bounds[q.paragraph][1])
        toks = [t for t in self.doc[a:b] if not t.is_space]
        if not toks or self.a.text[q.start:q.end].rstrip()[-1:] not in (".", "!", "?") \
                or not self.a.text[q.outer_end:toks[0].idx].strip(" \t") == "" or toks[-1].text != "." \
                or any(t.tag_ in ("VBD", "VBZ", "VBP", "VBN", "MD") or self.a.in_quote[t.i] or self.a.is_cue_at(t.i)
                       for t in toks):
            return None  # (a cue after the name is the next sentence's: "“…” Murphy, the group's head, Tweeted on Friday.")
        t = toks[0]
        while t.pos_ == "PROPN" and t.i + 1 < b and self.doc[t.i + 1].pos_ == "PROPN":
            t = self.doc[t.i + 1]  # past a title and a first name: "Sen. Ray Tillis"
        if not (t.ent_type_ == "PERSON" or (t.text[:1].isupper() and fold(t.text) in self.a.people)) \
                or t.i + 1 >= b or self.doc[t.i + 1].text != ",":
            return None
        res = self.a.resolve(t)
        if res.name is None or res.how != "name":
            return None
        return self._make("dash", res, self.a.mention_span(t), None)

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
                    res = self.a.resolve(sign) if sign.i != anc.head.i else \
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
                        if subj.dep_ == "nsubjpass" and subj.head.i == anc.i and anc.lemma_.lower() in lx.TARGET_VERBS:
                            # "Hale has been criticized as “out of touch”": the one criticized says nothing
                            return self._make("subject", Resolved(None, "unresolved", (f"{subj.text} (the one {anc.text})",)),
                                              None, None)
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
        if st.resolved.name is None and st.resolved.how == "unresolved":
            # one of those a sentence named with "or", who goes on as long as such quotes follow each other
            self.state = _State(st.resolved, q.paragraph)
            return self._make("continuation", st.resolved, None, None)
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
        owner = None if same_paragraph else self._lines_owner(q)
        if owner is not None:
            return self._make("continuation", Resolved(owner, "name", (owner + " (whose lines these are)",)), None, None)
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

    def _lines_owner(self, q: QuoteSpan) -> str | None:
        """In an annotated speech or an interview's write-up, uncued quotes standing as paragraphs of their own with
        the reporter's paragraphs between ("“…” / Ruiz opened warmly, a jab at her rival, Tom Hale. / “…”"): the next
        such quote is the speaker's of the one before, not one the reporter's paragraphs talked about. One a sentence
        of those paragraphs has as its subject still takes the floor ("Hale then turned to trade."), unless the lede
        gave the lines to the one before ("Below are her remarks, annotated."; see ``_declared_owner``), and so does
        one the article quoted in full before, one of the voices of a debate ("“…, Walt.” / At one point Holt tried to
        move on, but Hale interrupted her. / “…”")."""
        name = self.state.resolved.name if self.state.resolved else None
        k = q.paragraph - 1
        if name is None or not self.done:
            return None
        for earlier, found in self.done[self._full_upto:]:  # (each quote read once, not once per quote after it)
            if found.speaker and found.sieve != "nested" and self.a.text[
                    self.a.para_bounds[earlier.paragraph][0]:earlier.outer_start].rstrip()[-1:] in ("", ".", "!", "?", "”", '"'):
                self._quoted_in_full.add(found.speaker)
        self._full_upto = len(self.done)
        if name in self._quoted_in_full:
            return None  # "“It is dead,” Hale told reporters. / “…”": Hale goes on (not a term woven into a sentence)
        owner = None
        for earlier, found in reversed(self.done):
            if q.paragraph - earlier.paragraph > 6:
                return None
            a, b = self.a.para_bounds[earlier.paragraph]
            # (a quote may open as an item of a list: "• “…”", "2. “…”")
            if (earlier.outer_start == a or LIST_MARK.fullmatch(self.a.text, a, earlier.outer_start)) \
                    and not self.a.text[earlier.outer_end:b].strip(" \t\n\"”.,") \
                    and found.sieve in ("continuation", "heading") and found.speaker_kind == "person":
                owner = found.speaker
                break
        if owner is None or owner == name or earlier.paragraph >= k:
            return None
        if owner == self._declared_owner() and k not in self._heading_paragraphs():
            return owner  # the lede gave the lines to them ("Below are her remarks, annotated."): talk of others between
        # one a sentence of the reporter's paragraphs since that quote has as its subject or the subject of a cue, not
        # only the first of the paragraph just before ("The race has tightened. Gov. Ann Holt, in Toledo, attacked his
        # record. / “…”", "Holt said Hale had never created a job. / Polls show the race tightening. / “…”": Holt's
        # words; "… / Rebuilding / “…”", "… / 5. The moderator loses control / “…”": past a heading, and in it)
        ta, tb = self.a.token_range(self.a.para_bounds[earlier.paragraph + 1][0], self.a.para_bounds[k][1])
        j = bisect.bisect_right(self.a.sent_starts, ta) - 1
        while j < len(self.a.sents) and self.a.sents[j].start < tb:
            sent = self.a.sents[j]
            j += 1
            res = self.a.sentence_subject(sent)
            if res is not None and res.name == name:
                return None
            for i in range(sent.start, sent.end):
                if not self.a.in_quote[i] and self.a.is_cue_at(i):
                    subj = _subject(self.a.tokens[i], self.a.skip)
                    asked = self.a.asked_one(self.a.tokens[i])
                    if any(t is not None and self.a.resolve(t).name == name for t in (subj, asked)):
                        return None
        return owner

    def _declared_owner(self) -> str | None:
        """The person whose lines the article says it is made of, in its headline or its first two paragraphs, by a
        possessive before a noun for their words ("Below is a transcript of her remarks", "Here are his best lines",
        "Ann Holt, in her own words"): a name. The noun must be set out as what follows, "own" words, a headline's
        noun phrase, after "here" or "below", or what someone annotated, not one the lede talks about ("Hale's remarks
        drew a rebuke", "In her speech to volunteers, she …")."""
        if self._owner is None:
            self._owner = ""
            bounds = self.a.para_bounds
            ta, tb = self.a.token_range(bounds[0][0], bounds[min(2, len(bounds) - 1)][1])
            for t in self.a.tokens[ta:tb]:
                if t.lemma_.lower() in lx.OWN_LINES_NOUNS and t.pos_ in ("NOUN", "PROPN") and not self.a.in_quote[t.i]:
                    h = t
                    while h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.i != h.head.i:
                        h = h.head.head  # "a transcript of her remarks"
                    if not (any(c.lower_ == "own" for c in t.children) or h.dep_ == "ROOT"
                            or h.head.lemma_.lower() in lx.OWN_LINES_LEADS
                            or (h.head.lemma_ == "be" and any(c.lower_ in lx.OWN_LINES_LEADS for c in h.head.children))):
                        continue
                    owner = next((c for c in t.children if c.dep_ == "poss"), None)
                    res = self.a.resolve(owner) if owner is not None else None
                    if res is not None and res.name and res.how in ("name", "pronoun"):
                        self._owner = res.name
                        break
        return self._owner or None

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
                root = _apposed_other_name(ent.root) or ent.root
                res = self.a.resolve(root)
                if res.name:
                    return self._make("nearest", res, self.a.mention_span(root), None)
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
            while (first.is_space or first.text in QUOTE_MARK_TOKENS) and first.i + 1 < len(self.doc):
                first = self.doc[first.i + 1]
            if first.lower_ != "under" or first.dep_ != "prep" or self.a.in_quote[first.i]:
                continue
            text = next((c for c in first.children if c.dep_ == "pobj" and c.lemma_.lower() in lx.LEGAL_TEXT_NOUNS), None)
            owner = self._possessor(text) if text is not None else None
            if owner is not None and (owner.ent_type_ == "PERSON" or owner.pos_ == "PRON"
                                      or (owner.text[:1].isupper() and fold(owner.text) in self.a.people)):
                # "Under Ruiz's plan, families would save “…”": the plan's author's claim, not the plan
                return self._speaker_or_none("nearest", owner, None)
            if text is not None:
                res = self.a.resolve(text)
                # a named act is no one's name: "the Clean Water Act" as written; nor is a place's law its place's
                # words: "Under Florida's new law" as written
                if res.how not in ("unnamed", "org") or owner is not None:
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
                    if any(c.dep_ == "mark" and c.lower_ in lx.UNASSERTING_MARKS for c in tok.children):
                        talked_of = True
                        continue  # "Reporters asked whether Hale or Holt wrote the memo": asked or supposed, not done
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
                    if subj is not None and any(t.dep_ == "cc" and t.lower_ == "or"
                                                for c in (subj, *subj.conjuncts) for t in c.children):
                        # "Each was said by Ann Holt, Tom Hale or Ray Pike.": one of them, no telling which
                        said = Resolved(None, "unresolved", (self.a._mention_text(subj) + " or another",))
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
                        and not self._died(sent) and not self._backstory(sent, res.name):
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

    def _backstory(self, sent: "Span", name: str) -> bool:
        """Is the sentence back-story about someone of the current speaker's, in the past perfect ("Gov. Ann Holt sat
        down with the Courier. / “…” / Her predecessor, Tom Hale, had left under a cloud. / “…”")? The one described
        by the speaker's pronoun is talked about, and the speaker goes on."""
        st = self.state
        if st.resolved is None or not st.resolved.name or st.resolved.name == name:
            return False
        root = sent.root
        if root.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ == "had" for c in root.children):
            return False
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        # (the pronoun on the subject or on its apposition: "Tom Hale, her predecessor, had left")
        heads = [subj, *(c for c in subj.children if c.dep_ == "appos")] if subj is not None else []
        poss = next((c for h in heads for c in h.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        return poss is not None and self.a.resolve(poss).name == st.resolved.name

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
