"""'View source' (a modal with the paragraph around the quoted sentence) and, from a digest, 'Ask about this
document' (a modal with a question box, answered in the modal).

Modals open with the ``trigger_id`` of the click, which lasts three seconds, so they open in the listener
itself rather than lazily.
"""

from __future__ import annotations

import json
from functools import partial
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.deps import Deps
from bot.ids import (
    ACTION_ASK_DOCUMENT,
    ACTION_SOURCE,
    ACTION_SOURCE_PICK,
    QUESTION_BLOCK,
    QUESTION_INPUT,
    VIEW_ASK_DOCUMENT,
)
from bot.listeners import channel_of
from bot.modals import (
    answer_modal,
    ask_document_modal,
    document_questions,
    input_value,
    metadata_of,
    source_modal,
)
from bot.replies import answer_blocks
from bot.values import parse_source_value


def _open_source(value: str, body: dict[str, Any], client: WebClient, deps: Deps) -> None:
    where = parse_source_value(value)
    if where is None:
        return
    client.views_open(trigger_id=body["trigger_id"], view=source_modal(deps.knowledge.get(), *where))


def view_source(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient, deps: Deps) -> None:
    ack()
    _open_source(str(action.get("value", "")), body, client, deps)


def pick_source(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient, deps: Deps) -> None:
    ack()
    _open_source(str((action.get("selected_option") or {}).get("value", "")), body, client, deps)


def ask_about_document(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient, deps: Deps) -> None:
    ack()
    try:
        data = json.loads(action.get("value", ""))
        document_id, title = str(data["d"]), str(data["t"])
    except (ValueError, KeyError, TypeError):
        return
    examples = document_questions(deps.knowledge.get(), document_id)
    view = ask_document_modal(document_id, title, channel_of(body), examples)
    client.views_open(trigger_id=body["trigger_id"], view=view)


def answer_about_document(ack: Ack, view: dict[str, Any], deps: Deps) -> None:
    """The submitted question, answered in the modal (``response_action: update``)."""
    meta = metadata_of(view)
    question = input_value(view, QUESTION_BLOCK, QUESTION_INPUT)
    if not question:
        ack(response_action="errors", errors={QUESTION_BLOCK: "Type a question about the document."})
        return
    kb = deps.knowledge.get()
    _, blocks, _ = answer_blocks(kb, question, ephemeral=False, within=str(meta.get("d", "")) or None)
    ack(response_action="update", view=answer_modal(blocks))


def register(app: App, deps: Deps) -> None:
    app.action(ACTION_SOURCE)(partial(view_source, deps=deps))
    app.action(ACTION_SOURCE_PICK)(partial(pick_source, deps=deps))
    app.action(ACTION_ASK_DOCUMENT)(partial(ask_about_document, deps=deps))
    app.view(VIEW_ASK_DOCUMENT)(partial(answer_about_document, deps=deps))
