"""A file of known people (TOML): canonical names, aliases and titles, used as a fallback.

    [[person]]
    name = "Nicolás Maduro"
    aliases = ["Nicolas Maduro", "Maduro"]
    titles = ["Venezuelan president", "president of Venezuela"]

The article comes first: a title resolves from what the article says, and the file is
consulted only when the article does not say, or to join name variants across articles.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass

from .errors import InputError


def _key(s: str) -> str:
    from .tokens import fold

    return " ".join(re.findall(r"[a-z0-9]+", fold(s)))


@dataclass(frozen=True)
class SpeakerBook:
    names: dict[str, str]  # folded alias or name -> canonical name
    surnames: dict[str, str]  # folded last word -> canonical name (only when unambiguous)
    titles: dict[str, str]  # folded title -> canonical name

    def canonical(self, name: str | None) -> str | None:
        """The canonical form of a name the file knows (by full form, alias or surname)."""
        if not name:
            return None
        k = _key(name)
        if k in self.names:
            return self.names[k]
        words = k.split()
        return self.surnames.get(words[-1]) if words else None

    def by_title(self, mention: str) -> str | None:
        """The person a title stands for ("the Leader", "the Venezuelan president")."""
        words = [w for w in _key(mention).split() if w not in ("the", "a", "an")]
        k = " ".join(words)
        if k in self.titles:
            return self.titles[k]
        # "the Iranian leader" matches a title "Iranian leader" or "Leader of Iran" by its words
        best = [name for t, name in self.titles.items() if set(words) and set(words) <= set(t.split())]
        return best[0] if len(set(best)) == 1 else None


def load_speakers(path: str) -> SpeakerBook:
    """Read a speakers file, or raise InputError naming the problem."""
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except OSError as e:
        raise InputError(path, f"cannot read speakers file: {e.strerror or e}") from None
    except tomllib.TOMLDecodeError as e:
        raise InputError(path, f"not valid TOML: {e}") from None
    names: dict[str, str] = {}
    surnames: dict[str, list[str]] = {}
    titles: dict[str, str] = {}
    people = data.get("person", [])
    if not isinstance(people, list):
        raise InputError(path, "expected [[person]] tables")
    for n, p in enumerate(people, 1):
        if not isinstance(p, dict) or not isinstance(p.get("name"), str):
            raise InputError(path, f"person {n} has no name")
        canon = p["name"]
        for alias in [canon, *p.get("aliases", [])]:
            names[_key(alias)] = canon
            surnames.setdefault(_key(alias).split()[-1], []).append(canon)
        for t in p.get("titles", []):
            titles[_key(t)] = canon
    unique = {k: v[0] for k, v in surnames.items() if len(set(v)) == 1}
    return SpeakerBook(names, unique, titles)
