"""Listener groups: module-level handlers taking Bolt's arguments plus ``deps``, wired by ``register(app, deps)``."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack


def ack_only(ack: Ack) -> None:
    """The acknowledgement of a listener whose work runs lazily, after Slack has its empty 200."""
    ack()


def channel_of(body: dict[str, Any]) -> str | None:
    """The channel a click came from, when it came from a message (not the home tab or a modal).

    >>> channel_of({"channel": {"id": "C1"}}), channel_of({"container": {"type": "view"}})
    ('C1', None)
    """
    return (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
