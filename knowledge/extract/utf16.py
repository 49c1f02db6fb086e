"""Recognising UTF-16 text saved without a byte-order mark, without mistaking binary files for it.

Windows tools and some exporters write 'Unicode' text as UTF-16 with no mark. Its bytes are full of NULs
(every ASCII character is one byte and a NUL), which is also what a binary file looks like, so the NUL bytes
alone decide nothing. What tells them apart is *where* the NULs sit: in UTF-16 text of a language written
with spaces, digits and Latin punctuation, a large share of the 16-bit units are below U+0100, so their
high byte (the odd positions in little-endian, the even ones in big-endian) is NUL, while the other byte
almost never is. A binary file's NULs fall on both parities. A candidate must then decode strictly (no lone
surrogates) and hold no NUL character, and the caller still checks that the result reads as text.
"""

from __future__ import annotations

# How much of the file the NUL pattern is read from: enough for any document's statistics, bounded for 2 MB ones.
SAMPLE_BYTES = 65_536
# Of the sampled 16-bit units, at least this share must have a NUL high byte: mostly-ASCII text gives nearly all,
# Korean prose about a quarter (its spaces, digits and punctuation); a document below this is refused, not guessed.
MIN_NARROW_SHARE = 0.15
# Of all NUL bytes in the sample, at least this share must sit on the high-byte side. Text's other-side NULs are
# characters such as '가' (U+AC00) whose low byte is NUL (a fifth of a short mostly-ASCII text may be such
# characters); a binary file's NULs fall on both sides about evenly.
MIN_ONE_SIDED_SHARE = 0.75


def decode_unmarked_utf16(raw: bytes) -> str | None:
    """The text of UTF-16 (either byte order) written without a mark, or None when ``raw`` is not that.

    None for anything else, binary files included.

    >>> decode_unmarked_utf16("Kim Jina met Kurt Campbell.".encode("utf-16-be"))
    'Kim Jina met Kurt Campbell.'
    >>> print(decode_unmarked_utf16(bytes([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0]) + bytes(56)))
    None
    """
    if len(raw) < 2 or len(raw) % 2:
        return None
    sample = raw[: SAMPLE_BYTES - SAMPLE_BYTES % 2]
    units = len(sample) // 2
    nul_even = sample[0::2].count(0)
    nul_odd = sample[1::2].count(0)
    for codec, high, low in (("utf-16-le", nul_odd, nul_even), ("utf-16-be", nul_even, nul_odd)):
        if high >= units * MIN_NARROW_SHARE and high >= (high + low) * MIN_ONE_SIDED_SHARE:
            return _decode_strictly(raw, codec)
    return None


def _decode_strictly(raw: bytes, codec: str) -> str | None:
    """Strict decoding (a lone surrogate fails it) with no NUL character: text never holds U+0000."""
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        return None
    return None if "\x00" in text else text
