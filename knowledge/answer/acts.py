"""What acts a question's words name: the documents' other words for the same act ('sink' → 'invest'), and
acts only a sentence saying them tells ('who replaced him'). Vocabulary lives in the rules (``act_classes``,
``acts_said_by_the_answer``)."""

from __future__ import annotations

from collections.abc import Collection
from functools import cache, lru_cache

from knowledge.answer.normalize import normalize
from knowledge.answer.passages import passage_form, stem
from knowledge.answer.rule_forms import listed_forms
from knowledge.rules import load_rules


@cache
def _act_classes() -> dict[str, frozenset[str]]:
    classes: list[list[str]] = load_rules("questions.json")["act_classes"]
    alike: dict[str, set[str]] = {}
    for members in classes:
        forms = {stem(normalize(w)) for w in members if " " not in normalize(w)}
        for form in forms:
            alike.setdefault(form, set()).update(forms - {form})
    return {form: frozenset(others) for form, others in alike.items()}


def alike_words(words: list[str]) -> dict[str, frozenset[str]]:
    """For each question word that names an act, the words that say the same act ('sink' → 'invest', 'spend',
    …): a sentence saying one of them says it. Direction is kept: giving is not getting.

    >>> sorted(alike_words([stem("sinking"), "delegation"]))
    ['sink']
    >>> "invest" in alike_words([stem("sinking")])[stem("sinking")]
    True
    """
    return {w: _act_classes()[w] for w in words if w in _act_classes()}


def acts_said_by_the_answer(words: list[str]) -> set[str]:
    """The question's words for an act only a sentence saying it tells ('who replaced him'): a sentence naming
    the office's holder does not say who followed whom.

    >>> sorted(acts_said_by_the_answer([passage_form("replaced"), "finance"]))
    ['succ']
    """
    return {w for w in words if w in listed_forms("acts_said_by_the_answer")}


def acts_unsaid(words: list[str], said: set[str]) -> set[str]:
    """The question's acts only a sentence saying them tells that the sentence (its words ``said``) does not say,
    by any word of their class: 'when was it founded' is not answered by a groundbreaking's date.

    >>> sorted(acts_unsaid([passage_form("founded")], {"held", "groundbreak"}))
    ['found']
    >>> acts_unsaid([passage_form("founded")], {passage_form("founder")})
    set()
    """
    asked = acts_said_by_the_answer(words)
    alike = alike_words(list(asked))
    return {w for w in asked if w not in said and not alike.get(w, frozenset()) & said}


@lru_cache(maxsize=1024)
def acts_of(question: str) -> frozenset[str]:
    """The acts only a sentence saying them tells that a question asks about, with every word of their classes, in
    the passage form ('founded' → 'found', 'establish', …).

    >>> sorted(acts_of("when was the firm founded"))
    ['cofounder', 'found', 'founder']
    """
    asked = acts_said_by_the_answer([passage_form(w) for w in question.split()])
    return frozenset(asked).union(*alike_words(list(asked)).values())


def act_unsaid(acts: Collection[str], said: Collection[str]) -> bool:
    """Whether a sentence (its words ``said``) leaves unsaid every word of the acts asked (``acts``, passage forms)
    and of their classes: 'who founded sk innovation' is not answered by a sentence naming a 'Research Foundation'.

    >>> act_unsaid({"found"}, {"purdu", "research", "foundation"}), act_unsaid({"found"}, {"cofounder", "miller"})
    (True, False)
    """
    return bool(acts) and not (frozenset(acts).union(*alike_words(list(acts)).values()) & set(said))
