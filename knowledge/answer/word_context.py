"""Where a question's words stand: the words just before and after one, the phrase it is part of, the names it is
given as an alternative to ('seoul/tokyo'), the leaders an event is named by ('the lee-trump deal'), the part a
'how much of … is for …' asks (part_asked), and whether it asks who went with someone. Mending a word ('ext' before
'deterrence') and placing an answer depend on these."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from knowledge.answer.anchors import ORDINAL
from knowledge.answer.described import descriptions
from knowledge.answer.event_names import event_nouns
from knowledge.answer.normalize import content_tokens, is_stopword, normalize, phrase_ends, phrase_meaning
from knowledge.answer.passages import passage_form
from knowledge.answer.question_dates import DAY_OF_SOMETHING, months_asked, years_in
from knowledge.answer.rule_forms import listed_forms
from knowledge.answer.taken_out import part_taken_out
from knowledge.rules import alternation, listed_words, load_rules


@cache
def _companions() -> re.Pattern[str]:
    """A question asking who went with someone ('who tagged along w moon', 'who toured the site alongside moon'):
    everyone the sentence names with them answers it; not 'who briefed press on the summit w xi'."""
    rules = load_rules("questions.json")["companions_asked"]
    verbs, links = alternation(rules["verbs"]), alternation(rules["links"])
    link = rf"\b(?:{links})(?:(?<=/)|\b)"
    return re.compile(
        rf"(?:\b{_ACCOMPANYING}\w*|\b(?:{verbs})\b[^?]{{0,45}}?{link}|\b(?:was|were)\b[^?]{{0,25}}?{link})"
        r"\s*(?!(?:rok|us|korea|japan|the|its|his|her|their|on|in|at|for|to)\b)[a-z]"
        r"(?!.*\bcounterpart)"
    )


_ACCOMPANYING = "accompan"
"""The stem of 'accompanied', 'accompanying': a word of company on its own."""


@cache
def _company_links() -> frozenset[str]:
    return frozenset(load_rules("questions.json")["companions_asked"]["links"])


def of_company(word: str) -> bool:
    """A word before the one someone went with: 'with', 'alongside', 'accompanied'."""
    return word in _company_links() or word.startswith(_ACCOMPANYING)


def asks_for_companions(question: str) -> bool:
    """Who went with someone: 'who went w moon', 'who toured the site alongside moon'.

    >>> asks_for_companions("who toured the sk site alongside moon"), asks_for_companions("who briefed press w xi")
    (True, False)
    """
    return _companions().search(question) is not None


def asks_for_people(question: str) -> bool:
    """'who were his rok and japan nsa counterparts': several people are asked, each the sentence names.

    >>> asks_for_people("who were his rok and japan nsa counterparts"), asks_for_people("who was his counterpart")
    (True, False)
    """
    return bool(listed_words("people_asked").search(question))


def asks_for_everyone(question: str) -> bool:
    """Who went with someone, or several people asked: everyone the answering sentence names answers."""
    return asks_for_companions(question) or asks_for_people(question)


@cache
def _count_of_items() -> re.Pattern[str]:
    counts = alternation(load_rules("organizations.json")["count_words"])
    return re.compile(
        rf"\b(?:which|what|the|name|list)\s+(?:(?:were|are)\s+the\s+)?(\d{{1,2}}|{counts})\s+(?:[\w'’-]+\s+){{0,2}}?"
        r"[a-z]+s\b",
        re.I,
    )


def count_of_items_asked(question: str) -> str | None:
    """How many items a question asks for ('which two universities', 'name the 3 korean firms'), as a digit: the
    count of the answer, not a number its sentence must say.

    >>> count_of_items_asked("which two universities are in it"), count_of_items_asked("which 2023 summit")
    ('2', None)
    """
    found = _count_of_items().search(question)
    if found is None:
        return None
    count = found.group(1).lower()
    return count if count.isdigit() else str(load_rules("organizations.json")["count_words"][count])


POINTS_BACK = re.compile(r"\b(?:he|she|him|her|his|they|them)\b")
"""A person a question points back to ('where did he speak'): the thread's."""

ALTERNATIVE_NAMES = re.compile(r"\b([A-Za-z][\w-]*)\s*[/+&]\s*([A-Za-z][\w-]*)\b")
"""Two names written as alternatives or a pair: 'seoul/tokyo', 'seoul + tokyo'."""


def in_a_phrase(text: str, word: re.Match[str], even_kept: bool = False) -> bool:
    """The word and the one before or after it are a phrase the synonyms spell out ('nat sec' → 'national
    security'): neither is a short form or a clipped word on its own. A phrase that keeps the word ('motie min'
    → 'motie minister') leaves it to be read as itself, unless ``even_kept``."""
    own = word.group(0).lower()
    firsts, lasts = phrase_ends()
    if own not in firsts and own not in lasts:
        return False  # most words begin and end no phrase: no need to look at their neighbours
    before, after = word_before(text, word.start()), word_after(text, word.end())
    phrases = [f"{own} {after}" if after else "", f"{before} {own}" if before else ""]
    meanings = [m.split() for p in phrases if p and (m := phrase_meaning(p)) is not None]
    return any(even_kept or own not in meaning for meaning in meanings)


def word_after(text: str, position: int) -> str | None:
    """The word just after ``position``, lowercased ('deterrence' after 'ext'), if any."""
    m = re.match(r"\W*([A-Za-z][\w'’-]*)", text[position:])
    return m.group(1).lower() if m else None


def word_before(text: str, position: int) -> str | None:
    """The word just before ``position`` in the matching form ('samsung' before 'elec'), if any."""
    m = re.search(r"([A-Za-z][\w'’-]*)\W*$", text[:position])
    return normalize(m.group(1)) or None if m else None


def unknown_alternatives(text: str, df: Callable[[str], int]) -> set[str]:
    """The words of a name no document uses that the question gives as an alternative to one they do: 'tokyo' of
    'the trade mission to seoul/tokyo'. Such a word is not a name an answering sentence must say."""
    unknown: set[str] = set()
    for first, second in ALTERNATIVE_NAMES.findall(text):
        pair = [set(passage_form(first).split()), set(passage_form(second).split())]
        known = [all(df(w) for w in side) for side in pair]
        if any(known):
            unknown |= {w for side, ok in zip(pair, known, strict=True) if not ok for w in side}
    return unknown


def document_described(text: str) -> set[str]:
    """The words with which a question names the document it means ('in the korus vaccine partnership
    factsheet'), in the matching form: that document says them, the answering sentence need not.

    >>> sorted(document_described("whats koreas satnav system called in the korus vaccine partnership factsheet"))
    ['korus', 'partnership', 'vaccin']
    >>> document_described("how much did the us pledge for 5g")
    set()
    >>> sorted(document_described("per the fact sheet (the one launching the korus vaccine partnership), how"))
    ['korus', 'launch', 'partnership', 'vaccin']
    >>> sorted(document_described("the fact sheet (the one where rok signs artemis accords) - how much"))
    ['accord', 'artemis', 'rok', 'sign']
    """
    return {w for m in descriptions(text) for w in passage_form(m.group(1)).split() if not is_stopword(w)}


def months_of_events(text: str) -> set[int]:
    """The months a question gives an event it names ('the oct 2025 trade deal', 'the may 2022 summit'): when
    the event happened, which its story may tell anywhere, not the month the story was issued.

    >>> months_of_events("of roks pledge in the oct 2025 trade deal, how much is for ships"), months_of_events("in oct")
    ({10}, set())
    >>> months_of_events("who took over when he left to run in the april elections"), months_of_events("april elex")
    ({4}, {4})
    >>> months_of_events("how many users hit after the nov 29 correction"), months_of_events("the 2 plants")
    ({11}, set())
    """
    found = set()
    for m in (*_dated_event().finditer(text.lower()), *_dated_event().finditer(normalize(text))):
        found |= months_asked(m.group(1))  # (the 'april elex' are the april elections)
    for m in DAY_OF_SOMETHING.finditer(text.lower()):
        found |= months_asked(m.group(1))  # 'after the nov 29 correction': a day names its own event
    return found


@cache
def _spent_on() -> re.Pattern[str]:
    verbs = alternation(load_rules("questions.json")["money_spent_on"]["words"])
    # ('spend just on hosting the event': an adverb may stand before what the money went on)
    return re.compile(
        rf"\b(?:{verbs})\s+(?:out\s+)?(?:just\s+|only\s+|solely\s+)?(?:on|for)\s+(?:the\s+|its\s+|their\s+)?"
        r"([a-z][\w-]*)"
    )


_PHRASE_END = re.compile(
    r"\s+(?:in|at|for|on|by|during|with|to|and|of|from|last|this|that|did|does|do|was|were|is)\b|[?,.;()]"
)
"""Where the phrase naming what money went on ends."""


def phrase_from(text: str, start: int) -> str:
    """The phrase of ``text`` (lower-cased) from ``start`` to the next preposition, verb or punctuation."""
    return _PHRASE_END.split(text.lower()[start:])[0]


def paid_for(text: str) -> set[str]:
    """What a question says money went on ('how much did they spend on catering'), in the matching form: when no
    document uses the word, no sentence tells that spending, so it stays a word the answer must say.

    >>> sorted(paid_for("how much did hd hyundai spend on catering for the groundbreaking"))
    ['cater']
    >>> sorted(paid_for("how much did they spend on korean autos last year"))
    ['auto', 'rok']
    """
    # every word of what it went on, up to a preposition ('korean autos', not 'korean' alone)
    return {w for words in _what_money_went_on(text) for w in words}


@cache
def _dated_event() -> re.Pattern[str]:
    # (a lookahead, so 'the april elections' is tried from 'april' too, not only from 'the')
    return re.compile(rf"(?=\b([a-z]{{3,9}}\.?(?:\s+'?\d{{2,4}})?)\s+(?:[\w-]+\s+){{0,2}}?(?:{event_nouns()})\b)")


_ITSELF = re.compile(r"\b([a-z][\w-]*)\s+(?:by\s+)?(?:itself|themselves)\b")
"""'the ceremony itself', 'that plant by itself'."""


def insisted_on(text: str) -> set[str]:
    """The thing a question insists on by 'itself' ('the groundbreaking ceremony itself'), in the matching form:
    the answering sentence must say it, not a sentence it goes on from (the plant's cost is not the ceremony's).

    >>> insisted_on("how much did they spend on the ceremony itself"), insisted_on("that plant by itself")
    ({'ceremony'}, {'plant'})
    """
    return {passage_form(m.group(1)) for m in _ITSELF.finditer(text.lower())} - {""}


def spent_on(text: str) -> set[str]:
    """Every word of the occasion a question says money was spent on ('spent on the montgomery groundbreaking
    ceremony'), in the matching form: the figure's own sentence must say it, not only its story's opening (the 62
    billion won that set up the subsidiary was not spent on the ceremony). Nothing for what is no occasion ('spend
    on the 2nd plant', 'spend on lobbying'), which a sentence may tell otherwise.

    >>> sorted(spent_on("whats the event budget they spent on the montgomery groundbreaking ceremony in mar 2026"))
    ['ceremony', 'groundbreak', 'montgomery']
    >>> spent_on("how much is hd hyundai spending on the 2nd montgomery plant")
    set()
    """
    said = ({w for w in words if not is_stopword(w)} for words in _what_money_went_on(text))
    return {w for words in said if words & listed_forms("occasion_nouns") for w in words}


def _what_money_went_on(text: str) -> list[set[str]]:
    """The words of each phrase a question says money went on, in the matching form ('spend on catering')."""
    return [set(passage_form(phrase_from(text, m.start(1))).split()) - {""} for m in _spent_on().finditer(text.lower())]


_CONTRAST = re.compile(
    r"\b(?:before|not|excluding|except|other than|rather than|instead of|apart from)\s+(?:the\s+|its\s+|their\s+)?"
    r"([^,;()?]+)"
)


def contrasted(text: str) -> set[str]:
    """The words of what a question sets its figure apart from ('originally put in …, before the 2018 expansion'):
    they place the other figure of the sentence, not the one asked.

    >>> sorted(contrasted("how much did they originally put in to set it up, before the 2018 expansion?"))
    ['2018', 'expansion']

    A year set out before a last question that picks another ('headcount 2011 vs 2025? whats the 2025 number')
    is set apart too.

    >>> sorted(contrasted("headcount 2011 vs 2025? whats the 2025 number"))
    ['2011']

    So is the ordinal of a clause before 'but' that goes on to ask of another one.

    >>> sorted(contrasted("korus cmte - the 2nd session was in dc in oct, but where was the 1st one held?"))
    ['2nd']
    """
    found = {w for m in _CONTRAST.finditer(text.lower()) for w in content_tokens(m.group(1))}
    if (taken := part_taken_out(text)) is not None:  # ('take out the cylindrical plant, how much is left')
        found |= set(content_tokens(taken[1]))
    *before, last = re.split(r"\?\s+(?=\S)", text)
    picked = years_in(last)
    found |= {y for part in before for y in years_in(part)} - picked if picked else set()
    # 'the 2nd special session was in dc, but where was the 1st one held': the clause before 'but' is another's
    other = _BUT_ASKS.search(text.lower())
    return found | ({w for w in content_tokens(other.group(1)) if ORDINAL.fullmatch(w)} if other else set())


_BUT_ASKS = re.compile(r"([^-–—:?]+?),?\s+but\s+(?=(?:where|when|who|what|which|how)\b)")
"""A clause before 'but' that goes on to ask ('the 2nd session was in dc, but where was the 1st')."""


def after_a_but(question: str) -> str:
    """What a question asks after a clause of another event ('…, but where was the 1st one held'); the whole
    question when it has none."""
    parts = _BUT_ASKS.split(question.lower())
    return parts[-1] if len(parts) > 1 else question


def named_in_full(name: str, asked: str) -> bool:
    """'w moon' names President Moon, who went; Moon Sung-wook, who went with him, only shares his surname."""
    return set(normalize(name).split()) <= set(asked.split())


def word_pairs(text: str) -> set[tuple[str, str]]:
    """Adjacent words of a text in the matching form, stopwords left out."""
    words = [w for w in passage_form(text).split() if not is_stopword(w)]
    return set(zip(words, words[1:], strict=False))


@cache
def _several() -> re.Pattern[str]:
    nouns = alternation(load_rules("questions.json")["several_nouns"]["words"])
    return re.compile(rf"\b(?:which|what)\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})\b")


def several_asked(text: str) -> bool:
    """'which korean company investments did it call out': several things are asked, though each is a company's.

    >>> several_asked("which korean company investments did it call out"), several_asked("which company won")
    (True, False)
    """
    return bool(_several().search(text.lower()))


def places_named_there(question: str) -> set[str]:
    """The words after 'in' or 'at' in a question, in the matching form ('the summit in gyeongju' → gyeongju):
    those that are names place its event, and a sentence giving the event's date must say them.

    >>> sorted(places_named_there("what date was the lee-xi summit in gyeongju"))
    ['gyeongju']
    """
    return {passage_form(w) for w in re.findall(r"\b(?:in|at)\s+([a-z][\w-]*)", question.lower())}
