"""Photo captions in a story ('In this May 3, 2023, file photo, Don Graves … speaks during the SelectUSA
Investment Summit'): their date is when the picture was taken, so it answers only a question about what the
picture shows, never when the story's own event happened. The caption nouns live in the rules (``caption_nouns``)."""

from __future__ import annotations

import re
from functools import cache

from knowledge.answer.index import RANK_WORDS, TITLE_WORDS
from knowledge.answer.normalize import is_stopword
from knowledge.answer.passages import passage_form
from knowledge.answer.spans import Span
from knowledge.rules import alternation, load_rules
from knowledge.text.english import lemmas


@cache
def _caption_nouns() -> str:
    return alternation(load_rules("questions.json")["caption_nouns"]["words"])


def dates_a_photo(sentence: str, span: Span) -> bool:
    """The date is a photo's, as a caption gives it ('In this May 3, 2023, file photo, …', 'a photo taken on …').

    >>> s = "In this May 3, 2023, file photo, Don Graves speaks during the summit."
    >>> dates_a_photo(s, Span("May 3, 2023", 8, 19)), dates_a_photo("Met May 3, 2023.", Span("May 3, 2023", 4, 15))
    (True, False)
    """
    return _caption_end(sentence, span) is not None


def _caption_end(sentence: str, span: Span) -> int | None:
    """Where the words saying a photo end ('… file photo,'), when the date is a caption's."""
    nouns = _caption_nouns()
    after = re.match(rf",?\s*(?:file\s+)?(?:{nouns})\b,?", sentence[span.end :], re.I)
    if after is not None:
        return span.end + after.end()
    before = re.search(rf"\b(?:{nouns})\s+(?:taken|dated|shot)\s+(?:on\s+|in\s+)?$", sentence[: span.start], re.I)
    return span.end if before is not None else None


def dates_another_picture(sentence: str, span: Span, asked: str) -> bool:
    """A caption's date, for a question that asks neither about a photo nor about what the caption shows happening
    (its words from its first verb on: 'speaks during the SelectUSA Investment Summit'); who is pictured does not
    count, as the story is about them too.

    >>> s = "In this May 3, 2023, file photo, Don Graves, deputy secretary, speaks during the SelectUSA Summit."
    >>> dates_another_picture(s, Span("May 3, 2023", 8, 19), "when did abc run its interview with deputy sec graves")
    True
    >>> dates_another_picture(s, Span("May 3, 2023", 8, 19), "when did graves speak at the selectusa summit")
    False
    >>> dates_another_picture(s, Span("May 3, 2023", 8, 19), "when did graves speak to abc news")
    True
    """
    end = _caption_end(sentence, span)
    if end is None or re.search(rf"\b(?:{_caption_nouns()})", asked, re.I):
        return False
    shown = sentence[end:]
    verb = next(
        (
            m
            for m in re.finditer(r"\b[a-z][a-z]+\b", shown)
            if "VERB" in lemmas(m.group(0)) and m.group(0) not in TITLE_WORDS
        ),
        None,
    )
    # (what follows the verb: 'speak' alone, the asker's verb too, says no more than that someone spoke)
    happening = (
        {w for w in passage_form(shown[verb.end() :] if verb else "").split() if not is_stopword(w)}
        - TITLE_WORDS
        - RANK_WORDS
    )
    return not happening & set(passage_form(asked).split())
