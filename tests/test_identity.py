"""One identity per person across the articles of a run."""
from __future__ import annotations

import json
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from quotecmp.cli import app
from quotecmp.identity import canonical_names


@pytest.mark.parametrize("names, name, expected", [
    # a bare surname joins the one full name of the run
    ({"Khamenei": 3, "Ali Khamenei": 5}, "Khamenei", "Ali Khamenei"),
    # an honorific is no given name; the spelling most used wins
    ({"Seyyed Ali Khamenei": 1, "Ali Khamenei": 4}, "Seyyed Ali Khamenei", "Ali Khamenei"),
    # accents do not make two people
    ({"Nicolas Maduro": 1, "Nicolás Maduro": 3}, "Nicolas Maduro", "Nicolás Maduro"),
    # a middle name is the same person
    ({"Hillary Clinton": 2, "Hillary Rodham Clinton": 1}, "Hillary Rodham Clinton", "Hillary Clinton"),
    # two people of one surname stay two, and a bare surname stays as written
    ({"Jeb Bush": 2, "George W. Bush": 2, "Bush": 5}, "Jeb Bush", "Jeb Bush"),
    ({"Jeb Bush": 2, "George W. Bush": 2, "Bush": 5}, "George W. Bush", "George W. Bush"),
    ({"Jeb Bush": 2, "George W. Bush": 2, "Bush": 5}, "Bush", "Bush"),
    ({"Bill Clinton": 1, "Hillary Clinton": 1}, "Bill Clinton", "Bill Clinton"),
    # a relative attribution kept apart by an honorific joins no one whose given name says otherwise
    ({"Graham Holt": 3, "Mrs Holt": 1}, "Mrs Holt", "Mrs Holt"),
    ({"Tom Holt": 3, "Mrs Holt": 1}, "Mrs Holt", "Mrs Holt"),
    ({"Mary Holt": 3, "Mrs Holt": 1}, "Mrs Holt", "Mary Holt"),
    # a second surname: the run's "Maduro" and "Lula" are the people written in full with more
    ({"Nicolás Maduro Moros": 1, "Nicolás Maduro": 3}, "Nicolás Maduro Moros", "Nicolás Maduro"),
    ({"Luiz Inácio Lula da Silva": 1, "Lula": 3}, "Lula", "Luiz Inácio Lula da Silva"),
    # ...but two people who share the inner name stay two
    ({"Maduro": 1, "Ali Maduro Khamenei": 1, "Ali Maduro Rouhani": 1}, "Ali Maduro Rouhani", "Ali Maduro Rouhani"),
    # ...not a middle name that is someone else's surname
    ({"George Walker Bush": 1, "Scott Walker": 3}, "George Walker Bush", "George Walker Bush"),
])
def test_canonical_names(names, name, expected):
    assert canonical_names(Counter(names)).get(name, name) == expected


NAME = st.lists(st.sampled_from(["Ali", "Hassan", "Seyyed", "Jeb", "George", "W.", "Nicolás", "Nicolas", "Maduro", "Lula"]),
               max_size=3).flatmap(
    lambda given: st.sampled_from(["Khamenei", "Rouhani", "Bush", "Maduro", "Moros", "Lula", "Silva"]).map(
        lambda s: " ".join(given + [s])))


@given(st.dictionaries(NAME, st.integers(1, 9), max_size=8))
def test_a_name_only_ever_becomes_a_name_of_the_run_that_shares_its_surname(names):
    canon = canonical_names(Counter(names))
    for name, to in canon.items():
        # the same surname, or one of them has the other's surname inside it:
        # "Nicolás Maduro Moros" -> "Nicolás Maduro", "Lula" -> "Luiz Inácio Lula da Silva"
        assert to in names
        assert to.split()[-1] == name.split()[-1] or to.split()[-1] in name.split()[1:-1] \
            or name.split()[-1] in to.split()[1:-1]
        assert canon.get(to, to) == to  # canonical names are fixed points


def test_extract_gives_one_speaker_id_across_articles(tmp_path):
    (tmp_path / "a.txt").write_text("Ayatollah Karim Tabrizi met students.\n\n“Science is power,” Tabrizi said.\n")
    (tmp_path / "b.txt").write_text("Ayatollah Seyyed Karim Tabrizi met students.\n\n“We will win,” Karim Tabrizi said.\n")
    out = tmp_path / "x.json"
    r = CliRunner().invoke(app, ["extract", str(tmp_path), "--format", "json", "-o", str(out)])
    assert r.exit_code == 0, r.output
    quotes = [q for d in json.loads(out.read_text())["documents"] for q in d["quotes"]]
    assert {q["speaker_id"] for q in quotes} == {"karim-tabrizi"}
    assert {q["speaker_mention"] for q in quotes} == {"Tabrizi", "Karim Tabrizi"}  # mentions stay as written
