"""How the documents write a word: capitalised in the middle of sentences (a name, a place, a company), or as an
ordinary word. Capitals in headlines and at the start of a sentence say nothing either way."""

from __future__ import annotations

import re
from collections.abc import Iterable

NAME_LIKE_SHARE = 0.6
"""A word capitalised in at least this share of its occurrences is a name, place or company."""

TITLE_CASE_SHARE = 0.7
"""A line whose words are this much capitalised is a headline, which says nothing about which words are names."""

_SENTENCE_START = re.compile(r"(?:^|[.!?:“\"(]|—|–|•)\s*$")


def title_case(text: str) -> bool:
    """A headline: most of its words capitalised, so capitals there say nothing about names."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def written_as_a_name(token: str, texts: Iterable[str]) -> bool:
    """``token`` (lowercase) is capitalised in most of its occurrences in ``texts`` past the start of a sentence.
    A word seen only in headlines ('… | Lima, Peru') is taken for a name: nothing says otherwise. One seen only
    opening its sentences is not ('Zinus' of 'Zinus USA’s $108 million investment …' in a list of bullet lines):
    taking those for names lost 7 to 19 development answers for the one they won.

    >>> written_as_a_name("lima", ["Summit | Lima, Peru"]), written_as_a_name("major", ["Major steps were taken"])
    (True, False)
    """
    pattern = re.compile(rf"(?<![A-Za-z]){re.escape(token)}", re.I)
    seen = capitalised = headline_only = 0
    for text in texts:
        if title_case(text):
            headline_only += 1
            continue  # a headline capitalises every word
        for m in pattern.finditer(text):
            if _SENTENCE_START.search(text[: m.start()]):
                continue  # every word is capitalised at the start of a sentence or a heading
            seen += 1
            capitalised += m.group(0)[0].isupper()
    return (capitalised / seen >= NAME_LIKE_SHARE) if seen else headline_only > 0
