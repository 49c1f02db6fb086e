"""Reading one document from disk: bytes → text, title, publication date, stable id.

This is the edge where bad input is caught: an empty, binary, oversized or
undecodable file raises ``UnreadableDocument`` with a one-line reason, and the
caller skips it while the rest still build.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from knowledge.extract.sentences import split_sentences
from knowledge.extract.utf16 import decode_unmarked_utf16
from knowledge.text.full_dates import parse_full_date

DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown")
DEFAULT_MAX_BYTES = 2_000_000
# The encodings Korean and U.S. sources arrive in; CP949 is a superset of EUC-KR.
ENCODINGS = ("utf-8-sig", "cp949")


class UnreadableDocument(Exception):
    """A file that cannot be read as a document; ``str(exc)`` is the one-line reason."""


@dataclass(frozen=True)
class Document:
    id: str
    path: str
    title: str
    date: date | None
    text: str
    url: str | None = None


_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_SOURCE_LINE = re.compile(r"^\s*(?:source|url|link|original)\s*:\s*(https?://\S+)", re.I | re.M)


def find_source_url(text: str) -> str | None:
    r"""Where the document can be read online: a 'Source: <url>' line anywhere, or a URL alone on one of the
    first five lines.

    >>> find_source_url("Title\nhttps://www.state.gov/x\n\nBody")
    'https://www.state.gov/x'
    """
    line = _SOURCE_LINE.search(text)
    if line:
        return line.group(1).rstrip(".,;")
    for head in text.splitlines()[:5]:
        m = _URL.fullmatch(head.strip())
        if m:
            return m.group(0)
    return None


def sidecar_url(path: Path) -> str | None:
    """A URL kept beside the document, in ``NAME.url`` (for documents saved without one)."""
    sidecar = path.with_name(path.name + ".url")
    try:
        found = _URL.search(sidecar.read_text(encoding="utf-8", errors="replace")[:2000])
    except OSError:
        return None
    return found.group(0) if found else None


def decode(raw: bytes) -> str:
    """Text from bytes in UTF-8 (with or without BOM), UTF-16 (with or without BOM) or CP949/EUC-KR.

    >>> decode("서울".encode("cp949"))
    '서울'
    >>> decode("Seoul, March 14".encode("utf-16-le"))
    'Seoul, March 14'
    """
    if not raw.strip():
        raise UnreadableDocument("empty file")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Windows' 'Unicode': NUL bytes, yet text
        try:
            raw = raw.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError as exc:
            raise UnreadableDocument("undecodable: a UTF-16 mark, but not UTF-16") from exc
    elif b"\x00" in raw:  # binary, or UTF-16 saved without a mark: told apart by where the NULs sit
        unmarked = decode_unmarked_utf16(raw)
        if unmarked is not None:
            raw = unmarked.encode("utf-8")
    if b"\x00" in raw:
        raise UnreadableDocument("binary file (contains NUL bytes)")
    for encoding in ENCODINGS:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text
        raise UnreadableDocument(f"binary file (decodes as {encoding} but is mostly control characters)")
    raise UnreadableDocument("undecodable: not UTF-8 or CP949/EUC-KR")


def _looks_like_text(text: str) -> bool:
    sample = text[:20_000]
    # Each distinct character's category is looked up once, and only a bad one is counted (a set is built
    # faster than a Counter, and real text holds no bad character at all).
    bad = sum(
        sample.count(ch)
        for ch in set(sample)
        if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\n\r\t\f"
    )
    return bad <= len(sample) * 0.02


def normalize_text(text: str) -> str:
    """Unify line ends and odd spaces so offsets and ids do not depend on the platform."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u200b", "")
    return unicodedata.normalize("NFC", text)


def document_id(text: str) -> str:
    """A stable id from the content: the same text gives the same id wherever the file lives."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


_BOILERPLATE = re.compile(
    r"^(an official website of|skip to|share|print|home$|menu$|related articles?|latest articles|"
    r"media contact|photo|by [A-Z]|\d+(\.\d+)?\s*°?\s*[FC]$|hit$|date$|\d+$)",
    re.IGNORECASE,
)
_GLUED_WORDS = re.compile(r"[a-z][A-Z][a-z]")  # 'HomePoliticsUnited': a breadcrumb run together
_LEADING_DATE = re.compile(r"^\s*date\s+\d{4}-\d\d-\d\d\s+", re.IGNORECASE)
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")


def find_title(text: str) -> str:
    """The headline: the first line that reads like one, skipping site chrome and datelines.

    >>> find_title("34.5 F\\nClarksville\\nThursday, March 28, 2024\\nAllies Meet in Seoul\\nBody text.")
    'Allies Meet in Seoul'
    """
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    heading = next((ln for ln in lines[:8] if _MARKDOWN_HEADING.match(ln)), None)
    if heading:  # a Markdown document names its title with a heading, whatever chrome stands above it
        lines = [heading]
    for line in lines[:15]:
        line = _MARKDOWN_HEADING.sub("", _LEADING_DATE.sub("", line)).strip()
        words = line.split()
        if len(words) < 3 or _BOILERPLATE.match(line) or _GLUED_WORDS.search(line):
            continue
        if parse_full_date(line) and len(words) <= 6:
            continue
        if len(words) > 25:
            sentence = split_sentences(line)[0].text
            return sentence if len(sentence) <= 120 else sentence[:117].rstrip() + "…"
        return line
    return lines[0][:120] if lines else "(untitled)"


_DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,},\s+")
_WEATHER = re.compile(r"^-?\d+(?:\.\d+)?\s*°?\s*[FC]$")


def _is_site_chrome(lines: list[str], index: int) -> bool:
    """A date beside a weather reading or a navigation run ('HomePolitics…') is the page's, not the document's."""
    near = [ln for ln in lines[max(0, index - 2) : index] + lines[index + 1 : index + 2] if len(ln.split()) <= 8]
    return any(_WEATHER.match(ln) or _GLUED_WORDS.search(ln) or re.match(r"Home\b", ln) for ln in near)


def find_publication_date(text: str) -> date | None:
    """The date the document carries in its header (or dateline), or None when it states none.

    Only the header counts, the lines before the first long paragraph, so a
    date quoted in the body is never mistaken for the publication date.

    >>> find_publication_date("Title here\\nOctober 16, 2020\\n" + "word " * 50)
    datetime.date(2020, 10, 16)
    >>> print(find_publication_date("34.5 F\\nClarksville\\nThursday, March 28, 2024\\nHomePolitics\\n" + "w " * 50))
    None
    """
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    for index, line in enumerate(lines[:15]):
        if len(line.split()) > 40:
            if _DATELINE.match(line):
                return parse_full_date(line[:60])
            break
        found = parse_full_date(line)
        if found and not _is_site_chrome(lines, index):
            return found
    return None


_NAMED_YEAR = re.compile(r"(?:^|[_\-. ])((?:19|20)\d{2})(?=$|[_\-. ])")


def year_in_file_name(path: str) -> str | None:
    """The one year a file's name gives ('25_koreaherald_moon-sk-innovation-georgia-2021.txt'); None for none or
    several, and never from a hash ('003_0b70c6b586c52e41').

    >>> year_in_file_name("docs/25_moon-sk-innovation-georgia-2021.txt"), year_in_file_name("003_0b70c6b586c52e41.txt")
    ('2021', None)
    """
    stem = Path(path).stem
    years = set(_NAMED_YEAR.findall(stem))
    return years.pop() if len(years) == 1 else None


def parse_document(raw: bytes, path: str) -> Document:
    """A Document from a file's bytes; raises UnreadableDocument with the reason."""
    text = normalize_text(decode(raw))
    if not text.strip():
        raise UnreadableDocument("empty file")
    return Document(
        id=document_id(text),
        path=path,
        title=find_title(text),
        date=find_publication_date(text),
        text=text,
        url=find_source_url(text),
    )


def read_document(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, display_path: str | None = None) -> Document:
    """Read and parse the document at ``path``.

    >>> read_document(Path("seeds/003_0b70c6b586c52e41.txt")).date
    datetime.date(2025, 12, 11)
    """
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise UnreadableDocument(f"too large ({size:,} bytes; the limit is {max_bytes:,})")
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadableDocument(f"cannot be read ({exc.strerror or exc})") from exc
    document = parse_document(raw, display_path or str(path))
    if document.url is None:
        url = sidecar_url(path)
        if url is not None:
            return Document(document.id, document.path, document.title, document.date, document.text, url)
    return document
