"""Outlet, title and date of each document: metadata, manifest, cues in the text, file name."""
from __future__ import annotations

import os

import pytest

from quotecmp.errors import InputError
from quotecmp.outlets import (Manifest, file_name_cues, label, load_manifest, parse_date_line, resolve,
                              text_cues)
from quotecmp.model import Document

BODY = ("The minister said on Tuesday that the talks had made progress and would go on next week, "
        "according to a statement from his office.")


@pytest.mark.parametrize("text, outlet", [
    (f"{BODY}\n\nSource » almayadeen", "almayadeen"),
    (f"{BODY}\n\nSource: Reuters", "Reuters"),
    (f"{BODY} All Content by Mehr News Agency is licensed under a Creative Commons Attribution 4.0 "
     "International License.", "Mehr News Agency"),
    (f"{BODY}\n\nIFP Editorial Staff\n\nThe IFP Editorial Staff is composed of journalists. The editor of each IFP "
     "Service is responsible for the report published by the Iran Front Page (IFP) news website.", "Iran Front Page"),
    (f"{BODY}\n\nXYZ Editorial Staff\n\nThe XYZ Editorial Staff is composed of journalists.", "XYZ"),
    (f"{BODY}\n\n© 2024 Daily Planet. All rights reserved.", "Daily Planet"),
    (f"{BODY}\n\nCopyright 2023 Tehran Times", "Tehran Times"),
    ("Leader meets Maduro - Balkan Times\n\nLeader meets Maduro\n\n" + BODY, "Balkan Times"),
    ("Leader meets Maduro | The Daily Planet\n\n" + BODY, "The Daily Planet"),
    # negatives: an article with no cue, sources that are people, a headline with a dash
    (BODY, None),
    (f"{BODY}\n\nSources said the talks would resume next month after the holidays in the capital.", None),
    ("Trump - the man and the myth\n\n" + BODY, None),
    ("Leader meets Maduro - analysis\n\n" + BODY, None),
    (f"{BODY}\n\nSource: photo", None),
])
def test_outlet_cues_in_the_text(text, outlet):
    assert text_cues(text).get("outlet") == outlet


@pytest.mark.parametrize("text, title", [
    ("Leader stresses resistance as mere option - Balkan Times\n\nLeader stresses resistance as mere option\n\n"
     + BODY, "Leader stresses resistance as mere option"),
    ("IFP Exclusive\n\nUS Policy of Maximum Pressure against Iran Failed: Leader\n\n" + BODY,
     "US Policy of Maximum Pressure against Iran Failed: Leader"),
    ("Thursday, February 22, 2024\n\nCountries facing sanctions must cooperate, leader says\n\n" + BODY,
     "Countries facing sanctions must cooperate, leader says"),
    ("Jobs report gives Democrats a lift; \nSolid upturn could blunt Republican claims.\n\n" + BODY,
     "Jobs report gives Democrats a lift"),
    (BODY + "\n\n" + BODY, None),  # opens with a paragraph, not a headline
    (BODY, None),  # one paragraph: nothing to tell a title from
])
def test_title_cue(text, title):
    assert text_cues(text).get("title") == title


@pytest.mark.parametrize("line, iso", [
    ("Thursday, February 22, 2024", "2024-02-22"),
    ("February 22, 2024", "2024-02-22"),
    ("22 February 2024", "2024-02-22"),
    ("Feb. 3, 2016 10:32 AM EST", "2016-02-03"),
    ("Published: Sept 9, 2016", "2016-09-09"),
    ("2022-06-11", "2022-06-11"),
    ("Updated on 1st March 2021", "2021-03-01"),
    ("February 32, 2024", None),
    ("On February 22, 2024, the leader spoke.", None),
    ("May the best man win", None),
])
def test_date_lines(line, iso):
    assert parse_date_line(line) == iso


@pytest.mark.parametrize("path, expected", [
    ("corpus/nyt_2016-04-08_tensions-flare.txt", {"outlet": "nyt", "date": "2016-04-08"}),
    ("wash-post_2015-11-08_all-eggs.txt", {"outlet": "wash-post", "date": "2015-11-08"}),
    ("www.bbc.co.uk_news-world.html", {"outlet": "bbc.co.uk"}),
    ("reuters_20240102_story.html", {"outlet": "reuters", "date": "2024-01-02"}),
    ("000_aba81d0029a9aa82.txt", {}),
    ("notes.txt", {}),
    ("2016-04-08_story.txt", {"date": "2016-04-08"}),
    ("nyt_2016-13-45_bad-date.txt", {}),
    ("corpus.jsonl#17", {}),
])
def test_file_name_cues(path, expected):
    assert file_name_cues(path) == expected


def test_each_field_from_the_first_source_that_has_it(tmp_path):
    manifest_file = tmp_path / "sources.csv"
    manifest_file.write_text("path,outlet,url,date\nnyt_2016-04-08_x.txt,The New York Times,https://nyt.example/x,"
                             "2016-04-09\n", encoding="utf-8")
    manifest = load_manifest(str(manifest_file))
    text = "Source » almayadeen\n\n" + BODY
    path = str(tmp_path / "nyt_2016-04-08_x.txt")
    # metadata first
    info = resolve(path, text, {"outlet": "Page Meta", "title": "Meta title"}, manifest)
    assert (info.outlet, info.title, info.url, info.date) == ("Page Meta", "Meta title", "https://nyt.example/x",
                                                              "2016-04-09")
    # then the manifest
    assert resolve(path, text, {}, manifest).outlet == "The New York Times"
    # then cues in the text, then the file name
    assert resolve(path, BODY + "\n\nSource » almayadeen", {}, None).outlet == "almayadeen"
    info = resolve(path, BODY, {}, None)
    assert (info.outlet, info.date, info.url) == ("nyt", "2016-04-08", None)
    # a page's host name comes after the text's cues but before the file name
    assert resolve(path, BODY, {"hostname": "planet.example"}, None).outlet == "planet.example"
    # a wire dateline names the story's origin: only when nothing else names an outlet
    wire = "PARIS (Reuters) — " + BODY
    assert resolve("story.txt", wire).outlet == "Reuters"
    assert resolve(path, wire).outlet == "nyt"


def test_manifest_without_header_and_with_relative_paths(tmp_path):
    (tmp_path / "sub").mkdir()
    manifest_file = tmp_path / "sub" / "m.csv"
    manifest_file.write_text("a.txt;Daily Planet;https://planet.example/a;2024-01-01\n"
                             "corpus.jsonl#7;Wire;;\n", encoding="utf-8")
    manifest = load_manifest(str(manifest_file))
    # relative to the manifest's folder
    assert manifest.lookup(str(tmp_path / "sub" / "a.txt"))["outlet"] == "Daily Planet"
    # by file name when nothing else matches
    assert manifest.lookup("elsewhere/a.txt")["url"] == "https://planet.example/a"
    assert manifest.lookup(str(tmp_path / "sub" / "corpus.jsonl") + "#7") == {"outlet": "Wire"}
    assert manifest.lookup("b.txt") == {}


def test_manifest_with_other_column_names(tmp_path):
    f = tmp_path / "m.csv"
    f.write_text("\ufeffFile,Source,Link,Date,Title\nx.html,Al Mayadeen,https://a.example,2022-06-11,Talks\n",
                 encoding="utf-8")
    row = load_manifest(str(f)).lookup("x.html")
    assert row == {"outlet": "Al Mayadeen", "url": "https://a.example", "date": "2022-06-11", "title": "Talks"}


@pytest.mark.parametrize("content, problem", [
    (None, "cannot read"),
    ("", "empty"),
    ("outlet,url\nDaily Planet,https://x\n", "no 'path' column"),
    ("path,outlet\n,Daily Planet\n", "no rows"),
])
def test_unusable_manifest_raises_input_error(tmp_path, content, problem):
    f = tmp_path / "m.csv"
    if content is not None:
        f.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as e:
        load_manifest(str(f))
    assert problem in str(e.value) and str(f) in str(e.value)


def test_label_is_the_outlet_or_the_file_name():
    assert label(Document(path="a/b/nyt_story.txt", text="x", outlet="NYT")) == "NYT"
    assert label(Document(path="a/b/nyt_story.txt", text="x")) == "nyt_story"
    assert label(Document(path="c/corpus.jsonl#12", text="x")) == "corpus#12"


def test_empty_manifest_object_finds_nothing():
    assert not Manifest() and Manifest().lookup("a.txt") == {}
