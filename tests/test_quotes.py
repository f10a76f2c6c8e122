"""The quote scanner: which passages are quotations, with exact offsets."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecmp.quotes import find_quotes, mark_role, paragraphs


def texts(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text)]


@pytest.mark.parametrize("text, expected", [
    # curly and straight double quotes
    ("He said “hello there,” and left.", ["hello there,"]),
    ('He said "hello there," and left.', ["hello there,"]),
    # single quotes nested inside double ones
    ("“They say, ‘we destroyed ISIS.’ What on earth?!” he added.", ["They say, ‘we destroyed ISIS.’ What on earth?!", "we destroyed ISIS."]),
    ('"He told me \'never again\' twice," she said.', ["He told me 'never again' twice,", "never again"]),
    # British style: single quotes as the primary marks
    ("The minister said ‘we will not back down’ on Tuesday.", ["we will not back down"]),
    ("Officials said 'the talks failed' late on Friday.", ["the talks failed"]),
    # a quote over several sentences
    ("“One. Two? Three!” he said.", ["One. Two? Three!"]),
    # apostrophes are never quote marks
    ("Venezuela’s president doesn’t agree.", []),
    ("Music of the ’90s and the '80s.", []),
    ("The Joneses’ dog and James’ car.", []),
    ("It's rock ’n’ roll, isn't it?", []),
    ("He sang ‘Rock ‘n’ Roll Music’ on stage.", ["Rock ‘n’ Roll Music"]),
    ("She said ‘rock ’n’ roll never dies,’ and left.", ["rock ’n’ roll never dies,"]),
    ("“The ’90s were great,” he said.", ["The ’90s were great,"]),
    ("“Jones’ idea is ours,” she said.", ["Jones’ idea is ours,"]),
    # quoted terms are still found (the speech flag is decided later)
    ("praised Maduro’s anti-“Israel” stances", ["Israel"]),
    # an unbalanced mark runs to the paragraph end and the next paragraph is intact
    ("He said “this never closes\n\nThen “a new one” came.", ["this never closes", "a new one"]),
    # a stray closing mark loses nothing
    ("Nothing opens here” but “this does.”", ["this does."]),
    # German and French marks
    ("Er sagte „ja“ und «non» dit-il.", ["ja", "non"]),
    # typewriter doubles (two apostrophes, or backticks to open), as in the NYT archive
    ("''A museum alone will not do it,'' he said.", ["A museum alone will not do it,"]),
    ("``Yes,'' she said.", ["Yes,"]),
    ("''He said 'no,''' she recalled.", ["He said 'no,'", "no,"]),
    ("and say to him, '''Sir, we've decided.'''", ["'Sir, we've decided.'", "Sir, we've decided."]),
    ("the '90s, ''rock'' and the Joneses' car", ["rock"]),
    # negatives: inch marks close nothing; a lone pair runs to the paragraph end like any mark
    ("a 2'' pipe and a 3'' bolt", []),
    ("The word is ''open", ["open"]),
    # British style: a plural possessive inside a single-quoted passage, with the real close ahead
    ("‘The Democrats’ draft is telling supporters they are not welcome,’ said Ruiz. ‘It’s sad.’",
     ["The Democrats’ draft is telling supporters they are not welcome,", "It’s sad."]),
    ("called him ‘ISIS’ best recruiter.’ She said ‘they are going.’", ["ISIS’ best recruiter.", "they are going."]),
    # … or with the real close before a function word, not punctuation
    ("‘Our members’ interests come first’ is the motto.", ["Our members’ interests come first"]),
    # … or in a quote over paragraphs, whose paragraph ends with no close
    ("‘Hale said Reyes’ testimony differed.\n\n‘He stated that,’ Hale said.",
     ["Hale said Reyes’ testimony differed.", "He stated that,"]),
    # … but a close before a name and its cue is no possessive
    ("‘We need more nurses’ Holt said.\n\n‘And doctors,’ she added.", ["We need more nurses", "And doctors,"]),
    ("‘The Democrats’ Ann Holt wants out,’ he said.", ["The Democrats’ Ann Holt wants out,"]),
    # negatives: a close before "and" is no possessive, even with the quote going on below; two quoted words,
    # each closed before "and"; a one-word term before a verb
    ("‘He voted with the lobby numerous times’ and against the law, Ruiz said.\n\n‘He voted,’ she said.",
     ["He voted with the lobby numerous times", "He voted,"]),
    ("he called them ‘losers’ and ‘fools’ on Monday.", ["losers", "fools"]),
    ("‘Losers’ was the word.\n\n‘Idiots’ was another.", ["Losers", "Idiots"]),
    # a single quote that opens with a number, closed later, is a quote; a year or decade is not
    ("ads hit her for taking ‘54 times more money than Iowa’ and claim ‘it is rich.’",
     ["54 times more money than Iowa", "it is rich."]),
    ("She talked up her ‘50-state strategy,’ promising to campaign.", ["50-state strategy,"]),
    ("Music of the ‘90s and the ‘80s.", []),
    ("He won in ‘08 and lost in ‘12.", []),
    ("‘I was born in ‘54,’ he said.", ["I was born in ‘54,"]),
    ("‘We left in ‘08 and,’ she said, ‘never went back.’", ["We left in ‘08 and,", "never went back."]),
    # a left single mark left open at the paragraph end runs to it (no apostrophe opens a word that way)
    ("‘Supporters of others,’ Holloway added, ‘have focused on ads\nin caucuses.’",
     ["Supporters of others,", "have focused on ads"]),
    # … but not a quoted name whose close the possessive took
    ("The so-called ‘Gang of Eight’s plan failed in the House, Hale said.", []),
    ("He praised the ‘Big Four’s role in the talks and left.", []),
    # a closing single mark curled the wrong way
    ("You should have said ‘over their dead bodies‘, because you can.", ["over their dead bodies"]),
    # an invisible direction mark before a quote mark is no word: the mark opens
    ("\u202a”Sorry, you should have said so,” posted Ann Holt.", ["Sorry, you should have said so,"]),
    # a markup tag's attribute values are no quotes; the text inside the element is read as any text
    ('<tweet id="6721" author="@MissD">Shooter is "Farood Sayed" says police</tweet>.', ["Farood Sayed"]),
    ('He said "x < y" and "a > b" hold.', ["x < y", "a > b"]),
])
def test_quotes_found(text, expected):
    assert texts(text) == expected


def test_paragraph_spanning_quote_is_one_span_per_paragraph_with_a_group():
    text = "“First paragraph of the speech.\n\n“Second paragraph.\n\n“Last one,” she said.\n\nAfter."
    qs = find_quotes(text)
    assert [text[q.start:q.end] for q in qs] == ["First paragraph of the speech.", "Second paragraph.", "Last one,"]
    assert [q.paragraph for q in qs] == [0, 1, 2]
    assert qs[0].group is not None and len({q.group for q in qs}) == 1
    assert qs[0].close_mark is None and qs[2].close_mark == "”"


def test_unclosed_quote_without_continuation_has_no_group():
    text = "He said “this never closes\n\nA plain paragraph."
    (q,) = find_quotes(text)
    assert q.group is None and text[q.start:q.end] == "this never closes"


def test_typewriter_quote_over_paragraphs_keeps_its_group_and_offsets():
    text = "''First paragraph.\n\n''Last one,'' she said."
    qs = find_quotes(text)
    assert [text[q.start:q.end] for q in qs] == ["First paragraph.", "Last one,"]
    assert qs[0].group is not None and qs[0].group == qs[1].group
    assert [(q.outer_start, q.outer_end) for q in qs] == [(0, 18), (20, 33)]


def test_nested_flag():
    text = "“They say, ‘we destroyed ISIS.’” he said."
    outer, inner = find_quotes(text)
    assert not outer.nested and inner.nested


@pytest.mark.parametrize("text, index, role", [
    ("don’t", 3, "apostrophe"),
    ("the ’90s", 4, "apostrophe"),
    ("said “yes”", 5, "open"),
    ("said “yes”", 9, "close"),
    ('said "yes"', 5, "open"),
    ('said "yes".', 9, "close"),
])
def test_mark_role(text, index, role):
    assert mark_role(text, index) == role


def test_paragraphs_skip_blank_lines_and_trailing_space():
    text = "One.  \n\n  Two.\n"
    assert [text[a:b] for a, b in paragraphs(text)] == ["One.", "Two."]


MARKY = st.text(alphabet=st.sampled_from(list("ab .,\n“”‘’\"'«»„-`")), max_size=200)


@settings(max_examples=300, deadline=None)
@given(MARKY)
def test_scanner_never_fails_and_offsets_hold(text):
    for q in find_quotes(text):
        assert 0 < q.start < q.end <= len(text)
        assert text[q.start:q.end].strip()
        assert "\n" not in text[q.start:q.end]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="abc ,.", min_size=1, max_size=30).filter(str.strip), min_size=1, max_size=5))
def test_every_balanced_quote_is_found(parts):
    text = " and ".join(f"“{p}”" for p in parts)
    assert texts(text) == parts
