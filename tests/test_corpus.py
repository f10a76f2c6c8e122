"""quotecmp.corpus: extract output (JSON, JSONL) back into documents, with errors that name the line."""
from __future__ import annotations

import json

import pytest

from quotecmp.corpus import is_extract_output, load_corpus
from quotecmp.errors import InputError

QUOTE = {"text": "we will not give in", "start": 10, "end": 29, "speaker": "Rosa Ortega"}


def test_json_with_only_the_contract_fields(tmp_path):
    p = tmp_path / "x.json"
    p.write_text(json.dumps({"documents": [{"path": "a.txt", "quotes": [QUOTE]}]}))
    (ed,) = load_corpus(str(p))
    assert ed.document.path == "a.txt" and ed.document.text == "" and ed.document.outlet is None
    (q,) = ed.quotes
    assert (q.text, q.start, q.end, q.speaker, q.speech) == ("we will not give in", 10, 29, "Rosa Ortega", True)


def test_json_keeps_optional_fields(tmp_path):
    p = tmp_path / "x.json"
    q = dict(QUOTE, speech=False, kind="partial", speaker_kind="person", speaker_id="rosa-ortega", confidence=0.9)
    p.write_text(json.dumps({"schema_version": 1, "documents": [
        {"path": "a.txt", "outlet": "Daily", "text": "x" * 40, "quotes": [q]}]}))
    (ed,) = load_corpus(str(p))
    assert ed.document.outlet == "Daily" and len(ed.document.text) == 40
    assert ed.quotes[0].speech is False and ed.quotes[0].kind == "partial" and ed.quotes[0].speaker_id == "rosa-ortega"


def test_jsonl_groups_quotes_by_path(tmp_path):
    p = tmp_path / "x.jsonl"
    rows = [dict(QUOTE, path="a.txt", outlet="A"), dict(QUOTE, path="b.txt"), dict(QUOTE, path="a.txt", start=40, end=59)]
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    docs = load_corpus(str(p))
    assert [(d.document.path, len(d.quotes)) for d in docs] == [("a.txt", 2), ("b.txt", 1)]
    assert is_extract_output(str(p))


@pytest.mark.parametrize("name, content, where", [
    ("bad.json", '{"documents": [\n  {"path": "a.txt",\n   "quotes": [}\n]}', "line 3"),
    ("bad.jsonl", json.dumps(dict(QUOTE, path="a")) + "\n{not json\n", "line 2"),
    ("nodocs.json", '{"clusters": []}', "documents"),
    ("nostart.jsonl", json.dumps({"path": "a", "text": "x", "end": 3}) + "\n", "line 1"),
    ("nopath.jsonl", json.dumps(QUOTE) + "\n", "line 1"),
    ("list.jsonl", "[1, 2]\n", "line 1"),
])
def test_bad_input_names_path_and_line(tmp_path, name, content, where):
    p = tmp_path / name
    p.write_text(content)
    with pytest.raises(InputError) as e:
        load_corpus(str(p))
    assert str(p) in str(e.value) and where in str(e.value)


def test_articles_in_jsonl_are_not_extract_output(tmp_path):
    p = tmp_path / "articles.jsonl"
    p.write_text(json.dumps({"id": 1, "text": "An article."}) + "\n")
    assert not is_extract_output(str(p))
    assert not is_extract_output(str(tmp_path / "missing.json"))
