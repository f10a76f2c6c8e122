"""Robustness to unfamiliar names: rename the corpus's most quoted people and score again.

    python bench/perturb_names.py [--corpus polnear-train] [--top 40] [--cache DIR] [--show]

spaCy's small model knows the names of famous candidates; articles the tool has never seen quote
people it does not know. This script takes the surnames of the most frequent speakers in the gold
("First Last" speakers only, not outlets or offices), replaces each whole word in every text and in
the gold by an invented surname, moves the gold offsets accordingly, and runs the evaluation on the
renamed copy. It prints the speaker accuracy before and after and, with ``--show``, every quote
whose speaker became wrong or right. Quotes whose speaker flips mark rules that lean on the
recogniser knowing a name. The renamed copy is written to a temporary folder; the corpus is not
touched.
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


def build(corpus: str, top: int, dest: str) -> dict[str, str]:
    """Write the renamed texts and gold under ``dest``; return the mapping."""
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
    return mapping


def correctness(results, gold, score, key_field: str) -> dict[str, tuple]:
    out = {}
    for doc, q, g, ok in evaluate.matched(results, gold, score):
        out[f"{doc}:{g[key_field]}"] = (ok, q.sieve, q.speaker, g["speaker"], q.text[:60])
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default="polnear-train", choices=["polnear-train", "seeds"])
    ap.add_argument("--top", type=int, default=40, help="how many surnames to rename")
    ap.add_argument("--cache", help="keep spaCy parses here (the renamed corpus gets its own file)")
    ap.add_argument("--show", action="store_true", help="print every quote whose speaker flipped")
    a = ap.parse_args(argv)
    score = evaluate.load_scorer()
    with tempfile.TemporaryDirectory() as tmp:
        mapping = build(a.corpus, a.top, tmp)
        digest = hashlib.sha1(json.dumps(mapping, sort_keys=True).encode()).hexdigest()[:8]
        renamed = f"{a.corpus}-renamed-{digest}"  # (a cached parse belongs to this one renaming)
        evaluate.CORPORA[renamed] = (os.path.join(tmp, "texts"), os.path.join(tmp, "gold.jsonl"))
        r0, res0, gold0, _ = evaluate.run(a.corpus, None, None, a.cache)
        r1, res1, gold1, _ = evaluate.run(renamed, None, None, a.cache)
        for g in (g for items in gold0.values() for g in items):
            g["orig_start"] = g["start"]
        before = correctness(res0, gold0, score, "orig_start")
        after = correctness(res1, gold1, score, "orig_start")
    print(f"renamed {len(mapping)} surnames: " + ", ".join(f"{k}->{v}" for k, v in list(mapping.items())[:6]) + ", …")
    print(f"speaker accuracy: original {r0['speaker_accuracy']}  renamed {r1['speaker_accuracy']}")
    lost = [k for k in before if k in after and before[k][0] and not after[k][0]]
    gained = [k for k in before if k in after and not before[k][0] and after[k][0]]
    print(f"quotes compared {len(set(before) & set(after))}: right only with the real names {len(lost)}, "
          f"right only with the invented ones {len(gained)}")
    if a.show:
        for sign, keys in (("-", lost), ("+", gained)):
            for k in keys:
                ok, sieve, speaker, gold_speaker, text = after[k]
                print(f"{sign} {k[:45]} | {sieve} {speaker} | gold {gold_speaker} | {text}")


if __name__ == "__main__":
    main()
