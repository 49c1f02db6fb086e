"""The README shows real output: each `usrok ask` in it prints what the README says, and so does its digest."""

from __future__ import annotations

import io
import json
import re
import shlex

import pytest

from bot.cli import main
from bot.digest_blocks import render_digest
from bot.terminal import preview
from knowledge.build import extract_files
from knowledge.models import SkippedFile
from tests.conftest import COMMITTED_TABLE, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
SHOWN = re.findall(r"^\$ \.venv/bin/usrok (ask [^\n]+)\n(.*?)(?=^\$ |^```)", README, re.M | re.S)


@pytest.mark.parametrize(("command", "output"), SHOWN, ids=[c for c, _ in SHOWN])
def test_each_answer_in_the_readme_is_what_usrok_prints(command: str, output: str) -> None:
    args = shlex.split(command)
    out = io.StringIO()
    main([args[0], "--facts", str(COMMITTED_TABLE), *args[1:]], out=out)
    assert out.getvalue().strip() == output.strip()


def test_the_digest_in_the_readme_is_what_usrok_posts() -> None:
    shown = README.split("```text\n1 NEW DOCUMENT")[1].split("```")[0]
    facts = extract_files([ROOT / "tests" / "documents" / "fact_sheet_seventh_sed.txt"], root=ROOT).facts
    message = render_digest(list(facts), [SkippedFile(path="docs/scan_0042.pdf.txt", reason="binary file")])
    assert preview(message["blocks"]).strip() == ("1 NEW DOCUMENT" + shown).strip()


def test_the_readme_shows_at_least_an_answer_and_a_list() -> None:
    assert len(SHOWN) >= 4


def test_the_block_kit_in_the_readme_is_what_usrok_sends() -> None:
    shown = json.loads(README.split("```json\n", 1)[1].split("```", 1)[0])
    out = io.StringIO()
    main(["ask", "--facts", str(COMMITTED_TABLE), "--format", "blocks", "who is Kim Jina"], out=out)
    assert json.loads(out.getvalue()) == shown
