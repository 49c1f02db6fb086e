"""Modals, built with ``slack_sdk.models.views``: the paragraph behind an answer, a problem report, a question
about one document and its answer."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from slack_sdk.models.blocks import (
    ContextBlock,
    InputBlock,
    MarkdownTextObject,
    PlainTextInputElement,
    SectionBlock,
)
from slack_sdk.models.views import View

from bot.blocks import MAX_SECTION, Block, dump
from bot.ids import QUESTION_BLOCK, QUESTION_INPUT, REPORT_BLOCK, REPORT_INPUT, VIEW_ASK_DOCUMENT, VIEW_REPORT
from bot.mrkdwn import bold, code, escape, italic, link
from bot.values import pack
from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.phrasing import clip_words, fact_label, human_date, named_event, tidy

ViewJson = dict[str, Any]


def _view(view: View) -> ViewJson:
    return view.to_dict()  # validated against Slack's limits (title 24 characters, 100 blocks, …)


def _sections(text: str) -> list[Block]:
    """Long mrkdwn in sections of at most 3,000 characters, split between words."""
    blocks = []
    while text:
        cut = len(text) if len(text) <= MAX_SECTION else text.rfind(" ", 0, MAX_SECTION - 10)
        cut = cut if cut > 0 else MAX_SECTION - 10
        blocks.append(dump(SectionBlock(text=MarkdownTextObject(text=text[:cut]))))
        text = text[cut:].lstrip()
    return blocks[:90]


def _sentence_at(kb: KnowledgeBase, document_id: str, start: int) -> str:
    passages = kb.table.passages
    return next((passages.text(i) for i in passages.of_document(document_id) if passages[i].start == start), "")


def source_modal(kb: KnowledgeBase, document_id: str, start: int) -> ViewJson:
    """'View source': the document's title, date and link, and the paragraph around the sentence (in bold)."""
    doc = kb.table.document(document_id)
    sentence = _sentence_at(kb, document_id, start)
    paragraph = kb.paragraph(document_id, start) or sentence
    if doc is None or not paragraph:
        gone = (
            "That document is no longer in the fact table."
            if doc is None
            else ("That sentence is no longer in the fact table: the document has changed since the answer was given.")
        )
        body = [dump(SectionBlock(text=MarkdownTextObject(text=gone)))]
        return _view(View(type="modal", title="Source", close="Close", blocks=body))
    when = human_date(doc.date) if doc.date else "undated"
    at = paragraph.find(sentence) if sentence else -1
    if at >= 0:
        text = escape(paragraph[:at]) + bold(sentence) + escape(paragraph[at + len(sentence) :])
    else:
        text = escape(paragraph)
    blocks = [
        dump(SectionBlock(text=MarkdownTextObject(text=f"*{link(doc.url, clip_words(doc.title, 500))}*\n{when}"))),
        *_sections(text),
        dump(ContextBlock(elements=[MarkdownTextObject(text="The paragraph around the quoted sentence (in bold).")])),
    ]
    return _view(View(type="modal", title="Source", close="Close", blocks=blocks))


def report_modal(question: str, answer: str, channel: str | None) -> ViewJson:
    """'Report a problem': what was asked and answered, and a box for what is wrong."""
    metadata = {"q": clip_words(question, 600), "a": clip_words(answer, 1200), "c": channel}
    blocks = [
        dump(
            SectionBlock(
                text=MarkdownTextObject(
                    text=f"You asked: {italic(clip_words(question, 600))}\n"
                    f"usrok answered: {escape(clip_words(answer, 1200))}"
                )
            )
        ),
        dump(
            InputBlock(
                block_id=REPORT_BLOCK,
                label="What is wrong with this answer?",
                element=PlainTextInputElement(
                    action_id=REPORT_INPUT,
                    multiline=True,
                    max_length=2000,
                    placeholder="e.g. the date is from another meeting; the right one is …",
                ),
            )
        ),
    ]
    return _view(
        View(
            type="modal",
            callback_id=VIEW_REPORT,
            title="Report a problem",
            submit="Send",
            close="Cancel",
            private_metadata=pack(metadata),
            blocks=blocks,
        )
    )


def document_questions(kb: KnowledgeBase, document_id: str, limit: int = 3) -> list[str]:
    """Questions the document answers, to suggest in its modal: who its officials are, when its named events were;
    each is asked first, and kept only when the answer comes from this document.

    >>> from knowledge.models import FactTable
    >>> document_questions(KnowledgeBase(FactTable()), "d")
    []
    """
    table = kb.table
    people = [f"who is {o.name}" for o in table.officials if any(s.document == document_id for s in o.sources)]
    events = [
        fact_label(d)
        for d in table.dates
        if any(s.document == document_id for s in d.sources) and named_event(tidy(d.event)) is not None
    ]
    doc = table.document(document_id)
    chosen: list[str] = []
    for question in dict.fromkeys([*people[:2], *events[:1], *people[2:4], *events[1:3]]):
        answer = kb.answer(question, limit=1)
        if doc is not None and answer.answers and answer.answers[0].source.document == doc.path:
            chosen.append(question)
        if len(chosen) == limit:
            break
    return chosen


def ask_document_modal(document_id: str, title: str, channel: str | None, examples: Sequence[str] = ()) -> ViewJson:
    """'Ask about this document' (from a digest): a question box, answered in the modal; ``examples`` are shown
    as questions to try."""
    metadata = pack({"d": document_id, "t": clip_words(title, 1000), "c": channel})
    blocks = [
        dump(SectionBlock(text=MarkdownTextObject(text=f"Ask about {bold(clip_words(title, 1000))}"))),
        *(
            [dump(ContextBlock(elements=[MarkdownTextObject(text="Try: " + " · ".join(code(q) for q in examples))]))]
            if examples
            else []
        ),
        dump(
            InputBlock(
                block_id=QUESTION_BLOCK,
                label="Your question",
                element=PlainTextInputElement(
                    action_id=QUESTION_INPUT, max_length=500, placeholder="e.g. who led the delegations?"
                ),
            )
        ),
    ]
    return _view(
        View(
            type="modal",
            callback_id=VIEW_ASK_DOCUMENT,
            title="Ask about a document",
            submit="Ask",
            close="Close",
            private_metadata=metadata,
            blocks=blocks,
        )
    )


def answer_modal(blocks: list[Block]) -> ViewJson:
    """An answer shown in a modal: its buttons left out (they act on messages), the rest as in a message."""
    shown = [b for b in blocks if b["type"] != "actions"]
    shown = [{k: v for k, v in b.items() if k != "accessory"} for b in shown][:99]
    note = "Ask with `/usrok` in a channel to share an answer or give feedback on it."
    shown.append(dump(ContextBlock(elements=[MarkdownTextObject(text=note)])))
    return _view(View(type="modal", title="usrok", close="Close", blocks=shown))


def metadata_of(view: dict[str, Any]) -> dict[str, Any]:
    """The JSON a modal carries in ``private_metadata``; anything else reads as empty.

    >>> metadata_of({"private_metadata": '{"c": "C1"}'}), metadata_of({"private_metadata": "x"})
    ({'c': 'C1'}, {})
    """
    try:
        data = json.loads(view.get("private_metadata") or "{}")
        return data if isinstance(data, dict) else {}
    except ValueError:
        return {}


def input_value(view: dict[str, Any], block_id: str, action_id: str) -> str:
    """What was typed into one input of a submitted modal."""
    value = view.get("state", {}).get("values", {}).get(block_id, {}).get(action_id, {}).get("value")
    return str(value or "").strip()
