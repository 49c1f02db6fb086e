"""Listener groups: module-level handlers taking Bolt's arguments plus ``deps``, wired by ``register(app, deps)``."""

from __future__ import annotations

from slack_bolt import Ack


def ack_only(ack: Ack) -> None:
    """The acknowledgement of a listener whose work runs lazily, after Slack has its empty 200."""
    ack()
