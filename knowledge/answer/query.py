"""Understanding what a user typed after /usrok: a subcommand, or a plain question routed to a kind of fact."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Literal

from knowledge.answer.anchors import ORDINAL
from knowledge.answer.fit import SIDE_WORDS
from knowledge.answer.index import TITLE_WORDS, Kind
from knowledge.answer.normalize import content_tokens, in_both_forms, normalize
from knowledge.rules import any_word, listed_words, load_rules
from knowledge.text.english import lemmas

Intent = Literal["help", "who", "when", "pledges", "timeline", "sources", "search"]

INTENT_KINDS: dict[Intent, frozenset[Kind] | None] = {"who": frozenset({"official"}), "when": frozenset({"date"})}
INTENT_KINDS |= {"pledges": frozenset({"pledge", "statistic"}), "timeline": frozenset({"date"}), "search": None}
"""The kinds of fact a command searches ('who' the officials, 'when' the dates); None searches every kind."""

SUBCOMMANDS: tuple[Intent, ...] = ("help", "who", "when", "pledges", "timeline", "sources", "search")

USAGE = """\
*usrok* answers questions about the U.S.–ROK relationship, with the source of every answer.
• `who <name | title | organisation>` — e.g. `who Kim Jina`, `who is the vice foreign minister`
• `when <event>` — e.g. `when was the 5th SED`
• `pledges [actor | topic]` — e.g. `pledges shipbuilding`, `pledges ROK`
• `timeline [year | range | topic]` — e.g. `timeline 2020`, `timeline 2019-2021`
• `sources` — the documents the answers come from
• `search <text>` — anything in the fact table
Or just ask: `how much is Korea investing in US shipbuilding?`"""

# Order matters: a question's first words say most ('when did Samsung invest' asks for a date), then
# money and commitment words, then 'when'/'who' anywhere.
_PLAIN_ROUTES: tuple[tuple[Intent, re.Pattern[str]], ...] = (
    ("timeline", re.compile(r"^\s*(?:what happened|timeline|chronology|events)\b", re.I)),
    ("when", re.compile(r"^\s*(?:and\s+)?(?:when|what (?:date|day|year|month)|on what date|in what year)\b", re.I)),
    (
        "who",
        re.compile(
            r"^\s*(?:and\s+)?(?:who|whom|whose)\b|\b(?:title|position|role|job)\b|\bname of\b|"
            r"^\s*which\s+(?:\w+\s+)?(?:official|minister|secretary|ambassador|president|person|leader)s?\b",
            re.I,
        ),
    ),
    (
        "pledges",
        re.compile(
            r"\b(?:how much|pledge[sd]?|commit(?:ted|ment|ments|s)?|invest(?:ing|ment|ments|s|ed)?|fund(?:ing|s)?|"
            r"promise[sd]?|agree[sd]?|award(?:ed)?|giv(?:e|es|ing)|gave|donat\w*|contribut\w*|\$\s?\d|\d+(?:\.\d+)?\s*(?:bn|billion|million|mn|m)\b)",
            re.I,
        ),
    ),
    ("when", re.compile(r"\bwhen\b", re.I)),
    ("who", re.compile(r"\bwho\b", re.I)),
)
_FOLLOW_UP_PRONOUN = re.compile(r"\b(?:that|it|this|they|them|those|these|he|she|his|her|there|then|one|ones)\b", re.I)


@dataclass(frozen=True)
class Query:
    raw: str
    intent: Intent
    text: str  # what to look for, without the subcommand
    explicit: bool  # a subcommand was typed, not a plain question

    @property
    def is_empty(self) -> bool:
        return not self.text.strip()


def parse_query(raw: str) -> Query:
    """What the user asks for.

    >>> parse_query("who Kim Jina")
    Query(raw='who Kim Jina', intent='who', text='Kim Jina', explicit=True)
    >>> parse_query("how much is korea investing in us shipbuilding").intent
    'pledges'
    """
    text = re.sub(r"\s+", " ", raw or "").strip()
    if not text:
        return Query(raw=raw, intent="help", text="", explicit=True)
    first, _, rest = text.partition(" ")
    word = first.lower().rstrip(":")
    if word in SUBCOMMANDS:
        # 'who is X' / 'when was X' are plain questions that happen to start like a subcommand.
        return Query(raw=raw, intent=word, text=rest.strip(), explicit=True)
    for intent, pattern in _PLAIN_ROUTES:
        if pattern.search(text):
            return Query(raw=raw, intent=intent, text=text, explicit=False)
    return Query(raw=raw, intent="search", text=text, explicit=False)


_AGAINST = re.compile(r"^\s*(?:vs\.?|versus|compared (?:to|with)|against)\s+", re.I)
"""A follow-up set against the thread's subject ('vs amazon?'): it asks the same of another, as 'and amazon?' does."""


def set_against(text: str) -> str:
    """'vs amazon?' in a thread asks what 'and amazon?' does.

    >>> set_against("vs amazon same yr?")
    'and amazon same yr?'
    """
    return _AGAINST.sub("and ", text)


def refers_to_the_threads_time(text: str) -> bool:
    """'how much did coupang spend that yr': the year is the thread's, so the question follows it up."""
    return bool(listed_words("thread_times").search(text))


def as_follow_up(text: str) -> str:
    """A follow-up's words for what it asks of the thread, the thread giving the year ('same yr').

    >>> as_follow_up("and amazon same yr?")
    'and amazon ?'
    """
    return re.sub(r"\s+", " ", listed_words("thread_times").sub(" ", text)).strip()


_ELLIPSIS = re.compile(r"^\s*(?:and|n|what about|how about|same for|what of|vs\.?|versus|compared (?:to|with))\b", re.I)


_OTHER_SIDE = re.compile(r"\s*(?:and|what about|how about)\s+(?:the\s+)?(?:us|rok)\s+side\b")
"""A follow-up opening on the other side of its thread's question ('and the rok side - …'), in the normal form."""

_PART_OF_IT = re.compile(
    r"\b(?:of|out of) (?:it|that|this|them|those|these)\b(?!\s+(?:\w+\s+)?(?:which|that|who)\b)", re.I
)
"""'how much of it', 'which of those': a part of what was just said."""

_THE_SAME_THING = re.compile(r"\b(?:the|that)\s+same\s+(?:thing|one|stuff|purpose|effort|item)\b", re.I)
"""'for the same thing': what the thread was about."""

FOLLOW_UP_WORDS = 4
"""A question in a thread of at most this many ordinary words and no name is about the thread's subject."""


def needs_context(query: Query, content_words: list[str], is_name: Callable[[str], bool] = lambda _: False) -> bool:
    """A follow-up that leaves out its subject ('and when was that?', 'and Uber?', 'what about Korea?'): answer it
    about the thread's subject."""
    return query.intent != "help" and (
        not content_words
        or (len(content_words) <= 3 and bool(_FOLLOW_UP_PRONOUN.search(query.text)))
        or (len(content_words) <= 3 and bool(_ELLIPSIS.search(query.text)))
        # 'and the rok side - which vice fm?': the other side of what the thread asked, whatever else it says
        or bool(_OTHER_SIDE.match(normalize(query.text)))
        # 'and how much of it goes to the lfp ess plant': a part of what the thread was about, whatever it names
        or bool(_PART_OF_IT.search(query.text))
        # 'and adding in seouls pledge for the same thing, whats the combined total?': the thread's own subject
        or bool(_THE_SAME_THING.search(query.text))
        # 'how many yards got a cut': ordinary words only, none of them a name the documents use ('Don Graves'
        # is one), ask about what the thread is about
        # ('who attended from the korean govt': a side is no subject of its own either.)
        or (
            len(content_words) <= FOLLOW_UP_WORDS
            # ('the combined total of the two pledges': a count says which of the thread's things; 'so both govts
            # combined?': 'govt' is a side noun)
            and all(
                w in SIDE_WORDS | side_nouns()
                or (len(w) == 1 and w.isdigit())
                or ((lemmas(w) or lemmas(f"{w}s")) and not is_name(w))
                for w in content_words
            )
            # ('who led the us side?': a side alone is no subject either, when the question asks who)
            and (not set(content_words) <= SIDE_WORDS or query.intent == "who" or bool(_WHO.match(query.text)))
        )
        # 'how many us cyber firms did he bring w/ him': a person it names only by a pronoun, and no name of its own
        or (
            bool(_PERSON_PRONOUN.search(query.text))
            # 'who replaced him as finance minister': an office is no name of the person meant; 'what post did
            # he hold in trumps 1st term': a leader's term is a time, not another person asked about
            and not any(
                is_name(w) and not _term_of(w).search(query.text)
                for w in content_words
                if w not in SIDE_WORDS | TITLE_WORDS
                and not ORDINAL.fullmatch(w)  # ('trump's 1st term': which, not who)
            )
        )
    )


@cache
def side_nouns() -> frozenset[str]:
    """'govt', 'side', 'country' in the normal form: nouns for a side, no subject of their own."""
    return in_both_forms(load_rules("questions.json")["side_nouns"]["words"])


_WHO = re.compile(r"\s*(?:and\s+)?(?:who|whom|whos)\b", re.I)

_PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|hers|they|them|their)\b", re.I)

TERMS_KEPT = 256
"""Names whose 'X's term' patterns are kept: a follow-up tries each name it gives."""


@lru_cache(maxsize=TERMS_KEPT)
def _term_of(name: str) -> re.Pattern[str]:
    """'trumps 1st term', "moon's presidency": a leader's name saying when (rules ``terms_of_office``)."""
    rules = load_rules("questions.json")["terms_of_office"]
    terms, ordinals = any_word(rules["words"]).pattern, any_word(rules["ordinals"]).pattern
    return re.compile(rf"\b{re.escape(name)}(?:[’']s|s)?\s+(?:{ordinals}\s+)?{terms}", re.I)


_GUESS = re.compile(r"^(?P<question>.*?\?)\s*(?P<guess>[^?]{1,40}?)\s*\??\s*$")
_ASKING = re.compile(r"\b(?:who|whom|whose|what|when|where|which|how|why)\b", re.I)
GUESS_WORDS = 4
"""At most this many words after a question are a guess the asker offers ('… sullivan met? cho tae-yong?')."""


def without_a_guess(text: str, is_name: Callable[[str], bool]) -> str:
    """A question the asker follows with their own guess ('who's the rok nsa sullivan met? cho tae-yong?'), without
    the guess: it is what they want checked, not a name the answer must differ from nor one a sentence must say.
    Only names the documents know make a guess; 'names pls' or 'incl the top-up' after a question ask more.

    >>> known = {"cho", "tae", "yong"}.__contains__
    >>> without_a_guess("who's the rok nsa sullivan met in dec 2023? cho tae-yong?", known)
    "who's the rok nsa sullivan met in dec 2023?"
    >>> without_a_guess("who showed up? names pls", known)
    'who showed up? names pls'
    """
    m = _GUESS.match(text)
    if m is None or _ASKING.search(m["guess"]) or not _ASKING.search(m["question"]):
        return text
    if len(m["guess"].split()) > GUESS_WORDS:
        return text
    # 'park min-jun' may be the documents' 'Park Minjun': either spelling of its words will do.
    spellings = (content_tokens(m["guess"]), content_tokens(m["guess"].replace("-", "")))
    return m["question"] if any(words and all(map(is_name, words)) for words in spellings) else text


def read_in_thread(query: Query, text: str, in_thread: bool, is_name: Callable[[str], bool]) -> tuple[bool, str]:
    """Whether a question follows up its thread, and its text as read there: 'vs amazon same yr?' asks what
    'and amazon?' does, the thread giving the year; 'how much did coupang spend that yr' follows up the thread's
    year though it names its own subject."""
    if not in_thread:
        return False, text
    text = set_against(text)
    own = as_follow_up(text)
    follows = not (query.explicit and query.is_empty) and (
        needs_context(replace(query, text=own), content_tokens(own), is_name) or refers_to_the_threads_time(text)
    )
    return follows, own if follows else text
