"""The digest message: what a scan brought in, per document, within Slack's limits."""

from __future__ import annotations

from typing import Any

from bot.blocks import MAX_BLOCKS, Block, context, escape, section
from knowledge.answer.phrasing import human_date
from knowledge.answer.render_text import money
from knowledge.models import DocumentFacts, SkippedFile

PER_LIST = 6


def _listing(label: str, lines: list[str]) -> str:
    if not lines:
        return ""
    shown = lines[:PER_LIST]
    more = f"\n   …and {len(lines) - PER_LIST} more" if len(lines) > PER_LIST else ""
    return f"\n*{label}*\n" + "\n".join(f"• {escape(line)}" for line in shown) + more


def document_section(facts: DocumentFacts) -> Block:
    doc = facts.document
    when = human_date(doc.date) if doc.date else "undated"
    officials = [f"{o.name} — {o.title}" for o in facts.officials]
    dates = [f"{human_date(d.date)} — {d.event[:120]}" for d in facts.dates]
    pledges = [
        f"{p.actor}: {money(p.amount_text, p.amount_usd) + ' — ' if p.amount_text else ''}{p.what[:120]}"
        for p in sorted(facts.pledges, key=lambda p: -(p.amount_usd or 0))
    ]  # the money first
    text = (
        f"*{escape(doc.title)}* ({when})\n_Source: {escape(doc.path)}_"
        + _listing("Officials", officials)
        + _listing("Dates", dates)
        + _listing("Pledges", pledges)
    )
    return section(text)


def render_digest(new: list[DocumentFacts], unreadable: list[SkippedFile]) -> dict[str, Any]:
    """The message for one scan: ``{"text": ..., "blocks": [...]}``, ready for chat.postMessage."""
    count = len(new)
    header = (
        f"{count} new document{'s' if count != 1 else ''} in the U.S.–ROK fact table"
        if count
        else "Documents that could not be read"
    )
    blocks: list[Block] = [{"type": "header", "text": {"type": "plain_text", "text": header[:150]}}]
    room = MAX_BLOCKS - 3  # header, the unreadable-files context, a possible 'more' line
    for facts in new[: room - 1]:
        blocks.append(document_section(facts))
        blocks.append({"type": "divider"})
    if count > room - 1:
        blocks.append(context(f"…and {count - (room - 1)} more documents: ask `/usrok sources`."))
    if unreadable:
        lines = "\n".join(f"Could not read {escape(s.path)}: {escape(s.reason)}" for s in unreadable[:20])
        blocks.append(context(lines))
    titles = ", ".join(escape(f.document.title) for f in new[:5])  # the fallback text is mrkdwn too
    text = f"{header}: {titles}" if count else f"{len(unreadable)} document(s) could not be read"
    return {"text": text[:3000], "blocks": blocks[:MAX_BLOCKS]}
