"""quotecmp.diff: character-exact word alignment, flags, pairing by likeness."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecmp.diff import apply, changes, diff, diff_within, units, word_keys

WORDS = ["the", "The", "nation", "nations", "resist", "resistance", "7", "seven", "Iran", "[from", "Caracas]",
         "said", "don’t", "it's", "brave", "courageous", ",", ".", "—", "“", "”", "(in", "world)"]
texts = st.lists(st.sampled_from(WORDS), max_size=25).map(" ".join) | st.text(max_size=60)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_diff_of_a_text_with_itself_is_empty(a):
    assert changes(diff(a, a)) == []


@settings(max_examples=300, deadline=None)
@given(texts, texts)
def test_ops_rebuild_both_texts(a, b):
    ops = diff(a, b)
    assert apply(a, ops) == b
    assert "".join(op.a_text for op in ops) == a
    for op in ops:
        assert a[op.a_start:op.a_end] == op.a_text and b[op.b_start:op.b_end] == op.b_text
        assert (op.op == "equal") == (op.a_text == op.b_text)


@settings(max_examples=100, deadline=None)
@given(texts, st.data())
def test_ops_within_a_stretch_rebuild_the_member(a, data):
    start = data.draw(st.integers(0, len(a)))
    end = data.draw(st.integers(start, len(a)))
    b = data.draw(texts)
    assert apply(a, diff_within(a, start, end, b)) == b


def flags(a, b):
    return {f for op in changes(diff(a, b)) for f in op.flags}


@pytest.mark.parametrize("a, b, flag", [
    ("the only way to face these pressures [from abroad] is resistance.", "the only way to face these pressures is resistance.", "editorial"),
    ("they spent $7 trillion in the region", "they spent $8 trillion in the region", "number"),
    ("they spent seven trillion in the region", "they spent eight trillion in the region", "number"),
    ("talks were held in Caracas last week", "talks were held in Havana last week", "name"),
    ("the talks went well", "The talks went well", "case"),
    ("the talks went well.", "the talks went well,", "punct"),
    ("the only way is resistance", "the only way is resist", "form"),
])
def test_flags(a, b, flag):
    assert flag in flags(a, b)


def test_sentence_initial_capital_is_not_a_name():
    assert "name" not in flags("we came. you helped us", "we came. You helped us")


def test_substitutions_pair_by_likeness_not_position():
    ops = changes(diff("they showed great resistance today", "they showed resisting today"))
    pairs = {(op.a_text.strip(), op.b_text.strip()) for op in ops}
    assert ("resistance", "resisting") in pairs  # paired by stem, "great" is the omission
    assert any(op.op == "delete" and op.a_text.strip() == "great" for op in ops)


def test_equal_length_stretches_pair_word_by_word():
    ops = changes(diff("were very genuine and brave.", "were quite correct and brave."))
    assert [(op.a_text.strip(), op.b_text.strip()) for op in ops] == [("very", "quite"), ("genuine", "correct")]


def test_clitics_are_words_of_their_own():
    assert word_keys("We can’t, it’s Venezuela’s") == ["we", "can", "not", "it", "is", "venezuela"]
    assert [u.text for u in units("don’t")] == ["do", "n’t"]


@pytest.mark.parametrize("a, b", [("\r", "\r"), (" ", "  "), ("", "\n"), ("\t", "")])
def test_texts_without_words_still_rebuild(a, b):
    assert apply(a, diff(a, b)) == b
