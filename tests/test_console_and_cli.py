"""The console and `usrok ask` read like conversations with the bot (errbot's test backend idea)."""

from __future__ import annotations

import ast
import io
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import knowledge
from bot.cli import main
from bot.console import Console, run_console
from bot.replies import answer_blocks
from knowledge.answer.answers import KnowledgeBase
from tests.conftest import COMMITTED_TABLE, ROOT

NO_DOTENV = {"USROK_ENV_FILE": os.devnull}  # a developer's .env (real tokens) must not reach these runs


@pytest.fixture()
def bot(seed_table) -> Console:
    kb = KnowledgeBase(seed_table)
    return Console(lambda: kb)


def test_who_finds_an_official_by_name_with_a_typo(bot: Console) -> None:
    reply = bot.ask("who is kim jinna")
    assert reply.startswith("Kim Jina — Second Vice Foreign Minister (ROK)\n")
    assert "\n  Korean, U.S. officials discuss cooperation" in reply  # the source, under the quote


def test_an_answer_quotes_its_sentence(bot: Console) -> None:
    reply = bot.ask("when was the 5th SED")
    assert reply.startswith("October 13, 2020 — Fifth U.S.-ROK Senior Economic Dialogue\n")
    assert "│ The U.S. Department of State hosted the fifth" in reply
    assert "*" not in reply and ">" not in reply  # terminal text, not mrkdwn


def test_a_follow_up_without_subject_uses_the_previous_question(bot: Console) -> None:
    assert "Lee Tae-ho" in bot.ask("who is lee tae-ho")
    assert "October 13, 2020" in bot.ask("and when was that?")


def test_out_of_scope_questions_abstain_with_suggestions(bot: Console) -> None:
    reply = bot.ask("who is the president of france")
    assert "That is not in the fact table." in reply
    assert "Did you mean:" in reply


def test_help_and_empty_input_show_usage(bot: Console) -> None:
    assert "who <name | title | organisation> — an official" in bot.ask("help")
    assert "pledges [actor | topic | amount]" in bot.ask("")
    assert "subscribe — this channel gets a digest when new documents arrive (in a Slack channel)" in bot.ask("help")


def test_mention_text_is_answered_like_a_command(bot: Console) -> None:
    assert "Don Graves" in bot.ask("<@U0BOT> who is don graves")


def test_slack_only_commands_say_so(bot: Console) -> None:
    assert "works in a Slack channel" in bot.ask("subscribe")


def test_long_lists_page(bot: Console) -> None:
    reply = bot.ask("pledges both")
    assert "Showing 1–8 of" in reply and "more: type 'more' for the next page" in reply
    assert "Showing 9–16 of" in bot.ask("more")
    assert "Showing 17–24 of" in bot.ask("more")
    bot.ask("who Kim Jina")
    assert bot.ask("more").startswith("Nothing more to show")


def test_run_console_reads_lines_until_eof(seed_table) -> None:
    kb = KnowledgeBase(seed_table)
    out = io.StringIO()
    run_console(lambda: kb, io.StringIO("who Kim Jina\nquit\nwho Don Graves\n"), out, interactive=False)
    assert "Kim Jina" in out.getvalue() and "Don Graves" not in out.getvalue()


def test_ask_json_has_the_documented_shape() -> None:
    out = io.StringIO()
    assert main(["ask", "--facts", str(COMMITTED_TABLE), "--format", "json", "pledges 2.5bn"], out=out) == 0
    data = json.loads(out.getvalue())
    assert data["query"] == "pledges 2.5bn" and data["intent"] == "pledges"
    assert data["answers"][0]["kind"] == "pledge"
    assert data["answers"][0]["source"].keys() == {"document", "title", "date", "quote", "url"}
    assert data["suggestions"] == []


def test_ask_json_abstains_with_empty_answers() -> None:
    out = io.StringIO()
    main(["ask", "--facts", str(COMMITTED_TABLE), "--format", "json", "who is Emmanuel Macron"], out=out)
    assert json.loads(out.getvalue())["answers"] == []


def test_ask_runs_from_a_cold_start_as_a_real_process() -> None:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "ask", "who Kim Jina"], cwd=ROOT, capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 0, result.stderr
    assert "Kim Jina" in result.stdout
    print(f"cold start: {time.perf_counter() - started:.2f} s")


def test_serve_without_credentials_runs_the_console(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "USROK_STATE_DIR": str(tmp_path), **NO_DOTENV}
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "serve"],
        cwd=ROOT,
        env=env,
        input="who Don Graves\n",
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    assert "no Slack credentials" in result.stderr and "Don Graves" in result.stdout


def test_a_malformed_setting_is_one_line(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "USROK_SCAN_INTERVAL": "soon", **NO_DOTENV}
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "ask", "x"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "USROK_SCAN_INTERVAL" in result.stderr


def test_knowledge_never_imports_slack_or_the_scheduler() -> None:
    for path in (ROOT / "knowledge").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else ([node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            )
            for name in names:
                assert not name.startswith(("slack_bolt", "slack_sdk", "apscheduler", "bot")), (path, name)


def test_knowledge_public_namespace_is_explicit() -> None:
    assert sorted(knowledge.__all__) == knowledge.__all__
    for name in knowledge.__all__:
        assert getattr(knowledge, name) is not None


def test_when_documents_disagree_both_answers_are_shown_with_their_sources(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Allies hold ninth economic dialogue\nPublished: 04 May. 2023, 10:00\n\n"
        "The 9th Senior Economic Dialogue was held in Seoul on May 3, 2023, with officials from both governments.\n"
    )
    (tmp_path / "b.txt").write_text(
        "U.S. and ROK review economic ties\nMay 10, 2023\n\n"
        "The United States and the ROK held the 9th Senior Economic Dialogue in Seoul on May 4, 2023.\n"
    )
    answer = KnowledgeBase(knowledge.build_table(tmp_path)).answer("when was the ninth SED")
    assert answer.note == "The documents disagree; both are shown with their sources."
    assert sorted((a.text.split(" — ")[0], a.source.title) for a in answer.answers) == [
        ("May 3, 2023", "Allies hold ninth economic dialogue"),
        ("May 4, 2023", "U.S. and ROK review economic ties"),
    ]


@pytest.mark.parametrize(
    ("args", "env", "says"),
    [
        (["serve", "--http"], {"SLACK_BOT_TOKEN": "xoxb-1"}, "SLACK_SIGNING_SECRET is not set"),
        (["serve"], {"SLACK_BOT_TOKEN": "xoxb-1"}, "set SLACK_APP_TOKEN for Socket Mode"),
        (["digest", "--once"], {}, "SLACK_BOT_TOKEN is not set"),
        (["ask", "x"], {"SLACK_API_URL": "ftp://nope"}, "SLACK_API_URL"),
        (["ask", "x"], {"PORT": "99999"}, "PORT"),
    ],
)
def test_missing_or_malformed_settings_are_one_clear_line(
    tmp_path: Path, args: list[str], env: dict[str, str], says: str
) -> None:
    full_env = {"PATH": "/usr/bin:/bin", "USROK_STATE_DIR": str(tmp_path), **NO_DOTENV, **env}
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", *args], cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and says in result.stderr
    assert "xoxb-1" not in result.stderr + result.stdout


@pytest.mark.parametrize("command", ["build", "facts", "ask", "shell", "serve", "digest", "feedback"])
def test_every_command_has_a_description_and_examples_in_its_help(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    shown = capsys.readouterr().out
    description = shown.split("\n\n")[1]
    assert len(description.split()) >= 6, description
    assert f"examples:\n  usrok {command}" in shown


def test_digest_once_is_an_optional_flag(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["digest", "--help"])
    assert "usage: usrok digest [-h] [--once]" in capsys.readouterr().out


def test_ask_pages_a_long_list() -> None:
    first, second = io.StringIO(), io.StringIO()
    main(["ask", "--facts", str(COMMITTED_TABLE), "pledges both"], out=first)
    main(["ask", "--facts", str(COMMITTED_TABLE), "--page", "2", "pledges both"], out=second)
    assert "Showing 1–8 of" in first.getvalue() and "usrok ask --page 2 'pledges both'" in first.getvalue()
    assert "Showing 9–16 of" in second.getvalue()


def test_ask_with_facts_answers_from_that_file_even_when_a_live_table_exists(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(
        "Allies name an envoy\nMay 10, 2023\n\nAmbassador Jane Placeholder will lead the new dialogue.\n"
    )
    mine = tmp_path / "mine.json"
    assert main(["build", "--seeds", str(tmp_path / "docs"), "--out", str(mine)], out=io.StringIO()) == 0
    state = tmp_path / "state"
    state.mkdir()
    shutil.copy(COMMITTED_TABLE, state / "facts.json")  # a live table the worker published
    env = {"PATH": "/usr/bin:/bin", "USROK_STATE_DIR": str(state), **NO_DOTENV}
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "ask", "--facts", str(mine), "sources"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    assert "Allies name an envoy" in result.stdout and "Korean, U.S. officials" not in result.stdout


def test_on_a_terminal_the_headline_and_the_answering_words_are_bold(seed_table) -> None:
    kb = KnowledgeBase(seed_table)
    reply = Console(lambda: kb, color=True).ask("who Kim Jina")
    headline, quote = reply.split("\n")[:2]
    assert headline == "\033[1mKim Jina — Second Vice Foreign Minister (ROK)\033[0m"
    assert (
        quote
        == "│ Second Vice Foreign Minister \033[1mKim Jina\033[0m speaks to the press at Incheon International Airport "
        "on Oct. 18."
    )


def test_a_documents_link_is_on_its_title_in_answers_and_in_the_list_of_sources(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Allies name an envoy\nMay 10, 2023\nSource: https://example.org/envoy\n\n"
        "Ambassador Jane Placeholder will lead the new dialogue.\n"
    )
    kb = KnowledgeBase(knowledge.build_table(tmp_path))
    _, blocks, _ = answer_blocks(kb, "sources", ephemeral=True)
    assert blocks[0]["text"]["text"] == "• *<https://example.org/envoy|Allies name an envoy>* · May 10, 2023"
    reply = Console(lambda: kb).ask("who is Jane Placeholder")
    assert reply.endswith("Allies name an envoy (https://example.org/envoy) · May 10, 2023")


def test_a_suggestion_is_asked_by_typing_its_number(bot: Console) -> None:
    reply = bot.ask("who is the us commerce secretary")
    assert "[1] Who is Don Graves?" in reply
    assert bot.ask("1").startswith("Don Graves — Deputy Secretary of Commerce (U.S.)")


def test_source_shows_the_paragraph_an_answer_comes_from(bot: Console) -> None:
    listed = bot.ask("timeline 2020")
    assert listed.split("\n")[1] == "2. August 12, 2020 — Seventh U.S.-ROK Energy Security Dialogue"
    paragraph = bot.ask("source 2")
    assert paragraph.startswith("U.S. and ROK Advance Economic Cooperation at the 5th Senior Economic Dialogue\n")
    assert "The discussion reinforced the role energy cooperation plays" in paragraph
    bot.ask("who Kim Jina")
    assert "speaks to the press at Incheon International Airport" in bot.ask("source")
    assert bot.ask("source 5").startswith("No such answer")
