"""How much attribution adds to spaCy's parse time (issue: at most 15% on PolNeAR train).

    python bench/bench_attribution.py [--runs 3] [--limit N]

Parses every article of ../shared/polnear/train/texts once with ``nlp.pipe`` (the same
pipeline extract uses), timing it, then times quote finding + attribution on those parses.
Prints the medians over --runs and the ratio.
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "polnear", "train", "texts"))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--limit", type=int)
    a = ap.parse_args(argv)

    from quotecmp.extract import quotes_of
    from quotecmp.model import Document
    from quotecmp.parsing import load_model
    from quotecmp.quotes import find_quotes

    nlp = load_model()
    files = sorted(os.listdir(TEXTS))[: a.limit]
    docs = [Document(path=f, text=open(os.path.join(TEXTS, f), encoding="utf-8").read()) for f in files]
    parse_times, attr_times = [], []
    for _ in range(a.runs):
        t = time.perf_counter()
        parsed = list(nlp.pipe((d.text for d in docs), batch_size=32))
        parse_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        n = 0
        for d, p in zip(docs, parsed):
            n += len(quotes_of(d, p, find_quotes(d.text)))
        attr_times.append(time.perf_counter() - t)
    parse, attr = statistics.median(parse_times), statistics.median(attr_times)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"{len(docs)} articles, {n} quotes, {a.runs} runs")
    print(f"spaCy parse (nlp.pipe): median {parse:.1f} s")
    print(f"quotes + attribution:   median {attr:.1f} s  = {100 * attr / parse:.1f}% of the parse")


if __name__ == "__main__":
    main()
