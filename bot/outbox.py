"""Posting digests with any number of workers: outbox rows are claimed before they are sent, and one process scans.

A claim is a short transaction that picks the oldest pending row nobody holds and stamps it with the claimer and an
expiry (``SELECT … FOR UPDATE SKIP LOCKED`` on PostgreSQL, so concurrent claimers take different rows without
waiting; ``BEGIN IMMEDIATE`` on SQLite, which serialises writers). The expiry is how a worker killed mid-post loses
its rows: after it, another worker may claim them, and finds the first copy by its metadata before posting again.

The scanner lease is one row per name in ``leases``: taken when free or expired, renewed by its holder, and checked
inside the transaction that records a scan (``fence``), so a scanner that lost its lease records nothing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from typing import NamedTuple

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from bot.schema import digest_outbox, leases
from bot.state import StateStore

log = logging.getLogger("usrok.digest")
PENDING, POSTED, SKIPPED, UNCONFIRMED = "pending", "posted", "skipped", "unconfirmed"
SCANNER_LEASE = "scanner"


@contextmanager
def heartbeat(renew: Callable[[], bool], every: float, name: str) -> Iterator[None]:
    """Call ``renew`` every ``every`` seconds on a thread while the block runs (until it returns False): how a claim
    or a lease stays held by a live process and lapses for a dead one."""
    stop = threading.Event()

    def beat() -> None:
        while not stop.wait(every):
            if not renew():
                return

    thread = threading.Thread(target=beat, daemon=True, name=name)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


class PendingDigest(NamedTuple):
    """One digest message claimed for posting to one channel."""

    id: int
    channel: str
    payload: str  # the message as JSON, fixed when its scan was recorded
    attempts: int  # posts tried before: more than 0 means Slack may already have it
    created_at: float


class LeaseLost(Exception):
    """The scanner lease passed to another process; what this one was about to record is dropped."""


class DigestOutbox:
    """The outbox rows of ``store``, claimed by ``holder`` (one per process) for ``claim_seconds`` at a time."""

    def __init__(self, store: StateStore, holder: str, claim_seconds: float) -> None:
        self.store = store
        self.holder = holder
        self.claim_seconds = claim_seconds

    def claim_next(self, exclude: Collection[int] = ()) -> PendingDigest | None:
        """The oldest pending row that no live claim holds, now claimed by this process; None when there is none."""
        now = self.store.clock()
        columns = (
            digest_outbox.c.id,
            digest_outbox.c.channel,
            digest_outbox.c.payload,
            digest_outbox.c.attempts,
            digest_outbox.c.created_at,
        )
        query = (
            select(*columns)
            .where(
                digest_outbox.c.status == PENDING,
                or_(digest_outbox.c.claimed_until.is_(None), digest_outbox.c.claimed_until < now),
            )
            .order_by(digest_outbox.c.id)
            .limit(1)
        )
        if exclude:
            query = query.where(digest_outbox.c.id.not_in(list(exclude)))
        with self.store.writer.begin() as conn:
            if conn.dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True)
            row = conn.execute(query).first()
            if row is None:
                return None
            conn.execute(
                update(digest_outbox)
                .where(digest_outbox.c.id == row.id)
                .values(claimed_by=self.holder, claimed_until=now + self.claim_seconds)
            )
        return PendingDigest(*row)

    def note_attempt(self, digest_id: int) -> bool:
        """Record, before posting, that a post is being tried; False when the claim has passed to another process."""
        now = self.store.clock()
        with self.store.writer.begin() as conn:
            done = conn.execute(
                update(digest_outbox)
                .where(
                    digest_outbox.c.id == digest_id,
                    digest_outbox.c.status == PENDING,
                    digest_outbox.c.claimed_by == self.holder,
                    digest_outbox.c.claimed_until >= now,
                )
                .values(attempts=digest_outbox.c.attempts + 1)
            ).rowcount
        return bool(done)

    @contextmanager
    def held(self, digest_id: int) -> Iterator[None]:
        """Keep the claim on a row while it is being posted (renewed every third of its length): a post slowed by
        rate limits outlasts the claim's length without another process taking the row; a dead process's claim
        still expires."""

        def renew() -> bool:
            try:
                with self.store.writer.begin() as conn:
                    conn.execute(
                        update(digest_outbox)
                        .where(
                            digest_outbox.c.id == digest_id,
                            digest_outbox.c.status == PENDING,
                            digest_outbox.c.claimed_by == self.holder,
                        )
                        .values(claimed_until=self.store.clock() + self.claim_seconds)
                    )
            except Exception:
                log.warning("could not renew the claim on digest %s", digest_id)
            return True

        with heartbeat(renew, self.claim_seconds / 3, f"usrok-claim-{digest_id}"):
            yield

    def mark_posted(self, digest_id: int, message_ts: str) -> None:
        self._finish(digest_id, status=POSTED, message_ts=message_ts)

    def mark_skipped(self, digest_id: int, error: str) -> None:
        """The channel cannot take it (the bot was removed, the channel archived): never try again."""
        self._finish(digest_id, status=SKIPPED, last_error=error)

    def mark_unconfirmed(self, digest_id: int, error: str) -> None:
        """A post may have reached Slack and its history cannot be read to tell: never post it again by itself."""
        self._finish(digest_id, status=UNCONFIRMED, last_error=error)

    def release(self, digest_id: int, error: str) -> None:
        """A failure worth retrying: the row stays pending, free for the next run (of any process)."""
        self._finish(digest_id, last_error=error)

    def _finish(self, digest_id: int, **values: object) -> None:
        with self.store.writer.begin() as conn:
            conn.execute(
                update(digest_outbox)
                .where(digest_outbox.c.id == digest_id)
                .values(claimed_by=None, claimed_until=None, **values)
            )

    def count(self, status: str = PENDING) -> int:
        with self.store.engine.connect() as conn:
            return int(
                conn.execute(
                    select(func.count()).select_from(digest_outbox).where(digest_outbox.c.status == status)
                ).scalar_one()
            )


class OutboxRow(NamedTuple):
    """One digest row as an operator sees it (``usrok digest pending``)."""

    id: int
    channel: str
    status: str
    attempts: int
    last_error: str | None
    created_at: float
    payload: str


# What an operator may send again: a row whose post may or may not be in the channel (unconfirmed), or one the
# channel refused (skipped: the bot was not in it). Pending rows are sent anyway; posted ones must not be twice.
RESENDABLE = (UNCONFIRMED, SKIPPED)
_ROW_COLUMNS = (
    digest_outbox.c.id,
    digest_outbox.c.channel,
    digest_outbox.c.status,
    digest_outbox.c.attempts,
    digest_outbox.c.last_error,
    digest_outbox.c.created_at,
    digest_outbox.c.payload,
)


def undelivered_rows(store: StateStore, limit: int = 50) -> list[OutboxRow]:
    """Digest rows not (known to be) posted, newest first: pending, unconfirmed and skipped."""
    query = select(*_ROW_COLUMNS).where(digest_outbox.c.status != POSTED).order_by(digest_outbox.c.id.desc())
    with store.engine.connect() as conn:
        return [OutboxRow(*row) for row in conn.execute(query.limit(limit))]


def outbox_row(store: StateStore, row_id: int) -> OutboxRow | None:
    with store.engine.connect() as conn:
        row = conn.execute(select(*_ROW_COLUMNS).where(digest_outbox.c.id == row_id)).first()
    return OutboxRow(*row) if row is not None else None


def requeue(store: StateStore, row_ids: Collection[int] | None, note: str) -> list[int]:
    """Make resendable rows pending again with no attempt behind them, so the next post sends each once without
    looking in the history first; ``None`` takes every unconfirmed row. Returns the ids re-queued.

    One conditional UPDATE: a row that is no longer resendable (re-queued by a concurrent call, or posted since)
    is left alone, so two operators re-sending the same row queue it once.
    """
    where = [digest_outbox.c.status.in_(RESENDABLE) if row_ids is not None else digest_outbox.c.status == UNCONFIRMED]
    if row_ids is not None:
        where.append(digest_outbox.c.id.in_(list(row_ids)))
    statement = (
        update(digest_outbox)
        .where(*where)
        .values(status=PENDING, attempts=0, claimed_by=None, claimed_until=None, last_error=note)
        .returning(digest_outbox.c.id)
    )
    with store.writer.begin() as conn:
        return sorted(int(row_id) for row_id in conn.execute(statement).scalars())


class Leases:
    """Named leases in the state database: one holder at a time, until it lets go or stops renewing."""

    def __init__(self, store: StateStore, holder: str, seconds: float) -> None:
        self.store = store
        self.holder = holder
        self.seconds = seconds

    def acquire(self, name: str = SCANNER_LEASE) -> bool:
        """Take or renew the lease; False while another holder's has not expired."""
        now = self.store.clock()
        with self.store.writer.begin() as conn:
            taken = conn.execute(
                update(leases)
                .where(leases.c.name == name, or_(leases.c.holder == self.holder, leases.c.expires_at < now))
                .values(holder=self.holder, expires_at=now + self.seconds)
            ).rowcount
            if taken:
                return True
            insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
            statement = (
                insert(leases)
                .values(name=name, holder=self.holder, expires_at=now + self.seconds)
                .on_conflict_do_nothing(index_elements=["name"])
                .returning(leases.c.name)  # a row back only when inserted (rowcount is not reliable here)
            )
            return conn.execute(statement).first() is not None

    @contextmanager
    def kept(self, name: str = SCANNER_LEASE, every: float | None = None) -> Iterator[None]:
        """Renew the lease every ``every`` seconds (a third of its length) while the block runs: a live holder busy
        with a long scan keeps it; only a dead one loses it."""

        def renew() -> bool:
            try:
                return self.acquire(name)  # lost: stop renewing
            except Exception:  # the database is briefly unreachable: the fence decides at the end
                log.warning("could not renew the %s lease", name)
                return True

        with heartbeat(renew, every or self.seconds / 3, f"usrok-{name}-lease"):
            yield

    def release(self, name: str = SCANNER_LEASE) -> None:
        with self.store.writer.begin() as conn:
            conn.execute(delete(leases).where(leases.c.name == name, leases.c.holder == self.holder))

    def fence(self, name: str = SCANNER_LEASE) -> Callable[[Connection], None]:
        """A check for a transaction about to record work done under the lease: renews it, or raises LeaseLost."""

        def check(conn: Connection) -> None:
            now = self.store.clock()
            kept = conn.execute(
                update(leases)
                .where(leases.c.name == name, leases.c.holder == self.holder, leases.c.expires_at >= now)
                .values(expires_at=now + self.seconds)
            ).rowcount
            if not kept:
                raise LeaseLost(f"the {name} lease passed to another process")

        return check
