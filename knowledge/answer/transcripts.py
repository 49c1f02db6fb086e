"""Who says a sentence of a transcript: the speaker label the turn opens with ('PRESIDENT MOON:  …'), which names the
speaker of every sentence of the turn though none of them names him ('… to visit the U.S. and meet President Biden')."""

from __future__ import annotations

import re

from knowledge.answer.passages import PassageIndex, passage_form

_SPEAKER = re.compile(r"^\s*([A-Z][A-Z .'’-]{2,40}):\s")

SPEAKER_REACH = 40
"""How many sentences back a transcript's speaker label may stand."""


def speaker_of(index: PassageIndex, at: int) -> set[str]:
    """The words of the speaker label of the turn the sentence ``at`` belongs to, in the matching form; empty for a
    sentence of no transcript."""
    passages = index.passages
    for before in range(at, max(-1, at - SPEAKER_REACH), -1):
        if passages.document(before) != passages.document(at):
            break
        if label := _SPEAKER.match(passages.text(before)):
            return set(passage_form(label.group(1)).split())
    return set()
