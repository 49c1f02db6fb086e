"""Which sentences a passage reader reads for an answer, in order: the sentence found, then those around it that
may hold what it leaves out (a neighbour naming the same subject, the venue line heading a transcript, the
transcript's date line), each only for the kinds of answer it can give.

Kept apart from the reader, which decides what a sentence answers; this decides where it looks.
"""

from __future__ import annotations

import re
from functools import cache

from knowledge.answer.agents import agent_told
from knowledge.answer.anchors import ORDINAL, asks_a_post, asks_a_venue, place_verbs_asked
from knowledge.answer.described import asks_a_release, document_kinds_named
from knowledge.answer.event_names import events_named
from knowledge.answer.fit import SIDE_WORDS as SIDES
from knowledge.answer.index import TITLE_WORDS
from knowledge.answer.passages import ITEMS_LISTED, PassageIndex
from knowledge.answer.question_type import QuestionShape
from knowledge.answer.reader_spans import PassageSpans
from knowledge.answer.sentence_support import SentenceSupport
from knowledge.rules import alternation, load_rules
from knowledge.text.towns import towns_with_regions_in


def sentences_to_read(
    index: PassageIndex,
    spans: PassageSpans,
    support: SentenceSupport,
    found: int,
    shape: QuestionShape,
    asked: str,
    own_names: set[str],
    own_text: str,
) -> tuple[list[int], set[int]]:
    """The sentences to read for the answer to a question whose sentence ``found`` was found, in order, and those
    of them that are header lines (a venue, a date line), which place or date by standing under the title. A
    transcript's date line dates the event its title or venue names ('Remarks … Before Bilateral Meeting' for
    'when was the oval office bilat'), not a joint statement its speakers mention."""
    # A place, a person or a date may stand in a neighbouring sentence ('It was held in …', 'Choo also met …')
    # when that sentence names the question's subject too; an amount, a number or a company there is usually
    # another subject's.
    if shape.answer_type == "person" and agent_told(index.passages.text(found), own_text):
        return [found], set()  # ('… founded by Jeff Miller': the founder, whom no neighbour names better)
    if shape.answer_type == "place" and asks_a_post(own_text):
        # ('which consulate is he posted at': his title's town, 'Consul General … in Atlanta', not the ceremony's)
        return ([found] if asks_a_post(index.passages.text(found)) else []), set()
    around = []
    asks_of_a_document = bool(document_kinds_named(own_text))
    subject = own_names - SIDES  # 'Korea' or 'US' in a neighbour does not make it about the same thing
    if shape.answer_type in ("place", "person", "date", "name"):
        # ('and the 1st special session, when was that?' after the 2nd: the follow-up's own ordinal)
        ordinals = {w for w in own_text.split() if ORDINAL.fullmatch(w)} or {
            w for w in asked.split() if ORDINAL.fullmatch(w)
        }
        # (a sentence naming none of the question's subject reads no neighbour for it: 'where was the zinus one' is
        # not answered beside 'Major recent investments by Korean firms include:')
        unnamed = bool(subject) and not subject & index.words_of(found)
        around = [
            j
            for j in index.neighbours(found)
            if (
                subject & index.words_of(j)
                or (same_event(index, found, j, shape, own_text) and not unnamed)
                or (shape.answer_type == "name" and spans.referred_to(found, j))
                or (shape.answer_type == "person" and spans.tells_who(found, j, own_text))
            )
            and not support.another_ordinal(j, ordinals)
            # (the story's date line dates the story, not the raid a sentence of it tells)
            and not (shape.answer_type == "date" and j == index.headers.issued_on(j) and not asks_of_a_document)
        ]
    header = []
    venue_asked = asks_a_venue(own_text)
    # 'what venue exactly' asks for a venue whatever its name ends in: the venue lines say it ('what room' asks
    # for a room's name: 'State Dining Room', 'Oval Office').
    any_venue = shape.unit in (None, "venue") or shape.unit in _room_nouns()
    if shape.answer_type == "place" and any_venue and (venue_asked or spans.is_title(found)):
        header = index.headers.venues(found)  # 'Remarks … Before Bilateral Meeting': where the header says
        if shape.unit in _room_nouns():
            header = [i for i in header if index.passages.text(i).split()[-1].lower() in _room_nouns()]
    spoken = index.headers.spoken_on(found) if shape.answer_type == "date" else None
    heading = _heading_words(index, found) if spoken is not None else set()
    if spoken is not None and events_named(own_text) & heading - _topics_of_the_title(index, found):
        # 'when was the oval office bilat': the transcript's date line, before what its speakers say around the
        # sentence found ('our alliance was founded in 1964' is another event's date).
        header, around = [spoken], [spoken, *around]
    else:
        around += header
    order = [found, *around]
    # ('when did the wh release the maritime fact sheet listing hd hyundai, …': any sentence of it finds its date line)
    dating = shape.answer_type == "date" and (spans.is_title(found) or asks_a_release(own_text))
    issued = index.headers.issued_on(found) if dating else None
    title = index.documents[index.passages.document(found)].title
    title_kinds = document_kinds_named(title) if issued is not None else set()
    if issued is not None and title_kinds & document_kinds_named(own_text):
        # 'when did biden n yoon put out their joint stmt on …': the statement the title names was issued on its
        # date line.
        header, order = [*header, issued], [found, issued, *around]
    lead = index.headers.opened_today(found) if shape.answer_type == "date" else None
    if lead is not None and lead != found and subject & index.words_of(lead) - TITLE_WORDS:
        # 'what date did harris sit down w yoon in seoul (the one where they talked ira credits)': a readout's
        # sentences tell of the meeting its opening dates ('Harris today met with President Yoon … in Seoul') when
        # the question names someone of it, before a neighbour's date of something else ('… earlier this year').
        order = [found, lead, *[i for i in order[1:] if i != lead]]
    if header and spoken is not None and own_names - SIDES <= heading:
        # 'when did brook and han meet in the cabinet room': the transcript's own event, which its title and
        # venue name, happened on its date line, whatever date a speaker gives in the sentence found.
        order = [*header, *[i for i in order if i not in header]]
    if header and venue_asked and shape.answer_type == "place":
        # 'where exactly': the venue line ('Lima Convention Center') before its town
        inside = _building_first(index, header)
        order = [*inside, found, *[i for i in around if i not in header]]
    venues = (header or index.headers.venues(found)) if shape.answer_type == "place" and any_venue else []
    if venues and any(spans.is_title(i) for i in order):
        # ('where was it held' reading the title '… in Trilateral Meeting | Lima, Peru': the venue under it first)
        header = _building_first(index, venues)
        rest = [i for i in order if i not in header]
        order = [j for i in rest for j in ([*header, i] if spans.is_title(i) else [i])]
    if shape in (QuestionShape("organization"), QuestionShape("list")) and support.goes_on_about_the_one_before(found):
        order = [found - 1, *order]  # 'SAMSUNG ELECTRONICS. The South Korean tech giant is considering …'
    if shape.answer_type in ("organization", "list") and (items := listed_after(index, found)):
        order = [found, *items, *[i for i in order if i != found and i not in items]]  # '… firms include:'
    return order, set(header)


def _building_first(index: PassageIndex, venues: list[int]) -> list[int]:
    """Venue lines, a building or a room before the town with its region under it ('Lima Convention Center' before
    'Lima, Peru')."""
    return sorted(venues, key=lambda i: bool(towns_with_regions_in(index.passages.text(i) + " ")))


def list_around(index: PassageIndex, item: int) -> list[int]:
    """Every item of the list an item stands in ('Zinus USA’s $108 million investment in …' under '… Korean firms
    include:'), found by going back to the line introducing them; none when the line is no such item."""
    opening = index.introducing_line(item)
    items = listed_after(index, opening) if opening is not None else []
    return items if item in items else []


def listed_after(index: PassageIndex, found: int) -> list[int]:
    """The items a line ending in a colon introduces ('Major recent investments by Korean firms include:', then
    'Doosan Bobcat’s $26 million investment in …' and the others), the line found or the one right after it (which
    goes on from 'investment by Korean companies … has contributed'): the lines after it in its document that end
    without a full stop, up to the first sentence."""
    document, items = index.passages.document(found), []
    opening = next(
        (
            i
            for i in (found, found + 1)
            if i < len(index.passages)
            and index.passages.document(i) == document
            and index.passages.text(i).rstrip().endswith(":")
        ),
        None,
    )
    if opening is None:
        return []
    for i in range(opening + 1, min(opening + 1 + ITEMS_LISTED, len(index.passages))):
        text = index.passages.text(i).rstrip()
        if index.passages.document(i) != document or not text or text.endswith((".", "!", "?", ":")):
            break
        items.append(i)
    return items


def _heading_words(index: PassageIndex, found: int) -> set[str]:
    """The words of the title and the venue lines of the document a passage stands in."""
    title = index.passages.of_document(index.passages.document(found))[0]
    return {w for i in [title, *index.headers.venues(found)] for w in index.words_of(i)}


def _topics_of_the_title(index: PassageIndex, found: int) -> set[str]:
    """The events a title says its document is about ('Joint Statement … on the Third Summit for Democracy'):
    its date line dates the statement, not them, as it does the meeting remarks were made 'before'."""
    title = index.passages.text(index.passages.of_document(index.passages.document(found))[0])
    prepositions = alternation(load_rules("questions.json")["topic_prepositions"]["words"])
    about = re.search(rf"\b(?:{prepositions})\s+(.+)$", title, re.I)
    return events_named(about[1]) if about else set()


HELD_REACH = 60
"""How far after a verb of holding the event held is named ('held the 10th Senior Economic Dialogue')."""


def same_event(passages: PassageIndex, index: int, other: int, shape: QuestionShape, own_text: str = "") -> bool:
    """'… held the 10th SED' beside '… discussed cooperation during their economic talks in Washington on
    Wednesday': the sentence just before a meeting's name that tells of holding a meeting tells when and
    where that one was held; not where another event the sentence mentions was ('the summit where the deal
    got finalized' of '… held the 10th SED, after a deal was finalized during the second summit')."""
    if shape.answer_type not in ("date", "place") or other != index - 1:
        return False
    hold = place_verbs_asked("held")
    if not all(any(v.search(passages.passages[i].text) for v in hold) for i in (index, other)):
        return False
    text = passages.passages[index].text
    held = next((m for v in hold for m in v.finditer(text)), None)
    said = events_named(text) & events_named(own_text)
    if not said or held is None:
        return True
    clause = re.split(r"[,;(]", text[held.start() : held.end() + HELD_REACH])[0]  # what was held, not after it
    return bool(said & events_named(clause))


@cache
def _room_nouns() -> frozenset[str]:
    """The words a room's name ends in ('Oval Office', 'State Dining Room'), from the rules."""
    return frozenset(load_rules("questions.json")["room_nouns"]["words"])
