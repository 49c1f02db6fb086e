"""One document in, its facts out: officials, dates, pledges and statistics, each with its source."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from knowledge.extract.actors import ActorResolver
from knowledge.extract.commitments import commitment_facts, lead_in_actor
from knowledge.extract.documents import Document, year_in_file_name
from knowledge.extract.inferred_dates import occasions_dated_by_talks, same_day_sequels, span_events
from knowledge.extract.markdown_tables import is_table_row, table_pledges
from knowledge.extract.officials import extract_officials
from knowledge.extract.pledges import SentenceContext, amount_facts, opens_quote
from knowledge.extract.sentences import Sentence, source_of, split_sentences
from knowledge.models import DateFact, DocumentFacts, DocumentInfo, Official, Passage, Pledge, Statistic
from knowledge.rules.rulebook import rulebook
from knowledge.text.dates import DateMention, find_dates


def _event(sentence: Sentence, mention: DateMention) -> str:
    """What a date dates: its sentence without the date itself, cut to a readable length."""
    a, b = mention.start - sentence.start, mention.end - sentence.start
    text = sentence.text
    if re.match(r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[’']s)\s", mention.text):
        a = b = a + mention.text.index(" ") + 1  # 'an August summit': the month names the event, it stays
    dash = _DATELINE_DASH.match(text, b)
    if dash and _DATELINE_PLACE.fullmatch(text[:a]):
        # 'Dalton, Georgia, September 20, 2019 — Q CELLS today marked …': the dateline dates what follows it.
        text, a, b = text[dash.end() :], 0, 0
    if len(text) > 240:
        # A long sentence: keep its subject and the words around the date, which are what it dates.
        lo = max(0, a - 150)
        # A date near the start dates what follows it, to the end of that clause.
        cut = _CLAUSE_END.search(text, b, b + 300)
        hi = min(len(text), b + max(60, 240 - (a - lo)), cut.start() if cut else len(text))
        if hi < len(text) and text[hi].isalnum():
            hi = max(b, text.rfind(" ", 0, hi))  # never cut a word in two
        lo = text.rfind(" ", 0, lo) + 1 if lo else 0
        head_end = text.rfind(" ", 0, 90)
        if lo > head_end > 0:
            return _tidy_event(text[:head_end] + " … " + text[lo:a] + text[b:hi])
        text, a, b = text[lo:hi], a - lo, b - lo
    head = text[:a]
    if re.fullmatch(r"\s*(?:on|in|from|during|since|by|as of)\s*", head, re.IGNORECASE):
        head = ""  # 'On July 25 the Administration released': the event is what follows
    return _tidy_event(head + text[b:])


_DATELINE_PLACE = re.compile(r"\s*[A-Z][\w.'’ \-]{1,40}(?:,\s*[A-Z][\w.'’ \-]{1,30})?,\s*")
_DATELINE_DASH = re.compile(r"\s*(?:[—–]|--)\s*")
_CLAUSE_END = re.compile(r"\s[—–]\s|;|,\s+(?:so that|which|while|but|including|who)\b")


@cache
def _dangling() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in rulebook().dangling_words)
    return re.compile(rf"\b(?:{words})\s*(?=[,.;]|$)", re.IGNORECASE)


def _tidy_event(text: str) -> str:
    # 'On July 11, the leaders announced' less its date is 'the leaders announced', not 'On , the leaders'.
    text = _dangling().sub("", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;:.—–-")
    return text if len(text) <= 320 else text[:319].rstrip() + "…"


# 'SEOUL, June 5 (Yonhap) --': the dateline carries the publication date, not an event.
_DATELINE = re.compile(
    r"(?:^|\s)[A-Z][A-Z .'-]{2,},\s+[^()]{3,45}?(?:\([^)]*\)\s*(?:--|—|–|-)|(?:/[A-Za-z ]+/)?\s*(?:--|—|–))"
)


def _is_header_date(sentence: Sentence, mention: DateMention, document: Document) -> bool:
    """The publication date in the header (or dateline) is the document's date, not an event in it."""
    dateline = _DATELINE.search(sentence.text[:400])  # a dateline opens the story, whatever follows
    if dateline and mention.start - sentence.start < dateline.end():
        return True
    if not any(ch.isdigit() for ch in mention.text):
        return False  # 'today' is a word in a sentence, never the header's date line
    if document.date is None or not mention.iso.startswith(
        document.date.isoformat()[5:] if mention.iso.startswith("--") else document.date.isoformat()
    ):
        return False
    return len(sentence.text.split()) <= 16


_FIRST_PERSON = re.compile(r"\b(?:I|I’m|I'm|we|We|our|Our|my|My)\b")


@cache
def _occasion() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in rulebook().occasion_words) + r")\b", re.IGNORECASE)


def _spoken_today(sentence: Sentence, mention: DateMention) -> bool:
    """'I look forward to continuing our discussion today': a speaker's 'today' dates no event unless it names
    one ('our summit talks today', 'I had the great honor of presenting the Medal of Honor')."""
    if mention.text.lower() != "today":
        return False
    at = mention.start - sentence.start
    near = sentence.text[max(0, at - 300) : at + 300]  # the speaker's clause, not a whole pathological line
    spoken = _FIRST_PERSON.search(near) is not None or sentence.text.lstrip()[:1] in '“"'
    return spoken and _occasion().search(near) is None


def _dates_nothing(sentence: Sentence, mention: DateMention) -> bool:
    """A line that is only a date ('Thursday, March 28, 2024' in a page's chrome) dates no event."""
    if len(sentence.text) - len(mention.text) > 40:
        return False  # words enough to date something
    rest = sentence.text[: mention.start - sentence.start] + sentence.text[mention.end - sentence.start :]
    return len(re.findall(r"[A-Za-z]{2,}", rest)) <= 1


@lru_cache(maxsize=64)
def _title_is_a_line(title: str, head: str) -> bool:
    return re.search(rf"(?:^|\n)(?:#+\s*)?{re.escape(title)}\s*\n", head) is not None


def is_headline(sentence: Sentence, document: Document, sentences: Sequence[Sentence]) -> bool:
    """A headline restates the story's pledges; when there is a body, the record is in the body."""
    if len(sentences) < 2 or len(sentence.text) < len(document.title):
        return False
    text = sentence.text.lstrip("# ").strip()
    if text == document.title:
        return True
    # A scraped page may glue the headline to the byline and the dateline in one line.
    title = document.title
    return sentence.start < 600 and len(title) > 30 and title in text and _title_is_a_line(title, document.text[:600])


_CAPTION = re.compile(r"^[(\[]?\s*(?:(?:file |yonhap |ap |afp )?photo\b|courtesy of\b|from (?:\w+ )?left\b)", re.I)


def extract_dates(document: Document, sentences: list[Sentence]) -> tuple[list[DateFact], dict[int, list[DateMention]]]:
    facts: dict[tuple[str, str, str], DateFact] = {}
    by_sentence: dict[int, list[DateMention]] = {}
    headline: list[tuple[Sentence, DateMention]] = []
    for index, sentence in enumerate(sentences):
        mentions = find_dates(sentence.text, document.date, sentence.start)
        by_sentence[index] = mentions
        if _CAPTION.match(sentence.text):
            continue  # '(Photo: …)', '(From third left: …)': a picture's caption dates no event
        if is_headline(sentence, document, sentences):
            headline += [(sentence, m) for m in mentions]
            continue  # a headline's date restates the body's, read below only if the body does not
        for mention in mentions:
            if _is_header_date(sentence, mention, document) or _dates_nothing(sentence, mention):
                continue
            if _spoken_today(sentence, mention):
                continue
            events = span_events(sentence, mention) if mention.text.lower().endswith("since") else []
            for event in events or [_event(sentence, mention)]:
                key = (mention.iso, mention.precision, event)
                if key not in facts:
                    facts[key] = DateFact(
                        date=mention.iso,
                        precision=mention.precision,
                        event=event,
                        sources=(source_of(document.id, sentence),),
                    )
    for index, iso, precision, event in [
        *occasions_dated_by_talks(sentences, by_sentence),
        *same_day_sequels(sentences, by_sentence),
    ]:
        sentence = sentences[index]
        if not (_CAPTION.match(sentence.text) or is_headline(sentence, document, sentences)):
            source = (source_of(document.id, sentence),)
            facts.setdefault(
                (iso, precision, event), DateFact(date=iso, precision=precision, event=event, sources=source)
            )
    dated = {key[0] for key in facts}
    for sentence, mention in headline:
        exact = sentence.text.lstrip("# ").strip() == document.title  # not a headline glued to a dateline
        if exact and mention.iso not in dated and not _is_header_date(sentence, mention, document):
            # 'Holds groundbreaking ceremony …; completion scheduled for April next year': only the headline says it.
            event = _event(sentence, mention)
            facts[(mention.iso, mention.precision, event)] = DateFact(
                date=mention.iso, precision=mention.precision, event=event, sources=(source_of(document.id, sentence),)
            )
    return _drop_coarser_repeats(list(facts.values())), by_sentence


_PROPER_PAIR = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")


def _drop_coarser_repeats(facts: list[DateFact]) -> list[DateFact]:
    """'Last year, at Camp David, …' beside 'Fifteen months ago, … at Camp David': one event, dated once, by the
    finer date (a year fact goes when a month or day of that year names the same place or body)."""

    def names(event: str) -> set[str]:  # 'Camp David', not 'Vice President' or 'United States'
        words = rulebook().not_name_words
        return {p for p in _PROPER_PAIR.findall(event) if not any(w.lower() in words for w in p.split())}

    finer: dict[str, list[set[str]]] = {}  # by year, so a year fact reads only its own year's finer facts
    for f in facts:
        if f.precision in ("day", "month"):
            finer.setdefault(f.date[:4], []).append(names(f.event))
    kept = []
    for f in facts:
        if f.precision == "year" and f.date in finer:
            own = names(f.event)
            if any(shared & own for shared in finer[f.date]):
                continue
        kept.append(f)
    return kept


def _merge_pledges(pledges: list[Pledge]) -> list[Pledge]:
    """One pledge per actor and amount in a document; repeated mentions add sources."""
    merged: dict[tuple[str, int | None, str], Pledge] = {}
    for p in pledges:
        key = (p.actor, p.amount_usd, "" if p.amount_usd is not None else p.sources[0].quote)
        if key in merged:
            old = merged[key]
            merged[key] = old.model_copy(update={"sources": old.sources + p.sources})
        else:
            merged[key] = p
    return list(merged.values())


def extract_pledges(
    document: Document,
    sentences: list[Sentence],
    dates: dict[int, list[DateMention]],
    officials: Sequence[Official] = (),
) -> tuple[list[Pledge], list[Statistic]]:
    actors = ActorResolver(document.text, officials)
    pledges: list[Pledge] = []
    statistics: list[Statistic] = []
    current_lead_in: str | None = None
    quoted = False
    recent: tuple[int, str] | None = None  # (sentence index, actor) of the last pledge with an amount
    for index, sentence in enumerate(sentences):
        if is_headline(sentence, document, sentences) or is_table_row(sentence):
            continue  # a table's rows are read as a table, below
        if not sentence.bullet and (index == 0 or sentences[index - 1].paragraph != sentence.paragraph):
            current_lead_in = None  # a plain paragraph ends the list a lead-in introduced
        same_item = index > 0 and sentences[index - 1].paragraph == sentence.paragraph
        quoted = quoted and same_item
        ctx = SentenceContext(
            sentence=sentence,
            previous=sentences[index - 1] if same_item else None,
            lead_in_actor=current_lead_in if (sentence.bullet or same_item) else None,
            dates=dates.get(index, []),
            quoted=quoted,
            earlier=sentences[index - 1].text if index > 0 else None,
            recent_actor=recent[1] if recent and index - recent[0] <= 2 else None,
        )
        quoted = opens_quote(sentence.text, quoted)
        with_amount, stats = amount_facts(ctx, actors, document.id)
        statistics.extend(stats)
        pledges.extend(with_amount)
        if with_amount:
            recent = (index, with_amount[-1].actor)
        amount_actors = {p.actor for p in with_amount}
        # A sentence with a figure may still commit ('is under contract to build …, and has invested $20 million').
        pledges.extend(p for p in commitment_facts(ctx, actors, document.id) if p.actor not in amount_actors)
        lead = lead_in_actor(sentence, actors)
        if lead:
            current_lead_in = lead
    pledges.extend(table_pledges(sentences, document.id))
    pledged = {p.amount_usd for p in pledges}
    # 'Out of the $5.5 billion, ...' refers back to a pledge; it is not a separate figure.
    return _merge_pledges(pledges), [s for s in statistics if s.amount_usd not in pledged]


def extract_document(document: Document) -> DocumentFacts:
    """All facts of one document.

    >>> from knowledge.extract.documents import parse_document
    >>> text = b"Trade deal finalized\\n\\nSeoul committed to investing $350 billion in the U.S."
    >>> facts = extract_document(parse_document(text, "x.txt"))
    >>> [(p.actor, p.amount_usd) for p in facts.pledges]
    [('ROK', 350000000000)]
    """
    sentences = split_sentences(document.text)
    headline = next((s.start for s in sentences if is_headline(s, document, sentences)), None)
    officials = extract_officials(sentences, document.id, headline)
    dates, by_sentence = extract_dates(document, sentences)
    pledges, statistics = extract_pledges(document, sentences, by_sentence, officials)
    info = DocumentInfo(
        id=document.id,
        path=document.path,
        title=document.title,
        date=document.date.isoformat() if document.date else None,
        url=document.url,
        named_year=None if document.date else year_in_file_name(document.path),
    )
    return DocumentFacts(
        document=info,
        officials=tuple(officials),
        dates=tuple(dates),
        pledges=tuple(pledges),
        statistics=tuple(statistics),
        passages=tuple(
            Passage(document=document.id, text=s.text, start=s.start, end=s.end, paragraph=s.paragraph)
            for s in sentences
        ),
    )
