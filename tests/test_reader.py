"""Reading inputs: text, HTML, JSONL corpora, stdin, folders, encodings — and every bad input,
through ``read_inputs`` and through the CLI (one line naming the file, the rest processed,
exit status 1, no traceback)."""
from __future__ import annotations

import builtins
import errno
import io
import json
import os
import sys
import time

import pytest
from typer.testing import CliRunner

from quotecmp import reader
from quotecmp.cli import app
from quotecmp.model import Document, Skipped
from quotecmp.reader import decode_bytes, read_inputs
from tests.conftest import ROOT, SEEDS

HTML_FIXTURES = os.path.join(ROOT, "fixtures", "html")
ARTICLE = "The minister arrived in the capital on Monday.\n\n“We will meet again next week,” the minister said.\n"
PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}"><title>Talks go on - Daily Planet</title>
<meta property="og:site_name" content="Daily Planet"><meta property="og:url" content="https://planet.example/talks">
<meta property="article:published_time" content="2024-03-01T10:00:00Z"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Talks go on</h1><p>The minister arrived in the capital on Monday for a second round of talks.</p>
<p>{quote}We will meet again next week to settle the remaining questions,{unquote} the minister said.</p></article>
<footer><p>Contact us</p></footer></body></html>"""


def page(charset="utf-8", quote="“", unquote="”") -> str:
    return PAGE.format(charset=charset, quote=quote, unquote=unquote)


def items(*paths, **options) -> list[Document | Skipped]:
    return list(read_inputs([str(p) for p in paths], **options))


def docs(*paths, **options) -> list[Document]:
    return [d for d in items(*paths, **options) if isinstance(d, Document)]


def skipped(*paths, **options) -> list[Skipped]:
    return [d for d in items(*paths, **options) if isinstance(d, Skipped)]


# ---------------------------------------------------------------------------------------------
# Encodings

TEXT = "He said “it’s a café—déjà vu” and left… €5."


@pytest.mark.parametrize("data, encoding, text", [
    (TEXT.encode("utf-8"), "utf-8", TEXT),
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig", TEXT),
    (TEXT.encode("utf-16"), "utf-16", TEXT),  # with its byte-order mark (little-endian here)
    (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16", TEXT),
    (TEXT.encode("utf-16-le"), "utf-16-le", TEXT),  # no mark: told by its zero bytes
    (TEXT.encode("utf-16-be"), "utf-16-be", TEXT),
    (TEXT.encode("cp1252"), "cp1252", TEXT),
    ("Le café de la gare, à Paris, était plein.".encode("latin-1"), "latin-1",
     "Le café de la gare, à Paris, était plein."),
    (b"line one\r\nline two\rline three\n", "utf-8", "line one\nline two\nline three\n"),
], ids=["utf8", "utf8-bom", "utf16-bom-le", "utf16-bom-be", "utf16le-no-bom", "utf16be-no-bom", "cp1252", "latin1",
        "newlines"])
def test_encodings(tmp_path, data, encoding, text):
    f = tmp_path / "a.txt"
    f.write_bytes(data)
    (doc,) = items(f)
    assert isinstance(doc, Document), doc
    assert (doc.encoding, doc.text, doc.format) == (encoding, text, "txt")
    assert decode_bytes(data) == (text, encoding)


# ---------------------------------------------------------------------------------------------
# Bad inputs through read_inputs: each a Skipped naming the path, the others still read


def _write(name, data):
    def make(tmp_path):
        path = tmp_path / name
        path.write_bytes(data)
        return str(path)
    return make


def _missing(tmp_path):
    return str(tmp_path / "missing.txt")


def _symlink_loop(tmp_path):
    path = tmp_path / "loop.txt"
    os.symlink("loop.txt", path)
    return str(path)


def _folder_without_articles(tmp_path):
    folder = tmp_path / "nothing"
    folder.mkdir()
    (folder / "notes.md").write_text("no articles here")
    (folder / ".hidden.txt").write_text("hidden files are not read")
    return str(folder)


BAD = [
    (_missing, "no such file"),
    (_write("empty.txt", b""), "empty file"),
    (_write("blank.txt", b"  \n\n \t\n"), "empty file"),
    (_write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), "binary file (png image)"),
    (_write("photo.html", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01"), "binary file (jpeg image)"),
    (_write("data.txt", bytes(range(256)) * 4), "binary file"),
    (_write("bad.txt", b"\x81\x8d\x8f\x90\x9d said \xff\xfe\xfa\xc3\x28"), "not valid utf-8"),
    (_write("mixed.txt", "Caf\u00e9 “quoted”".encode("utf-8") + b" and \x93cp1252\x94 " + "“again”".encode("utf-8")),
     "not valid utf-8"),
    (_write("cyrillic.txt", "Министр сказал: «Переговоры продолжатся на следующей неделе».".encode("cp1251")),
     "no legacy encoding fits"),
    (_write("big.txt", b"x" * 5000), "too large"),
    (_symlink_loop, "symlink loop"),
    (_write("nav.html", b"<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>"),
     "no article text"),
    (_write("empty.html", b"<html><body></body></html>"), "no article text"),
    (_folder_without_articles, "folder holds no readable files"),
]
BAD_IDS = ["missing", "empty", "blank", "png", "jpeg-as-html", "binary", "invalid-utf8", "mixed-encodings",
           "cp1251", "too-large", "symlink-loop", "html-no-text", "html-empty", "folder-without-articles"]


@pytest.mark.parametrize("make, problem", BAD, ids=BAD_IDS)
def test_bad_input_is_skipped_and_the_rest_is_read(tmp_path, make, problem):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad = make(tmp_path)
    result = items(bad, good, max_bytes=4000)
    assert [type(r) for r in result] == [Skipped, Document], result
    assert result[0].path == bad and problem in result[0].reason.lower()
    assert "\n" not in result[0].reason
    assert result[1].path == str(good)


def _deny(monkeypatch, path):
    real_open = builtins.open

    def fake_open(file, *args, **kwargs):
        if os.fspath(file) == path:
            raise PermissionError(errno.EACCES, "Permission denied", path)
        return real_open(file, *args, **kwargs)

    # tests run as root, where chmod 000 does not stop reads: simulate the refusal
    monkeypatch.setattr(reader, "open", fake_open, raising=False)


def test_unreadable_file(tmp_path, monkeypatch):
    bad = tmp_path / "secret.txt"
    bad.write_text(ARTICLE)
    _deny(monkeypatch, str(bad))
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    result = items(bad, good)
    assert result[0] == Skipped(str(bad), "cannot read: permission denied")
    assert isinstance(result[1], Document)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_for_real(tmp_path):  # pragma: no cover - runs only as a normal user
    bad = tmp_path / "secret.txt"
    bad.write_text(ARTICLE)
    bad.chmod(0)
    assert items(bad) == [Skipped(str(bad), "cannot read: permission denied")]


def test_symlink_loop_of_folders_is_not_followed_forever(tmp_path):
    top = tmp_path / "top"
    (top / "sub").mkdir(parents=True)
    (top / "sub" / "a.txt").write_text(ARTICLE)
    os.symlink("..", top / "sub" / "back")  # sub/back → top: a loop
    result = items(top)
    assert [d.path for d in result if isinstance(d, Document)] == [str(top / "sub" / "a.txt")]
    assert [s.reason for s in result if isinstance(s, Skipped)] == ["symlink loop (links back to a folder above it)"]


def test_a_dangling_link_in_a_folder(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    os.symlink("gone.txt", tmp_path / "b.txt")
    result = items(tmp_path)
    assert isinstance(result[0], Document)
    assert result[1] == Skipped(str(tmp_path / "b.txt"), "no such file or folder")


# ---------------------------------------------------------------------------------------------
# Folders, globs, order, duplicates


@pytest.fixture
def tree(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / ".git").mkdir()
    for rel, content in {
        "z.txt": ARTICLE, "a.txt": ARTICLE, "page.htm": page(), "notes.md": ARTICLE, "b/c.txt": ARTICLE,
        "b/deep/d.TXT": ARTICLE, ".hidden.txt": ARTICLE, ".git/e.txt": ARTICLE,
    }.items():
        (tmp_path / rel).write_text(content, encoding="utf-8")
    return tmp_path


def rel(tree, documents):
    return [os.path.relpath(d.path, tree) for d in documents]


@pytest.mark.parametrize("glob, expected", [
    (None, ["a.txt", "page.htm", "z.txt", "b/c.txt", "b/deep/d.TXT"]),
    ("*.md", ["notes.md"]),
    ("*.htm", ["page.htm"]),
    ("b/*.txt", ["b/c.txt"]),
    ("*.txt", ["a.txt", "z.txt", "b/c.txt"]),
])
def test_folders_are_walked_recursively_in_name_order(tree, glob, expected):
    assert rel(tree, docs(tree, glob=glob)) == expected


def test_a_folder_named_twice_is_read_once_and_not_called_empty(tree):
    assert rel(tree, docs(tree, tree)) == ["a.txt", "page.htm", "z.txt", "b/c.txt", "b/deep/d.TXT"]
    assert skipped(tree, tree) == []


def test_a_glob_matching_nothing_is_reported(tree):
    assert skipped(tree, glob="*.pdf") == [Skipped(str(tree), "folder holds no files matching '*.pdf'")]


def test_a_file_named_twice_is_read_once(tree):
    assert rel(tree, docs(tree / "a.txt", tree, tree / "a.txt")) == [
        "a.txt", "page.htm", "z.txt", "b/c.txt", "b/deep/d.TXT"]


def test_a_file_named_explicitly_is_read_whatever_its_suffix(tree):
    (doc,) = docs(tree / "notes.md")
    assert doc.format == "txt" and doc.text == ARTICLE
    odd = tree / "saved-page.aspx"
    odd.write_text(page(), encoding="utf-8")
    (doc,) = docs(odd)
    assert doc.format == "html" and "We will meet again" in doc.text


def many_files(tmp_path, n=10_000):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:05d}.txt").write_bytes(b"Nothing quoted in article %d." % i)
    return folder


def test_ten_thousand_small_files_stream(tmp_path):
    folder = many_files(tmp_path)
    started = time.perf_counter()
    stream = read_inputs([str(folder)])
    first = next(stream)  # a generator: the first document comes before the rest are read
    assert first.path.endswith("00000.txt")
    rest = sum(1 for d in stream if isinstance(d, Document))
    assert rest == 9_999
    assert time.perf_counter() - started < 30


def test_reading_is_lazy(tmp_path, monkeypatch):
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(ARTICLE)
    calls = []
    real = reader._document
    monkeypatch.setattr(reader, "_document", lambda *a: calls.append(a[0]) or real(*a))
    stream = read_inputs([str(tmp_path)])
    next(stream)
    assert len(calls) == 1


# ---------------------------------------------------------------------------------------------
# Standard input


def test_stdin_text(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode("cp1252", "replace"))))
    (doc,) = items("-")
    assert doc.path == "-" and doc.format == "txt" and "We will meet again" in doc.text


def test_stdin_html_is_recognised(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page().encode("utf-8"))))
    (doc,) = items("-")
    assert doc.format == "html" and doc.outlet == "Daily Planet"


@pytest.mark.parametrize("data, problem", [(b"", "standard input is empty"), (b"x" * 50, "too large")])
def test_stdin_refused(monkeypatch, data, problem):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    (s,) = items("-", max_bytes=20)
    assert s.path == "-" and problem in s.reason


# ---------------------------------------------------------------------------------------------
# HTML


def test_html_main_text_and_metadata(tmp_path):
    f = tmp_path / "talks.html"
    f.write_text(page(), encoding="utf-8")
    (doc,) = items(f)
    assert (doc.format, doc.encoding, doc.outlet, doc.title, doc.date, doc.url) == (
        "html", "utf-8", "Daily Planet", "Talks go on", "2024-03-01", "https://planet.example/talks")
    assert doc.text.startswith("Talks go on\n\n")
    assert "“We will meet again next week to settle the remaining questions,” the minister said." in doc.text
    assert "Home" not in doc.text and "Contact us" not in doc.text  # navigation and footer are gone


def test_html_in_a_legacy_charset(tmp_path):
    f = tmp_path / "old.html"
    f.write_bytes(page(charset="windows-1252").encode("cp1252"))
    (doc,) = items(f)
    assert doc.encoding == "cp1252" and "“We will meet again" in doc.text


def test_html_with_a_wrong_charset_declaration_is_detected(tmp_path):
    f = tmp_path / "liar.html"
    f.write_bytes(page(charset="utf-8").encode("cp1252"))
    (doc,) = items(f)
    assert doc.encoding == "cp1252" and "“We will meet again" in doc.text


@pytest.mark.parametrize("name, outlet, date", [
    ("000_aba81d0029a9aa82.html", "Balkan Times", "2022-06-12"),
    ("001_7479094391d83e34.html", "Al Mayadeen English", "2022-06-11"),
    ("002_aa3a6b30cbf3a08e.html", "Iran Front Page", "2019-10-02"),
    ("003_09711afa719da8e3.html", "Tehran Daily Digest", "2024-02-22"),
    ("004_f6b1add55dac1d7a.html", "Mehr News Agency", "2022-06-11"),
])
def test_html_fixtures_metadata_and_no_page_chrome(name, outlet, date):
    (doc,) = items(os.path.join(HTML_FIXTURES, name))
    assert (doc.outlet, doc.date, doc.format) == (outlet, date, "html")
    assert doc.url.startswith("https://") and doc.title and not doc.title.endswith(outlet)
    for chrome in ("Privacy policy", "Post Comment", "Log in", "Most Read"):
        assert chrome not in doc.text


# ---------------------------------------------------------------------------------------------
# JSONL corpora

CORPUS = [
    json.dumps({"id": "a1", "text": ARTICLE, "outlet": "Daily Planet", "url": "https://planet.example/1",
                "date": "2024-03-01", "title": "Talks"}),
    json.dumps({"text": "Second article, no id.", "source": {"name": "Wire"}, "published": "2024-03-02"}),
    '{"id": "broken", "text": "unterminated',
    "",
    json.dumps(["not", "an", "object"]),
    json.dumps({"id": "no-text", "body": "the text is elsewhere"}),
    json.dumps({"id": "blank", "text": "   "}),
    json.dumps({"id": "page", "html": page(charset="windows-1252")}),  # a str: its declared charset is moot
    json.dumps({"id": "a1", "text": "A second line with the same id."}),
]


def test_jsonl_corpus(tmp_path):
    f = tmp_path / "corpus.jsonl"
    f.write_text("\n".join(CORPUS) + "\n", encoding="utf-8")
    result = items(f)
    p = str(f)
    got = [(r.path, r.reason if isinstance(r, Skipped) else r.format) for r in result]
    assert got == [
        (f"{p}#a1", "jsonl"),
        (f"{p}#2", "jsonl"),
        (p, "line 3: not valid JSON (Unterminated string starting at column 26)"),
        (p, "line 5: not a JSON object"),
        (p, 'line 6: no "text" field'),
        (p, "line 7: empty text"),
        (f"{p}#page", "html"),
        (f"{p}#9", "jsonl"),  # an id seen before: the line number keeps paths unique
    ]
    first, second = result[0], result[1]
    assert (first.outlet, first.url, first.date, first.title, first.text) == (
        "Daily Planet", "https://planet.example/1", "2024-03-01", "Talks", ARTICLE)
    assert (second.outlet, second.date) == ("Wire", "2024-03-02")
    assert result[6].outlet == "Daily Planet" and "“We will meet again" in result[6].text


def test_jsonl_line_over_max_bytes_is_skipped_and_reading_goes_on(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"text": "x" * 500}) + "\n" + json.dumps({"text": "short"}) + "\n")
    result = items(f, max_bytes=100)
    assert result[0] == Skipped(str(f), "line 1: over --max-bytes 100")
    assert result[1].text == "short" and result[1].path == f"{f}#2"


def test_jsonl_invalid_utf8_line(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_bytes(b'{"text": "caf\xe9"}\n' + json.dumps({"text": "fine"}).encode() + b"\n")
    result = items(f)
    assert result[0] == Skipped(str(f), "line 1: not valid UTF-8 (byte 13)")
    assert result[1].text == "fine"


def test_empty_jsonl_file(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text("\n\n")
    assert items(f) == [Skipped(str(f), "empty file")]


# ---------------------------------------------------------------------------------------------
# Outlets from the --sources manifest


def test_sources_manifest(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "p.html").write_text(page())
    manifest = tmp_path / "sources.csv"
    manifest.write_text("path,outlet,url,date\na.txt,Manifest Outlet,https://m.example/a,2024-01-01\n"
                        "p.html,Manifest Outlet,https://m.example/p,2024-01-01\n")
    a, p = docs(tmp_path / "a.txt", tmp_path / "p.html", sources=str(manifest))
    assert (a.outlet, a.url, a.date) == ("Manifest Outlet", "https://m.example/a", "2024-01-01")
    assert (p.outlet, p.url) == ("Daily Planet", "https://planet.example/talks")  # the page's own metadata first


def test_unusable_manifest_is_reported_and_the_documents_still_read(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = items(tmp_path / "a.txt", sources=str(tmp_path / "nope.csv"))
    assert result[0].path == str(tmp_path / "nope.csv") and "--sources" in result[0].reason
    assert isinstance(result[1], Document)


def test_seeds_get_outlets_from_their_text():
    outlets = [d.outlet for d in docs(SEEDS)]
    assert outlets == ["Balkan Times", "almayadeen", "Iran Front Page", None, "Mehr News Agency"]


def test_documents_carry_furniture():
    (doc,) = docs(os.path.join(SEEDS, "002_aa3a6b30cbf3a08e.txt"))
    assert {f.reason for f in doc.furniture} == {"editorial-staff blurb", "related-links list"}


# ---------------------------------------------------------------------------------------------
# Through the CLI: one line naming the file, the others processed, exit 1, no traceback

runner = CliRunner()


def invoke(*args, **kwargs):
    return runner.invoke(app, [str(a) for a in args], **kwargs)


def _corpus_with_a_bad_line(tmp_path):
    f = tmp_path / "corpus.jsonl"
    f.write_text(json.dumps({"id": "ok", "text": "A fine line, nothing quoted."}) + "\n{broken\n")
    return str(f)


CLI_BAD = BAD + [(_corpus_with_a_bad_line, "line 2: not valid json")]
CLI_IDS = BAD_IDS + ["jsonl-bad-line"]


@pytest.mark.parametrize("make, problem", CLI_BAD, ids=CLI_IDS)
def test_cli_bad_input(tmp_path, make, problem):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad = make(tmp_path)
    r = invoke("extract", bad, good, "--format", "json", "--max-bytes", 4000)
    assert r.exit_code == 1, r.output
    errors = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and bad in errors[0] and problem in errors[0].lower(), errors
    assert "Traceback" not in r.output
    data = json.loads(r.stdout)
    assert str(good) in [d["path"] for d in data["documents"]]
    assert data["skipped"][0]["path"] == bad
    quotes = [q for d in data["documents"] if d["path"] == str(good) for q in d["quotes"]]
    assert [q["text"] for q in quotes] == ["We will meet again next week,"]


def test_cli_unreadable_file(tmp_path, monkeypatch):
    bad = tmp_path / "secret.txt"
    bad.write_text(ARTICLE)
    _deny(monkeypatch, str(bad))
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    r = invoke("extract", bad, good, "--format", "json")
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert r.stderr.strip() == f"quotecmp: {bad}: cannot read: permission denied"
    assert [d["path"] for d in json.loads(r.stdout)["documents"]] == [str(good)]


def test_cli_reads_legacy_encodings_and_says_which(tmp_path):
    f = tmp_path / "old.txt"
    f.write_bytes(ARTICLE.encode("cp1252"))
    g = tmp_path / "wide.txt"
    g.write_bytes(ARTICLE.encode("utf-16"))
    r = invoke("extract", f, g, "--format", "json")
    assert r.exit_code == 0, r.output
    got = {d["path"]: (d["encoding"], [q["text"] for q in d["quotes"]]) for d in json.loads(r.stdout)["documents"]}
    assert got == {str(f): ("cp1252", ["We will meet again next week,"]),
                   str(g): ("utf-16", ["We will meet again next week,"])}


def test_cli_stdin_and_jsonl(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "x", "text": ARTICLE, "outlet": "Wire"}) + "\n")
    r = invoke("extract", "-", corpus, "--format", "jsonl", input=ARTICLE)
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(row["path"], row["outlet"], row["text"]) for row in rows] == [
        ("-", None, "We will meet again next week,"), (f"{corpus}#x", "Wire", "We will meet again next week,")]


def test_cli_ten_thousand_files_load_the_model_once(tmp_path, monkeypatch):
    import quotecmp.extract as extract_module

    folder = many_files(tmp_path)
    (folder / "09999.txt").write_text(ARTICLE)
    loads = []
    real = extract_module.load_model
    monkeypatch.setattr(extract_module, "load_model", lambda *a, **k: loads.append(a) or real(*a, **k))
    r = invoke("extract", folder, "--format", "jsonl")
    assert r.exit_code == 0, r.output
    assert len(loads) == 1
    assert [json.loads(line)["path"] for line in r.stdout.splitlines()] == [str(folder / "09999.txt")]


# ---------------------------------------------------------------------------------------------
# Acceptance: the seeds as web pages give the same quotes and speakers as the .txt files


@pytest.mark.parametrize("name", sorted(n[:-5] for n in os.listdir(HTML_FIXTURES) if n.endswith(".html")))
def test_html_pages_give_the_same_quotes_as_the_text(nlp, name):
    from quotecmp.extract import extract_documents

    txt, html = docs(os.path.join(SEEDS, name + ".txt"), os.path.join(HTML_FIXTURES, name + ".html"))
    a, b = extract_documents([txt, html], nlp=nlp)
    speech = lambda ed: [(q.text, q.speaker) for q in ed.quotes if q.speech]  # noqa: E731
    assert speech(a) and speech(a) == speech(b)
    for ed in (a, b):  # offsets index each document's own text
        assert all(ed.document.text[q.start:q.end] == q.text for q in ed.quotes)


# ---------------------------------------------------------------------------------------------
# Never raises, whatever the bytes

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

SOME_BYTES = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=200).map(lambda t: t.encode("utf-8")),
    st.text(max_size=200).map(lambda t: t.encode("utf-16")),
    st.text(alphabet=st.characters(max_codepoint=255), max_size=200).map(lambda t: t.encode("latin-1")),
    st.text(max_size=200).map(lambda t: f"<html><body><p>{t}</p></body></html>".encode("utf-8")),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=SOME_BYTES, suffix=st.sampled_from([".txt", ".html", ".jsonl", ".dat"]))
def test_any_bytes_give_a_document_or_a_reason(tmp_path, data, suffix):
    f = tmp_path / f"any{suffix}"
    f.write_bytes(data)
    result = items(f)
    assert result and all(isinstance(r, (Document, Skipped)) for r in result)
    for r in result:
        if isinstance(r, Skipped):
            assert r.reason and "\n" not in r.reason
        else:
            assert r.text.strip() and all(0 <= x.start < x.end <= len(r.text) for x in r.furniture)
