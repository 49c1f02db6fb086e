"""What a question says a tariff, duty or fee is charged on ('what tariff rate on korean autos'), and whether a
sentence charges its figure on that: the words a question insists on, read with traded goods in general as one
kind ('on ROK products' is on Korean goods)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Set
from functools import cache

from knowledge.answer.passages import passage_form
from knowledge.answer.word_context import phrase_from
from knowledge.rules import alternation, load_rules
from knowledge.text.english import lemmas, zipf


@cache
def _charge_nouns() -> str:
    """'tariff', 'duty', 'levy' and their plurals (rules ``charge_nouns``), as one alternation."""
    return alternation(load_rules("questions.json")["charge_nouns"]["words"])


@cache
def _charged_on() -> re.Pattern[str]:
    # ('what tariff rate did the us set on korean goods': what it is on may follow a few words after)
    return re.compile(rf"\b(?:{_charge_nouns()})\s+(?:[\w%]+\s+){{0,5}}?on\s+(?:the\s+|its\s+|their\s+)?([a-z][\w-]*)")


@cache
def _charge_kind() -> re.Pattern[str]:
    return re.compile(rf"\b([a-z][\w-]*)\s+(?:{_charge_nouns()})\b")


def charged_near(sentence: str, start: int, end: int, charged: Set[str]) -> bool:
    """Whether the charge nearest a figure in a sentence is on what the question says ('25 percent tariffs on steel
    and aluminum imports, with additional levies on foreign-made vehicles' charges no rate on vehicles; 'tariffs on
    Korean goods to 15 percent' does on Korean goods). ``charged``: what it is on, in the matching form, sides
    aside; True when the sentence charges nothing."""
    found = [(min(abs(m.start() - end), abs(m.start() - start)), m) for m in _charged_on().finditer(sentence.lower())]
    if not found or not charged:
        return True
    nearest = min(found, key=lambda d_m: d_m[0])[1]
    on = set(passage_form(" ".join(phrase_from(sentence, nearest.start(1)).split()[: CHARGED_ON_WORDS + 3])).split())
    on |= set(passage_form(" ".join(sentence[: nearest.start()].split()[-2:])).split())  # ('"reciprocal" tariffs')
    particular = charged - _goods_words()  # ('on ROK products' is on Korean goods, 'on korean autos' is not)
    return bool(particular & on) if particular else bool(_goods_words() & on)


CHARGED_ON_WORDS = 2
"""The words naming what a tariff is on ('korean autos'); more run into the rest of the question."""


def charge_kinds(text: str) -> set[str]:
    """The kind of charge a question names before its noun ('the steel tariff', 'reciprocal tariffs'), in the
    matching form: a word rarer than everyday English, which the sentence must say of the charge it gives."""
    words = _charge_kind().findall(text.lower())
    # (an English word: 'recip', a clipped word the asker mends in his head, is left to the other checks)
    return {passage_form(w) for w in words if zipf(w) < KIND_ZIPF and lemmas(w) and passage_form(w)}


KIND_ZIPF = 5.0
"""How common in English a word before 'tariff' may be and still name a kind ('steel'; not 'new', 'current')."""


def charged_on(text: str) -> set[str]:
    """Every word of what a question says a tariff, duty or fee is charged on, in the matching form: the answering
    sentence must say it ('tariffs on Korean goods' does not answer 'what tariff rate on korean autos').

    >>> sorted(charged_on("what tariff rate on korean autos did they settle on"))
    ['auto', 'rok']
    >>> sorted(charged_on("what tariff rate did the us set on korean goods"))
    ['good', 'rok']
    """
    found: set[str] = set()
    for m in _charged_on().finditer(text.lower()):
        # (what it is on: its first two words, before a preposition ('korean goods got cut to …'))
        found |= set(passage_form(" ".join(phrase_from(text, m.start(1)).split()[:CHARGED_ON_WORDS])).split())
    return found - {""}


@cache
def _goods_words() -> frozenset[str]:
    return frozenset(passage_form(w) for w in load_rules("questions.json")["goods_words"]["words"])


def all_said(insisted: set[str], sentence: str, charged: Iterable[str] = ()) -> bool:
    """Whether a sentence (in the matching form) says every word a question insists on; a word for traded goods
    in general is said by any other after the same qualifier ('tariffs on Korean goods' answers 'the levy on ROK
    imports', not 'on autos', nor 'tariffs on steel imports' in a story about Korea).

    >>> all_said({"rok", "import"}, "tariff on rok good"), all_said({"rok", "auto"}, "tariff on rok good")
    (True, False)
    >>> all_said({"product"}, "rok automak … 25 percent tariff on steel and aluminum import", {"rok", "product"})
    False

    ``charged``: the words of what the question says is charged ('rok', 'product'), a side's name included.
    """
    said, goods = set(sentence.split()), _goods_words()
    qualifiers = (insisted | set(charged)) - goods
    return all(
        w in said
        or (
            w in goods and any(f"{q} {g}" in sentence for q in qualifiers for g in goods)
            if qualifiers
            else goods & said
        )
        for w in insisted
    )


def against_the_direction(sentence: str, question: str) -> bool:
    """The sentence changes the figure the other way than the question asks ('what did the us raise the tariff
    to' and '… lowering of tariffs on Korean goods to 15 percent'); rules ``rate_directions``."""
    up, down = _directions()
    if up.search(question) and not down.search(question):
        return bool(down.search(sentence)) and not up.search(sentence)
    if down.search(question) and not up.search(question):
        return bool(up.search(sentence)) and not down.search(sentence)
    return False


@cache
def _directions() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words of a change up and of a change down (rules ``rate_directions``)."""
    rules = load_rules("questions.json")["rate_directions"]
    up, down = (re.compile(rf"\b(?:{alternation(rules[way])})\b", re.I) for way in ("up", "down"))
    return up, down
