"""Spans that say which one of a series or of a kind: an ordinal ('the 139th anniversary' for 'which anniv'),
and the words before a noun that say its kind ('destructive direct-ascent anti-satellite missile testing' for
'what kind of testing'). Pure functions of the text; the spelled ordinals come from the synonyms (rules)."""

from __future__ import annotations

import re
from collections.abc import Collection, Set
from functools import cache

from knowledge.answer.index import TITLE_WORDS
from knowledge.answer.normalize import is_stopword, normalize
from knowledge.answer.organization_kinds import kinds_asked
from knowledge.answer.question_type import QuestionShape, commitment_nouns
from knowledge.answer.spans import Span, question_rules
from knowledge.rules import listed_words, load_rules
from knowledge.text.dates import find_dates


@cache
def _ordinal_words() -> dict[str, str]:
    """'fourth' → '4': the ordinals the synonyms spell out, with their numbers."""
    phrases: dict[str, str] = load_rules("synonyms.json")["phrases"]
    return {w: v[:-2] for w, v in phrases.items() if w.isalpha() and re.fullmatch(r"\d+(?:st|nd|rd|th)", v)}


@cache
def _ordinal_pattern() -> re.Pattern[str]:
    words = "|".join(sorted(_ordinal_words(), key=len, reverse=True))
    return re.compile(rf"\b(?:(\d+)(?:st|nd|rd|th)|({words}))\b(?:\s+[A-Za-z][\w'’-]*)?", re.I)


def ordinals_in(text: str) -> list[Span]:
    """Ordinals with the noun after them, valued as their number: what 'which anniversary' asks for.

    >>> [(s.text, s.value) for s in ordinals_in("a day shy of our 139th anniversary, the fourth trilateral")]
    [('139th anniversary', '139'), ('fourth trilateral', '4')]
    >>> ordinals_in("the first two Summits")
    []
    """
    dated = [(d.start, d.end) for d in find_dates(text)]
    counts = load_rules("organizations.json")["count_words"]
    return [
        Span(m.group(0), m.start(), m.end(), m[1] or _ordinal_words()[m[2].lower()])
        for m in _ordinal_pattern().finditer(text)
        if not any(a <= m.start() < b for a, b in dated)  # 'March 5th' is a date
        # 'the first two Summits' counts them: it is the round of none
        and not (m.group(0).split()[-1].isdigit() or m.group(0).split()[-1].lower() in counts)
    ]


KIND_WORDS = 5
"""How many words before a noun may say what kind it is ('destructive direct-ascent anti-satellite missile testing')."""


def kinds_of(text: str, noun: str) -> list[Span]:
    """The noun with the words before it that say its kind, up to a word that is no part of them.

    >>> [s.text for s in kinds_of("not to conduct destructive direct-ascent anti-satellite missile testing", "testing")]
    ['destructive direct-ascent anti-satellite missile testing']
    >>> [s.text for s in kinds_of("not to conduct destructive direct-ascent anti-satellite missile testing", "test")]
    ['destructive direct-ascent anti-satellite missile testing']
    """
    spans = []
    stop = question_rules()["count_noun_ends"]
    # (the noun as asked; else its '-ing' form, 'what kind of test' of 'missile testing')
    found = list(re.finditer(rf"\b{re.escape(noun)}\b", text, re.I))
    for m in found or re.finditer(rf"\b{re.escape(noun)}ing\b", text, re.I):
        words = list(re.finditer(r"[A-Za-z][\w-]*", text[: m.start()]))[-KIND_WORDS - 1 :]
        if not words:
            continue  # the noun opens the text: no word says its kind
        kept: list[re.Match[str]] = []
        for before, w in reversed(list(zip([None, *words[:-1]], words, strict=True))):
            plain = w.group(0).lower()
            # A stopword, a preposition, a comma or the verb after 'to' ('not to conduct') ends the kind.
            verb = before is not None and before.group(0).lower() == "to"
            if plain in stop or is_stopword(plain) or verb or "," in text[w.end() : m.start()]:
                break
            kept.insert(0, w)
        if kept:
            phrase = text[kept[0].start() : m.end()]
            spans.append(Span(phrase, kept[0].start(), m.end(), phrase))
    return spans


@cache
def _undertaken() -> re.Pattern[str]:
    nouns = commitment_nouns()
    return re.compile(rf"\b(?:{nouns})\s+((?:not\s+)?to\s+[^.;,()]+?)(?=\s*(?:[.;,()]|\band\b|$))", re.I)


def commitments_in(text: str) -> list[Span]:
    """What a sentence says was undertaken, the noun saying so and its 'to' or 'not to' to the end of the clause.

    >>> [s.text for s in commitments_in("She welcomed the ROK's commitment not to conduct missile testing.")]
    ['commitment not to conduct missile testing']
    """
    return [Span(m.group(0), m.start(), m.end(), m.group(0)) for m in _undertaken().finditer(text)]


_LIST_OPENER = re.compile(r"\b(?:including|such as|namely|in the areas of|in areas like)\s+|:\s+", re.I)


def listed_items(text: str) -> list[Span]:
    """The items a sentence enumerates after 'including', 'such as' or a colon: what 'which ones?' asks for
    after a count ('six main technology areas, including semiconductors, biotechnology, and quantum').

    >>> [s.text for s in listed_items("six areas, including chips, biotechnology, and clean energy. More later")]
    ['chips', 'biotechnology', 'clean energy']
    """
    opener = _LIST_OPENER.search(text)
    if opener is None:
        return []
    end = re.search(r"[.;)]\s|[.;)]?$", text[opener.end() :])
    stop = opener.end() + (end.start() if end else len(text))
    spans: list[Span] = []
    for m in re.finditer(r"[^,]+", text[opener.end() : stop]):
        item = re.sub(r"^\s*(?:and|or)\s+", "", m.group(0)).strip()
        if item:
            start = opener.end() + m.start() + m.group(0).index(item)
            spans.append(Span(item, start, start + len(item), item))
    return spans if len(spans) >= 2 else []


_MET_WITH = re.compile(r"\bwith\s+(?:the\s+)?([^,;.]+?)\s*(?=,|;|\.(?:\s|$)|\s+and\s+(?:a|an|the)\b|$)")
_COORDINATED = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:a|an|the)?\s*(?:[\w-]+\s+){0,3}?$")


def met_with(text: str) -> list[Span]:
    """The ones a sentence lists as met, each after its own 'with' ('a session with the American Chamber of
    Commerce in Korea, a roundtable discussion with Korean clean tech investors …, and a meeting with the Korean
    Semiconductor Industry Association'): what 'which groups did he sit down with' asks; two at least, each
    'with' coordinated with the one before.

    >>> [s.text for s in met_with("These included a session with the Chamber in Korea, a roundtable with Korean "
    ...     "investors in the United States, and a meeting with the Chip Association.")]
    ['Chamber in Korea', 'Korean investors in the United States', 'Chip Association']
    >>> met_with("He met with the minister and spoke with reporters.")
    []
    """
    found = list(_MET_WITH.finditer(text))
    run: list[re.Match[str]] = []
    for m in found:
        if run and not _COORDINATED.match(text[run[-1].end(1) : m.start()]):
            if len(run) >= 2:
                break
            run = []
        run.append(m)
    if len(run) < 2:
        return []
    return [Span(m.group(1), m.start(1), m.end(1), m.group(1)) for m in run]


_TITLE_AFTER = re.compile(r"\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:(?:for|of|on|the|and|to|in)\s+)*[A-Z][\w'’-]*)*)")
"""A title in capitals after the words before it, its lowercase joining words kept ('Coordinator for Indo-Pacific
Affairs on the National Security Council')."""


FORMER_REACH = 40
"""How far before 'who had served as' the one who held the office is named ('Deputy Secretary Campbell, who …')."""


def former_offices_in(text: str, names: Collection[str]) -> list[Span]:
    """Offices a sentence says one of ``names`` (the question's, lowercased) held before: the title in capitals
    after 'served as', … (rules ``former_office_said``) named just after them, for 'what job did X hold before'.

    >>> text = "He asked Deputy Secretary Campbell, who had served as Coordinator for Indo-Pacific Affairs on the"
    >>> [s.text for s in former_offices_in(text, {"campbell"})], former_offices_in(text, {"cho"})
    (['Coordinator for Indo-Pacific Affairs'], [])
    >>> [s.text for s in former_offices_in("Han Do-yun, the former senior presidential secretary, was named", {"yun"})]
    ['senior presidential secretary']
    >>> [s.text for s in former_offices_in("Trump met Lee Min-su, the former governor of Gyeonggi.", {"trump"})]
    []
    """
    spans = []
    for cue in listed_words("former_office_said").finditer(text):
        title = _TITLE_AFTER.match(text, cue.end()) or _lowercase_title_after(text, cue.end())
        if title and _named_before(text, cue.start(), names):
            spans.append(Span(title.group(1), title.start(1), title.end(1), title.group(1)))
    # 'Choi Sang-mok, the former senior presidential secretary for economic affairs, has been appointed'
    for m in _FORMER_APPOSITIVE.finditer(text):
        if (word_before := re.findall(r"[a-z]+", text[: m.start()].lower())[-1:]) and word_before[0] in names:
            spans.append(Span(m.group(1), m.start(1), m.end(1), m.group(1)))
    return spans


def _lowercase_title_after(text: str, at: int) -> re.Match[str] | None:
    """'… who previously served as national security advisor during …': a title in lowercase, a few words ending
    in a title word; none of them a joining word or a verb's form ('working with the minister', 'tapped as
    trade minister' say no office held)."""
    found = _lowercase_title().match(text, at)
    if found is None or any(is_stopword(w) or w.endswith(("ing", "ed")) for w in found.group(1).split()[:-1]):
        return None
    return found


@cache
def _lowercase_title() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:the\s+)?((?:[a-z][\w'’-]*\s+){{0,3}}?(?:{'|'.join(sorted(TITLE_WORDS))}))\b")


def _named_before(text: str, at: int, names: Collection[str]) -> bool:
    """One of ``names`` stands just before ``at`` (within ``FORMER_REACH`` characters), or just before the
    description a 'who' clause there goes on ('Robert O'Brien, a Republican foreign policy adviser who
    previously served as …')."""
    before = text[max(0, at - FORMER_REACH) : at]
    clause = re.search(
        r"([\w'’.-]+(?:\s+[\w'’.-]+){0,2}),\s+(?:a|an|the)\s+[^,;]{3,80}?\bwho\s+(?:\w+\s+)?$", text[:at]
    )
    if clause:
        before += " " + clause.group(1)
    return bool(set(re.findall(r"[a-z][\w-]*", re.sub(r"[’']", "", before.lower()))) & set(names))


_FORMER_APPOSITIVE = re.compile(
    r",\s+(?:the\s+)?former\s+([A-Za-z][\w'’-]*(?:\s+[\w'’.-]+?){0,8}?)(?=\s*[,;]|\.\s+[A-Z]|\.?$)"
)
"""A former office set off right after a name: 'X, the former senior presidential secretary for economic affairs,'
('the former ambassador to the U.S.,' keeps its full stops)."""


_NUMBER_OF = re.compile(r"\b(?:what|which)\s+(?:number|#|no\.)\s+(?!of\b)([a-z0-9]+)")
ORDINAL_NOUN_WORDS = 3
"""The noun an ordinal numbers stands within this many words after it ('10th Senior Economic Dialogue')."""


def of_the_noun_numbered(text: str, spans: list[Span], asked: str) -> list[Span]:
    """'what number SED was that one': an ordinal of the noun asked ('the 10th SED'), not of another ('the second
    summit')."""
    m = _NUMBER_OF.search(asked)
    if m is None or is_stopword(m.group(1)):
        return spans
    noun = m.group(1)

    def numbers_the_noun(span: Span) -> bool:  # (as written or clipped: 'trilat', 'anniv')
        after = normalize(text[span.start :]).split()[: ORDINAL_NOUN_WORDS + 1]
        return any(w.startswith(noun) or noun.startswith(w) for w in after if len(w) >= min(3, len(noun)))

    return [s for s in spans if numbers_the_noun(s)]


def naming_words(asked: str, own_text: str, shape: QuestionShape, qualifiers: Set[str] = frozenset()) -> str:
    """The words whose names are no answer to a question: a place the thread named may be where its subject went
    next (only the follow-up's ``own_text`` counts), and the noun of 'what visa type' or the kind of 'which us
    agencies' is the answer's own ('I-visa', 'United States Harbor Agency'), as are the words ``qualifiers`` put
    before the kind of organisation asked ('which cj company').

    >>> naming_words("what visa type did they need", "", QuestionShape("name", "visa")).split()
    ['what', 'type', 'did', 'they', 'need']
    """
    led = re.match(r"\s*(?:and\s+)?(?:which|what)\s+((?:\S+\s+){0,3})", asked)
    qualifiers = set(qualifiers) & set(led.group(1).split()) if led else set()  # (right after 'which', not later)
    if shape.answer_type == "organization" and qualifiers:  # ('which cj company owns it': 'CJ Foodville Co.')
        return " ".join(w for w in asked.split() if w not in qualifiers)
    if shape.answer_type == "name" and shape.unit:
        return re.sub(rf"\b{re.escape(shape.unit)}\b", " ", asked)
    if shape.answer_type == "list":  # ('which us agencies': 'United States Harbor Agency')
        kinds = kinds_asked(asked)
        return " ".join(w for w in asked.split() if w not in kinds)
    return own_text if shape.answer_type == "place" else asked
