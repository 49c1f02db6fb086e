"""Block Kit rendering: the answer layout, escaping that hostile text cannot get around, Slack's size limits."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from bot.blocks import MAX_BLOCKS, PAGE_SIZE, escape, render_answer
from bot.digest_blocks import render_digest
from bot.help import help_blocks, welcome_blocks
from bot.home import home_view
from bot.modals import report_modal, source_modal
from bot.mrkdwn import to_terminal
from bot.values import button_value, parse_button_value, parse_feedback_value
from knowledge.answer.answers import Answer, AnswerItem, KnowledgeBase, SourceRef
from knowledge.models import DocumentFacts, DocumentInfo, FactTable, Pledge, Source
from tests.block_check import block_problems, view_problems

CONTROL = ("*", "_", "~", "`", "<", ">")


def _item(text: str, quote: str, *, kind: str = "pledge", score: float = 1.0, **source: object) -> AnswerItem:
    ref = SourceRef(**{"document": "d.txt", "title": "<!here> Title", "date": "2020-10-16", "quote": quote, **source})
    return AnswerItem(text=text, kind=kind, score=score, source=ref, label="pledges x")


def _texts(obj: object) -> list[str]:
    """Every mrkdwn text in blocks: what Slack parses for mentions and links (plain text and values it does not)."""
    if isinstance(obj, dict):
        own = [str(obj["text"])] if obj.get("type") == "mrkdwn" else []
        return own + [t for v in obj.values() for t in _texts(v)]
    return [t for v in obj for t in _texts(v)] if isinstance(obj, list) else []


def _shown(blocks: list[dict]) -> str:
    return json.dumps(blocks, ensure_ascii=False)


@given(st.text())
def test_escaped_text_has_no_control_characters_and_reads_back_as_written(text: str) -> None:
    escaped = escape(text)
    assert not any(c in escaped for c in CONTROL)
    # The look-alikes that stand in for * _ ~ ` read back as those characters, so a text that already held a
    # look-alike reads back with the character it stands for.
    written = text.translate(str.maketrans({"∗": "*", "ˍ": "_", "∼": "~", "ˋ": "`"}))
    assert to_terminal(escaped) == "\n".join(line.removeprefix(">") for line in written.split("\n")) or ">" in text


@given(st.text(max_size=3000), st.integers(min_value=0, max_value=10**6))
def test_button_values_round_trip_and_fit(query: str, page: int) -> None:
    value = button_value(query, page)
    assert len(value) <= 2000
    parsed, parsed_page = parse_button_value(value)
    assert query.startswith(parsed) and parsed_page == page


@given(st.text(max_size=200))
def test_malformed_button_values_read_as_empty(value: str) -> None:
    query, page = parse_button_value(value)
    assert isinstance(query, str) and page >= 0


def test_an_answer_is_a_headline_a_quote_with_the_answer_in_bold_and_a_linked_context_line() -> None:
    item = _item(
        "Kim Jina — Second Vice Foreign Minister, Ministry of Foreign Affairs (ROK)",
        "Second Vice Foreign Minister Kim Jina met them.",
        kind="official",
        highlight=(29, 37),
        url="https://example.org/a",
        document_id="doc1",
        start=120,
    )
    _, blocks = render_answer(Answer(query="who kim jina", intent="who", answers=(item,)))
    assert block_problems(blocks) == []
    first = blocks[0]
    assert first["text"]["text"] == (
        "*Kim Jina — Second Vice Foreign Minister (ROK)*\n>Second Vice Foreign Minister *Kim Jina* met them."
    )
    assert first["accessory"]["action_id"] == "usrok_source"
    assert json.loads(first["accessory"]["value"]) == {"d": "doc1", "s": 120}
    assert blocks[1]["elements"][0]["text"] == "<https://example.org/a|&lt;!here&gt; Title> · October 16, 2020"
    actions = [e["action_id"] for e in blocks[-1]["elements"]]
    assert actions == ["usrok_share", "usrok_feedback_up", "usrok_feedback_down", "usrok_report"]
    assert parse_feedback_value(blocks[-1]["elements"][1]["value"]) == (
        "who kim jina",
        "Kim Jina — Second Vice Foreign Minister (ROK)",
    )


def test_a_near_match_says_it_is_the_closest_match() -> None:
    item = _item("the ROK side", "The ROK side spoke.", kind="passage", score=0.55)
    _, blocks = render_answer(Answer(query="who spoke", intent="who", answers=(item,)))
    assert "Closest match" in blocks[0]["elements"][0]["text"]


S1 = "The U.S. hosted the fifth U.S.-ROK Senior Economic Dialogue, where the ROK pledged $1 billion in 5G networks."


def test_a_list_is_one_line_per_item_and_the_same_sentence_is_listed_once() -> None:
    same = {"document_id": "d", "start": 5}
    items = (
        _item(
            "October 13, 2020 — The U.S. hosted the fifth U.S.-ROK Senior Economic Dialogue", S1, kind="date", **same
        ),
        _item("ROK pledged $1 billion — in 5G networks", S1, **same),
        _item("ROK pledged $2 billion — in 6G networks", "$2 billion in 6G networks.", document_id="d", start=9),
    )
    _, blocks = render_answer(Answer(query="timeline", intent="timeline", answers=items, total=3))
    lines = blocks[0]["text"]["text"].split("\n")
    assert lines == [
        "• *October 13, 2020 — Fifth U.S.-ROK Senior Economic Dialogue*",
        "• *$2 billion — ROK, 6G networks*",
    ]
    assert "Title" in blocks[1]["elements"][0]["text"]  # one source: named once, under the list
    assert block_problems(blocks) == []


def test_markup_in_a_question_or_a_document_shows_as_written() -> None:
    item = _item("A *starred* _note_ ~x~ `code`", "A *starred* _note_ ~x~ `code`, he said.", title="The *real* `title`")
    text, blocks = render_answer(Answer(query="what *is* _this_", intent="search", answers=(item,)))
    shown = blocks[0]["text"]["text"]
    assert shown.count("*") == 2  # only the headline's own bold
    assert text == "A *starred* _note_ ~x~ `code` — The *real* `title`"  # notifications show text as written
    assert "_" not in shown and "~" not in shown and "`" not in shown
    assert to_terminal(shown) == "A *starred* _note_ ~x~ `code`\n│ A *starred* _note_ ~x~ `code`, he said."


def test_huge_answers_stay_within_slack_limits() -> None:
    items = tuple(
        _item("<!channel> " + "x" * 5000, "<@U1> " + "q " * 9000, start=i, document_id="d") for i in range(200)
    )
    answer = Answer(query="<!everyone> " * 300, intent="pledges", answers=items[:PAGE_SIZE], total=200)
    text, blocks = render_answer(answer)
    assert len(blocks) <= MAX_BLOCKS and block_problems(blocks) == []
    raw = " ".join(_texts(blocks))  # what Slack shows; button values are never shown nor parsed
    assert "<!channel>" not in raw and "<@U1>" not in raw and "<!here>" not in raw and "<!everyone>" not in raw
    assert "Showing 1–8 of 200" in raw and len(text) <= 3000


def _facts(n: int) -> DocumentFacts:
    doc = DocumentInfo(id=f"doc{n}", path=f"docs/file_{n}.txt", title=f"Document number {n} " + "word " * 40)
    pledges = tuple(
        Pledge(actor="ROK", amount_text=f"${k} million", what=f"in project {k} " + "more " * 30, sources=())
        for k in range(1, 9)
    )
    return DocumentFacts(document=doc, pledges=pledges)


def test_every_renderer_builds_blocks_slack_accepts(seed_table: FactTable) -> None:
    kb = KnowledgeBase(seed_table)
    passage = seed_table.passages[3]
    assert view_problems(source_modal(kb, passage.document, passage.start)) == []
    assert view_problems(report_modal("q " * 2000, "a " * 2000, "C1")) == []
    assert view_problems(home_view(kb, [f"C{i}" for i in range(80)], 1.7e9, [f"D{i}" for i in range(80)])) == []
    assert block_problems(help_blocks()) == [] and block_problems(welcome_blocks()) == []
    digest = render_digest([_facts(n) for n in range(60)], [])
    assert block_problems(digest["blocks"]) == []


def test_source_modal_shows_the_paragraph_with_the_sentence_in_bold(seed_table: FactTable) -> None:
    kb = KnowledgeBase(seed_table)
    answer = kb.answer("who Kim Jina")
    src = answer.answers[0].source
    assert src.document_id is not None and src.start is not None
    view = source_modal(kb, src.document_id, src.start)
    text = _shown(view["blocks"])
    assert view["title"]["text"] == "Source" and f"*{escape(src.quote)}*" in text
    assert Source  # the model the quote came from


HOSTILE = st.lists(st.sampled_from([*"ab *_~`<>&|!@#\n", "<!channel>", "<@U1>", "*x*", "word "]), max_size=120).map(
    "".join
)


@given(
    question=HOSTILE,
    texts=st.lists(st.tuples(HOSTILE, HOSTILE, HOSTILE), min_size=1, max_size=10),
    kind=st.sampled_from(["official", "date", "pledge", "statistic", "passage"]),
    total=st.integers(min_value=0, max_value=30),
)
def test_any_answer_renders_within_limits_and_hostile_text_never_formats_nor_pings(
    question: str, texts: list[tuple[str, str, str]], kind: str, total: int
) -> None:
    items = tuple(
        _item(text or "x", quote, kind=kind, title=title or "t", document_id="d", start=i, score=0.5 + (i % 2) / 2)
        for i, (text, quote, title) in enumerate(texts)
    )
    answer = Answer(query=question, intent="search", answers=items[:PAGE_SIZE], total=total)
    fallback, blocks = render_answer(answer)
    assert block_problems(blocks) == []
    for shown in _texts(blocks):
        assert "<!" not in shown and "<@" not in shown
    assert "<" not in fallback.replace("&lt;", "")


def test_view_source_of_a_sentence_or_document_that_is_gone_says_so(seed_table: FactTable) -> None:
    kb = KnowledgeBase(seed_table)
    assert "no longer in the fact table" in _shown(source_modal(kb, "no-such-document", 0)["blocks"])
    doc = seed_table.documents[0].id
    assert "the document has changed" in _shown(source_modal(kb, doc, 10**9)["blocks"])
