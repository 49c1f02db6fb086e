"""UTF-16 documents in either byte order, with and without a byte-order mark, are read; binary files are not."""

from __future__ import annotations

import codecs
import json
import struct
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.build import build_table
from knowledge.extract.documents import UnreadableDocument, decode, parse_document
from knowledge.extract.utf16 import decode_unmarked_utf16
from tests.conftest import WRITTEN_DOCS
from tests.digest_world import World, settle

SED = WRITTEN_DOCS / "fact_sheet_seventh_sed.txt"
KOREAN = (
    "한미 양국은 2025년 10월 29일 경주에서 정상회담을 열고 조선업 협력과 3,500억 달러 투자에 합의했다.\n"
    '김정관 산업통상자원부 장관은 "가장 중요한 것은 공급망"이라고 말했다.\n'
)
MARKS = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}


@pytest.mark.parametrize("with_mark", [True, False], ids=["with-mark", "without-mark"])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_a_utf16_document_is_ingested_in_either_byte_order_with_or_without_a_mark(
    world: World, codec: str, with_mark: bool
) -> None:
    world.service().run_once()
    target = world.folder / "unicode.txt"
    target.write_bytes((MARKS[codec] if with_mark else b"") + SED.read_text(encoding="utf-8").encode(codec))
    settle(target, world.clock.now - 60)
    report = world.service().run_once()
    assert (report.unreadable, report.ingested) == ([], ["docs/unicode.txt"])
    assert "Seventh Senior Economic Dialogue" in json.dumps(world.digests("C1")[-1]["blocks"])


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_unmarked_utf16_gives_the_same_document_as_utf8(codec: str) -> None:
    text = SED.read_text(encoding="utf-8")
    assert parse_document(text.encode(codec), "x.txt") == parse_document(text.encode("utf-8"), "x.txt")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_korean_prose_in_unmarked_utf16_is_read(codec: str) -> None:
    assert decode(KOREAN.encode(codec)) == KOREAN


def _elf_like() -> bytes:
    """An executable's shape: a header, then tables of 32-bit little-endian integers (NULs on both parities)."""
    header = (
        b"\x7fELF\x02\x01\x01"
        + bytes(9)
        + struct.pack("<HHIQQQIHHHHHH", 2, 62, 1, 0x401000, 64, 0, 0, 64, 56, 1, 64, 0, 0)
    )
    return header + b"".join(struct.pack("<IIQ", i, i * 7 % 300, i * 4096) for i in range(300))


def _uint16_table() -> bytes:
    """Small 16-bit counts: every high byte NUL, exactly the NUL pattern of ASCII text in UTF-16-LE."""
    return struct.pack("<600H", *(i % 256 for i in range(600)))


def _terminfo_like() -> bytes:
    """A compiled terminfo entry: one-sided NULs and readable names, but a NUL character among them."""
    return struct.pack("<6h", 0x11A, 48, 0, 0, 248, 252) + b"xterm+keypad|fragment\x00" + b"\xff" * 40 + bytes(2)


def _utf16_with_noncharacters() -> bytes:
    """UTF-16 that decodes, but a fifth of its characters are U+FFFF: data, not text."""
    return "foo\n\uffffbar\n\uffff".encode("utf-16-be") * 30


BINARIES = {
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
    "zlib": zlib.compress(bytes(i % 7 for i in range(4000)), 1) + bytes(64),
    "elf": _elf_like(),
    "uint16-table": _uint16_table(),
    "uint16-table-big-endian": _uint16_table()[1:] + b"\x00",
    "terminfo": _terminfo_like(),
    "utf16-noncharacters": _utf16_with_noncharacters(),
    "utf16-lone-surrogate": "Kim Jina".encode("utf-16-le") + b"\x00\xd8" + "met Campbell".encode("utf-16-le"),
}


@pytest.mark.parametrize("raw", list(BINARIES.values()), ids=list(BINARIES))
def test_a_binary_file_is_still_refused(raw: bytes) -> None:
    with pytest.raises(UnreadableDocument) as refused:
        parse_document(raw, "data.bin.txt")
    assert str(refused.value).startswith("binary file")


def test_a_binary_file_beside_unmarked_utf16_is_skipped_by_the_build(tmp_path: Path) -> None:
    (tmp_path / "sed.txt").write_bytes(SED.read_text(encoding="utf-8").encode("utf-16-be"))
    (tmp_path / "counts.txt").write_bytes(_uint16_table())
    table = build_table(tmp_path)
    assert [(Path(d.path).name, d.date) for d in table.documents] == [("sed.txt", "2024-03-14")]
    assert [(Path(s.path).name, s.reason) for s in table.skipped] == [
        ("counts.txt", "binary file (contains NUL bytes)")
    ]


MOSTLY_ASCII = st.text(
    alphabet=st.one_of(st.characters(min_codepoint=0x20, max_codepoint=0x7E), st.sampled_from("\n\t 가한미—“”")),
    min_size=40,
    max_size=400,
).filter(lambda t: sum(c < "\x7f" for c in t) > len(t) * 0.8)


@settings(max_examples=200, deadline=None)
@given(MOSTLY_ASCII, st.sampled_from(["utf-16-le", "utf-16-be"]))
def test_mostly_ascii_text_in_unmarked_utf16_decodes_to_itself(text: str, codec: str) -> None:
    assert decode_unmarked_utf16(text.encode(codec)) == text


@settings(max_examples=300, deadline=None)
@given(st.binary(min_size=2, max_size=2000))
def test_whatever_unmarked_utf16_accepts_is_those_bytes_decoded(raw: bytes) -> None:
    text = decode_unmarked_utf16(raw)
    assert text is None or ("\x00" not in text and text.encode(_codec_of(raw, text)) == raw)


def _codec_of(raw: bytes, text: str) -> str:
    return "utf-16-le" if text.encode("utf-16-le") == raw else "utf-16-be"


def test_unmarked_utf16_with_many_characters_whose_low_byte_is_nul_still_decodes() -> None:
    # Found by the property above: a fifth of the characters are '가' (U+AC00), whose low byte is NUL.
    text = "0" * 35 + "—가가가가"
    assert decode_unmarked_utf16(text.encode("utf-16-le")) == text
