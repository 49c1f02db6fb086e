"""The digest as a reader sees it: titles with links, dates in order, no captions, each line once, its buttons,
and Slack's limits kept whatever the number of new documents (60 at once: every one counted)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.digest_blocks import render_digest
from bot.ids import ACTION_ASK_DOCUMENT, ACTION_UNSUBSCRIBE
from bot.knowledge_holder import KnowledgeHolder
from bot.settings import load_settings
from bot.terminal import preview
from knowledge.answer.answers import KnowledgeBase
from knowledge.models import DateFact, DocumentFacts, DocumentInfo, Pledge, SkippedFile, Source
from tests.block_check import block_problems
from tests.digest_world import FakeClock, World, settle
from tests.fake_slack import FakeSlack
from tests.slack_harness import SECRET


def _source(quote: str) -> tuple[Source, ...]:
    return (Source(document="doc1", quote=quote, start=0, end=len(quote)),)


CAPTION = "Second Vice Foreign Minister Kim Jina speaks to the press at Incheon International Airport on Oct. 18."
PLEDGE = "Seoul committed to investing $150 billion in the U.S. shipbuilding sector in 2025."


def _document() -> DocumentFacts:
    doc = DocumentInfo(
        id="doc1",
        path="docs/joint_statement_2025.txt",
        title="Allies sign *shipbuilding* deal",
        date="2025-11-14",
        url="https://example.org/deal",
    )
    dates = (
        DateFact(
            date="2025-12-10",
            precision="day",
            event="The 10th Senior Economic Dialogue was held in Washington",
            sources=_source("The 10th Senior Economic Dialogue was held in Washington on December 10, 2025."),
        ),
        DateFact(
            date="2025-10-18",
            precision="day",
            event="Second Vice Foreign Minister Kim Jina speaks to the press",
            sources=_source(CAPTION),
        ),
        DateFact(
            date="2025-03-05",
            precision="day",
            event="The 9th Senior Economic Dialogue was held in Seoul",
            sources=_source("The 9th Senior Economic Dialogue was held in Seoul on March 5, 2025."),
        ),
        DateFact(
            date="2025", precision="year", event="Seoul committed to investing $150 billion", sources=_source(PLEDGE)
        ),
    )
    pledges = (
        Pledge(
            actor="ROK", amount_text="$150 billion", what="in the U.S. shipbuilding sector", sources=_source(PLEDGE)
        ),
        Pledge(
            actor="ROK", amount_text="$150 billion", what="in the U.S. shipbuilding sector", sources=_source(PLEDGE)
        ),
    )
    return DocumentFacts(document=doc, dates=dates, pledges=pledges)


def test_a_document_reads_as_title_with_link_dates_in_order_without_captions_each_line_once() -> None:
    message = render_digest([_document()], [SkippedFile(path="docs/bad_file_name.txt", reason="binary file")])
    assert block_problems(message["blocks"]) == []
    section = message["blocks"][1]
    assert section["text"]["text"].startswith(
        "*<https://example.org/deal|Allies sign ∗shipbuilding∗ deal>* · November 14, 2025"
    )
    assert section["accessory"]["action_id"] == ACTION_ASK_DOCUMENT
    assert json.loads(section["accessory"]["value"])["d"] == "doc1"
    assert (
        preview(message["blocks"]).split("\n")[1:]
        == [
            "Allies sign *shipbuilding* deal (https://example.org/deal) · November 14, 2025",
            "Dates",
            "• March 5, 2025 — 9th Senior Economic Dialogue, Seoul",
            "• December 10, 2025 — 10th Senior Economic Dialogue, Washington",
            "Pledges",
            "• $150 billion — ROK, U.S. shipbuilding",
            "  Could not read docs/bad_file_name.txt: binary file",
            "",
        ][:-1]
    )
    assert message["blocks"][-1]["elements"][0]["action_id"] == ACTION_UNSUBSCRIBE
    assert "joint_statement_2025" not in json.dumps(message)  # titles, not file names


def _many(n: int) -> list[DocumentFacts]:
    return [
        DocumentFacts(
            document=DocumentInfo(
                id=f"d{i}", path=f"docs/d{i}.txt", title=f"Document {i}: " + "long title words " * 12
            ),
            pledges=tuple(
                Pledge(actor="ROK", amount_text=f"${k} million", what=f"for project {k} " + "and more " * 20)
                for k in range(1, 9)
            ),
        )
        for i in range(n)
    ]


def test_sixty_new_documents_stay_within_slack_limits_and_every_one_is_counted() -> None:
    message = render_digest(_many(60), [SkippedFile(path="docs/broken.txt", reason="binary file")])
    blocks = message["blocks"]
    assert block_problems(blocks) == [] and len(blocks) <= 50
    assert len(json.dumps(blocks, ensure_ascii=False)) < 16_000
    assert message["text"].startswith("60 new documents")
    shown = sum(1 for b in blocks if (b.get("accessory") or {}).get("action_id") == ACTION_ASK_DOCUMENT)
    more = next(
        b["elements"][0]["text"] for b in blocks if b["type"] == "context" and "more:" in b["elements"][0]["text"]
    )
    assert more.startswith(f"…and {60 - shown} more: Document {shown}:")
    assert "Could not read `docs/broken.txt`: binary file" in json.dumps(blocks)


@pytest.fixture()
def world(tmp_path: Path, seed_table, retry_waits: list[float]) -> Iterator[World]:
    """An empty documents folder watched by the digest, posting to C1 and C2 on the fake Web API."""
    folder = tmp_path / "docs"
    folder.mkdir()
    fake = FakeSlack().start()
    settings = load_settings(
        {"USROK_DIGEST_CHANNELS": "C1,C2"},
        slack_bot_token="xoxb-test",
        slack_signing_secret=SECRET,
        slack_api_url=fake.url,
        state_dir=tmp_path / "state",
        seeds_dir=folder,
    )
    holder = KnowledgeHolder(KnowledgeBase(seed_table))
    yield World(folder, settings, fake, FakeClock(2_000_000_000.0), holder, retry_waits)
    fake.stop()


def test_sixty_new_documents_at_once_are_posted_within_slack_limits(world: World) -> None:
    world.service().run_once()
    for i in range(60):
        path = world.folder / f"new_{i:02d}.txt"
        path.write_text(
            f"Allies hold dialogue number {i}\nMarch {1 + i % 28}, 2024\n\n"
            f"The {i + 1}th Senior Economic Dialogue was held in Seoul on March {1 + i % 28}, 2024. "
            f"The ROK committed ${i + 1} million to shipbuilding cooperation.\n",
            encoding="utf-8",
        )
        settle(path, world.clock.now - 60)
    (world.folder / "broken.txt").write_bytes(b"\x00\x01binary")
    settle(world.folder / "broken.txt", world.clock.now - 60)
    report = world.service().run_once()
    assert len(report.ingested) == 60 and report.posted == 2
    message = world.digests("C1")[0]
    assert message["text"].startswith("60 new documents")
    blocks = json.dumps(message["blocks"], ensure_ascii=False)
    assert "Could not read `docs/broken.txt`" in blocks and "more: Allies hold dialogue number" in blocks
    assert world.fake.invalid == []


def test_pledges_of_one_sentence_are_each_listed_and_a_date_read_from_a_pledges_sentence_is_not() -> None:
    quote = "Seoul committed $350 billion in U.S. industries: $150 billion for shipbuilding and $200 billion in a fund."
    pledges = tuple(
        Pledge(actor="ROK", amount_text=f"${n} billion", amount_usd=n * 10**9, what=what, sources=_source(quote))
        for n, what in ((350, "in U.S. industries"), (150, "for shipbuilding"), (200, "in a fund"))
    )
    dated = DateFact(date="2025", precision="year", event="Seoul committed $350 billion", sources=_source(quote))
    doc = DocumentFacts(document=DocumentInfo(id="d", path="d.txt", title="Deal"), pledges=pledges, dates=(dated,))
    lines = preview(render_digest([doc], [])["blocks"]).split("\n")
    assert [line for line in lines if line.startswith("•")] == [
        "• $350 billion — ROK, U.S. industries",
        "• $200 billion — ROK, a fund",
        "• $150 billion — ROK, for shipbuilding",
    ]


HOSTILE = st.lists(
    st.sampled_from([*"ab *_~`<>&|\n", "<!channel>", "<@U1>", "*x*", "word ", "$5 million "]), max_size=80
).map("".join)


@given(
    titles=st.lists(HOSTILE, min_size=1, max_size=70),
    what=HOSTILE,
    event=HOSTILE,
    reason=HOSTILE,
)
@settings(max_examples=25, deadline=None)
def test_any_digest_stays_within_limits_and_hostile_text_never_formats_nor_pings(
    titles: list[str], what: str, event: str, reason: str
) -> None:
    docs = [
        DocumentFacts(
            document=DocumentInfo(id=f"d{i}", path=f"docs/{title[:20]}.txt", title=title or "t"),
            pledges=(Pledge(actor="ROK", amount_text="$5 million", what=what or "x", sources=_source(what)),),
            dates=(DateFact(date="2024-01-02", precision="day", event=event or "x", sources=_source(event)),),
        )
        for i, title in enumerate(titles)
    ]
    message = render_digest(docs, [SkippedFile(path="docs/<!here>_x.txt", reason=reason or "r")])
    assert block_problems(message["blocks"]) == []
    for block in message["blocks"]:
        for text in _mrkdwn(block):
            assert "<!" not in text and "<@" not in text
    assert message["text"].startswith(f"{len(docs)} new document")


def _mrkdwn(obj: object) -> list[str]:
    if isinstance(obj, dict):
        own = [str(obj["text"])] if obj.get("type") == "mrkdwn" else []
        return own + [t for v in obj.values() for t in _mrkdwn(v)]
    return [t for v in obj for t in _mrkdwn(v)] if isinstance(obj, list) else []
