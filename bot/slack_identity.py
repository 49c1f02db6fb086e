"""Who the bot is in Slack (auth.test), asked when Slack can be reached, so answering never waits on Slack.

Bolt's own authorization asks auth.test inside the App constructor, or on the first request; with Slack
unreachable either one fails and takes the process or the request with it. ``SlackIdentity.authorize`` is
given to Bolt instead: it returns the bot token with the identity learnt so far, and asks again at most
every ``retry_every`` seconds until Slack answers.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from slack_bolt.authorization import AuthorizeResult
from slack_bolt.authorization.authorize import Authorize
from slack_bolt.context import BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.settings import StartupError

log = logging.getLogger("usrok.slack")
REFUSED_TOKEN_ERRORS = {"invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired"}


class SlackIdentity:
    """The bot's auth.test answer, once Slack gave it."""

    def __init__(
        self, client: WebClient, retry_every: float = 30.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.client = client
        self.retry_every = retry_every
        self.clock = clock
        self._known: dict[str, Any] | None = None
        self._next_try = 0.0
        self._lock = threading.Lock()

    def check(self) -> bool:
        """True once Slack accepted the token; False while Slack cannot be reached; StartupError if it refuses it."""
        try:
            response = self.client.auth_test()
        except SlackApiError as exc:
            error = str(exc.response.get("error") or exc.response.status_code)
            if error in REFUSED_TOKEN_ERRORS:
                raise StartupError(f"Slack refused SLACK_BOT_TOKEN ({error})") from None
            log.warning("Slack answered auth.test with %s; answering anyway", error)
            return False
        except OSError as exc:
            log.warning("Slack API unreachable (%s); answering anyway, asking again later", exc)
            return False
        self._known = dict(response.data) if isinstance(response.data, dict) else {}
        return True

    def authorizer(self) -> IdentityAuthorize:
        """What to give Bolt as ``authorize``: an ``Authorize``, which Bolt calls directly (a plain function it
        would first inspect for the arguments it wants, on every request)."""
        return IdentityAuthorize(self)

    def authorize(self, enterprise_id: str | None, team_id: str | None, user_id: str | None) -> AuthorizeResult:
        """The bot token, with the bot's ids when known (Slack is asked again now and then until it answers)."""
        if self._known is None and self.clock() >= self._next_try and self._lock.acquire(blocking=False):
            try:
                self._next_try = self.clock() + self.retry_every
                self.check()
            except StartupError as exc:
                log.error("%s", exc)
            finally:
                self._lock.release()
        known = self._known or {}
        return AuthorizeResult(
            enterprise_id=enterprise_id or known.get("enterprise_id"),
            team_id=team_id or known.get("team_id"),
            bot_user_id=known.get("user_id"),
            bot_id=known.get("bot_id"),
            bot_token=self.client.token,
            user_id=user_id,
        )


class IdentityAuthorize(Authorize):
    """Bolt's ``authorize`` answered by a ``SlackIdentity``."""

    def __init__(self, identity: SlackIdentity) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.identity = identity

    def __call__(
        self,
        *,
        context: BoltContext,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None,
        actor_enterprise_id: str | None = None,
        actor_team_id: str | None = None,
        actor_user_id: str | None = None,
    ) -> AuthorizeResult | None:
        return self.identity.authorize(enterprise_id, team_id, user_id)
