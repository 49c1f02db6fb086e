"""Organisations a sentence names: known names (pledge actors, Korean companies), capitalised phrases with a
corporate word ('Posco Holdings'), a ministry with the fields it lists ('Ministry of Land, Infrastructure, and
Transport') and names in capitals. Pure functions of the text; vocabulary from the rules."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from knowledge.answer.index import TITLE_WORDS
from knowledge.answer.normalize import normalize
from knowledge.answer.question_dates import is_month
from knowledge.answer.spans import PHRASE, Span, question_rules
from knowledge.rules import alternation, listed_words, load_rules
from knowledge.rules.rulebook import company_noun_alternation, rulebook


def _is_organization(words: Sequence[str], known: frozenset[str]) -> bool:
    org_words = question_rules()["organization_words"]
    phrase = " ".join(words)
    if phrase.lower() in known:
        return True
    if any(w in org_words or w.rstrip(",") in org_words or w.rstrip(".,") in org_words for w in words[1:]):
        return True
    if _named_after_a_known(words, known):
        return True
    if len(words) >= 3 and words[0] in org_words and words[1] in ("of", "for", "on") and not _is_month(words[2]):
        return True  # 'Ministry of Foreign Affairs', 'Bank of Korea', 'Council on Competitiveness' ('Committee on
        # October 11' is a date, not a name)
    return len(words) >= 2 and all(w.isupper() and len(w) > 1 for w in words)


def _is_month(word: str) -> bool:
    """'October', 'Oct.' (as a sentence writes it); not 'Marine' or 'Mayor', which only begin like one."""
    return is_month(word.lower().rstrip("."))


def _before_a_date(words: list[str]) -> list[str]:
    """The words of a capitalised run before 'on' or 'in' and a month, which dates what the run names.

    >>> _before_a_date("Joint Committee on October".split()), _before_a_date("Council on Marine Debris".split())
    (['Joint', 'Committee'], ['Council', 'on', 'Marine', 'Debris'])
    """
    for i in range(1, len(words) - 1):
        if words[i] in ("on", "in") and _is_month(words[i + 1]):
            return words[:i]
    return words


UNIT_NAME_WORDS = 4
"""The most capitalised words a unit's name adds after its group's ('HD Hyundai' + 'Power Transformers USA')."""


def _named_after_a_known(words: Sequence[str], known: frozenset[str]) -> bool:
    """A unit named after a known organisation: its name, then a few more capitalised words ('HD Hyundai Power
    Transformers USA'); not an officer titled after it ('Hyundai Motor Group Chairman Euisun Chung').

    >>> _named_after_a_known("HD Hyundai Power Transformers USA".split(), frozenset({"hd hyundai"}))
    True
    >>> _named_after_a_known("HD Hyundai Chairman Chung".split(), frozenset({"hd hyundai"}))
    False
    """
    for size in range(len(words) - 1, 0, -1):
        rest = words[size:]
        if " ".join(words[:size]).lower() in known:
            return (
                len(rest) <= UNIT_NAME_WORDS
                and all(w[:1].isupper() for w in rest)
                and not any(w.lower().strip(".,") in TITLE_WORDS for w in rest)
            )
    return False


@cache
def _places() -> frozenset[str]:
    places = load_rules("places.json")
    return frozenset(n.lower() for key in ("countries", "us_states", "cities", "regions") for n in places[key])


_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;“\"(—–-]|\n)\s*$")
"""What stands before a word that opens a sentence, a quotation or an aside."""

_FIELDS_LISTED = re.compile(r"(?:,\s+[A-Z][\w-]*)+,?\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?")


def organizations_in(text: str, known: Iterable[str] = ()) -> list[Span]:
    """Companies and organisations: known names (pledge actors, Korean companies), capitalised phrases with
    a corporate word ('Regeneron Pharmaceuticals', 'Posco Holdings'), and names in capitals.

    >>> [s.text for s in organizations_in("an equity investment from Posco Holdings for the plant")]
    ['Posco Holdings']
    >>> [s.text for s in organizations_in("Republic of Korea-based HD-Hyundai, one of the largest shipbuilders")]
    ['HD-Hyundai']
    >>> [s.text for s in organizations_in("with the ROK Ministry of Land, Infrastructure, and Transport.")]
    ['ROK Ministry of Land, Infrastructure, and Transport']
    >>> [s.text for s in organizations_in("an op-ed in The Harbor Gazette last week")]
    ['The Harbor Gazette']
    >>> [s.text for s in organizations_in("The Harbor Gazette agreed.")]
    ['Harbor Gazette']
    """
    known_lower = frozenset(k.lower() for k in known) | frozenset(c.lower() for c in rulebook().korean_companies)
    spans: list[Span] = []
    for m in PHRASE.finditer(text):
        if spans and m.start() < spans[-1].end:
            continue  # inside a name already taken past its commas
        whole = m.group(0).split()
        # "SK On’s Georgia plant", "South Korea’s SPC Group": a possessive ends one name and may begin another.
        owner = next((i for i, w in enumerate(whole) if w.endswith(("’s", "'s"))), None)
        parts = [whole] if owner is None else [[*whole[:owner], whole[owner][:-2]], whole[owner + 1 :]]
        for words in parts:
            # ('published in The Daily Caller': a capital 'The' inside a sentence is the name's own)
            at = m.start() + max(0, m.group(0).find(" ".join(words))) if words else m.start()
            own_the = words[:1] == ["The"] and at > 0 and not _SENTENCE_OPENS.search(text[:at])
            while words and words[0] in ("The", "A", "An", "And", "Of", "In", "At") and not own_the:
                words = words[1:]
            words = _before_a_date(words)  # 'Joint Committee on October 4': the name ends at the date
            if len(words) > 2 and words[0].lower() in TITLE_WORDS and words[1] == "of":
                words = words[2:]  # 'CEO of HD Hyundai Electric': the office is a person's, the company after it
            found = _organization_span(text, m, words, known_lower)
            if found is not None:
                spans.append(found)
    for found in enumerated(text):
        if not any(s.start <= found.start < s.end or found.start <= s.start < found.end for s in spans):
            spans.append(found)
    for name in known_lower:
        # 'HD-Hyundai' is one name, not 'Hyundai' after a stray 'HD-'.
        for m in re.finditer(rf"(?<![\w-])(?:[A-Z][A-Za-z0-9]*-)?{re.escape(name)}(?![\w])", text, re.I):
            if not any(s.start <= m.start() < s.end for s in spans):
                spans.append(Span(m.group(0), m.start(), m.end(), m.group(0)))
    return sorted(spans, key=lambda s: s.start)


_NAME = r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}"


@cache
def _enumeration() -> re.Pattern[str]:
    """'companies — like Apple, Coupang, Google, Meta, Netflix and Uber': names a plural company noun
    introduces by 'like', 'such as' or 'including', each an organisation whatever its name."""
    return re.compile(
        rf"\b(?P<noun>(?i:{company_noun_alternation()}))(?:s|es)?\b[\s,—–-]*(?:like|such as|including|namely)\s+"
        rf"(?P<names>(?:{_NAME})(?:\s*,\s*(?:{_NAME}))*,?\s+(?:and|or)\s+(?:{_NAME}))"
    )


ENUMERATIONS_KEPT = 1024
"""How many sentences' enumerations are kept."""


@lru_cache(maxsize=ENUMERATIONS_KEPT)
def enumerated(text: str, asked: str = "") -> tuple[Span, ...]:
    """The organisations an enumeration after a company noun names: a list asked of the sentence is these (read
    once per sentence: every span of it asks); of several, those after the noun the question ``asked`` names.

    >>> [s.text for s in enumerated("American companies — like Apple, Coupang, Netflix and Uber — have")]
    ['Apple', 'Coupang', 'Netflix', 'Uber']
    >>> text = "Clean Telcos, including KT and SK Telecom, and leading Clean Companies like Oracle, HP and NEC, joined"
    >>> [s.text for s in enumerated(text, "which telcos joined")], len(enumerated(text))
    (['KT', 'SK Telecom'], 5)
    """
    found = list(_enumeration().finditer(text))
    generic = {normalize(w) for w in load_rules("organizations.json")["generic_company_nouns"]["words"]}
    named = [m for m in found if normalize(m["noun"]) in set(normalize(asked).split()) - generic]
    spans = []
    for m in named or found:
        for name in re.finditer(_NAME, m["names"]):
            start = m.start("names") + name.start()
            spans.append(Span(name.group(0), start, start + len(name.group(0)), name.group(0)))
    return tuple(spans)


def _organization_span(text: str, m: re.Match[str], words: list[str], known: frozenset[str]) -> Span | None:
    """The organisation ``words`` (found in the phrase ``m``) name, where it stands in ``text``; None if none."""
    if not words or not _is_organization(words, known):
        return None
    if words[-1].endswith(".") and words[-1] not in question_rules()["organization_words"]:
        words = [*words[:-1], words[-1].rstrip(".")]  # '… Consultation Group.' ends the sentence, 'Co.' a name
    phrase = " ".join(words)
    start = m.start() + m.group(0).find(words[0])
    end = start + len(phrase)
    if len(words) in (3, 4) and words[-2] == "of" and words[-1].lower() not in _places():
        # 'Ministry of Trade, Industry and Energy': a name that lists its fields goes on past the commas
        # ('Bank of Korea, Samsung and Kia' names a place, then others).
        more = _FIELDS_LISTED.match(text, end)
        end = more.end() if more else end
    return Span(text[start:end], start, end, text[start:end])


_COMPANY = r"(?:compan|firm|cos\b|business|telco|carrier|maker)"
_COMPANY_NOUN = re.compile(rf"\b{_COMPANY}")
_US_COMPANIES = re.compile(rf"\bus\s+(?:(?!which\b|what\b)[a-z]+\s+)?{_COMPANY}")


def korean_companies_asked(asked: str) -> bool:
    """'which korean companies …' (in the matching form): companies of the Korean side, not 'which us cos did
    issa say korea was targeting', which names Korea but asks for companies of the U.S. side.

    >>> korean_companies_asked("which rok compani invest"), korean_companies_asked("which us co did rok target")
    (True, False)
    """
    return "rok" in asked.split() and bool(_COMPANY_NOUN.search(asked)) and not _US_COMPANIES.search(asked)


@cache
def _side_mentions() -> dict[str, re.Pattern[str]]:
    """How a sentence names each side (the rules' aliases: 'U.S.', 'American'; 'ROK', 'Korean'), not 'North Korea'."""
    aliases = load_rules("countries.json")["aliases"]
    return {
        side: re.compile(rf"(?<!\w)(?<!North )(?:{alternation(aliases[key])})(?!\w)")
        for side, key in (("us", "US"), ("rok", "ROK"))
    }


@cache
def _side_asked() -> re.Pattern[str]:
    """'which us agencies', 'which rok ministries', 'which ministries on the us side' (in the matching form): the
    side before an organisation noun, or in a phrase after it."""
    nouns = alternation(load_rules("questions.json")["side_organization_nouns"]["words"])
    after = rf"(?:{nouns})\s+(?:on|from|of)\s+(?:the\s+)?(us|rok)\b"
    return re.compile(rf"\b(?:(us|rok)\s+(?:[a-z]+\s+)?(?:{nouns})\b|{after})")


def of_the_side_asked(text: str, found: list[Span], asked: str) -> list[Span]:
    """The organisations of the side a list question names ('which korean companies' by the rules' list of Korean
    companies; 'which us agencies sent ppl' by the side the sentence names last before each: '20 U.S.
    participants … such as the Department of State …, and about 20 ROK participants from the Ministry of …')."""
    if korean_companies_asked(asked):
        korean = [c.lower() for c in rulebook().korean_companies]  # the rules' list
        return [s for s in found if any(s.text.lower().startswith(c) for c in korean)]
    side = _side_asked().search(asked)
    if side is None or not all(pattern.search(text) for pattern in _side_mentions().values()):
        return found  # a sentence naming one side or none tells no side apart ('joined by … other ministries')

    def last_side(span: Span) -> str | None:
        before = text[: span.start]
        at = {
            name: max((m.end() for m in pattern.finditer(before)), default=-1)
            for name, pattern in _side_mentions().items()
        }
        return None if max(at.values()) < 0 else max(at, key=lambda name: at[name])

    return [s for s in found if last_side(s) == (side.group(1) or side.group(2))]


def others_asked(asked: str) -> bool:
    """'which companies besides larkspur' (in the matching form): others than those the question names."""
    return bool(listed_words("others_words").search(asked))


def set_aside(name: str, asked: str) -> bool:
    """'besides state which us agencies …' sets the Department of State aside: a telling word of the name (not
    'Department' or 'of') stands right after the question's 'besides' (both in the matching form).

    >>> set_aside("Department of State", "besides state which us agenc"), set_aside("USAID", "besides state which")
    (True, False)
    """
    m = listed_words("others_words").search(asked)
    if m is None:
        return False
    named = set(asked[m.end() :].split()[:SET_ASIDE_WORDS])
    telling = {w for w in normalize(name).split() if w not in _heads() and len(w) > 2}
    return bool(telling & named)


@cache
def _heads() -> frozenset[str]:
    return frozenset(normalize(h) for h in rulebook().organization_heads)


SET_ASIDE_WORDS = 3
"""How many words after 'besides' name what is set aside ('besides state', 'other than sk hynix')."""


def named_aside(span: Span, sentence: str, asked: str, asked_already: bool) -> bool:
    """Whether a span is no answer to a list: the question sets it aside ('besides state which us agencies'), or
    names it (``asked_already``) unless the sentence enumerates it and the question asks them all ('which us cos
    did issa say were targeted (coupang row)'), not others ('besides coupang')."""
    if set_aside(span.text, asked):
        return True
    return asked_already and (span not in enumerated(sentence) or others_asked(asked))
