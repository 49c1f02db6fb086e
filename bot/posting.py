"""Posting the digest outbox to Slack: each row claimed, posted once, and never posted twice in silence.

A row that was tried before (``attempts > 0``: the process died mid-post, or the connection dropped after Slack
may have taken the message) is first looked up in the channel's history by its metadata. When the history
cannot be read, the rule is: never post a second time on a guess.

* A passing failure (network, 5xx, rate limit) leaves the row pending; the lookup is tried again next run.
* A lasting one (``missing_scope`` in a private channel without ``groups:history``, ``not_in_channel``, …)
  marks the row ``unconfirmed``: not posted again, logged as an error naming the channel and the reason,
  counted in ``/metrics`` (``usrok_digest_posts_total{outcome="unconfirmed"}``) and by ``usrok digest --once``.
  An operator sends it again, once, with ``usrok digest resend`` (bot/digest_admin.py).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.metrics import Metrics
from bot.outbox import DigestOutbox, PendingDigest

log = logging.getLogger("usrok.digest")
GONE_CHANNEL_ERRORS = {"not_in_channel", "channel_not_found", "is_archived", "account_inactive", "restricted_action"}
PASSING_ERRORS = {"ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout"}
METADATA_EVENT = "usrok_digest"
HISTORY_PAGES = 10  # of 200 messages each, back to the row's creation


class HistoryUnreadable(Exception):
    def __init__(self, reason: str, *, passing: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.passing = passing


@dataclass
class PostReport:
    posted: int = 0
    skipped_channels: list[str] = field(default_factory=list)
    unconfirmed: list[str] = field(default_factory=list)  # channels whose digest may or may not be there
    pending: int = 0


def _slack_error(exc: SlackApiError) -> str:
    return str(exc.response.get("error") or exc.response.status_code)


def find_posted(client: WebClient, digest: PendingDigest) -> str | None:
    """The ts of the message this row already produced, by its metadata in the history since the row was made."""
    cursor: str | None = None
    for _ in range(HISTORY_PAGES):
        try:
            page = client.conversations_history(
                channel=digest.channel,
                limit=200,
                include_all_metadata=True,
                oldest=f"{max(digest.created_at - 600, 0):.6f}",
                cursor=cursor,
            )
        except SlackApiError as exc:
            error = _slack_error(exc)
            passing = error in PASSING_ERRORS or exc.response.status_code >= 500
            raise HistoryUnreadable(error, passing=passing) from exc
        except OSError as exc:
            raise HistoryUnreadable(str(exc), passing=True) from exc
        for message in page.get("messages") or []:
            meta = message.get("metadata") or {}
            if meta.get("event_type") == METADATA_EVENT and meta.get("event_payload", {}).get("outbox_id") == digest.id:
                return str(message.get("ts"))
        cursor = (page.get("response_metadata") or {}).get("next_cursor") or None
        if not page.get("has_more") or not cursor:
            return None
    return None


class DigestPoster:
    """Sends what the outbox holds through ``client``, one claimed row at a time."""

    def __init__(self, outbox: DigestOutbox, client: WebClient | None, metrics: Metrics) -> None:
        self.outbox = outbox
        self.client = client
        self.metrics = metrics

    def post_pending(self) -> PostReport:
        report = PostReport()
        if self.client is not None:
            handled: set[int] = set()
            while (digest := self.outbox.claim_next(exclude=handled)) is not None:
                handled.add(digest.id)
                outcome = self._deliver(self.client, digest)
                self.metrics.digest_posts.labels(outcome).inc()
                if outcome == "posted":
                    report.posted += 1
                elif outcome == "skipped":
                    report.skipped_channels.append(digest.channel)
                elif outcome == "unconfirmed":
                    report.unconfirmed.append(digest.channel)
        report.pending = self.outbox.count()
        return report

    def _deliver(self, client: WebClient, digest: PendingDigest) -> str:
        if digest.attempts > 0:
            try:
                ts = find_posted(client, digest)
            except HistoryUnreadable as exc:
                if exc.passing:
                    log.warning(
                        "digest %s to %s: history unreadable (%s); retrying later", digest.id, digest.channel, exc
                    )
                    self.outbox.release(digest.id, f"history: {exc.reason}")
                    return "failed"
                log.error(
                    "digest %s to %s may already be posted and the channel's history cannot be read (%s): "
                    "not posting it again; add the channels:history/groups:history scope, check the channel, and "
                    "send it with 'usrok digest resend %s' if it is not there",
                    digest.id,
                    digest.channel,
                    exc.reason,
                    digest.id,
                )
                self.outbox.mark_unconfirmed(digest.id, f"history: {exc.reason}")
                return "unconfirmed"
            if ts is not None:
                self.outbox.mark_posted(digest.id, ts)
                return "posted"
        if not self.outbox.note_attempt(digest.id):
            return "lost"  # the claim expired and another process holds the row now
        return self._post(client, digest, json.loads(digest.payload))

    def _post(self, client: WebClient, digest: PendingDigest, message: dict[str, Any]) -> str:
        try:
            with self.outbox.held(digest.id):
                response = client.chat_postMessage(
                    channel=digest.channel,
                    text=message["text"],
                    blocks=message["blocks"],
                    unfurl_links=False,
                    metadata={
                        "event_type": METADATA_EVENT,
                        "event_payload": {"outbox_id": digest.id, "scan_id": message["scan_id"]},
                    },
                )
        except SlackApiError as exc:
            error = _slack_error(exc)
            if error in GONE_CHANNEL_ERRORS:
                log.warning("digest not posted to %s: %s; skipping that channel", digest.channel, error)
                self.outbox.mark_skipped(digest.id, error)
                return "skipped"
            log.warning("digest to %s failed (%s); it stays pending for the next run", digest.channel, error)
            self.outbox.release(digest.id, error)
            return "failed"
        except OSError as exc:
            log.warning("digest to %s failed (%s); it stays pending for the next run", digest.channel, exc)
            self.outbox.release(digest.id, str(exc))
            return "failed"
        self.outbox.mark_posted(digest.id, str(response.get("ts")))
        return "posted"
