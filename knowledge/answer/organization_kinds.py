"""Which organisation a question asks for by its kind ('which news outlet') or by the group it is part of
('which cj unit'); the kinds and the words for a group's parts live in the rules (``organization_kinds``,
``group_parts``)."""

from __future__ import annotations

import re
from functools import cache

from knowledge.answer.fit import SIDE_WORDS as SIDES
from knowledge.answer.normalize import is_stopword, normalize
from knowledge.rules import alternation, any_word, load_rules


@cache
def _organization_kinds() -> list[tuple[frozenset[str], re.Pattern[str]]]:
    kinds: dict[str, dict[str, list[str]]] = load_rules("questions.json")["organization_kinds"]
    # The asked words as the question's normal form writes them too ('ministries' → 'ministry').
    return [(frozenset(k["asked"]) | {normalize(w) for w in k["asked"]}, any_word(k["named"])) for k in kinds.values()]


def of_the_kind_asked(name: str, asked: str) -> bool:
    """'which news outlet did Graves talk to' is answered by 'ABC News', not by 'Temple University Japan':
    an organisation of the kind the question names, when it names one.

    >>> of_the_kind_asked("Temple University Japan", "which news outlet did graves talk to")
    False
    >>> of_the_kind_asked("ABC News", "which news outlet did graves talk to")
    True
    >>> of_the_kind_asked("Harbor Chamber of Commerce", "which business assocs/chambers did he meet")
    True
    """
    # The kind is the one the question asks for ('which chip industry assn'), not one its other words name
    # ('motie', spelled out as a Ministry, in 'whose plant did the motie minister visit').
    which = _WHICH_KIND.search(asked.lower())
    words = set(re.split(r"[\s/]+", (which.group(1) if which else asked).lower()))
    kinds = [named for asked_words, named in _organization_kinds() if asked_words & words]
    return not kinds or any(named.search(name) for named in kinds)  # ('which assocs/chambers': either kind)


def kinds_asked(asked: str) -> set[str]:
    """The words of an organisation's kind a question asks for ('agency' of 'which us agencies sent ppl'): the
    answer's own kind, so a name carrying it ('United States Harbor Agency') is not one the question names.

    >>> sorted(kinds_asked("besides state which us agency sent ppl"))
    ['agency']
    """
    which = _WHICH_KIND.search(asked.lower())
    words = set(which.group(1).split()) if which else set()
    return {w for w in words for asked_words, _ in _organization_kinds() if w in asked_words}


_WHICH_KIND = re.compile(r"\b(?:which|what|whose)\s+((?:[\w'/-]+\s+){0,3}[\w'/-]+)")


@cache
def _group_parts() -> str:
    return alternation(load_rules("questions.json")["group_parts"]["words"])


@cache
def _group_part() -> re.Pattern[str]:
    # 'which cj unit', 'the name of hd hyundai electrics montgomery al production subsidiary', 'whats hd hyundai
    # electrics montgomery subsidiary called'
    return re.compile(
        rf"\b(?:(?:which|what) ([a-z][\w-]*)|name of (?:the )?([a-z][\w-]*)(?: [\w-]+){{0,6}}) (?:{_group_parts()})\b"
        rf"|\bwhat(?:'s|s| is| was) (?:the )?([a-z][\w-]*)(?: [\w-]+){{0,6}} (?:{_group_parts()})"
        r"(?: \w+)? (?:called|named)\b"
    )


@cache
def group_part_noun() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_group_parts()})\b")


def of_the_group_asked(name: str, asked: str) -> bool:
    """'which cj unit owns tous les jours' is answered by 'CJ Foodville Co.', not by the 'SPC Group' beside it:
    an organisation whose name carries the group the question names (a side or a nationality names none) and a
    word of its own besides the question's: a part's name ('HD Hyundai Power Transformers USA' for 'hd hyundai
    electrics us transformer sub'), not the group asked itself ('CJ Group', 'HD Hyundai Electric').
    A part asked of a group a pronoun stands for ('its us sub') has no group to carry: no name answers; nor does
    an organisation of another kind (a council, a ministry, a university).

    >>> of_the_group_asked("SPC Group", "who own tous les jours which cj unit")
    False
    >>> of_the_group_asked("CJ Foodville Co.", "who own tous les jours which cj unit")
    True
    >>> of_the_group_asked("CJ Group", "who own tous les jours which cj unit")
    False
    >>> of_the_group_asked("HD Hyundai Electric", "whats hd hyundai electric us subsidiary called")
    False
    >>> of_the_group_asked("HD Hyundai Electric", "whats the name of hyundai electric montgomery subsidiary")
    False
    """
    m = _group_part().search(asked)
    group = None if m is None else m.group(1) or m.group(2) or m.group(3)
    if group in _POSSESSIVE_PRONOUNS:
        return False
    if group_part_noun().search(asked) and any(named.search(name) for _, named in _organization_kinds()):
        return False  # ('… - whats the name of the subsidiary': a company's part, not the 'Montgomery City Council')
    if group is None or group in SIDES or is_stopword(group):
        return True
    written = normalize(name).split()
    # A word of its own past the first ('hyundai electrics montgomery sub': 'HD Hyundai Electric', 'HD Hyundai' are
    # the group asked, not a part), beyond the question's and a legal form.
    own = set(written[1:] or written) - set(asked.split()) - _legal_forms()
    return group in written and bool(own)


@cache
def _legal_forms() -> frozenset[str]:
    return frozenset(load_rules("organizations.json")["legal_forms"]["words"])


_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})
