"""Dates a document gives by reference rather than by writing them beside the event.

Three kinds: what a counted span holds ('I've had a busy three weeks since arriving, I hosted A, welcomed B and
attended C': the arrival and each thing done in the span, all dated by it); an occasion written without a date
and dated by talks held during it ('during the President's visit to Lima to attend the APEC summit' and, in
another sentence, 'talks on the sidelines of the APEC CEO Summit on November 15'); and a same-day sequel
('Following the disclosure, shares fell 9 percent as of 6:50 p.m.') dated by the day last named before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from knowledge.extract.sentences import Sentence
from knowledge.models import Precision
from knowledge.rules.rulebook import rulebook
from knowledge.text.date_mention import DateMention
from knowledge.text.english import lemmas
from knowledge.text.guarded import guard

DatedEvent = tuple[int, str, Precision, str]
"""(index of the sentence it comes from, ISO date, precision, event)."""

_PRONOUN = re.compile(r"(?:I|We|we|He|he|She|she|They|they)\s+")


def _past_verb(word: str) -> bool:
    """'hosted', 'met', 'took': a verb in the past tense opens a thing done (not 'spring', not 'meeting')."""
    lowered = word.lower()
    if lowered.endswith("ed") and len(lowered) > 3:
        return True
    forms = lemmas(lowered).get("VERB", ())
    return bool(forms) and lowered not in forms and not lowered.endswith(("ing", "s"))


def span_events(sentence: Sentence, mention: DateMention) -> list[str]:
    """The events a 'N weeks since …' span dates: its start, then each thing the sentence lists as done in it.

    >>> s = Sentence("It has been two weeks since landing, I met the mayor and toured a plant.", 0, 74)
    >>> span_events(s, DateMention("2022-07", "month", 13, 28, "two weeks since"))
    ['It has been two weeks since landing', 'I met the mayor', 'I toured a plant']
    """
    text = sentence.text
    after = mention.end - sentence.start
    comma = text.find(",", after)
    if comma < 0:
        return [text.strip(" .")]
    events = [text[:comma].strip()]
    listed = text[comma + 1 :].strip().rstrip(".")
    subject = _PRONOUN.match(listed)
    lead = subject.group(0) if subject else ""
    for item in re.split(r",\s+(?:and\s+)?|\s+and\s+", listed):
        words = item[len(lead) :].split() if lead and item.startswith(lead) else item.split()
        if not words or not _past_verb(words[0]):
            break  # the list of things done ends where a clause that is no such thing begins
        events.append(lead + " ".join(words))
    return events


_DURING_OCCASION = guard(
    re.compile(
        r"\bduring\s+(?P<occasion>(?P<owner>(?:[A-Z][\w.\-]*\s+){0,4}[A-Z][\w.\-]*)[’']s\s+(?:[a-z]+\s+)?"
        r"(?:visit|trip|tour|mission)\s+to\s+[A-Z][^.;,]{2,120}?)(?=[.;,]|$)"
    ),
    "during",
)
_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")


def _telling_words(occasion: str, owner: str) -> set[str]:
    """The words that name an occasion apart from its traveller: acronyms and capitalised names ('APEC',
    'Francisco'), not the traveller's name, titles or countries."""
    common = rulebook().not_name_words
    owner_words = set(owner.split())
    acronyms = set(_ACRONYM.findall(occasion))
    names = {w for w in re.findall(r"\b[A-Z][a-z]{3,}\b", occasion) if w.lower() not in common}
    return (acronyms | names) - owner_words - {w for w in acronyms if w.lower() in common}


def occasions_dated_by_talks(
    sentences: Sequence[Sentence], mentions: dict[int, list[DateMention]]
) -> Iterator[DatedEvent]:
    """'… during President Lee's visit to Lima to attend the APEC summit' with no date of its own: the month of a
    day another sentence gives to talks at the same occasion (sharing its acronym or a name)."""
    for index, sentence in enumerate(sentences):
        for m in _DURING_OCCASION.finditer(sentence.text):
            at = sentence.start + m.start("occasion")
            if any(d.start >= at for d in mentions.get(index, [])):
                continue  # the occasion is dated in its own sentence
            telling = _telling_words(m["occasion"], m["owner"])
            for other, dated in sorted(mentions.items()):
                words = set(re.findall(r"\b[\w\-]+\b", sentences[other].text)) if other != index else set()
                day = next((d for d in dated if d.precision == "day" and d.iso[:1].isdigit()), None)
                if day is not None and telling & words:
                    yield index, day.iso[:7], "month", m["occasion"]
                    break


_SEQUEL = re.compile(r"^\s*(?:Following|After)\s+(?:the|this|that|its)\s+[a-z]+\b")
_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?(?!\w)|\b(?:the same day|later that day)\b", re.IGNORECASE)


def same_day_sequels(sentences: Sequence[Sentence], mentions: dict[int, list[DateMention]]) -> Iterator[DatedEvent]:
    """'Following the disclosure, its shares plunged 9 percent as of 6:50 p.m.': an event that follows one named
    before it, at a clock time and with no date of its own, falls on the day the text last named."""
    last_day: DateMention | None = None
    for index, sentence in enumerate(sentences):
        dated = mentions.get(index, [])
        if not dated and last_day is not None and _SEQUEL.match(sentence.text) and _CLOCK.search(sentence.text):
            yield index, last_day.iso, "day", sentence.text.strip().rstrip(".")
        days = [d for d in dated if d.precision == "day" and d.iso[:1].isdigit()]
        if days:
            last_day = days[-1]
