"""The evaluation gate: the shared scorer on real articles, with pinned floors.

A floor is raised when the tool gets better and is never lowered silently: lowering one
needs a reason in the commit message and the issue note.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SHARED

SCORER = os.path.join(SHARED, "eval", "score.py")
# corpus: (texts, gold, floors)
GATES = {
    "seeds": (os.path.join(ROOT, "seeds"), os.path.join(SHARED, "gold", "seeds_quotes.jsonl"),
              {"e2e_f1": 1.0, "speaker_accuracy": 1.0, "span_recall": 1.0, "span_precision": 1.0}),
    "polnear-dev": (os.path.join(SHARED, "polnear", "dev", "texts"), os.path.join(SHARED, "polnear", "dev", "gold.jsonl"),
                    {"e2e_f1": 0.915, "speaker_accuracy": 0.91, "span_recall": 0.978, "span_precision": 0.968}),
}

pytestmark = pytest.mark.skipif(not os.path.exists(SCORER), reason="../shared (scorer and gold) not present")


@pytest.mark.parametrize("corpus", sorted(GATES))
def test_floor(corpus, tmp_path):
    texts, gold, floors = GATES[corpus]
    out = tmp_path / "x.json"
    subprocess.run([sys.executable, "-m", "quotecmp", "extract", texts, "--format", "json", "-o", str(out)],
                   check=True, capture_output=True)
    r = subprocess.run([sys.executable, SCORER, "extract", "--gold", gold, "--pred", str(out), "--docs", texts, "--json"],
                       check=True, capture_output=True, text=True)
    result = json.loads(r.stdout)
    got = {"e2e_f1": result["e2e_prf"][2], "speaker_accuracy": result["speaker_accuracy"],
           "span_recall": result["span_prf"][1], "span_precision": result["span_prf"][0]}
    assert result["totals"]["offset_errors"] == 0
    for key, floor in floors.items():
        assert got[key] >= floor, f"{corpus} {key} fell to {got[key]} (floor {floor})"
