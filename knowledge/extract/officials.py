"""Extracting officials: who holds which title, in which organisation and country.

Mentions come in three shapes, all driven by the title list in ``rules/titles.json``:
'TITLE NAME' ('Deputy Secretary of Commerce Don Graves', 'President Yoon'),
'NAME, TITLE' ('Don Graves, deputy US commerce secretary') and 'OWNER's TITLE, NAME'
("Acme Steel's chief executive, Jane Roe"). Mentions are then merged into people: a
surname-only mention joins the full name it abbreviates. Which words make a name is
``name_tokens``'s job.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from knowledge.extract.name_tokens import (
    FULL_NAME,
    NAME_WORD,
    Token,
    is_name_token,
    is_name_word,
    is_written_name,
    name_at,
    tokenize,
)
from knowledge.extract.organizations import strip_lead_words
from knowledge.extract.people import Mention, merge_mentions
from knowledge.extract.sentences import Sentence, source_of
from knowledge.models import Country, Official
from knowledge.rules.rulebook import company_noun_alternation, first_country_cue, rulebook
from knowledge.text.guarded import guard, initials_first


def _connector_soon(tokens: list[Token], j: int) -> bool:
    """A title's continuation reaches 'of'/'for'/'to' within two words ('State of Indiana')."""
    return any(t.lower in {"of", "for", "to", "in", "on", "at", "&"} for t in tokens[j + 1 : j + 3])


def _core_title_at(tokens: list[Token], i: int) -> int:
    for core in rulebook().core_titles_by_first_word.get(tokens[i].lower, ()):
        if tuple(t.lower for t in tokens[i : i + len(core)]) == core:
            return len(core)
    return 0


def _organization_before(sentence: str, tokens: list[Token], ts: int, executive: bool = False) -> str | None:
    """An organisation written just before the title ('Purdue University President', 'SK hynix CEO'); before an
    executive's title ('Acme Solar CEO'), the capitalised words are the company whatever their last word."""
    head = sentence[: tokens[ts].start].rstrip() if ts < len(tokens) else sentence
    known = _known_company_at_end().search(head[-60:])
    if known:
        return known.group(0)
    j = ts
    while j > 0 and (tokens[j - 1].is_cap or tokens[j - 1].lower in {"of", "for", "the", "&"}):
        j -= 1
    while j < ts and not tokens[j].is_cap:
        j += 1
    if j >= ts:
        return None
    phrase = sentence[tokens[j].start : tokens[ts - 1].end]
    return phrase if executive or _org_heads().search(phrase) else None


def _organization_and_country(title: str, context: str) -> tuple[str | None, Country | None]:
    lowered = title.lower()
    organization: str | None = None
    # 'Japanese Vice Foreign Minister': the title's own country word beats the office's usual country.
    country: str | None = first_country_cue(title)
    for rule in rulebook().organization_rules:
        if rule.cue in lowered and not any(u in lowered for u in rule.unless):
            organization = organization or rule.organization
            country = country or rule.country
    if country is None:
        country = first_country_cue(title) or first_country_cue(context)
    return organization, country  # type: ignore[return-value]


@cache
def _org_heads() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in rulebook().organization_heads)
    return re.compile(rf"\b(?:{heads})(?![\w])")


@cache
def _country_modifiers() -> re.Pattern[str]:
    """Country words before a title ('U.S.', 'Japanese', "Seoul's"), from the country aliases."""
    aliases = sorted({a for v in rulebook().country_aliases.values() for a in v}, key=len, reverse=True)
    names = "|".join(re.escape(a) for a in aliases if not a.endswith("'s"))
    return re.compile(rf"^(?:(?:{names})(?:['’]s)?(?![\w])\s+)+")


def _strip_country_modifiers(title: str) -> str:
    """'U.S. Deputy Secretary of Commerce' → 'Deputy Secretary of Commerce': the country is kept apart."""
    title = _country_modifiers().sub("", title).strip()
    for short, full in rulebook().title_abbreviations.items():
        if title == short or title.startswith(short + " "):
            title = full + title[len(short) :]  # 'Gov.' → 'Governor'
            break
    return title[:1].upper() + title[1:]


def _title_first(sentence: Sentence, tokens: list[Token], document_id: str) -> Iterable[Mention]:
    """'TITLE NAME' mentions ('Deputy Secretary of Commerce Don Graves', 'President Yoon')."""
    text = sentence.text
    firsts = rulebook().core_titles_by_first_word
    i, count = 0, len(tokens)
    while i < count:
        if tokens[i].lower not in firsts:  # most words open no title: skip them without a call
            i += 1
            continue
        core = _core_title_at(tokens, i)
        if not core:
            i += 1
            continue
        ts = i
        while ts > 0 and (tokens[ts - 1].lower in rulebook().title_modifiers):
            ts -= 1
        j = i + core
        found = 0
        while j < len(tokens):
            # After a possessive comes a thing; after 'of', 'in', 'the' the title's object ('Secretary of the Navy',
            # 'Consul General … in Atlanta'), not a person.
            after_connector = j > i + core - 1 and tokens[j - 1].lower in {"of", "in", "the", "for", "to", "at", "on"}
            found = (
                0 if tokens[j - 1].text in {"’s", "'s"} or after_connector else name_at(tokens, j, allow_surname=True)
            )
            if found:
                break
            tok = tokens[j]
            continues = (
                tok.is_cap
                or tok.lower in rulebook().title_connectors
                or (
                    tok.text in {",", "’s", "'s", "-"}
                    and j + 1 < len(tokens)
                    and (tokens[j + 1].is_cap or tokens[j + 1].lower == "and")
                )
            )
            if (
                not continues
                or _core_title_at(tokens, j)
                or tok.text in rulebook().headline_verbs
                or (tok.is_cap and tok.lower in rulebook().headline_verbs)
            ):
                break
            if not tokens[i + core - 1].is_cap:
                break  # a title in lower case ('chief negotiator') describes; only a name right after it counts
            if j == i + core and tok.is_cap and not _connector_soon(tokens, j):
                # 'Ambassador Goldberg Announces Fulbright Expansion': a title goes on with 'of', 'for', 'to';
                # capitals that are no name and lead to no connector are a headline's words, not a title's.
                break
            j += 1
        if not found:
            i += core
            continue
        title = _strip_country_modifiers(text[tokens[ts].start : tokens[j - 1].end].rstrip(" ,"))
        name = text[tokens[j].start : tokens[j + found - 1].end]
        after = text[tokens[j + found - 1].end : tokens[min(j + found + 3, len(tokens) - 1)].end]
        before = text[max(0, tokens[ts].start - 12) : tokens[ts].start]
        organization, country = _organization_and_country(text[tokens[ts].start : tokens[j - 1].end], "")
        if country is None:
            # 'Prime Minister Ishiba Shigeru of Japan, and President Yoon …': the 'of' after the name is his,
            # the cue before the title belongs to it only when nothing stands between.
            own_before = before if not re.search(r"[,;]|\band\b", before) else ""
            country = (first_country_cue(after) if after.lstrip().startswith("of ") else None) or first_country_cue(
                own_before
            )
        executive = text[tokens[i].start : tokens[i + core - 1].end].lower() in rulebook().executive_titles
        organization = _organization_before(text, tokens, ts, executive) or organization
        speaker = _company_speaker().match(text)
        if country is None and speaker and re.search(r",\s*$", text[: tokens[ts].start]):
            # 'The Taiwanese company, which makes AI servers, …, President Jack Tsai said': the company's
            # president, of the company's country ('other' when its nationality is no side's).
            country = first_country_cue(speaker.group(0)) or "other"
        yield Mention(name, found == 1, title, organization, country, source_of(document_id, sentence))
        i = j + found


_NAME_COMMA_TITLE = re.compile(
    rf"(?=[A-Z])(?:^|(?<=[\s(“\"]))(?P<name>{FULL_NAME}),\s+"  # a name opens on a capital: tested first
    r"(?:the\s+|a\s+)?(?P<title>(?:[^,.;:“”\"()]|\([^()]*\)){3,90}?)"
    r"(?=[,.;:)]|\s+(?:said|says|speaks|spoke|told|who|signed|met|attended)\b|$)"
)


_ABBREVIATION_DOTS = guard(re.compile(r"\b(?:U\.S\.|U\.K\.|D\.C\.)(?=\s)"), "U.S.", "U.K.", "D.C.")


def _name_first(sentence: Sentence, document_id: str) -> Iterable[Mention]:
    """'NAME, TITLE' mentions ('Youngsoo Kwon, CEO of LG Energy Solution')."""
    # 'U.S.' inside a title must not end it: mask its periods (same length, so offsets hold).
    masked = _ABBREVIATION_DOTS.sub(lambda a: a.group(0).replace(".", "\x00"), sentence.text)
    for m in _NAME_COMMA_TITLE.finditer(masked):
        name, title = m["name"], m["title"].strip().replace("\x00", ".")
        if not is_written_name([t for t in tokenize(name) if is_name_word(t)]) or re.match(
            r"(?:where|which|who|whose)\b", title
        ):
            continue
        title_tokens = tokenize(title)
        if len(title_tokens) > 12 or not any(_core_title_at(title_tokens, k) for k in range(len(title_tokens))):
            continue
        organization, country = _organization_and_country(title, "")
        if organization is None:
            org = re.search(r"\b(?:of|at)\s+(.+)$", title)
            organization = org.group(1) if org else None
        yield Mention(
            name, False, _strip_country_modifiers(title), organization, country, source_of(document_id, sentence)
        )


# "Trump's deputy assistant, Sylvia May Davis, who …", "Acme Steel's chief executive, Jane Roe, said": a title in
# lower case after its holder's employer, then the name in apposition.
_OWNER_TITLE_COMMA_NAME = guard(
    re.compile(  # an owner opens on a capital or 'the': tested first
        r"(?=[A-Zt])(?P<owner>(?:[A-Z][\w&.\-]*\s+){0,3}[A-Z][\w&.\-]*|\b[Tt]he\s+[a-z]+)[’']s\s+"
        r"(?P<title>[a-z][a-z\- ]{2,40}?),\s+"
        rf"(?P<name>{FULL_NAME})(?=,|\s+(?:said|says|told|who)\b|\.\s|\.?$)"
    ),
    *("’s", "'s"),
)


def _owner_title_name(sentence: Sentence, document_id: str) -> Iterable[Mention]:
    for m in _OWNER_TITLE_COMMA_NAME.finditer(sentence.text):
        title_tokens = tokenize(m["title"])
        if _core_title_at(title_tokens, 0) != len(title_tokens):
            continue  # 'the plant's new owner, …': only an office the rules know is a title
        if not is_written_name([t for t in tokenize(m["name"]) if is_name_word(t)]):
            continue
        title = " ".join(w if w in rulebook().title_connectors else w.capitalize() for w in m["title"].split())
        unnamed = m["owner"][:1].islower() or m["owner"].startswith("The ")
        company = unnamed and m["owner"].split()[-1] in rulebook().company_nouns  # "the firm's president, …"
        executive = m["title"] in rulebook().executive_titles or company
        # The employer of an executive is the company; of anyone else, a person or a government whose country
        # the owner's words may say ("Seoul's envoy"). An unnamed company's executive is of no side we know.
        organization = strip_lead_words(m["owner"]) if executive and not unnamed else None
        country = "other" if executive and unnamed else first_country_cue(m["owner"] + "'s")
        yield Mention(m["name"], False, title, organization, country, source_of(document_id, sentence))


@cache
def _known_company_at_end() -> re.Pattern[str]:
    """A known company written just before a title ('SK hynix CEO'), longest name first."""
    names = "|".join(re.escape(c) for c in rulebook().korean_companies)
    return re.compile(rf"(?<![\w])(?:{names})$")


@cache
def _company_speaker() -> re.Pattern[str]:
    """A sentence whose subject is a company described ('The Taiwanese contract laptop maker may …')."""
    nouns = company_noun_alternation()
    return re.compile(rf"(?:The|Its)\s+(?:[\w\-.]+\s+){{0,4}}?(?:{nouns})\b")


@cache
def _title_word() -> re.Pattern[str]:
    """The first word of any title ('Secretary', 'Gov.'), to skip sentences that name no office."""
    firsts = sorted(rulebook().core_titles_by_first_word, key=len, reverse=True)
    return re.compile(initials_first(firsts) + r"(?<![\w])(?:" + "|".join(re.escape(f) for f in firsts) + r")(?![\w])")


# 'two senators, John Smith and Mary Jones': people named in apposition to a plural title share it.
_APPOSED_TITLES = (
    "senators|governors|ministers|ambassadors|lawmakers|representatives|congressmen|congresswomen|mayors|envoys"
)
_APPOSED = guard(
    re.compile(
        rf"\b(?:two|three|four|five|both|the)\s+(?P<title>{_APPOSED_TITLES}),?\s+"
        rf"(?P<names>(?:{NAME_WORD}\s+){{1,2}}{NAME_WORD}(?:,\s+(?:{NAME_WORD}\s+){{1,2}}{NAME_WORD})*,?\s+and\s+"
        rf"(?:{NAME_WORD}\s+){{1,2}}{NAME_WORD})",
        re.IGNORECASE,
    ),
    *_APPOSED_TITLES.split("|"),
    ignore_case=True,
)


def _apposed(sentence: Sentence, document_id: str) -> Iterable[Mention]:
    for m in _APPOSED.finditer(sentence.text):
        title = m["title"].rstrip("s").capitalize()
        organization, country = _organization_and_country(title, "")
        for name in re.split(r",\s+|,?\s+and\s+", m["names"]):
            if all(is_name_token(t) for t in tokenize(name)):
                yield Mention(name, False, title, organization, country, source_of(document_id, sentence))


def find_mentions(sentences: Iterable[Sentence], document_id: str) -> list[Mention]:
    """Every mention of a titled person, in both shapes; one mention per name and sentence."""
    mentions: list[Mention] = []
    for sentence in sentences:
        if _title_word().search(sentence.text.lower()):  # tokenize only sentences that hold a title word
            mentions.extend(_title_first(sentence, tokenize(sentence.text), document_id))
        also = [*_name_first(sentence, document_id), *_apposed(sentence, document_id)]
        for mention in [*also, *_owner_title_name(sentence, document_id)]:
            if not any(m.name == mention.name and m.source == mention.source for m in mentions):
                mentions.append(mention)
    return mentions


def extract_officials(sentences: list[Sentence], document_id: str, headline_start: int | None = None) -> list[Official]:
    """The officials one document names, merged per person.

    >>> from knowledge.extract.sentences import split_sentences
    >>> [o.title for o in extract_officials(split_sentences("Trade Minister Kim Hyun-chong spoke."), "d")]
    ['Trade Minister']
    """
    mentions = find_mentions(sentences, document_id)
    if headline_start is not None:
        mentions = [replace(m, headline=m.source.start == headline_start) for m in mentions]
    return merge_mentions(mentions)
