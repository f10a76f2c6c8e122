"""The cue grammar: which token reports speech ("said", "according to", "a banner read") and which
token is its subject, repairing the parses that spaCy's small model gets wrong in news prose.

Plain functions over spaCy tokens; the sieves in attribution.py call them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from . import lexicon as lx
from .tokens import DASHES, NOT_SPEAKERS, QUOTE_MARK_TOKENS, _age_description, fold

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token


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
    if tok.pos_ == "NOUN" and tok.lower_ in lx.SPEECH_VERB_FORMS and tok.i > 0 and (
            tok.doc[tok.i - 1].pos_ in ("PROPN", "PRON") or tok.doc[tok.i - 1].ent_type_ == "PERSON"):
        return True  # "Conway notes": a verb the tagger took for a plural noun (and the name, maybe, for a common one)
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
    if lemma == "go" and tok.pos_ == "VERB":
        saying = [c for c in tok.children if c.dep_ in ("nsubj", "attr") and c.lemma_.lower() in lx.SAYING_NOUNS]
        start = min([tok.i] + [c.left_edge.i for c in saying if c.i < tok.i])
        if saying and start > 0 and tok.doc[start - 1].text in QUOTE_MARK_TOKENS \
                and not (tok.dep_ in ("ccomp", "parataxis") and tok.head.i > tok.i and _is_cue(tok.head)
                         and any(c.dep_ == "nsubj" for c in tok.head.children)):
            # "“…,” goes the old saying", "“…,” the joke goes": right after the quote it closes (not "“…,” the line
            # goes, he said", someone's saying that someone tells)
            return True
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
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in lx.WORDING_NOUNS | lx.TELLING_NOUNS and tok.head.lower_ == "in" \
            and tok.dep_ == "pobj":
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
    heard = _heard_speaking(tok, in_quote) or _quoted_as_saying(tok, in_quote)
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
            subj = _participle_taken_for_subject(v, _verb_taken_for_subject(subj, in_quote), in_quote)
        if subj is not None and subj.pos_ == "PROPN":
            subj = _after_dashes(subj, in_quote)
            subj = _officer_named_last(subj)
            subj = _compared_before(subj, in_quote)
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
            if in_quote[v.head.i]:
                # "“… a strategy …,” Nils Marten, the pollster who founded X, tweeted" with the verb hung from a noun
                # inside the quote: the phrase that ends right before the verb
                return _phrase_before(v, in_quote, participle=True) if v is tok else None
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


def _participle_taken_for_subject(v: "Token", subj: "Token", in_quote: list[bool]) -> "Token":
    """"Informed of the result, Early described it as …" with the opening participle parsed as the subject and
    the name before the verb as an adverb: the capitalised word right after the participle's comma."""
    doc = v.doc
    if subj.tag_ not in ("VBN", "VBG") or not subj.is_sent_start or v.i < 3 or subj.right_edge.i not in (v.i - 3, v.i - 2):
        return subj
    name = doc[v.i - 1]
    if doc[v.i - 2].text != "," or not name.text[:1].isupper() or name.pos_ not in ("PROPN", "ADV", "ADJ", "NOUN") \
            or in_quote[name.i]:
        return subj
    return name


def _compared_before(subj: "Token", in_quote: list[bool]) -> "Token":
    """"Unlike Lanier, Sen. Pat Hennessy called …", the opening phrase's name parsed as the subject and the real
    subject as its apposition: the one named after the comma."""
    like = subj.doc[subj.left_edge.i]
    if like.lower_ not in ("like", "unlike") or like.i != subj.i - 1 or not like.is_sent_start:
        return subj
    appos = next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i and not in_quote[c.i]
                  and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN")), None)
    return appos if appos is not None else subj


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
        # "labeled a “witch hunt” by Democrats", "accused of “lying” by his rival": the parser hangs the agent on the
        # quoted words
        agent = next((t for t in v.subtree if t.lower_ == "by" and t.dep_ == "prep" and in_quote[t.head.i]
                      and not in_quote[t.i] and (t.head.head.i == v.i or (t.head.head.lower_ in ("as", "of") and t.head.head.head.i == v.i))), None)
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
    if v.i > 0 and (v.doc[v.i - 1].pos_ in ("PROPN", "PRON") or (v.pos_ == "NOUN" and v.doc[v.i - 1].ent_type_ == "PERSON")) \
            and not in_quote[v.i - 1] \
            and (v.pos_ == "NOUN" or (v.tag_ in ("VBD", "VBZ", "VBP") and v.doc[v.i - 1].dep_ in ("compound", "advmod", "npadvmod", "nmod"))):
        return v.doc[v.i - 1]  # "Conway notes"; "Black Lives Matter issued" with the subject parsed as a modifier
    prev = v.doc[v.i - 1] if v.i > 0 else None
    if prev is not None and v is tok and v.i >= 3 and prev.text[:1].isupper() and prev.text.isalpha() and not in_quote[prev.i] \
            and v.tag_ in ("VBD", "VBZ") and v.doc[v.i - 2].text in QUOTE_MARK_TOKENS and v.doc[v.i - 3].text in (",", "?", "!") \
            and prev.text != "I":
        # "“…,” From said." with the surname tagged as a preposition or an auxiliary: the one capitalised word between
        # the quote's close and its cue is the speaker
        return prev
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
        subj = _name_before_apposition(v, in_quote) or _fronted_verb_in_name(v, in_quote)
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


def _quoted_as_saying(v: "Token", in_quote: list[bool]) -> "Token | None":
    """"Reuters quoted Boyce as saying “…”": the one quoted speaks, not the one quoting (the object of "quote" or
    "cite" before "as" and the speech verb)."""
    if v.tag_ != "VBG" or v.head.lower_ != "as" or v.head.head.lemma_.lower() not in lx.QUOTING_VERBS:
        return None
    return next((d for d in v.head.head.children if d.dep_ == "dobj" and not in_quote[d.i]), None)


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
    if v.tag_ != "VBG" or occasion.pos_ != "NOUN" or occasion.dep_ != "pobj" \
            or (_speakerish(occasion) and not (occasion.lemma_.lower() in lx.OCCASION_PERSON_NOUNS
                                               and occasion.head.lower_ in ("at", "during"))) \
            or occasion.head.lower_ not in ("at", "during", "on", "in") or occasion.head.i == 0:
        return None
    name = v.doc[occasion.head.i - 1]
    if name.pos_ == "PROPN" and name.ent_type_ not in NOT_SPEAKERS | {"GPE", "LOC", "FAC"} \
            and name.text[:1].isupper() and not in_quote[name.i]:
        return name  # (not a place: "Brandt in Ohio at a rally saying")
    verb = occasion.head.head
    if verb.pos_ == "VERB" and occasion.head.dep_ == "prep":
        # "Marchetti was overheard at a fundraiser in the Hamptons telling a donor": the one the occasion's verb is about
        return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN"
                     and c.ent_type_ not in NOT_SPEAKERS | {"GPE", "LOC", "FAC"} and not in_quote[c.i]), None)
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
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in lx.OBTAINING_VERBS:
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
            if name is not None and (name.ent_type_ == "PERSON" or ((age or _right_after_quote(name, in_quote))
                                                                    and name.pos_ == "PROPN" and name.text[:1].isupper()) or (
                    name.is_sent_start and name.text[:1].isupper() and name.pos_ in ("PROPN", "ADJ") and not name.is_stop
                    and not name.ent_type_ and name.dep_ not in ("nsubj", "nsubjpass")) or (
                    # "A senior adviser, granted anonymity to speak candidly, told …": the noun for a person made the
                    # subject of the aside, parsed as a clause of the cue
                    name.tag_ == "NN" and name.lemma_.lower() in lx.PERSON_NOUNS and name.dep_ == "nsubj"
                    and name.head.dep_ in ("ccomp", "advcl") and name.head.head.i == v.i)) \
                    and not in_quote[name.i] and name.sent.start == v.sent.start:
                return name
            return None
    return None


def _fronted_verb_in_name(v: "Token", in_quote: list[bool]) -> "Token | None":
    """"Said Haskell, “…”": the fronted verb taken as the first word of the name after it (the recogniser tags
    "Said Haskell" as one person). The name speaks when a comma or colon and the quote follow it, and the
    name's own verb is inside the quote (not "Said Karimi, the chief negotiator, said …", a person)."""
    doc = v.doc
    h = v.head
    if v.dep_ != "compound" or not v.is_sent_start or h.pos_ != "PROPN" or not 0 < h.i - v.i <= 3:
        return None
    if any(t.pos_ != "PROPN" for t in doc[v.i + 1:h.i]) or h.i + 2 >= len(doc) or doc[h.i + 1].text not in (",", ":"):
        return None
    if not in_quote[h.i + 2] and doc[h.i + 2].text not in QUOTE_MARK_TOKENS:
        return None
    return h if in_quote[h.head.i] or h.head.i == h.i else None


def _right_after_quote(name: "Token", in_quote: list[bool]) -> bool:
    """Does the proper name ``name`` (with the proper nouns before it) follow a quotation's closing mark, as in
    "“…,” Tom Hale III, founder of X, tells …" (the recogniser may not tag an unfamiliar name there)?"""
    doc = name.doc
    first = name
    while first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and not in_quote[first.i - 1] and name.i - first.i < 4:
        first = doc[first.i - 1]
    return first.i > 0 and doc[first.i - 1].text in QUOTE_MARK_TOKENS


def _phrase_before(v: "Token", in_quote: list[bool], participle: bool = False) -> "Token | None":
    """A cue verb the parser gave no subject: the noun phrase that ends right before it, hung
    elsewhere as an apposition or a conjunct ("hosts X and Y, the candidate stated"); with ``participle``,
    also a verb tagged as a past participle."""
    if v.i == 0 or v.tag_ not in (("VBD", "VBZ", "VBP", "VBN") if participle else ("VBD", "VBZ", "VBP")):
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
            or lemma in lx.READ_SUBJECT_NOUNS or tok.lower_ in lx.PERSON_NOUNS
            # ("Pruitt’s running mate, Sen. Tom Kearney,": a noun a person's name is in apposition to)
            or (tok.pos_ == "NOUN" and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children)))


def _inverted_subject(v: "Token") -> "Token | None":
    """“…?” asked the boy: the parser may take the speaker after the verb for its object."""
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in v.children):
        return None  # an infinitive does not invert: "professing a “sincere belief” to deny services" is no one's
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
