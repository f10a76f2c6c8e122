"""One identity per person across articles.

Each article names its speakers as it writes them: one says "Imam Tavakoli", another
"Imam Seyyed Hamid Tavakoli", a third "Andres Quintero" for "Andrés Quintero". Attribution
already gives a person one name inside an article; this stage joins the articles, so that the
same person has the same ``speaker`` and ``speaker_id`` in every document of a run.

Names are joined by surname. Full names join when their given names agree (one's are a part of
the other's: "Hamid Tavakoli" and "Seyyed Hamid Tavakoli"; accents ignored). A bare surname joins
the full name only when the run knows one person of that surname: with "Ann Holt" and
"Tom W. Holt" both present, a bare "Holt" stays as written.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from . import lexicon as lx
from .model import ExtractedDocument


def _words(name: str) -> list[str]:
    from .tokens import fold

    return re.findall(r"[a-z0-9]+", fold(name))


def _surname(name: str) -> str | None:
    words = _words(name)
    return words[-1] if words else None


def _given(name: str) -> tuple[str, ...]:
    """The given names, without honorifics: "Imam Seyyed Hamid Tavakoli" -> ("hamid",)."""
    words = _words(name)[:-1]
    return tuple(w for w in words if w not in lx.HONORIFICS)


def _styled_gender(name: str) -> str | None:
    """The gender an honorific written with the name says ("Mrs Holt": f)."""
    from .mentions import honorific_gender

    return next((g for g in map(honorific_gender, _words(name)[:-1]) if g), None)


def _given_gender(name: str) -> str | None:
    from .mentions import _first_name_gender

    given = _given(name)
    return _first_name_gender(given[0]) if given else None


def _compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Can these given names belong to one person ("Marisa" / "Marisa Quell"; "J" / "John")?"""
    if not a or not b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if set(short) <= set(long_):
        return True
    return short[0] == long_[0] or (len(short[0]) == 1 and long_[0].startswith(short[0]))


def _move_inner_surnames(by_surname: dict[str, list[str]]) -> None:
    """A name written in full with a second surname or more ("Andrés Quintero Robles", "Luiz Carlos
    Lima da Costa") joins the people the run knows by an inner word of it ("Quintero", "Lima"),
    when no other name of the run ends like it and the given names agree."""
    moves: dict[str, list[tuple[str, str]]] = {}  # inner surname -> (name, its own last word)
    for last, variants in by_surname.items():
        if len(variants) != 1:
            continue
        name = variants[0]
        words = [w for w in _words(name) if w not in lx.HONORIFICS]
        for w in words[1:-1]:
            if w in by_surname and w != last and w not in lx.GIVEN_NAMES \
                    and all(_compatible(_given(m), tuple(words[:1])) for m in by_surname[w]):
                moves.setdefault(w, []).append((name, last))
                break
    for w, names in moves.items():
        name, last = names[0]
        # two people with the same inner name ("Hamid Quintero Tavakoli", "Hamid Quintero Rahimi"): neither moves
        if len(names) == 1 and w in by_surname and last in by_surname and last not in moves:
            by_surname[w].append(name)
            del by_surname[last]


def canonical_names(names: Counter) -> dict[str, str]:
    """Map each person name of a run to the one name used for that person in every document."""
    by_surname: dict[str, list[str]] = {}
    for name in names:
        s = _surname(name)
        if s:
            by_surname.setdefault(s, []).append(name)
    _move_inner_surnames(by_surname)
    out: dict[str, str] = {}
    for variants in by_surname.values():
        full = [n for n in variants if _given(n)]
        # people of this surname: groups of full names whose given names agree
        groups: list[list[str]] = []
        for n in sorted(full, key=lambda n: (-len(_given(n)), -names[n], n)):
            for g in groups:
                if all(_compatible(_given(n), _given(m)) for m in g):
                    g.append(n)
                    break
            else:
                groups.append([n])
        for g in groups:
            best = max(g, key=lambda n: (sum(names[m] for m in g if _given(m) == _given(n)), names[n],
                                          len(n.split()) <= 4, len(n)))
            for n in g:
                out[n] = best
        bare = [n for n in variants if not _given(n)]
        if len(groups) == 1:
            for n in bare:
                # attribution keeps "Mrs Holt" only for a relative of the Holt it names in full:
                # she joins no one whose given name says otherwise (a given name the lists do not
                # know keeps them apart too: merging two people is worse for align than leaving one
                # person under two names)
                g = _styled_gender(n)
                if g is None or g == _given_gender(out[groups[0][0]]):
                    out[n] = out[groups[0][0]]
        elif not groups and bare:
            best = max(bare, key=lambda n: (names[n], n))
            for n in bare:
                out[n] = best
    return out


def unify_speakers(docs: list[ExtractedDocument]) -> list[ExtractedDocument]:
    """The documents with each person's ``speaker`` and ``speaker_id`` made the same in all of them.
    ``speaker_mention`` stays as the article wrote it."""
    from .attribution import slug

    names = Counter(q.speaker for ed in docs for q in ed.quotes if q.speaker_kind == "person" and q.speaker)
    canon = canonical_names(names)
    out = []
    for ed in docs:
        quotes = []
        changed = False
        for q in ed.quotes:
            name = canon.get(q.speaker) if q.speaker_kind == "person" and q.speaker else None
            if name and name != q.speaker:
                q = replace(q, speaker=name, speaker_id=slug(name), chain=q.chain + (f"{name} (same person in other articles)",))
                changed = True
            quotes.append(q)
        out.append(replace(ed, quotes=tuple(quotes)) if changed else ed)
    return out
