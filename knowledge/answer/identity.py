"""Questions asking who a named person is ('who was lee tae-ho in 2019', 'who is kim jina now'): the person
named answers them, with the title a source of the year asked gives; with no source of that year, nobody does (a
later title is no title of then). Any other word ('with', 'under', 'counterpart') asks about someone else, whom the
sentences must name."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from knowledge.answer.normalize import normalize
from knowledge.answer.question_dates import YEAR
from knowledge.answer.result import AnswerItem
from knowledge.rules import load_rules
from knowledge.text.hangul import NameIndex
from knowledge.text.names import name_key


@cache
def identity_fillers() -> frozenset[str]:
    """The words besides a name and a year that leave a question asking who that person is (rules)."""
    return frozenset(load_rules("questions.json")["identity_fillers"]["words"])


def asks_who_is(question: str, name_words: Iterable[str], source_date: str | None = None) -> bool:
    """Whether ``question`` asks who the person named by ``name_words`` (normal forms) is, in a year a source of
    the answer (dated ``source_date``) is of, when it gives one.

    >>> asks_who_is("who was lee tae-ho in 2019", ["lee", "tae", "ho"], "2019-11-06")
    True
    >>> asks_who_is("who was lee tae-ho in 2021", ["lee", "tae", "ho"], "2019-11-06")
    False
    >>> asks_who_is("who was with lee tae-ho in 2019", ["lee", "tae", "ho"], "2019-11-06")
    False
    """
    names = set(name_words)
    years = {w for w in normalize(question).split() if YEAR.fullmatch(w)} - names
    return _names_only(question, names) and (not years or (source_date or "")[:4] in years)


def without_the_year(question: str, answer: AnswerItem) -> str:
    """The question without its years when it asks who the person ``answer`` names was in the year of its source:
    the source of that year says what is asked, whatever other words its sentence has.

    >>> from knowledge.answer.result import SourceRef
    >>> ref = SourceRef(document="d", title="t", date="2019-11-06", quote="q")
    >>> krach = AnswerItem(text="Keith Krach — Under Secretary (US)", kind="official", score=1, source=ref, label="")
    >>> without_the_year("who was keith krach in 2019", krach), without_the_year("who met keith krach in 2019", krach)
    ('who was keith krach in ', 'who met keith krach in 2019')
    """
    named = normalize(answer.text.split(" — ")[0]).split()
    return YEAR.sub("", question) if asks_who_is(question, named, answer.source.date) else question


def identity_asked(text: str, names: NameIndex) -> str | None:
    """The official a question asks who they are, in a year or not ('was lee tae-ho in 2020'): the name, when the
    question says nothing else of them (rules ``identity_fillers``); None for 'lee tae-ho's counterpart in 2019', 'who
    was with lee tae-ho' and any other question.

    >>> names = NameIndex(["Lee Tae-ho", "Kim Jina"])
    >>> identity_asked("was lee tae-ho in 2020", names), identity_asked("lee tae-ho counterpart in 2019", names)
    ('Lee Tae-ho', None)
    >>> identity_asked("was with lee tae-ho in 2019", names) is None
    True
    """
    words = normalize(text).split()
    found = dict.fromkeys(n for w in words for n in names.with_family_name(w))
    return next((n for n in found if _names_only(text, words_naming(words, n))), None)


def words_naming(words: list[str], name: str) -> list[str]:
    """The question's words that spell the name, however its given name is split ('cho tae yong' for 'Cho
    Taeyong'): the name's own words, or the run of the question's words whose letters are the name's."""
    key = name_key(name)
    for size in (4, 3, 2):
        for i in range(len(words) - size + 1):
            run = words[i : i + size]
            if key in (name_key(" ".join(run)), name_key(" ".join(reversed(run)))):
                return run
    return normalize(name).split()


def _names_only(question: str, name_words: Iterable[str]) -> bool:
    """The question names the person (``name_words``) and says nothing else but fillers and years."""
    words = normalize(question).split()
    rest = [w for w in words if w not in set(name_words)]
    return len(rest) < len(words) and all(w in identity_fillers() or YEAR.fullmatch(w) for w in rest)


def another_than_asked(answer: str, question: str, names: NameIndex) -> bool:
    """An answer naming someone else than the person a question asks who they are ('who was keith krach in
    2019' is never answered by Lee Tae-ho, whom the sentence names beside him).

    >>> names = NameIndex(["Keith Krach"])
    >>> another_than_asked("Lee Tae-ho — Vice Minister (ROK)", "who was keith krach in 2019", names)
    True
    """
    asked = identity_asked(question, names)
    return asked is not None and normalize(asked) != normalize(answer.split(" — ")[0])
