"""What a sentence's set of words says beyond its own words: a question word it begins ('cyber' in
'cybersecurity') and a word of the same act ('invest' says 'sinking'). Kept apart from the passage index, which
only counts what these sets hold."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence, Set

COMPOUND_HEAD = 5
"""A question word this long that starts a longer word of a sentence is said by it: 'cyber' by 'cybersecurity'."""


def with_compounds(tokens: Set[str], words: Sequence[str]) -> Set[str]:
    """``tokens`` and the question words that begin one of them ('cyber' in 'cybersecurity')."""
    missing = [w for w in words if w not in tokens]
    if not missing:
        return tokens
    # Only words three letters longer than the shortest missing one can be its compound: most are shorter.
    longer = [t for t in tokens if len(t) >= min(map(len, missing)) + 3]
    if not longer:
        return tokens
    return tokens | {w for w in missing if any(len(t) >= len(w) + 3 and t.startswith(w) for t in longer)}


def saying(tokens: Set[str], alike: Mapping[str, Collection[str]]) -> Set[str]:
    """``tokens`` and the question words they say through a word alike ('invest' says 'sink')."""
    return tokens | {w for w, others in alike.items() if w not in tokens and any(o in tokens for o in others)}
