"""Robustness to articles unlike the corpus: change the corpus one way, score again, compare.

    python bench/perturb.py names   [--corpus polnear-train] [--top 40] [--cache DIR] [--show]
    python bench/perturb.py british|straight|present [--corpus polnear-train] [--cache DIR] [--show]

``names``: spaCy's small model knows the names of famous candidates; articles the tool has never
seen quote people it does not know. The surnames of the most frequent speakers in the gold ("First
Last" speakers only, not outlets or offices) are replaced, as whole words in every text and in the
gold, by invented surnames, and the gold offsets are moved accordingly.

``straight``: curly marks made straight, as in wire copy and older archives. ``present``: "said" made
"says", as in features written in the present tense. Offsets do not move.

``british``: British outlets use single marks for quotations and double marks for quotations inside
them. Each gold quotation's marks are swapped that way (an outermost double pair becomes ‘…’, a single
pair inside another quotation becomes “…”); offsets do not move.

The script prints span P/R, speaker accuracy and end-to-end F1 of the original and of the changed
copy and, with ``--show``, every quote whose speaker became wrong or right. The copy is written to a
temporary folder; the corpus is not touched.
"""
from __future__ import annotations

import argparse
import bisect
import collections
import hashlib
import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import evaluate  # noqa: E402

# invented surnames, none of them in the PolNeAR texts
POOL = ("Vandermeer Ashworth Pruett Ocampo Adeyemi Whitfield Halloran Brannock Kowalczyk Corrigan Lomax "
        "Tolliver Marwick Pettigrew Colquitt Strandberg Castellano Devereux Feldstein Vasko Haskell Dunmore "
        "Wisniewski Thackeray Mabry Quintero Szabo Everly Garrity Ibarra Kinsella Harrow Breslin Moberly "
        "Kesselring Gilhooly Santangelo Hirschfeld Lacey Voskuijlen Okonkwo Baptiste Lindqvist Marchetti "
        "Oyelaran Rasmussen Takahara Villaseñor Zeldovich Abernathy").split()
# last words of two-word speakers that are institutions, not surnames ("Fox News", "Washington Post")
NOT_SURNAMES = {"News", "Post", "Times", "House", "Party", "Committee", "University", "Association",
                "Center", "Foundation", "Institute", "Council", "Department", "Office", "Campaign", "Watch",
                "Journal", "Magazine", "Review", "Group", "Project", "Network", "Service", "Agency",
                "Press", "Media", "Daily", "Tribune", "America", "Republican", "Democrat", "Democratic"}


def top_surnames(gold_path: str, n: int) -> list[str]:
    """The surnames of the ``n`` most frequent "First Last" speakers' surnames of the gold."""
    count: collections.Counter = collections.Counter()
    two_word = set()
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            speaker = json.loads(line).get("speaker") or ""
            words = speaker.split()
            if len(words) == 2 and all(re.fullmatch(r"[A-Z][a-z]+", w) for w in words) \
                    and words[1] not in NOT_SURNAMES:
                two_word.add(words[1])
            if words and re.fullmatch(r"[A-Z][a-z]+", words[-1]):
                count[words[-1]] += 1
    return [w for w, _ in count.most_common() if w in two_word][:n]


def renamer(mapping: dict[str, str]):
    pattern = re.compile(r"\b(" + "|".join(sorted(mapping, key=len, reverse=True)) + r")\b")

    def rename(text: str):
        """The renamed text and a function from old offsets to new ones."""
        out, olds, news, pos, n = [], [], [], 0, 0
        for m in pattern.finditer(text):
            out.append(text[pos:m.start()])
            n += m.start() - pos
            new = mapping[m.group(1)]
            olds += [m.start(), m.end()]
            news += [n, n + len(new)]
            out.append(new)
            n += len(new)
            pos = m.end()
        out.append(text[pos:])

        def move(offset: int) -> int:
            i = bisect.bisect_right(olds, offset) - 1
            return offset if i < 0 else news[i] + (offset - olds[i])
        return "".join(out), move
    return rename


def read_corpus(corpus: str) -> tuple[dict[str, str], list[dict]]:
    folder, gold_path = evaluate.CORPORA[corpus]
    texts = {f: open(os.path.join(folder, f), encoding="utf-8").read() for f in sorted(os.listdir(folder))}
    with open(gold_path, encoding="utf-8") as f:
        gold = [json.loads(line) for line in f if line.strip()]
    return texts, gold


def write_corpus(dest: str, texts: dict[str, str], gold: list[dict]) -> None:
    os.makedirs(os.path.join(dest, "texts"), exist_ok=True)
    for f, text in texts.items():
        with open(os.path.join(dest, "texts", f), "w", encoding="utf-8") as out:
            out.write(text)
    with open(os.path.join(dest, "gold.jsonl"), "w", encoding="utf-8") as out:
        for g in gold:
            out.write(json.dumps(g, ensure_ascii=False) + "\n")


OPENING = {"“": "double", '"': "double", "‘": "single", "'": "single"}
CLOSING = {"”": "double", '"': "double", "’": "single", "'": "single"}


def british(corpus: str, dest: str) -> str:
    """Swap the marks of the gold's quotations to British use; return a description of the change."""
    texts, gold = read_corpus(corpus)
    chars = {f: list(t) for f, t in texts.items()}
    by_doc: dict[str, list[dict]] = collections.defaultdict(list)
    for g in gold:
        by_doc[g["doc"]].append(g)
    swapped = 0
    for doc, items in by_doc.items():
        text, out = texts.get(doc), chars.get(doc)
        if text is None:
            continue
        for g in items:
            a, b = g["start"] - 1, g["end"]
            if a < 0 or b >= len(text) or text[a] not in OPENING or text[b] not in CLOSING \
                    or OPENING[text[a]] != CLOSING[text[b]]:
                continue
            inside = any(h is not g and h["start"] <= a and b < h["end"] for h in items)
            if OPENING[text[a]] == "double" and not inside:
                out[a], out[b] = "‘", "’"
            elif OPENING[text[a]] == "single" and inside:
                out[a], out[b] = "“", "”"
            else:
                continue
            swapped += 1
    for g in gold:
        g["orig_start"] = g["start"]
    write_corpus(dest, {f: "".join(c) for f, c in chars.items()}, gold)
    return f"swapped the marks of {swapped} quotations"


def same_length(corpus: str, dest: str, mode: str) -> str:
    """``straight``: curly marks made straight; ``present``: "said" made "says". Offsets do not move."""
    texts, gold = read_corpus(corpus)
    if mode == "straight":
        table = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
        changed = {f: t.translate(table) for f, t in texts.items()}
        what = "curly marks made straight"
    else:
        changed = {f: re.sub(r"\bsaid\b", "says", t) for f, t in texts.items()}
        what = "\"said\" made \"says\""
    for g in gold:
        g["orig_start"] = g["start"]
    write_corpus(dest, changed, gold)
    return what


def build(corpus: str, top: int, dest: str) -> str:
    """Write the renamed texts and gold under ``dest``; return a description of the change."""
    folder, gold_path = evaluate.CORPORA[corpus]
    texts = {f: open(os.path.join(folder, f), encoding="utf-8").read() for f in sorted(os.listdir(folder))}
    everything = "\n".join(texts.values())
    pool = [w for w in POOL if not re.search(rf"\b{w}\b", everything)]
    mapping = dict(zip(top_surnames(gold_path, top), pool))
    rename = renamer(mapping)
    os.makedirs(os.path.join(dest, "texts"), exist_ok=True)
    moves = {}
    for f, text in texts.items():
        new, move = rename(text)
        moves[f] = (new, move)
        with open(os.path.join(dest, "texts", f), "w", encoding="utf-8") as out:
            out.write(new)
    with open(gold_path, encoding="utf-8") as f, open(os.path.join(dest, "gold.jsonl"), "w", encoding="utf-8") as out:
        for line in f:
            g = json.loads(line)
            new, move = moves[g["doc"]]
            g["orig_start"] = g["start"]
            g["start"], g["end"] = move(g["start"]), move(g["end"])
            g["text"] = new[g["start"]:g["end"]]
            if g.get("speaker"):
                g["speaker"] = rename(g["speaker"])[0]
            out.write(json.dumps(g, ensure_ascii=False) + "\n")
    return f"renamed {len(mapping)} surnames: " + ", ".join(f"{k}->{v}" for k, v in list(mapping.items())[:6]) + ", …"


def correctness(results, gold, score, key_field: str) -> dict[str, tuple]:
    out = {}
    for doc, q, g, ok in evaluate.matched(results, gold, score):
        out[f"{doc}:{g[key_field]}"] = (ok, q.sieve, q.speaker, g["speaker"], q.text[:60])
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("mode", choices=["names", "british", "straight", "present"])
    ap.add_argument("--corpus", default="polnear-train", choices=["polnear-train", "seeds"])
    ap.add_argument("--top", type=int, default=40, help="names: how many surnames to rename")
    ap.add_argument("--cache", help="keep spaCy parses here (the changed corpus gets its own file)")
    ap.add_argument("--show", action="store_true", help="print every quote whose speaker flipped")
    a = ap.parse_args(argv)
    score = evaluate.load_scorer()
    with tempfile.TemporaryDirectory() as tmp:
        what = build(a.corpus, a.top, tmp) if a.mode == "names" else british(a.corpus, tmp) if a.mode == "british" \
            else same_length(a.corpus, tmp, a.mode)
        digest = hashlib.sha1()
        for name in sorted(os.listdir(os.path.join(tmp, "texts"))):
            with open(os.path.join(tmp, "texts", name), "rb") as f:
                digest.update(f.read())
        digest = digest.hexdigest()[:8]
        changed = f"{a.corpus}-{a.mode}-{digest}"  # (a cached parse belongs to this one change)
        evaluate.CORPORA[changed] = (os.path.join(tmp, "texts"), os.path.join(tmp, "gold.jsonl"))
        r0, res0, gold0, _ = evaluate.run(a.corpus, None, None, a.cache)
        r1, res1, gold1, _ = evaluate.run(changed, None, None, a.cache)
        for g in (g for items in gold0.values() for g in items):
            g["orig_start"] = g["start"]
        before = correctness(res0, gold0, score, "orig_start")
        after = correctness(res1, gold1, score, "orig_start")
    print(what)
    for label, r in (("original", r0), (a.mode, r1)):
        print(f"{label:>9}: span P/R {r['span_prf'][0]}/{r['span_prf'][1]}  speaker accuracy {r['speaker_accuracy']}  "
              f"end-to-end F1 {r['e2e_prf'][2]}")
    lost = [k for k in before if k in after and before[k][0] and not after[k][0]]
    gained = [k for k in before if k in after and not before[k][0] and after[k][0]]
    print(f"quotes matched in both {len(set(before) & set(after))}: speaker right only in the original {len(lost)}, "
          f"only in the changed copy {len(gained)}; matched only in the original {len(set(before) - set(after))}")
    if a.show:
        for sign, keys in (("-", lost), ("+", gained)):
            for k in keys:
                ok, sieve, speaker, gold_speaker, text = after[k]
                print(f"{sign} {k[:45]} | {sieve} {speaker} | gold {gold_speaker} | {text}")


if __name__ == "__main__":
    main()
