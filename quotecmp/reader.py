"""Read inputs into Documents: expand paths, decode bytes, refuse what cannot be read.

Inputs: ``.txt`` files, saved web pages (``.html``/``.htm``, main text through trafilatura),
JSONL corpora (one article per line), ``-`` for standard input, and folders of any of these,
walked recursively. Nothing here raises for a bad input: each problem becomes a ``Skipped``
record naming the path and the problem in one line, so that one bad file never stops the
others, and every input is accounted for.

Offsets in the rest of quotecmp index ``Document.text``: the decoded text as Python's
``open()`` would read it (byte-order mark removed, ``\\r\\n`` and ``\\r`` read as ``\\n``); for
HTML, the extracted article text; for JSONL, the line's ``text`` field as it is.
"""
from __future__ import annotations

import codecs
import errno
import fnmatch
import json
import os
import re
import stat
import sys
import unicodedata
from collections.abc import Iterable, Iterator

from .model import Document, Skipped

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
DEFAULT_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
STDIN = "-"

# Magic numbers of common binary formats, for a precise "binary file (PNG image)" message.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or .docx/.xlsx/.epub)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
    (b"\x7fELF", "executable"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"SQLite format 3\x00", "SQLite database"),
)

# Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Bytes 0x80-0x9F that cp1252 leaves undefined: in latin-1 they are C1 control codes.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
# A well-formed UTF-8 multi-byte sequence (seen in a file that is not valid UTF-8 as a whole:
# text that mixes encodings, or a UTF-8 file with damage).
_UTF8_SEQ = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")
# Non-ASCII characters that legacy-encoded prose is made of, besides letters.
_TYPOGRAPHIC = set("‘’‚“”„–—…•€£¥¢©®™°±×÷«»¿¡·§¶\u00a0²³¹¼½¾µ†‡‰‹›")
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_SNIFF = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)


class _Refused(Exception):
    """An input that is not an article's text; the message is the one-line reason."""


# ---------------------------------------------------------------------------------------------
# The public entry point


def read_inputs(paths: Iterable[str], glob: str | None = None, max_bytes: int = 20_000_000,
                sources: str | None = None) -> Iterator[Document | Skipped]:
    """Yield a Document or a Skipped for every article the paths name, in a stable order.

    ``paths``: files, folders (walked recursively, in name order, hidden entries skipped)
    or ``-`` for standard input. In folders only files matching ``glob`` are read (a
    shell pattern on the file name, or on the path below the folder when it holds a
    ``/``); by default ``.txt``, ``.html``, ``.htm`` and ``.jsonl`` files. A file named
    explicitly is read whatever its name. ``max_bytes`` bounds each file (each line of a
    JSONL corpus). ``sources`` is a CSV manifest (path, outlet, url, date) giving outlets.

    Streams: a folder of any size is read one file at a time. The same file named twice
    (or reached twice through links) is read once.
    """
    from .outlets import Manifest, load_manifest

    manifest = Manifest()
    if sources:
        try:
            manifest = load_manifest(sources)
        except _input_errors() as e:
            yield Skipped(sources, f"--sources manifest not used: {_problem(e)}")
    seen: set[tuple[int, int]] = set()
    for path in paths:
        if path == STDIN:
            yield from _read_stdin(max_bytes, manifest)
            continue
        for item in _expand(path, glob, seen):
            if isinstance(item, Skipped):
                yield item
            else:
                yield from read_file(item, max_bytes=max_bytes, manifest=manifest)


def read_file(path: str, max_bytes: int = 20_000_000, manifest=None) -> Iterator[Document | Skipped]:
    """Read one file: one Document (a JSONL corpus: one per line), or Skipped records."""
    kind = _kind_of(path)
    try:
        size = _check_file(path, max_bytes, jsonl=kind == "jsonl")
        if kind == "jsonl":
            yield from _read_jsonl(path, max_bytes, manifest)
            return
        with open(path, "rb") as f:
            data = f.read(min(size, max_bytes) + 1 if size is not None else max_bytes + 1)
            if size is not None and len(data) > size:  # the file grew while we read it
                data += f.read(max_bytes + 1 - len(data))
        if len(data) > max_bytes:  # grew since stat, or a special file
            raise _Refused(_too_large(len(data), max_bytes))
        yield _document(path, data, kind, manifest)
    except _Refused as e:
        yield Skipped(path, str(e))
    except OSError as e:
        yield Skipped(path, _os_problem(e))


def decode(path: str, data: bytes) -> Document | Skipped:
    """Decode one text file's bytes into a Document, or say why they are not an article's text."""
    try:
        return _document(path, data, "txt", None)
    except _Refused as e:
        return Skipped(path, str(e))


def read_path(path: str) -> Document | Skipped:
    """Read one text or HTML file (not a corpus): the first Document or Skipped it gives."""
    return next(read_file(path))


# ---------------------------------------------------------------------------------------------
# Paths and folders


def _expand(path: str, glob: str | None, seen: set[tuple[int, int]]) -> Iterator[str | Skipped]:
    """The files a path names: itself, or the matching files below a folder (each file once)."""
    try:
        st = os.stat(path)
    except OSError as e:
        yield Skipped(path, _os_problem(e))
        return
    if not stat.S_ISDIR(st.st_mode):
        if _first_time(st, seen):
            yield path
        return
    found = False
    for item in _walk(path, glob):
        found = True
        if isinstance(item, Skipped):
            yield item
        elif _first_time(item[1], seen):
            yield item[0]
    if not found:
        wanted = f"files matching '{glob}'" if glob else "readable files (.txt, .html, .htm, .jsonl)"
        yield Skipped(path, f"folder holds no {wanted}")


def _walk(top: str, glob: str | None) -> Iterator[tuple[str, os.stat_result] | Skipped]:
    """Matching files below ``top`` with their stat, depth first in name order, following
    links to folders but never round a loop; hidden files and folders are left out."""
    st = os.stat(top)
    stack: list[tuple[str, tuple[tuple[int, int], ...]]] = [(top, ((st.st_dev, st.st_ino),))]
    while stack:
        folder, ancestors = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
        except OSError as e:
            yield Skipped(folder, _os_problem(e))
            continue
        subfolders = []
        for entry in entries:
            try:
                is_dir = entry.is_dir()  # follows links
                est = entry.stat() if is_dir or _wanted(entry.name, os.path.relpath(entry.path, top), glob) else None
            except OSError as e:  # a dangling link, or a link loop
                yield Skipped(entry.path, _os_problem(e))
                continue
            if is_dir:
                key = (est.st_dev, est.st_ino)
                if key in ancestors:
                    yield Skipped(entry.path, "symlink loop (links back to a folder above it)")
                else:
                    subfolders.append((entry.path, ancestors + (key,)))
            elif est is not None:
                yield entry.path, est
        stack.extend(reversed(subfolders))  # depth first, in name order


def _wanted(name: str, rel: str, glob: str | None) -> bool:
    if glob is None:
        return name.lower().endswith(DEFAULT_SUFFIXES)
    if "/" in glob or os.sep in glob:
        return fnmatch.fnmatch(rel.replace(os.sep, "/"), glob)
    return fnmatch.fnmatch(name, glob)


def _first_time(st: os.stat_result, seen: set[tuple[int, int]]) -> bool:
    key = (st.st_dev, st.st_ino)
    if key in seen and st.st_ino:
        return False
    seen.add(key)
    return True


def _kind_of(path: str) -> str:
    low = path.lower()
    if low.endswith(HTML_SUFFIXES):
        return "html"
    if low.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if low.endswith(TEXT_SUFFIXES):
        return "txt"
    return "auto"  # a file named explicitly: text, or HTML if it looks like a page


def _check_file(path: str, max_bytes: int, jsonl: bool) -> int | None:
    """The size of a regular file that may be read (None for a pipe); raise _Refused if not."""
    st = os.stat(path)
    if stat.S_ISDIR(st.st_mode):
        raise _Refused("is a folder")
    if not stat.S_ISREG(st.st_mode):
        if stat.S_ISFIFO(st.st_mode) or stat.S_ISCHR(st.st_mode):
            return None  # a pipe or /dev/stdin: read it, bounded
        raise _Refused("not a regular file")
    if st.st_size == 0:
        raise _Refused("empty file")
    if st.st_size > max_bytes and not jsonl:
        raise _Refused(_too_large(st.st_size, max_bytes))
    return st.st_size


def _too_large(size: int, max_bytes: int) -> str:
    return f"file too large ({_human(size)}, over --max-bytes {max_bytes})"


def _human(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000
    return str(n)  # pragma: no cover


def _input_errors():
    from .errors import InputError

    return (InputError, OSError, _Refused)


def _problem(e: Exception) -> str:
    if isinstance(e, OSError):
        return _os_problem(e)
    return getattr(e, "problem", None) or str(e)


def _os_problem(e: OSError) -> str:
    if e.errno == errno.ENOENT:
        return "no such file or folder"
    if e.errno == errno.ELOOP:
        return "symlink loop (too many levels of symbolic links)"
    if e.errno in (errno.EACCES, errno.EPERM):
        return "cannot read: permission denied"
    if e.errno == errno.EISDIR:
        return "is a folder"
    return f"cannot read: {e.strerror or e}"


# ---------------------------------------------------------------------------------------------
# Decoding


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode an article's bytes: ``(text, encoding)``; raise ``_Refused`` for non-text.

    UTF-8 (with or without a byte-order mark), UTF-16/32 with a BOM, UTF-16 without one
    (recognised by its zero bytes), else a legacy single-byte encoding (cp1252 or
    latin-1) when the bytes read as plausible prose in it. Newlines are read as ``\\n``.
    """
    if not data.strip():
        raise _Refused("empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as e:
                raise _Refused(f"not valid {enc.upper()} despite its byte-order mark (byte {e.start})") from None
            name = {"utf-8-sig": "utf-8-sig", "utf-16": "utf-16", "utf-32": "utf-32"}[enc]
            return _text_checked(text, name), name
    what = _binary_kind(data)
    if what:
        raise _Refused(f"binary file ({what}), not text")
    try:
        return _text_checked(data.decode("utf-8"), "utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        bad = e.start
    legacy = _legacy(data)
    if legacy is None:
        raise _Refused(f"not valid UTF-8 (byte {bad}) and no legacy encoding fits")
    return legacy


def _text_checked(text: str, encoding: str) -> str:
    text = text.lstrip("\ufeff") if text.startswith("\ufeff") else text
    if not text.strip():
        raise _Refused("empty file")
    if "\x00" in text:
        raise _Refused(f"binary file (NUL characters after {encoding} decoding), not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _binary_kind(data: bytes) -> str | None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    if data[4:8] == b"ftyp":
        return "MP4/MOV media"
    if data.startswith(b"RIFF") and data[8:12] in (b"WAVE", b"AVI ", b"WEBP"):
        return f"{data[8:12].decode().strip()} media"
    head = data[:8192]
    if b"\x00" in head:
        if _utf16_without_bom(head):
            return None
        return "NUL bytes"
    controls = sum(1 for b in head if b < 0x20 and b not in b"\t\n\r\f\v\x1b")
    if controls > max(2, len(head) // 100):
        return "control bytes"
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the zero bytes fall on one side, as in UTF-16 prose."""
    n = len(head) - len(head) % 2
    if n < 4:
        return None
    even = sum(1 for i in range(0, n, 2) if head[i] == 0)
    odd = sum(1 for i in range(1, n, 2) if head[i] == 0)
    half = n // 2
    if odd > 0.3 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None


def _legacy(data: bytes) -> tuple[str, str] | None:
    """cp1252 or latin-1, when the bytes read as prose in it; None when no encoding fits."""
    if b"\x00" in data[:8192]:
        enc = _utf16_without_bom(data[:8192])
        if enc:
            try:
                return _text_checked(data.decode(enc), enc), enc
            except UnicodeDecodeError:
                return None
        return None
    high = set(data) - set(range(0x80))
    if high & _CP1252_UNDEFINED:
        return None  # would be C1 control codes: no Western single-byte encoding fits
    # A file that is UTF-8 in places (text of mixed encodings, damage) is not legacy text:
    # decoding it as cp1252 would silently turn its UTF-8 into mojibake.
    runs = _HIGH_RUN.findall(data)
    utf8_like = sum(1 for r in runs if _UTF8_SEQ.fullmatch(r) or (len(r) > 1 and _UTF8_SEQ.match(r)))
    if utf8_like and utf8_like * 4 >= len(runs):
        return None
    # Western text has its accented letters and typographic marks here and there; whole
    # words of high bytes mean another script (Cyrillic, Greek...) in a code page we'd misread.
    high_bytes = sum(len(r) for r in runs)
    if high_bytes > 20 and sum(len(r) for r in runs if len(r) >= 3) > 0.5 * high_bytes:
        return None
    enc = "cp1252" if any(0x80 <= b <= 0x9F for b in high) else "latin-1"
    text = data.decode(enc)
    odd = [c for c in text if ord(c) > 0x7F and not (c.isalpha() or c in _TYPOGRAPHIC)]
    nonascii = sum(1 for c in text if ord(c) > 0x7F)
    if nonascii and len(odd) > 0.2 * nonascii:
        return None
    if any(unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v\x1b" for c in text):
        return None
    try:
        return _text_checked(text, enc), enc
    except _Refused:
        return None


# ---------------------------------------------------------------------------------------------
# Documents of each kind


def _document(path: str, data: bytes, kind: str, manifest) -> Document:
    if kind == "html" or (kind == "auto" and _looks_like_html(data)):
        return _html_document(path, data, manifest)
    text, encoding = decode_bytes(data)
    return _finish(path, text, encoding, "txt", {}, manifest)


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048]
    for bom, enc in _BOMS:
        if head.startswith(bom):
            head = head.decode(enc, errors="ignore").encode("ascii", errors="ignore")
            break
    return bool(_HTML_SNIFF.match(head.decode("latin-1")))


def _finish(path: str, text: str, encoding: str, fmt: str, meta: dict, manifest) -> Document:
    from .furniture import furniture_spans
    from .outlets import resolve

    info = resolve(path, text, meta, manifest)
    return Document(path=path, text=text, encoding=encoding, format=fmt, outlet=info.outlet,
                    title=info.title, date=info.date, url=info.url, furniture=furniture_spans(text))


def _html_document(path: str, data: bytes | str, manifest, meta: dict | None = None) -> Document:
    html, encoding = (data, "utf-8") if isinstance(data, str) else _decode_html(data)
    text, found = html_text(html)
    if not any(len(line.split()) >= 5 for line in text.split("\n")):
        # nothing but menu items or a title: a page without an article (an index, a login page...)
        raise _Refused("no article text found in the HTML page")
    found.update({k: v for k, v in (meta or {}).items() if v})
    title = found.get("title")
    if title and text.split("\n", 1)[0].strip() != title.strip():
        # the headline opens the article, as in text files (trafilatura keeps it only sometimes)
        text = f"{title.strip()}\n\n{text}"
    return _finish(path, text, encoding, "html", found, manifest)


def _decode_html(data: bytes) -> tuple[str, str]:
    """Decode a page: its byte-order mark, else its declared charset, else as text is decoded."""
    if not data.strip():
        raise _Refused("empty file")
    if not any(data.startswith(bom) for bom, _ in _BOMS):
        m = _HTML_CHARSET.search(data[:4096])
        if m:
            declared = m.group(1).decode("ascii", "ignore").lower()
            try:
                name = codecs.lookup(declared).name
            except LookupError:
                name = None
            if name and name not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be"):
                if name in ("iso8859-1", "ascii", "latin-1"):
                    name = "cp1252"  # what browsers do (WHATWG)
                try:
                    return _text_checked(data.decode(name), name), name
                except (UnicodeDecodeError, LookupError):
                    pass  # a wrong declaration: detect instead
    return decode_bytes(data)


def html_text(html: str) -> tuple[str, dict]:
    """The main text of a web page, one paragraph per line, and its metadata.

    Uses trafilatura (imported here, so that start-up stays fast). Metadata keys: outlet,
    title, date, url — each present only when the page gives it.
    """
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - a broken install
        raise _Refused("reading HTML needs trafilatura: pip install trafilatura lxml_html_clean") from None
    _quiet_html_loggers()
    try:
        result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                             include_tables=True, include_images=False, deduplicate=False)
    except Exception as e:  # trafilatura/lxml on a page they cannot parse
        raise _Refused(f"cannot parse the HTML page ({type(e).__name__})") from None
    if result is None:
        return "", {}
    get = (lambda k: result.get(k)) if isinstance(result, dict) else (lambda k: getattr(result, k, None))
    text = get("text") or ""
    # trafilatura puts each block on a line; keep paragraphs apart as in the .txt articles
    lines = [line.strip() for line in text.split("\n")]
    text = "\n\n".join(line for line in lines if line)
    site = (get("sitename") or "").strip() or None
    meta = {
        "outlet": site,
        "title": _strip_site(get("title"), site),
        "date": get("date") or None,
        "url": get("url") or None,
        "hostname": get("hostname") or None,
    }
    return text, {k: v for k, v in meta.items() if v}


def _quiet_html_loggers() -> None:
    """trafilatura and its helpers log their doubts; a bad page is reported once, as a Skipped."""
    import logging

    for name in ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _strip_site(title: str | None, site: str | None) -> str | None:
    """'Headline - Site' → 'Headline' (page titles often carry the site's name)."""
    if not title:
        return None
    title = title.strip()
    if site:
        for sep in (" - ", " | ", " – ", " — ", " :: ", " · "):
            if title.lower().endswith((sep + site).lower()) and len(title) > len(sep + site):
                return title[: -len(sep + site)].strip()
            if title.lower().startswith((site + sep).lower()) and len(title) > len(site + sep):
                return title[len(site + sep):].strip()
    return title


def _read_stdin(max_bytes: int, manifest) -> Iterator[Document | Skipped]:
    try:
        stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
        data = stream.read(max_bytes + 1) if stream is not None else sys.stdin.read(max_bytes + 1).encode("utf-8")
    except (OSError, ValueError) as e:
        yield Skipped(STDIN, f"cannot read standard input: {e}")
        return
    if len(data) > max_bytes:
        yield Skipped(STDIN, f"standard input too large (over --max-bytes {max_bytes})")
        return
    if not data.strip():
        yield Skipped(STDIN, "standard input is empty")
        return
    try:
        yield _document(STDIN, data, "auto", manifest)
    except _Refused as e:
        yield Skipped(STDIN, str(e))


# JSONL field names, first found wins (scraped corpora name things differently).
_JSONL_FIELDS = {
    "outlet": ("outlet", "source", "site_name", "sitename", "site", "publisher", "media"),
    "title": ("title", "headline"),
    "date": ("date", "published", "publish_date", "published_at", "pubdate", "datetime"),
    "url": ("url", "link", "source_url"),
}


def _read_jsonl(path: str, max_bytes: int, manifest) -> Iterator[Document | Skipped]:
    """One Document per line of a corpus; a bad line is Skipped by its number, the rest go on."""
    any_line = False
    ids: set[str] = set()
    with open(path, "rb") as f:
        for n, raw in enumerate(_bounded_lines(f, max_bytes), 1):
            if raw is None:
                yield Skipped(path, f"line {n}: over --max-bytes {max_bytes}")
                any_line = True
                continue
            if n == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            if not raw.strip():
                continue
            any_line = True
            try:
                obj = json.loads(raw.rstrip(b"\r\n").decode("utf-8"))
            except UnicodeDecodeError as e:
                yield Skipped(path, f"line {n}: not valid UTF-8 (byte {e.start})")
                continue
            except json.JSONDecodeError as e:
                yield Skipped(path, f"line {n}: not valid JSON ({e.msg.removesuffix(' at')} at column {e.colno})")
                continue
            yield _jsonl_document(path, n, obj, ids, manifest)
    if not any_line:
        yield Skipped(path, "empty file")


def _bounded_lines(f, max_bytes: int) -> Iterator[bytes | None]:
    """The lines of a binary file; None for a line over max_bytes (skipped without holding it)."""
    while True:
        line = f.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:  # drain the rest of the long line
                more = f.readline(1 << 20)
                if not more or more.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


def _jsonl_document(path: str, n: int, obj, ids: set[str], manifest) -> Document | Skipped:
    if not isinstance(obj, dict):
        return Skipped(path, f"line {n}: not a JSON object")
    ident = obj.get("id")
    ident = str(ident).strip() if isinstance(ident, (str, int)) and str(ident).strip() else None
    name = f"{path}#{ident}" if ident and ident not in ids else f"{path}#{n}"
    if ident:
        ids.add(ident)
    meta = {key: _field(obj, names) for key, names in _JSONL_FIELDS.items()}
    meta = {k: v for k, v in meta.items() if v}
    text = obj.get("text")
    if not isinstance(text, str) and isinstance(obj.get("html"), str) and obj["html"].strip():
        try:
            return _html_document(name, obj["html"], manifest, meta)  # already Unicode: no charset to detect
        except _Refused as e:
            return Skipped(path, f"line {n}: {e}")
    if text is None:
        return Skipped(path, f'line {n}: no "text" field')
    if not isinstance(text, str):
        return Skipped(path, f'line {n}: "text" is not a string')
    if not text.strip():
        return Skipped(path, f"line {n}: empty text")
    if "\x00" in text:
        return Skipped(path, f"line {n}: text holds NUL characters (binary data?)")
    return _finish(name, text, "utf-8", "jsonl", meta, manifest)


def _field(obj: dict, names: tuple[str, ...]) -> str | None:
    for name in names:
        value = obj.get(name)
        if isinstance(value, (str, int, float)) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
        if isinstance(value, dict):  # {"source": {"name": "Reuters"}} as in some news APIs
            inner = value.get("name") or value.get("title")
            if isinstance(inner, str) and inner.strip():
                return inner.strip()
    return None
