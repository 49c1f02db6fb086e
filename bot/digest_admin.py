"""The operator's side of the digest outbox: ``usrok digest pending`` and ``usrok digest resend``.

A digest row whose post may already be in its channel while the channel's history cannot be read is marked
``unconfirmed`` and never posted again by itself (bot/posting.py); one the channel refused is ``skipped``. Only a
person can decide to send either again, after checking the channel: these commands list such rows and put them
back in the queue, where the next post (a worker's, or ``usrok digest``) sends each exactly once.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TextIO

from bot.mrkdwn import to_terminal
from bot.outbox import PENDING, POSTED, RESENDABLE, OutboxRow, outbox_row, requeue, undelivered_rows
from bot.state import StateStore
from knowledge.answer.phrasing import clip_words

EXIT_OK, EXIT_ERROR = 0, 2
WHAT_WIDTH = 110  # of the digest's fallback text, which names its documents: what one terminal line shows


def _when(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%d %H:%M UTC")


def digest_summary(row: OutboxRow) -> str:
    """What the digest announces, in plain words: its fallback text ('1 new document …: TITLE')."""
    try:
        text = str(json.loads(row.payload).get("text") or "")
    except (ValueError, AttributeError):
        text = ""
    return clip_words(to_terminal(text), WHAT_WIDTH) or "(no text)"


def _state(row: OutboxRow) -> str:
    """The row's status with what it means for the operator."""
    if row.status == PENDING:
        return "pending, retried by the next post" if row.attempts else "pending, sent by the next post"
    if row.status in RESENDABLE:
        return f"{row.status}, not sent again until re-sent"
    return row.status


def list_pending(store: StateStore, out: TextIO, *, limit: int = 50, as_json: bool = False) -> int:
    """Print the digest rows not posted, newest first: id, state, channel, since when, last error, what."""
    rows = undelivered_rows(store, limit)
    if as_json:
        shown = [
            {
                "id": r.id,
                "channel": r.channel,
                "status": r.status,
                "attempts": r.attempts,
                "last_error": r.last_error,
                "since": r.created_at,
                "digest": digest_summary(r),
            }
            for r in rows
        ]
        out.write(json.dumps(shown, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    if not rows:
        out.write("Every digest has been posted.\n")
        return EXIT_OK
    for r in rows:
        error = f" ({r.last_error})" if r.last_error else ""
        out.write(f"#{r.id}  {r.channel}  {_state(r)}{error}  since {_when(r.created_at)}\n  {digest_summary(r)}\n")
    if any(r.status in RESENDABLE for r in rows):
        out.write("Check the channel first; then 'usrok digest resend ROW_ID' (or --all-unconfirmed) sends it once.\n")
    return EXIT_OK


def resend(store: StateStore, row_ids: Sequence[int], *, all_unconfirmed: bool, out: TextIO, err: TextIO) -> int:
    """Re-queue the rows named (unconfirmed or skipped), or every unconfirmed row; one line per row refused."""
    if all_unconfirmed == bool(row_ids):
        err.write("usrok digest resend: name the rows to send again (ROW_ID …) or give --all-unconfirmed\n")
        return EXIT_ERROR
    status = EXIT_OK
    for row_id in row_ids:  # checked first, so a mistyped id changes nothing
        refusal = _refusal(outbox_row(store, row_id), row_id)
        if refusal:
            err.write(f"usrok digest resend: {refusal}\n")
            status = EXIT_ERROR
    if status != EXIT_OK:
        return status
    note = f"re-queued by an operator {_when(store.clock())}"
    done = requeue(store, None if all_unconfirmed else row_ids, note)
    if all_unconfirmed and not done:
        out.write("No unconfirmed digest rows: nothing to send again.\n")
        return EXIT_OK
    for row_id in done:
        row = outbox_row(store, row_id)
        channel = row.channel if row else "?"
        out.write(f"#{row_id} to {channel} re-queued: the next post (a worker's, or 'usrok digest') sends it once.\n")
    missed = sorted(set(row_ids) - set(done))
    for row_id in missed:  # changed between the check and the update (another operator, or a worker posted it)
        err.write(f"usrok digest resend: {_refusal(outbox_row(store, row_id), row_id) or f'#{row_id} changed'}\n")
    return EXIT_ERROR if missed else EXIT_OK


def _refusal(row: OutboxRow | None, row_id: int) -> str | None:
    """Why the row cannot be re-sent, in one line; None when it can."""
    if row is None:
        return f"no digest row #{row_id} (see 'usrok digest pending')"
    if row.status == POSTED:
        return f"#{row_id} to {row.channel} was posted; it is not sent twice"
    if row.status == PENDING:
        return f"#{row_id} to {row.channel} is already pending: the next post sends it"
    return None
