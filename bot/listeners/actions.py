"""Buttons: share an answer in the channel, page with 'More', re-run a 'did you mean' suggestion.

Each button carries its query in its value, so no state is needed to act on it.
"""

from __future__ import annotations

import re
from typing import Any

from slack_bolt import Ack, App, Respond

from bot.blocks import ACTION_MORE, ACTION_SHARE, ACTION_SUGGEST, parse_button_value
from bot.deps import Deps
from bot.replies import answer_blocks


def _ack(ack: Ack) -> None:
    ack()


def _is_ephemeral(body: dict[str, Any]) -> bool:
    return bool(body.get("container", {}).get("is_ephemeral"))


def register(app: App, deps: Deps) -> None:
    def share(body: dict[str, Any], action: dict[str, Any], respond: Respond) -> None:
        query, page = parse_button_value(action.get("value", ""))
        fallback, blocks, _ = answer_blocks(
            deps, query, page=page, ephemeral=False, shared_by=body.get("user", {}).get("id")
        )
        respond(text=fallback, blocks=blocks, response_type="in_channel", replace_original=False)

    def more(body: dict[str, Any], action: dict[str, Any], respond: Respond) -> None:
        query, page = parse_button_value(action.get("value", ""))
        fallback, blocks, _ = answer_blocks(deps, query, page=page, ephemeral=_is_ephemeral(body))
        respond(text=fallback, blocks=blocks, replace_original=True)

    def suggestion(body: dict[str, Any], action: dict[str, Any], respond: Respond) -> None:
        query, _ = parse_button_value(action.get("value", ""))
        fallback, blocks, _ = answer_blocks(deps, query, ephemeral=_is_ephemeral(body))
        respond(text=fallback, blocks=blocks, replace_original=True)

    app.action(ACTION_SHARE)(ack=_ack, lazy=[share])
    app.action(ACTION_MORE)(ack=_ack, lazy=[more])
    app.action(re.compile(rf"^{ACTION_SUGGEST}_\d+$"))(ack=_ack, lazy=[suggestion])
