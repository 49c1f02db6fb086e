"""The ``usrok`` command: build, facts, ask, shell, serve, digest.

Settings are read here, once, and passed down. Every failure a user can cause
(a missing table, a bad setting, an unreadable document) ends in one clear line
on stderr and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from bot.settings import Settings, SettingsError, load_settings
from knowledge.build import build_table, document_paths, load_table, write_table
from knowledge.models import FactTable

EXIT_OK, EXIT_SKIPPED, EXIT_ERROR = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="usrok", description="The U.S.-ROK relationship bot.")
    sub = parser.add_subparsers(dest="command", required=True)

    build = sub.add_parser("build", help="build the fact table from a folder of documents")
    build.add_argument("--seeds", type=Path, help="documents folder (default: USROK_SEEDS_DIR or seeds/)")
    build.add_argument("--out", type=Path, help="where to write the table (default: USROK_FACTS or facts/seeds.json)")

    facts = sub.add_parser("facts", help="print the fact table")
    facts.add_argument("--facts", type=Path, help="fact table file")
    facts.add_argument("--format", choices=("json", "text"), default="text")

    ask = sub.add_parser("ask", help="answer one question, as /usrok would")
    ask.add_argument("--facts", type=Path, help="fact table file")
    ask.add_argument("--format", choices=("text", "json"), default="text")
    ask.add_argument("question", nargs="+")

    shell = sub.add_parser("shell", help="an interactive console: type what you would type after /usrok")
    shell.add_argument("--facts", type=Path, help="fact table file")

    serve = sub.add_parser("serve", help="run the bot (Socket Mode, HTTP, or the local console without credentials)")
    serve.add_argument("--http", action="store_true", help="serve Slack's HTTP requests (POST /slack/events)")
    serve.add_argument("--port", type=int, help="HTTP port (default: PORT or 3000)")
    serve.add_argument("--facts", type=Path, help="fact table file")
    serve.add_argument("--no-scheduler", action="store_true", help="do not watch the documents folder")

    digest = sub.add_parser("digest", help="scan the documents folder and post the digest of what is new")
    digest.add_argument("--once", action="store_true", required=True, help="one scan and post, then exit")
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(
        os.environ,
        facts_path=getattr(args, "facts", None) or getattr(args, "out", None),
        seeds_dir=getattr(args, "seeds", None),
        port=getattr(args, "port", None),
    )


def load_facts(settings: Settings) -> FactTable:
    """The live table when the worker has published one, else the configured (committed) table."""
    path = settings.live_facts_path if settings.live_facts_path.exists() else settings.facts_path
    return load_table(path)


def cmd_build(settings: Settings, out: TextIO, err: TextIO) -> int:
    paths = document_paths(settings.seeds_dir)
    if not settings.seeds_dir.is_dir():
        err.write(f"usrok build: {settings.seeds_dir} is not a folder\n")
        return EXIT_ERROR
    progress = None
    if len(paths) >= 200:
        from tqdm import tqdm

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


def cmd_facts(settings: Settings, fmt: str, out: TextIO) -> int:
    from knowledge.answer.render_text import render_table_text
    from knowledge.build import table_json

    table = load_table(settings.facts_path)
    out.write(table_json(table) if fmt == "json" else render_table_text(table))
    return EXIT_OK


def main(argv: Sequence[str] | None = None, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = _settings(args)
        if args.command == "build":
            return cmd_build(settings, out, err)
        if args.command == "facts":
            return cmd_facts(settings, args.format, out)
        from bot import commands

        return commands.run(args, settings, out, err)
    except (SettingsError, ValueError) as exc:
        err.write(f"usrok {args.command}: {exc}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
