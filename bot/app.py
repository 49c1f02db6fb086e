"""The Bolt app factory: everything swappable comes in as an argument; listener groups register themselves.

``process_before_response=True`` makes Bolt run the acknowledgement in the request
thread and return as soon as it is done. Without it, Bolt hands the listener to a
thread pool and polls for the ack every 10 ms, which puts a ~10 ms floor under every
request. Slow work (posting to Slack) runs in lazy listeners after the response.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import App, BoltRequest, BoltResponse
from slack_bolt.error import BoltUnhandledRequestError
from slack_bolt.middleware import Middleware
from slack_sdk import WebClient

from bot.deps import Deps
from bot.digest import DigestService
from bot.knowledge_holder import KnowledgeHolder
from bot.listeners import actions, events, feedback, home, shortcuts, slash_command, sources
from bot.settings import Settings
from bot.slack_identity import SlackIdentity
from bot.state import StateStore

log = logging.getLogger("usrok.app")


class DropRetriedEvents(Middleware):
    """Slack resends an event it thinks we missed; the first copy was answered, so later ones are not.

    A ``Middleware`` rather than a function: Bolt calls its ``process`` as it is, where a function middleware has
    its arguments rebuilt by inspection on every request (every slash command and button too, which carry no
    event id). Measured under load, that was a tenth of what usrok's Slack layer adds per /usrok.
    """

    def __init__(self, store: StateStore) -> None:
        self.store = store

    def process(self, *, req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]) -> BoltResponse | None:
        event_id = req.body.get("event_id")
        if event_id and not self.store.first_sighting(str(event_id)):
            return BoltResponse(status=200, body="")
        return next()


def log_listener_error(error: Exception, body: dict[str, Any]) -> None:
    """One line naming the failure and the payload type; never the payload (it may hold user text)."""
    if isinstance(error, BoltUnhandledRequestError):  # an event type nobody listens to: not a failure
        event = body.get("event")
        log.debug("no listener for %s", event.get("type") if isinstance(event, dict) else body.get("type"))
        return
    log.error("listener failed: %s (%s)", type(error).__name__, body.get("type"))


def create_app(
    settings: Settings,
    *,
    client: WebClient,
    knowledge: KnowledgeHolder,
    store: StateStore,
    digests: DigestService | None = None,
    identity: SlackIdentity | None = None,
    signatures_checked_upstream: bool = False,
) -> App:
    """A Bolt app answering /usrok, mentions, DMs, buttons, modals, the home tab and the message shortcut.

    >>> create_app(settings, client=WebClient(token="xoxb-…"), knowledge=holder, store=store)  # doctest: +SKIP
    """
    deps = Deps(settings=settings, knowledge=knowledge, store=store, digests=digests)
    secret = settings.slack_signing_secret
    common: dict[str, Any] = {
        "signing_secret": secret.get_secret_value() if secret else None,
        # Behind bot.http's gate (which checks every signature over the raw bytes) Bolt need not check it again.
        "request_verification_enabled": secret is not None and not signatures_checked_upstream,
        "process_before_response": True,
        "logger": logging.getLogger("usrok.bolt"),
        # Unhandled requests go to the error handler (one line, no body) instead of Bolt's warning with the body.
        "raise_error_for_unhandled_request": True,
    }
    if identity is not None:
        # Bolt asks ``identity``, not Slack, who the bot is: answers go on while Slack is unreachable. The app's
        # own client carries no token (Bolt gives each request the token ``authorize`` returns).
        tokenless = WebClient(base_url=client.base_url, timeout=client.timeout, retry_handlers=client.retry_handlers)
        # Bolt takes an Authorize instance as it is (its annotation names only functions).
        app = App(client=tokenless, authorize=identity.authorizer(), **common)  # type: ignore[arg-type]
    else:
        # No auth.test inside the constructor: Bolt asks on the first request that needs it.
        app = App(client=client, token_verification_enabled=False, **common)
    app.middleware(DropRetriedEvents(store))
    app.error(log_listener_error)
    slash_command.register(app, deps)
    events.register(app, deps)
    actions.register(app, deps)
    sources.register(app, deps)
    feedback.register(app, deps)
    home.register(app, deps)
    shortcuts.register(app, deps)
    return app
