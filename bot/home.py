"""The App Home tab: what usrok knows, how to ask (with examples that work on the current table), and the
workspace's digest subscriptions with buttons to change them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    ContextBlock,
    ConversationFilter,
    ConversationSelectElement,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)
from slack_sdk.models.views import View

from bot.blocks import Block, button, dump
from bot.digest_blocks import is_caption
from bot.ids import ACTION_HOME_SUBSCRIBE, ACTION_HOME_UNSUBSCRIBE
from bot.mrkdwn import code, link
from knowledge.answer.answers import KnowledgeBase
from knowledge.answer.phrasing import clip_words, fact_label, human_date, named_event, tidy

LATEST = 5
RECENT_DOCUMENTS = 20  # examples come from the newest documents' facts
NOT_RECENT = 10**9
MAX_SUBSCRIPTIONS_SHOWN = 40  # a view holds 100 blocks


def _section(text: str, accessory: Any = None) -> Block:
    return dump(SectionBlock(text=MarkdownTextObject(text=text), accessory=accessory))


def _header(text: str) -> Block:
    return dump(HeaderBlock(text=PlainTextObject(text=text)))


def _utc(when: float) -> str:
    return datetime.fromtimestamp(when, UTC).strftime("%Y-%m-%d %H:%M UTC")


def working_examples(kb: KnowledgeBase, limit: int = 4) -> list[str]:
    """Questions the current table answers, one of each kind where it can: the newest official, an event's
    date, a side's pledges, a year's timeline. Each is asked before it is shown."""
    recent_ids = [d.id for d in sorted(kb.table.documents, key=lambda d: d.date or "", reverse=True)]
    rank = {doc_id: i for i, doc_id in enumerate(recent_ids[:RECENT_DOCUMENTS])}  # a large table is not scanned

    def newest(facts: Sequence[Any]) -> list[Any]:
        ranked = [
            (min((rank.get(s.document, NOT_RECENT) for s in f.sources), default=NOT_RECENT), i)
            for i, f in enumerate(facts)
        ]
        return [facts[i] for r, i in sorted(ranked) if r < NOT_RECENT]

    recent_dates = newest(kb.table.dates)
    busiest = Counter(d.date[:4] for d in recent_dates if d.date[:4].isdigit()).most_common(1)
    events = [
        d for d in recent_dates if d.precision == "day" and not is_caption(d) and named_event(tidy(d.event)) is not None
    ]
    people = [o for o in kb.table.officials if len(o.name.split()) >= 2 and o.country in ("US", "ROK")]
    kinds = [
        [f"who is {o.name}" for o in newest(people)[:3]],
        [fact_label(d) for d in newest(events)[:3]],
        [f"pledges {p.actor}" for p in newest([p for p in kb.table.pledges if p.amount_text])[:3]],
        [f"timeline {year}" for year, _ in busiest],
    ]
    chosen: list[str] = []
    for candidates in kinds:
        for question in candidates:
            answer = kb.answer(question, limit=1)
            if answer.answers and answer.answers[0].score >= kb.min_confidence and question not in chosen:
                chosen.append(question)
                break
    return chosen[:limit]


def home_view(
    kb: KnowledgeBase, subscriptions: Sequence[str], updated_at: float | None = None, fixed: Sequence[str] = ()
) -> dict[str, Any]:
    """The home tab, ready for views.publish; ``updated_at`` is when this table was loaded (a Unix time), ``fixed``
    the channels USROK_DIGEST_CHANNELS names (they get the digest whatever is subscribed here)."""
    counts = kb.table.counts()
    recent = sorted(kb.table.documents, key=lambda d: d.date or "", reverse=True)
    latest = recent[0].date if recent and recent[0].date else None
    known = (
        f"*{counts['documents']} documents* · {counts['officials']} officials · {counts['dates']} dates · "
        f"{counts['pledges']} pledges · {counts['statistics']} figure{'' if counts['statistics'] == 1 else 's'}"
        + (
            f"\nLast updated <!date^{int(updated_at)}^{{date_short_pretty}} at {{time}}|{_utc(updated_at)}>."
            if updated_at
            else ""
        )
        + (f" The newest document is dated {human_date(latest)}." if latest else "")
    )
    lines = [
        f"• {link(d.url, clip_words(d.title, 150))} · {human_date(d.date) if d.date else 'undated'}"
        for d in recent[:LATEST]
    ]
    blocks: list[Block] = [
        _header("What usrok knows"),
        _section(known),
        _section("*Latest documents*\n" + ("\n".join(lines) or "None yet.")),
        dump(DividerBlock()),
        _header("How to ask"),
        _section(
            "Type `/usrok` and a question anywhere, mention `@usrok` in a channel it is in, or message it here. "
            "For example:\n" + "\n".join(f"• {code('/usrok ' + q)}" for q in working_examples(kb))
        ),
        dump(ContextBlock(elements=[MarkdownTextObject(text="`/usrok help` lists every command.")])),
        dump(DividerBlock()),
        _header("Digest subscriptions"),
    ]
    if fixed:
        channels = ", ".join(f"<#{c}>" for c in fixed[:MAX_SUBSCRIPTIONS_SHOWN])
        blocks.append(_section(f"{channels} (set in USROK_DIGEST_CHANNELS)"))
    if subscriptions:
        for channel in subscriptions[:MAX_SUBSCRIPTIONS_SHOWN]:
            blocks.append(_section(f"<#{channel}>", button("Unsubscribe", ACTION_HOME_UNSUBSCRIBE, channel)))
        if len(subscriptions) > MAX_SUBSCRIPTIONS_SHOWN:
            more = len(subscriptions) - MAX_SUBSCRIPTIONS_SHOWN
            blocks.append(dump(ContextBlock(elements=[MarkdownTextObject(text=f"…and {more} more channels.")])))
    elif not fixed:
        blocks.append(_section("No channel gets the digest yet."))
    picker = ConversationSelectElement(
        placeholder="Subscribe a channel…",
        action_id=ACTION_HOME_SUBSCRIBE,
        filter=ConversationFilter(include=["public", "private"], exclude_bot_users=True),
    )
    blocks.append(dump(ActionsBlock(elements=[picker])))
    blocks.append(
        dump(
            ContextBlock(
                elements=[MarkdownTextObject(text="A subscribed channel gets a digest when new documents arrive.")]
            )
        )
    )
    return View(type="home", blocks=blocks).to_dict()
