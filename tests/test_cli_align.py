"""``quotecmp align`` through typer's CliRunner: inputs, formats, output files, exit codes."""
from __future__ import annotations

import json
import os
import sys

from typer.testing import CliRunner

from quotecmp.cli import app
from tests.conftest import SEEDS, SHARED

runner = CliRunner()
REP = "We will never accept the terms of this agreement under pressure from anyone at all."


def corpus(tmp_path, name="x.json"):
    docs = []
    for n, (text, speaker) in enumerate([(REP, "Rosa Ortega"), (REP.replace("anyone", "any country"), "Ortega"),
                                         ("The harbour will open next spring for all ships.", "Ortega")]):
        docs.append({"path": f"d{n}.txt", "outlet": f"Outlet {n}",
                     "quotes": [{"text": text, "start": 0, "end": len(text), "speaker": speaker}]})
    p = tmp_path / name
    p.write_text(json.dumps({"documents": docs}))
    return str(p)


def test_json_output_file(tmp_path):
    out = tmp_path / "a.json"
    r = runner.invoke(app, ["align", corpus(tmp_path), "--format", "json", "-o", str(out)])
    assert r.exit_code == 0, r.output
    data = json.loads(out.read_text())
    assert data["schema_version"] == 1 and data["skipped"] == []
    (c,) = data["clusters"]
    assert {m["path"] for m in c["members"]} == {"d0.txt", "d1.txt"}
    for m in c["members"]:
        for key in ("path", "start", "end", "text", "outlet", "speaker", "similarity", "relation", "rep_start", "rep_end", "diff"):
            assert key in m
    changed = [op for m in c["members"] for op in m["diff"] if op["op"] != "equal"]
    assert changed and all({"op", "a", "b", "flags"} <= set(op) for op in changed)


def test_table_marks_differences_with_symbols(tmp_path):
    r = runner.invoke(app, ["align", corpus(tmp_path)])
    assert r.exit_code == 0, r.output
    assert "{anyone→any country}" in r.stdout or ("[-" in r.stdout or "[+" in r.stdout)
    assert "Rosa Ortega" in r.stdout and "1 clusters" in r.stdout


def test_bad_input_exits_1_but_the_rest_is_aligned(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{oops")
    out = tmp_path / "a.json"
    r = runner.invoke(app, ["align", corpus(tmp_path), str(bad), "--format", "json", "-o", str(out)])
    assert r.exit_code == 1
    assert "bad.json" in r.stderr and "line 1" in r.stderr and "Traceback" not in r.output
    data = json.loads(out.read_text())
    assert len(data["clusters"]) == 1 and data["skipped"][0]["path"] == str(bad)


def test_usage_errors_exit_2(tmp_path):
    r = runner.invoke(app, ["align", corpus(tmp_path), "--min-similarity", "1.5"])
    assert r.exit_code == 2 and "min-similarity" in r.stderr
    r = runner.invoke(app, ["align", corpus(tmp_path), "--format", "xml"])
    assert r.exit_code == 2


def test_speaker_filter_and_min_similarity(tmp_path):
    r = runner.invoke(app, ["align", corpus(tmp_path), "--speaker", "Petrov", "--format", "json"])
    assert r.exit_code == 0 and json.loads(r.stdout)["clusters"] == []
    r = runner.invoke(app, ["align", corpus(tmp_path), "--min-similarity", "1", "--format", "json"])
    assert r.exit_code == 0 and len(json.loads(r.stdout)["clusters"]) == 1  # a near-verbatim copy still joins


def test_help_has_an_example():
    r = runner.invoke(app, ["align", "--help"])
    assert r.exit_code == 0 and "Example" in r.stdout and "quotecmp align" in r.stdout


def test_seeds_meet_the_gold_pairs(tmp_path):
    """The acceptance check: articles in, pair F1 = 1.0 on the seeds' gold clusters."""
    out = tmp_path / "a.json"
    r = runner.invoke(app, ["align", SEEDS, "--format", "json", "-o", str(out)])
    assert r.exit_code == 0, r.output
    sys.path.insert(0, os.path.join(SHARED, "eval"))
    import score

    result = score.score_align(score.load_gold(os.path.join(SHARED, "gold", "seeds_quotes.jsonl")),
                               json.loads(out.read_text()))
    assert result["pair_prf"][2] == 1.0, result
