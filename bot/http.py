"""HTTP mode: Slack's requests at POST /slack/events, a health check at GET /healthz, served by waitress."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from waitress.server import create_server

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def wsgi_app(app: App) -> WSGIApp:
    handler = SlackRequestHandler(app, path="/slack/events")

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == "/healthz" and environ.get("REQUEST_METHOD") in {"GET", "HEAD"}:
            start_response("200 OK", [("Content-Type", "application/json")])
            return [b'{"ok":true}']
        return handler(environ, start_response)

    return application


def make_http_server(app: App, host: str = "0.0.0.0", port: int = 3000, threads: int = 8) -> Any:
    """A waitress server (a production WSGI server); ``port=0`` picks a free port (``effective_port``)."""
    return create_server(
        wsgi_app(app), host=host, port=port, threads=threads, ident="usrok", connection_limit=200, channel_timeout=30
    )
