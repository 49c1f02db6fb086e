"""How a sentence shows it goes on about what the sentence before it named: it opens by calling it by what it is
('The company plans to invest …'), points back inside ('committed $2.5 billion to this effort') or names nothing
at all. The sentence before then lends it its names."""

from __future__ import annotations

import re
from functools import cache

from knowledge.rules import alternation, load_rules
from knowledge.text.english import is_english_noun, lemmas


@cache
def refers_back() -> re.Pattern[str]:
    """How a sentence opens when it goes on about what the one before named ('The South Korean tech giant …')."""
    rules = load_rules("questions.json")
    openers = "|".join(re.escape(o) for o in rules["referring_openers"])
    nouns = "|".join(re.escape(n) for n in rules["referring_nouns"]["words"])
    # 'The South Korean electronics giant …': 'the', a few words, and what the company is.
    # (not a name that opens like one: 'The Ministry of Foreign Affairs hosted …')
    named = r"(?!\s+(?:of|for|on)\s+(?-i:[A-Z]))"
    return re.compile(rf"^\W*(?:(?:{openers})\b|the\s+(?:[\w.’'-]+\s+){{0,5}}?(?:{nouns})\b){named}", re.I)


@cache
def refers_back_within() -> re.Pattern[str]:
    """Words inside a sentence pointing back at what the one before named ('committed $2.5 billion to this
    effort')."""
    words = load_rules("questions.json")["referring_within"]["words"]
    return re.compile(rf"\b(?:{alternation(words)})\b", re.I)


_TIME_NAMES = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def names_nothing(text: str) -> bool:
    """A sentence that names nobody and nothing ('Construction is scheduled for completion in April next
    year.'): it goes on about what the sentence before it named, like one opening 'The company …'.

    >>> names_nothing("Construction is scheduled for completion in April next year."), names_nothing("Kia said so.")
    (True, False)
    """
    words = re.findall(r"(?<![\w'’])[A-Za-z][\w'’.-]*", text)
    if not words or any(w[0].isupper() and not _TIME_NAMES.match(w) for w in words[1:]):
        return False
    first = words[0].lower()  # capitalised as every first word is: a name only if English has no such word
    return bool(is_english_noun(first) or lemmas(first))


def goes_on_from_before(text: str) -> bool:
    """A sentence that goes on about what the one before it named: by its opening ('The company …'), from inside
    ('… to this effort') or by naming nothing itself."""
    return bool(refers_back().match(text) or refers_back_within().search(text) or names_nothing(text))
