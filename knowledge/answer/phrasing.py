"""Facts in words: a headline that states a fact in a few words, a short label that finds it again, dates as
people write them.

A headline is what a reader sees first, so it is the answer and the least around it that makes it a fact:
'Don Graves — Deputy Secretary of Commerce (U.S.)', 'October 13, 2020 — Fifth U.S.-ROK Senior Economic Dialogue',
'$150 billion — ROK, U.S. shipbuilding'. The sentence it came from is quoted beside it, so the
headline never needs the whole sentence. Text is shortened at a word, with an ellipsis, never inside one.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from knowledge.answer.index import Fact
from knowledge.models import DateFact, Official, Pledge
from knowledge.text.dates import find_dates
from knowledge.text.names import with_other_spellings

HEADLINE_CHARS = 150  # a headline fits one line of a Slack message, and a header block (150 characters)
PHRASE_CHARS = 80  # what happened, or what a pledge is for: about a dozen words
ELLIPSIS = "…"


def human_date(iso: str) -> str:
    """'2020-10-13' → 'October 13, 2020'; ranges and partial dates read naturally too.

    >>> human_date("2020-10-19/2020-10-22"), human_date("--09-20"), human_date("2025-10")
    ('October 19, 2020 – October 22, 2020', 'September 20 (year not stated)', 'October 2025')
    """
    if "/" in iso:
        a, b = iso.split("/")
        return f"{human_date(a)} – {human_date(b)}"
    if iso.startswith("--"):
        month, _, day = iso[2:].partition("-")
        name = date(2000, int(month), 1).strftime("%B")
        return f"{name} {int(day)} (year not stated)" if day else f"{name} (year not stated)"
    parts = iso.split("-")
    if len(parts) == 3:
        d = date.fromisoformat(iso)
        return f"{d.strftime('%B')} {d.day}, {d.year}"
    if len(parts) == 2:
        return f"{date(int(parts[0]), int(parts[1]), 1).strftime('%B')} {parts[0]}"
    return iso


def clip_words(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a word, with an ellipsis when anything was cut.

    >>> clip_words("Indo-Pacific region and the world", 20)
    'Indo-Pacific region…'
    >>> clip_words("Supercalifragilistic", 8)
    '…'
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: max(limit - len(ELLIPSIS), 0) + 1]
    space = cut.rfind(" ")
    kept = cut[:space] if space > 0 else ""
    return kept + ELLIPSIS


# The end of a clause: a comma before a lower-case word ('…, including 5G'), a dash, a semicolon, a bracket.
_CLAUSE_END = re.compile(r",\s+(?=[a-z“\"'])|\s+[—–]\s+|\s+--\s+|;\s|\s\(")
_DATELINE = re.compile(
    r"^(?:\((?:AP|Yonhap)\)\s*[—–-]+\s*|[A-Z][A-Z .]{2,30},[^—–]{0,60}?(?:\s[—–]|--|/PRNewswire/\s*--)\s*"
    r"|[A-Z][A-Z .'-]{2,40}:\s+)"  # or a speaker's name in a transcript ('PRESIDENT BIDEN: ')
)
_DANGLING = re.compile(r"\b(?:[Oo]n|[Ii]n|[Bb]y|[Bb]efore|[Ss]ince|[Aa]t|[Oo]f|[Tt]he|and|from|to)\s*$")
_ABBREVIATION = re.compile(r"\s*\((?:[A-Z][A-Za-z.&-]{1,9})\)")
_SIDES = (
    (re.compile(r"United States-Republic of Korea"), "U.S.-ROK"),
    (re.compile(r"Republic of Korea-United States"), "ROK-U.S."),
)


def tidy(text: str) -> str:
    """An extracted phrase without what extraction left behind: the hole where a date was cut out ('on , the'),
    a news dateline, bracketed abbreviations, a dangling preposition at the end.

    >>> tidy("SEOUL, March 5, 2024 — On , the United States (U.S.) met in Seoul on")
    'the United States met in Seoul'
    """
    text = " ".join(text.split())
    text = _DATELINE.sub("", text)
    text = re.sub(r"\b(?:[Oo]n|[Ii]n|[Bb]y)\s+,\s*", "", text)
    text = re.sub(r"\s+,", ",", text)
    text = re.sub(r"\bon (?=(?:in|for|to|at|with|and|on)\b)", "", text)  # 'met in Washington on to review'
    text = _ABBREVIATION.sub("", text)
    for pattern, short in _SIDES:
        text = pattern.sub(short, text)
    previous = None
    while previous != text:
        previous = text
        text = _DANGLING.sub("", text).rstrip(" ,;:—–-")
    return text


def first_clause(text: str, limit: int = PHRASE_CHARS) -> str:
    """The first clause of a phrase, in at most ``limit`` characters, cut at a word.

    >>> first_clause("Strengthen competitiveness in advanced technologies, including 5G and 6G")
    'Strengthen competitiveness in advanced technologies'
    >>> first_clause("The ROK has proposed to host the sixth Senior Economic Dialogue in Seoul", 40)
    'The ROK has proposed to host the sixth…'
    """
    text = tidy(text)
    m = _CLAUSE_END.search(text)
    if m and len(text[: m.start()].split()) >= 4:
        text = text[: m.start()]
    clipped = clip_words(text, limit)
    return tidy(clipped.removesuffix(ELLIPSIS)).rstrip(ELLIPSIS + " ") + ELLIPSIS if clipped != text else text


# Named events: a run of capitalised words ending in one of these nouns ('Senior Economic Dialogue').
_EVENT_NOUNS = frozenset(
    "Dialogue Summit Conference Forum Meeting Talks Mission Initiative Agreement Partnership Accords Exercise "
    "Committee Commission Session Roundtable Ceremony Council Program Programme Consultations Group Force "
    "Declaration Framework Visit Alliance".split()
)
_GROUPS = frozenset({"Working", "Task", "Experts", "Steering"})
_CONNECTORS = frozenset({"of", "on", "for", "and", "the", "in", "&"})
_ORDINAL = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|inaugural|annual|trilateral|bilateral|ministerial-level)$",
    re.I,
)
_PLACE = re.compile(r"\b(?:in|at)\s+((?:central\s+)?[A-Z][a-z]+\.?(?:,?\s+(?:[A-Z][a-z]*\.?)+){0,2})")
_NOT_PLACES = frozenset("January February March April May June July August September October November December".split())


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit() or word.startswith(("U.S.", "ROK"))


def named_event(text: str) -> tuple[str, str] | None:
    """(the event's name, the text after it) when a phrase names one.

    >>> named_event("The U.S. hosted the fifth U.S.-ROK Senior Economic Dialogue in Seoul")
    ('fifth U.S.-ROK Senior Economic Dialogue', ' in Seoul')
    >>> named_event("the two sides met") is None
    True
    """
    words = text.split(" ")
    for end, word in enumerate(words):
        if word.strip(",.;:") not in _EVENT_NOUNS or not word[:1].isupper():
            continue
        if word.strip(",.;:") in ("Group", "Force") and (end == 0 or words[end - 1] not in _GROUPS):
            continue  # 'Hyundai Motor Group' is a company; 'Working Group' and 'Task Force' are events
        start = end
        while start > 0:
            before = words[start - 1]
            if _capitalised(before) and before.lower() not in ("the", "a", "an"):
                start -= 1
            elif before in _CONNECTORS and start - 1 > 0 and _capitalised(words[start - 2]) and start < end:
                start -= 1
            else:
                break
        while start < end and words[start] in _CONNECTORS:
            start += 1
        if start > 0 and _ORDINAL.match(words[start - 1]):
            start -= 1
        name = " ".join(words[start : end + 1]).rstrip(",.;:")
        if end > start:
            return name, (" " + " ".join(words[end + 1 :])) if end + 1 < len(words) else ""
    return None


def event_phrase(event: str) -> str:
    """What happened, in a few words: the event's name and where, else the first clause of the sentence.

    >>> event_phrase("The U.S. Department of State hosted the fifth United States (U.S.)-Republic of Korea (ROK) "
    ...              "Senior Economic Dialogue (SED) in a virtual format")
    'Fifth U.S.-ROK Senior Economic Dialogue'
    >>> event_phrase("Senior diplomats of Korea and the United States discussed bilateral cooperation in enhancing "
    ...              "economic security during their economic talks in Washington")
    'Senior diplomats of Korea and the United States discussed bilateral cooperation…'
    """
    text = tidy(event)
    named = named_event(text)
    if named is not None:
        name, after = named
        place = _PLACE.search(after)
        where = place.group(1).rstrip(",") if place and place.group(1) not in _NOT_PLACES else ""
        phrase = f"{name}, {where}" if where and where.split()[0] not in _EVENT_NOUNS else name
    else:
        phrase = first_clause(text)
    return phrase[:1].upper() + phrase[1:]


def _country(country: str) -> str:
    return {"US": " (U.S.)", "ROK": " (ROK)"}.get(country, "")


_ORG_FILLER = frozenset({"ministry", "department", "of", "the", "affairs", "office", "and", "u.s", "us", "korea"})


def _organization_adds(title: str, organization: str | None) -> bool:
    """Whether naming the organisation says more than the title ('Ministry of Foreign Affairs' after
    'Second Vice Foreign Minister' does not)."""
    if not organization:
        return False
    own = {w.strip(",.").lower() for w in organization.split()} - _ORG_FILLER
    return not own <= {w.strip(",.").lower() for w in title.split()}


def _actor(actor: str) -> str:
    return "U.S. and ROK" if actor == "both" else actor


_LEADING_CLAUSE = re.compile(r"^(?:Under|As part of|In|With|Through|Following)\b[^,]{0,80},\s*")
_GENERAL_NOUN = re.compile(r"\s+(?:sector|industry|field|area)$")
_PREPOSITION = re.compile(r"^(?:in|for|to|on)\s+(?:the\s+)?(?=\S)")


def pledge_topic(pledge: Pledge) -> str:
    """What a pledge is for, in a few words; the amount and who pledged it are said apart.

    >>> pledge_topic(Pledge(actor="ROK", amount_text="$150 billion", what="in the U.S. shipbuilding sector"))
    'U.S. shipbuilding'
    >>> pledge_topic(Pledge(actor="ROK", amount_text="$350 billion", what="Under the deal, Seoul committed to "
    ...                     "investing $350 billion in the U.S"))
    'in the U.S'
    """
    what = pledge.what.strip()
    if pledge.amount_text and pledge.amount_text in what:
        before, after = what.split(pledge.amount_text, 1)
        after = after.lstrip(" )")  # 'KRW 5 trillion ($3.6 billion) in loans'
        if after.startswith(","):  # '… of $45 billion, the department said': what comes before says what it is for
            what = tidy(before) or what
        else:
            what = after if len(after.split()) >= 2 else _LEADING_CLAUSE.sub("", what)
    else:
        what = _LEADING_CLAUSE.sub("", what)
    what = what.lstrip(" ),;:")  # what extraction left of '… ($3.6 billion) in loans'
    topic = _PREPOSITION.sub("", what)
    topic = topic if len(topic.split()) >= 2 else what
    general = _GENERAL_NOUN.sub("", topic)  # 'U.S. shipbuilding sector' says no more than 'U.S. shipbuilding'
    return first_clause(general if len(general.split()) >= 2 else topic)


def _statistic_subject(subject: str, amount_text: str) -> str:
    before = subject.split(amount_text, 1)[0] if amount_text in subject else subject
    before = re.sub(r"^(?:In|By|As of|Last year|This year)\b[^,]*,\s*", "", before.strip())
    stop = {"reached", "hit", "totaled", "totalled", "topped", "a", "record", "more", "than", "to", "of", "about"}
    words = before.split()
    while words and words[-1].lower().strip(",") in stop | {"nearly", "over", "was", "were", "at", "stood"}:
        words.pop()
    return first_clause(" ".join(words)) if words else first_clause(subject)


def fact_text(fact: Fact) -> str:
    """The one line that states a fact in full: what the answering code weighs and ``--format json`` gives.

    Readers see ``headline(fact_text(fact), kind, quote)``, the same fact in a few words.
    """
    if isinstance(fact, Official):
        org = f", {fact.organization}" if fact.organization else ""
        name = with_other_spellings(fact.name, fact.aliases, [source.quote for source in fact.sources])
        return f"{name} — {fact.title}{org} ({fact.country})"
    if isinstance(fact, DateFact):
        return f"{human_date(fact.date)} — {fact.event}"
    if isinstance(fact, Pledge):
        actor = _actor(fact.actor)
        condition = f"{_CONDITION}{fact.conditions})" if fact.conditions else ""
        if fact.amount_text:
            return f"{actor} pledged {fact.amount_text} — {fact.what}{condition}"
        return f"{actor} pledged: {fact.what}{condition}"
    return f"{fact.amount_text} — {fact.subject}" + (f" ({fact.date})" if fact.date else "")


_CONDITION = " (condition: "
_PLEDGE = re.compile(r"^(?P<actor>.+?) pledged(?: (?P<amount>[^—]+?) —|:) (?P<what>.*)$", re.S)
_STATISTIC_DATE = re.compile(r" \((?P<date>\d{4}(?:-\d\d){0,2})\)$")


def _whole_words(phrase: str, quote: str) -> str:
    """``phrase`` without a last word that its sentence never writes whole: extraction sometimes cuts a phrase
    inside a word ('… the Indo-Pa'), and a headline must not show the stump."""
    if not quote:
        return phrase
    body = phrase.removesuffix(ELLIPSIS).rstrip()
    words = body.split(" ")
    last = re.sub(r"^\W+|\W+$", "", words[-1])
    if len(words) > 1 and last and not re.search(rf"(?<![\w-]){re.escape(last)}(?![\w-])", quote):
        return tidy(" ".join(words[:-1])) + ELLIPSIS
    return phrase


@lru_cache(maxsize=4096)  # an answer's headline is asked for by each part of its message; it is a pure function
def headline(text: str, kind: str, quote: str = "", *, brief: bool = False) -> str:
    """The fact of an answer in a few words, for the bold line a reader sees first.

    ``text`` is the answer's full statement (``fact_text``), ``kind`` its kind, ``quote`` the sentence it was
    read from; ``brief`` leaves a pledge's condition out (for a line of a list). Never longer than
    ``HEADLINE_CHARS`` and never cut inside a word.

    >>> headline("Don Graves — Deputy Secretary of Commerce, Department of Commerce (US)", "official")
    'Don Graves — Deputy Secretary of Commerce (U.S.)'
    >>> headline("ROK pledged $150 billion — in the U.S. shipbuilding sector (condition: in return for lower "
    ...          "tariffs on Korean goods)", "pledge")
    '$150 billion — ROK, U.S. shipbuilding (in return for lower tariffs on Korean goods)'
    >>> headline("October 13, 2020 — The U.S. Department of State hosted the fifth United States (U.S.)-Republic "
    ...          "of Korea (ROK) Senior Economic Dialogue (SED) in a virtual format", "date")
    'October 13, 2020 — Fifth U.S.-ROK Senior Economic Dialogue'
    """
    text = " ".join(text.split())
    if kind == "official" and " — " in text:
        return clip_words(_official_headline(text), HEADLINE_CHARS)
    if kind == "date" and " — " in text:
        when, event = text.split(" — ", 1)
        return clip_words(f"{when} — {_whole_words(event_phrase(event), quote)}", HEADLINE_CHARS)
    if kind == "pledge":
        m = _PLEDGE.match(text)
        if m:
            what, _, condition = m.group("what").partition(_CONDITION)
            topic = _whole_words(pledge_topic(Pledge(actor="", amount_text=m.group("amount"), what=what)), quote)
            tail = f" ({_whole_words(first_clause(condition.removesuffix(')'), 60), quote)})" if condition else ""
            tail = "" if brief else tail  # a line of a list leaves the condition to the quote behind it
            if m.group("amount"):  # the amount is the answer to 'how much', so it leads
                topic = _sentence_case_off(topic, f"{quote} | {m.group('actor')}")
                return clip_words(f"{m.group('amount')} — {m.group('actor')}, {topic}{tail}", HEADLINE_CHARS)
            return clip_words(f"{m.group('actor')} pledged: {topic}{tail}", HEADLINE_CHARS)
    if kind == "statistic" and " — " in text:
        amount, subject = text.split(" — ", 1)
        m = _STATISTIC_DATE.search(subject)
        when = f" ({human_date(m.group('date'))})" if m else ""
        subject = subject[: m.start()] if m else subject
        return clip_words(
            f"{amount} — {_whole_words(_statistic_subject(subject, amount), quote)}{when}", HEADLINE_CHARS
        )
    if kind == "passage" and _is_a_date(text):
        named = named_event(tidy(quote))
        if named is not None:  # a date read off a sentence is the date of the event the sentence names
            return clip_words(f"{text} — {event_phrase(quote)}", HEADLINE_CHARS)
    return clip_words(text, HEADLINE_CHARS)  # a reading is words of its sentence, or a name and a known title


def _is_a_date(text: str) -> bool:
    found = find_dates(text)
    return len(found) == 1 and found[0].end - found[0].start >= len(text.strip()) - 1


def _sentence_case_off(phrase: str, quote: str = "") -> str:
    """'Strengthen competitiveness…' → 'strengthen competitiveness…' after a comma; a name keeps its capital
    (one that the sentence writes with a capital inside it, or a run of capitalised words).

    >>> _sentence_case_off("Strengthen competitiveness"), _sentence_case_off("Official Development Assistance")
    ('strengthen competitiveness', 'Official Development Assistance')
    >>> _sentence_case_off("Seoul committed to investing", "Under the deal, Seoul committed to investing.")
    'Seoul committed to investing'
    """
    words = phrase.split(" ")
    first = words[0]
    named = re.search(rf"(?<=[\w,;:|] ){re.escape(first)}\b", quote) is not None
    if len(words) > 1 and first[:1].isupper() and first[1:].islower() and words[1][:1].islower() and not named:
        return first.lower() + phrase[len(first) :]
    return phrase


_ORGANIZATION_START = re.compile(r"(?:Ministry|Department|Office|Embassy|Bureau|Agency|The White House|White House)\b")


def _official_headline(text: str) -> str:
    name, rest = text.split(" — ", 1)
    m = re.search(r" \((US|ROK|other)\)$", rest)
    country = _country(m.group(1)) if m else ""
    rest = rest[: m.start()] if m else rest
    # Titles and organisations both hold commas ('Minister of Trade, Industry and Energy'): the organisation
    # starts at the first comma followed by an organisation's word, else at the last comma.
    cuts = [i for i in range(len(rest)) if rest.startswith(", ", i)]
    at = next((i for i in cuts if _ORGANIZATION_START.match(rest, i + 2)), cuts[-1] if cuts else -1)
    if at > 0 and not _organization_adds(rest[:at], rest[at + 2 :]):
        rest = rest[:at]
    return f"{name} — {rest}{country}"


def fact_label(fact: Fact) -> str:
    """A short name for a fact, usable as a query that finds it again; whole words only.

    >>> fact_label(DateFact(date="2020-10-13", precision="day", event="The U.S. hosted the fifth U.S.-ROK Senior "
    ...                     "Economic Dialogue in a virtual format"))
    'when fifth U.S.-ROK Senior Economic Dialogue'
    """
    if isinstance(fact, Official):
        return f"who {fact.name}"
    if isinstance(fact, DateFact):
        named = named_event(tidy(fact.event))
        phrase = named[0] if named else first_clause(fact.event, 50)
        return f"when {phrase}".rstrip(ELLIPSIS)
    if isinstance(fact, Pledge):
        return f"pledges {fact.actor} {first_clause(pledge_topic(fact), 40)}".rstrip(ELLIPSIS)
    return f"search {first_clause(fact.subject, 50)}".rstrip(ELLIPSIS)
