"""Loading the extraction rules (``knowledge/rules/*.json``) once, compiled for use.

Rules are data so that a new kind of title, a country alias or a commitment verb
is a one-line change to a JSON file, reviewed like any other, and never a
special case in code for one document.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, cast

from knowledge.models import Country


def _load(name: str) -> dict[str, Any]:
    text = resources.files("knowledge.rules").joinpath(name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@dataclass(frozen=True)
class OrganizationRule:
    cue: str
    organization: str | None
    country: str | None
    unless: tuple[str, ...]


@dataclass(frozen=True)
class Rulebook:
    core_titles_by_first_word: dict[str, tuple[tuple[str, ...], ...]]
    title_abbreviations: dict[str, str]
    title_modifiers: frozenset[str]
    rank_words: frozenset[str]
    title_connectors: frozenset[str]
    organization_rules: tuple[OrganizationRule, ...]
    korean_surnames: frozenset[str]
    abbreviations: frozenset[str]
    chinese_japanese_surnames: frozenset[str]
    executive_titles: frozenset[str]
    titles_no_us_official_holds: frozenset[str]
    headline_verbs: frozenset[str]
    not_name_words: frozenset[str]
    country_aliases: dict[str, tuple[str, ...]]
    country_cues: dict[str, tuple[re.Pattern[str], ...]]
    korean_companies: tuple[str, ...]
    us_states: tuple[str, ...]
    amount_verbs: tuple[str, ...]
    cut_to_cues: tuple[str, ...]
    facilitation_cues: tuple[str, ...]
    weak_subjects: tuple[str, ...]
    both_subjects: tuple[str, ...]
    government_words: frozenset[str]
    government_prefixes: tuple[str, ...]
    organization_heads: tuple[str, ...]
    institution_words: frozenset[str]
    commitment_verbs: tuple[str, ...]
    lead_in_pledge: tuple[str, ...]
    pledge_amount_cues: frozenset[str]
    statistic_cues: frozenset[str]
    deal_nouns: frozenset[str]
    deal_verbs: tuple[str, ...]
    earlier_figure_cues: tuple[str, ...]
    completed_deal_verbs: tuple[str, ...]
    we_is_both_cues: tuple[str, ...]
    anaphoric_what: tuple[str, ...]
    not_commitment_cues: tuple[str, ...]
    achievement_verbs: tuple[str, ...]
    announcing_verbs: tuple[str, ...]
    commitment_nouns: tuple[str, ...]
    itinerary_verbs: tuple[str, ...]
    description_verbs: tuple[str, ...]
    secured_nouns: tuple[str, ...]
    corporate_words: tuple[str, ...]
    company_nouns: frozenset[str]
    corporate_verbs: tuple[str, ...]
    not_organization_words: frozenset[str]
    body_words: frozenset[str]
    occasion_words: tuple[str, ...]
    future_cues: tuple[str, ...]
    past_cues: tuple[str, ...]
    dangling_words: tuple[str, ...]
    government_funding_nouns: frozenset[str]
    count_words: dict[str, int]
    deal_occasions: tuple[str, ...]
    standing_commitment_nouns: frozenset[str]
    investment_announcing_verbs: frozenset[str]


def _country_cues(countries: dict[str, Any]) -> dict[str, tuple[re.Pattern[str], ...]]:
    """The cue patterns, with every U.S. state as a U.S. cue ('Governor of Indiana', 'Georgia's')."""
    cues = {k: [re.compile(p) for p in v] for k, v in countries["cue_patterns"].items()}
    states = "|".join(re.escape(s) for s in sorted(countries["us_states"], key=len, reverse=True))
    cues["US"].append(re.compile(rf"\bof (?:the [Ss]tate of )?(?:{states})\b|\b(?:{states})[’']s\b"))
    return {k: tuple(v) for k, v in cues.items()}


@cache
def rulebook() -> Rulebook:
    """The rules, loaded and compiled on first use and shared afterwards."""
    dates = _load("dates.json")
    titles, names, countries, pledges, organizations = (
        _load("titles.json"),
        _load("names.json"),
        _load("countries.json"),
        _load("pledges.json"),
        _load("organizations.json"),
    )
    core = sorted({tuple(t.lower().split()) for t in titles["core"]}, key=len, reverse=True)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for title in core:
        by_first.setdefault(title[0], []).append(title)
    return Rulebook(
        core_titles_by_first_word={k: tuple(v) for k, v in by_first.items()},
        title_abbreviations=dict(titles["abbreviations"]),
        title_modifiers=frozenset(m.lower() for m in titles["modifiers"]),
        rank_words=frozenset(titles["rank_words"]),
        title_connectors=frozenset(titles["connectors"]),
        organization_rules=tuple(
            OrganizationRule(r["cue"], r["organization"], r["country"], tuple(r.get("unless", ())))
            for r in titles["organizations"]
        ),
        korean_surnames=frozenset(names["korean_surnames"]),
        abbreviations=frozenset(
            [*names["abbreviations"], *(w.lower().rstrip(".") for a in titles["abbreviations"] for w in a.split())]
        ),
        us_states=tuple(countries["us_states"]),
        amount_verbs=tuple(pledges["amount_verbs"]),
        cut_to_cues=tuple(pledges["cut_to_cues"]),
        facilitation_cues=tuple(pledges["facilitation_cues"]),
        weak_subjects=tuple(sorted(pledges["weak_subjects"], key=len, reverse=True)),
        both_subjects=tuple(pledges["both_subjects"]),
        government_words=frozenset(w.lower() for w in organizations["government_words"]),
        government_prefixes=tuple(sorted(organizations["government_prefixes"], key=len, reverse=True)),
        organization_heads=tuple(organizations["organization_heads"]),
        institution_words=frozenset(organizations["institution_words"]),
        chinese_japanese_surnames=frozenset(names["chinese_japanese_surnames"]),
        executive_titles=frozenset(t.lower() for t in titles["executive_titles"]),
        titles_no_us_official_holds=frozenset(t.lower() for t in titles["titles_no_us_official_holds"]),
        headline_verbs=frozenset(titles["headline_verbs"]),
        # A state's name is never a person's ('Governor of Indiana', 'Georgia Governor Brian Kemp').
        not_name_words=frozenset(
            w.lower() for w in (*names["not_name_words"], *(p for s in countries["us_states"] for p in s.split()))
        ),
        country_aliases={k: tuple(v) for k, v in countries["aliases"].items()},
        country_cues=_country_cues(countries),
        korean_companies=tuple(sorted(countries["korean_companies"], key=len, reverse=True)),
        commitment_verbs=tuple(sorted(pledges["commitment_verbs"], key=len, reverse=True)),
        lead_in_pledge=tuple(pledges["lead_in_pledge"]),
        pledge_amount_cues=frozenset(pledges["pledge_amount_cues"]),
        statistic_cues=frozenset(pledges["statistic_cues"]),
        deal_nouns=frozenset(pledges["deal_nouns"]),
        deal_verbs=tuple(sorted(pledges["deal_verbs"], key=len, reverse=True)),
        earlier_figure_cues=tuple(pledges["earlier_figure_cues"]),
        completed_deal_verbs=tuple(pledges["completed_deal_verbs"]),
        we_is_both_cues=tuple(pledges["we_is_both_cues"]),
        anaphoric_what=tuple(sorted(pledges["anaphoric_what"], key=len, reverse=True)),
        not_commitment_cues=tuple(pledges["not_commitment_cues"]),
        achievement_verbs=tuple(sorted(pledges["achievement_verbs"], key=len, reverse=True)),
        announcing_verbs=tuple(sorted(pledges["announcing_verbs"], key=len, reverse=True)),
        commitment_nouns=tuple(sorted(pledges["commitment_nouns"], key=len, reverse=True)),
        itinerary_verbs=tuple(sorted(pledges["itinerary_verbs"], key=len, reverse=True)),
        description_verbs=tuple(sorted(pledges["description_verbs"], key=len, reverse=True)),
        secured_nouns=tuple(sorted(pledges["secured_nouns"], key=len, reverse=True)),
        corporate_words=tuple(sorted(organizations["corporate_words"], key=len, reverse=True)),
        company_nouns=frozenset(organizations["company_nouns"]),
        corporate_verbs=tuple(sorted(organizations["corporate_verbs"], key=len, reverse=True)),
        not_organization_words=frozenset(organizations["not_organization_words"]),
        body_words=frozenset(organizations["body_words"]),
        occasion_words=tuple(dates["occasion_words"]),
        future_cues=tuple(sorted(dates["future_cues"], key=len, reverse=True)),
        past_cues=tuple(dates["past_cues"]),
        dangling_words=tuple(sorted(dates["dangling_words"], key=len, reverse=True)),
        government_funding_nouns=frozenset(pledges["government_funding_nouns"]),
        count_words=dict(organizations["count_words"]),
        deal_occasions=tuple(pledges["deal_occasions"]),
        standing_commitment_nouns=frozenset(pledges["standing_commitment_nouns"]),
        investment_announcing_verbs=frozenset(pledges["investment_announcing_verbs"]),
    )


def first_country_cue(text: str) -> Country | None:
    """The country named first in ``text`` by a cue ('U.S.', 'Seoul's', 'of Japan'), if any.

    >>> first_country_cue("Seoul's Second Vice Foreign Minister")
    'ROK'
    """
    m = _combined_cues().search(text)
    return cast(Country, next(k for k, v in m.groupdict().items() if v is not None)) if m else None


@cache
def _combined_cues() -> re.Pattern[str]:
    """All country cues in one pattern: the leftmost cue wins, and at one place the first country listed."""
    groups = [
        f"(?P<{country}>" + "|".join(f"(?:{p.pattern})" for p in patterns) + ")"
        for country, patterns in rulebook().country_cues.items()
    ]
    return re.compile("|".join(groups))


@cache
def company_noun_alternation() -> str:
    """The nouns that say a name is a company's ('maker', 'producer'), longest first, as one regex alternation."""
    return "|".join(sorted(rulebook().company_nouns, key=len, reverse=True))
