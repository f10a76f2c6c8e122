"""A synthetic corpus of N quotes in extract format, with planted variants and a truth file.

    python bench/synth_quotes.py 100000 -o /tmp/synth.json [--seed 1]

The corpus imitates what ``align`` meets in news: speakers with a long-tailed share of the
quotes (a few speak a lot), name variants ("Amir Kovani", "Kovani", "President Kovani",
accents), topic words every quote of a speaker shares, and a long tail of rarer words. A
share of the utterances is rendered again in other documents:

- ``verbatim``     the same text;
- ``case_punct``   case and punctuation changed;
- ``edit``         one to three words substituted, inserted or deleted;
- ``translation``  a quarter to a third of the content words replaced by other words
                   ("synonyms"), some function words changed;
- ``bracket``      an editorial insertion "[…]";
- ``fragment``     a contiguous stretch of 6–15 words of a long quote;
- ``extended``     the quote with a sentence added before or after.

Everything else is unrelated quotes of the same speakers on the same topics: they must not join.
The truth file (``-o`` name + ``.truth.json``) lists each planted pair as two (path, start) keys.
"""
from __future__ import annotations

import argparse
import json
import random

STOP = ("the a of to and in that is it for on with as we this be are was have not they our by at but "
        "from will has all their there more been which can would its an who were so if what about").split()
TOPICS = ("sanctions pressure cooperation agreement economy security nuclear border election campaign "
          "government president minister nation country people policy war peace trade oil energy "
          "relations talks resistance enemy future interests region development investment").split()
SYLLABLES = "ka ri to mu ne sa lo vi de ra bo ti ze mi lu po fa ne go ha ju ke".split()
FIRST = "Amir Nicolas Elena Viktor Rosa Hassan Maria Juan Ali Sofia Ivan Laura Omar Clara Pavel".split()
TITLES = ("President", "Minister", "Ayatollah", "Senator", "Governor", "General")
KINDS = ("verbatim", "case_punct", "edit", "translation", "bracket", "fragment", "extended")


def vocabulary(rng: random.Random, size: int) -> list[str]:
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


class Synth:
    def __init__(self, n: int, seed: int = 1, variant_share: float = 0.15):
        self.rng = random.Random(seed)
        self.n = n
        self.variant_share = variant_share
        self.vocab = vocabulary(self.rng, max(5000, n // 2))
        self.synonyms = {}
        n_speakers = max(20, n // 200)
        self.speakers = [self._speaker(i) for i in range(n_speakers)]
        # Zipf-like share of quotes per speaker; a speaker has favourite topic words
        self.speaker_weights = [1.0 / (i + 1) ** 0.9 for i in range(n_speakers)]
        self.speaker_topics = [self.rng.sample(TOPICS, 6) for _ in range(n_speakers)]

    def _speaker(self, i: int) -> tuple[str, list[str]]:
        last = "".join(self.rng.choice(SYLLABLES) for _ in range(3)).capitalize() + str(i)
        first = self.rng.choice(FIRST)
        accented = first.replace("a", "á", 1) if "a" in first else first
        return last, [f"{first} {last}", last, f"{self.rng.choice(TITLES)} {last}", f"{accented} {last}"]

    def word(self) -> str:
        # a long tail: rank ~ Zipf over the vocabulary
        k = int(len(self.vocab) * self.rng.random() ** 2.2)
        return self.vocab[min(k, len(self.vocab) - 1)]

    def sentence(self, speaker: int, length: int) -> list[str]:
        """Words of one utterance; at least three content words (a quote of function words only says nothing)."""
        while True:
            words = []
            for _ in range(length):
                r = self.rng.random()
                words.append(self.rng.choice(STOP) if r < 0.45 else
                             self.rng.choice(self.speaker_topics[speaker]) if r < 0.6 else self.word())
            if len({w for w in words if w not in STOP}) >= 3:
                return words

    def synonym(self, w: str) -> str:
        if w not in self.synonyms:
            self.synonyms[w] = self.word() + "o"
        return self.synonyms[w]

    # --- variants ---
    def variant(self, words: list[str], kind: str) -> list[str] | None:
        rng = self.rng
        w = list(words)
        if kind == "verbatim" or kind == "case_punct":
            return w
        if kind == "edit":
            for _ in range(rng.randint(1, 3)):
                i = rng.randrange(len(w))
                op = rng.random()
                if op < 0.4:
                    w[i] = self.word()
                elif op < 0.7:
                    w.insert(i, rng.choice(STOP))
                elif len(w) > 6:
                    del w[i]
            return w
        if kind == "translation":
            content = [i for i, x in enumerate(w) if x not in STOP]
            for i in rng.sample(content, max(1, int(len(content) * rng.uniform(0.25, 0.34)))):
                w[i] = self.synonym(w[i])
            for i in range(len(w)):
                if w[i] in STOP and rng.random() < 0.1:
                    w[i] = rng.choice(STOP)
            return w
        if kind == "bracket":
            i = rng.randrange(1, len(w))
            return w[:i] + ["[from", "the", self.word().capitalize() + "]"] + w[i:]
        if kind == "fragment":
            if len(w) < 16:
                return None
            size = rng.randint(6, min(15, len(w) - 4))
            i = rng.randrange(0, len(w) - size)
            return w[i:i + size]
        if kind == "extended":
            extra = self.sentence(0, rng.randint(6, 12))
            return (extra + w) if rng.random() < 0.5 else (w + extra)
        raise ValueError(kind)

    @staticmethod
    def render(words: list[str], kind: str = "") -> str:
        text = " ".join(words)
        text = text[:1].upper() + text[1:]
        if kind == "case_punct":
            text = text.lower().replace(" and ", ", and ", 1) + ";"
        elif not text.endswith("."):
            text += "."
        return text

    def corpus(self) -> tuple[dict, list[tuple[tuple[str, int], tuple[str, int], str]]]:
        """(extract JSON, planted pairs)."""
        rng = self.rng
        quotes = []  # (speaker index, name variant, text, utterance id)
        planted = []  # (index of original, index of variant, kind)
        utterance = 0
        while len(quotes) < self.n:
            spk = rng.choices(range(len(self.speakers)), self.speaker_weights)[0]
            words = self.sentence(spk, rng.randint(8, 40))
            orig = len(quotes)
            quotes.append((spk, rng.choice(self.speakers[spk][1]), self.render(words), utterance))
            if rng.random() < self.variant_share:
                for kind in rng.sample(KINDS, rng.randint(1, 3)):
                    v = self.variant(words, kind)
                    if v is not None and len(quotes) < self.n:
                        planted.append((orig, len(quotes), kind))
                        quotes.append((spk, rng.choice(self.speakers[spk][1]), self.render(v, kind), utterance))
            utterance += 1
        order = list(range(len(quotes)))
        rng.shuffle(order)  # renderings of one utterance land in different documents
        docs, where = [], {}
        k = 0
        while k < len(order):
            size = rng.randint(1, 8)
            chunk = order[k:k + size]
            k += size
            path = f"synth/doc{len(docs):06d}.txt"
            text, qs, seen = "", [], set()
            for qi in chunk:
                spk, name, qtext, utt = quotes[qi]
                if utt in seen:  # one document never renders the same utterance twice
                    continue
                seen.add(utt)
                text += f"{name} said on the matter of {rng.choice(TOPICS)}, “"
                start = len(text)
                text += qtext
                qs.append({"text": qtext, "start": start, "end": len(text), "speaker": name, "speech": True})
                where[qi] = (path, start)
                text += "” "
            docs.append({"path": path, "outlet": f"outlet{len(docs) % 50}", "text": text, "quotes": qs})
        pairs = [(where[a], where[b], kind) for a, b, kind in planted if a in where and b in where]
        return {"schema_version": 1, "documents": docs, "skipped": []}, pairs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, help="number of quotes")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    corpus, pairs = Synth(a.n, a.seed).corpus()
    with open(a.output, "w", encoding="utf-8") as f:
        json.dump(corpus, f, ensure_ascii=False)
    with open(a.output + ".truth.json", "w", encoding="utf-8") as f:
        json.dump(pairs, f)


if __name__ == "__main__":
    main()
