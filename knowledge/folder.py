"""The documents folder as the bot may read it: regular files, and links that stay inside the folder.

A document folder is written by other people and programs. A link in it may point at ``/etc/passwd``, an ``.env``
or ``/proc/self/environ``; a pipe would block a read for ever; a file may vanish or be swapped for a link between
the listing and the read. ``list_folder`` refuses what is not a document and says why in one line, and
``read_listed`` opens without following a final link (``O_NOFOLLOW``) or blocking (``O_NONBLOCK``) and checks the
opened file itself (``fstat``), so a swap after the listing is refused too.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from knowledge.extract.documents import (
    DEFAULT_MAX_BYTES,
    DOCUMENT_SUFFIXES,
    Document,
    UnreadableDocument,
    find_source_url,
    parse_document,
)

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


LINK_OUTSIDE = "a link to something outside the folder (not read)"
NOT_REGULAR = "not a regular file (not read)"


@dataclass(frozen=True)
class Listing:
    """A folder's documents with their size and times, and the entries refused with why (one line each)."""

    folder: Path
    named: list[tuple[str, os.stat_result]]  # the documents by name: a scan of 10,000 makes no path it does not read
    refused: list[tuple[Path, os.stat_result, str]]

    @property
    def documents(self) -> list[tuple[Path, os.stat_result]]:
        return [(self.folder / name, stat) for name, stat in self.named]


def list_folder(folder: Path) -> Listing:
    """The documents in ``folder``, in name order, from one directory read; what is not one, refused.

    Only regular files are read, and links whose target is a regular file inside the folder: a link to
    ``/etc/passwd`` or ``/proc/self/environ`` is refused, as are pipes and devices. A file deleted between
    the listing and its ``stat`` is simply not there. Hidden and temporary files ('.x.swp', '~x', 'x.part')
    are not documents.

    >>> [p.name for p, _ in list_folder(Path("seeds")).documents][:1]
    ['000_a99614989f8bfc25.txt']
    """
    if not folder.is_dir():
        return Listing(folder, [], [])
    inside = folder.resolve()
    found: list[tuple[str, os.stat_result]] = []
    refused: list[tuple[Path, os.stat_result, str]] = []
    with os.scandir(folder) as entries:
        for entry in entries:
            name = entry.name
            # The suffix as os.path.splitext finds it (a name starting with a dot is skipped anyway), without its
            # two calls per name: a scan of 10,000 files lists every one.
            if name[0] in ".~" or name[name.rfind(".") :].lower() not in DOCUMENT_SUFFIXES:
                continue
            try:
                own = entry.stat(follow_symlinks=False)
                if stat.S_ISREG(own.st_mode):
                    found.append((name, own))
                elif not stat.S_ISLNK(own.st_mode):
                    refused.append((folder / name, own, NOT_REGULAR))
                else:
                    path = folder / name
                    target = path.resolve(strict=True)
                    if target.is_relative_to(inside) and target.is_file():
                        found.append((name, path.stat()))
                    else:
                        refused.append((path, own, LINK_OUTSIDE))
            except FileNotFoundError:
                continue  # deleted since the listing (or a dangling link): not there
            except (OSError, RuntimeError):
                refused.append((folder / name, os.stat_result((0,) * 10), LINK_OUTSIDE))  # a loop of links
    found.sort()  # by name: a folder has each name once, so the stats are never compared
    return Listing(folder, found, sorted(refused, key=lambda e: e[0].name))


def _inside(path: Path) -> Path:
    """The file a listed path stands for: itself, or a link's target when that stays in the same folder."""
    if not path.is_symlink():
        return path
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError) as exc:
        raise UnreadableDocument(LINK_OUTSIDE) from exc
    if not target.is_relative_to(path.parent.resolve()):
        raise UnreadableDocument(LINK_OUTSIDE)
    return target


def _read_regular(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file at ``path`` (not through a final link), at most ``max_bytes``."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # swapped for a link since the listing
            raise UnreadableDocument(LINK_OUTSIDE) from exc
        raise UnreadableDocument(f"cannot be read ({exc.strerror or exc})") from exc
    with os.fdopen(fd, "rb") as handle:
        opened = os.fstat(handle.fileno())
        if not stat.S_ISREG(opened.st_mode):
            raise UnreadableDocument(NOT_REGULAR)
        if opened.st_size > max_bytes:
            raise UnreadableDocument(f"too large ({opened.st_size:,} bytes; the limit is {max_bytes:,})")
        raw = handle.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise UnreadableDocument(f"too large (over {max_bytes:,} bytes)")
    return raw


def read_listed(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, display_path: str | None = None) -> Document:
    """Read a document ``list_folder`` listed, refusing a link out of its folder even if swapped in since.

    A file gone since the listing raises ``UnreadableDocument`` whose ``__cause__`` is ``FileNotFoundError``.

    >>> read_listed(Path("seeds/003_0b70c6b586c52e41.txt")).date
    datetime.date(2025, 12, 11)
    """
    target = _inside(path)
    document = parse_document(_read_regular(target, max_bytes), display_path or str(path))
    if document.url is None:
        try:
            url = find_source_url(
                _read_regular(target.with_name(target.name + ".url"), 2000).decode("utf-8", "replace")
            )
        except UnreadableDocument:
            url = None
        if url is not None:
            return Document(document.id, document.path, document.title, document.date, document.text, url)
    return document
