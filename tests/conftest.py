from __future__ import annotations

import os

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "seeds")
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))


@pytest.fixture(scope="session")
def nlp():
    from quotecmp.parsing import load_model

    return load_model()


@pytest.fixture(scope="session")
def extract(nlp):
    """Extract one text: returns its quotes."""
    from quotecmp.extract import extract_text

    def run(text: str, **kwargs):
        return list(extract_text(text, nlp=nlp, **kwargs).quotes)

    return run
