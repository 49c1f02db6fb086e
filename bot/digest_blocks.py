"""The digest message: what a scan brought in, per document, within Slack's limits whatever the number.

Each document is one section: its title (linked when the document has a URL) and date, then its officials,
dates (in order; photo captions and dated quotations left out) and pledges, each as a headline, each once;
an 'Ask about this document' button beside it. The message ends with the count of documents not shown (every
one is counted), the files that could not be read, and an 'Unsubscribe' button. Blocks are built with
slack_sdk's models, so a message over Slack's limits fails where it is built, not in Slack.
"""

from __future__ import annotations

import json
import re
from typing import Any

from slack_sdk.models.blocks import ActionsBlock, HeaderBlock, MarkdownTextObject, PlainTextObject, SectionBlock

from bot.blocks import MAX_BLOCKS, MAX_SECTION, Block, button, context, dump
from bot.ids import ACTION_ASK_DOCUMENT, ACTION_UNSUBSCRIBE
from bot.mrkdwn import bold, code, escape, link
from bot.values import pack
from knowledge.answer.phrasing import clip_words, fact_text, headline, human_date
from knowledge.models import DateFact, DocumentFacts, Official, Pledge, SkippedFile

DETAIL_LEVELS = (6, 3, 1, 0)  # lines per list, tried in turn until the whole message fits
MESSAGE_CHARS = 12_000  # Slack truncates long messages; the digest stays well under
TAIL_BLOCKS = 4  # 'and N more', unreadable files, the unsubscribe button, one spare
_CAPTION = re.compile(
    r"\b(?:file photo|photo(?:graph)?s?\b|pictured|(?:speaks?|poses?|looks? on|waves?|arrives?)\b"
    r"(?: to the press| during| at| for| with)?|\((?:AP|Yonhap|Reuters|AFP)\)|courtesy of)",
    re.I,
)


def is_caption(fact: DateFact) -> bool:
    """A photo caption read as an event ('Kim Jina speaks to the press at Incheon on Oct. 18').

    >>> is_caption(DateFact(date="2025-10-18", precision="day", event="Kim Jina speaks to the press at Incheon"))
    True
    """
    quote = fact.sources[0].quote if fact.sources else fact.event
    return bool(_CAPTION.search(quote))


_REMARK = re.compile(r"^[“\"]?(?:I|We|Our|My|And|But)\b|[”\"]\s*[—–-]+\s*[A-Z]")


def is_remark(fact: DateFact) -> bool:
    """Words someone said, dated by when they said them ('… —Under Secretary Keith Krach, October 13, 2020',
    'I look forward to …'): a quotation, not an event.

    >>> from knowledge.models import Source
    >>> is_remark(DateFact(date="2020-10-13", precision="day", event="x", sources=(Source(document="d",
    ...     quote="“We will continue.” —Vice Foreign Minister Lee Tae-ho, October 13, 2020", start=0, end=1),)))
    True
    """
    quote = fact.sources[0].quote if fact.sources else fact.event
    return bool(_REMARK.search(quote.strip()))


def _sort_key(fact: DateFact) -> tuple[int, str]:
    return (1, fact.date) if fact.date.startswith("--") else (0, fact.date)  # a date without a year goes last


def _lines(facts: DocumentFacts) -> list[tuple[str, list[str]]]:
    """(label, headlines) for each kind of fact, each line once."""
    seen: set[str] = set()
    quotes: set[str] = set()

    def keep(line: str, quote: str = "", *, new_sentence: bool = False) -> bool:
        """A line not shown yet; with ``new_sentence``, also from a sentence no other line was read from."""
        key = line.casefold()
        if key in seen or (new_sentence and quote in quotes):
            return False
        seen.add(key)
        quotes.add(quote)
        return True

    def said(fact: Official | DateFact | Pledge, kind: str) -> tuple[str, str]:
        quote = fact.sources[0].quote if fact.sources else ""
        return headline(fact_text(fact), kind, quote), quote

    officials = [line for line, _ in (said(o, "official") for o in facts.officials) if keep(line)]
    # Pledges before dates: a sentence that states both reads better as the pledge, and is listed once.
    money_first = sorted(facts.pledges, key=lambda p: -(p.amount_usd or 0))
    # Several pledges of one sentence ($350 billion, of which $150 billion …) are several lines.
    pledges = [line for line, quote in (said(p, "pledge") for p in money_first) if keep(line, quote)]
    in_order = sorted((d for d in facts.dates if not is_caption(d) and not is_remark(d)), key=_sort_key)
    dates = [line for line, quote in (said(d, "date") for d in in_order) if keep(line, quote, new_sentence=True)]
    return [("Officials", officials), ("Dates", dates), ("Pledges", pledges)]


def _listing(label: str, lines: list[str], per_list: int) -> str:
    if not lines or per_list == 0:
        return ""
    shown = "\n".join(f"• {escape(line)}" for line in lines[:per_list])
    more = f"\n   …and {len(lines) - per_list} more" if len(lines) > per_list else ""
    return f"\n{bold(label)}\n{shown}{more}"


def document_title(facts: DocumentFacts, limit: int = 300) -> str:
    """'*<url|Title>* · March 14, 2024': a document's title, linked when it has a URL, and its date.

    >>> from knowledge.models import DocumentInfo
    >>> document_title(DocumentFacts(document=DocumentInfo(id="d", path="d.txt", title="A_B", date="2024-03-14")))
    '*AˍB* · March 14, 2024'
    """
    doc = facts.document
    when = human_date(doc.date) if doc.date else "undated"
    return f"*{link(doc.url, clip_words(doc.title, limit))}* · {when}"


def document_section(
    facts: DocumentFacts, per_list: int = DETAIL_LEVELS[0], lines: list[tuple[str, list[str]]] | None = None
) -> Block:
    """One document: title, date, facts, and the 'Ask about this document' button (``lines``: its ``_lines``,
    when the caller made them already)."""
    listed = (lines if lines is not None else _lines(facts)) if per_list else []
    text = document_title(facts, 300 if per_list else 100) + "".join(
        _listing(label, items, per_list) for label, items in listed
    )
    if len(text) > MAX_SECTION:
        text = clip_words(text, MAX_SECTION - 1)
    value = pack({"d": facts.document.id, "t": clip_words(facts.document.title, 150)})
    ask = button("Ask about this document", ACTION_ASK_DOCUMENT, value)
    return dump(SectionBlock(text=MarkdownTextObject(text=text), accessory=ask))


def _fitting(
    documents: list[DocumentFacts], per_list: int, lines: dict[str, list[tuple[str, list[str]]]]
) -> list[Block]:
    """The sections of ``documents`` at this detail, as many as fit in ``MESSAGE_CHARS`` (all of them, when they
    do): made one by one and stopped at the first that does not fit, instead of all made at every detail and
    measured (a list's JSON is as long as its items', the ', ' between them and its brackets). ``lines``: each
    document's lines by id, made at the first detail that needs them and kept for the next."""
    body: list[Block] = []
    size = len("[]")
    for facts in documents:
        if per_list and facts.document.id not in lines:
            lines[facts.document.id] = _lines(facts)
        section = document_section(facts, per_list, lines.get(facts.document.id))
        size += len(json.dumps(section, ensure_ascii=False)) + (len(", ") if body else 0)
        if size > MESSAGE_CHARS:
            break
        body.append(section)
    return body


def render_digest(new: list[DocumentFacts], unreadable: list[SkippedFile]) -> dict[str, Any]:
    """The message for one scan: ``{"text": ..., "blocks": [...]}``, ready for chat.postMessage.

    At most 50 blocks and about 12,000 characters whatever the number of documents: documents are shown in
    less detail as they grow in number, then the rest are counted in one line; the unreadable files are
    always reported.
    """
    count = len(new)
    header = (
        f"{count} new document{'s' if count != 1 else ''} in the U.S.–ROK fact table"
        if count
        else "Documents that could not be read"
    )
    head: list[Block] = [dump(HeaderBlock(text=PlainTextObject(text=clip_words(header, 150))))]
    room = MAX_BLOCKS - len(head) - TAIL_BLOCKS
    shown = new[:room]
    made: dict[str, list[tuple[str, list[str]]]] = {}  # each document's lines, made once for every detail
    for per_list in DETAIL_LEVELS:
        body = _fitting(shown, per_list, made)
        if len(body) == len(shown):
            break
    shown = shown[: len(body)]  # even titles alone are too long: the documents that fit
    tail: list[Block] = []
    rest = new[len(shown) :]
    if rest:
        titles = "; ".join(clip_words(f.document.title, 80) for f in rest)
        tail.append(context(clip_words(f"…and {len(rest)} more: {escape(titles)}. Ask `/usrok sources`.", 1900)))
    if unreadable:
        lines = "\n".join(f"Could not read {code(s.path)}: {escape(s.reason)}" for s in unreadable[:20])
        more = f"\n…and {len(unreadable) - 20} more files." if len(unreadable) > 20 else ""
        tail.append(context(clip_words(lines, 1900) + more))
    tail.append(dump(ActionsBlock(elements=[button("Unsubscribe this channel", ACTION_UNSUBSCRIBE, "unsubscribe")])))
    blocks = head + body + tail
    assert len(blocks) <= MAX_BLOCKS
    titles = ", ".join(escape(f.document.title) for f in new[:5])  # the fallback text is mrkdwn too
    text = f"{header}: {titles}" if count else f"{len(unreadable)} document(s) could not be read"
    return {"text": clip_words(text, 3000), "blocks": blocks}
