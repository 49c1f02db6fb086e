"""Building the fact table from a folder of documents, merging people across documents, and storing it.

The table is written as JSON (committed for ``seeds/``) and replaced whole:
``write_table`` writes a temporary file and renames it, so a reader never sees a
half-written table.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from knowledge.extract.document_facts import extract_document
from knowledge.extract.documents import DEFAULT_MAX_BYTES, UnreadableDocument
from knowledge.folder import LINK_OUTSIDE, NOT_REGULAR, Listing, list_folder, read_listed

__all__ = ["LINK_OUTSIDE", "NOT_REGULAR", "Listing", "list_folder", "read_listed", "build_table", "assemble"]
from knowledge.models import DocumentFacts, FactTable, PassageList, SkippedFile
from knowledge.table_change import merge_people

PUBLISH_CHUNK = 200
"""Facts or sentences serialised at a time by ``table_json_parts``: a piece holds the interpreter about a
millisecond (serialising does not let go of it), so a question asked meanwhile is hardly slowed. At 2,000 a piece
took over 10 ms, and the first question about new documents took 0.1 s instead of 0.03 s while the table was
published (the publish itself takes about a third longer at 200)."""
_ITEMS = TypeAdapter(list[Any])  # a model under Any is serialised by its own schema, as in the table


def document_entries(folder: Path) -> list[tuple[Path, os.stat_result]]:
    """The documents in ``folder`` with their size and times, in name order (``list_folder`` without the refused)."""
    return list_folder(folder).documents


def document_paths(folder: Path) -> list[Path]:
    """The documents in ``folder``, in name order."""
    return [path for path, _ in document_entries(folder)]


@dataclass
class BuildResult:
    facts: list[DocumentFacts] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)


def display_path(path: Path, root: Path | None) -> str:
    """The path as stored in the table: relative to the project when it can be, so tables are portable."""
    return _shown_under(path, (root or Path.cwd()).resolve())


def _shown_under(path: Path, resolved_root: Path) -> str:
    try:
        return str(path.resolve().relative_to(resolved_root))
    except ValueError:
        return str(path)


def link_path(path: Path, root: Path | None) -> str:
    """How an entry that may be a link is shown: its folder as ``display_path`` shows it, then its own name
    (never the link's target, which may name a file outside the folder)."""
    return f"{display_path(path.parent, root)}/{path.name}"


def extract_files(
    paths: Iterable[Path],
    max_bytes: int = DEFAULT_MAX_BYTES,
    root: Path | None = None,
    on_progress: Callable[[Path], None] | None = None,
) -> BuildResult:
    """Facts from each readable file; each unreadable one is recorded with its reason and skipped."""
    result = BuildResult()
    resolved_root = (root or Path.cwd()).resolve()  # once, not once per file: a build reads thousands
    for path in paths:
        shown = _shown_under(path, resolved_root)
        try:
            document = read_listed(path, max_bytes=max_bytes, display_path=shown)
            result.facts.append(extract_document(document))
        except UnreadableDocument as exc:
            result.skipped.append(SkippedFile(path=shown, reason=str(exc)))
        if on_progress:
            on_progress(path)
    return result


def assemble(facts: list[DocumentFacts], skipped: Iterable[SkippedFile] = ()) -> FactTable:
    """A table from per-document facts (a document seen twice, by content id, counts once)."""
    unique: dict[str, DocumentFacts] = {}
    for f in facts:
        unique.setdefault(f.document.id, f)
    docs = list(unique.values())
    dated = {f.document.id: f.document.date or "" for f in docs}
    return FactTable(
        documents=tuple(f.document for f in docs),
        officials=tuple(merge_people([o for f in docs for o in f.officials], dated)),
        dates=tuple(d for f in docs for d in f.dates),
        pledges=tuple(p for f in docs for p in f.pledges),
        statistics=tuple(s for f in docs for s in f.statistics),
        passages=PassageList(p for f in docs for p in f.passages),
        skipped=tuple(skipped),
    )


def build_table(
    folder: Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    root: Path | None = None,
    on_progress: Callable[[Path], None] | None = None,
) -> FactTable:
    """The fact table for every document in ``folder``.

    >>> build_table(Path("seeds")).counts()["documents"]
    5
    """
    listing = list_folder(folder)
    paths = [path for path, _ in listing.documents]
    result = extract_files(paths, max_bytes=max_bytes, root=root, on_progress=on_progress)
    refused = [SkippedFile(path=link_path(path, root), reason=reason) for path, _, reason in listing.refused]
    return assemble(result.facts, [*result.skipped, *refused])


def table_json(table: FactTable) -> str:
    """The table as indented JSON (pydantic's serializer: fast on tables of 100,000 facts)."""
    return table.model_dump_json(indent=1) + "\n"


def table_json_parts(table: FactTable, chunk: int = PUBLISH_CHUNK) -> Iterator[str]:
    """``table_json`` in pieces of about ``chunk`` facts or sentences each, joined the same text: a caller on a
    background thread can let others run between pieces (one ``model_dump_json`` of 10,000 documents holds the
    interpreter for over a second).

    >>> "".join(table_json_parts(FactTable())) == table_json(FactTable())
    True
    """
    yield "{\n"
    names = list(FactTable.model_fields)
    for n, name in enumerate(names):
        value = getattr(table, name)
        closing = ",\n" if n < len(names) - 1 else "\n"
        if not isinstance(value, tuple | PassageList) or not len(value):
            whole = table.model_dump_json(indent=1, include={name})
            yield whole[2:-2] + closing  # ' "name": value' out of '{\n "name": value\n}'
            continue
        yield f' "{name}": [\n'
        for start in range(0, len(value), chunk):
            items = [value[i] for i in range(start, min(start + chunk, len(value)))]
            text = _ITEMS.dump_json(items, indent=1).decode()  # '[\n {\n  …\n }\n]': one level in, below
            yield ("" if start == 0 else ",\n") + " " + text[2:-2].replace("\n", "\n ")
        yield "\n ]" + closing
    yield "}\n"


def write_table(table: FactTable, path: Path, text: str | None = None) -> None:
    """Write atomically: a temporary file in the same folder, then a rename (``text``: the table already as JSON)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".facts-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text if text is not None else table_json(table))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_table(path: Path) -> FactTable:
    """Read a table written by ``write_table``; raises ``ValueError`` with the reason when it is not one."""
    try:
        return FactTable.model_validate_json(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValueError(f"cannot read fact table {path}: {exc.strerror or exc}") from exc
    except ValueError as exc:
        raise ValueError(f"{path} is not a usrok fact table: {str(exc).splitlines()[0]}") from exc
