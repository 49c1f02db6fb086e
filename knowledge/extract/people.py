"""Mentions of titled people, merged into officials: one person per full name, a surname-only mention joined
to the full name it shortens, romanisations and headline forms folded into the body's, and each person's
country read from what the mentions say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from knowledge.models import Country, Official, Source
from knowledge.rules.rulebook import rulebook
from knowledge.text.names import is_korean_name, name_key, name_variants, surname


@dataclass
class Mention:
    name: str
    surname_only: bool
    title: str
    organization: str | None
    country: Country | None
    source: Source
    headline: bool = False  # read from a Title Case headline, where words like 'Strengthen' pass for names


@dataclass
class _Person:
    name: str
    mentions: list[Mention] = field(default_factory=list)


def _best_title(mentions: list[Mention]) -> Mention:
    """The most complete title: full-name mentions first, then the longest."""
    return max(mentions, key=lambda m: (not m.surname_only, len(m.title)))


def _country_of(person: _Person, organization: str | None) -> Country:
    rules = rulebook()
    for m in sorted(person.mentions, key=lambda m: m.surname_only):
        if m.country:
            return m.country
    if organization and _is_korean_company(organization):
        return "ROK"
    if is_korean_name(person.name):
        return "ROK"
    titles = {_core_of(m.title) for m in person.mentions}
    named = " ".join([organization or "", *(m.title for m in person.mentions)])
    institution = bool(set(re.findall(r"[A-Z]\w+", named)) & rules.institution_words)
    if titles & rules.executive_titles and not institution:
        return "other"  # an executive of a company the text ties to no country
    words = person.name.split()
    if titles & rules.titles_no_us_official_holds or {words[0], words[-1]} & rules.chinese_japanese_surnames:
        return "other"  # Washington has no prime minister; 'Kishida', 'Zhao Leji'
    return "US"


def _squeezed(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


@cache
def _korean_company_forms() -> frozenset[str]:
    """Every known Korean company squeezed ('Q CELLS' and 'Qcells' are one spelling), with an affiliate's name
    written without its group's ('Qcells' of 'Hanwha Qcells', when 'Hanwha' is itself known) unless what is left
    is a corporate word ('Electronics')."""
    rules = rulebook()
    known = set(rules.korean_companies)
    corporate = {w.lower() for w in rules.corporate_words}
    forms = {_squeezed(c) for c in known}
    for company in known:
        words = company.split()
        rest = words[-1]
        if len(words) > 1 and " ".join(words[:-1]) in known and len(rest) > 3 and rest.lower() not in corporate:
            forms.add(_squeezed(rest))
    return frozenset(forms)


def _is_korean_company(organization: str) -> bool:
    """An executive's company is Korean when its first words are a known Korean company's, however spaced.

    >>> _is_korean_company("Q CELLS"), _is_korean_company("SK hynix America"), _is_korean_company("Skydance")
    (True, True, False)
    """
    words = organization.split()
    forms = _korean_company_forms()
    return any(_squeezed(" ".join(words[:k])) in forms for k in range(1, len(words) + 1))


def _core_of(title: str) -> str:
    """'Chairman of the Standing Committee' → 'chairman'; 'Japanese Prime Minister' → 'prime minister'."""
    head = re.split(r"\s+(?:of|for|at|to|in)\s+", title, maxsplit=1)[0].lower()
    return re.sub(r"^(?:former|acting|then-)\s+", "", head)


def merge_mentions(mentions: list[Mention]) -> list[Official]:
    """People from mentions: one per full name; a surname-only mention joins the full name it shortens.

    >>> [o.name for o in merge_mentions([])]
    []
    """
    people: dict[str, _Person] = {}
    for m in mentions:
        if not m.surname_only:
            people.setdefault(name_key(m.name), _Person(m.name)).mentions.append(m)
    _fold_headline_people(people)
    _fold_romanizations(people)
    # The people by surname and by first and last word, in the order they were met, kept as people are added:
    # a surname-only mention then finds its full names without reading every person (a long document names
    # hundreds).
    by_surname: dict[str, list[_Person]] = {}
    by_end_word: dict[str, list[_Person]] = {}
    for person in people.values():
        _index(person, by_surname, by_end_word)
    for m in mentions:
        if not m.surname_only:
            continue
        matches = list(by_surname.get(m.name.lower(), ()))
        if not matches:  # 'Prime Minister Ishiba' after 'Ishiba Shigeru': family name first in the full form
            matches = list(by_end_word.get(m.name, ()))
        if len(matches) > 1:
            matches = [p for p in matches if any(x.title.lower() == m.title.lower() for x in p.mentions)] or matches[:1]
        if matches:
            target = matches[0]
        else:
            key = name_key(m.name)
            if key not in people:
                people[key] = _Person(m.name)
                _index(people[key], by_surname, by_end_word)
            target = people[key]
        target.mentions.append(m)
    return [to_official(p) for p in people.values()]


def _index(person: _Person, by_surname: dict[str, list[_Person]], by_end_word: dict[str, list[_Person]]) -> None:
    by_surname.setdefault(surname(person.name).lower(), []).append(person)
    words = person.name.split() or [""]
    for word in dict.fromkeys((words[0], words[-1])):  # a one-word name is listed once
        by_end_word.setdefault(word, []).append(person)


def _romanized(name: str) -> str:
    """One spelling for Korean romanization variants: 'Jun-ho Lee' and 'Lee Joon-ho' are one person."""
    key = name_key(name)
    for variant, plain in (("oo", "u"), ("eo", "o"), ("ee", "i"), ("ae", "e")):
        key = key.replace(variant, plain)
    return key


def _fold_romanizations(people: dict[str, _Person]) -> None:
    """Two Korean spellings of one name with the same office are one person."""
    seen: dict[tuple[str, str], str] = {}
    for key, person in list(people.items()):
        if not is_korean_name(person.name):
            continue
        office = re.split(r"\s+(?:of|in|for)\s+", _best_title(person.mentions).title)[0].lower()
        loose = (_romanized(person.name), office)
        if loose in seen and seen[loose] in people:
            kept = people[seen[loose]]
            kept.mentions.extend(person.mentions)
            if person.name.split()[0] in rulebook().korean_surnames:
                kept.name = person.name  # the Korean order ('Lee Joon-ho') names the merged person
            del people[key]
        else:
            seen[loose] = key


def _fold_headline_people(people: dict[str, _Person]) -> None:
    """'President Yoon Strengthen the Alliance' in a headline is the body's President Yoon Suk Yeol."""
    for key, person in list(people.items()):
        if not all(m.headline for m in person.mentions):
            continue
        first = person.name.split()[0]
        for other_key, other in people.items():
            if other_key == key or all(m.headline for m in other.mentions):
                continue
            same_title = any(m.title.lower() == x.title.lower() for m in person.mentions for x in other.mentions)
            if same_title and (first in other.name.split() or surname(other.name) == surname(person.name)):
                other.mentions.extend(replace(m, name=other.name) for m in person.mentions)
                del people[key]
                break


def to_official(person: _Person) -> Official:
    best = _best_title(person.mentions)
    organization = best.organization or next((m.organization for m in person.mentions if m.organization), None)
    titles = tuple(dict.fromkeys(m.title for m in sorted(person.mentions, key=lambda m: -len(m.title))))
    seen_names = [m.name for m in person.mentions]
    sources = tuple(dict.fromkeys(m.source for m in person.mentions))
    return Official(
        name=person.name,
        title=best.title,
        organization=organization,
        country=_country_of(person, organization),
        titles=titles,
        aliases=tuple(dict.fromkeys(a for a in [*seen_names, *name_variants(person.name)] if a != person.name)),
        sources=sources,
    )
