"""The baselines for bench.cpu_bench: the smallest Bolt app answering a slash command, served as usrok is.

Bolt with the same options (signature check, process_before_response) behind waitress with the same threads.
Two variants, so the benchmark can tell what the Slack layer costs from what answering costs:

* ``fixed``: every /usrok gets a fixed ephemeral text — what any Bolt app pays per request.
* ``answer``: every /usrok is answered by the same knowledge engine usrok uses (``KnowledgeBase`` over the same
  fact table, the same page size), and the answers go back as plain text — one line per answer, or the
  suggestions when it abstains. No Block Kit, metrics, logging or state: what answering adds to a bare Bolt app.

    .venv/bin/python -m bench.minimal_bolt PORT THREADS [fixed|answer] [FACTS]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from slack_bolt import Ack, App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk import WebClient
from waitress import serve

from knowledge.answer.answers import KnowledgeBase
from knowledge.build import load_table

PAGE_SIZE = 8  # as bot.blocks shows a list
DEFAULT_FACTS = Path("facts/seeds.json")


def plain_answer(knowledge: KnowledgeBase, question: str) -> str:
    """The answer as the least a reader needs: each answer's statement, or the 'did you mean' suggestions."""
    answer = knowledge.answer(question, limit=PAGE_SIZE)
    if answer.usage:
        return answer.usage
    if answer.answers:
        return "\n".join(f"{a.text} ({a.source.title})" for a in answer.answers)
    return "Not in the fact table. Did you mean: " + ", ".join(answer.suggestions)


def main() -> None:
    port, threads = int(sys.argv[1]), int(sys.argv[2])
    variant = sys.argv[3] if len(sys.argv) > 3 else "fixed"
    client = WebClient(token=os.environ["SLACK_BOT_TOKEN"], base_url=os.environ["SLACK_API_URL"])
    app = App(
        client=client,
        signing_secret=os.environ["SLACK_SIGNING_SECRET"],
        process_before_response=True,
        token_verification_enabled=False,
    )
    if variant == "answer":
        knowledge = KnowledgeBase(load_table(Path(sys.argv[4]) if len(sys.argv) > 4 else DEFAULT_FACTS))

        @app.command("/usrok")
        def answer(ack: Ack, command: dict[str, Any]) -> None:
            ack(text=plain_answer(knowledge, (command.get("text") or "").strip()), response_type="ephemeral")

    else:

        @app.command("/usrok")
        def fixed(ack: Ack, command: dict[str, Any]) -> None:
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
