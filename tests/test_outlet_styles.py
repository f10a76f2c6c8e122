"""Attribution on articles written in the styles of outlets the corpora do not have.

``fixtures/outlets`` holds short invented articles in the manner of wire services (Reuters, AP,
AFP), British papers (single quotation marks, "Mr", "Sir", "Mrs"), US papers ("Mr. Biden",
"the New York Democrat"), English editions of Persian, Russian, Belarusian, Venezuelan and
Spanish outlets (long titles, "the head of state", "the Bolivarian leader", second surnames),
Indian, African, Australian, Irish, Asian, Middle Eastern and European outlets, and of formats
such as interviews, live blogs, court reports, obituaries and press releases (the README there
has a line per file).
``expected.jsonl`` gives the speaker of every speech quote (``occurrence`` tells apart a quote
that appears twice, as in a headline and the body). Quotes the tool still gets wrong
carry ``known_failure`` (what it says now) and are strict xfails: fixing one turns its test red
until the record is updated.
"""
from __future__ import annotations

import json
import os

import pytest

from conftest import ROOT

FOLDER = os.path.join(ROOT, "fixtures", "outlets")
EXPECTED = [json.loads(line) for line in open(os.path.join(FOLDER, "expected.jsonl"), encoding="utf-8")]


def _case(r: dict):
    marks = [pytest.mark.xfail(strict=True, reason=f"says {r['known_failure']!r}")] if "known_failure" in r else []
    return pytest.param(r["file"], r["quote"], r["occurrence"], r["speaker"], marks=marks,
                        id=f"{r['file']}:{r['quote'][:30]}:{r['occurrence']}")


@pytest.fixture(scope="module")
def quotes_by_file(extract):
    out = {}
    for name in sorted({r["file"] for r in EXPECTED}):
        with open(os.path.join(FOLDER, name), encoding="utf-8") as fh:
            out[name] = [q for q in extract(fh.read()) if q.speech]
    return out


@pytest.mark.parametrize("name, quote, occurrence, speaker", [_case(r) for r in EXPECTED])
def test_speaker_on_unseen_outlet_styles(quotes_by_file, name, quote, occurrence, speaker):
    found = [q for q in quotes_by_file[name] if q.text == quote]
    assert len(found) > occurrence, f"{quote!r} not found as a speech quote in {name}"
    assert found[occurrence].speaker == speaker


def test_every_speech_quote_has_an_expected_speaker(quotes_by_file):
    listed = {(r["file"], r["quote"]) for r in EXPECTED}
    for name, quotes in quotes_by_file.items():
        for q in quotes:
            assert (name, q.text) in listed, f"{name}: {q.text!r} has no expected speaker"


def test_known_failures_are_few():
    # the fixtures are a check, not a wish list: most of them must pass
    assert sum("known_failure" in r for r in EXPECTED) / len(EXPECTED) < 0.1
