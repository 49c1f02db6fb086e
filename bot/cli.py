"""The ``usrok`` command: build, facts, ask, shell, serve, digest, feedback; one function per command.

Settings are read here, once (flags, the environment, ``.env``), and passed down. Every
failure a user can cause (a missing table, a bad setting, an unreadable document) ends in
one clear line on stderr and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import shlex
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TextIO

from bot.blocks import PAGE_SIZE, render_answer
from bot.console import run_console
from bot.help import help_blocks
from bot.loading import load_knowledge
from bot.logs import configure_logging
from bot.replies import with_document_links
from bot.settings import Settings, SettingsError, StartupError, load_settings
from bot.terminal import preview
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
    """Answer one question as /usrok would: as a reader sees it in Slack, or as JSON."""
    kb = load_knowledge(settings, args.facts)
    page = max(args.page, 1) - 1
    answer = with_document_links(kb.answer(" ".join(args.question), offset=page * PAGE_SIZE, limit=PAGE_SIZE), kb)
    if args.format == "json":
        out.write(json.dumps(answer.as_json(), ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    if args.format == "blocks":  # the Block Kit /usrok would send (ephemeral, with Share)
        fallback, blocks = render_answer(answer, page=page, ephemeral=True, usage=help_blocks)
        out.write(json.dumps({"text": fallback, "blocks": blocks}, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    blocks = render_answer(answer, page=page, ephemeral=False, usage=partial(help_blocks, in_slack=False))[1]
    hint = f"usrok ask --page {page + 2} " + shlex.quote(" ".join(args.question))
    out.write(preview(blocks, color=_color(out), more_hint=hint) + "\n")
    return EXIT_OK


def cmd_feedback(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    """List the feedback given on answers (👍, 👎 and 'Report a problem' in Slack), newest first, from the state
    database the bot writes (USROK_DB, or state/usrok.db)."""
    default_db = settings.state_dir / "usrok.db"
    if settings.db_url is None and not default_db.exists():  # reading must not leave an empty database behind
        out.write("[]\n" if args.format == "json" else f"No feedback yet (no state database at {default_db}).\n")
        return EXIT_OK
    from bot.state import StateStore  # start-up: only this command needs the database layer (SQLAlchemy)

    entries = StateStore(settings.database_url).list_feedback("problem" if args.problems else None, args.limit)
    if args.format == "json":
        out.write(json.dumps([e._asdict() for e in entries], ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    if not entries:
        out.write("No feedback yet.\n" if not args.problems else "No problem reports yet.\n")
    else:
        counts = Counter(e.verdict for e in entries)
        tally = f"{counts['up']} 👍 · {counts['down']} 👎 · {counts['problem']} problem report(s)"
        out.write(f"{len(entries)} newest: {tally}\n\n")
    for e in entries:
        when = datetime.fromtimestamp(e.created_at, UTC).strftime("%Y-%m-%d %H:%M UTC")
        mark = {"up": "👍", "down": "👎", "problem": "⚠ problem"}.get(e.verdict, e.verdict)
        where = f" in {e.channel}" if e.channel else ""
        out.write(f"{when}  {mark}  {e.user_id}{where}\n  asked: {e.question}\n  answered: {e.answer}\n")
        if e.comment:
            out.write(f"  comment: {e.comment}\n")
    return EXIT_OK


def cmd_shell(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    """The console: the bot in this terminal. Type what you would type after /usrok; follow-up questions keep the
    subject as a Slack thread does, 'more' shows the next page of a list, Ctrl-D or 'quit' ends."""
    knowledge = load_knowledge(settings, getattr(args, "facts", None))
    if sys.stdin.isatty():
        import readline  # noqa: F401  (line editing and history at the prompt; only a terminal needs it)

    run_console(lambda: knowledge, sys.stdin, out, interactive=sys.stdin.isatty(), color=_color(out))
    return EXIT_OK


def cmd_serve(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    """Run the bot in Slack: Socket Mode with the digest scheduler (the worker), or HTTP with --http (the web
    process). Without SLACK_BOT_TOKEN it opens the console instead."""
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
    from bot.runtime import serve  # start-up: only the processes load Bolt, the scheduler and the database layer

    return serve(settings, http=args.http, scheduler=not args.no_scheduler, err=err)


def cmd_digest(args: argparse.Namespace, settings: Settings, out: TextIO, err: TextIO) -> int:
    """Scan the documents folder once, ingest what is new and post the digest to the subscribed channels, then
    exit: 0 when it did its job (an unreadable file is reported, not a failure), 1 when a digest is still pending.
    --once is accepted and changes nothing ('usrok serve' scans on a schedule). 'usrok digest pending' lists the
    digests not posted; 'usrok digest resend' sends again one that is unconfirmed (it may be in the channel and
    the history could not be read to tell) or that the channel refused, once you have checked the channel."""
    if args.action is None:
        from bot.runtime import digest_once  # start-up: as for serve

        return digest_once(settings, out, err)
    default_db = settings.state_dir / "usrok.db"
    if settings.db_url is None and not default_db.exists():  # looking must not leave an empty database behind
        err.write(f"usrok digest {args.action}: no state database at {default_db} (set USROK_DB?)\n")
        return EXIT_ERROR
    from bot.digest_admin import list_pending, resend  # start-up: as for feedback, only the database layer
    from bot.state import StateStore

    store = StateStore(settings.database_url)
    if args.action == "pending":
        return list_pending(store, out, limit=args.limit, as_json=args.format == "json")
    return resend(store, args.row_ids, all_unconfirmed=args.all_unconfirmed, out=out, err=err)


def _color(out: TextIO) -> bool:
    """Bold and italics in a terminal; plain text into a pipe or a file (and when NO_COLOR is set)."""
    return hasattr(out, "isatty") and out.isatty() and not os.environ.get("NO_COLOR")


def _examples(*lines: str) -> str:
    return "examples:\n" + "\n".join(f"  {line}" for line in lines)


def _command(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str, func: Command, summary: str, *examples: str
) -> argparse.ArgumentParser:
    """A subcommand whose --help says what it does (its function's docstring) and shows examples."""
    parser = sub.add_parser(
        name,
        help=summary,
        description=inspect.cleandoc(func.__doc__ or summary),
        epilog=_examples(*examples),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(func=func)
    return parser


def _facts_flag(
    parser: argparse.ArgumentParser,
    says: str = "answer from this fact table file (default: the live table, else USROK_FACTS)",
) -> None:
    parser.add_argument("--facts", type=Path, metavar="FILE", help=says)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="usrok",
        description="usrok knows the U.S.-Republic of Korea relationship: officials, dates and pledges, each with "
        "the document and sentence it came from. In Slack it answers /usrok, mentions and direct messages; here it "
        "builds its fact table, answers questions and runs the bot.",
        epilog=_examples(
            'usrok ask "who is the deputy secretary of commerce"',
            "usrok shell                      # the console: type what you would type after /usrok",
            "usrok serve                      # in Slack with SLACK_BOT_TOKEN set, else the console",
            "usrok build && usrok facts",
            "usrok <command> --help           # each command's options and examples",
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = _command(
        sub,
        "build",
        cmd_build,
        "build the fact table from a folder of documents",
        "usrok build",
        "usrok build --seeds ~/docs --out /tmp/facts.json",
    )
    build.add_argument(
        "--seeds", type=Path, metavar="DIR", help="documents folder (default: USROK_SEEDS_DIR or seeds/)"
    )
    build.add_argument("--out", type=Path, metavar="FILE", help="where to write the table (default: USROK_FACTS)")

    facts = _command(
        sub,
        "facts",
        cmd_facts,
        "print the fact table",
        "usrok facts",
        "usrok facts --format json --facts /tmp/facts.json",
    )
    _facts_flag(facts, "print this fact table file (default: USROK_FACTS)")
    facts.add_argument("--format", choices=("text", "json"), default="text", help="text (default) or json")

    ask = _command(
        sub,
        "ask",
        cmd_ask,
        "answer one question, as /usrok would",
        'usrok ask "who is Kim Jina"',
        'usrok ask "timeline 2020"',
        'usrok ask --page 2 "timeline 2020"',
        'usrok ask --format json "pledges 2.5bn"',
        'usrok ask --format blocks "who is Kim Jina"   # the Block Kit JSON Slack gets',
        'usrok ask --facts /tmp/facts.json "when was the 5th SED"',
    )
    _facts_flag(ask)
    ask.add_argument(
        "--format",
        choices=("text", "json", "blocks"),
        default="text",
        help="text as a reader sees it, the answer as json, or the Block Kit message /usrok sends",
    )
    ask.add_argument("--page", type=int, default=1, metavar="N", help="page N of a long list (8 to a page)")
    ask.add_argument("question", nargs="+", help="what you would type after /usrok")

    shell = _command(
        sub,
        "shell",
        cmd_shell,
        "the console: type what you would type after /usrok",
        "usrok shell",
        "echo 'who is Kim Jina' | usrok shell",
    )
    _facts_flag(shell)

    serve = _command(
        sub,
        "serve",
        cmd_serve,
        "run the bot in Slack (Socket Mode, or HTTP with --http)",
        "usrok serve                    # the worker: Socket Mode and the digest scheduler",
        "usrok serve --http --port 3000 # the web process: POST /slack/events, GET /healthz",
    )
    serve.add_argument("--http", action="store_true", help="serve Slack's HTTP requests (POST /slack/events)")
    serve.add_argument("--port", type=int, help="HTTP port (default: PORT or 3000)")
    _facts_flag(serve, "the table to start from when the worker has published none (default: USROK_FACTS)")
    serve.add_argument("--no-scheduler", action="store_true", help="do not watch the documents folder")

    digest = _command(
        sub,
        "digest",
        cmd_digest,
        "scan the documents folder once and post the digest of what is new",
        "usrok digest          # for cron: exit 0 when done, 1 when a digest is still pending",
        "usrok digest --once   # the same ('usrok serve' runs it on a schedule)",
        "usrok digest pending  # the digests not posted: unconfirmed, refused by the channel, or waiting",
        "usrok digest resend 12            # send row 12 again, once (after checking its channel)",
        "usrok digest resend --all-unconfirmed",
    )
    digest.add_argument("--once", action="store_true", help="one scan and post, then exit (the default)")
    actions = digest.add_subparsers(dest="action", metavar="ACTION")
    pending = actions.add_parser("pending", help="list the digests not posted, newest first")
    pending.add_argument("--limit", type=int, default=50, metavar="N", help="at most N rows (default 50)")
    pending.add_argument("--format", choices=("text", "json"), default="text", help="text (default) or json")
    again = actions.add_parser("resend", help="queue unconfirmed or refused digests to be posted once more")
    again.add_argument("row_ids", type=int, nargs="*", metavar="ROW_ID", help="rows shown by 'usrok digest pending'")
    again.add_argument("--all-unconfirmed", action="store_true", help="every unconfirmed row")

    feedback = _command(
        sub,
        "feedback",
        cmd_feedback,
        "list the feedback given on answers, newest first",
        "usrok feedback",
        "usrok feedback --problems",
        "usrok feedback --format json --limit 500",
    )
    feedback.add_argument("--problems", action="store_true", help="only 'Report a problem' entries")
    feedback.add_argument("--limit", type=int, default=50, metavar="N", help="at most N entries (default 50)")
    feedback.add_argument("--format", choices=("text", "json"), default="text", help="text (default) or json")
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
