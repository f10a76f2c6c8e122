"""The extract pipeline: documents in, quotes with speakers out, streaming.

read → parse (spaCy) → find quotes → attribute speakers. Documents flow through one at a
time (``nlp.pipe`` batches them), so memory stays flat however large the corpus is. With
several processes, each worker parses *and* attributes its documents and sends back only
the quotes: parsed documents never cross between processes, and the main process never
loads the model.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING

from .model import Document, ExtractedDocument, Quote
from .parsing import DEFAULT_MODEL, check_model, load_model
from .quotes import find_quotes, paragraphs
from .speakers import SpeakerBook, load_speakers  # noqa: F401  (re-exported for the CLI)
from .speech import kind_of, not_speech

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language


def extract_documents(docs: Iterable[Document], model: str = DEFAULT_MODEL, speakers: SpeakerBook | None = None,
                      nlp: "Language | None" = None, batch_size: int = 32, n_process: int = 1) -> Iterator[ExtractedDocument]:
    """Yield each document with its quotes, in input order. The model is loaded once (per process)."""
    if n_process > 1:
        yield from _extract_parallel(docs, model, speakers, n_process)
        return
    nlp = nlp or load_model(model)

    def with_spans():
        for doc in docs:
            spans = find_quotes(doc.text)
            # a document without quotes needs no parse: hand spaCy an empty text
            yield (doc.text if spans else ""), (doc, spans)

    for sdoc, (doc, spans) in nlp.pipe(with_spans(), as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield ExtractedDocument(doc, tuple(quotes_of(doc, sdoc, spans, speakers)))


# --- several processes ------------------------------------------------------------------------
_WORKER: dict = {}
TASK_SIZE = 8  # documents per task sent to a worker


def _init_worker(model: str, speakers: SpeakerBook | None) -> None:
    _WORKER["nlp"] = load_model(model)
    _WORKER["speakers"] = speakers


def _extract_task(batch: list[Document]) -> list[ExtractedDocument]:
    return list(extract_documents(batch, nlp=_WORKER["nlp"], speakers=_WORKER["speakers"]))


def _extract_parallel(docs: Iterable[Document], model: str, speakers: SpeakerBook | None,
                      n_process: int) -> Iterator[ExtractedDocument]:
    """Fan documents out to worker processes, a bounded number of tasks ahead, and yield the
    results in input order."""
    import multiprocessing as mp

    check_model(model)  # fail here, with the install hint, rather than in every worker
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    docs = iter(docs)
    with ctx.Pool(n_process, initializer=_init_worker, initargs=(model, speakers)) as pool:
        pending: deque = deque()
        while True:
            batch = list(islice(docs, TASK_SIZE))
            if batch:
                pending.append(pool.apply_async(_extract_task, (batch,)))
            if pending and (not batch or len(pending) >= 3 * n_process):
                yield from pending.popleft().get()
            elif not batch:
                return


def extract_text(text: str, path: str = "<text>", **kwargs) -> ExtractedDocument:
    """Extract the quotes of one string (handy in notebooks and tests)."""
    return next(extract_documents([Document(path=path, text=text)], **kwargs))


def quotes_of(doc: Document, sdoc, spans, speakers: SpeakerBook | None = None) -> list[Quote]:
    """Attribute the quote spans of one parsed document and decide which are speech."""
    from .attribution import CUED_SIEVES, NO_ATTRIBUTION, attribute

    if not spans:
        return []
    paras = paragraphs(doc.text)
    atts = attribute(sdoc, spans, speakers, paras)
    out = []
    for span, att in zip(spans, atts):
        para = paras[span.paragraph]
        has_cue = att.sieve in CUED_SIEVES
        if att.sieve == "continuation" and out and out[-1].paragraph == span.paragraph and out[-1].speech \
                and out[-1].sieve in CUED_SIEVES and not span.nested:
            has_cue = True  # "“None,” Marchetti said. “Zero.”": the cued quote's paragraph goes on, not a headline
        reason = not_speech(doc.text, span.start, span.end, para, doc.furniture, has_cue, span.nested,
                            len(span.open_mark))
        if reason and reason.startswith("site furniture"):
            att = NO_ATTRIBUTION  # a headline in a link list is nobody's quote here
        out.append(Quote(
            text=doc.text[span.start:span.end], start=span.start, end=span.end, paragraph=span.paragraph,
            kind=kind_of(doc.text, span.start, span.end, para[0], len(span.open_mark)), speech=reason is None,
            speaker=att.speaker, speaker_id=att.speaker_id, speaker_kind=att.speaker_kind, speaker_mention=att.mention,
            mention_start=att.mention_start, mention_end=att.mention_end,
            cue=att.cue, cue_start=att.cue_start, cue_end=att.cue_end,
            confidence=att.confidence if reason is None else min(att.confidence, 0.5),
            sieve=att.sieve, chain=att.chain, resolution=att.resolution, nested=span.nested, group=span.group, reason=reason,
        ))
    return out
