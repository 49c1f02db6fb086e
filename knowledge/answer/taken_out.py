"""What a question takes out of a whole it asks about ('take out the louisiana steel plant, how much is left', 'the
non-shipbuilding chunk'): the part named is set apart, never the answer's own subject."""

from __future__ import annotations

import re
from functools import cache

from knowledge.rules import alternation, load_rules


@cache
def _taken_out() -> re.Pattern[str]:
    rules = load_rules("questions.json")["remainder_asked"]
    phrases = alternation(rules["taken_out"])
    # ('take out the louisiana steel plant, how much …', 'excluding shipbuilding how much …')
    return re.compile(
        rf"\b(?:{phrases})\s+(?:the\s+)?(?P<part>[\w.&'’ -]{{2,50}}?)(?=\s*[,;:?]|\s+(?:how|what|whats)\b|\s*$)"
        r"|\bnon-(?P<kind>[a-z]{3,})",
        re.I,
    )


@cache
def _rest_asked() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(load_rules('questions.json')['remainder_asked']['rest'])})\b", re.I)


def part_taken_out(question: str) -> tuple[str, str] | None:
    """(the question without the part, the part) when it asks what is left of a whole once a part is taken out.

    >>> part_taken_out("hyundai us pledge: take out the louisiana steel plant, how much of the total is left?")
    ('hyundai us pledge: how much of the total', 'louisiana steel plant')
    >>> part_taken_out("of the 350bn, how big is the non-shipbuilding chunk?")
    ('of the 350bn, how big is the chunk', 'shipbuilding')
    >>> part_taken_out("excluding hyundai, which company invested most?") is None
    True
    """
    m = _taken_out().search(question)
    if m is None or (m["part"] and not _rest_asked().search(question)):
        return None
    part = (m["part"] or m["kind"]).strip()
    rest = question[: m.start()] + question[m.end() :]
    rest = _rest_asked().sub(" ", rest.replace(m.group(0), " "))
    rest = re.sub(r"\s*([,?;:])(?:\s*[,;])+", r"\1", re.sub(r"\s+", " ", rest)).strip(" ,;?")
    rest = re.sub(r"^[,;:\s]+|\s+(?:is|are)$", "", rest)
    return rest, part
