"""``quotecmp extract`` through typer's CliRunner: formats, output files, bad input, exit codes."""
from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

from quotecmp.cli import app
from tests.conftest import SEEDS

runner = CliRunner()
SEED = os.path.join(SEEDS, "003_09711afa719da8e3.txt")


def invoke(*args):
    return runner.invoke(app, list(args))


def test_json_meets_the_contract(tmp_path):
    out = tmp_path / "x.json"
    r = invoke("extract", SEED, "--format", "json", "-o", str(out))
    assert r.exit_code == 0, r.output
    data = json.loads(out.read_text())
    assert data["schema_version"] == 1
    (doc,) = data["documents"]
    text = open(SEED, encoding="utf-8").read()
    assert doc["quotes"]
    for q in doc["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]
        for key in ("speaker", "speaker_id", "speaker_mention", "cue", "kind", "speech", "confidence", "paragraph"):
            assert key in q
        assert 0 <= q["confidence"] <= 1 and q["kind"] in ("direct", "partial")


def test_jsonl_has_one_quote_per_line():
    r = invoke("extract", SEED, "--format", "jsonl")
    assert r.exit_code == 0
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert rows and all(row["path"] == SEED and "text" in row for row in rows)


def test_table_hides_non_speech_unless_all(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("He praised their anti-“Israel” stances and said, “We are proud of you.”\n")
    plain = invoke("extract", str(f))
    assert plain.exit_code == 0
    assert "We are proud" in plain.stdout and "not speech" not in plain.stdout
    full = invoke("extract", str(f), "--all")
    assert "not speech" in full.stdout
    assert "1 documents read, 1 quotes, 0 skipped" in full.stdout


def test_explain_shows_the_chain(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Governor Paul Reyes arrived.\n\n“It went well,” he said.\n")
    r = invoke("extract", str(f), "--explain")
    assert "sieve: cue" in r.stdout and "Paul Reyes" in r.stdout


def _file(name: str, data: bytes | None):
    def make(folder):
        path = folder / name
        if data is not None:
            path.write_bytes(data)
        return str(path)
    return make


def _folder(folder):
    (folder / "nothing").mkdir()
    (folder / "nothing" / "notes.md").write_text("no articles here")
    return str(folder / "nothing")


@pytest.mark.parametrize("make, problem", [
    (_file("missing.txt", None), "no such file"),
    (_file("empty.txt", b""), "empty"),
    (_file("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), "binary"),
    (_file("bad.txt", b"\x81\x8d\x8f\x90\x9d said \xff\xfe\xfa\xc3\x28"), "utf-8"),
    (_folder, "no"),
], ids=["missing", "empty", "binary", "invalid-utf8", "no-articles"])
def test_bad_input_is_one_line_and_the_rest_is_processed(tmp_path, make, problem):
    bad = make(tmp_path)
    r = invoke("extract", bad, SEED, "--format", "json")
    assert r.exit_code == 1
    errors = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and bad in errors[0] and problem in errors[0].lower()
    assert "Traceback" not in r.output
    data = json.loads(r.stdout)
    assert [d["path"] for d in data["documents"]] == [SEED]
    assert data["skipped"][0]["path"] == bad


def test_usage_error_exits_2():
    assert invoke("extract", SEED, "--format", "yaml").exit_code == 2
    assert invoke("extract").exit_code == 2


def test_missing_model_says_how_to_install(tmp_path):
    r = invoke("extract", SEED, "--model", "no_such_pipeline_xx")
    assert r.exit_code == 1
    assert "pip install" in r.stderr and "Traceback" not in r.output


def test_output_is_atomic_and_inputs_untouched(tmp_path):
    before = open(SEED, "rb").read()
    out = tmp_path / "x.json"
    out.write_text("old")
    r = invoke("extract", SEED, "--format", "json", "-o", str(out))
    assert r.exit_code == 0
    assert json.loads(out.read_text())["documents"]
    assert open(SEED, "rb").read() == before
    assert [p.name for p in tmp_path.iterdir()] == ["x.json"]  # no temp file left behind


def test_every_command_has_help_with_an_example():
    top = invoke("--help")
    assert top.exit_code == 0
    for name, cmd in app.registered_commands and [(c.name or c.callback.__name__, c) for c in app.registered_commands]:
        r = invoke(name, "--help")
        assert r.exit_code == 0 and "Example" in r.stdout, name


def test_help_does_not_import_spacy():
    import subprocess
    import sys

    code = "import sys; from quotecmp.cli import app; assert 'spacy' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_two_workers_give_the_same_quotes():
    one = invoke("extract", SEEDS, "--format", "json")
    two = invoke("extract", SEEDS, "--format", "json", "--workers", "2", "--quiet")
    assert one.exit_code == two.exit_code == 0
    assert json.loads(one.stdout) == json.loads(two.stdout)


def test_output_file_is_readable_like_any_new_file(tmp_path):
    out = tmp_path / "x.json"
    assert invoke("extract", SEED, "--format", "json", "-o", str(out)).exit_code == 0
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask
