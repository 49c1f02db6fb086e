"""Block Kit rendering of answers, built with ``slack_sdk.models.blocks`` so Slack's limits are checked.

An answer reads top down: the fact in a few words (bold), the sentence it came from once, as a quote with the
answering words in bold, then a context line with the document's title (linked when it has a URL) and date.
A near match says so ('Closest match'). Lists are one line per item. Every answer carries 'View source',
👍 / 👎 and 'Report a problem'. Every string from a user or a document goes through ``mrkdwn.escape``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    ButtonElement,
    ContextBlock,
    MarkdownTextObject,
    Option,
    PlainTextObject,
    SectionBlock,
    StaticSelectElement,
)
from slack_sdk.models.blocks import Block as SdkBlock

from bot.block_json import block_json
from bot.ids import (
    ACTION_HELPFUL,
    ACTION_MORE,
    ACTION_REPORT,
    ACTION_SHARE,
    ACTION_SOURCE,
    ACTION_SOURCE_PICK,
    ACTION_SUGGEST,
    ACTION_WRONG,
)
from bot.mrkdwn import bold, escape, italic, link, quote_with_highlight
from bot.values import button_value, feedback_value, source_value
from knowledge.answer.answers import NOT_IN_TABLE, Answer, AnswerItem
from knowledge.answer.phrasing import clip_words, headline, human_date, named_event
from knowledge.answer.ranking import MIN_CONFIDENCE

__all__ = ["button", "context", "escape", "render_answer", "render_error", "render_notice", "section"]

Block = dict[str, Any]
MAX_BLOCKS = 50
MAX_SECTION = 3000
PAGE_SIZE = 8
QUOTE_CHARS = 1500  # a quoted sentence longer than this is shown in part ('View source' has all of it)
NEAR_MATCH = "Closest match — not a sure answer; check the source"


def dump(block: SdkBlock) -> Block:
    """The block as Slack's JSON, validated against Slack's limits by slack_sdk's validators (raises when broken);
    ``block_json`` is ``to_dict`` without its repeated walks."""
    return block_json(block)


def section(text: str) -> Block:
    """A section of mrkdwn (already escaped), cut to Slack's 3,000 characters.

    >>> section("*Hi*")
    {'text': {'text': '*Hi*', 'type': 'mrkdwn'}, 'type': 'section'}
    """
    return dump(SectionBlock(text=MarkdownTextObject(text=_fit(text))))


def context(text: str) -> Block:
    """A context line of mrkdwn (already escaped): the small grey text under an answer."""
    return dump(ContextBlock(elements=[MarkdownTextObject(text=_fit(text))]))


def button(text: str, action_id: str, value: str, style: str | None = None) -> ButtonElement:
    """A button whose label is cut at a word to Slack's 75 characters.

    >>> button("More (3)", "usrok_more", "{}").to_dict()["text"]["text"]
    'More (3)'
    """
    return ButtonElement(
        text=PlainTextObject(text=clip_words(text, 75), emoji=True), action_id=action_id, value=value, style=style
    )


def _fit(text: str, limit: int = MAX_SECTION) -> str:
    """mrkdwn cut to Slack's limit at a line, else at a word (never inside an escape like ``&amp;``).

    Slack refuses a text object with nothing to show, so a blank one shows an ellipsis."""
    if not text.strip(" *_~>\n"):
        return "…"
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    at = cut.rfind("\n")
    if at < limit // 2:
        at = cut.rfind(" ")
    return cut[: max(at, 0)] + "…"


def item_headline(item: AnswerItem) -> str:
    """The headline of an answer item: its fact in a few words (``phrasing.headline``)."""
    return headline(item.text, item.kind, item.source.quote)


def context_line(item: AnswerItem) -> str:
    """'<link|Title> · October 16, 2020': where the answer was read."""
    when = human_date(item.source.date) if item.source.date else "undated"
    return f"{link(item.source.url, clip_words(item.source.title, 150))} · {when}"


def _near(item: AnswerItem, sure_above: float) -> bool:
    """Below the ranking's bar an answer is a near match, even where USROK_MIN_CONFIDENCE lets it through."""
    return item.score < sure_above


def item_blocks(item: AnswerItem, *, sure_above: float) -> list[Block]:
    """One answer: the fact, the quote with the answering words in bold, where it was read."""
    blocks: list[Block] = []
    if _near(item, sure_above):
        blocks.append(context(f"❔ {NEAR_MATCH}"))
    text = bold(item_headline(item)) or "(no text)"  # Slack refuses an empty section
    quote = item.source.quote
    if quote.strip():
        shown = quote if len(quote) <= QUOTE_CHARS else clip_words(quote, QUOTE_CHARS)
        highlight = item.source.highlight if shown == quote else None
        text += "\n" + quote_with_highlight(shown, highlight)
    accessory = None
    value = source_value(item)
    if value is not None:
        accessory = button("View source", ACTION_SOURCE, value)
    blocks.append(dump(SectionBlock(text=MarkdownTextObject(text=_fit(text)), accessory=accessory)))
    blocks.append(context(context_line(item)))
    return blocks


def list_line(item: AnswerItem, *, sure_above: float, with_source: bool = True) -> str:
    """One item of a list: '• *headline* · <link|Title>' (a document: its title and date)."""
    near = " _(closest match)_" if _near(item, sure_above) else ""
    if item.kind == "document":
        when = human_date(item.source.date) if item.source.date else "undated"
        return (
            f"• {bold(item.source.title)} · {when}"
            if not item.source.url
            else f"• *{link(item.source.url, item.source.title)}* · {when}"
        )
    source = f" · {link(item.source.url, clip_words(item.source.title, 50))}" if with_source else ""
    return f"• {bold(headline(item.text, item.kind, item.source.quote, brief=True))}{near}{source}"


def list_blocks(items: list[AnswerItem], *, sure_above: float) -> list[Block]:
    """One scannable line per item, in as few sections as Slack's 3,000 characters allow; the source on each
    line when the page has several, else once below."""
    blocks: list[Block] = []
    chunk: list[str] = []
    one_source = len({i.source.document for i in items}) == 1 and items[0].kind != "document"
    for line in (list_line(i, sure_above=sure_above, with_source=not one_source) for i in items):
        if chunk and len("\n".join([*chunk, line])) > MAX_SECTION:
            blocks.append(section("\n".join(chunk)))
            chunk = []
        chunk.append(line)
    if chunk:
        blocks.append(section("\n".join(chunk)))
    if one_source:
        blocks.append(context(context_line(items[0])))
    return blocks


def _source_menu(items: list[AnswerItem]) -> StaticSelectElement | None:
    options: list[Option] = []
    for item in items:
        value = source_value(item)
        if value is not None and value not in {o.value for o in options}:
            options.append(Option(text=PlainTextObject(text=clip_words(item_headline(item), 75)), value=value))
    if not options:
        return None
    return StaticSelectElement(
        placeholder=PlainTextObject(text="View a source"), action_id=ACTION_SOURCE_PICK, options=options[:100]
    )


def distinct(items: tuple[AnswerItem, ...]) -> list[AnswerItem]:
    """Items without repeats: one sentence read as a date and as a pledge is one fact to a reader, so the later
    of the two goes; several pledges of one sentence ($350 billion, of which $150 billion …) all stay."""
    shown: dict[tuple[str | None, int | None, str], set[str]] = {}
    kept: list[AnswerItem] = []
    for item in items:
        key = (item.source.document_id, item.source.start, item.source.quote)
        kinds = shown.setdefault(key, set()) if item.source.quote else set()
        if kinds and (item.kind not in kinds or item_headline(item) in {item_headline(k) for k in kept}):
            continue
        kinds.add(item.kind)
        kept.append(item)
    return kept


def is_list(answer: Answer) -> bool:
    """Whether an answer reads as a list (a line per item) rather than one or two answers with their quotes."""
    return (
        answer.intent in ("timeline", "sources")
        or len(answer.answers) > 2
        or max(answer.total, len(answer.answers)) > len(answer.answers)
    )


def feedback_buttons(answer: Answer) -> list[ButtonElement]:
    """👍, 👎 and 'Report a problem', each carrying the question and what was answered."""
    value = feedback_value(answer)
    return [
        button("👍", ACTION_HELPFUL, value),
        button("👎", ACTION_WRONG, value),
        button("Report a problem", ACTION_REPORT, value),
    ]


def fallback_text(answer: Answer) -> str:
    """The plain ``text`` of the message, for notifications and screen readers."""
    if answer.usage is not None:
        return "usrok: how to ask"
    if not answer.answers:
        return escape(answer.note or NOT_IN_TABLE)
    first = answer.answers[0]
    more = f" (+{len(answer.answers) - 1} more)" if len(answer.answers) > 1 else ""
    said = f"{item_headline(first)}{more} — {first.source.title}"
    # Notifications show this as plain text, so only what could ping or link is escaped.
    return clip_words(said, 3000).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def suggestion_text(label: str) -> str:
    """A 'did you mean' label as a reader's question, not command syntax.

    >>> suggestion_text("who Don Graves"), suggestion_text("when fifth Senior Economic Dialogue")
    ('Who is Don Graves?', 'When was the fifth Senior Economic Dialogue?')
    >>> suggestion_text("when Kim Jina speaks to the press")
    'When: Kim Jina speaks to the press'
    """
    word, _, rest = label.partition(" ")
    rest = rest.strip()
    if word == "who" and rest:
        return f"Who is {rest}?"
    if word == "when" and rest:
        named = named_event(rest)
        if named is not None and named[0] == rest:  # the name of an event: ask for its date
            return f"When was {'the ' if rest[:1].islower() else ''}{rest}?"
        return f"When: {rest}"
    if word == "pledges" and rest:
        return f"Pledges: {rest}"
    if word == "search" and rest:
        return rest
    return label


def _abstention(answer: Answer) -> list[Block]:
    blocks = [section(f"{escape(answer.note or NOT_IN_TABLE)} (asked: {italic(answer.query)})")]
    if answer.suggestions:
        blocks.append(context("Did you mean:"))
        buttons = [
            button(suggestion_text(s), f"{ACTION_SUGGEST}_{i}", button_value(s))
            for i, s in enumerate(answer.suggestions[:3])
        ]
        blocks.append(dump(ActionsBlock(elements=buttons)))
    # 'Not in the table' can be wrong too: the document may say it in words usrok did not match.
    blocks.append(dump(ActionsBlock(elements=feedback_buttons(answer))))
    return blocks


def render_answer(
    answer: Answer,
    *,
    page: int = 0,
    ephemeral: bool = True,
    shared_by: str | None = None,
    sure_above: float = MIN_CONFIDENCE,
    usage: Callable[[], list[Block]] | None = None,
) -> tuple[str, list[Block]]:
    """(fallback text, blocks) for an answer; page ``page`` of a long list. ``usage`` builds what help shows.

    >>> render_answer(Answer(query="x", intent="who", note=NOT_IN_TABLE))[0]
    'That is not in the fact table.'
    """
    blocks: list[Block] = []
    if shared_by:
        blocks.append(context(f"<@{shared_by}> shared an answer to: {italic(answer.query)}"))
    if answer.usage is not None:
        return fallback_text(answer), blocks + (usage() if usage else [section(escape(answer.usage))])
    if not answer.answers:
        return fallback_text(answer), blocks + _abstention(answer)
    if answer.note:
        blocks.append(context(escape(answer.note)))
    items = distinct(answer.answers[:PAGE_SIZE])
    elements: list[Any] = []
    if is_list(answer):
        blocks.extend(list_blocks(items, sure_above=sure_above))
        menu = _source_menu(items)
        if menu is not None:
            elements.append(menu)
    else:
        for item in items:
            blocks.extend(item_blocks(item, sure_above=sure_above))
    total = max(answer.total, len(answer.answers))
    shown_to = answer.offset + len(answer.answers[:PAGE_SIZE])
    if total > shown_to:
        blocks.append(context(f"Showing {answer.offset + 1}–{shown_to} of {total}."))
        elements.append(button(f"More ({total - shown_to})", ACTION_MORE, button_value(answer.query, page + 1)))
    if ephemeral:
        elements.append(button("Share in channel", ACTION_SHARE, button_value(answer.query, page), "primary"))
    elements.extend(feedback_buttons(answer))
    blocks.append(dump(ActionsBlock(elements=elements)))
    assert len(blocks) <= MAX_BLOCKS
    return fallback_text(answer), blocks


def render_error(message: str) -> tuple[str, list[Block]]:
    """A short, friendly message for something the user can fix; never a stack trace."""
    return message, [section(escape(message))]


def render_notice(mrkdwn: str) -> tuple[str, list[Block]]:
    """A message the bot wrote itself, with its own formatting (no user or document text in it)."""
    return mrkdwn.replace("*", "").replace("`", ""), [section(mrkdwn)]
