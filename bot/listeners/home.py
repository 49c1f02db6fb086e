"""The App Home tab, published on ``app_home_opened``; its subscribe / unsubscribe controls; and the digest's
own 'Unsubscribe' button."""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient

from bot.deps import Deps
from bot.home import home_view
from bot.ids import ACTION_HOME_SUBSCRIBE, ACTION_HOME_UNSUBSCRIBE, ACTION_UNSUBSCRIBE
from bot.listeners import ack_only, channel_of

log = logging.getLogger("usrok.home")


def publish_home(client: WebClient, deps: Deps, user: str) -> None:
    subscribed = deps.store.subscribed_channels()
    fixed = [c for c in deps.settings.digest_channels if c not in subscribed]
    view = home_view(deps.knowledge.get(), subscribed, deps.knowledge.updated_at, fixed)
    client.views_publish(user_id=user, view=view)


def on_home_opened(event: dict[str, Any], client: WebClient, deps: Deps) -> None:
    if event.get("tab", "home") == "home" and event.get("user"):
        publish_home(client, deps, str(event["user"]))


def subscribe_from_home(body: dict[str, Any], action: dict[str, Any], client: WebClient, deps: Deps) -> None:
    user = str(body["user"]["id"])
    channel = action.get("selected_conversation")
    if channel:
        deps.store.subscribe(str(channel), user)
    publish_home(client, deps, user)


def unsubscribe_from_home(body: dict[str, Any], action: dict[str, Any], client: WebClient, deps: Deps) -> None:
    deps.store.unsubscribe(str(action.get("value", "")))
    publish_home(client, deps, str(body["user"]["id"]))


def unsubscribe_from_digest(body: dict[str, Any], respond: Respond, deps: Deps) -> None:
    """The digest's button: this channel stops getting it; only the one who clicked is told."""
    channel = channel_of(body)
    gone = bool(channel) and deps.store.unsubscribe(str(channel))
    text = (
        "This channel will no longer get the digest. `/usrok subscribe` brings it back."
        if gone
        else "This channel was not subscribed (a channel set in USROK_DIGEST_CHANNELS stays until that changes)."
    )
    respond(text=text, response_type="ephemeral", replace_original=False)


def register(app: App, deps: Deps) -> None:
    app.event("app_home_opened")(ack=ack_only, lazy=[partial(on_home_opened, deps=deps)])
    app.action(ACTION_HOME_SUBSCRIBE)(ack=ack_only, lazy=[partial(subscribe_from_home, deps=deps)])
    app.action(ACTION_HOME_UNSUBSCRIBE)(ack=ack_only, lazy=[partial(unsubscribe_from_home, deps=deps)])
    app.action(ACTION_UNSUBSCRIBE)(ack=ack_only, lazy=[partial(unsubscribe_from_digest, deps=deps)])
