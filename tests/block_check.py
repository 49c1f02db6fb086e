"""Every block the app sends, checked against Slack's limits by ``slack_sdk.models`` (as Slack would refuse it).

``Block.parse`` turns JSON back into slack_sdk's models and ``validate_json`` checks each against the limits
Slack documents (characters per text, elements per block, blocks per view). The fake Web API runs this on
every message, modal and home tab it receives; tests run it on slash command acknowledgements.
"""

from __future__ import annotations

import json
from typing import Any

from slack_sdk.errors import SlackObjectFormationError
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

MAX_MESSAGE_BLOCKS = 50


def block_problems(blocks: Any, *, limit: int = MAX_MESSAGE_BLOCKS) -> list[str]:
    """What is wrong with a message's blocks (empty when Slack would take them)."""
    if isinstance(blocks, str):
        blocks = json.loads(blocks)
    if not isinstance(blocks, list):
        return [f"blocks is not a list: {type(blocks).__name__}"]
    problems = [f"{len(blocks)} blocks (at most {limit})"] if len(blocks) > limit else []
    for i, raw in enumerate(blocks):
        parsed = Block.parse(raw)
        if parsed is None:
            problems.append(f"block {i}: not a block: {raw!r:.200}")
            continue
        try:
            parsed.validate_json()
        except SlackObjectFormationError as exc:
            problems.append(f"block {i} ({raw.get('type')}): {exc}")
            continue
        if parsed.to_dict() != raw:
            problems.append(f"block {i} ({raw.get('type')}): fields slack_sdk does not know: {raw!r:.300}")
    return problems


def view_problems(view: Any) -> list[str]:
    """What is wrong with a modal or a home tab."""
    if isinstance(view, str):
        view = json.loads(view)
    try:
        View(**view).validate_json()
    except (SlackObjectFormationError, TypeError) as exc:
        return [f"view: {exc}"]
    return block_problems(view.get("blocks", []), limit=100)
