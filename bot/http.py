"""HTTP mode: Slack's requests at POST /slack/events, /healthz and /metrics, served by waitress.

Every request to /slack/events passes a gate before Bolt sees it: a size limit, well-formed signature headers,
the signature itself, then a body that parses as what Slack sends (a JSON object, or a form whose ``payload``
is one). Whatever fails gets a short 4xx and at most one log line without the body (it may hold user text, and
a 10 MB body must not become 10 MB of log). A signed event of a type the bot does not handle gets 200, or
Slack would count it as a failure and send it again.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
import time
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl

from slack_bolt import App, BoltRequest
from slack_bolt.adapter.wsgi.http_response import WsgiHttpResponse
from waitress.server import create_server

from bot.metrics import CONTENT_TYPE_LATEST, Metrics

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
EVENTS_PATH = "/slack/events"
MAX_BODY_BYTES = 1_000_000  # Slack's payloads are a few KB; a modal's state stays far under this
MAX_CLOCK_SKEW = 5 * 60  # seconds, as Slack's own verifier allows
_TIMESTAMP = re.compile(r"[0-9]{1,12}")
_SIGNATURE = re.compile(r"v0=[0-9a-f]{64}")

log = logging.getLogger("usrok.http")


class Rejected(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def parse_slack_body(body: str, content_type: str) -> dict[str, Any]:
    """What Bolt will parse, parsed first the way Bolt does, or ``Rejected(400)`` where Bolt would fail: the body
    must be a JSON object (JSON by its type or by its first character, as Bolt decides), or a form whose
    ``payload``, if it has one, is a JSON object.

    >>> parse_slack_body('{"type": "url_verification"}', "application/x-www-form-urlencoded")["type"]
    'url_verification'
    """
    if not body:
        raise Rejected(400, "empty body")
    media_type = content_type.split(";")[0]  # as Bolt compares it: case and spaces count
    try:
        if media_type == "application/json" or body.startswith("{"):
            parsed: Any = json.loads(body)
        elif "payload" not in body:
            return {}  # a plain form (a slash command): any string parses as one, and Bolt reads it itself
        else:
            form = dict(parse_qsl(body, keep_blank_values=True))
            parsed = json.loads(form["payload"]) if "payload" in form else {}
    except (ValueError, RecursionError) as exc:
        raise Rejected(400, "body is not valid JSON or form data") from exc
    if not isinstance(parsed, dict):
        raise Rejected(400, "body is not a JSON object")
    return parsed


def signature_is_valid(secret: bytes, raw: bytes, timestamp: str, signature: str, now: float) -> bool:
    """Slack's v0 signature of the raw bytes (whatever their encoding), from the last five minutes.

    >>> signature_is_valid(b"s", b"{}", "0", "v0=" + "0" * 64, now=0.0)
    False
    """
    if not _TIMESTAMP.fullmatch(timestamp) or not _SIGNATURE.fullmatch(signature):
        return False
    if abs(now - int(timestamp)) > MAX_CLOCK_SKEW:
        return False
    expected = hmac.new(secret, b"v0:" + timestamp.encode() + b":" + raw, hashlib.sha256).hexdigest()
    return hmac.compare_digest("v0=" + expected, signature)


class SlackGate:
    """The WSGI application: routes, the gate in front of Bolt, and the request metrics."""

    def __init__(
        self,
        app: App,
        signing_secret: str | None,
        metrics: Metrics,
        health: Callable[[], dict[str, Any]],
    ) -> None:
        self.app = app
        self.secret = signing_secret.encode() if signing_secret else None
        self.metrics = metrics
        self.health = health
        self._series: dict[tuple[str, int], tuple[Any, Any]] = {}

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        started = time.perf_counter()
        path, method = environ.get("PATH_INFO", ""), environ.get("REQUEST_METHOD", "GET")
        route = path if path in (EVENTS_PATH, "/healthz", "/metrics") else "other"
        try:
            status, headers, body = self._route(environ, path, method)
        except Rejected as rejected:
            log.info("refused %s %s: %s (%d)", method, route, rejected.reason, rejected.status)
            status, headers = rejected.status, [("Content-Type", "application/json")]
            body = json.dumps({"error": rejected.reason}).encode()
        self._count(route, status, time.perf_counter() - started)
        start_response(f"{status} {_REASONS.get(status, 'Status')}", [*headers, ("Content-Length", str(len(body)))])
        return [body]

    def _count(self, route: str, status: int, seconds: float) -> None:
        """The request in /metrics (each route's and status's series looked up once, then kept)."""
        key = (route, status)
        series = self._series.get(key)
        if series is None:
            series = self._series[key] = (
                self.metrics.requests.labels(route, str(status)),
                self.metrics.latency.labels(route),
            )
        series[0].inc()
        series[1].observe(seconds)

    def _route(self, environ: dict[str, Any], path: str, method: str) -> tuple[int, list[tuple[str, str]], bytes]:
        if path == "/healthz" and method in {"GET", "HEAD"}:
            try:
                report, status = {"ok": True, **self.health()}, 200
            except Exception as exc:  # the database is down: say so, without a traceback
                report, status = {"ok": False, "error": type(exc).__name__}, 503
            return status, [("Content-Type", "application/json")], json.dumps(report).encode()
        if path == "/metrics" and method in {"GET", "HEAD"}:
            return 200, [("Content-Type", CONTENT_TYPE_LATEST)], self.metrics.exposition()
        if path != EVENTS_PATH:
            raise Rejected(404, "not found")
        if method != "POST":
            raise Rejected(405, "POST only")
        return self._slack(environ)

    def _slack(self, environ: dict[str, Any]) -> tuple[int, list[tuple[str, str]], bytes]:
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError as exc:
            raise Rejected(400, "bad Content-Length") from exc
        if length > MAX_BODY_BYTES:
            raise Rejected(413, "body too large")
        raw: bytes = environ["wsgi.input"].read(length) if length > 0 else b""
        timestamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP", "")
        signature = environ.get("HTTP_X_SLACK_SIGNATURE", "")
        if self.secret is not None and not signature_is_valid(self.secret, raw, timestamp, signature, time.time()):
            raise Rejected(401, "invalid request")
        try:
            body = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise Rejected(400, "body is not UTF-8") from exc
        content_type = environ.get("CONTENT_TYPE", "")
        payload = parse_slack_body(body, content_type)
        headers = {k[5:].lower().replace("_", "-"): v for k, v in environ.items() if k.startswith("HTTP_")}
        headers["content-type"] = content_type
        response = self.app.dispatch(BoltRequest(body=body, query=environ.get("QUERY_STRING", ""), headers=headers))
        if response.status == 404 and payload.get("type") == "event_callback":
            return 200, [], b""  # an event type the bot does not listen to: acknowledged, not retried
        out = WsgiHttpResponse(status=response.status, headers=response.headers, body=response.body)
        return response.status, list(out.get_headers()), b"".join(out.get_body())


_REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    405: "Method Not Allowed",
    413: "Payload Too Large",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


def wsgi_app(
    app: App,
    signing_secret: str | None = None,
    metrics: Metrics | None = None,
    health: Callable[[], dict[str, Any]] | None = None,
) -> WSGIApp:
    return SlackGate(app, signing_secret, metrics or Metrics(), health or dict)


def make_http_server(
    app: App,
    host: str = "0.0.0.0",
    port: int = 3000,
    threads: int = 8,
    *,
    signing_secret: str | None = None,
    metrics: Metrics | None = None,
    health: Callable[[], dict[str, Any]] | None = None,
    connection_limit: int = 1000,
    idle_timeout: float = 15.0,
) -> Any:
    """A waitress server (a production WSGI server); ``port=0`` picks a free port (``effective_port``).

    Idle connections are closed after ``idle_timeout`` seconds (checked every second), and up to
    ``connection_limit`` may be open at once (poll, not select, so past 1,024 descriptors too), so a few hundred
    idle sockets do not keep others — ``/healthz`` included — waiting.
    """
    return create_server(
        wsgi_app(app, signing_secret, metrics, health),
        host=host,
        port=port,
        threads=threads,
        ident="usrok",
        connection_limit=connection_limit,
        channel_timeout=max(1, int(idle_timeout)),
        cleanup_interval=1,
        asyncore_use_poll=True,
        max_request_body_size=MAX_BODY_BYTES,  # waitress refuses a larger body itself, before buffering it all
    )
