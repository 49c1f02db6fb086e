"""The full-text index of a table's sentences: SQLite FTS5, in memory or in a file that is saved and reused.

Indexing a million sentences takes most of a minute (each is put in its normal form in Python first), so the
index can live in a file beside the table: it is read when its key still fits (the same passages, indexed by
the same code and rules) and rebuilt, then saved, when not. Either way it is searched in memory (SQLite's backup
API copies it in or out): its contentless pages are a fraction of the process, and reading them from the file
through SQLite's page cache tripled the slowest answers.

The FTS table is contentless: the sentences themselves are in the ``PassageList``; the index only needs their
words. A row's id is the sentence's position plus one. Acronyms the documents define ('… Representative (USTR)')
are found while indexing and kept beside the words, so nothing has to read every sentence again at load; so are
the names the sentences write (runs of capitalised words), for short forms no document defines ('marad').

``extended`` adds the sentences of new documents and deletes those of removed ones in place; the store is then
shared by the knowledge bases before and after (each one only counts rows of sentences it holds). The saved file
is never written after it is saved, so it stays what its key says.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from knowledge.models import PassageList
from knowledge.text.short_forms import name_keys, names_in

log = logging.getLogger("usrok.passages")

INDEX_FORMAT = "usrok-passages-7"
"""Changes whenever what is stored changes, so a saved index of another form is rebuilt, not misread."""

BATCH = 20_000
"""Sentences inserted per statement batch while indexing."""

ENOUGH_WITH_EVERY_SEED = 5
"""When this many sentences have every seed word, they are the candidates; fewer, and those with any are ranked."""

RAREST_SEEDS, RAREST_CANDIDATES = 3, 5  # the best sentences for the rarest seeds are candidates too

_DEFINED_ACRONYM = re.compile(r"((?:[A-Z][\w'’&.-]*\s+(?:(?:of|and|for|the|on|&)\s+)*){1,8})\(([A-Z][A-Za-z&]{1,7})\)")
_OR_ACRONYM = re.compile(
    r"((?:[A-Z][\w'’&.-]*\s+(?:(?:of|and|for|the|on|&)\s+)*){1,8}?[A-Z][\w'’&.-]*),\s+or\s+([A-Z]{2,8})\b"
)
_SCHEMA = (
    "CREATE VIRTUAL TABLE p USING fts5(body, content='', tokenize='unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE v USING fts5vocab(p, row)",
    "CREATE TABLE acronym (position INTEGER, acronym TEXT, words TEXT)",
    "CREATE INDEX acronym_position ON acronym (position)",
    "CREATE TABLE name (head TEXT, second TEXT, words TEXT, PRIMARY KEY (head, second, words)) WITHOUT ROWID",
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
)


_SIDES_PAIR = re.compile(r"(?:U\.S\.|US|ROK|Korea|Japan)[-–](?:U\.S\.|US|ROK|Korea|Japan)")
"""Two countries joined by a hyphen before a name ('U.S.-ROK'): the name's own first word."""


def defined_acronyms(text: str) -> list[tuple[str, str]]:
    """Acronyms a sentence defines, with the words they stand for: in brackets after them, or after ', or'.

    >>> defined_acronyms("the United States Trade Representative (USTR) said")
    [('ustr', 'United States Trade Representative')]
    >>> defined_acronyms("under the Electronic System for Travel Authorization, or ESTA, which")
    [('esta', 'Electronic System for Travel Authorization')]
    >>> defined_acronyms("LG Energy Solution (LGES), a maker"), defined_acronyms("the Korea Trade (KT) office")
    ([('lges', 'LG Energy Solution')], [('kt', 'Korea Trade')])
    >>> defined_acronyms("Announce the U.S.-ROK Democracy and Governance Consultations (DGC), which")
    [('dgc', 'U.S.-ROK Democracy and Governance Consultations')]
    """
    found = []
    for m in [*_DEFINED_ACRONYM.finditer(text), *_OR_ACRONYM.finditer(text)]:
        words, acronym = m.group(1).split(), m.group(2)
        capitalised = [w for w in words if w[0].isupper()]
        initials = [w[0].upper() for w in capitalised]
        # A short word in capitals may stand for itself ('LG Energy Solution (LGES)').
        whole = [w if w.isalpha() and w.isupper() and len(w) <= 3 else w[0].upper() for w in capitalised]
        wanted = acronym.upper().replace("&", "")
        for start in range(len(initials)):
            if wanted in ("".join(initials[start:]), "".join(whole[start:])):
                first = words.index(capitalised[start])
                # ('U.S.-ROK Democracy and Governance Consultations (DGC)': the pair of sides is part of the name)
                if first > 0 and _SIDES_PAIR.fullmatch(words[first - 1]):
                    first -= 1
                found.append((acronym.lower(), " ".join(words[first:])))
                break
        else:
            # Only a word in capitals is an acronym whose letters may come from inside words ('(Samsung)' is not).
            long_form = _letters_in_order(wanted, " ".join(words)) if acronym.isupper() else None
            if long_form:
                found.append((acronym.lower(), long_form))
    return found


def _letters_in_order(acronym: str, words: str) -> str | None:
    """The shortest run of ``words`` ending before the brackets whose letters spell the acronym in order, its first
    letter a capitalised word's first (Schwartz and Hearst's long form): 'Korea Overseas Infrastructure and Urban
    Development Corporation (KIND)' takes letters from inside its words. At most twice its letters in words.

    >>> _letters_in_order("KIND", "the Korea Overseas Infrastructure and Urban Development Corporation")
    'Korea Overseas Infrastructure and Urban Development Corporation'
    >>> _letters_in_order("KX", "the Korea Trade Office") is None, _letters_in_order("ROK", "the Republic of Korea")
    (True, None)
    """
    letters, position, inside = acronym.lower(), len(words) - 1, False
    for i in range(len(letters) - 1, -1, -1):
        while position >= 0 and (
            words[position].lower() != letters[i] or (i == 0 and position > 0 and words[position - 1].isalnum())
        ):
            position -= 1
        if position < 0:
            return None
        inside |= position > 0 and words[position - 1] != " "
        position -= 1
    long_form = words[position + 1 :]
    # Every letter a word's first ('Republic of Korea (ROK)', with the 'of') is the initials the caller ruled out.
    if not inside or not long_form[:1].isupper() or len(long_form.split()) > 2 * len(letters):
        return None
    return long_form


def index_key(passages: PassageList, code: Sequence[Path]) -> str:
    """What a saved index must have been built from: these passages, by this code and these rules."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(INDEX_FORMAT.encode())
    digest.update(passages.fingerprint().encode())
    for path in code:
        digest.update(path.read_bytes())
    return digest.hexdigest()


class PassageStore:
    """An FTS5 index of sentences by position; thread-safe behind one lock."""

    def __init__(self, db: sqlite3.Connection, path: Path | None = None, lock: threading.Lock | None = None) -> None:
        self._db = db
        self.path = path  # the saved file it was read from or saved to, if any
        self.lock = lock or threading.Lock()  # one per connection: an extended store shares its connection

    # Making one ------------------------------------------------------------------------------------------------
    @classmethod
    def build(cls, passages: PassageList, form: Callable[[str], str]) -> PassageStore:
        """A new index in memory."""
        db = sqlite3.connect(":memory:", check_same_thread=False)
        _create(db)
        _insert(db, passages, range(len(passages)), form)
        return cls(db)

    @classmethod
    def open_or_build(cls, passages: PassageList, form: Callable[[str], str], path: Path, key: str) -> PassageStore:
        """The index saved at ``path`` when its key is ``key``, copied into memory; else a new one, built in
        memory and saved there for the next load (when the folder cannot be written, the load says so in the
        log). Either way it is searched in memory: read from the file's pages through SQLite's small page cache,
        a million sentences answered at p99 45.6 ms instead of 17.5 ms."""
        if path.exists():
            try:
                disk = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
                try:
                    row = disk.execute("SELECT value FROM meta WHERE key = 'key'").fetchone()
                    if row is not None and row[0] == key:
                        db = sqlite3.connect(":memory:", check_same_thread=False)
                        disk.backup(db)
                        return cls(db, path)
                finally:
                    disk.close()
            except sqlite3.DatabaseError:
                pass  # not an index (or a damaged one): rebuilt below
        store = cls.build(passages, form)
        with store.lock:
            store._db.execute("INSERT INTO p(p) VALUES ('optimize')")
            store._db.execute("INSERT INTO meta VALUES ('key', ?)", (key,))
            store._db.commit()
        try:
            store._save(path)
        except OSError as exc:
            log.info("passage index not saved (%s): kept in memory only", exc)
            return store
        store.path = path
        return store

    def _save(self, path: Path) -> None:
        """Copy the index to ``path`` atomically: a temporary file in the same folder, then a rename."""
        fd, tmp = tempfile.mkstemp(prefix=".passages-", suffix=".sqlite", dir=path.parent)
        os.close(fd)
        try:
            disk = sqlite3.connect(tmp)
            try:
                with self.lock:
                    self._db.backup(disk)
            finally:
                disk.close()
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def extended(
        self, passages: PassageList, added: range, removed: Iterable[int], form: Callable[[str], str]
    ) -> PassageStore:
        """This index with the sentences at positions ``added`` of ``passages`` put in and those at ``removed``
        taken out (their text is read from ``passages``, which still holds it). The index is changed in place
        (in memory: a saved file stays what its key says) and returned as the store of the extended table."""
        with self.lock:
            db = self._db
            gone = list(removed)
            db.executemany(
                "INSERT INTO p(p, rowid, body) VALUES ('delete', ?, ?)",
                ((i + 1, form(passages.text(i))) for i in gone),
            )
            db.executemany("DELETE FROM acronym WHERE position = ?", ((i,) for i in gone))
            _insert(db, passages, added, form)
            db.commit()
        return PassageStore(db, lock=self.lock)

    # Reading ---------------------------------------------------------------------------------------------------
    def query(self, sql: str, parameters: Sequence[object] = ()) -> list[tuple]:  # type: ignore[type-arg]
        """Rows of a read-only statement over ``p`` (the sentences' words) and ``v`` (the vocabulary)."""
        with self.lock:
            return self._db.execute(sql, parameters).fetchall()

    def candidates(self, seeds: Sequence[str], limit: int) -> list[tuple[int, float]]:
        """The sentences a search reads, as (rowid, BM25 score): the best ``limit`` with every seed word, when
        there are enough of them; else the best with any seed, and the best few with any of the rarest seeds
        (``seeds`` come rarest first).

        Ranking every sentence that has any seed costs time in proportion to them all (14,000 sentences naming
        either of two towns take 12 ms); when enough sentences have every seed, they are the candidates."""
        quoted = ['"' + w.replace('"', "") + '"' for w in seeds]
        rows = self._ranked(" AND ".join(quoted), limit) if len(quoted) > 1 else []
        if len(rows) >= ENOUGH_WITH_EVERY_SEED:
            return rows
        rows = self._ranked(" OR ".join(quoted), limit)
        if len(quoted) <= RAREST_SEEDS and limit >= RAREST_CANDIDATES:
            return rows  # (the rarest seeds' query is the one just ranked: its best are there)
        seen = {rowid for rowid, _ in rows}  # ('which ex-president did biden quote': 'quote' is not crowded out)
        rarest = self._ranked(" OR ".join(quoted[:RAREST_SEEDS]), RAREST_CANDIDATES)
        return rows + [r for r in rarest if r[0] not in seen]

    def _ranked(self, query: str, limit: int) -> list[tuple[int, float]]:
        """The best ``limit`` passages matching the full-text ``query``, by BM25: (rowid, score)."""
        return self.query("SELECT rowid, bm25(p) FROM p WHERE p MATCH ? ORDER BY bm25(p) LIMIT ?", (query, limit))

    def says_between(self, token: str, first: int, last: int) -> bool:
        """Whether a sentence from position ``first`` to ``last`` (one document's) has the word: one look-up,
        where reading the document would put each of its sentences in the matching form."""
        return self.says_together_between([token], first, last)

    def says_together_between(self, tokens: Sequence[str], first: int, last: int, spared: int = 0) -> bool:
        """Whether one sentence from position ``first`` to ``last`` has every one of the words, or all but
        ``spared`` of them (0 or 1)."""
        quoted = ['"' + t.replace('"', "") + '"' for t in tokens]
        groups = (
            [quoted] if not spared or len(quoted) < 3 else [quoted[:i] + quoted[i + 1 :] for i in range(len(quoted))]
        )
        match = " OR ".join("(" + " AND ".join(group) + ")" for group in groups)
        sql = "SELECT rowid FROM p WHERE p MATCH ? AND rowid BETWEEN ? AND ? LIMIT 1"
        return bool(tokens) and bool(self.query(sql, (match, first + 1, last + 1)))

    def acronyms(self) -> dict[str, str]:
        """Acronyms the documents define, each with its first definition in sentence order."""
        found: dict[str, str] = {}
        for acronym, words in self.query("SELECT acronym, words FROM acronym ORDER BY position, rowid"):
            found.setdefault(acronym, words)
        return found

    def names_starting(self, head: str, seconds: str) -> list[str]:
        """The names the documents write (runs of capitalised words, from each of their words on) whose first
        word starts with ``head`` and whose second capitalised word starts with one of ``seconds``."""
        marks = ",".join("?" * len(seconds))
        rows = self.query(f"SELECT words FROM name WHERE head = ? AND second IN ({marks})", (head, *seconds))
        return [row[0] for row in rows]


def _create(db: sqlite3.Connection) -> None:
    for statement in _SCHEMA:
        db.execute(statement)


def _insert(db: sqlite3.Connection, passages: PassageList, positions: range, form: Callable[[str], str]) -> None:
    """Index the sentences at ``positions`` (of documents still held) with their acronyms, in batches."""
    for begin in range(positions.start, positions.stop, BATCH):
        rows: list[tuple[int, str]] = []
        acronyms: list[tuple[int, str, str]] = []
        names: list[tuple[str, str, str]] = []
        for i in range(begin, min(begin + BATCH, positions.stop)):
            if not passages.is_live(i):
                continue
            text = passages.text(i)
            rows.append((i + 1, form(text)))
            if "(" in text or ", or " in text:
                acronyms.extend((i, acronym, words) for acronym, words in defined_acronyms(text))
            names.extend((*name_keys(name), name) for name in names_in(text))
        db.executemany("INSERT INTO p(rowid, body) VALUES (?, ?)", rows)
        db.executemany("INSERT INTO acronym VALUES (?, ?, ?)", acronyms)
        db.executemany("INSERT OR IGNORE INTO name VALUES (?, ?, ?)", names)
