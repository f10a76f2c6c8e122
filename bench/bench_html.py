"""Time the align HTML report at 2,000 clusters: building it in Python, and rendering it in headless Chromium.

    python bench/bench_html.py                    # 2,000 clusters, 5 browser runs
    python bench/bench_html.py --clusters 5000 --runs 3 --keep /tmp/report.html

The clusters come from a synthetic corpus (``synth_quotes.py``, article text included, so
every rendering has its sentence) aligned by ``align_documents``; the first N clusters are
kept. The browser is Debian's ``chromium`` driven by ``chromedriver`` over the W3C WebDriver
protocol on 127.0.0.1 (stdlib ``urllib``, no client library), headless, 1280×2000.

What is measured, per run, in a fresh tab:

- **ready**: from navigation start to the first frame after the load event and the page's
  script (two ``requestAnimationFrame``s after load) — when a reader can use the page;
- **load**: the load event's end (HTML parsed, script run);
- **sort** / **filter**: choosing "most divergent first" / one outlet, to the next frame;
- **to the end**: scrolling to the bottom (lays out every cluster), to the next frame;
- **open all sentences**: the button that builds every rendering's sentence, to the next frame.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, ROOT)

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--window-size=1280,2000"]

NEXT_FRAME = "requestAnimationFrame(function(){requestAnimationFrame(function(){done(performance.now()-t0);});});"
READY = """var done = arguments[arguments.length - 1];
function go(){ requestAnimationFrame(function(){ requestAnimationFrame(function(){
  var nav = performance.getEntriesByType('navigation')[0];
  done({ready: performance.now(), load: nav.loadEventEnd, dcl: nav.domContentLoadedEventEnd,
        clusters: document.querySelectorAll('section.cluster').length,
        ok: document.documentElement.getAttribute('data-ready')}); }); }); }
if (document.readyState === 'complete') go(); else addEventListener('load', go);"""
SORT = ("var done = arguments[arguments.length - 1]; var t0 = performance.now(); var s = document.getElementById('f-sort');"
        "s.value = 'divergence'; s.dispatchEvent(new Event('change')); document.body.offsetHeight;" + NEXT_FRAME)
FILTER = ("var done = arguments[arguments.length - 1]; var t0 = performance.now(); var s = document.getElementById('f-outlet');"
          "s.value = s.options[1].value; s.dispatchEvent(new Event('change')); document.body.offsetHeight;" + NEXT_FRAME)
OPEN_ALL = ("var done = arguments[arguments.length - 1]; var t0 = performance.now();"
            "document.getElementById('ctx-all').click(); document.body.offsetHeight;" + NEXT_FRAME)
SCROLL = ("var done = arguments[arguments.length - 1]; var t0 = performance.now(); var s = document.getElementById('f-outlet');"
          "s.value = ''; s.dispatchEvent(new Event('change'));"
          "window.scrollTo(0, document.documentElement.scrollHeight); document.body.offsetHeight;" + NEXT_FRAME)


def build(clusters: int, quotes: int) -> tuple[str, float, int]:
    """The report of ``clusters`` clusters: (html, seconds to build it, clusters kept)."""
    from quotecmp.align import AlignResult, align_documents
    from quotecmp.corpus import documents_from_json
    from quotecmp.render.html import align_html
    from synth_quotes import Synth

    data, _ = Synth(quotes, seed=7).corpus()
    docs = documents_from_json("synth.json", data)
    result = align_documents(docs)
    if len(result.clusters) < clusters:
        raise SystemExit(f"only {len(result.clusters)} clusters from {quotes} quotes: raise --quotes")
    kept = AlignResult(result.clusters[:clusters], result.quotes, result.candidates, result.verified)
    t = time.perf_counter()
    html = align_html(kept, documents=docs)
    return html, time.perf_counter() - t, len(kept.clusters)


class Driver:
    """chromedriver on a free loopback port, spoken to with urllib (W3C WebDriver)."""

    def __init__(self, chromium: str, chromedriver: str):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.proc = subprocess.Popen([chromedriver, f"--port={self.port}"], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{self.port}"
        for _ in range(100):
            try:
                if self.call("GET", "/status")["value"]["ready"]:
                    break
            except OSError:
                time.sleep(0.1)
        self.profile = tempfile.mkdtemp(prefix="bench-html-")
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": chromium, "args": FLAGS + [f"--user-data-dir={self.profile}"]}}}}
        self.session = self.call("POST", "/session", caps)["value"]["sessionId"]

    def call(self, method: str, path: str, body: dict | None = None) -> dict:
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=120) as r:
            return json.loads(r.read())

    def do(self, method: str, what: str, body: dict | None = None):
        return self.call(method, f"/session/{self.session}/{what}", body)["value"]

    def run(self, script: str):
        return self.do("POST", "execute/async", {"script": script, "args": []})

    def close(self) -> None:
        try:
            self.call("DELETE", f"/session/{self.session}")
        finally:
            self.proc.terminate()
            self.proc.wait(timeout=10)
            shutil.rmtree(self.profile, ignore_errors=True)


def measure(driver: Driver, url: str) -> dict:
    """One cold look at the page in a fresh tab: the times in milliseconds."""
    driver.do("POST", "url", {"url": "about:blank"})
    driver.do("POST", "timeouts", {"script": 120_000})
    t = time.perf_counter()
    driver.do("POST", "url", {"url": url})
    wall = (time.perf_counter() - t) * 1000
    page = driver.run(READY)
    assert page["ok"] == "1", "the page's script did not finish"
    return {"ready": page["ready"], "load": page["load"], "navigate (wall)": wall, "clusters": page["clusters"],
            "sort": driver.run(SORT), "filter": driver.run(FILTER), "to the end": driver.run(SCROLL),
            "open all sentences": driver.run(OPEN_ALL)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--clusters", type=int, default=2000)
    ap.add_argument("--quotes", type=int, default=20000, help="size of the synthetic corpus the clusters come from")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--keep", help="also write the report here")
    a = ap.parse_args()
    chromium, chromedriver = shutil.which("chromium"), shutil.which("chromedriver")
    if not chromium or not chromedriver:
        raise SystemExit("needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
    html, build_s, n = build(a.clusters, a.quotes)
    folder = tempfile.mkdtemp(prefix="bench-html-page-")
    path = os.path.join(folder, "report.html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)
    if a.keep:
        shutil.copy(path, a.keep)
    print(f"{n} clusters: align_html {build_s:.2f} s, {len(html.encode()) / 1e6:.1f} MB")
    driver = Driver(chromium, chromedriver)
    try:
        runs = [measure(driver, "file://" + path) for _ in range(a.runs)]
    finally:
        driver.close()
        shutil.rmtree(folder, ignore_errors=True)
    assert all(r["clusters"] == n for r in runs)
    print("| measure | median ms | max ms |\n| --- | --- | --- |")
    for key in ("ready", "load", "navigate (wall)", "sort", "filter", "to the end", "open all sentences"):
        vals = [r[key] for r in runs]
        print(f"| {key} | {statistics.median(vals):.0f} | {max(vals):.0f} |")


if __name__ == "__main__":
    main()
