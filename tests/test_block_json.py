"""bot.block_json: the same JSON as slack_sdk's ``to_dict`` for everything usrok renders, and the same refusals."""

from __future__ import annotations

from typing import Any

import pytest
from slack_sdk.errors import SlackObjectFormationError
from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    MarkdownTextObject,
    Option,
    PlainTextObject,
    SectionBlock,
    StaticSelectElement,
)

from bot.block_json import block_json
from bot.blocks import PAGE_SIZE, render_answer
from bot.digest_blocks import render_digest
from bot.help import help_blocks, welcome_blocks
from bot.replies import with_document_links
from knowledge.answer.answers import KnowledgeBase
from knowledge.extract.document_facts import extract_document
from knowledge.extract.documents import read_document
from knowledge.models import FactTable, SkippedFile
from tests.conftest import SEEDS
from tests.question_corpus import load_cases


def _everything_rendered(table: FactTable) -> list[dict[str, Any]]:
    """Every block of the answers to the whole question corpus (ephemeral and shared, two pages), help, the
    welcome, and a digest of the seed documents with an unreadable file."""
    kb = KnowledgeBase(table)
    blocks: list[dict[str, Any]] = [*help_blocks(), *welcome_blocks()]
    for question in [*(c.q for c in load_cases()), "help", "sources", "timeline 2020"]:
        for page in (0, 1):
            answer = with_document_links(kb.answer(question, offset=page * PAGE_SIZE, limit=PAGE_SIZE), kb)
            for ephemeral in (True, False):
                shared_by = None if ephemeral else "U1"
                blocks += render_answer(answer, page=page, ephemeral=ephemeral, shared_by=shared_by)[1]
    facts = [extract_document(read_document(path)) for path in sorted(SEEDS.glob("*.txt"))]
    blocks += render_digest(facts, [SkippedFile(path="docs/scan.pdf.txt", reason="binary file")])["blocks"]
    return blocks


def test_block_json_is_to_dict_for_every_block_usrok_renders(seed_table: FactTable) -> None:
    rendered = _everything_rendered(seed_table)
    kinds = {b["type"] for b in rendered}
    assert {"section", "context", "actions", "header"} <= kinds and len(rendered) > 500
    differing = []
    for block in rendered:
        parsed = Block.parse(block)
        assert parsed is not None
        if not (block_json(parsed) == parsed.to_dict() == block):
            differing.append(block)
    assert differing == []


def test_a_select_menu_and_its_options_come_out_as_to_dict_makes_them() -> None:
    menu = StaticSelectElement(
        placeholder=PlainTextObject(text="View a source"),
        action_id="usrok_source_pick",
        options=[Option(text=PlainTextObject(text=f"Fact {i}"), value=str(i)) for i in range(3)],
    )
    block = ActionsBlock(elements=[menu, ButtonElement(text="👍", action_id="up", value="{}")])
    assert block_json(block) == block.to_dict()


@pytest.mark.parametrize(
    "broken",
    [
        SectionBlock(text=MarkdownTextObject(text="x" * 3001)),
        ActionsBlock(elements=[ButtonElement(text="b" * 76, action_id="a", value="v")]),
        ActionsBlock(elements=[ButtonElement(text="b", action_id="a", value="v" * 2001)]),
        ActionsBlock(elements=[ButtonElement(text="b", action_id=f"a{i}", value="v") for i in range(26)]),
        ContextBlock(elements=[MarkdownTextObject(text="c") for _ in range(11)]),
    ],
    ids=["section-text", "button-label", "button-value", "too-many-elements", "too-many-context-elements"],
)
def test_a_block_slack_would_refuse_still_fails_where_it_is_built(broken: Block) -> None:
    with pytest.raises(SlackObjectFormationError):
        broken.to_dict()
    with pytest.raises(SlackObjectFormationError):
        block_json(broken)
