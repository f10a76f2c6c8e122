"""Is a quote's ``confidence`` the chance that its speaker is right? A reliability table.

    python bench/calibration.py polnear-train --cache /tmp/parses   # where the table is set
    python bench/calibration.py polnear-dev --cache /tmp/parses     # the check

For the speech quotes that match a gold quote with a speaker, bins the predicted confidence
and prints, per bin, how many quotes fall in it, their mean confidence and the share whose
speaker the shared scorer counts right, then the expected calibration error (ECE: the
count-weighted mean gap between the two). With ``--fit`` it also prints the share of right
speakers per (sieve, resolution), smoothed toward the sieve's precision: the CONFIDENCE table
in quotecmp/attribution.py (fitted on train only, checked on dev).
"""
from __future__ import annotations

import argparse
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import evaluate as ev  # noqa: E402

BINS = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001)
SMOOTHING = 10  # pseudo-quotes at the sieve's precision added to each (sieve, resolution) pair
MIN_QUOTES = 20  # pairs with fewer quotes keep the default (SIEVE_CONFIDENCE x RESOLUTION_FACTOR)


def reliability(results, gold, score):
    """[(low, high, n, mean confidence, accuracy)] per bin, the ECE, and per-sieve (n, right)."""
    rows = collections.defaultdict(list)
    sieves = collections.defaultdict(lambda: [0, 0])
    pairs = collections.defaultdict(lambda: [0, 0])
    for _, q, _, ok in ev.matched(results, gold, score):
        b = next(k for k in range(len(BINS) - 1) if BINS[k] <= q.confidence < BINS[k + 1])
        rows[b].append((q.confidence, ok))
        sieves[q.sieve][0] += 1
        sieves[q.sieve][1] += ok
        if q.sieve and q.resolution:
            pairs[(q.sieve, q.resolution)][0] += 1
            pairs[(q.sieve, q.resolution)][1] += ok
    table, total, gap = [], sum(len(v) for v in rows.values()), 0.0
    for b in sorted(rows):
        v = rows[b]
        conf = sum(c for c, _ in v) / len(v)
        acc = sum(ok for _, ok in v) / len(v)
        table.append((BINS[b], min(1.0, BINS[b + 1]), len(v), conf, acc))
        gap += len(v) * abs(conf - acc)
    return table, (gap / total if total else 0.0), dict(sieves), dict(pairs)


def fit(sieves, pairs) -> dict:
    """(sieve, resolution) -> smoothed share of right speakers, for pairs with enough quotes."""
    out = {}
    for (sieve, how), (n, ok) in sorted(pairs.items()):
        if n < MIN_QUOTES:
            continue
        prior = sieves[sieve][1] / sieves[sieve][0]
        out[(sieve, how)] = round((ok + SMOOTHING * prior) / (n + SMOOTHING), 3)
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", choices=sorted(ev.CORPORA))
    ap.add_argument("--cache", help="reuse spaCy parses kept in this folder")
    ap.add_argument("--fit", action="store_true", help="also print the fitted (sieve, resolution) table")
    a = ap.parse_args(argv)
    score = ev.load_scorer()
    _, results, gold, _ = ev.run(a.corpus, None, None, a.cache)
    table, ece, sieves, pairs = reliability(results, gold, score)
    print(f"{a.corpus}: confidence bin | quotes | mean confidence | speaker right")
    for lo, hi, n, conf, acc in table:
        print(f"  [{lo:.2f}, {hi:.2f})  {n:6d}  {conf:.3f}  {acc:.3f}")
    print(f"  expected calibration error {ece:.3f}")
    if a.fit:
        for (sieve, how), (n, ok) in sorted(pairs.items(), key=lambda x: -x[1][0]):
            print(f"  {sieve:14} {how:10} {n:5d} quotes  right {ok / n:.3f}")
        print("CONFIDENCE = " + repr(fit(sieves, pairs)))


if __name__ == "__main__":
    main()
