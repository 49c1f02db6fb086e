"""Where the answering words stand in a sentence relative to the question's words, and the small tests a
reading must pass: the nearest span, the clause a date belongs to, the noun a number counts, the question's
frame and comparison words (vocabulary from rules/questions.json).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from functools import cache

from knowledge.answer.normalize import is_stopword, normalize
from knowledge.answer.passages import passage_form, stem
from knowledge.answer.question_type import same_unit
from knowledge.answer.spans import Span, opening_prepositions
from knowledge.rules import alternation, any_word, listed_words, load_rules
from knowledge.text.english import lemmas

NEAR = 60
"""Spans within this many characters of the question's words count as equally near; the more precise wins."""


ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")

OWNER_REACH = 30
"""How far before a figure the name it belongs to may stand."""


@cache
def question_rules_words() -> frozenset[str]:
    """Capitalised words that are no one's name (months, sentence openers)."""
    return frozenset(load_rules("questions.json")["not_places"])


@cache
def clause_break() -> re.Pattern[str]:
    words = load_rules("questions.json")["clause_breaks"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def compounds(words: list[str], df: Callable[[str], int]) -> list[str]:
    """'break ground' where the documents say 'groundbreaking': two words the documents write as one are joined."""
    out: list[str] = []
    i = 0
    while i < len(words):
        pair = words[i : i + 2] if words[i].isalpha() else words[i : i + 1]  # '20-26' is no year 2026
        if len(pair) == 2 and (not pair[1].isalpha() or is_stopword(pair[0]) or is_stopword(pair[1])):
            pair = pair[:1]
        if len(pair) == 2 and df(stem(pair[1] + pair[0])) and not df(stem(pair[0] + pair[1])):
            out.append(pair[1] + pair[0])
            i += 2
        elif len(pair) == 2 and df(stem(pair[0] + pair[1])):
            out.append(pair[0] + pair[1])
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


@cache
def comparison() -> re.Pattern[str]:
    words = load_rules("questions.json")["comparison_words"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def compares(question: str) -> bool:
    """Whether the question it ends on compares: 'headcount - 2011 vs 2025? whats the 2025 number' asks one
    figure after setting out two.

    >>> compares("headcount 2011 vs 2025? whats the 2025 number"), compares("which side put in more?")
    (False, True)
    >>> compares("how many worked there in 2011 vs 2025? roughly")
    True
    >>> compares("what rate did the us lower its reciprocal tariffs to"), compares("whose tariff is lower")
    (False, True)
    >>> compares("which republican posted on X that the assembly would set up more measures vs US firms?")
    False
    >>> compares("coupang lobbying spend in 2024 - how much, and did it beat uber")
    True
    """
    question = without_idioms(question)  # ('what rate did the us lower its tariffs to': a verb)
    question = without_reported_clause(question)  # ('who posted that it would set up more measures')
    last = re.split(r"\?\s+(?=\S)", question)[-1]
    asks = re.search(r"\b(?:what|whats|which|who|how|when|where)\b", last, re.I)  # ('… 2011 vs 2025? roughly')
    return bool(comparison().search(last if asks else question))


def without_reported_clause(question: str) -> str:
    """The question without what someone is asked to have said ('which republican posted on X that the assembly
    would set up more measures'): a comparison or an office in those words is not the question's.

    >>> without_reported_clause("which republican posted on X that the national assembly would act?")
    'which republican  ?'
    """
    return _reported_clause().sub(" ", question)


def without_clauses_of_others(question: str) -> str:
    """The question without what someone is said to have said and without a clause saying when ('who was rok nso
    director when sullivan was in seoul for the nsa mtg'): offices named there are not the one asked for.

    >>> without_clauses_of_others("who was rok nso director when sullivan was in seoul for the nsa mtg?")
    'who was rok nso director '
    """
    asks_when = _opens_on_a_time_word().match(question)  # ('when was he director': asks when)
    return question if asks_when else _time_clause().sub(" ", without_reported_clause(question))


@cache
def _opens_on_a_time_word() -> re.Pattern[str]:
    openers = any_word(load_rules("questions.json")["time_clause"]["openers"]).pattern
    return re.compile(rf"\s*(?:and\s+)?{openers}", re.I)


@cache
def _time_clause() -> re.Pattern[str]:
    """'… when sullivan was in seoul …': a clause placing the question in time (rules ``time_clause``)."""
    rules = load_rules("questions.json")["time_clause"]
    return re.compile(
        rf"\s{any_word(rules['openers']).pattern}\s+(?:\w+\s+){{0,4}}?{any_word(rules['verbs']).pattern}.*$", re.I
    )


def said_by_whom_asked(sentence: str, question: str) -> bool:
    """A question asking who said something ('who posted on X that …') is answered only by a sentence telling what
    someone said; any other question by any sentence."""
    return without_reported_clause(question) == question or reports_speech(sentence)


def reports_speech(sentence: str) -> bool:
    """A sentence telling what someone said ('“…,” read an X post by …', '… said Friday'): only such a sentence
    answers who said something.

    >>> reports_speech('“Targeting Kestrel will hurt U.S. firms,” read an X post by Alan Morrow.')
    True
    >>> reports_speech("Amazon spent $19.14 million, over five times the money spent by Coupang.")
    False
    """
    return bool(_QUOTED.search(sentence) or listed_words("saying_verbs").search(sentence))


_QUOTED = re.compile(r"[“\"][^”\"]{10,}[”\"]")
"""Words in quotation marks: someone's own words."""


@cache
def _reported_clause() -> re.Pattern[str]:
    """What someone is asked to have said ('posted on X that the assembly would set up more measures'): its words
    are theirs, and a comparison in them is not the question's."""
    return re.compile(rf"{listed_words('saying_verbs').pattern}(?:\s+(?:on|in)\s+[\w.]+)?\s+that\b[^?]*", re.I)


def without_idioms(question: str) -> str:
    """The question without phrases that hold a word of comparison but compare nothing ('on top of the grants').

    >>> without_idioms("how much in loans on top of the grants")
    'how much in loans   the grants'
    """
    question = listed_words("not_compared").sub(" ", question)
    return _comparative_as_verb().sub(" ", question)


@cache
def _comparative_as_verb() -> re.Pattern[str]:
    """'what did the us lower': a comparative after a helping verb and up to three words of its subject is the
    verb."""
    words = alternation(load_rules("questions.json")["comparatives_as_verbs"]["words"])
    # (after a question word: 'what did the us lower …'; 'did hyundai lower its investment' asks whether it is lower)
    asking = r"\b(?:what|which|how|when|where|why)\b[^?]*?"
    return re.compile(
        rf"{asking}\b(?:did|does|do|will|would|could|can|should)\s+(?:[\w.'’-]+\s+){{0,3}}?(?:{words})\b", re.I
    )


def stated_superlative(question: str) -> re.Pattern[str] | None:
    """'the biggest single standalone battery plant investment ever in North America': a superlative a document
    may state itself ('the largest-ever standalone battery plant investment'); the sentence read must say one.
    Not for 'more … or …' comparisons, which no one sentence states.

    >>> bool(stated_superlative("who made the biggest investment ever")), stated_superlative("who put more in")
    (True, None)
    """
    rules = load_rules("questions.json")
    question = without_idioms(question)
    # ('the 2018 top-up' is an addition, not the top one.)
    largest = r"\b(?:" + "|".join(re.escape(w) for w in rules["largest_words"]) + r")\b(?![-\s]ups?\b)"
    if not re.search(largest, question, re.I):
        return None
    if re.search(r"\b(?:or|vs\.?|versus)\b", question, re.I):
        return None
    words = rules["largest_words"] + ["largest-ever", "biggest-ever", "first-ever", "first", "only"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


@cache
def frame_words() -> frozenset[str]:
    return frozenset(normalize(" ".join(load_rules("questions.json")["frame_words"])).split())


def unstemmed(names: set[str], words: set[str]) -> set[str]:
    """The question's own words whose stem is one of its names (names are kept stemmed, anchors are not)."""
    return {w for w in words if stem(w) in names}


def anchor_positions(text: str, words: set[str]) -> list[tuple[int, int]]:
    """Where the question's words stand in a sentence (start and end of each word that matches)."""
    return [m.span() for m in re.finditer(r"[\w'’.-]+", text) if set(normalize(m.group(0)).split()) & words]


def precision(span: Span) -> int:
    """How precise a date span is (a day 3, a month 2, a year 1); other spans all 0."""
    value = span.value
    if not isinstance(value, str) or not re.fullmatch(r"(?:\d{4}|--)(?:-\d\d){0,2}(?:/.*)?", value):
        return 0
    return value.split("/")[0].count("-") + (1 if value[:1].isdigit() else 0)


def distance(span: Span, anchors: Sequence[tuple[int, int]]) -> int:
    """Characters between a span and the nearest question word outside it ("Uber's $2.62 million": 1)."""
    outside = [(a, b) for a, b in anchors if not span.start <= a < span.end]
    if not outside:
        return 0
    return min(span.start - b if b <= span.start else max(0, a - span.end) for a, b in outside)


AGENT_REACH = 20
"""How far before a name 'by' may stand and still mark it as the agent ('owned by South Korea's SPC Group')."""


def agent_after(sentence: str, span: Span, anchors: Sequence[tuple[int, int]]) -> bool:
    """The span is the agent of a passive ('owned by', 'funded by', 'operated by') standing after the nearest of
    the question's words before it, with no other of them in between.

    >>> s = "Paris Baguette, owned by SPC Group, and Tous les Jours, owned by CJ Foodville, grew."
    >>> anchors = [(0, 14), (40, 54)]
    >>> [agent_after(s, Span(t, s.index(t), s.index(t) + len(t)), anchors) for t in ("SPC Group", "CJ Foodville")]
    [True, True]
    >>> agent_after(s, Span("SPC Group", 25, 34), [(40, 54)])
    False
    """
    before = [b for _, b in anchors if b <= span.start]
    if not before:
        return False
    return bool(re.search(r"\bby\b", sentence[max(max(before), span.start - AGENT_REACH) : span.start]))


_AND_THEN = re.compile(r"\band\s+(?:then\s+)?([a-z]{3,}ed)\b")
"""'… invested 62 billion won to set up the subsidiary and added another 53 billion won in 2018': a second verb
joined by 'and' starts the clause of another act, which its date is of."""


_REPORTED = re.compile(r"\b([a-z]+)\s+that\b")
"""'… announcing that …': a verb whose clause tells what was said, done later or elsewhere."""


def _second_acts(text: str) -> list[re.Match[str]]:
    """Each 'and <verb>ed' of ``text`` whose word is a verb ('and added'), not an adjective that looks like one."""
    return _verb_matches(_AND_THEN, text)


def _verb_matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Each match of ``pattern`` whose first group is a word English uses as a verb."""
    return [m for m in pattern.finditer(text) if "VERB" in lemmas(m[1])]


def in_another_clause(
    sentence: str, span: Span, anchors: Sequence[tuple[int, int]], dated: bool = False, reported: bool = False
) -> bool:
    """'held the 10th SED, after a deal was finalized in late October': a date behind 'after', 'since', 'when' …
    dates another event than the one the question names. ``dated``: a date, whose act is the verb of its clause
    ('… to set up the subsidiary and added another 53 billion won in 2018': the year of adding, not of setting up);
    a figure there is still one of the parts the question may name. ``reported``: a date before '<verb> that'
    ('today, we are announcing that Korea will host a third Summit') is of the saying, when the question asks of
    what was said rather than of the document saying it."""
    outside = [a for a, _ in anchors if not span.start <= a < span.end]
    if not outside:
        return False
    nearest = min(outside, key=lambda a: abs(a - span.start))
    between = sentence[min(nearest, span.end) : max(nearest, span.start)].lower()
    if clause_break().search(between) or _second_acts(between):
        return True
    if reported and span.end <= nearest and _verb_matches(_REPORTED, between):
        return True  # ('today, we are announcing that Korea will host a third Summit': the day of announcing)
    # '… held the 10th SED, after a deal was finalized during the second summit … in late October': most of
    # what the question names stands before the break, even when a stray word ('second') stands after it.
    # ('… invested 62 billion won to set up the subsidiary and added another 53 billion won in 2018 to expand
    # production': the act asked stands before 'and added', though 'production' stands after the date)
    before = sentence[: span.start].lower()
    cuts = [m.start() for m in clause_break().finditer(before)]
    cuts += [m.start() for m in _second_acts(before)] if dated else []
    if not cuts:
        return False
    cut = max(cuts)
    return len([a for a in outside if a < cut]) > 2 * len([a for a in outside if cut <= a < span.start])


def acted_apart(sentence: str, span: Span, acts: Collection[str]) -> bool:
    """The sentence says the act asked (``acts``, in the passage form) only in another clause than the date: '…
    spent $270,000 this year on Miller Strategies, the lobbying firm founded by Jeff Miller' dates the spending,
    not the founding."""
    said = [m.start() for m in _WORD.finditer(sentence) if passage_form(m.group(0)) in acts]
    between = [sentence[min(at, span.end) : max(at, span.start)] for at in said]
    return bool(said) and all(_CLAUSE_EDGE.search(b) or clause_break().search(b.lower()) for b in between)


_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_CLAUSE_EDGE = re.compile(r"[,;:()]|\s[–—-]\s")
"""What sets a clause apart within a sentence: a comma, a colon, a bracket or a dash."""


@cache
def _place_verbs() -> dict[str, re.Pattern[str]]:
    classes: dict[str, list[str]] = load_rules("questions.json")["place_verb_classes"]
    return {name: any_word(words) for name, words in classes.items() if not name.startswith("_")}


def place_verbs_asked(question: str) -> list[re.Pattern[str]]:
    """The kinds of placing a question asks about ('where was it held' → holding); when it names none, all kinds
    but those only a question naming them asks ('his consulate': where an office posts its holder)."""
    asked = [p for p in _place_verbs().values() if p.search(question)]
    only_asked = set(load_rules("questions.json")["place_verb_classes"].get("_asked_only", []))
    return asked or [p for name, p in _place_verbs().items() if name not in only_asked]


def asks_a_post(question: str) -> bool:
    """'which consulate is he posted at': where an office posts its holder, which only the sentence naming him with
    his title tells ('Consul General … in Atlanta'), never a neighbour's place of the event he attended.

    >>> asks_a_post("which consulate is he posted at"), asks_a_post("where was the groundbreaking")
    (True, False)
    """
    return bool(_place_verbs()["post"].search(question))


def asks_a_venue(question: str) -> bool:
    """'where exactly did they meet', 'what venue': the most precise place is asked, the venue before its city.

    >>> asks_a_venue("where exactly did they hold the trilat"), asks_a_venue("where did they hold the trilat")
    (True, False)
    """
    return bool(listed_words("venue_questions").search(question))


def placed_by_a_verb(sentence: str, span: Span, verbs: Sequence[re.Pattern[str]]) -> bool:
    """A verb of the kind asked (holding, speaking, building, visiting) stands before the place, in its clause; a
    verb further than ``PLACE_REACH`` ('made his first trip to South Korea in 11 years on the sidelines of the …
    summit in Gyeongju') only with no comma between ('… icebreaker in over 50 years, Bollinger will play a role in
    the Icebreaker Collaboration Effort' is no place it builds)."""
    before = re.split(r"[;:!?]|\.(?!\d)", sentence[max(0, span.start - FAR_PLACE_REACH) : span.start])[-1]  # "$3.87"
    near = before[-PLACE_REACH:]
    if _fronted().fullmatch(sentence[: span.start]) and sentence[span.end : span.end + 1] == ",":
        # 'In Shanghai, Lee plans to visit the site': a place set before its clause is placed by the clause's verb.
        after = re.split(r"[,;:!?]|\.(?!\d)", sentence[span.end + 1 : span.end + 1 + PLACE_REACH])[0]
        return any(v.search(after) for v in verbs)
    return any(v.search(near) for v in verbs) or any(v.search(before.rsplit(",", 1)[-1]) for v in verbs)


@cache
def _fronted() -> re.Pattern[str]:
    """A sentence's opening preposition before a place ('In Shanghai, …'; rules ``prepositions``)."""
    return re.compile(rf"\s*(?:{opening_prepositions()})\s+(?:the\s+)?")


PLACE_REACH, FAR_PLACE_REACH = 90, 110
"""How far before a place the verb that places something there may stand; further with no comma between."""


def has_unit(span: Span, unit: str) -> bool:
    """'10 participants' counts people; '1,400 jobs' counts jobs."""
    return any(has_unit_word(w, unit) for w in re.findall(r"[A-Za-z%]+", span.text))


def has_unit_word(word: str, unit: str) -> bool:
    """'outlets' names the unit 'stores'; 'participants' the unit 'people' (``same_unit``)."""
    return same_unit(word, unit)
