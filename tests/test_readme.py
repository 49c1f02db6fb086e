"""The README shows real output: each `usrok ask` in it, its digest and its Block Kit are what usrok prints.

`python -m tests.readme_tool` rewrites them after a change; these tests say when that is needed.
"""

from __future__ import annotations

import json
import re
import shlex

import pytest

from tests.conftest import ROOT
from tests.readme_tool import BLOCKS_QUESTION, ask, digest_text, rewrite

README = (ROOT / "README.md").read_text(encoding="utf-8")
SHOWN = re.findall(r"^\$ \.venv/bin/usrok (ask [^\n]+)\n(.*?)(?=^\$ |^```)", README, re.M | re.S)


@pytest.mark.parametrize(("command", "output"), SHOWN, ids=[c for c, _ in SHOWN])
def test_each_answer_in_the_readme_is_what_usrok_prints(command: str, output: str) -> None:
    assert ask(*shlex.split(command)).strip() == output.strip()


def test_the_digest_in_the_readme_is_what_usrok_posts() -> None:
    shown = README.split("```text\n1 NEW DOCUMENT")[1].split("```")[0]
    assert digest_text().strip() == ("1 NEW DOCUMENT" + shown).strip()


def test_the_block_kit_in_the_readme_is_what_usrok_sends() -> None:
    shown = json.loads(README.split("```json\n", 1)[1].split("```", 1)[0])
    assert json.loads(ask("ask", "--format", "blocks", BLOCKS_QUESTION)) == shown


def test_the_readme_shows_at_least_an_answer_and_a_list_and_the_tool_changes_nothing_now() -> None:
    assert len(SHOWN) >= 4
    assert rewrite(README) == README
