"""The HTML reports: markup checked with the stdlib parser, and the seeds' report opened in headless Chromium."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest
from typer.testing import CliRunner

from quotecmp.align import align_documents
from quotecmp.diff import diff
from quotecmp.model import Document, ExtractedDocument, Quote
from quotecmp.render.html import align_html, diff_html, extract_html
from tests.conftest import SEEDS

# --- a small DOM built with html.parser ------------------------------------------------------------

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Node:
    def __init__(self, tag: str, attrs: dict, parent: "Node | None"):
        self.tag, self.attrs, self.parent, self.children = tag, attrs, parent, []

    @property
    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self):
        for c in self.children:
            if isinstance(c, Node):
                yield c
                yield from c.iter()

    def find_all(self, tag: str | None = None, cls: str | None = None, **attrs) -> list["Node"]:
        return [n for n in self.iter() if (tag is None or n.tag == tag) and (cls is None or cls in n.classes)
                and all(n.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())]


class _Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = self.cur = Node("#root", {}, None)

    def handle_starttag(self, tag, attrs):
        node = Node(tag, dict(attrs), self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, dict(attrs), self.cur))

    def handle_endtag(self, tag):
        node = self.cur
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.cur = node.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def dom(html: str) -> Node:
    b = _Builder()
    b.feed(html)
    b.close()
    return b.root


# --- corpora --------------------------------------------------------------------------------------

REP = "We will never accept the terms of this agreement under pressure from anyone, not in 2024 and not later."


def doc(path: str, outlet: str | None, before: str, quote: str, speaker: str | None, after: str = " he said.",
        with_text: bool = True, **quote_fields) -> ExtractedDocument:
    """A document whose text holds one quote between ``before`` and ``after``."""
    text = f"{before}“{quote}”{after}"
    start = len(before) + 1
    q = Quote(text=quote, start=start, end=start + len(quote), paragraph=0, speaker=speaker, **quote_fields)
    return ExtractedDocument(Document(path=path, text=text if with_text else "", outlet=outlet), (q,))


def small_corpus(with_text: bool = True) -> list[ExtractedDocument]:
    return [
        doc("a.txt", "Daily Planet", "The minister spoke on Monday. ", REP, "Rosa Ortega", with_text=with_text),
        doc("b.txt", "Evening Star", "Ortega was firm. ",
            REP.replace("anyone", "any country").replace("2024", "2025"), "Ortega", with_text=with_text),
        doc("c.txt", None, "At the summit, ", REP.replace("under pressure ", ""), "Rosa Ortega", with_text=with_text),
    ]


@pytest.fixture(scope="module")
def seeds(nlp):
    """The seeds extracted once: (documents, align result)."""
    from quotecmp.extract import extract_documents
    from quotecmp.model import Skipped
    from quotecmp.reader import read_inputs

    docs = [d for d in read_inputs([SEEDS]) if not isinstance(d, Skipped)]
    extracted = list(extract_documents(docs, nlp=nlp))
    return extracted, align_documents(extracted)


@pytest.fixture(scope="module")
def seeds_html(seeds):
    extracted, result = seeds
    return align_html(result, documents=extracted)


def cluster_holding(root: Node, words: str) -> Node:
    for sec in root.find_all("section", "cluster"):
        if words in sec.text():
            return sec
    raise AssertionError(f"no cluster holds {words!r}")


# --- align: the markup --------------------------------------------------------------------------------

def check_clusters(root: Node, result) -> None:
    """Every cluster is present, and every rendering names its outlet (attribute and visible text)."""
    sections = root.find_all("section", "cluster")
    assert [s.attrs["data-cluster"] for s in sections] == [c.id for c in result.clusters]
    for sec, c in zip(sections, result.clusters):
        rows = sec.find_all("div", "m")
        assert len(rows) == len(c.members)
        for row, m in zip(rows, c.members):
            (outlet,) = row.find_all("span", "outlet")
            assert row.attrs["data-outlet"] == outlet.text() == (m.outlet or m.path)
            assert row.attrs["data-relation"] == m.relation


def test_every_seed_cluster_is_present_and_each_variant_names_its_outlet(seeds, seeds_html):
    _, result = seeds
    assert len(result.clusters) >= 5
    check_clusters(dom(seeds_html), result)


def test_seed_pair_words_are_marked_inserted_replaced_and_omitted(seeds_html):
    root = dom(seeds_html)
    sec = cluster_holding(root, "the only way to face these pressures")
    (variant,) = [m for m in sec.find_all("div", "m") if "rep-row" not in m.classes]
    assert any("from the United States" in n.text() for n in variant.find_all("ins", "ins"))
    assert "editorial" in sec.attrs["data-flags"].split()
    assert [n.attrs["data-flag"] for n in variant.find_all("span", "flag")] == ["editorial"]
    reps = {r.find_all("ins", "now")[0].text().strip(): r.find_all("del", "was")[0].text() for r in variant.find_all("span", "rep")}
    assert reps.get("resistance") == "resist"
    sec = cluster_holding(root, "Long-term cooperation requires")
    now = {n.text().strip() for n in sec.find_all("ins", "now")}
    assert {"follow-ups on", "implementation"} <= now


def test_replaced_inserted_and_flagged_words_in_a_known_pair():
    result = align_documents(small_corpus())
    (c,) = result.clusters
    root = dom(align_html(result, documents=small_corpus()))
    check_clusters(root, result)
    star = root.find_all("div", "m", data_outlet="Evening Star")[0]
    reps = [(r.find_all("del", "was")[0].text(), r.find_all("ins", "now")[0].text().strip()) for r in star.find_all("span", "rep")]
    assert ("2024", "2025") in reps
    assert any(new in ("any country", "country") for _, new in reps) or \
        any("country" in n.text() for n in star.find_all("ins", "ins"))
    assert "number" in [f.attrs["data-flag"] for f in star.find_all("span", "flag")]
    third = root.find_all("div", "m", data_outlet="c.txt")[0]  # no outlet: the path stands in
    assert "under pressure" in " ".join(d.text() for d in third.find_all("del", "del"))


def test_diff_html_marks_every_kind_of_change_with_a_symbol_element():
    html = diff_html(diff("They paid 40 dollars to Smith today.", "They paid 45 dollars to [Mr] Jones."))
    root = dom(html)
    assert root.text().replace("45", "").replace("40", "")  # text survives
    assert root.find_all("span", "rep") and root.find_all("span", "flag")
    flags = {f.attrs["data-flag"] for f in root.find_all("span", "flag")}
    assert "number" in flags
    # the member's text can be read back: equal + inserted + new words, without the old ones
    for n in root.find_all("del"):
        n.children.clear()
    for n in root.find_all("span", "flag"):
        n.children.clear()
    assert " ".join(root.text().split()) == "They paid 45 dollars to [Mr] Jones."


def test_hostile_text_is_escaped():
    evil = '<script>alert("x")</script> & <img src=x onerror=alert(1)> "quoted" \'single\' </textarea>'
    quote = f"We will not bow to threats {evil} from anyone at any time, ever."
    docs = [doc("<a&b>.txt", "<b>Evil & Co</b>", "Before <i>. ", quote, "Dan O'Brien <x>"),
            doc("b.txt", 'Out"let', "Hi & bye. ", quote.replace("anyone", "anybody"), "O'Brien")]
    result = align_documents(docs)
    assert result.clusters
    for html in (align_html(result, documents=docs), extract_html(docs)):
        root = dom(html)
        scripts = [n for n in root.find_all("script") if n.attrs.get("type") != "application/json"]
        assert len(scripts) == 1 and "alert" not in scripts[0].text()
        assert not root.find_all("img") and not root.find_all("textarea") and not root.find_all("x")
        assert evil in root.text()
        assert "<script>alert" not in html and "<img" not in html
    root = dom(align_html(result, documents=docs))
    assert {n.attrs["data-outlet"] for n in root.find_all("div", "m")} == {"<b>Evil & Co</b>", 'Out"let'}
    assert root.find_all("section", "cluster")[0].attrs["data-speaker"] == result.clusters[0].speaker
    marks = dom(extract_html(docs)).find_all("main")[0].find_all("mark", "sp")
    assert marks[0].attrs["data-speaker"] == "Dan O'Brien <x>" and marks[0].attrs["title"].startswith("Dan O'Brien <x>")


def resources(html: str) -> list[str]:
    """Every URL the page would load or link to."""
    root = dom(html)
    urls = [n.attrs.get(k) or "" for n in root.iter() for k in ("src", "href", "data", "poster", "action") if k in n.attrs]
    css = " ".join(n.text() for n in root.find_all("style"))
    return urls + re.findall(r"url\(([^)]*)\)|@import\s+(\S+)", css)


def test_pages_are_self_contained(seeds, seeds_html):
    extracted, _ = seeds
    for html in (seeds_html, extract_html(extracted)):
        root = dom(html)
        assert not root.find_all("link") and not root.find_all("iframe") and not root.find_all("img")
        assert all(not n.attrs.get("src") for n in root.find_all("script"))
        for url in resources(html):
            assert not re.match(r"\s*(https?:)?//", str(url)), url
        assert "<style>" in html and "<script>" in html


def test_header_counts_the_corpus_and_clusters_by_relation():
    docs = small_corpus()
    result = align_documents(docs)
    root = dom(align_html(result, documents=docs))
    stats = {dd.attrs["data-stat"]: dd.text() for dd in root.find_all("dd")}
    assert stats["documents"] == "3" and stats["outlets"] == "3" and stats["speakers"] == "1"
    assert stats["clusters"] == "1" and stats["renderings aligned"] == "3"
    rels = {tr.attrs["data-relation"] for tr in root.find_all("tr") if "data-relation" in tr.attrs}
    assert rels == {m.relation for m in result.clusters[0].members[1:]}
    options = {o.attrs["value"] for o in root.find_all("select")[1].find_all("option")}
    assert {"Daily Planet", "Evening Star", "c.txt"} <= options


def contexts(root: Node) -> dict:
    """The sentences the page shows on demand: {cluster id: [[before, quote, after, where] or None, ...]}."""
    (data,) = root.find_all("script", id="ctx-data")
    return json.loads(data.text())


def test_sentence_around_each_rendering_and_graceful_without_text():
    docs = small_corpus()
    result = align_documents(docs)
    root = dom(align_html(result, documents=docs))
    assert len(root.find_all("button", "ctx")) == 3 and not root.find_all(cls="noctx")
    (c,) = result.clusters
    ctx = contexts(root)[c.id]
    first = ctx[[m.outlet for m in c.members].index("Daily Planet")]
    before, quote, after, where = first
    assert "The minister spoke on Monday." not in before  # only the quote's own sentence
    assert before == "“" and quote == REP and after.startswith("”") and where.startswith("a.txt:")
    bare = small_corpus(with_text=False)
    result = align_documents(bare)
    for html in (align_html(result, documents=bare), align_html(result)):
        root = dom(html)
        assert not root.find_all("button", "ctx")
        assert len(root.find_all("span", "noctx")) == 3 and root.find_all("p", "noctx")
        assert contexts(root) == {result.clusters[0].id: [None, None, None]}
        check_clusters(root, result)


def test_sentence_data_cannot_close_its_script():
    quote = "We will never accept </script><script>alert(1)</script> terms from anyone at all & ever."
    docs = [doc("a.txt", "A", "x. ", quote, "Ann Lee"), doc("b.txt", "B", "y. ", quote.replace("ever", "never"), "Lee")]
    html = align_html(align_documents(docs), documents=docs)
    assert html.count("</script>") == 2 and html.count("<script") == 2
    assert quote in json.dumps(contexts(dom(html)), ensure_ascii=False).replace("\\/", "/") or \
        any(quote == c[1] for cs in contexts(dom(html)).values() for c in cs if c)


def test_no_clusters_says_so():
    result = align_documents(small_corpus()[:1])
    root = dom(align_html(result))
    assert not root.find_all("section", "cluster") and root.find_all("p", "empty")


def test_divergence_and_filters_have_their_data():
    docs = small_corpus()
    result = align_documents(docs)
    sec = dom(align_html(result, documents=docs)).find_all("section", "cluster")[0]
    assert 0.0 <= float(sec.attrs["data-divergence"]) <= 1.0
    assert set(json.loads(sec.attrs["data-outlets"])) == {"Daily Planet", "Evening Star", "c.txt"}
    assert sec.attrs["data-speaker"] == "Rosa Ortega"


def test_a_fragment_shows_where_the_representative_goes_on(seeds_html):
    root = dom(seeds_html)
    rows = root.find_all("div", "m", data_relation="fragment")
    assert rows
    for row in rows:
        outs = row.find_all("span", "out")
        assert outs and all(o.text() == "…" and o.attrs["title"].startswith("not in this rendering: ") for o in outs)


def test_unknown_speaker_cluster():
    quote = "The harbour will stay closed to every foreign ship until the inquiry has reported in full."
    docs = [doc("a.txt", "A", "x. ", quote, None), doc("b.txt", "B", "y. ", quote, None)]
    result = align_documents(docs)
    (sec,) = dom(align_html(result, documents=docs)).find_all("section", "cluster")
    assert sec.attrs["data-speaker"] == "\u2014" and sec.find_all("span", "speaker")[0].text() == "speaker unknown"
    assert sec.find_all("div", "m")[1].attrs["data-relation"] == "verbatim"


# --- extract ---------------------------------------------------------------------------------------------

def test_extract_page_marks_speech_and_other_quotes_with_speakers():
    text = 'Ortega said: “We will win this, and the “deal” is dead.” Critics called it a “sham”.'
    outer_s = text.index("We")
    outer_e = text.index("dead.") + len("dead.")
    deal = text.index("deal")
    sham = text.index("sham")
    quotes = (Quote(text[outer_s:outer_e], outer_s, outer_e, 0, speaker="Rosa Ortega", cue="said"),
              Quote("deal", deal, deal + 4, 0, speech=False, reason="quoted term", nested=True),
              Quote("sham", sham, sham + 4, 0, speech=True, speaker=None))
    ed = ExtractedDocument(Document(path="x.txt", text=text, outlet="Outlet <1>"), quotes)
    root = dom(extract_html([ed]))
    (art,) = root.find_all("article", "doc")
    assert art.parent.tag == "main"
    assert art.attrs["data-path"] == "x.txt" and "Outlet <1>" in art.text()
    speech = art.find_all("mark", "sp")
    assert [m.attrs["data-speaker"] for m in speech] == ["Rosa Ortega", "\u2014"]
    assert speech[0].find_all("span", "who")[0].text() == "Rosa Ortega"
    (ns,) = art.find_all("mark", "ns")
    assert ns.parent is speech[0] and "quoted term" in ns.attrs["title"]
    # the article text is whole once the labels are taken out
    (body,) = art.find_all("div", "body")
    for who in body.find_all("span", "who"):
        who.children.clear()
    assert body.text() == text


def test_extract_page_keeps_the_text_whole_when_quotes_overlap_or_do_not_fit():
    text = "<b>One</b> & two \"three\" four five six seven."
    quotes = (Quote(text[0:20], 0, 20, 0, speaker="A B"), Quote(text[10:30], 10, 30, 0, speaker="C D"),
              Quote("x", 500, 501, 0, speaker="E F"), Quote(text[12:16], 12, 16, 0, speech=False))
    root = dom(extract_html([ExtractedDocument(Document(path="p", text=text), quotes)]))
    (body,) = root.find_all("div", "body")
    marks = body.find_all("mark")
    assert [m.attrs["data-speaker"] for m in marks] == ["A B", "", "C D"]
    for who in body.find_all("span", "who"):
        who.children.clear()
    assert body.text() == text


def test_extract_page_without_text_lists_the_quotes():
    ed = doc("a.txt", "O", "x ", "Some words here.", "Ann Lee", with_text=False)
    root = dom(extract_html([ed]))
    (art,) = root.find_all("article", "doc")
    assert art.find_all("p", "noctx") and art.find_all("mark", "sp")[0].attrs["data-speaker"] == "Ann Lee"


# --- the CLI (wired by the lead) ------------------------------------------------------------------------------

runner = CliRunner()


def test_cli_align_format_html(tmp_path):
    from quotecmp.cli import app
    from quotecmp.export import dumps, extract_json

    src = tmp_path / "x.json"
    src.write_text(dumps(extract_json(small_corpus(), include_text=True)))
    out = tmp_path / "r.html"
    r = runner.invoke(app, ["align", str(src), "--format", "html", "-o", str(out)])
    assert r.exit_code == 0, r.output
    root = dom(out.read_text(encoding="utf-8"))
    assert len(root.find_all("section", "cluster")) == 1 and len(root.find_all("button", "ctx")) == 3


def test_cli_extract_format_html(tmp_path):
    from quotecmp.cli import app

    art = tmp_path / "a.txt"
    art.write_text('“We will never give in to pressure from anyone,” said President Rosa Ortega on Monday.\n')
    out = tmp_path / "e.html"
    r = runner.invoke(app, ["extract", str(art), "--format", "html", "-o", str(out)])
    assert r.exit_code == 0, r.output
    root = dom(out.read_text(encoding="utf-8"))
    assert root.find_all("article", "doc") and root.find_all("mark", "sp")


# --- a real browser --------------------------------------------------------------------------------------------

CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--hide-scrollbars"]
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (apt-get install chromium chromium-driver; .ci/run installs it)")


def chromium(tmp_path, url: str, *args: str) -> str:
    """Run headless Chromium on a URL with extra flags; its stdout (the DOM with --dump-dom)."""
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    cmd = [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args, url]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout


@needs_chromium
def test_seeds_report_in_headless_chromium(seeds, seeds_html, tmp_path):
    _, result = seeds
    page = tmp_path / "seeds.html"
    page.write_text(seeds_html, encoding="utf-8")
    url = page.as_uri()
    root = dom(chromium(tmp_path, url, "--dump-dom"))
    html = root.find_all("html")[0]
    assert html.attrs.get("data-ready") == "1"  # the script ran without an error
    check_clusters(root, result)
    sec = cluster_holding(root, "the only way to face these pressures")
    assert any("from the United States" in n.text() for n in sec.find_all("ins", "ins"))
    assert any(n.text().strip() == "resistance" for n in sec.find_all("ins", "now"))
    assert f"{len(result.clusters)} of {len(result.clusters)} clusters" in root.find_all("output")[0].text()

    # filters and sorting from the URL fragment: one outlet, most divergent first, sentences open
    root = dom(chromium(tmp_path, url + "#outlet=almayadeen&sort=divergence&ctx=open", "--dump-dom"))
    sections = root.find_all("section", "cluster")
    visible = [s for s in sections if "hidden" not in s.attrs]
    want = [c.id for c in result.clusters if "almayadeen" in c.outlets]
    assert sorted(s.attrs["data-cluster"] for s in visible) == sorted(want) and len(want) < len(sections)
    divs = [float(s.attrs["data-divergence"]) for s in sections]
    assert divs == sorted(divs, reverse=True)
    for sec in visible:  # each rendering's sentence, its words marked
        rows = sec.find_all("div", "m")
        boxes = [r.find_all("div", "ctxbox") for r in rows]
        assert all(len(b) == 1 for b in boxes)
        c = next(c for c in result.clusters if c.id == sec.attrs["data-cluster"])
        assert [b[0].find_all("mark")[0].text() for b in boxes] == [m.text for m in c.members]

    shot = tmp_path / "seeds_report.png"
    chromium(tmp_path, url, f"--screenshot={shot}", "--window-size=1280,2000")
    assert shot.stat().st_size > 10_000
    print(f"\nscreenshot of the seeds' report: {shot}")


@needs_chromium
def test_extract_page_in_headless_chromium(seeds, tmp_path):
    from urllib.parse import quote

    extracted, _ = seeds
    page = tmp_path / "extract.html"
    page.write_text(extract_html(extracted), encoding="utf-8")
    speakers = {q.speaker for ed in extracted for q in ed.quotes if q.speech and q.speaker}
    # a speaker quoted in some articles but not all
    who = min(speakers, key=lambda s: (sum(any(q.speaker == s for q in ed.quotes) for ed in extracted), s))
    root = dom(chromium(tmp_path, page.as_uri() + "#speaker=" + quote(who), "--dump-dom"))
    assert root.find_all("html")[0].attrs.get("data-ready") == "1"
    docs = root.find_all("article", "doc")
    assert len(docs) == len(extracted)
    shown = [d for d in docs if "hidden" not in d.attrs]
    assert shown and len(shown) < len(docs)
    for d in shown:
        marks = d.find_all("mark", "sp")
        assert any(m.attrs["data-speaker"] == who for m in marks)
        assert all(("dim" in m.classes) == (m.attrs["data-speaker"] != who) for m in marks)
