"""The Slack Web API client: base URL from settings (a local fake in tests), retries for 429s and network errors."""

from __future__ import annotations

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler

from bot.settings import Settings


def make_web_client(settings: Settings) -> WebClient:
    """A WebClient for the bot token, pointed at ``settings.slack_api_url``.

    A 429 is retried up to five times, each after the Retry-After Slack sends; a dropped
    connection twice. Both are slack_sdk's stock handlers.
    """
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
    return WebClient(
        token=token,
        base_url=settings.slack_api_url,
        retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=5), ConnectionErrorRetryHandler(max_retry_count=2)],
        timeout=10,
    )


def make_digest_client(settings: Settings) -> WebClient:
    """The client that posts digests: a 429 is retried (Slack did not take the message), a dropped connection is not.

    A connection reset can come after Slack accepted a message; retrying at once would post it twice. The
    digest leaves such a row pending instead, and the next run looks for the first copy before posting again.
    """
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
    return WebClient(
        token=token,
        base_url=settings.slack_api_url,
        retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=5)],
        timeout=10,
    )
