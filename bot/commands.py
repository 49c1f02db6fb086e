"""The ``usrok`` subcommands that answer and serve: ask, shell, serve, digest."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import TextIO

from bot.blocks import preview, render_answer
from bot.console import run_console
from bot.logs import configure_logging
from bot.settings import Settings
from knowledge.answer.answers import KnowledgeBase

log = logging.getLogger("usrok")


def _knowledge(settings: Settings) -> KnowledgeBase:
    from bot.cli import load_facts

    return KnowledgeBase(load_facts(settings), min_confidence=settings.min_confidence)


def cmd_ask(settings: Settings, question: str, fmt: str, out: TextIO) -> int:
    answer = _knowledge(settings).answer(question)
    if fmt == "json":
        out.write(json.dumps(answer.as_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(preview(render_answer(answer, ephemeral=False)[1]) + "\n")
    return 0


def cmd_shell(settings: Settings, out: TextIO) -> int:
    kb = _knowledge(settings)
    if sys.stdin.isatty():
        import readline  # noqa: F401  (line editing and history at the prompt)

    run_console(lambda: kb, sys.stdin, out, interactive=sys.stdin.isatty())
    return 0


def cmd_serve(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    configure_logging()
    if not settings.has_slack_credentials:
        err.write(
            "usrok serve: no Slack credentials (SLACK_BOT_TOKEN is not set), so this is the local console; "
            "see 'Connect to Slack' in the README to run in Slack.\n"
        )
        return cmd_shell(settings, out)
    from bot.runtime import serve

    return serve(settings, http=args.http, scheduler=not args.no_scheduler, out=out, err=err)


def cmd_digest_once(settings: Settings, out: TextIO, err: TextIO) -> int:
    from bot.runtime import digest_once

    return digest_once(settings, out, err)


def run(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    if args.command == "ask":
        return cmd_ask(settings, " ".join(args.question), args.format, out)
    if args.command == "shell":
        return cmd_shell(settings, out)
    if args.command == "serve":
        return cmd_serve(args, settings, out, err)
    if args.command == "digest":
        return cmd_digest_once(settings, out, err)
    err.write(f"usrok: unknown command {args.command}\n")
    return 2
