"""Find quoted passages in plain text: which marks open, which close, which are apostrophes.

Pure functions over a string, no parsing model. The scanner works paragraph by paragraph
(a paragraph is a non-blank line) with a stack of open marks, so that:

* curly and straight double quotes pair up, and single quotes pair inside them (nested);
* single quotes are primary quotes too (British style) when no double quote is open;
* apostrophes (don’t, Venezuela’s, the ’90s, Jones’) are never taken as quote marks;
* an unclosed mark runs to the paragraph end and never swallows the rest of the article;
* a quotation over several paragraphs (an opening mark on each, a closing mark at the end)
  gives one span per paragraph, linked by a shared ``group``.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from . import lexicon as lx
from .model import QuoteSpan

# mark -> (kind, preferred role). Roles: "open", "close", "flank" (decided by context).
MARKS: dict[str, tuple[str, str]] = {
    "“": ("double", "open"),
    "”": ("double", "close"),
    "„": ("double", "open"),
    "«": ("double", "open"),
    "»": ("double", "close"),
    '"': ("double", "flank"),
    "‘": ("single", "open"),
    "’": ("single", "close"),
    "‚": ("single", "open"),
    "'": ("single", "flank"),
    # Typewriter doubles, as in wire copy and the New York Times archive: ''Yes,'' he said.
    "''": ("double", "flank"),
    "``": ("double", "open"),
}
# What may stand right before an opening mark, besides white space and the start of a line.
OPENERS_BEFORE = set("([{—–-/:…") | set(MARKS)
# What may stand right after a closing mark, besides white space and the end of a line.
CLOSERS_AFTER = set(".,;:!?)]}—–-/…") | set(MARKS)
# Elisions written with a leading apostrophe: ’em, ’til, ’n’, ’tis, ’cause, ’bout.
ELISION = re.compile(r"(?:em|til|n|tis|twas|cause|bout|round|nuff|ya|im)\b", re.IGNORECASE)
# Words that follow a closing mark but never a possessive ("… numerous times’ and against …", "… taxes’ he said")
FUNCTION_WORDS = frozenset("""and or but nor so yet to in on at for with from by as of than that which who whom whose
when while where if because though although after before since until into onto about over under against between
through during without within is was were are be been being has have had do does did will would can could may might
must shall should said says told added asked the a an he she they it we i you his her their its this these those
there then also even only just not""".split())
FORMAT_CHARS = frozenset("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\ufeff")
DECADE = re.compile(r"\d\d(?:s\b|\b)")
# A capitalised name (of up to three words) and the word after it: "Holt said", "Ann Holt added".
NAME_AND_CUE = re.compile(r"[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,2}[ \t]+(\w+)")
# A short quoted name closed by its possessive's apostrophe: "the ‘Gang of Eight’s plan", "the ‘Big Four’s role".
POSSESSIVE_TERM = re.compile(r"(?:[^\s’'‘]+[ \t]+){0,4}?[A-Z0-9][\w-]*[’']s\b")

_MARK_RE = re.compile("'{3}|''|``|[" + re.escape("".join(m for m in MARKS if len(m) == 1)) + "]")
_TAG_RE = re.compile(r"""<[A-Za-z/][\w:-]*(?:\s+[\w:-]+\s*=\s*(?:"[^"<>\n]*"|'[^'<>\n]*'|[^\s<>"']+))*\s*/?>""")


def _marks(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """(index, mark) of each quote mark in text[start:end]; two apostrophes or backticks are one mark.

    Three apostrophes are a single and a double mark: before a space or punctuation the single
    closes first ("no,''' he said"), before a word the double opens first. Marks inside a markup
    tag (`<tweet id="…" author="…">`, left in some texts) are skipped: attribute values are no quotations.
    """
    tags = [(m.start(), m.end()) for m in _TAG_RE.finditer(text, start, end)] if "<" in text[start:end] else []
    for m in _MARK_RE.finditer(text, start, end):
        i, mark = m.start(), m.group()
        if tags and any(a < i < b for a, b in tags):
            continue
        if len(mark) == 3:
            nxt = text[i + 3] if i + 3 < len(text) else ""
            if _is_space(nxt) or nxt in CLOSERS_AFTER:
                yield i, "'"
                yield i + 1, "''"
            else:
                yield i, "''"
                yield i + 2, "'"
        else:
            yield i, mark


@dataclass
class _Frame:
    kind: str  # "double" | "single"
    mark: str
    pos: int  # index of the mark
    depth: int


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, end excluding trailing white space."""
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip()
        lead = len(stripped) - len(stripped.lstrip())
        if stripped.strip():
            out.append((pos + lead, pos + len(stripped)))
        pos += len(line)
    return out


def _is_space(ch: str) -> bool:
    """White space, the start or end of the text, or an invisible format character (a direction mark, a zero-width
    space: "\u202a”Sorry, Dana,” posted X" opens its quote)."""
    return ch == "" or ch.isspace() or ch in FORMAT_CHARS


def mark_role(text: str, i: int, ch: str | None = None) -> str:
    """What the mark ``ch`` (default ``text[i]``) at ``i`` does: "open", "close", "either" or "apostrophe"."""
    ch = ch or text[i]
    kind, role = MARKS[ch]
    prev = text[i - 1] if i > 0 else ""
    j = i + len(ch)
    nxt = text[j] if j < len(text) else ""
    left = not _is_space(nxt) and (_is_space(prev) or prev in OPENERS_BEFORE)
    right = not _is_space(prev) and (_is_space(nxt) or nxt in CLOSERS_AFTER)
    if kind == "single":
        if prev.isalnum() and nxt.isalnum():
            return "apostrophe"  # don't, Venezuela’s, O'Brien
        if (left or prev == "") and (DECADE.match(text, j) or ELISION.match(text, j)):
            return "apostrophe"  # the ’90s, ’em
        if prev.isalnum() and ch == "‘":
            return "apostrophe"  # a mis-curled apostrophe: dog‘s
        if prev in "nN" and i >= 2 and text[i - 2] in "‘’'" and (i == 2 or _is_space(text[i - 3])):
            return "apostrophe"  # the second of "rock ’n’ roll", "‘n’": no close of a quote around it
    if role == "flank" or (role == "open" and right and not left) or (role == "close" and left and not right):
        if left and not right:
            return "open"
        if right and not left:
            return "close"
        return "either"
    return role


def scan_paragraph(text: str, start: int, end: int) -> tuple[list[QuoteSpan], _Frame | None]:
    """Quotes of one paragraph, and the outermost frame left open at its end (if any)."""
    found: list[QuoteSpan] = []
    stack: list[_Frame] = []

    def emit(frame: _Frame, close_pos: int | None, close_mark: str | None) -> bool:
        s, e = frame.pos + len(frame.mark), (close_pos if close_pos is not None else end)
        if e > s and text[s:e].strip():
            found.append(QuoteSpan(s, e, -1, frame.mark, close_mark, nested=frame.depth > 0))
            return True
        return False

    def top_index(kind: str) -> int | None:
        for k in range(len(stack) - 1, -1, -1):
            if stack[k].kind == kind:
                return k
        return None

    marks = [(i, ch, mark_role(text, i, ch)) for i, ch in _marks(text, start, end)]
    for n, (i, ch, role) in enumerate(marks):
        kind = MARKS[ch][0]
        if role == "apostrophe":
            if kind == "single" and top_index("single") is None and _number_quoted(text, i, ch, marks[n + 1:]):
                # "‘54 times more money than Iowa’": a quote that opens with a number, closed later (not a year inside
                # a single quote, "‘I was born in ‘54,’ he said", whose close is the outer quote's)
                role = "open"
            elif ch == "‘" and i > 0 and text[i - 1].isalnum() and top_index("single") is not None \
                    and (_is_space(text[i + 1:i + 2]) or text[i + 1:i + 2] in CLOSERS_AFTER):
                role = "close"  # "‘over their dead bodies‘, because …": a closing mark curled the wrong way
            else:
                continue
        k = top_index(kind)
        if kind == "single" and role in ("close", "either") and k is not None and _plural_possessive(text, i) \
                and (_real_close_ahead(text, marks[n + 1:]) or (
                    stack[k].pos == start and " " in text[start:i] and _opens_next_paragraph(text, end)
                    and not any(MARKS[m][0] == "single" for _, m, _ in marks[n + 1:]))):
            # "‘The Democrats’ draft is wrong,’ he said": the possessive, with the real close ahead; or in a quote over
            # several paragraphs, whose paragraph ends with none ("‘Hale said Reyes’ testimony changed.\n\n‘He …")
            continue
        if role == "either":
            role = "close" if k is not None else ("open" if kind == "double" else "apostrophe")
            if role == "apostrophe":
                continue
        if role == "open":
            stack.append(_Frame(kind, ch, i, len(stack)))
            continue
        # role == "close"
        if k is None:
            continue  # a stray closing mark (or a possessive Jones’): nothing to close
        frame = stack[k]
        del stack[k:]  # singles left open inside a closed double were apostrophes
        emit(frame, i, ch)
    # At the paragraph end: the outermost double (or paragraph-initial single, or a left single mark, which is
    # no apostrophe: "‘Supporters,’ Holloway added, ‘have focused on ads\n") stays open; not a quoted name whose
    # close the possessive took ("the ‘Gang of Eight’s plan").
    leftover = None
    for frame in stack:
        if frame.kind == "double" or frame.pos == start \
                or (frame.mark in ("‘", "‚") and not POSSESSIVE_TERM.match(text, frame.pos + 1, end)):
            if emit(frame, None, None):
                leftover = frame
            break
    found.sort(key=lambda q: q.start)
    return found, leftover


def _plural_possessive(text: str, i: int) -> bool:
    """Is the single mark at ``i`` written like the possessive of a plural or of a name ending in s, before the
    noun it owns ("the Democrats’ draft", "Reyes’ testimony")?"""
    if not (i > 0 and text[i - 1] in "sS" and text[i + 1:i + 2] == " " and text[i + 2:i + 3].isalnum()):
        return False
    if _function_word_after(text, i):
        return False  # (a possessive owns a noun)
    # (not a name and its cue: "‘We need more nurses’ Holt said.")
    cue = NAME_AND_CUE.match(text, i + 2)
    return cue is None or cue.group(1).lower() not in lx.INVERTED_CUES


def _function_word_after(text: str, i: int) -> bool:
    """Is the mark at ``i`` followed by a space and a function word ("… first’ is the motto")?"""
    word = re.match(r" (\w+)", text[i + 1:i + 20])
    return word is not None and word.group(1).lower() in FUNCTION_WORDS


def _opens_next_paragraph(text: str, end: int) -> bool:
    """Does the next paragraph open with a single quote mark (a quotation continued over paragraphs)?"""
    rest = text[end:end + 12].lstrip()
    return rest[:1] in ("‘", "'")


def _real_close_ahead(text: str, later: list[tuple[int, str, str]]) -> bool:
    """Among the later marks of the paragraph, is there a single mark that can only close a quote (after the
    quote's own punctuation, or before punctuation), before any single mark opens another?"""
    for j, ch, role in later:
        if MARKS[ch][0] != "single":
            continue
        if role == "open":
            return False
        if role in ("close", "either") and not _plural_possessive(text, j) and (
                text[j - 1] in ".,!?;:" or text[j + 1:j + 2] in CLOSERS_AFTER or j + 1 >= len(text)
                or text[j + 1] == "\n" or _function_word_after(text, j)):
            return True  # (or before a word no possessive owns: "‘Our members’ interests come first’ is the motto")
    return False


def _number_quoted(text: str, i: int, ch: str, later: list[tuple[int, str, str]]) -> bool:
    """Is a left single mark before two digits ("‘54 times more money …’", "her ‘50-state strategy,’") the
    opening of a quote rather than the apostrophe of a year ("the ‘90s", "in ‘08")? Not before "s"; only when a
    closing single mark follows in the paragraph before another single opens."""
    if ch not in ("‘", "'") or not DECADE.match(text, i + 1) or text[i + 3:i + 4] == "s":
        return False
    if not (i == 0 or _is_space(text[i - 1]) or text[i - 1] in OPENERS_BEFORE):
        return False
    for j, other, role in later:
        if MARKS[other][0] != "single":
            continue
        if role in ("close", "either"):
            return not _is_space(text[j - 1])
        if role == "open":
            return False
    return False


def find_quotes(text: str) -> list[QuoteSpan]:
    """Every quoted passage in ``text``, in document order, with paragraph index and group.

    A paragraph whose quotation is still open at its end, followed by a paragraph that
    opens with a quote mark, continues into it: both spans get the same ``group``.
    """
    out: list[QuoteSpan] = []
    groups = 0
    carried: int | None = None  # index in ``out`` of the span left open by the paragraph above
    for p, (start, end) in enumerate(paragraphs(text)):
        spans, leftover = scan_paragraph(text, start, end)
        first = len(out)
        out.extend(QuoteSpan(s.start, s.end, p, s.open_mark, s.close_mark, s.nested) for s in spans)
        if carried is not None and spans and spans[0].start == start + len(spans[0].open_mark) and not spans[0].nested:
            prev = out[carried]
            group = prev.group
            if group is None:
                groups += 1
                group = groups
                out[carried] = _with_group(prev, group)
            out[first] = _with_group(out[first], group)
        carried = None
        if leftover is not None:
            carried = next(k for k in range(first, len(out)) if out[k].start == leftover.pos + len(leftover.mark))
    return out


def _with_group(s: QuoteSpan, group: int) -> QuoteSpan:
    return QuoteSpan(s.start, s.end, s.paragraph, s.open_mark, s.close_mark, s.nested, group)


def iter_marks(text: str) -> Iterator[tuple[int, str, str]]:
    """(index, mark, role) for every quote-mark character: handy for debugging a text."""
    for i, mark in _marks(text, 0, len(text)):
        yield i, mark, mark_role(text, i, mark)
