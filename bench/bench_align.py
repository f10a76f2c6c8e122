"""Time ``align`` on synthetic corpora: seconds, peak memory, planted-variant recall, wrong joins.

    python bench/bench_align.py                       # 10k, 30k, 100k quotes, 3 runs each
    python bench/bench_align.py --sizes 10000 --runs 1

Each run is a fresh process that loads the extract-format JSON, aligns it and writes the
align JSON (what ``quotecmp align corpus.json --format json -o out.json`` does), so the peak
memory (``ru_maxrss``) is the whole job's. Recall: planted pairs (an utterance and its
variant) found in one cluster. Wrong joins: pairs in a cluster that render different
utterances (of pairs whose both members the generator made, i.e. all of them).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, ROOT)

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {root!r})
t0 = time.perf_counter()
from quotecmp.corpus import load_corpus
from quotecmp.align import align_documents
from quotecmp.export import align_json, write_atomic, dumps
docs = load_corpus(sys.argv[1])
t1 = time.perf_counter()
result = align_documents(docs)
t2 = time.perf_counter()
write_atomic(sys.argv[2], dumps(align_json(result)))
t3 = time.perf_counter()
print(json.dumps(dict(load=t1 - t0, align=t2 - t1, write=t3 - t2, total=t3 - t0, quotes=result.quotes,
                      candidates=result.candidates, verified=result.verified, clusters=len(result.clusters),
                      maxrss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)))
"""


def run_once(corpus: str, out: str) -> dict:
    code = CHILD.format(root=ROOT)
    r = subprocess.run([sys.executable, "-c", code, corpus, out], capture_output=True, text=True, check=True)
    return json.loads(r.stdout.strip().splitlines()[-1])


def quality(out: str, truth: list, corpus: dict) -> dict:
    """Planted-variant recall and wrong joins, from the align JSON and the generator's truth."""
    with open(out, encoding="utf-8") as f:
        clusters = json.load(f)["clusters"]
    cluster_of = {}
    for c in clusters:
        for m in c["members"]:
            cluster_of[(m["path"], m["start"])] = c["id"]
    found = sum(1 for a, b, _ in truth if cluster_of.get(tuple(a)) is not None
                and cluster_of.get(tuple(a)) == cluster_of.get(tuple(b)))
    by_kind: dict[str, list[int]] = {}
    for a, b, kind in truth:
        hit = cluster_of.get(tuple(a)) is not None and cluster_of.get(tuple(a)) == cluster_of.get(tuple(b))
        by_kind.setdefault(kind, [0, 0])[0] += hit
        by_kind[kind][1] += 1
    # utterance identity: quotes connected by planted pairs are one utterance
    parent: dict = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b, _ in truth:
        parent[find(tuple(a))] = find(tuple(b))
    wrong = total = 0
    for c in clusters:
        keys = [(m["path"], m["start"]) for m in c["members"]]
        for i in range(len(keys)):
            for j in range(i + 1, len(keys)):
                total += 1
                wrong += find(keys[i]) != find(keys[j])
    return dict(recall=round(found / len(truth), 4) if truth else 1.0, planted=len(truth),
                by_kind={k: round(h / n, 4) for k, (h, n) in sorted(by_kind.items())},
                predicted_pairs=total, wrong_pairs=wrong)


def main() -> None:
    from synth_quotes import Synth

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for n in a.sizes:
            corpus, truth = Synth(n, a.seed).corpus()
            path, out = os.path.join(tmp, f"synth{n}.json"), os.path.join(tmp, f"align{n}.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump(corpus, f, ensure_ascii=False)
            runs = [run_once(path, out) for _ in range(a.runs)]
            q = quality(out, truth, corpus)
            med = {k: round(statistics.median(r[k] for r in runs), 2) for k in ("load", "align", "write", "total", "maxrss_mb")}
            print(json.dumps(dict(quotes=n, runs=a.runs, median_seconds=med, candidates=runs[0]["candidates"],
                                  verified=runs[0]["verified"], clusters=runs[0]["clusters"], **q)), flush=True)


if __name__ == "__main__":
    started = time.time()
    main()
    print(f"bench finished in {time.time() - started:.0f} s", file=sys.stderr)
