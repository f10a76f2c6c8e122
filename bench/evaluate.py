"""Run extract over a corpus and score it with the shared scorer; break errors down by sieve.

    python bench/evaluate.py seeds                  # ../shared/seeds with the seed gold
    python bench/evaluate.py polnear-train [--limit N] [--errors K]
    python bench/evaluate.py polnear-dev

Prints span P/R/F1, speaker accuracy and end-to-end P/R/F1 as the scorer computes them, and
for every sieve how many matched quotes it attributed and how many of those it got right
(the figures behind the confidence table in quotecmp/attribution.py).
"""
from __future__ import annotations

import argparse
import collections
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared"))
CORPORA = {
    "seeds": (os.path.join(SHARED, "seeds"), os.path.join(SHARED, "gold", "seeds_quotes.jsonl")),
    "polnear-train": (os.path.join(SHARED, "polnear", "train", "texts"), os.path.join(SHARED, "polnear", "train", "gold.jsonl")),
    "polnear-dev": (os.path.join(SHARED, "polnear", "dev", "texts"), os.path.join(SHARED, "polnear", "dev", "gold.jsonl")),
}


def load_scorer():
    sys.path.insert(0, os.path.join(SHARED, "eval"))
    import score  # noqa: E402

    return score


def cached_parses(corpus: str, docs, cache_dir: str):
    """spaCy parses of the corpus, computed once and kept in ``cache_dir`` (attribution work is then fast)."""
    from spacy.tokens import DocBin

    from quotecmp.parsing import load_model

    nlp = load_model()
    path = os.path.join(cache_dir, f"{corpus}-{len(docs)}.spacy")
    if os.path.exists(path):
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    parsed = list(nlp.pipe((d.text for d in docs), batch_size=32))
    os.makedirs(cache_dir, exist_ok=True)
    DocBin(docs=parsed, store_user_data=False).to_disk(path)
    return parsed


def run(corpus: str, limit: int | None = None, speakers: str | None = None, cache_dir: str | None = None):
    """Extract the corpus; return (score result, extracted documents, gold, seconds)."""
    from quotecmp.export import extract_json
    from quotecmp.extract import extract_documents, load_speakers, quotes_of
    from quotecmp.model import Document, ExtractedDocument
    from quotecmp.quotes import find_quotes

    folder, gold_path = CORPORA[corpus]
    score = load_scorer()
    gold = score.load_gold(gold_path)
    files = sorted(os.listdir(folder))[:limit]
    from quotecmp.furniture import furniture_spans

    docs = []
    for f in files:
        text = open(os.path.join(folder, f), encoding="utf-8").read()
        docs.append(Document(path=os.path.join(folder, f), text=text, furniture=furniture_spans(text)))
    book = load_speakers(speakers) if speakers else None
    if cache_dir:
        parsed = cached_parses(corpus, docs, cache_dir)
        t = time.perf_counter()
        results = [ExtractedDocument(d, tuple(quotes_of(d, p, find_quotes(d.text), book))) for d, p in zip(docs, parsed)]
    else:
        t = time.perf_counter()
        results = list(extract_documents(docs, speakers=book))
    seconds = time.perf_counter() - t
    if limit:
        keep = {os.path.basename(f) for f in files}
        gold = {k: v for k, v in gold.items() if k in keep}
    return score.score_extract(gold, extract_json(results), folder), results, gold, seconds


def matched(results, gold, score):
    """(document name, quote, gold quote, speaker right?) for each speech quote matching a gold
    speech quote that has a speaker, as the scorer matches them."""
    for ed in results:
        key = os.path.basename(ed.document.path)
        quotes = [q for q in ed.quotes if q.speech]
        m = score.match([dict(start=q.start, end=q.end) for q in quotes], gold.get(key, []))
        for i, g in m.items():
            if g["label"] == "speech" and g.get("speaker") is not None:
                yield key, quotes[i], g, bool(score.speaker_ok(g["speaker"], quotes[i].speaker))


def by_sieve(results, gold, score):
    """For each sieve: matched speech quotes, right speakers."""
    stats = collections.defaultdict(lambda: [0, 0])
    errors = []
    for key, q, g, ok in matched(results, gold, score):
        stats[q.sieve][0] += 1
        stats[q.sieve][1] += ok
        if not ok:
            errors.append((key, q, g))
    return stats, errors


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", choices=sorted(CORPORA))
    ap.add_argument("--limit", type=int)
    ap.add_argument("--errors", type=int, default=0, help="print this many speaker errors")
    ap.add_argument("--speakers")
    ap.add_argument("--sieve", help="print only the errors of this sieve")
    ap.add_argument("--cache", help="keep spaCy parses in this folder and reuse them (for attribution work)")
    a = ap.parse_args(argv)
    score = load_scorer()
    r, results, gold, seconds = run(a.corpus, a.limit, a.speakers, a.cache)
    print(f"{a.corpus}: {len(results)} documents in {seconds:.1f} s")
    print(f"span P/R/F1 {r['span_prf']}  speaker accuracy {r['speaker_accuracy']}  "
          f"end-to-end P/R/F1 {r['e2e_prf']}  offset errors {r['totals'].get('offset_errors', 0)}")
    stats, errors = by_sieve(results, gold, score)
    for sieve, (n, ok) in sorted(stats.items(), key=lambda x: -x[1][0]):
        print(f"  sieve {str(sieve):14} {n:5d} quotes  {ok / n:.3f} right")
    for key, q, g in [e for e in errors if not a.sieve or e[1].sieve == a.sieve][: a.errors]:
        print(f"  ERR {key[:38]:38} [{q.sieve}] pred={q.speaker!r} mention={q.speaker_mention!r} "
              f"gold={g['speaker']!r} ({g.get('mention')!r}) :: {q.text[:60]!r}")


if __name__ == "__main__":
    main()
