"""Where an article comes from: outlet, title, date and URL for each document.

Each field is taken from the first source that has it:

1. the page's own metadata (HTML: og:site_name, og:title, article:published_time, canonical
   URL... as trafilatura reads them) or a JSONL line's fields;
2. a ``--sources`` manifest: a CSV file with the columns path, outlet, url, date (and
   optionally title), one row per article;
3. cues in the text: a source line ("Source » almayadeen"), a licence or copyright line
   ("All Content by Mehr News Agency is licensed..."), an editorial-staff signature
   ("IFP Editorial Staff", with the acronym spelled out where the text does so), a wire
   dateline ("PARIS (Reuters) —"), a headline line ending in " - Outlet";
4. the host name of a page, then the file name ("nyt_2016-04-08_slug.txt" gives outlet
   "nyt" and date 2016-04-08).

Nothing here reads the network; nothing raises for an odd text.
"""
from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass, field

from .errors import InputError


@dataclass(frozen=True)
class SourceInfo:
    """What is known of where one document comes from (each field may be None)."""

    outlet: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None


FIELDS = ("outlet", "title", "date", "url")


# ---------------------------------------------------------------------------------------------
# The --sources manifest


@dataclass
class Manifest:
    """Rows of a ``--sources`` CSV file, looked up by path, absolute path or file name."""

    rows: dict[str, dict[str, str]] = field(default_factory=dict)
    by_name: dict[str, dict[str, str] | None] = field(default_factory=dict)  # None: the name is ambiguous

    def add(self, keys: list[str], row: dict[str, str]) -> None:
        for key in keys:
            self.rows[key] = row
        name = os.path.basename(keys[0])
        self.by_name[name] = row if name not in self.by_name else None

    def lookup(self, path: str) -> dict[str, str]:
        if not self.rows:
            return {}
        for key in (path, os.path.normpath(path), os.path.abspath(path.split("#", 1)[0]) + _anchor(path)):
            if key in self.rows:
                return self.rows[key]
        return self.by_name.get(os.path.basename(path)) or {}

    def __bool__(self) -> bool:
        return bool(self.rows)


def _anchor(path: str) -> str:
    return "#" + path.split("#", 1)[1] if "#" in path else ""


def load_manifest(path: str) -> Manifest:
    """Read a ``--sources`` CSV file (path, outlet, url, date[, title]); raise InputError if unusable.

    A header row naming the columns is optional; without one the columns are taken in
    that order. Relative paths are taken from the current folder and from the manifest's.
    """
    try:
        with open(path, "rb") as f:
            data = f.read(50_000_000)
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror or e}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    if not text.strip():
        raise InputError(path, "empty file")
    try:
        sample = text[:4096]
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample.count("\n") else csv.excel
    except csv.Error:
        dialect = csv.excel
    rows = [r for r in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in r)]
    if not rows:
        raise InputError(path, "empty file")
    columns = ["path", "outlet", "url", "date", "title"]
    first = [c.strip().lower() for c in rows[0]]
    names = {"file": "path", "filename": "path", "site": "outlet", "source": "outlet", "link": "url", "published": "date"}
    if any(c in FIELDS or c in names or c == "path" for c in first):  # a header row
        columns = [names.get(c, c) for c in first]
        rows = rows[1:]
    if "path" not in columns:
        raise InputError(path, "no 'path' column")
    manifest = Manifest()
    base = os.path.dirname(os.path.abspath(path))
    for r in rows:
        row = {c: v.strip() for c, v in zip(columns, r) if c in FIELDS and v.strip()}
        target = r[columns.index("path")].strip() if len(r) > columns.index("path") else ""
        if not target:
            continue
        plain, anchor = target.split("#", 1)[0], _anchor(target)
        keys = [os.path.normpath(target), os.path.abspath(plain) + anchor]
        if not os.path.isabs(plain):
            keys.append(os.path.normpath(os.path.join(base, plain)) + anchor)
        manifest.add(keys, row)
    if not manifest:
        raise InputError(path, "no rows with a path")
    return manifest


# ---------------------------------------------------------------------------------------------
# Resolution


def resolve(path: str, text: str, meta: dict | None = None, manifest: Manifest | None = None) -> SourceInfo:
    """Outlet, title, date and URL of one document, each from the first source that has it."""
    meta = meta or {}
    layers = [meta, manifest.lookup(path) if manifest else {}, text_cues(text),
              {"outlet": meta.get("hostname")}, file_name_cues(path), {"outlet": wire_cue(text)}]
    found = {}
    for key in FIELDS:
        found[key] = next((layer[key] for layer in layers if layer.get(key)), None)
    return SourceInfo(**found)


def label(doc) -> str:
    """A short name for a document in tables: its outlet, else its file name."""
    if doc.outlet:
        return doc.outlet
    name = os.path.basename(doc.path.split("#", 1)[0]) or doc.path
    return os.path.splitext(name)[0] + _anchor(doc.path)


# ---------------------------------------------------------------------------------------------
# Cues in the text

_NAME = r"[A-Z0-9][\w&.'’-]*(?:[ -](?:of|the|for|and|de|al|el|[A-Z0-9&][\w&.'’-]*)){0,5}"
_SOURCE_LINE = re.compile(r"^[ \t]*(?:Sources?|Via|Courtesy(?: of)?)[ \t]*(?:[:»›>|–—-]+)[ \t]*"
                          r"(?P<o>[^\n]{2,60}?)[ \t.]*$", re.M | re.I)
_LICENCE = re.compile(r"\bAll (?:[Cc]ontents?|[Mm]aterials?|[Aa]rticles?|[Nn]ews) (?:by|from|of|on|published by) "
                      rf"(?P<o>{_NAME}) (?:is|are) (?:licen[sc]ed|available|published|protected)")
_COPYRIGHT = re.compile(r"(?:©|\([Cc]\)|\bCopyright\b)[ \t]*(?:©[ \t]*)?(?:(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?"
                        rf",?[ \t]*)?(?P<o>{_NAME})[ \t]*[.,]?[ \t]*(?:All [Rr]ights [Rr]eserved|$)", re.M)
_STAFF = re.compile(r"^[ \t]*(?P<o>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}) (?:Editorial (?:Staff|Team|Board|Desk)|"
                    r"News ?[Dd]esk|Newsroom|Staff Writers?|Web Desk|Online Desk)[ \t]*$", re.M)
_WIRE = re.compile(r"^[ \t]*[A-Z][A-Z .,'’-]{2,40}\((?P<o>[A-Z][A-Za-z .&]{1,25})\)[ \t]*[-—–]", re.M)
_TITLE_SPLIT = re.compile(r"^(?P<head>.{8,}?)[ \t]+(?P<sep>[-|–—·•:])[ \t]+(?P<o>[^\n]{2,40}?)[ \t]*$")
_NOT_OUTLETS = {"source", "sources", "photo", "reuters file photo", "file", "agencies", "staff", "news", "home"}


def text_cues(text: str) -> dict[str, str]:
    """Outlet, title and date that the text itself gives away (each key only when found)."""
    out: dict[str, str] = {}
    outlet = _outlet_cue(text)
    if outlet:
        out["outlet"] = outlet
    title, title_outlet = _title_cue(text)
    if title:
        out["title"] = title
    if title_outlet and "outlet" not in out:
        out["outlet"] = title_outlet
    date = _date_cue(text)
    if date:
        out["date"] = date
    return out


def _outlet_cue(text: str) -> str | None:
    tail = text[-3000:]
    for pattern, where in ((_LICENCE, tail), (_SOURCE_LINE, tail), (_STAFF, text), (_COPYRIGHT, tail)):
        for m in pattern.finditer(where):
            name = _clean_outlet(m.group("o"))
            if name:
                return _spell_out(name, text)
    return None


def wire_cue(text: str) -> str | None:
    """The agency of a wire dateline ('PARIS (Reuters) —'): the story's origin, not its publisher,
    so it comes after every other cue."""
    m = _WIRE.search(text[:600])
    return _clean_outlet(m.group("o")) if m else None


def _clean_outlet(name: str) -> str | None:
    name = re.sub(r"^by\s+", "", name.strip(" \t.,;:»›|-–—"), flags=re.I)
    name = re.sub(r"\s+", " ", name)
    if not name or name.lower() in _NOT_OUTLETS or len(name.split()) > 6:
        return None
    if re.search(r"[.!?]\s", name) or not re.search(r"[A-Za-z]", name):
        return None
    return name


def _spell_out(name: str, text: str) -> str:
    """'IFP' → 'Iran Front Page' where the text writes 'Iran Front Page (IFP)'."""
    if not (name.isupper() and 2 <= len(name) <= 8 and " " not in name):
        return name
    m = re.search(r"((?:[A-Z][\w’'-]*[ \t]+){1,6})\(" + re.escape(name) + r"\)", text)
    if not m:
        return name
    words = m.group(1).split()
    initials = [w for w in words if w[0].isupper()]
    # keep as many trailing capitalised words as the acronym has letters
    full = " ".join(initials[-len(name):])
    return full if full and full[0] == name[0] else name


def _lines(text: str, limit: int = 8) -> list[str]:
    out = []
    for line in text.split("\n"):
        if line.strip():
            out.append(line.strip())
            if len(out) >= limit:
                break
    return out


def _title_cue(text: str) -> tuple[str | None, str | None]:
    """The headline if the text opens with one, and an outlet named after it ('Headline - Outlet')."""
    lines = _lines(text)
    if len(lines) < 2:
        return None, None
    # skip a date line and a kicker ("Exclusive", "World | Politics") above the headline
    k = 0
    while k < min(2, len(lines) - 2) and (_DATE_LINE.match(lines[k]) or len(lines[k].split()) <= 3):
        k += 1
    first = lines[k].rstrip(" ;")
    words = first.split()
    if not (4 <= len(words) <= 25) or first.endswith((":", ",")):
        return None, None
    if len(words) > 14 and first.endswith(".") and sum(w[0].isupper() for w in words) < len(words) / 2:
        return None, None  # a long sentence: the article opens with its first paragraph
    m = _TITLE_SPLIT.match(first)
    if m:
        head, sep, tail = m.group("head").strip(), m.group("sep"), m.group("o").strip()
        repeated = any(line.rstrip(" -–—|") == head for line in lines[1:])
        tail_words = tail.split()
        looks_outlet = (len(tail_words) <= 4 and not re.search(r"[.!?,;:”\"’]$", tail)
                        and all(w[0].isupper() or w[0].isdigit() for w in tail_words if w.lower() not in ("of", "the")))
        if looks_outlet and (repeated or sep in "|·•"):
            return head, _clean_outlet(tail)
    return first, None


_MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), 1)}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_MONTH = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|" \
         r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATE_LINE = re.compile(
    r"^(?:(?:Published|Posted|Updated|Date|Last updated)(?: on)?:?\s*)?" + _WEEKDAY
    + r"(?:" + _MONTH + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)"
    + r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH.replace("mon", "mon2") + r",?\s+(?P<y2>(?:19|20)\d\d)"
    + r"|(?P<iso>(?:19|20)\d\d-\d\d-\d\d))"
    + r"(?:[\s,|-]+\d{1,2}:\d\d(?::\d\d)?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?)?\s*$", re.I)


def parse_date_line(line: str) -> str | None:
    """ISO date of a line that holds only a date ('Thursday, February 22, 2024'), else None."""
    m = _DATE_LINE.match(line.strip())
    if not m:
        return None
    if m.group("iso"):
        return m.group("iso")
    mon, day, year = (m.group("mon"), m.group("d1"), m.group("y1")) if m.group("mon") else \
        (m.group("mon2"), m.group("d2"), m.group("y2"))
    month = _MONTHS.get(mon.lower().rstrip("."))
    if not month or not 1 <= int(day) <= 31:
        return None
    return f"{year}-{month:02d}-{int(day):02d}"


def _date_cue(text: str) -> str | None:
    head = _lines(text, 6)
    tail = [line.strip() for line in text[-600:].split("\n") if line.strip()][-4:]
    for line in head + tail:
        if len(line) <= 60:
            date = parse_date_line(line)
            if date:
                return date
    return None


# ---------------------------------------------------------------------------------------------
# Cues in the file name

_FILE_DATE = re.compile(r"(?:^|[_ .])(?P<date>(?:19|20)\d\d-[01]\d-[0-3]\d|(?:19|20)\d\d[01]\d[0-3]\d)(?=$|[_ .T])")
_DOMAIN = re.compile(r"^(?:www\.)?(?P<d>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|ir|uk|co|info|news|de|fr|ru|"
                     r"in|io|us|ca|au|tv|eu|es|it|ae|qa|lb|sy|tr|pk|cn))(?=$|[_ -])", re.I)


def file_name_cues(path: str) -> dict[str, str]:
    """Outlet and date that a file name like 'nyt_2016-04-08_slug.txt' or 'www.bbc.co.uk_x.html' gives."""
    base = os.path.basename(path.split("#", 1)[0])
    stem = re.sub(r"\.(?:txt|html?|xhtml|jsonl|ndjson)$", "", base, flags=re.I)
    out: dict[str, str] = {}
    m = _DOMAIN.match(stem)
    if m:
        out["outlet"] = m.group("d").lower()
    d = _FILE_DATE.search(stem)
    if d:
        raw = d.group("date")
        iso = raw if "-" in raw else f"{raw[:4]}-{raw[4:6]}-{raw[6:]}"
        if 1 <= int(iso[5:7]) <= 12 and 1 <= int(iso[8:10]) <= 31:
            out["date"] = iso
            before = stem[:d.start()].strip("_ .")
            token = re.split(r"[_ ]", before)[-1] if before else ""
            if "outlet" not in out and re.fullmatch(r"[A-Za-z][A-Za-z-]{1,30}", token):
                out["outlet"] = token
    return out
