"""The Slack Web API client: base URL from settings (a local fake in tests), retries for 429s and network errors."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler
from slack_sdk.http_retry.handler import RetryHandler

from bot.settings import Settings


class RetryAfterHandler(RateLimitErrorRetryHandler):
    """Waits as long as Slack's Retry-After says on a 429, through an injected ``sleep`` (tests pass a fake)."""

    def __init__(self, max_retry_count: int = 5, sleep: Callable[[float], None] = time.sleep) -> None:
        super().__init__(max_retry_count=max_retry_count)
        self._sleep = sleep

    def prepare_for_next_attempt(self, *, state: Any, request: Any, response: Any = None, error: Any = None) -> None:
        if response is None:
            raise error if error else RuntimeError("retry without a response")
        state.next_attempt_requested = True
        retry_after = next((v for k, v in response.headers.items() if k.lower() == "retry-after"), None)
        try:
            wait = float(retry_after[0] if isinstance(retry_after, list) else str(retry_after))
        except (TypeError, ValueError):
            wait = 1.0
        self._sleep(wait + random.random() * 0.1)
        state.increment_current_attempt()


def make_web_client(settings: Settings, sleep: Callable[[float], None] = time.sleep) -> WebClient:
    """A WebClient for the bot token, pointed at ``settings.slack_api_url``."""
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
    handlers: list[RetryHandler] = [RetryAfterHandler(sleep=sleep), ConnectionErrorRetryHandler(max_retry_count=2)]
    return WebClient(token=token, base_url=settings.slack_api_url, retry_handlers=handlers, timeout=10)
