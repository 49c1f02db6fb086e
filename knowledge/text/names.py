"""Person names: one key per person whatever the spelling, and the variants users type.

Korean names arrive as 'Lee Jae Myung', 'Lee Jae-myung', 'Jae-myung Lee' or
'Lee Jaemyung'. They all get the same key, so mentions merge into one person
and a query in any of these spellings finds them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from knowledge.rules.rulebook import rulebook


def is_korean_name(name: str) -> bool:
    """True when the name reads as a romanized Korean one (a Korean surname at either end).

    >>> is_korean_name("Kwak Noh-Jung"), is_korean_name("Don Graves")
    (True, False)
    """
    words = name.split()
    surnames = rulebook().korean_surnames
    if len(words) < 2:
        return name in surnames
    return words[0] in surnames or (words[-1] in surnames and len(words) == 2)


def _surname_first(name: str) -> list[str]:
    words = name.split()
    surnames = rulebook().korean_surnames
    if len(words) >= 2 and words[-1] in surnames and words[0] not in surnames:
        words = [words[-1], *words[:-1]]
    return words


@lru_cache(maxsize=1 << 16)
def surname(name: str) -> str:
    """The family name: first for Korean names, last otherwise.

    >>> surname("Lee Tae-ho"), surname("Michael R. Pompeo"), surname("Hyundong Cho")
    ('Lee', 'Pompeo', 'Cho')
    """
    words = name.split()
    if not words:
        return name
    if is_korean_name(name):
        return _surname_first(name)[0]
    return words[-1]


_NICKNAME = re.compile(r"\s+(?:\([^()]*\)|“[^“”]*”|\"[^\"]*\")(?=\s)")


def without_nickname(name: str) -> str:
    """The name without the nickname written inside it: one person, with or without it.

    >>> without_nickname("Hee Cheul (Charles) Kim"), without_nickname("Soon Hyo “Steve” Chung")
    ('Hee Cheul Kim', 'Soon Hyo Chung')
    """
    return _NICKNAME.sub("", name)


def nickname_form(name: str) -> str | None:
    """'Hee Cheul (Charles) Kim' → 'Charles Kim', the name the person goes by; None without a nickname."""
    m = _NICKNAME.search(name)
    return f"{m.group(0).strip()[1:-1]} {name.split()[-1]}" if m else None


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """One key for every spelling of a name.

    >>> name_key("Lee Jae Myung") == name_key("Jae-myung Lee") == name_key("Lee Jae-myung")
    True
    >>> name_key("Philip S. Goldberg") == name_key("Philip Goldberg")
    True
    """
    name = without_nickname(name)
    ordered = " ".join(_surname_first(name)) if is_korean_name(name) else name
    # 'Philip S. Goldberg' and 'Philip Goldberg' are one person; so are 'Joseph R. Biden, Jr.' and 'Joseph R. Biden'.
    ordered = re.sub(r"\b[A-Z]\.\s*|,?\s+(?:Jr|Sr)\.?$", " ", ordered)
    return re.sub(r"[^a-z]", "", ordered.lower())


def name_variants(name: str) -> list[str]:
    """Spellings users may type for ``name`` (Korean order swaps and hyphenation).

    >>> name_variants("Lee Tae-ho")[:3]
    ['Lee Taeho', 'Lee Tae Ho', 'Tae-ho Lee']
    """
    return list(_variants(name))


@lru_cache(maxsize=1 << 16)
def _variants(name: str) -> tuple[str, ...]:
    """``name_variants``, made once per name: every fact and view of a person asks again."""
    return tuple(_made_variants(name))


def _made_variants(name: str) -> list[str]:
    if without_nickname(name) != name:
        return [without_nickname(name), *filter(None, [nickname_form(name)])]
    if not is_korean_name(name):
        parts = name.split()
        return [f"{parts[0]} {parts[-1]}"] if len(parts) == 3 else []
    words = _surname_first(name)
    family, given_words = words[0], words[1:]
    syllables = [p for w in given_words for p in re.split(r"[\-‐]", w) if p]
    if not syllables:
        return []
    joined = "".join(syllables).capitalize()
    spaced = " ".join(s.capitalize() for s in syllables)
    hyphen = "-".join([syllables[0].capitalize(), *[s.lower() for s in syllables[1:]]])
    variants = [
        f"{family} {joined}",
        f"{family} {spaced}",
        f"{hyphen} {family}",
        f"{family} {hyphen}",
        f"{joined} {family}",
    ]
    return [v for v in dict.fromkeys(variants) if v != name]


def mentions_name(words: Sequence[str], name: str) -> bool:
    """Whether a run of ``words`` spells ``name`` in any romanisation, spacing or order ('kyungho choo' and
    'Choo Kyung-ho').

    >>> mentions_name("what did kyungho choo say".split(), "Choo Kyung-ho")
    True
    """
    key = name_key(name)
    runs = (words[i : i + size] for size in (1, 2, 3, 4) for i in range(len(words) - size + 1))
    return bool(key) and any(key in (name_key(" ".join(r)), name_key(" ".join(reversed(r)))) for r in runs)


def body_initials(name: str) -> set[str]:
    """The acronyms a ministry's or agency's name is known by: its words' initials with 'of' and without
    ('Ministry of Foreign Affairs' → 'mofa', 'mfa'; 'Ministry of Trade, Industry and Energy' → 'motie', 'mtie').

    >>> sorted(body_initials("Ministry of Trade, Industry and Energy"))
    ['motie', 'mtie']
    """
    words = [w for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in ("and", "the", "for", "on")]
    if len(words) < 3:
        return set()
    with_of = "".join(w[0] for w in words).lower()
    without = "".join(w[0] for w in words if w.lower() != "of").lower()
    return {a for a in (with_of, without) if len(a) >= 3}


def with_other_spellings(name: str, aliases: Sequence[str], quotes: Sequence[str]) -> str:
    """The name, then the other spellings of it that its sources write ('Lee Joon-ho (Jun-ho Lee)', both in one
    press release): a reader matching a name in a cable finds it either way. The order of the names, hyphens and
    spaces make no other spelling, nor does a part of the name alone ('Yoon').

    >>> with_other_spellings("Lee Joon-ho", ["Jun-ho Lee", "Joon-ho Lee"], ["Jun-ho Lee and Joon-ho Lee spoke."])
    'Lee Joon-ho (Jun-ho Lee)'
    >>> with_other_spellings("Lee Joon-ho", ["Jun-ho Lee"], ["Lee Joon-ho spoke."])
    'Lee Joon-ho'
    >>> with_other_spellings("Yoon Suk Yeol", ["Yoon"], ["President Yoon spoke."])
    'Yoon Suk Yeol'
    """
    own = _parts(name)
    written = [
        alias
        for alias in aliases
        if not _parts(alias) <= own and any(re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", q) for q in quotes)
    ]
    return f"{name} ({', '.join(written)})" if written else name


def _parts(name: str) -> set[str]:
    """A name's parts, whatever their order ('Joon-ho Lee' is 'Lee Joon-ho'); a surname alone is one of them."""
    return set(re.sub(r"[^a-z ]", "", name.lower().replace("-", "")).split())
