"""The reviewer's views as one self-contained HTML page: ``align_html`` and ``extract_html``.

Each function returns a complete document as a string: inline CSS and plain JavaScript, no
external resource, so the file works when opened from disk and can be mailed around. All
text is escaped. The markup is built on the same data as the terminal and JSON views
(``Cluster``/``Member``/``DiffOp`` from ``quotecmp.align`` and ``quotecmp.diff``): this module
never re-computes a diff, it only marks up the ops align produced.

Differences never rely on colour alone: an omission is struck through and opens with "−",
an insertion is underlined and opens with "+", a replacement shows the old words struck
through, an arrow and the new words underlined; a change of case or punctuation only is
dotted; a changed number or name and an editorial bracket carry a "⚑" badge.

Stable hooks for tests and scripts:

- align: ``section.cluster[data-cluster]`` (also ``id``) with ``data-speaker``,
  ``data-outlets`` (JSON list), ``data-divergence``, ``data-relations``, ``data-flags``;
  a rendering is ``div.m[data-outlet][data-relation]`` holding ``span.outlet``; the
  representative is ``div.m.rep-row``; changes are ``del.del`` (omitted), ``ins.ins``
  (inserted), ``span.rep`` (replaced: ``del.was`` + ``ins.now``), ``span.cp`` (case or
  punctuation), ``span.out`` (outside a fragment), ``span.flag[data-flag]``; each rendering
  has ``button.ctx`` for its sentence in the article (``span.noctx`` when the text is unknown).
- extract: ``article.doc[data-path]``; a quote is ``mark.q[data-speaker]``, with class
  ``sp`` (speech) or ``ns`` (not speech), its speaker label ``span.who``.
- The sentence around each rendering is not in the DOM until asked for (2,000 clusters stay
  light): ``button.ctx`` builds a ``div.ctxbox`` from the JSON in ``script#ctx-data``
  (``{cluster id: [[before, quote, after, "path:start–end"] or null per member]}``).
- The page state lives in the URL fragment: ``#speaker=…&outlet=…&relation=…&flagged=1&sort=divergence``
  (and ``ctx=open`` opens every sentence).
"""
from __future__ import annotations

import json
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from html import escape

from ..align import RELATIONS
from ..model import Document, ExtractedDocument, Skipped
from .align import LOUD_FLAGS, RELATION_LABELS  # the terminal view's labels and the flags it shouts

RELATION_ORDER = RELATIONS[1:]  # every relation but the representative's own
UNKNOWN_SPEAKER = "\u2014"  # the filter value of clusters whose speaker is unknown
CONTEXT_CHARS = 300  # how far the sentence around a quote is looked for, each side
_SENTENCE_END = re.compile(r"[.!?][”\"’')\]]*\s|\n")


def esc(text: str | None) -> str:
    """Text made safe for HTML content and attribute values (``<``, ``&``, both quote marks)."""
    return escape(text or "", quote=True)


# --- the page shell ---------------------------------------------------------------------------

def page(title: str, body: str, css: str, js: str) -> str:
    """A complete HTML document with the CSS and the script inline."""
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<meta name=\"generator\" content=\"quotecmp\"><title>{esc(title)}</title>"
            f"<style>{BASE_CSS}{css}</style></head>\n<body>\n{body}\n<script>{js}</script>\n</body></html>\n")


def options(values: Iterable[tuple[str, str]], everything: str) -> str:
    """``<option>``s of a filter: the first one (value "") shows everything."""
    out = [f'<option value="">{esc(everything)}</option>']
    out += [f'<option value="{esc(v)}">{esc(label)}</option>' for v, label in values]
    return "".join(out)


def skipped_list(skipped: Sequence[Skipped]) -> str:
    """Inputs that could not be used, one line each (empty when none)."""
    if not skipped:
        return ""
    rows = "".join(f"<li><code>{esc(s.path)}</code>: {esc(s.reason)}</li>" for s in skipped)
    return f'<details class="skipped"><summary>{len(skipped)} inputs skipped</summary><ul>{rows}</ul></details>'


def hue(name: str | None) -> int:
    """A stable colour hue (0–359) for a speaker, the same in every report."""
    return zlib.crc32((name or "").encode("utf-8")) % 360


# --- align: the marked-up differences -----------------------------------------------------------

def _lead(text: str) -> tuple[str, str]:
    """The spaces a diff op carries before its words, and the words."""
    stripped = text.lstrip()
    return text[: len(text) - len(stripped)], stripped


def _flag_badges(flags: Sequence[str]) -> str:
    return "".join(f'<span class="flag" data-flag="{f}">⚑{f}</span>' for f in flags if f in LOUD_FLAGS)


def diff_html(ops: Sequence) -> str:
    """A member's text with its differences from the representative marked up (see the module doc)."""
    out = []
    for op in ops:
        if op.op == "equal":
            out.append(esc(op.b_text))
            continue
        if "outside" in op.flags:  # words of the representative a fragment does not reach
            words = " ".join(op.a_text.split())
            mark = f'<span class="out" title="not in this rendering: {esc(words)}">…</span>'
            out.append(f" {mark}" if op.a_start > 0 else f"{mark} ")
            continue
        if op.op == "delete":
            lead, words = _lead(op.a_text)
            out.append(f'{esc(lead)}<del class="del">{esc(words)}</del>')
        elif op.op == "insert":
            lead, words = _lead(op.b_text)
            out.append(f'{esc(lead)}<ins class="ins">{esc(words)}</ins>')
        elif op.flags and set(op.flags) <= {"case", "punct"}:
            out.append(f'<span class="cp" title="was: {esc(op.a_text.strip())}">{esc(op.b_text)}</span>')
        else:
            lead, new = _lead(op.b_text)
            out.append(f'{esc(lead)}<span class="rep"><del class="was">{esc(op.a_text.strip())}</del>'
                       f'<ins class="now">{esc(new)}</ins></span>')
        out.append(_flag_badges(op.flags))
    return "".join(out)


def member_flags(member) -> list[str]:
    """The loud flags (changed number, name, editorial bracket) of a member's changes, in order."""
    seen = dict.fromkeys(f for op in member.diff if op.op != "equal" for f in op.flags if f in LOUD_FLAGS)
    return list(seen)


def divergence(cluster) -> float:
    """How far the renderings stray from the representative: 1 − the lowest member similarity."""
    sims = [m.similarity for m in cluster.members[1:]]
    return round(1.0 - min(sims), 3) if sims else 0.0


# --- align: the sentence around each rendering ----------------------------------------------------

def document_texts(documents: Iterable[ExtractedDocument | Document] | None) -> dict[str, str]:
    """Path → article text, for the documents whose text is known."""
    texts = {}
    for d in documents or ():
        doc = d.document if isinstance(d, ExtractedDocument) else d
        if doc.text:
            texts[doc.path] = doc.text
    return texts


def sentence_bounds(text: str, start: int, end: int, limit: int = CONTEXT_CHARS) -> tuple[int, int, bool, bool]:
    """From the start of the sentence holding ``start`` to the end of the one holding ``end``.

    At most ``limit`` characters more on each side; the two booleans say whether a side was
    cut there (mid-sentence) rather than at a sentence boundary or the text's edge.
    """
    lo = max(0, start - limit)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, max(lo, start - 1))]
    # a quote that ends its sentence ("… will." followed by the closing mark) ends the context there
    right = _SENTENCE_END.search(text, max(start, end - 1), min(len(text), end + limit))
    left = ends[-1] if ends else lo
    stop = max(right.end(), end) if right else min(len(text), end + limit)
    return left, stop, not ends and lo > 0, not right and stop < len(text)


def locate(text: str, member) -> tuple[int, int] | None:
    """Where the member's words stand in its article text (its offsets, or a search), None if absent."""
    if text[member.start:member.end] == member.text:
        return member.start, member.end
    at = text.find(member.text) if member.text else -1
    return (at, at + len(member.text)) if at >= 0 else None


def context(member, texts: dict[str, str]) -> list[str] | None:
    """The sentence around a rendering as [before, the rendering, after, "path:start–end"]; None without the text."""
    text = texts.get(member.path)
    span = locate(text, member) if text else None
    if span is None:
        return None
    s, e = span
    lo, hi, cut_left, cut_right = sentence_bounds(text, s, e)
    before = ("… " if cut_left else "") + text[lo:s].lstrip()
    after = text[e:hi].rstrip() + (" …" if cut_right else "")
    return [before, text[s:e], after, f"{member.path}:{s}–{e}"]


def contexts_json(contexts: dict[str, list]) -> str:
    """Every rendering's sentence, ``{cluster id: [context or None per member]}``, as JSON safe inside ``<script>``.

    The page keeps these out of its DOM (2,000 clusters stay light) and builds a sentence when
    its button is pressed.
    """
    raw = json.dumps(contexts, ensure_ascii=False, separators=(",", ":"))
    return raw.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def context_button(has_text: bool) -> str:
    """The control that shows the sentence around a rendering (or says the article text is unknown)."""
    if has_text:
        return '<button type="button" class="ctx" aria-expanded="false">in the article</button>'
    return '<span class="noctx" title="the article text is not in the input">no article text</span>'


# --- align: clusters and the header ----------------------------------------------------------------

def outlet_of(member) -> str:
    """The name a rendering goes by: its outlet, or its path when the outlet is unknown."""
    return member.outlet or member.path


def member_html(member, rep: bool, has_context: bool) -> str:
    """One rendering: outlet, relation, similarity, its text (marked against the representative), its context button."""
    outlet = outlet_of(member)
    label = RELATION_LABELS.get(member.relation, member.relation)
    body = diff_html(member.diff) if member.diff and not rep else esc(member.text)
    return (f'<div class="m{" rep-row" if rep else ""}" data-outlet="{esc(outlet)}" data-relation="{esc(member.relation)}">'
            f'<div class="src"><span class="outlet">{esc(outlet)}</span><span class="rel">{esc(label)}</span>'
            f'{"" if rep else f"<span class=sim>similarity {member.similarity:.2f}</span>"}</div>'
            f'<div class="txt"><q>{body}</q>{context_button(has_context)}</div></div>')


def cluster_html(cluster, contexts: Sequence[list[str] | None]) -> str:
    """A cluster: speaker, counts and flags, then the representative and every variant under it.

    ``contexts`` holds each member's sentence (``context``), or None where the text is unknown.
    """
    flags = list(dict.fromkeys(f for m in cluster.members for f in member_flags(m)))
    relations = list(dict.fromkeys(m.relation for m in cluster.members[1:]))
    outlets = list(dict.fromkeys(outlet_of(m) for m in cluster.members))
    div = divergence(cluster)
    speaker = cluster.speaker or ""
    head = (f'<header><h2><a class="cid" href="#{esc(cluster.id)}">{esc(cluster.id)}</a> '
            f'<span class="speaker">{esc(speaker or "speaker unknown")}</span></h2>'
            f'<span class="meta">{len(cluster.members)} renderings · {len(outlets)} outlets · divergence {div:.2f}</span>'
            f'{_flag_badges(flags)}</header>')
    members = "".join(member_html(m, n == 0, ctx is not None) for n, (m, ctx) in enumerate(zip(cluster.members, contexts)))
    return (f'<section class="cluster" id="{esc(cluster.id)}" data-cluster="{esc(cluster.id)}" '
            f'data-speaker="{esc(speaker or UNKNOWN_SPEAKER)}" data-outlets="{esc(json.dumps(outlets, ensure_ascii=False))}" '
            f'data-size="{len(cluster.members)}" data-divergence="{div}" data-relations="{esc(" ".join(relations))}" '
            f'data-flags="{" ".join(flags)}">{head}{members}</section>')


def corpus_stats(result, documents: Sequence[ExtractedDocument | Document] | None) -> dict:
    """What the header tells: documents, outlets, speakers, quotes, and clusters by relation."""
    members = [m for c in result.clusters for m in c.members]
    if documents:
        docs = [d.document if isinstance(d, ExtractedDocument) else d for d in documents]
        paths = {d.path for d in docs}
        outlets = {d.outlet or d.path for d in docs}
    else:
        paths = {m.path for m in members}
        outlets = {outlet_of(m) for m in members}
    by_relation = Counter()
    renderings = Counter()
    for c in result.clusters:
        rels = [m.relation for m in c.members[1:]]
        by_relation.update(set(rels))
        renderings.update(rels)
    return {
        "documents": len(paths),
        "outlets": len(outlets),
        "speakers": len({c.speaker for c in result.clusters if c.speaker}),
        "quotes": result.quotes,
        "aligned": len(members),
        "clusters": len(result.clusters),
        "flagged": sum(1 for c in result.clusters if any(member_flags(m) for m in c.members)),
        "by_relation": {r: (by_relation[r], renderings[r]) for r in RELATION_ORDER if by_relation[r]},
    }


def align_header(stats: dict, title: str) -> str:
    """The corpus at a glance: counts, then clusters by relation."""
    facts = [("documents", stats["documents"]), ("outlets", stats["outlets"]), ("speakers", stats["speakers"]),
             ("speech quotes", stats["quotes"]), ("clusters", stats["clusters"]),
             ("renderings aligned", stats["aligned"]), ("clusters flagged ⚑", stats["flagged"])]
    dl = "".join(f'<div><dt>{esc(k)}</dt><dd data-stat="{esc(k)}">{v:,}</dd></div>' for k, v in facts)
    rows = "".join(f'<tr data-relation="{r}"><th scope="row">{esc(RELATION_LABELS[r])}</th><td>{c:,}</td><td>{n:,}</td></tr>'
                   for r, (c, n) in stats["by_relation"].items())
    table = (f'<table class="rels"><caption>Clusters by relation to the representative</caption>'
             f'<thead><tr><th scope="col">relation</th><th scope="col">clusters</th><th scope="col">renderings</th></tr>'
             f'</thead><tbody>{rows}</tbody></table>') if rows else ""
    return f'<h1>{esc(title)}</h1><dl class="stats">{dl}</dl>{table}'


LEGEND = ('<p class="legend" aria-label="legend">Marks against the representative: '
          '<del class="del">omitted</del> <ins class="ins">inserted</ins> '
          '<span class="rep"><del class="was">old</del><ins class="now">new</ins></span> '
          '<span class="cp" title="case or punctuation only">case/punctuation</span> '
          '<span class="out">…</span> outside a fragment '
          '<span class="flag">⚑number</span> <span class="flag">⚑name</span> '
          '<span class="flag">⚑editorial</span> check this</p>')


def align_controls(result) -> str:
    """The filter bar: speaker, outlet, relation, flagged only, sort, and a count of what is shown."""
    speakers = Counter(c.speaker or UNKNOWN_SPEAKER for c in result.clusters)
    outlets = Counter(o for c in result.clusters for o in dict.fromkeys(outlet_of(m) for m in c.members))
    relations = Counter(r for c in result.clusters for r in {m.relation for m in c.members[1:]})

    def labelled(counts: Counter, label=lambda v: v) -> list[tuple[str, str]]:
        return [(v, f"{label(v)} ({n})") for v, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))]

    unknown = lambda v: "speaker unknown" if v == UNKNOWN_SPEAKER else v  # noqa: E731
    return ('<form class="controls" id="controls" onsubmit="return false">'
            f'<label>Speaker <select id="f-speaker">{options(labelled(speakers, unknown), "all speakers")}</select></label>'
            f'<label>Outlet <select id="f-outlet">{options(labelled(outlets), "all outlets")}</select></label>'
            f'<label>Relation <select id="f-relation">{options(labelled(relations, lambda r: RELATION_LABELS.get(r, r)), "any relation")}</select></label>'
            '<label><input type="checkbox" id="f-flagged"> ⚑ flagged only</label>'
            '<label>Sort <select id="f-sort"><option value="">most renderings</option>'
            '<option value="divergence">most divergent first</option><option value="-divergence">closest first</option>'
            '<option value="speaker">speaker</option></select></label>'
            '<button type="button" id="ctx-all">open all sentences</button>'
            f'<output id="shown" aria-live="polite">{len(result.clusters)} of {len(result.clusters)} clusters</output></form>')


def align_html(result, skipped: Sequence[Skipped] = (),
               documents: Sequence[ExtractedDocument | Document] | None = None,
               title: str = "quotecmp: quote clusters") -> str:
    """The ``align`` result as one self-contained HTML page.

    ``documents`` (the extracted documents align ran on) give each rendering the sentence
    around it in its article (on demand); without them, or without their text (extract JSON
    written without ``--include-text``), the page says the text is not in the input.
    """
    texts = document_texts(documents)
    stats = corpus_stats(result, documents)
    contexts = {c.id: [context(m, texts) for m in c.members] for c in result.clusters}
    clusters = "".join(cluster_html(c, contexts[c.id]) for c in result.clusters)
    empty = "" if result.clusters else '<p class="empty">No quote is rendered in more than one document.</p>'
    no_text = "" if texts else ('<p class="noctx">The article text is not in the input (extract output written '
                                "without <code>--include-text</code>): the sentences around the quotes cannot be shown.</p>")
    data = f'<script type="application/json" id="ctx-data">{contexts_json(contexts)}</script>'
    body = (f'<header class="top">{align_header(stats, title)}{LEGEND}{align_controls(result)}{no_text}'
            f'{skipped_list(skipped)}</header><main id="clusters">{clusters}</main>{empty}{data}')
    return page(title, body, ALIGN_CSS, ALIGN_JS)


# --- extract -------------------------------------------------------------------------------------

def _nest(quotes: Sequence, lo: int, hi: int) -> list[tuple[object, int, int, list]]:
    """Quotes as a forest of spans inside ``[lo, hi)``: a quote inside another is its child; one that
    overlaps the previous span without being inside it starts where that span ends."""
    out: list[tuple[object, int, int, list]] = []
    pending = sorted(quotes, key=lambda q: (q.start, -q.end))
    taken: set[int] = set()
    for i, q in enumerate(pending):
        if i in taken:
            continue
        s, e = max(lo, q.start, out[-1][2] if out else lo), min(hi, q.end)
        if s >= e:
            continue
        inner = []
        for j in range(i + 1, len(pending)):
            if pending[j].start >= e:  # sorted by start: nothing further lies inside
                break
            if j not in taken and pending[j].end <= e:
                inner.append(j)
        taken.update(inner)
        out.append((q, s, e, _nest([pending[j] for j in inner], s, e)))
    return out


def quote_mark(q, inner: str) -> str:
    """One quote of an article: speaker label and highlight for speech, a dashed outline for the rest."""
    if q.speech:
        who = q.speaker or "speaker unknown"
        if q.speaker and q.speaker_kind == "unnamed":
            who += " (unnamed)"
        tip = f"{who}{' · ' + q.cue if q.cue else ''}{' · partial' if q.kind == 'partial' else ''}"
        return (f'<mark class="q sp{"" if q.speaker else " anon"}" data-speaker="{esc(q.speaker or UNKNOWN_SPEAKER)}" '
                f'style="--h:{hue(q.speaker) if q.speaker else 0}" title="{esc(tip)}">'
                f'<span class="who">{esc(who)}</span>{inner}</mark>')
    reason = q.reason or "not speech"
    return (f'<mark class="q ns" data-speaker="" title="not speech: {esc(reason)}">'
            f'<span class="who">not speech: {esc(reason)}</span>{inner}</mark>')


def marked_article(text: str, quotes: Sequence) -> str:
    """The article text, escaped, with every quote whose offsets fit the text marked up."""
    fitting = [q for q in quotes if 0 <= q.start < q.end <= len(text)]

    def render(spans, lo: int, hi: int) -> str:
        out, pos = [], lo
        for q, s, e, children in spans:
            out.append(esc(text[pos:s]))
            out.append(quote_mark(q, render(children, s, e)))
            pos = e
        out.append(esc(text[pos:hi]))
        return "".join(out)

    return render(_nest(fitting, 0, len(text)), 0, len(text))


def quote_list(quotes: Sequence) -> str:
    """The quotes of a document whose text is unknown, one per line."""
    items = "".join(f'<li>{quote_mark(q, esc(q.text))}</li>' for q in quotes)
    return f'<p class="noctx">article text not in the input</p><ol class="qlist">{items}</ol>'


def document_html(ed: ExtractedDocument, n: int) -> str:
    """One article: title, where it came from, its counts, and its text with quotes marked."""
    doc = ed.document
    speech = [q for q in ed.quotes if q.speech]
    speakers = sorted({q.speaker for q in speech if q.speaker})
    meta = [doc.outlet, doc.date, doc.path, doc.url]
    meta_html = " · ".join(f"<span>{esc(x)}</span>" for x in meta if x)
    counts = f"{len(speech)} speech quotes, {len(ed.quotes) - len(speech)} other quoted passages"
    body = marked_article(doc.text, ed.quotes) if doc.text else quote_list(ed.quotes)
    return (f'<article class="doc" id="d{n}" data-path="{esc(doc.path)}" data-outlet="{esc(doc.outlet or "")}" '
            f'data-speakers="{esc(json.dumps(speakers, ensure_ascii=False))}">'
            f'<h2>{esc(doc.title or doc.path)}</h2><p class="meta">{meta_html}</p><p class="counts">{counts}</p>'
            f'<div class="body">{body}</div></article>')


def contents(docs: Sequence[ExtractedDocument]) -> str:
    """A list of the articles (links to them) with their outlet and count of speech quotes; closed when long."""
    if len(docs) < 2:
        return ""
    rows = "".join(
        f'<li><a href="#d{n}">{esc(ed.document.title or ed.document.path)}</a> '
        f'<span class="meta">{esc(ed.document.outlet or "")}{" · " if ed.document.outlet else ""}'
        f'{sum(1 for q in ed.quotes if q.speech)} quotes</span></li>' for n, ed in enumerate(docs))
    opened = " open" if len(docs) <= 20 else ""
    return f'<details class="toc"{opened}><summary>{len(docs)} articles</summary><ol id="toc">{rows}</ol></details>'


def extract_html(docs: Sequence[ExtractedDocument], skipped: Sequence[Skipped] = (),
                 title: str = "quotecmp: quotes in articles") -> str:
    """The ``extract`` result as one self-contained HTML page: each article with its quotes marked."""
    docs = list(docs)
    speech = [q for ed in docs for q in ed.quotes if q.speech]
    speakers = Counter(q.speaker for q in speech if q.speaker)
    facts = [("documents", len(docs)), ("speech quotes", len(speech)),
             ("other quoted passages", sum(len(ed.quotes) for ed in docs) - len(speech)),
             ("speakers", len(speakers)), ("speaker unknown", sum(1 for q in speech if not q.speaker))]
    dl = "".join(f'<div><dt>{esc(k)}</dt><dd data-stat="{esc(k)}">{v:,}</dd></div>' for k, v in facts)
    spk_options = options([(s, f"{s} ({n})") for s, n in sorted(speakers.items(), key=lambda kv: (-kv[1], kv[0]))],
                          "all speakers")
    legend = ('<p class="legend">'
              '<mark class="q sp" style="--h:210"><span class="who">Speaker</span>a quote and who said it</mark> '
              '<mark class="q ns"><span class="who">not speech</span>a term, title or scare quote</mark></p>')
    controls = ('<form class="controls" onsubmit="return false">'
                f'<label>Speaker <select id="f-speaker">{spk_options}</select></label>'
                '<label><input type="checkbox" id="f-ns" checked> show quoted passages that are not speech</label>'
                f'<output id="shown" aria-live="polite">{len(docs)} of {len(docs)} documents</output></form>')
    articles = "".join(document_html(ed, n) for n, ed in enumerate(docs))
    body = (f'<header class="top"><h1>{esc(title)}</h1><dl class="stats">{dl}</dl>{legend}{controls}'
            f'{skipped_list(skipped)}{contents(docs)}</header><main id="docs">{articles}</main>')
    return page(title, body, EXTRACT_CSS, EXTRACT_JS)


# --- inline CSS and JavaScript -------------------------------------------------------------------------

BASE_CSS = """
:root{--fg:#1b1b1b;--muted:#5f6368;--line:#d9dce0;--bg:#fff;--panel:#f6f7f9;--ins:#d5f5dc;--ins-fg:#0b5d1e;
--del:#fde2e1;--del-fg:#a50e0e;--rep:#fff1c2;--flag:#8b1a89}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);background:var(--bg)}
header.top{padding:1rem 1.5rem .5rem;border-bottom:1px solid var(--line);background:var(--panel)}
h1{font-size:1.35rem;margin:0 0 .5rem}
dl.stats{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;margin:.25rem 0 .75rem}
dl.stats div{display:flex;flex-direction:column-reverse}
dl.stats dt{font-size:.8rem;color:var(--muted)}
dl.stats dd{margin:0;font-size:1.25rem;font-weight:600}
.legend{font-size:.85rem;color:var(--muted);margin:.25rem 0}
form.controls{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;margin:.5rem 0;font-size:.9rem}
form.controls select{max-width:16rem}
#shown{color:var(--muted);margin-left:auto}
details.skipped{font-size:.85rem;color:var(--del-fg)}
main{padding:.75rem 1.5rem 3rem}
.noctx{font-size:.8rem;color:var(--muted);margin:.15rem 0 0}
"""

ALIGN_CSS = """
main{max-width:84rem}
section.cluster{border:1px solid var(--line);border-radius:6px;margin:0 0 1rem;padding:.5rem .75rem;
content-visibility:auto;contain-intrinsic-size:auto 14rem}
section.cluster[hidden]{display:none}
section.cluster>header{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem .75rem;margin-bottom:.25rem}
section.cluster h2{font-size:1.05rem;margin:0}
.cid{color:var(--muted);font-weight:400;text-decoration:none;font-size:.85rem}
.meta{color:var(--muted);font-size:.85rem}
.m{display:grid;grid-template-columns:12rem 1fr;gap:.75rem;padding:.4rem 0;border-top:1px solid var(--line)}
.m.rep-row{border-top:none}
.m.rep-row q{font-weight:600}
.src{display:flex;flex-direction:column;font-size:.85rem;line-height:1.3}
.outlet{font-weight:600;overflow-wrap:anywhere}
.rel,.sim{color:var(--muted)}
.txt q{quotes:"\\201C" "\\201D"}
.txt q::before,.txt q::after{color:var(--muted)}
del.del{background:var(--del);color:var(--del-fg);text-decoration:line-through;text-decoration-thickness:2px}
del.del::before{content:"\\2212";font-weight:700;text-decoration:none;display:inline-block;margin-right:1px}
ins.ins{background:var(--ins);color:var(--ins-fg);text-decoration:underline;text-decoration-thickness:2px}
ins.ins::before{content:"+";font-weight:700;display:inline-block;margin-right:1px;text-decoration:none}
.rep{background:var(--rep);border-radius:2px;padding:0 1px}
.rep del.was{color:var(--del-fg);text-decoration:line-through}
.rep ins.now{text-decoration:underline;text-decoration-thickness:2px;font-weight:600}
.rep ins.now::before{content:"\\2192";display:inline-block;margin:0 2px;text-decoration:none;font-weight:400;color:var(--muted)}
.cp{text-decoration:underline dotted;text-decoration-thickness:2px}
.out{color:var(--muted);cursor:help}
.flag{display:inline-block;font-size:.72rem;font-weight:700;color:#fff;background:var(--flag);border-radius:3px;
padding:0 .3em;margin:0 .15em;vertical-align:.1em;line-height:1.35}
button.ctx{font:inherit;font-size:.8rem;color:var(--muted);background:none;border:none;padding:0;margin:.1rem 0 0;
cursor:pointer;display:block}
button.ctx:hover,button.ctx:focus-visible{color:var(--fg);text-decoration:underline}
button.ctx::before{content:"\\25B8  "}
button.ctx[aria-expanded=true]::before{content:"\\25BE  "}
.ctxbox{font-size:.88rem;border-left:3px solid #9db2e8;padding:.1rem .6rem;margin:.2rem 0 .1rem;background:var(--panel)}
.ctxbox p{margin:.15rem 0}
.ctxbox mark{background:#e8eefc;outline:1px solid #9db2e8;color:inherit}
.ctxbox .loc{font-size:.75rem;color:var(--muted);overflow-wrap:anywhere}
span.noctx{display:block}
table.rels{border-collapse:collapse;font-size:.85rem;margin:.25rem 0 .5rem}
table.rels caption{text-align:left;color:var(--muted);font-size:.8rem}
table.rels th,table.rels td{border:1px solid var(--line);padding:.1rem .5rem;text-align:right}
table.rels th[scope=row],table.rels thead th:first-child{text-align:left;font-weight:400}
@media (max-width:700px){.m{grid-template-columns:1fr}}
@media print{header.top form{display:none}section.cluster{content-visibility:visible;break-inside:avoid}}
"""

ALIGN_JS = r"""
(function () {
  "use strict";
  var main = document.getElementById("clusters");
  if (!main) return;
  var items = Array.prototype.slice.call(main.children);
  var outlets = items.map(function (el) { return JSON.parse(el.getAttribute("data-outlets") || "[]"); });
  items.forEach(function (el, i) { el._i = i; });
  var f = {
    speaker: document.getElementById("f-speaker"), outlet: document.getElementById("f-outlet"),
    relation: document.getElementById("f-relation"), flagged: document.getElementById("f-flagged"),
    sort: document.getElementById("f-sort")
  };
  var shown = document.getElementById("shown");
  function filter() {
    var sp = f.speaker.value, ou = f.outlet.value, re = f.relation.value, fl = f.flagged.checked, n = 0;
    items.forEach(function (el) {
      var ok = (!sp || el.getAttribute("data-speaker") === sp) &&
        (!ou || outlets[el._i].indexOf(ou) >= 0) &&
        (!re || (" " + el.getAttribute("data-relations") + " ").indexOf(" " + re + " ") >= 0) &&
        (!fl || el.getAttribute("data-flags") !== "");
      if (el.hidden === ok) el.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = n + " of " + items.length + " clusters";
  }
  function num(el, k) { return parseFloat(el.getAttribute(k)) || 0; }
  function sort() {
    var key = f.sort.value, arr = items.slice();
    arr.sort(function (a, b) {
      var d = 0;
      if (key === "divergence") d = num(b, "data-divergence") - num(a, "data-divergence");
      else if (key === "-divergence") d = num(a, "data-divergence") - num(b, "data-divergence");
      else if (key === "speaker") d = a.getAttribute("data-speaker").localeCompare(b.getAttribute("data-speaker"));
      return d || a._i - b._i;
    });
    var frag = document.createDocumentFragment();
    arr.forEach(function (el) { frag.appendChild(el); });
    main.appendChild(frag);
  }
  function save() {
    var parts = [];
    ["speaker", "outlet", "relation", "sort"].forEach(function (k) {
      if (f[k].value) parts.push(k + "=" + encodeURIComponent(f[k].value));
    });
    if (f.flagged.checked) parts.push("flagged=1");
    var h = parts.join("&");
    if (history.replaceState) history.replaceState(null, "", h ? "#" + h : location.pathname + location.search);
  }
  function load() {
    var h = location.hash.slice(1);
    if (h.indexOf("=") < 0) return;
    h.split("&").forEach(function (p) {
      var kv = p.split("="), k = kv[0], v = decodeURIComponent(kv.slice(1).join("=") || "");
      if (k === "ctx") return;
      if (k === "flagged") f.flagged.checked = v === "1";
      else if (f[k]) {
        for (var i = 0; i < f[k].options.length; i++) if (f[k].options[i].value === v) f[k].value = v;
      }
    });
  }
  function update(resort) { if (resort) sort(); filter(); save(); }
  ["speaker", "outlet", "relation", "flagged"].forEach(function (k) {
    f[k].addEventListener("change", function () { update(false); });
  });
  f.sort.addEventListener("change", function () { update(true); });
  var ctxData = null;
  function ctxOf(btn) {
    if (!ctxData) {
      var el = document.getElementById("ctx-data");
      ctxData = el ? JSON.parse(el.textContent) : {};
    }
    var row = btn.closest(".m"), sec = row.closest("section.cluster");
    var i = Array.prototype.indexOf.call(sec.querySelectorAll(".m"), row), list = ctxData[sec.id];
    return list ? list[i] : null;
  }
  function toggle(btn, open) {
    var box = btn.nextElementSibling;
    if (open === undefined) open = btn.getAttribute("aria-expanded") !== "true";
    if (open && !(box && box.classList.contains("ctxbox"))) {
      var c = ctxOf(btn);
      if (!c) return;
      box = document.createElement("div");
      box.className = "ctxbox";
      var p = document.createElement("p"), mark = document.createElement("mark"), loc = document.createElement("p");
      p.appendChild(document.createTextNode(c[0]));
      mark.textContent = c[1];
      p.appendChild(mark);
      p.appendChild(document.createTextNode(c[2]));
      loc.className = "loc";
      loc.textContent = c[3];
      box.appendChild(p);
      box.appendChild(loc);
      btn.parentNode.insertBefore(box, btn.nextSibling);
    }
    if (box && box.classList.contains("ctxbox")) box.hidden = !open;
    btn.setAttribute("aria-expanded", open ? "true" : "false");
  }
  main.addEventListener("click", function (e) {
    var b = e.target.closest ? e.target.closest("button.ctx") : null;
    if (b) toggle(b);
  });
  var all = document.getElementById("ctx-all"), open = false;
  function openAll(state) {
    open = state;
    items.forEach(function (el) {
      if (!el.hidden) el.querySelectorAll("button.ctx").forEach(function (b) { toggle(b, open); });
    });
    all.textContent = open ? "close all sentences" : "open all sentences";
  }
  all.addEventListener("click", function () { openAll(!open); });
  load();
  if (f.sort.value) sort();
  filter();
  if (/(^|[#&])ctx=open(&|$)/.test(location.hash)) openAll(true);
  document.documentElement.setAttribute("data-ready", "1");
})();
"""

EXTRACT_CSS = """
main{max-width:60rem}
article.doc{border:1px solid var(--line);border-radius:6px;margin:0 0 1.25rem;padding:.5rem 1rem;
content-visibility:auto;contain-intrinsic-size:auto 40rem}
article.doc[hidden]{display:none}
article.doc h2{font-size:1.1rem;margin:.25rem 0}
.meta,.counts{color:var(--muted);font-size:.85rem;margin:0;overflow-wrap:anywhere}
.body{white-space:pre-wrap;overflow-wrap:break-word;margin-top:.5rem;line-height:1.7}
mark.q{border-radius:3px;padding:0 1px;color:inherit}
mark.q.sp{background:hsl(var(--h) 85% 90%);border-bottom:2px solid hsl(var(--h) 55% 45%)}
mark.q.sp.anon{background:#eceff1;border-bottom:2px solid #78909c}
mark.q.ns{background:transparent;outline:1px dashed #9aa0a6}
mark.q .who{font-size:.7rem;font-weight:700;border-radius:3px;padding:0 .3em;margin-right:.3em;vertical-align:.15em;
white-space:nowrap;line-height:1.3}
mark.q.sp .who{color:#fff;background:hsl(var(--h) 55% 35%)}
mark.q.sp.anon .who{background:#546e7a}
mark.q.ns .who{color:var(--muted);border:1px dashed #9aa0a6;font-weight:400;font-style:italic}
mark.q mark.q{margin:0 1px}
body.hide-ns mark.q.ns{outline:none}
body.hide-ns mark.q.ns>.who{display:none}
mark.q.dim{background:transparent;border-bottom-color:transparent}
mark.q.dim>.who{display:none}
ol.qlist{white-space:normal}
details.toc{font-size:.88rem;margin:.25rem 0 .5rem}
details.toc ol{margin:.25rem 0;padding-left:1.75rem;max-height:14rem;overflow:auto}
details.toc a{color:inherit}
"""

EXTRACT_JS = r"""
(function () {
  "use strict";
  var docs = Array.prototype.slice.call(document.querySelectorAll("article.doc"));
  var speakers = docs.map(function (d) { return JSON.parse(d.getAttribute("data-speakers") || "[]"); });
  var toc = document.getElementById("toc"), entries = toc ? toc.children : [];
  var sel = document.getElementById("f-speaker"), ns = document.getElementById("f-ns");
  var shown = document.getElementById("shown");
  function apply(save) {
    var sp = sel.value, n = 0;
    document.body.classList.toggle("hide-ns", !ns.checked);
    docs.forEach(function (d, i) {
      var ok = !sp || speakers[i].indexOf(sp) >= 0;
      if (d.hidden === ok) d.hidden = !ok;
      if (entries[i]) entries[i].hidden = !ok;
      if (ok) n++;
      if (ok) d.querySelectorAll("mark.q.sp").forEach(function (m) {
        m.classList.toggle("dim", !!sp && m.getAttribute("data-speaker") !== sp);
      });
    });
    shown.textContent = n + " of " + docs.length + " documents";
    if (!save) return;
    var h = sp ? "speaker=" + encodeURIComponent(sp) : "";
    if (!ns.checked) h += (h ? "&" : "") + "speech=1";
    if (history.replaceState) history.replaceState(null, "", h ? "#" + h : location.pathname + location.search);
  }
  location.hash.slice(1).split("&").forEach(function (p) {
    var kv = p.split("="), v = decodeURIComponent(kv.slice(1).join("=") || "");
    if (kv[0] === "speaker") for (var i = 0; i < sel.options.length; i++) if (sel.options[i].value === v) sel.value = v;
    if (kv[0] === "speech" && v === "1") ns.checked = false;
  });
  sel.addEventListener("change", function () { apply(true); });
  ns.addEventListener("change", function () { apply(true); });
  apply(false);
  document.documentElement.setAttribute("data-ready", "1");
})();
"""
