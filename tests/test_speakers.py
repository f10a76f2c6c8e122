"""The speakers file: canonical names, aliases, titles, and one-line errors for bad files."""
from __future__ import annotations

import os

import pytest

from quotecmp.errors import InputError
from quotecmp.speakers import load_speakers
from tests.conftest import SEEDS

SHIPPED = os.path.join(SEEDS, "speakers.toml")


@pytest.mark.parametrize("name, expected", [
    ("Nicolas Maduro", "Nicolás Maduro"),
    ("President Maduro", "Nicolás Maduro"),
    ("Lukashenka", "Alexander Lukashenko"),
    ("Ayatollah Khamenei", "Ali Khamenei"),
    ("Sayyed Ali Khamenei", "Ali Khamenei"),
    ("Ebrahim Raisi", None),  # not in the file: left alone
    (None, None),
])
def test_canonical(name, expected):
    assert load_speakers(SHIPPED).canonical(name) == expected


@pytest.mark.parametrize("mention, expected", [
    ("the Supreme Leader", "Ali Khamenei"),
    ("the Venezuelan president", "Nicolás Maduro"),
    ("the Belarusian president", "Alexander Lukashenko"),
    ("the president", None),  # several people hold it: no guess
])
def test_by_title(mention, expected):
    assert load_speakers(SHIPPED).by_title(mention) == expected


@pytest.mark.parametrize("content, problem", [
    ("[[person]\nname = 'x'", "not valid TOML"),
    ("person = 3", "expected [[person]]"),
    ("[[person]]\naliases = ['x']", "has no name"),
])
def test_bad_file_names_the_problem(tmp_path, content, problem):
    f = tmp_path / "people.toml"
    f.write_text(content)
    with pytest.raises(InputError) as e:
        load_speakers(str(f))
    assert str(f) in str(e.value) and problem in str(e.value)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        load_speakers(str(tmp_path / "nope.toml"))


def test_seeds_with_the_shipped_file_name_one_identity_per_person(extract):
    text = open(os.path.join(SEEDS, "003_09711afa719da8e3.txt"), encoding="utf-8").read()
    quotes = [q for q in extract(text, speakers=load_speakers(SHIPPED)) if q.speech]
    assert {q.speaker_id for q in quotes} == {"ali-khamenei", "alexander-lukashenko"}
