"""Answer buttons: share an answer in the channel, page with 'More', re-run a 'did you mean' suggestion.

Each button carries its query in its value, so no state is needed to act on it.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Any

from slack_bolt import App, Respond

from bot.deps import Deps
from bot.ids import ACTION_MORE, ACTION_SHARE, ACTION_SUGGEST
from bot.listeners import ack_only
from bot.replies import answer_blocks
from bot.values import parse_button_value


def _is_ephemeral(body: dict[str, Any]) -> bool:
    return bool(body.get("container", {}).get("is_ephemeral"))


def share(body: dict[str, Any], action: dict[str, Any], respond: Respond, deps: Deps) -> None:
    """Post the answer visibly in the channel, naming who shared it."""
    query, page = parse_button_value(action.get("value", ""))
    fallback, blocks, _ = answer_blocks(
        deps.knowledge.get(), query, page=page, ephemeral=False, shared_by=body.get("user", {}).get("id")
    )
    respond(text=fallback, blocks=blocks, response_type="in_channel", replace_original=False)


def more(body: dict[str, Any], action: dict[str, Any], respond: Respond, deps: Deps) -> None:
    """Replace the message with the next page of the list."""
    query, page = parse_button_value(action.get("value", ""))
    fallback, blocks, _ = answer_blocks(deps.knowledge.get(), query, page=page, ephemeral=_is_ephemeral(body))
    respond(text=fallback, blocks=blocks, replace_original=True)


def suggestion(body: dict[str, Any], action: dict[str, Any], respond: Respond, deps: Deps) -> None:
    """Replace the message with the answer to the suggested question."""
    query, _ = parse_button_value(action.get("value", ""))
    fallback, blocks, _ = answer_blocks(deps.knowledge.get(), query, ephemeral=_is_ephemeral(body))
    respond(text=fallback, blocks=blocks, replace_original=True)


def register(app: App, deps: Deps) -> None:
    app.action(ACTION_SHARE)(ack=ack_only, lazy=[partial(share, deps=deps)])
    app.action(ACTION_MORE)(ack=ack_only, lazy=[partial(more, deps=deps)])
    app.action(re.compile(rf"^{ACTION_SUGGEST}_\d+$"))(ack=ack_only, lazy=[partial(suggestion, deps=deps)])
