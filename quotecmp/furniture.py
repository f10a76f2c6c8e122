"""Find site furniture in an article's plain text: what the page put around the article.

Saved and scraped articles carry lists of other stories' headlines ("Related News",
"Recent Posts", "You might also like"), comment forms, subscribe and share prompts,
bylines, editorial-staff and author blurbs, licence and copyright lines, source lines and
timestamps. A quotation inside them is not the article's: ``furniture_spans`` returns
where they are, with a short reason, and the extractor marks quotes inside them
``speech=false``.

The rules are general ones about how pages are built, each cautious on its own: a block
must be announced by a header that names a link list, or look like one (short headline
lines with timestamps or truncated teasers), or use the fixed vocabulary of forms and
prompts. A real article paragraph (a long line of sentences) is never taken.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Furniture
from .outlets import parse_date_line
from .quotes import paragraphs

# ---------------------------------------------------------------------------------------------
# Vocabulary: each pattern matches a whole line (after stripping bullets and arrows).

_LEAD = r"^[\s\W_]*?"  # bullets, arrows, pipes before the words
_END = r"[\s:»›>|.…\W_]*$"

# Headers that announce a list of links to other stories.
_LIST_HEADER = re.compile(
    _LEAD + r"(?:related(?: news| articles?| stories| posts| content| coverage| topics| links| reading| videos?)?"
    r"|recent(?:ly)? (?:posts|news|articles|stories|updates)|latest(?: news| posts| articles| stories| updates)?"
    r"|more(?: news| articles| stories| posts| videos| headlines| on this(?: story| topic)?"
    r"| from [\w .'’&-]{1,40}| in [\w .'’&-]{1,30}| like this)"
    r"|you (?:might|may|could|will) (?:also )?(?:like|enjoy|love|be interested in)|also (?:read|see|on [\w .'’-]{1,30})"
    r"|(?:see|read) (?:also|more|next)|read next|what to read next|up next|further reading|recommended(?: for you"
    r"| stories| articles| reading| videos)?|(?:most|more) (?:read|popular|viewed|watched|shared|commented|emailed)"
    r"|popular(?: now| posts| stories| news| articles| today)?|trending(?: now| stories| news| topics)?"
    r"|top (?:stories|news|picks|headlines)|editor'?s?’?s? (?:picks?|choice)|don'?’?t miss|in case you missed it"
    r"|in other news|(?:other|similar|suggested|recommended) (?:news|articles|stories|posts|videos)"
    r"|tags?|keywords|topics|categories|filed under|share this(?: article| story| post)?|share on|follow us"
    r"|newsletter|comments?(?: \(\d+\))?|\d+ comments?|(?:leave|post|add|write) (?:a|your) (?:reply|comment|response)"
    r"|news ?feed|headlines|just in|breaking(?: news)?|previous (?:post|article)|next (?:post|article))" + _END,
    re.I)
# The same words as a prefix of one line: "Related: Leader meets ...", "READ MORE: ...".
_INLINE_LINK = re.compile(
    _LEAD + r"(?:related(?: news| articles?| stories| posts| content| coverage)?|read (?:more|also|next)|also read"
    r"|see also|more|recommended|tags?|keywords|topics|filed under|watch|listen|photos?|videos?|previous|next"
    r"|(?:previous|next) (?:post|article|story))\s*[:»›|]\s*\S", re.I)

# Comment forms: a line that starts so (anything may follow) or is only that.
_FORM_START = re.compile(
    _LEAD + r"(?:(?:leave|post|add|write|submit|cancel) (?:a |your )?(?:reply|comment|response)\b"
    r"|(?:please )?(?:enter|type|write) your (?:comment|name|e-?mail|website|message)\b"
    r"|your e-?mail address will not be (?:published|displayed|shared)|required fields are marked"
    r"|save my name,? e-?mail|notify me of (?:follow-?up|new) (?:comments|posts)|be the first to comment"
    r"|(?:you must be |please )?log(?:ged)? ?in to (?:post a |leave a )?(?:comment|reply)|comments? (?:are|is) closed"
    r"|the recaptcha\b|this site uses akismet|join the (?:discussion|conversation)\b)", re.I)
_FORM_LINE = re.compile(
    _LEAD + r"(?:post comment|submit(?: comment)?|send|reply|recaptcha|please reload the page|name|e-?mail|website"
    r"|comment|view comments|show comments|load more comments|\d+ comments?|comments?(?: \(\d+\))?)\s*\*?" + _END, re.I)

# Subscribe, follow and share prompts: strong openings, and single words only on short lines.
_PROMPT = re.compile(
    _LEAD + r"(?:subscribe\b|sign up (?:for|to) (?:our|the|get|receive)\b|get (?:our|the) (?:latest|newsletter|daily|free)\b"
    r"|(?:follow|like) us\b|(?:follow|join) (?:us|[\w .'’@-]{1,40}) on (?:twitter|x|facebook|instagram|telegram"
    r"|tiktok|youtube|threads|bluesky|linkedin|whatsapp)\b|share (?:this|on|via)\b|click here\b"
    r"|download (?:our|the) app|(?:tap|click) to (?:share|subscribe|follow|read|print|email)"
    r"|support (?:our|independent) journalism|become a (?:member|subscriber)|already (?:a subscriber|have an account)"
    r"|send (?:us )?(?:a tip|tips)\b|watch (?:a|the) (?:clip|video)\b|listen to (?:this|the) (?:article|story|podcast)\b"
    r"|(?:join|follow) our [\w .'’-]{0,30}(?:channel|page|newsletter|community|group)\b"
    r"|(?:this (?:article|story|piece|post|report) (?:was )?(?:originally |first )(?:published|appeared|ran)"
    r"|originally published (?:on|in|at|by))\b)",
    re.I)
_PROMPT_WORD = re.compile(
    _LEAD + r"(?:advertisement|sponsored(?: content)?|log ?in|sign ?in|register|donate|print|copy link|share|email"
    r"|facebook|twitter|whatsapp|telegram|linkedin|pinterest|reddit|like this|like loading|loading)" + _END, re.I)

_TIMESTAMP = re.compile(
    r"^\s*(?:(?:updated|published|posted)\s*:?\s*)?(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?"
    r"|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)\s+ago\s*$|^\s*(?:just now|yesterday|today)\s*$", re.I)

_BYLINE = re.compile(
    r"^\s*(?i:by|written by|posted by|published by|story by|words by|author|reported by|compiled by)\s*:?\s+"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|al|bin|da|del|la|le)){0,4})"
    r"(?:\s*(?:,|\||and|&|/|–|—|-|\bfor\b|\bin\b)\s*[^\n.!?]{0,60})?\s*$")
_CREDITS = re.compile(
    r"^\s*\(?(?:(?:contributing|additional reporting|reporting|editing|edited|compiled|with reporting)\s*(?:by\b|:)"
    r"|[\w .'’-]{1,40} (?:reported|contributed)(?: reporting)?(?: to this (?:report|story|article))?"
    r"(?: from [\w .,'’-]{1,40})?\.?\s*$)", re.I)
_SOURCE_LINE = re.compile(
    r"^\s*(?:sources?|via|courtesy(?: of)?|photo(?: credit)?s?|image(?: credit)?s?|pictures?|file photo|credit)"
    r"\s*(?:[:»›>|/–—-]+|by\b)\s*\S", re.I)
_STAFF_LINE = re.compile(
    r"^\s*(?:about the (?:author|writer|reporter)|about us|author(?: bio(?:graphy)?| profile)?"
    r"|(?:[A-Z][\w&.-]*\s+){1,4}(?:editorial (?:staff|team|board|desk)|news ?desk|newsroom|web desk|online desk"
    r"|staff writers?))\s*:?\s*$", re.I)
_JOURNALIST = re.compile(r"\b(?:journalists?|reporters?|editors?|news-?writers?|writers?|correspondents?|columnists?"
                         r"|contributors?|staff|newsroom|author|freelance)\b", re.I)
_AUTHOR_BLURB = re.compile(
    r"^\s*(?:[A-Z][\w.'’-]*\s+){1,4}(?:is|was|has been|writes|covers|reports)\b[^\n]{0,80}\b(?:a|an|the)?\s*"
    r"(?:[\w-]+\s+){0,4}(?:journalist|reporter|correspondent|editor|writer|columnist|contributor|author)\b")
_LICENCE = re.compile(
    r"(?:\ball (?:contents?|materials?|articles?|news)\b[^.\n]{0,100}?\b(?:(?:is|are) licen[sc]ed|protected by copyright"
    r"|copyrighted)\b"
    r"|\blicen[sc]ed under (?:a |the )?(?:creative commons|cc[- ]by)\b|(?:(?<![^\s(\[|])©|\(c\)\s*(?:19|20)\d\d|\bcopyright\s*©?\s*"
    r"(?:19|20)\d\d)|\ball rights reserved\b|\b(?:this|the) (?:article|material|story|content|report) may not be "
    r"(?:published|reproduced|broadcast|rewritten|redistributed|copied)|\breproduction\b[^.\n]{0,40}"
    r"\b(?:prohibited|forbidden|not permitted))", re.I)

_LICENCE_WORDS = ("licen", "©", "(c)", "copyright", "reserved", "may not be", "reproduction")

_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*$")
_TEASER_END = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\])[\"”’')\]]*$")
_WORD = re.compile(r"[\w’'-]+")
_QUOTE_MARK = re.compile(r"[“”\"]")
_ABBREV_END = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b(?:[A-Z]\.){1,3}[A-Z]?|\b(?:Min|Govt|Dept|Corp|Inc|Ltd|Co|Jr|Sr))\.$")


@dataclass
class _Line:
    start: int
    end: int
    text: str
    words: int = 0  # words in the first 1500 characters (enough to tell a paragraph from a line)

    def __post_init__(self) -> None:
        self.words = len(_WORD.findall(self.text[:1500]))


def _lines(text: str) -> list[_Line]:
    """Each non-blank line, stripped: the extractor's paragraphs."""
    return [_Line(start, end, text[start:end]) for start, end in paragraphs(text)]


# ---------------------------------------------------------------------------------------------
# What one line looks like


def _is_timestamp(line: _Line) -> bool:
    if _TIMESTAMP.match(line.text):
        return True
    return line.words <= 10 and parse_date_line(line.text) is not None


def _is_teaser(line: _Line) -> bool:
    """A story's opening words cut off with an ellipsis, as link lists show them."""
    return 3 <= line.words <= 60 and bool(_TEASER_END.search(line.text))


def _headline_like(line: _Line) -> bool:
    """A short line that reads as a headline or a link: no sentence end, or an abbreviation's."""
    if not 2 <= line.words <= 20 or line.text.endswith((":", ",", ";")):
        return False
    if not _SENTENCE_END.search(line.text):
        return True
    return bool(_ABBREV_END.search(line.text))


def _item_like(line: _Line) -> bool:
    return _headline_like(line) or _is_teaser(line) or _is_timestamp(line)


def _single(line: _Line) -> str | None:
    """The reason a line on its own is furniture, or None."""
    t = line.text
    if (line.words <= 25 and _FORM_START.match(t)) or (line.words <= 4 and _FORM_LINE.match(t)):
        return "comment form"
    if (line.words <= 25 and _PROMPT.match(t)) or (line.words <= 4 and _PROMPT_WORD.match(t)):
        return "subscribe or share prompt"
    if line.words <= 12 and _is_timestamp(line):
        return "timestamp" if _TIMESTAMP.match(t) else "date line"
    if line.words <= 14 and _BYLINE.match(t):
        return "byline"
    if line.words <= 25 and _CREDITS.match(t) and not _QUOTE_MARK.search(t):
        return "credits line"
    if line.words <= 12 and _SOURCE_LINE.match(t):
        return "source line"
    if line.words <= 25 and _INLINE_LINK.match(t) and (not _SENTENCE_END.search(t) or _is_teaser(line)
                                                         or _ABBREV_END.search(t) or line.words <= 14):
        return "related-links list"
    return None


# ---------------------------------------------------------------------------------------------
# Blocks


def furniture_spans(text: str) -> tuple[Furniture, ...]:
    """Spans of site furniture in ``text``, in order, each with a short reason."""
    lines = _lines(text)
    n = len(lines)
    reasons: list[str | None] = [None] * n

    for i, line in enumerate(lines):
        if line.words <= 8 and _LIST_HEADER.match(line.text) and not _SENTENCE_END.search(line.text.rstrip(":")):
            form = _FORM_START.match(line.text) or _FORM_LINE.match(line.text)
            reasons[i] = "comment form" if form else "related-links list"
            _take_list(lines, reasons, i)
        elif reasons[i] is None:
            reasons[i] = _single(line)

    _staff_blocks(lines, reasons)
    _headerless_lists(lines, reasons)
    _fill_gaps(lines, reasons)

    spans: list[Furniture] = []
    for i, reason in enumerate(reasons):
        if reason is None:
            continue
        last = spans[-1] if spans else None
        if last and last.reason == reason and i > 0 and reasons[i - 1] == reason:
            spans[-1] = Furniture(last.start, lines[i].end, reason)
        else:
            spans.append(Furniture(lines[i].start, lines[i].end, reason))
    spans.extend(_licence_sentences(text, spans))
    return tuple(sorted(spans, key=lambda f: (f.start, f.end)))


def _take_list(lines: list[_Line], reasons: list[str | None], i: int) -> None:
    """The items a link-list header announces: headline lines, teasers and timestamps after it."""
    reason = reasons[i]
    for j in range(i + 1, min(len(lines), i + 60)):
        line = lines[j]
        if reasons[j] is not None:
            continue
        own = _single(line)
        if own:
            reasons[j] = reason if own in ("timestamp", "date line", "related-links list") else own
            continue
        first = j == i + 1
        if _item_like(line) or (first and line.words <= 16 and not _QUOTE_MARK.search(line.text[:1])):
            reasons[j] = reason
            continue
        if _LIST_HEADER.match(line.text) and line.words <= 8:
            return  # the next header takes over
        return


def _staff_blocks(lines: list[_Line], reasons: list[str | None]) -> None:
    """'X Editorial Staff' or 'About the author' and the blurb after it; an author blurb at the end."""
    n = len(lines)
    for i, line in enumerate(lines):
        if line.words <= 6 and _STAFF_LINE.match(line.text):
            reasons[i] = "editorial-staff blurb"
            j = i + 1
            if j < n and reasons[j] is None and lines[j].words <= 120 and _JOURNALIST.search(lines[j].text):
                reasons[j] = "editorial-staff blurb"
    # "Jane Doe is a reporter at ..." in the last lines, with no quotation in it
    for i in range(max(0, n - 3), n):
        line = lines[i]
        if (reasons[i] is None and line.words <= 60 and _AUTHOR_BLURB.match(line.text)
                and not _QUOTE_MARK.search(line.text)):
            reasons[i] = "author blurb"


def _headerless_lists(lines: list[_Line], reasons: list[str | None]) -> None:
    """Runs of headline lines with timestamps or teasers, like a 'Recent Posts' list with no header."""
    i, n = 0, len(lines)
    while i < n:
        j = i
        while j < n and reasons[j] in (None, "timestamp", "date line") and _item_like(lines[j]):
            j += 1
        run = lines[i:j]
        if len(run) >= 3:
            marks = sum(1 for line in run if _is_teaser(line) or _is_timestamp(line))
            heads = sum(1 for line in run if _headline_like(line) and not _is_timestamp(line))
            if marks >= 2 and heads >= 1:
                for k in range(i, j):
                    reasons[k] = "link list"
        i = max(j, i + 1)


def _fill_gaps(lines: list[_Line], reasons: list[str | None]) -> None:
    """A short non-sentence line between two furniture lines belongs to them (form labels, list items)."""
    for i in range(1, len(lines) - 1):
        if reasons[i] is None and reasons[i - 1] and reasons[i + 1]:
            line = lines[i]
            if _headline_like(line) or _is_teaser(line) or line.words <= 3:
                reasons[i] = reasons[i - 1]


def _licence_sentences(text: str, taken: list[Furniture]) -> list[Furniture]:
    """Licence and copyright sentences, also when a page glued them to the last paragraph."""
    out: list[Furniture] = []
    low = text.lower()
    if not any(k in low for k in _LICENCE_WORDS):
        return out
    for m in _LICENCE.finditer(text):
        if any(f.start <= m.start() < f.end for f in taken + out):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        # back to the start of the sentence: after the last sentence end before the match
        start = line_start
        for b in re.finditer(r"[.!?…][\"”’')\]]*\s+", text[line_start:m.start()]):
            start = line_start + b.end()
        if _QUOTE_MARK.search(text[start:m.start()]):
            continue  # a sentence with a quotation in it is the article's
        end = line_end
        e = re.search(r"[.!?][\"”’')\]]*(?=\s|$)", text[m.end():line_end])
        if e and not re.fullmatch(r"\s*", text[m.end() + e.end():line_end] or ""):
            end = m.end() + e.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        if out and not text[out[-1].end:start].strip():  # the next sentence of the same notice
            out[-1] = Furniture(out[-1].start, max(end, out[-1].end), "licence line")
        else:
            out.append(Furniture(start, end, "licence line"))
    return out
