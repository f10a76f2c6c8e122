"""Build extract-format JSON from a gold file (spans and speakers), to develop and measure ``align``
apart from the extractor.

    python bench/gold_corpus.py seeds -o /tmp/seeds_gold.json
    python bench/gold_corpus.py polnear-train -o /tmp/train_gold.json [--ambiguous]

Each document carries its text (as ``extract --include-text`` does). Speakers are the gold
speakers as written (null where the gold names no one, e.g. a pronoun).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from evaluate import CORPORA  # noqa: E402  (corpus name → (texts folder, gold file))


def build(corpus: str, ambiguous: bool = False) -> dict:
    folder, gold_path = CORPORA[corpus]
    by_doc = defaultdict(list)
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                g = json.loads(line)
                if g["label"] == "speech" or (ambiguous and g["label"] == "ambiguous"):
                    by_doc[g["doc"]].append(g)
    docs = []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        text = open(path, encoding="utf-8").read()
        quotes = [{"text": g["text"], "start": g["start"], "end": g["end"], "speaker": g["speaker"], "speech": True}
                  for g in sorted(by_doc.get(name, []), key=lambda g: g["start"])]
        docs.append({"path": path, "outlet": name.split("_")[0], "text": text, "quotes": quotes})
    return {"schema_version": 1, "documents": docs, "skipped": []}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", choices=sorted(CORPORA))
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--ambiguous", action="store_true", help="also include spans the gold calls ambiguous")
    a = ap.parse_args()
    with open(a.output, "w", encoding="utf-8") as f:
        json.dump(build(a.corpus, a.ambiguous), f, ensure_ascii=False)


if __name__ == "__main__":
    main()
