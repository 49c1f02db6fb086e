"""The baseline for bench.cpu_bench: the smallest Bolt app answering a slash command, served as usrok is.

Bolt with the same options (signature check, process_before_response) behind waitress with the same threads,
answering every /usrok with a fixed ephemeral text: what any Bolt app pays per request.

    .venv/bin/python -m bench.minimal_bolt PORT THREADS
"""

from __future__ import annotations

import os
import sys
from typing import Any

from slack_bolt import Ack, App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk import WebClient
from waitress import serve


def main() -> None:
    port, threads = int(sys.argv[1]), int(sys.argv[2])
    client = WebClient(token=os.environ["SLACK_BOT_TOKEN"], base_url=os.environ["SLACK_API_URL"])
    app = App(
        client=client,
        signing_secret=os.environ["SLACK_SIGNING_SECRET"],
        process_before_response=True,
        token_verification_enabled=False,
    )

    @app.command("/usrok")
    def answer(ack: Ack, command: dict[str, Any]) -> None:
        ack(text="Kim Jina — Second Vice Foreign Minister", response_type="ephemeral")

    handler = SlackRequestHandler(app)

    def application(environ: dict[str, Any], start_response: Any) -> Any:
        if environ.get("PATH_INFO") == "/healthz":
            start_response("200 OK", [("Content-Type", "application/json")])
            return [b'{"ok":true}']
        return handler(environ, start_response)

    serve(application, host="127.0.0.1", port=port, threads=threads, ident="minimal", _quiet=True)


if __name__ == "__main__":
    main()
