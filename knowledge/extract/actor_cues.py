"""The cues that name an actor in a sentence: the two governments' aliases, 'both sides', 'it' and 'the
company', relative clauses, company words, and the breaks between a subject and its verb.

Patterns built from the rules are compiled once; ``actors`` reads a sentence with them.
"""

from __future__ import annotations

import re
from functools import cache

from knowledge.rules.rulebook import company_noun_alternation, rulebook
from knowledge.text.guarded import Guarded, guard, initials_first

US, ROK, BOTH = "U.S.", "ROK", "both"
# How far before and after a verb or an amount its subject, clause and cues are read: far beyond any real
# clause, and it keeps a pathological one-line document linear.
WINDOW = 400
SIDE_OF_COUNTRY = {"US": US, "ROK": ROK}
CITIES = frozenset({"Seoul", "Washington"})

GOVERNMENT_BODY_NAMED = re.compile(r"\bthe\s+(ministry|department)\b(?!\s+of)", re.IGNORECASE)
GOVERNMENT_BODY = re.compile(r"^\s*the\s+(Ministry|Department)\b(?:\s+of\s+[\w ,&]+)?\s*$", re.IGNORECASE)
RELATIVE_SUBJECT = re.compile(r"\s*(?:which|who|that)\b", re.IGNORECASE)

REPORTER = re.compile(
    r"^((?:[A-Z][\w&.\-]*\s+){0,3}[A-Z][\w&.\-]*)\s+(?:said|says|announced|announces|confirmed|stated|added|noted)\b"
)
CORPORATE = re.compile(
    r"\b(?:Inc\.?|Corp\.?|Co\.|Ltd\.?|Group|Motor|Motors|Electronics|Technology|Technologies|"
    r"Energy|Solutions?|Holdings|Industries|Chemical|Steel|Bank|Capital|Systems)\b"
)
GOVERNMENT_PREFIX = re.compile(r"(?:U\.S\.|US|United States|American)\s")
GOVERNMENT_BEFORE = re.compile(r"(?:U\.S\.|\bUS|United States)\s+$")
THEY = re.compile(r"(?:they|the two|both officials)(?:\s+(?:also|jointly|further|both|all))*", re.IGNORECASE)
POSSESSIVE_PRONOUN_BEFORE = re.compile(r"\b(?:its|their|his|her|our)\s+$", re.IGNORECASE)
ORGANISATION_OF = re.compile(r"[A-Z][\w\-]*\s+of\s+(?:the\s+)?$")
PASSIVE_PLEDGE = re.compile(
    r"\b(?:will|would|is|are|was|were|has|have|had)\s+(?:be|been)\s+(?:awarded|provided|invested|allocated|"
    r"granted|given|spent|funded|earmarked|committed|lent|extended|set aside)\b"
)
# The end of an amount that starts at a given point ('$178 million', 'USD 1.2 billion'), to read what follows it.
AMOUNT_END = re.compile(r"(?:USD|US\$|\$|KRW|₩)?\s?[\d.,]+(?:\s+(?:million|billion|trillion|mln|bln))?", re.IGNORECASE)
AMOUNT_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|while|whereas|but)\s+|\s+while\s+|\n")
LINE_START = re.compile(r"\s*(?:[•·*▪◦-]\s*)?")
"""What may open a line before its first word: spaces and a bullet."""
WE = re.compile(r"(?=[wo])\b(?:we|our two countries)\b", re.IGNORECASE)  # initials first: no \b test per character
PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|into|to|for|with|from|on|at|across|of|by|between|among|including|than|toward|towards)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# These two run over every document. A word and the spaces after it are taken whole ('*+', '++'): giving back a
# letter or a space could never let the next part match (a word is followed by a space, a space by a capital or
# '('), so the matches are the same, without the backtracking; '(?=[A-Z])' rejects most positions at once.
ACRONYM_DEFINITION = guard(
    re.compile(r"\b(?=[A-Z])((?:[A-Z][\w&.\-]*+\s++){0,4}[A-Z][\w&.\-]*+)\s++\(([A-Z][A-Za-z&]{1,8})\)"), "("
)
INCORPORATED = guard(
    re.compile(
        r"\b(?=[A-Z])((?:[A-Z][\w&\-]*+\s++){0,3}[A-Z][\w&\-]*+)\s++(?:Inc\.|Corp\.|Corporation|Co\.,? Ltd\.?|Ltd\.)"
    ),
    *("Inc.", "Corp", "Co.", "Ltd."),
)
SUBJECT_BREAK = re.compile(r"[;:—–]|,\s+|\bthat\s+|\bwhile\s+|\bas\s+")
ADMINISTRATION = re.compile(r"\b(?:the\s+)?([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?\s+)?[Aa]dministration\b")

AUXILIARY_TAIL = re.compile(
    r"(?:\s+(?:is|are|was|were|has|have|had|will|would|also|currently|now|already|further))+\s*$"
)
WE_THEY = re.compile(r"\b(?:we|they)(?:\s+(?:also|jointly|further|have|had|all))?\s*$|\b(?:we|they)\b", re.IGNORECASE)
COORDINATED = re.compile(r",?\s+and\s+(?:also\s+)?")
OPENING_SUBJECT = re.compile(r"(?:[A-Z][\w.\-’']*|the|two|both)(?:\s+(?:[A-Z][\w.\-’']*|the|of|two|sides|side|and))*")
REPORTED_SUBJECT = re.compile(
    r"\b(?:said|says|added|noted|stated)\s+(?:that\s+)?(?P<subject>(?:the\s+)?[\w\-]+(?:\s+[\w\-]+){0,3}?)\s+"
    r"(?:have|has|had|will|would|are|is|were|was)\b"
)
SEGMENT_BREAK = re.compile(r",|:|\s[—–]\s|\bthat\s")
# 'a Finnish-based port equipment manufacturer', "Canada's largest shipbuilder", 'one of the world's largest'.
APPOSITION = re.compile(
    r"^(?:(?:a|an|one of|the|its)\s+\S|(?:Inc\.?|Ltd\.?|LLC|Co\.|Corp\.?)$|[A-Z][\w\-]*[’']s\s+[a-z]"
    r"|(?i:in the meantime|meanwhile|however|for its part|in turn|also|too|in addition)$)"
)
PRONOUN_PERSON = re.compile(r"(?:he|she)(?:\s+(?:also|will|would))?", re.IGNORECASE)
POSSESSIVE = re.compile(r"((?:[A-Z][\w&.\-]*\s+){0,3}[A-Z][\w&.\-]*)[’']s\s+(?:[a-z\-]+\s+){0,3}(?:of\s+)?$")


@cache
def country_pattern() -> re.Pattern[str]:
    """Every alias of the two governments as one pattern, longest first, each side a named group."""
    aliases = rulebook().country_aliases
    groups = []
    initials = initials_first(alias for key in SIDE_OF_COUNTRY for alias in aliases[key])
    for key in SIDE_OF_COUNTRY:
        forms = [
            re.escape(alias) + (r"(?![A-Za-z])" if alias.endswith(".") else r"\b")
            for alias in sorted(aliases[key], key=len, reverse=True)
        ]
        groups.append(f"(?P<{key}>{'|'.join(forms)})")
    return re.compile(rf"{initials}(?<![A-Za-z])(?:{'|'.join(groups)})")


@cache
def both_pattern() -> Guarded:
    """'both sides', 'the two governments', 'the three countries': the two sides acting together."""
    subjects = sorted(rulebook().both_subjects, key=len, reverse=True)
    phrases = "|".join(re.escape(p) for p in subjects)
    last_words = sorted({p.split()[-1].lower() for p in subjects})  # each phrase holds its last word
    return guard(re.compile(rf"\b(?:{phrases})\b", re.IGNORECASE), *last_words, ignore_case=True)


@cache
def weak_pattern() -> re.Pattern[str]:
    """'it', 'the company', 'The South Korean automaker': a company named before, not a new actor."""
    nouns = company_noun_alternation()
    weak = "|".join(re.escape(w) for w in rulebook().weak_subjects)
    return re.compile(rf"(?:\b(?:{weak})|^\s*the\s+(?:[\w\-.]+\s+){{0,3}}(?:{nouns}))\s*$", re.I)


@cache
def government_funding_after() -> re.Pattern[str]:
    """'$178 million Department of Energy grant', '$50 million Commerce Department loan': whose money it is."""
    nouns = "|".join(re.escape(n) for n in sorted(rulebook().government_funding_nouns, key=len, reverse=True))
    body = r"(?P<body>Department|Ministry)"
    return re.compile(
        rf"\s+(?:(?:U\.S\.|Korean)\s+)?(?:{body}\s+of(?:\s+(?:the\s+)?[A-Z][\w&\-]*){{1,4}}|(?:[A-Z][\w&\-]*\s+){{1,3}}"
        rf"(?P<body2>Department|Ministry))\s+(?:{nouns})\b"
    )


@cache
def amount_verb() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(v) for v in rulebook().amount_verbs) + r")\b")


@cache
def relative_clause() -> re.Pattern[str]:
    """', which have pledged to': a relative clause whose verb is a commitment verb (from the rules)."""
    verbs = {re.sub(r"^(?:are|is)\s+|\s+to$", "", v) for v in rulebook().commitment_verbs if v.endswith(" to")}
    alternatives = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    return re.compile(rf",\s+(?:which|who)\s+(?:have|has|had|will|would)?\s*(?:\w+\s+){{0,2}}?(?:{alternatives})\b")


@cache
def other_country() -> re.Pattern[str]:
    """A third country named in a subject ('the leaders of the United States, Canada, and Finland')."""
    names = "|".join(re.escape(a) for a in sorted(rulebook().country_aliases["other"], key=len, reverse=True))
    return re.compile(rf"\b(?:{names})\b")


@cache
def company_noun_phrase() -> re.Pattern[str]:
    nouns = company_noun_alternation()
    return re.compile(rf"\s*the\s+(?:[\w\-.]+\s+){{0,3}}(?P<noun>{nouns})\b", re.IGNORECASE)


def company_form(name: str) -> str:
    """One spelling for a company name whatever its spaces and hyphens."""
    return re.sub(r"[\s-]+", " ", name)


def looks_like_company(name: str) -> bool:
    """A company rather than a person or a country: a single name ('Netflix') or a corporate word ('Group')."""
    if CORPORATE.search(name):
        return True
    words = name.split()
    lowered = name.lower()
    aliases = {a.lower() for values in rulebook().country_aliases.values() for a in values}
    return len(words) == 1 and lowered not in aliases and lowered not in {"it", "he", "she", "they", "we", "the"}


def government_side(body: re.Match[str]) -> str:
    """Korea's government has ministries, Washington's has departments."""
    return ROK if body.group(1).lower() == "ministry" else US
