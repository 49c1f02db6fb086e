"""The ``usrok`` command: build, facts, ask, shell, serve, digest; one function per command.

Settings are read here, once (flags, the environment, ``.env``), and passed down. Every
failure a user can cause (a missing table, a bad setting, an unreadable document) ends in
one clear line on stderr and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from bot.blocks import preview, render_answer
from bot.console import run_console
from bot.logs import configure_logging
from bot.runtime import digest_once, serve
from bot.settings import Settings, SettingsError, load_settings
from bot.slack_identity import StartupError
from bot.wiring import load_knowledge
from knowledge.answer.render_text import render_table_text
from knowledge.build import build_table, document_paths, load_table, table_json, write_table

EXIT_OK, EXIT_SKIPPED, EXIT_ERROR = 0, 1, 2
# The .env file read when present (the environment wins over it, flags over both); USROK_ENV_FILE names
# another, e.g. os.devnull where a developer's .env must not count (the tests that run this command).
ENV_FILE_VARIABLE, DEFAULT_ENV_FILE = "USROK_ENV_FILE", ".env"

Command = Callable[[argparse.Namespace, Settings, TextIO, TextIO], int]


def cmd_build(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    """Build the fact table from the documents folder; exit 1 when a file was skipped."""
    paths = document_paths(settings.seeds_dir)
    if not settings.seeds_dir.is_dir():
        err.write(f"usrok build: {settings.seeds_dir} is not a folder\n")
        return EXIT_ERROR
    progress = None
    if len(paths) >= 200:
        from tqdm import tqdm  # only for big folders: most runs never pay for importing it

        progress = tqdm(total=len(paths), unit="doc", file=err)
    table = build_table(
        settings.seeds_dir,
        max_bytes=settings.max_document_bytes,
        on_progress=(lambda _p: progress.update(1)) if progress else None,
    )
    if progress:
        progress.close()
    for skipped in table.skipped:
        err.write(f"skipped {skipped.path}: {skipped.reason}\n")
    write_table(table, settings.facts_path)
    counts = table.counts()
    out.write(
        f"built {settings.facts_path}: {counts['documents']} documents, {counts['officials']} officials, "
        f"{counts['dates']} dates, {counts['pledges']} pledges, {counts['statistics']} statistics; "
        f"{len(table.skipped)} skipped\n"
    )
    return EXIT_SKIPPED if table.skipped else EXIT_OK


def cmd_facts(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    """Print the fact table, as text or JSON."""
    table = load_table(settings.facts_path)
    out.write(table_json(table) if args.format == "json" else render_table_text(table))
    return EXIT_OK


def cmd_ask(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    """Answer one question as /usrok would, as Slack would show it or as JSON."""
    answer = load_knowledge(settings).answer(" ".join(args.question))
    if args.format == "json":
        out.write(json.dumps(answer.as_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(preview(render_answer(answer, ephemeral=False)[1]) + "\n")
    return EXIT_OK


def cmd_shell(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    """The local console on stdin."""
    knowledge = load_knowledge(settings)
    if sys.stdin.isatty():
        import readline  # noqa: F401  (line editing and history at the prompt; only a terminal needs it)

    run_console(lambda: knowledge, sys.stdin, out, interactive=sys.stdin.isatty())
    return EXIT_OK


def cmd_serve(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    """Run the bot in Slack; without credentials, the local console instead."""
    configure_logging()
    if not settings.has_slack_credentials and args.http:
        err.write("usrok serve --http: SLACK_BOT_TOKEN is not set; see 'Connect to Slack' in the README\n")
        return EXIT_ERROR
    if not settings.has_slack_credentials:
        err.write(
            "usrok serve: no Slack credentials (SLACK_BOT_TOKEN is not set), so this is the local console; "
            "see 'Connect to Slack' in the README to run in Slack.\n"
        )
        return cmd_shell(args, settings, out, err)
    return serve(settings, http=args.http, scheduler=not args.no_scheduler, err=err)


def cmd_digest(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    """One scan of the documents folder and one post of what is new (``--once``)."""
    if not args.once:
        err.write(args.usage)
        err.write("usrok digest: add --once to scan and post one time; `usrok serve` runs the digest on its schedule\n")
        return EXIT_ERROR
    return digest_once(settings, out, err)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="usrok", description="The U.S.-ROK relationship bot.")
    sub = parser.add_subparsers(dest="command", required=True)

    build = sub.add_parser("build", help="build the fact table from a folder of documents")
    build.add_argument("--seeds", type=Path, help="documents folder (default: USROK_SEEDS_DIR or seeds/)")
    build.add_argument("--out", type=Path, help="where to write the table (default: USROK_FACTS or facts/seeds.json)")
    build.set_defaults(func=cmd_build)

    facts = sub.add_parser("facts", help="print the fact table")
    facts.add_argument("--facts", type=Path, help="fact table file")
    facts.add_argument("--format", choices=("json", "text"), default="text")
    facts.set_defaults(func=cmd_facts)

    ask = sub.add_parser("ask", help="answer one question, as /usrok would")
    ask.add_argument("--facts", type=Path, help="fact table file")
    ask.add_argument("--format", choices=("text", "json"), default="text")
    ask.add_argument("question", nargs="+")
    ask.set_defaults(func=cmd_ask)

    shell = sub.add_parser("shell", help="an interactive console: type what you would type after /usrok")
    shell.add_argument("--facts", type=Path, help="fact table file")
    shell.set_defaults(func=cmd_shell)

    serve = sub.add_parser("serve", help="run the bot (Socket Mode, HTTP, or the local console without credentials)")
    serve.add_argument("--http", action="store_true", help="serve Slack's HTTP requests (POST /slack/events)")
    serve.add_argument("--port", type=int, help="HTTP port (default: PORT or 3000)")
    serve.add_argument("--facts", type=Path, help="fact table file")
    serve.add_argument("--no-scheduler", action="store_true", help="do not watch the documents folder")
    serve.set_defaults(func=cmd_serve)

    digest = sub.add_parser("digest", help="scan the documents folder and post the digest of what is new")
    digest.add_argument("--once", action="store_true", help="one scan and post, then exit (the only mode)")
    digest.set_defaults(func=cmd_digest, usage=digest.format_usage())
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(
        os.environ,
        env_file=Path(os.environ.get(ENV_FILE_VARIABLE) or DEFAULT_ENV_FILE),
        facts_path=getattr(args, "facts", None) or getattr(args, "out", None),
        seeds_dir=getattr(args, "seeds", None),
        port=getattr(args, "port", None),
    )


def main(argv: Sequence[str] | None = None, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    args = _parser().parse_args(argv)
    command: Command = args.func
    try:
        return command(args, _settings(args), out, err)
    except (SettingsError, StartupError, ValueError) as exc:
        err.write(f"usrok {args.command}: {exc}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
