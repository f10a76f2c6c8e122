"""quotecmp.align: which renderings join, which never do, and what a cluster says about each."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecmp.align import align_documents, prepare, speaker_key, verify
from quotecmp.errors import UsageError
from quotecmp.export import align_json
from quotecmp.model import Document, ExtractedDocument, Quote


def doc(path, *quotes, text=None, outlet=None):
    """A document holding the quotes; quotes are (speaker, text) and sit in a plain text one by one."""
    body, qs = "", []
    for speaker, q in quotes:
        body += f"{speaker or 'Someone'} said: “"
        qs.append(Quote(text=q, start=len(body), end=len(body) + len(q), paragraph=0, speaker=speaker))
        body += q + "”\n\n"
    return ExtractedDocument(Document(path=path, text=text or body, outlet=outlet), tuple(qs))


def pair(a, b, speaker_a="Rosa Ortega", speaker_b="Ortega"):
    items = prepare([doc("a.txt", (speaker_a, a)), doc("b.txt", (speaker_b, b))])
    return verify(items[0], items[1])


SAME = [
    ("verbatim", "We will never accept the terms of this agreement under pressure.",
     "We will never accept the terms of this agreement under pressure."),
    ("case and punctuation", "we will never accept the terms of this agreement, under pressure",
     "We will never accept the terms of this agreement under pressure."),
    ("editorial bracket", "The harbour project [in the north] will create thousands of jobs for young workers.",
     "The harbour project will create thousands of jobs for young workers."),
    ("another translation", "Your recent statements about the occupation of the valley were very sincere and bold.",
     "Your recent statements about the occupation of the valley were quite honest and highly courageous."),
    ("another translation, short", "Lasting partnership requires the pursuit of treaties and their completion.",
     "Lasting partnership requires follow-ups on treaties and their implementation."),
    ("fragment", "farming and fisheries projects in particular",
     "We are preparing a detailed plan for partnership with the islands in many fields, farming and fisheries projects in particular."),
    ("extended", "The harbour will open next spring, and the first ships are expected in May.",
     "The harbour will open next spring, and the first ships are expected in May. We are proud of the workers."),
    ("word swap", "We are going to close a lot of mines and steel mills in the valley.",
     "We are going to close a lot of steel mills and mines in the valley."),
]
DIFFERENT = [
    ("same topic, other sentence", "The successful experience of both peoples showed that resisting is the only answer to threats.",
     "The harbour project will create thousands of jobs for young workers in the valley next year."),
    ("a common phrase", "I will be there.", "I will be there."),
    ("shared words, other claim", "The worst thing that ever happened to the farmers of the valley.",
     "The best harvest the fishermen of the northern islands have ever seen."),
    ("too short a fragment", "the valley", "The harbour project will create thousands of jobs in the valley."),
]


@pytest.mark.parametrize("why, a, b", SAME)
def test_renderings_of_one_utterance_join(why, a, b):
    assert pair(a, b) is not None, why


@pytest.mark.parametrize("why, a, b", DIFFERENT)
def test_different_utterances_do_not_join(why, a, b):
    assert pair(a, b) is None, why


LONG = "We are preparing a detailed plan for partnership with the islands in many fields, farming and fisheries in particular."


def test_a_short_reworded_fragment_leans_on_its_own_sentence():
    """“especially in farming and fisheries” is too short to trust alone; the sentence around it agrees."""
    frag = "especially in farming and fisheries"
    text = f"Ortega said they are preparing a detailed plan for partnership in many fields, “{frag}.” Talks go on."
    start = text.index(frag)
    with_context = ExtractedDocument(Document("b.txt", text), (Quote(frag, start, start + len(frag), 0, speaker="Ortega"),))
    items = prepare([doc("a.txt", ("Ortega", LONG)), with_context])
    m = verify(items[0], items[1])
    assert m is not None
    bare = prepare([doc("a.txt", ("Ortega", LONG)), doc("b.txt", ("Ortega", frag))])
    assert verify(bare[0], bare[1]) is None


def test_different_speakers_never_join():
    q = "We will never accept the terms of this agreement under pressure."
    assert pair(q, q, "Rosa Ortega", "Ivan Petrov") is None


def test_unknown_speaker_joins_only_a_near_verbatim_copy():
    q = "We will never accept the terms of this agreement under pressure."
    assert pair(q, q, None, "Ortega") is not None
    assert pair(q, "We shall not ever agree to the conditions of this deal when pressed.", None, "Ortega") is None


def test_two_quotes_of_one_document_are_never_paired():
    q = "We will never accept the terms of this agreement under pressure."
    items = prepare([doc("a.txt", ("Ortega", q), ("Ortega", q))])
    assert verify(items[0], items[1]) is None
    assert align_documents([doc("a.txt", ("Ortega", q), ("Ortega", q))]).clusters == ()


@pytest.mark.parametrize("name, key", [
    ("Ali Khamenei", "khamenei"), ("Ayatollah Khamenei", "khamenei"), ("Nicolás Maduro", "maduro"),
    ("Nicolas Maduro", "maduro"), ("76-year-old Morton Blackwell, founder of the Institute", "blackwell"),
    ("A campaign official", None), (None, None),
])
def test_speaker_blocks_by_surname(name, key):
    assert speaker_key(name) == key


SPEECH_A = "The shared experience of the two peoples showed that the only way to meet these threats is resistance."
SPEECH_B = ("The success of the two nations proved that the only way to meet the threats is to resist and stand firm, "
            "while trade between the two governments should grow.")


def test_two_sentences_of_one_speech_stay_apart():
    """Two look-alike sentences of one document are two utterances: each joins its own rendering."""
    docs = [doc("a.txt", ("Ortega", SPEECH_A), ("Ortega", SPEECH_B)),
            doc("b.txt", ("Ortega", "The shared experience of the two peoples showed that the only way to meet these threats is to resist."))]
    result = align_documents(docs)
    assert len(result.clusters) == 1
    texts = {m.text for m in result.clusters[0].members}
    assert SPEECH_A in texts and SPEECH_B not in texts


def test_pieces_of_one_quote_in_one_document_join_the_whole():
    whole = "Our plan is ready and the money is there. The first ships will dock in the new harbour before the winter storms."
    docs = [doc("a.txt", ("Ortega", whole)),
            doc("b.txt", ("Ortega", "Our plan is ready and the money is there."),
                ("Ortega", "The first ships will dock in the new harbour before the winter storms."))]
    (cluster,) = align_documents(docs).clusters
    assert cluster.representative.text == whole
    assert sorted(m.relation for m in cluster.members) == ["fragment", "fragment", "representative"]


def test_cluster_members_carry_relation_span_and_diff():
    rep = "We are preparing a detailed plan for partnership with the islands in many fields, farming and fisheries in particular."
    frag = "farming and fisheries in particular"
    edited = "We are preparing a detailed plan for partnership with the islands in many fields, farming and fishing in particular."
    docs = [doc("a.txt", ("Ortega", rep), outlet="A"), doc("b.txt", ("Ortega", frag), outlet="B"),
            doc("c.txt", ("Ortega", edited), outlet="C")]
    (cluster,) = align_documents(docs).clusters
    by_text = {m.text: m for m in cluster.members}
    assert cluster.representative.text == rep and by_text[rep].relation == "representative"
    f = by_text[frag]
    assert f.relation == "fragment" and rep[f.rep_start:f.rep_end] == frag
    assert by_text[edited].relation == "minor"
    from quotecmp.diff import apply

    for m in cluster.members:
        assert apply(rep, list(m.diff)) == m.text if m.diff else m.text == rep
    data = align_json(align_documents(docs))
    (c,) = data["clusters"]
    assert {m["path"] for m in c["members"]} == {"a.txt", "b.txt", "c.txt"}  # the representative is a member
    assert c["representative"]["path"] == "a.txt" and data["schema_version"] == 1


def test_a_loose_link_does_not_chain_unrelated_quotes():
    a = "The harbour project will create thousands of jobs for young workers in the valley."
    b = "The harbour project will create thousands of jobs, and the new school will open in the valley."
    c = "The new school will open in the valley next spring with three hundred pupils and ten teachers."
    result = align_documents([doc("a.txt", ("Ortega", a)), doc("b.txt", ("Ortega", b)), doc("c.txt", ("Ortega", c))])
    for cluster in result.clusters:
        assert not {a, c} <= {m.text for m in cluster.members}


def test_min_similarity_out_of_range_is_a_usage_error():
    with pytest.raises(UsageError):
        align_documents([], min_similarity=1.5)


def test_speaker_filter():
    q = "We will never accept the terms of this agreement under pressure."
    docs = [doc("a.txt", ("Ortega", q)), doc("b.txt", ("Rosa Ortega", q)),
            doc("c.txt", ("Petrov", q)), doc("d.txt", ("Ivan Petrov", q))]
    assert {c.speaker for c in align_documents(docs).clusters} == {"Rosa Ortega", "Ivan Petrov"}
    (only,) = align_documents(docs, speaker="Petrov").clusters
    assert {m.path for m in only.members} == {"c.txt", "d.txt"}


CORPUS = [
    ("Ortega", "We will never accept the terms of this agreement under pressure."),
    ("Ortega", "we will never accept the terms of this agreement, under pressure"),
    ("Ortega", "We shall never accept the conditions of this agreement under pressure from abroad."),
    ("Petrov", "The harbour project will create thousands of jobs for young workers."),
    ("Petrov", "The harbour project will create thousands of jobs."),
    ("Petrov", "The harbour project [in the north] will create thousands of jobs for young workers."),
    ("Ortega", "The successful experience of both peoples showed that resisting is the only answer."),
    (None, "We will never accept the terms of this agreement under pressure."),
]


def _shape(result):
    return sorted(sorted((m.path, m.start) for m in c.members) for c in result.clusters)


@settings(max_examples=40, deadline=None)
@given(st.permutations(range(len(CORPUS))))
def test_clusters_do_not_depend_on_input_order(order):
    docs = [doc(f"d{i}.txt", CORPUS[i]) for i in range(len(CORPUS))]
    expected = _shape(align_documents(docs))
    assert _shape(align_documents([docs[i] for i in order])) == expected
    assert len(expected) == 2
