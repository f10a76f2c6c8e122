"""Site furniture in plain text: link lists, comment forms, prompts, blurbs, licence lines — and
real article paragraphs that must never be taken for them."""
from __future__ import annotations

import json
import os
from collections import defaultdict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecmp.furniture import furniture_spans
from tests.conftest import SEEDS, SHARED

ARTICLE = ("The minister said on Tuesday that the talks had made progress, and that “we will meet again "
           "next week to settle the remaining questions,” according to a statement from his office.")
CLOSE = "Officials from both countries are expected to sign the agreement before the end of the year."


def covered(text: str) -> list[tuple[str, str]]:
    """(reason, covered text) for each furniture span."""
    return [(f.reason, text[f.start:f.end]) for f in furniture_spans(text)]


def reason_at(text: str, fragment: str) -> str | None:
    """The reason of the span covering ``fragment``, or None if it is not furniture."""
    i = text.index(fragment)
    for f in furniture_spans(text):
        if f.start <= i and i + len(fragment) <= f.end:
            return f.reason
    return None


# (text, fragment that must be furniture, expected reason)
POSITIVES = [
    (f"{ARTICLE}\n\nRelated News:\n\nUS ‘Maximum pressure’ on Iran has failed: Oil Min.\n\n{CLOSE}",
     "‘Maximum pressure’", "related-links list"),
    (f"{ARTICLE}\n\nRELATED STORIES\nParliament ‘will not back down’, speaker says\nMarkets rally on trade hopes\n\n{CLOSE}",
     "‘will not back down’", "related-links list"),
    (f"{ARTICLE}\n\nRead more: Leader ‘rejects talks’ with Washington\n\n{CLOSE}", "‘rejects talks’",
     "related-links list"),
    (f"{ARTICLE}\n\nYou may also like\n\nProtesters ‘vow to stay’ in the square\n\n{CLOSE}", "‘vow to stay’",
     "related-links list"),
    (f"{ARTICLE}\n\nRecent Posts\n\nWorkers ‘remain missing’: rights groups\n\nRights groups have reported that there "
     "is no information available about the…\n\n11 hours ago\n\nStorm hits the coast\n\nA storm hit the coast on…\n\n"
     "12 hours ago", "‘remain missing’", "related-links list"),
    # the same list without its header: headlines with teasers and timestamps
    (f"{ARTICLE}\n\nWorkers ‘remain missing’: rights groups\n\nRights groups have reported that there is no "
     "information available about the…\n\n11 hours ago\n\nStorm hits the coast\n\nA storm hit the coast on…\n\n"
     "2 days ago", "‘remain missing’", "link list"),
    (f"{ARTICLE}\n\nLeave A Reply\n\nYour email address will not be published.", "Leave A Reply", "comment form"),
    (f"{ARTICLE}\n\nPlease enter your comment!\nPlease enter your name here\n\nThe reCAPTCHA verification period has "
     "expired. Please reload the page.", "Please enter your name here", "comment form"),
    (f"{ARTICLE}\n\nLeave a comment\n\nName *\n\nEmail *\n\nSave my name, email, and website in this browser for "
     "the next time I comment.", "Email *", "comment form"),
    (f"{ARTICLE}\n\n› Subscribe\n\n{CLOSE}", "Subscribe", "subscribe or share prompt"),
    (f"{ARTICLE}\n\nSign up for our daily newsletter to get the “best stories” first.", "best stories",
     "subscribe or share prompt"),
    (f"{ARTICLE}\n\nFollow Jane Roe on Twitter @janeroe.", "Follow Jane Roe", "subscribe or share prompt"),
    (f"{ARTICLE}\n\nNews Desk Editorial Staff\n\nThe \"News Desk Editorial Staff\" is composed of dozens of skilled "
     "journalists and editors.\n\nMore Articles", "\"News Desk Editorial Staff\"", "editorial-staff blurb"),
    (f"{ARTICLE}\n\nAbout the author\n\nJane Roe covers “the Gulf” for the paper and is a former editor.",
     "“the Gulf”", "editorial-staff blurb"),
    (f"{ARTICLE}\n\n{CLOSE}\n\nJane Roe is a senior reporter at the Daily Planet.", "Jane Roe is a senior",
     "author blurb"),
    (f"{ARTICLE} All Content by Daily Planet is licensed under a Creative Commons Attribution 4.0 International "
     "License.", "All Content by Daily Planet", "licence line"),
    (f"{ARTICLE}\n\n© 2024 Daily Planet. All rights reserved.", "Daily Planet", "licence line"),
    (f"{ARTICLE}\n\nSource » almayadeen", "almayadeen", "source line"),
    (f"By JANE ROE, Daily Planet\n\n{ARTICLE}", "JANE ROE", "byline"),
    (f"{ARTICLE}\n\nContributing: Jane Roe and John Doe.", "Jane Roe", "credits line"),
    (f"{ARTICLE}\n\nRoe reported from Washington.", "Roe reported", "credits line"),
    (f"Thursday, February 22, 2024\n\n{ARTICLE}", "February 22", "date line"),
    (f"{ARTICLE}\n\nPosted 3 hours ago", "3 hours ago", "timestamp"),
]


@pytest.mark.parametrize("text, fragment, reason", POSITIVES,
                         ids=[f"{i}-{r}" for i, (_, _, r) in enumerate(POSITIVES)])
def test_furniture_is_found(text, fragment, reason):
    assert reason_at(text, fragment) == reason
    # the article's own sentence is never inside furniture
    assert reason_at(text, "we will meet again") is None


# (text, fragment that must NOT be furniture)
NEGATIVES = [
    (f"{ARTICLE}\n\n{CLOSE}", "we will meet again"),
    (f"{ARTICLE}\n\nHe declined to comment.\n\n{CLOSE}", "declined to comment"),
    ("Related to the deal, the minister said “it is a good day for both of us.”", "good day"),
    ("Subscribers to the theory say “the market will sort it out,” but economists disagree.", "market will sort"),
    ("Comments from the senator drew criticism: “This is not who we are,” one colleague said.", "not who we are"),
    ("By Tuesday, the campaign had raised $5 million, and its manager said “we are just getting started.”",
     "just getting started"),
    ("“All rights are protected under the constitution,” the judge said.", "All rights are protected"),
    ("“Follow the money,” she said, pointing at the budget.", "Follow the money"),
    ("Share prices fell sharply on Monday, and one trader said “nobody saw this coming.”", "nobody saw"),
    ("Leave the details aside, he said: “We will win.”", "We will win"),
    # a section heading followed by a short real paragraph
    (f"{ARTICLE}\n\nThe vote\n\n“We won,” the senator said.\n\n{CLOSE}", "We won"),
    # live-blog clock times are article structure, not furniture
    (f"6:01 p.m.\n\nThe senator said “we won.”\n\n5:40 p.m.\n\n“It is close,” the aide said.\n\n{CLOSE}", "It is close"),
    # a short list inside an article, without timestamps or teasers
    (f"{ARTICLE}\n\nThe candidates:\n\nJane Roe, “the reformer”\n\nJohn Doe\n\nMary Major\n\n{CLOSE}", "the reformer"),
    # an author-like sentence with a quotation in it is the article's
    (f"{ARTICLE}\n\nJane Roe is a reporter who said “the story is not over.”", "the story is not over"),
    # a title line ending in a source-like word
    ("Source: “The deal is done,” says minister\n\n" + ARTICLE, "we will meet again"),
]


@pytest.mark.parametrize("text, fragment", NEGATIVES, ids=[f"neg{i}" for i in range(len(NEGATIVES))])
def test_article_text_is_not_furniture(text, fragment):
    assert reason_at(text, fragment) is None, covered(text)


def test_a_list_header_at_the_end_marks_itself_only():
    text = f"{ARTICLE}\n\n{CLOSE}\n\nYou might also like"
    assert covered(text) == [("related-links list", "You might also like")]


def test_spans_are_sorted_and_inside_the_text():
    text = open(os.path.join(SEEDS, "002_aa3a6b30cbf3a08e.txt"), encoding="utf-8").read()
    spans = furniture_spans(text)
    assert spans == tuple(sorted(spans, key=lambda f: (f.start, f.end)))
    assert all(0 <= f.start < f.end <= len(text) and f.reason for f in spans)
    assert all(text[f.start:f.end] == text[f.start:f.end].strip() for f in spans)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_any_text_gives_well_formed_spans(text):
    for f in furniture_spans(text):
        assert 0 <= f.start < f.end <= len(text) and f.reason


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([
    "Related News:", "Recent Posts", "11 hours ago", "Leave A Reply", "› Subscribe", ARTICLE, CLOSE,
    "Storm ‘hits’ the coast", "A storm hit the coast on…", "IFP Editorial Staff", "", "By Jane Roe",
]), max_size=25))
def test_furniture_lines_in_any_order(lines):
    text = "\n\n".join(lines)
    spans = furniture_spans(text)
    assert all(0 <= f.start < f.end <= len(text) for f in spans)
    # the article's paragraphs stay outside furniture whatever surrounds them,
    # except as the single item a list header announces (the header takes its first line)
    for i, line in enumerate(lines):
        if line == ARTICLE and (i == 0 or lines[i - 1] not in ("Related News:", "Recent Posts", "")):
            start = sum(len(x) + 2 for x in lines[:i])
            assert not any(f.start <= start < f.end for f in spans), (lines, spans)


# ---------------------------------------------------------------------------------------------
# On real articles

def _gold(path):
    gold = defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                item = json.loads(line)
                gold[item["doc"]].append(item)
    return gold


SEED_GOLD = os.path.join(SHARED, "gold", "seeds_quotes.jsonl")


@pytest.mark.skipif(not os.path.exists(SEED_GOLD), reason="shared gold not available")
def test_on_the_seeds_furniture_holds_the_nonspeech_and_no_speech():
    gold = _gold(SEED_GOLD)
    inside = defaultdict(list)
    for name, items in gold.items():
        text = open(os.path.join(SEEDS, name), encoding="utf-8").read()
        spans = furniture_spans(text)
        for g in items:
            if any(f.start <= g["start"] and g["end"] <= f.end for f in spans):
                inside[g["label"]].append(g["text"])
    assert inside["speech"] == []
    # the other stories' headline, the staff blurb's self-reference, the 'Recent Posts' headline
    assert {"Maximum pressure", "IFP Editorial Staff", "remain missing"} <= set(inside["nonspeech"] + inside["ambiguous"])


@pytest.mark.parametrize("name, reasons", [
    ("000_aba81d0029a9aa82.txt", {"related-links list", "comment form"}),
    ("001_7479094391d83e34.txt", {"source line"}),
    ("002_aa3a6b30cbf3a08e.txt", {"editorial-staff blurb", "related-links list"}),
    ("003_09711afa719da8e3.txt", {"date line", "subscribe or share prompt", "comment form", "related-links list"}),
    ("004_f6b1add55dac1d7a.txt", {"licence line"}),
])
def test_seed_furniture_kinds(name, reasons):
    text = open(os.path.join(SEEDS, name), encoding="utf-8").read()
    assert {f.reason for f in furniture_spans(text)} == reasons


POLNEAR = os.path.join(SHARED, "polnear", "train")


@pytest.mark.skipif(not os.path.isdir(POLNEAR), reason="PolNeAR not available")
def test_polnear_speech_quotes_are_never_furniture():
    """840 real articles: no gold speech quote may fall inside a furniture span."""
    gold = _gold(os.path.join(POLNEAR, "gold.jsonl"))
    wrong = []
    for name in sorted(os.listdir(os.path.join(POLNEAR, "texts"))):
        text = open(os.path.join(POLNEAR, "texts", name), encoding="utf-8").read()
        spans = furniture_spans(text)
        for g in gold.get(name, ()):
            if g["label"] == "speech" and any(f.start <= g["start"] and g["end"] <= f.end for f in spans):
                wrong.append((name, g["text"]))
    assert wrong == []


SCRAPED_PAGE = [  # (line, reason or None): a typical scraped news page, top to bottom
    ("Iran says “no talks” with Washington until sanctions end", None),
    ("By Jane Roe | Daily Planet", "byline"),
    ("Published: March 3, 2024 10:15 AM", "date line"),
    ("TEHRAN (Reuters) - Iran's foreign minister said on Sunday that “there will be no talks” with Washington until "
     "all sanctions are lifted, in remarks broadcast by state television.", None),
    ("“We have been clear from the start,” he told reporters in the capital, adding that the country would not bow.",
     None),
    ("(Reporting by Jane Roe; Editing by John Doe)", "credits line"),
    ("Share this:", "related-links list"),
    ("Twitter", "subscribe or share prompt"),
    ("Like Loading...", "subscribe or share prompt"),
    ("Tags: Iran, Venezuela, sanctions", "related-links list"),
    ("Previous article", "related-links list"),
    ("Oil minister says output “will rise” next year", "related-links list"),
    ("Next article", "related-links list"),
    ("Parliament approves budget after long debate", "related-links list"),
    ("Advertisement", "subscribe or share prompt"),
    ("Join our WhatsApp channel for the latest updates", "subscribe or share prompt"),
    ("Photo: AFP", "source line"),
    ("This article was originally published on Daily Planet.", "subscribe or share prompt"),
    ("Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, "
     "rewritten or redistributed without permission.", "licence line"),
    ("Most Popular", "related-links list"),
    ("Leader: “We will never surrender”", "related-links list"),
    ("Markets tumble as war fears grow", "related-links list"),
]


def test_a_scraped_page_line_by_line():
    text = "\n\n".join(line for line, _ in SCRAPED_PAGE)
    got = [(line, reason_at(text, line)) for line, _ in SCRAPED_PAGE]
    assert got == SCRAPED_PAGE
    # a notice of several sentences is one span
    assert [r for r, _ in covered(text)].count("licence line") == 1
