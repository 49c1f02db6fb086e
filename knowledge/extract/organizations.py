"""Organisations a document names, recognised from its own text; the list of known companies only helps.

A company that is on no list still announces itself: a corporate word ends its name ('Hyundai Steel',
'Regeneron Pharmaceuticals, Inc.'), an apposition says what it is ('Roche, a Swiss drug and diagnostics
company'), or its name stands as the subject of a corporate act ('Honda has decided to produce', 'Chobani
announced'). Words that name people, countries and offices are never an organisation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from knowledge.rules.rulebook import company_noun_alternation, rulebook
from knowledge.text.guarded import guard, initials_first

_CAP_WORD = r"(?:[A-Z][\w&'’.\-]*|&)"
# A name may hold a number after its first word ('Element 25', 'Unit 731'); it never starts with one.
_NAME = rf"{_CAP_WORD}(?:[ ]+(?:{_CAP_WORD}|\d+(?![\d,.]\d)|hynix|de|of|les|la|du))*?"
_DETERMINER_BEFORE = re.compile(r"\b(?:the|their|its|our|his|her|a|an|of)\s+$", re.IGNORECASE)


@cache
def _known_pattern() -> re.Pattern[str]:
    """Every known company, longest first, as one pattern ('HD-Hyundai' is 'HD Hyundai')."""
    companies = rulebook().korean_companies
    names = "|".join(re.escape(c).replace("\\ ", r"[\s-]") for c in companies)
    return re.compile(rf"{initials_first(companies)}(?<![\w])(?:{names})(?![\w])")


@cache
def _known_by_form() -> dict[str, str]:
    return {re.sub(r"[\s-]+", " ", c): c for c in rulebook().korean_companies}


_COMPANY_LIST = guard(
    re.compile(
        r"\b(?:companies|firms|automakers|chipmakers|manufacturers|businesses)\s+(?:such as|including|like)\s+"
        r"(?P<items>(?:[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4})(?:,\s+(?:and\s+)?[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4}"
        r"|\s+and\s+[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4})+)"
    ),
    *("such as", "including", "like"),
)


# 'namely GM, DuPont, IMC and Ecolab': a list that names the members of a group counted elsewhere.
_NAMED_LIST = guard(
    re.compile(
        r"\b(?:namely|specifically|that is|i\.e\.,?)\s+(?P<items>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3}"
        r"(?:,\s+(?:and\s+)?[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})*,?\s+and\s+[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})"
    ),
    *("namely", "specifically", "that is", "i.e."),
)


@cache
def _counted_subject() -> re.Pattern[str]:
    counts = "|".join(rulebook().count_words)
    nouns = company_noun_alternation()
    return re.compile(rf"\b(?P<count>{counts}|\d+)\s+(?:[\w.\-]+\s+){{0,2}}?(?:{nouns})(?<=s)\b", re.IGNORECASE)


def named_groups(text: str) -> dict[int, str]:
    """The groups a document lists by name, by their size: {4: 'GM, DuPont, IMC and Ecolab'}."""
    groups: dict[int, str] = {}
    for m in _NAMED_LIST.finditer(text):
        items = [i.strip() for i in re.split(r",\s+(?:and\s+)?|\s+and\s+", m["items"]) if i.strip()]
        groups.setdefault(len(items), ", ".join(items[:-1]) + " and " + items[-1])
    return groups


def counted_group(subject: str, groups: dict[int, str]) -> str | None:
    """'four U.S.-based companies pledged' → the group of four the document names, if it names one."""
    m = _counted_subject().search(subject)
    if m is None:
        return None
    count = m["count"].lower()
    return groups.get(int(count) if count.isdigit() else rulebook().count_words[count])


@cache
def _described_subject() -> re.Pattern[str]:
    """A paragraph opening on a described company: 'The Italian spirits group is …'."""
    nouns = company_noun_alternation()
    return re.compile(rf"(?:The|Its)\s+(?:[\w\-.]+\s+){{0,4}}?(?:{nouns})\b")


@cache
def _government_prefix() -> re.Pattern[str]:
    return re.compile(r"^(?:" + "|".join(re.escape(p) for p in rulebook().government_prefixes) + r")(?![\w])")


@cache
def _suffix_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in rulebook().corporate_words)
    return re.compile(
        rf"(?=[A-Z&])(?<![\w.])((?:{_CAP_WORD}[ ]+){{0,3}}?{_CAP_WORD}[ ]+(?:{words}))(?![\w])(?![ ][A-Z&])"
    )


@cache
def _apposition_pattern() -> re.Pattern[str]:
    nouns = company_noun_alternation()
    return re.compile(
        rf"(?=[A-Z&])(?:^|(?<=[:;•]\s)|(?<=^\s)|(?<=\.\s)|(?<=,\s)|(?<=\band\s))({_NAME}),\s+(?:Inc\.,\s+)?"
        rf"(?:a|an|one of|the|[A-Z][\w\-]*[’']s)[ ]+[^,.;:()\n]{{0,70}}?\b(?P<noun>{nouns})s?\b",
        re.MULTILINE,
    )


@cache
def _joint_apposition_pattern() -> re.Pattern[str]:
    """'Orbia and Solvay, the Mexico and Belgium-based chemical producers': two companies acting as one."""
    nouns = company_noun_alternation()
    return re.compile(
        rf"(?=[A-Z&])(?:^|(?<=[:;•]\s)|(?<=^\s)|(?<=\.\s))({_NAME}[ ]+and[ ]+{_NAME}),\s+(?:the|two|both)[ ]+"
        rf"[^,.;:()\n]{{0,70}}?\b(?:{nouns})s?(?<=s)\b",
        re.MULTILINE,
    )


@cache
def _subject_pattern() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in rulebook().corporate_verbs)
    return re.compile(
        rf"(?=[A-Z&])(?:^|(?<=[.;:•]\s)|(?<=\.\s\s)|(?<=^\s)|(?<=\bwhile\s)|(?<=,\sand\s))({_NAME})[ ]+"
        rf"(?:has[ ]+|have[ ]+|also[ ]+|now[ ]+)?(?:{verbs})\b",
        re.MULTILINE,
    )


def strip_lead_words(name: str) -> str:
    """'While Samsung', 'The LG': a word that opens a sentence or a phrase is no part of the name after it."""
    words = name.split()
    lead = rulebook().not_organization_words
    while len(words) > 1 and words[0] in lead:
        words.pop(0)
    return " ".join(words)


def _plausible(name: str, not_names: set[str]) -> bool:
    rules = rulebook()
    words = name.split()
    if not words or words[0] in rules.not_organization_words or name in not_names:
        return False
    if all(w.strip(",") in rules.corporate_words for w in words) or words[0][:1].isdigit():
        return False  # 'Ltd' in 'Sunlit Flou & Chemical Co., Ltd, a …' is the end of a name, not a name
    if set(words) & rules.body_words or (len(words) == 1 and name.endswith("ly")):
        return False  # 'Working Group' and 'Emerging Technologies' are a body and a topic; 'Notably' is no name
    lowered = {w.lower().strip(".,’'") for w in words}
    if name.lower() in _country_words():
        return False
    # 'President', 'Ministry', 'Secretary': an office or a body, not a company (the rules' government words).
    return not (lowered & rules.government_words) and not all(w in rules.not_name_words or w.isdigit() for w in lowered)


@cache
def _country_words() -> frozenset[str]:
    return frozenset(a.lower() for aliases in rulebook().country_aliases.values() for a in aliases)


def _is_agency(name: str) -> bool:
    words = set(name.split())
    rules = rulebook()
    return (
        bool(words & rules.body_words) or any(w.lower() in rules.government_words for w in words) or "Finance" in words
    )


def _stands_alone(word: str, text: str) -> bool:
    """Whether ``word`` occurs as a word of its own, not followed by another capitalised word ('Bollinger is')."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        before = text[start - 1] if start else " "
        after = text[end : end + 2]
        if not before.isalnum() and not after[:1].isalnum() and not re.match(r"[\s-][A-Z]", after):
            return True
        start = text.find(word, end)
    return False


def described_companies(text: str, companies: dict[str, str]) -> list[tuple[int, str, str]]:
    """What the text calls each company, where ('Hyundai Motor Group, a South Korean automaker' → automaker), so
    that 'the automaker' later means the company last so described before it: (position, noun, company)."""
    described: list[tuple[int, str, str]] = []
    for start, written, noun in _appositions(text):
        name = strip_lead_words(re.sub(r"^.*-based\s+", "", written.strip()))
        if name in companies:
            described.append((start, noun.lower(), companies[name]))
    return described


@lru_cache(maxsize=4)
def _appositions(text: str) -> tuple[tuple[int, str, str], ...]:
    """(start, name, noun) of each 'NAME, a … NOUN' in a document: found once for both readers of a document."""
    return tuple((m.start(), m.group(1), m["noun"]) for m in _apposition_pattern().finditer(text))


def find_organizations(text: str, people: Iterable[str] = ()) -> dict[str, str]:
    """Every way the text names an organisation, mapped to the name it stands for.

    >>> orgs = find_organizations("Roche, a Swiss drug company, announced a plan. Acme Steel will build a mill.")
    >>> sorted(set(orgs.values()))
    ['Acme Steel', 'Roche']
    """
    rules = rulebook()
    not_names = set(people)
    found: dict[str, str] = {}
    for m in _known_pattern().finditer(text):  # one pass for the whole list
        company = _known_by_form()[re.sub(r"[\s-]+", " ", m.group(0))]
        found[company] = company
    for m in _suffix_pattern().finditer(text):
        name = re.sub(r"^.*[’']s\s+", "", m.group(1)).strip()  # "South Korea's SPC Group" is SPC Group
        name = strip_lead_words(name)
        run_start = m.start()
        while (back := re.search(r"(?:[A-Z][\w&'’\-]*|and|of|&)[ ]+$", text[max(0, run_start - 30) : run_start])) and (
            back.group(0).strip() not in rules.not_organization_words
        ):
            run_start -= len(back.group(0))  # 'the Extended Deterrence Strategy and Consultation Group'
        described = _DETERMINER_BEFORE.search(text[max(0, run_start - 8) : run_start])
        # 'U.S. International Development Finance Corporation' is an agency; 'Korean Air', 'Korea Zinc' are firms.
        if (
            _plausible(name, not_names)
            and not described
            and not (_government_prefix().match(name) and _is_agency(name))
        ):
            found.setdefault(name, name)
    named = [m.group(1) for m in _joint_apposition_pattern().finditer(text)]
    named += [written for _, written, _ in _appositions(text)]
    named += [m.group(1) for m in _subject_pattern().finditer(text)]
    for written in named:
        name = re.sub(r"^.*-based\s+", "", written.strip())  # 'Republic of Korea-based HD-Hyundai'
        name = strip_lead_words(name)
        if _plausible(name, not_names) and len(name.split()) <= 5:
            # 'Qcells also signed' after 'Hanwha Qcells': a part of a known name stands for it.
            whole = next((c for k, c in found.items() if f" {name} " in f" {k} "), name)
            found.setdefault(name, whole)
    # 'four companies, namely GM, DuPont, IMC and Ecolab': the members of a group of companies are companies.
    for m in _NAMED_LIST.finditer(text):
        if _counted_subject().search(text[max(0, m.start() - 40) : m.start()]):
            for item in re.split(r",\s+(?:and\s+)?|\s+and\s+", m["items"]):
                if _plausible(item.strip(), not_names) and len(item.split()) <= 3:
                    found.setdefault(item.strip(), item.strip())
    # 'companies such as Apple, Taiwan Semiconductor Manufacturing Company, and SoftBank': each item is one.
    for m in _COMPANY_LIST.finditer(text):
        for item in re.split(r",\s+(?:and\s+)?|\s+and\s+", m["items"]):
            item = item.strip()
            if item and _plausible(item, not_names) and len(item.split()) <= 5:
                found.setdefault(item, item)
    # 'HYUNDAI MOTOR' heading a company's paragraph in a round-up names the company the paragraph speaks of.
    for m in re.finditer(r"^([A-Z][A-Z&.\-]+(?: [A-Z][A-Z&.\-]+){0,3})[ ]*\n(?P<next>[^\n]*)", text, re.MULTILINE):
        heading = " ".join(w.capitalize() if len(w) > 3 else w for w in m.group(1).split())
        known = [c for k, c in found.items() if k.lower() in (heading.lower(), heading.split()[0].lower())]
        described = _described_subject().match(m["next"])  # 'STELLANTIS' over 'The Chrysler parent is …'
        if known or described or _suffix_pattern().search(heading):
            found.setdefault(m.group(1), heading if not known or known[0].lower() != heading.lower() else known[0])
    # A company's first word stands for it ('Bollinger' for 'Bollinger Shipyards'), when no other shares it.
    firsts: dict[str, set[str]] = {}
    for name, canonical in list(found.items()):
        first = name.split()[0]
        if len(name.split()) > 1 and _plausible(first, not_names) and len(first) > 2:
            firsts.setdefault(first, set()).add(canonical)
    for first, canonicals in firsts.items():
        if len(canonicals) == 1 and first not in found and _stands_alone(first, text):
            found[first] = canonicals.pop()
    return found
