"""Extracting officials: who holds which title, in which organisation and country.

Mentions come in two shapes, both driven by the title list in ``rules/titles.json``:
'TITLE NAME' ('Deputy Secretary of Commerce Don Graves', 'President Yoon') and
'NAME, TITLE' ('Don Graves, deputy US commerce secretary'). Mentions are then
merged into people: a surname-only mention joins the full name it abbreviates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from typing import NamedTuple

from knowledge.extract.people import Mention, merge_mentions
from knowledge.extract.sentences import Sentence, source_of
from knowledge.models import Country, Official
from knowledge.rules.rulebook import first_country_cue, rulebook

_TOKEN = re.compile(r"[’']s\b|[A-Za-z0-9][A-Za-z0-9.'’\-&]*[A-Za-z0-9.]|[A-Za-z0-9]|[^\sA-Za-z0-9]")
_BOUNDARY_WORDS = frozenset({"and", "or", "said", "says", "who", "was", "is", "has", "had", "on", "in", "of", "to"})


class Token(NamedTuple):
    """A word or mark of a sentence with its offsets (a tuple: sentences make thousands of them)."""

    text: str
    start: int
    end: int
    lower: str  # read for every title and name check, so made once

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()


def _token(text: str, start: int, end: int) -> Token:
    return Token(text, start, end, text.lower())


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text):
        value = m.group(0)
        # 'Affairs.' at a sentence end: the period is punctuation, not part of the word.
        if value.endswith(".") and value[:-1].lower() in rulebook().abbreviations:
            tokens.append(_token(value, m.start(), m.end()))  # 'Gov.', 'Sen.': the period belongs to the word
        elif len(value) > 3 and value[-2:] in ("’s", "'s"):
            tokens.append(_token(value[:-2], m.start(), m.end() - 2))
            tokens.append(_token(value[-2:], m.end() - 2, m.end()))
        elif value.endswith(".") and len(value) > 2 and value.count(".") == 1 and value[-2].islower():
            tokens.append(_token(value[:-1], m.start(), m.end() - 1))
            tokens.append(_token(".", m.end() - 1, m.end()))
        else:
            tokens.append(_token(value, m.start(), m.end()))
    return tokens


@cache
def _company_words() -> frozenset[str]:
    """Words of company names ('Electric', 'Hyundai', 'Strategies'): never part of a person's name."""
    rules = rulebook()
    singles = {w for c in rules.korean_companies for w in c.split() if len(w) > 2}
    return frozenset(w.lower() for w in (*rules.corporate_words, *singles) if " " not in w)


def _is_name_token(tok: Token) -> bool:
    if not tok.is_cap or tok.lower in rulebook().not_name_words or tok.lower in _company_words():
        return False
    if re.fullmatch(r"[A-Z]\.", tok.text):
        return True
    return bool(re.fullmatch(r"[A-Z][a-z]+(?:[-’'][A-Za-z][a-z]*)*|[A-Z][a-z]{0,3}[A-Z][a-z]+|O'[A-Z][a-z]+", tok.text))


def _is_boundary(tokens: list[Token], j: int) -> bool:
    if j >= len(tokens):
        return True
    tok = tokens[j]
    if tok.text in {"’s", "'s"}:
        return True
    if not tok.text[0].isalnum():
        return tok.text not in {"-", "&"}
    return not tok.is_cap or tok.lower in _BOUNDARY_WORDS


def _name_at(tokens: list[Token], j: int, allow_surname: bool) -> int:
    """How many tokens from ``j`` form a person's name (0 when none does)."""
    rules = rulebook()
    for k in (3, 2, 1):
        if k == 1 and not allow_surname:
            continue
        part = tokens[j : j + k]
        if len(part) < k or not all(_is_name_token(t) for t in part) or not _is_boundary(tokens, j + k):
            continue
        if re.fullmatch(r"[A-Z]\.", part[-1].text) or re.fullmatch(r"[A-Z]\.", part[0].text):
            continue
        if k == 3:
            initial = re.fullmatch(r"[A-Z]\.", part[1].text)
            korean = part[0].text in rules.korean_surnames and all(len(t.text) <= 6 for t in part[1:])
            # 'CEO Anthony Peter Bonadero said': three name words and a lower-case word after them.
            spoken = (
                j + 3 < len(tokens)
                and tokens[j + 3].text[:1].islower()
                and not any(t.text in rules.korean_surnames or t.lower in rules.headline_verbs for t in part)
            )
            if not (initial or korean or spoken):
                continue
        if k == 1 and part[0].text.endswith("."):
            continue
        return k
    return 0


def _connector_soon(tokens: list[Token], j: int) -> bool:
    """A title's continuation reaches 'of'/'for'/'to' within two words ('State of Indiana')."""
    return any(t.lower in {"of", "for", "to", "in", "on", "at", "&"} for t in tokens[j + 1 : j + 3])


def _core_title_at(tokens: list[Token], i: int) -> int:
    for core in rulebook().core_titles_by_first_word.get(tokens[i].lower, ()):
        if tuple(t.lower for t in tokens[i : i + len(core)]) == core:
            return len(core)
    return 0


def _organization_before(sentence: str, tokens: list[Token], ts: int) -> str | None:
    """An organisation written just before the title ('Purdue University President', 'SK hynix CEO')."""
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
    return phrase if _org_heads().search(phrase) else None


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
    i = 0
    while i < len(tokens):
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
                0 if tokens[j - 1].text in {"’s", "'s"} or after_connector else _name_at(tokens, j, allow_surname=True)
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
        organization = _organization_before(text, tokens, ts) or organization
        speaker = _company_speaker().match(text)
        if country is None and speaker and re.search(r",\s*$", text[: tokens[ts].start]):
            # 'The Taiwanese company, which makes AI servers, …, President Jack Tsai said': the company's
            # president, of the company's country ('other' when its nationality is no side's).
            country = first_country_cue(speaker.group(0)) or "other"
        yield Mention(name, found == 1, title, organization, country, source_of(document_id, sentence))
        i = j + found


# A name word: 'Graves', 'Tae-ho', and 'LaPlante', 'McDonough', "O'Brien".
_NAME_WORD = r"[A-Z](?:[a-z]+|[a-z]{0,3}[A-Z][a-z]+|'[A-Z][a-z]+)(?:-[A-Za-z][a-z]+)?"
_NAME_COMMA_TITLE = re.compile(
    # 'Cornelius “CC” Calhoun, President of …': a nickname in quotes belongs to the name.
    rf"(?:^|(?<=[\s(“\"]))(?P<name>(?:{_NAME_WORD}\s(?:[“\"][A-Z]{{1,4}}[”\"]\s)?){{1,2}}{_NAME_WORD}),\s+"
    r"(?:the\s+|a\s+)?(?P<title>(?:[^,.;:“”\"()]|\([^()]*\)){3,90}?)"
    r"(?=[,.;:)]|\s+(?:said|says|speaks|spoke|told|who|signed|met|attended)\b|$)"
)


_ABBREVIATION_DOTS = re.compile(r"\b(?:U\.S\.|U\.K\.|D\.C\.)(?=\s)")


def _name_first(sentence: Sentence, document_id: str) -> Iterable[Mention]:
    """'NAME, TITLE' mentions ('Youngsoo Kwon, CEO of LG Energy Solution')."""
    # 'U.S.' inside a title must not end it: mask its periods (same length, so offsets hold).
    masked = _ABBREVIATION_DOTS.sub(lambda a: a.group(0).replace(".", "\x00"), sentence.text)
    for m in _NAME_COMMA_TITLE.finditer(masked):
        name, title = m["name"], m["title"].strip().replace("\x00", ".")
        name_tokens = [t for t in tokenize(name) if t.text not in '“”"' and not t.text.isupper()]
        if not all(_is_name_token(t) for t in name_tokens) or re.match(r"(?:where|which|who|whose)\b", title):
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


@cache
def _known_company_at_end() -> re.Pattern[str]:
    """A known company written just before a title ('SK hynix CEO'), longest name first."""
    names = "|".join(re.escape(c) for c in rulebook().korean_companies)
    return re.compile(rf"(?<![\w])(?:{names})$")


@cache
def _company_speaker() -> re.Pattern[str]:
    """A sentence whose subject is a company described ('The Taiwanese contract laptop maker may …')."""
    nouns = "|".join(sorted(rulebook().company_nouns, key=len, reverse=True))
    return re.compile(rf"(?:The|Its)\s+(?:[\w\-.]+\s+){{0,4}}?(?:{nouns})\b")


@cache
def _title_word() -> re.Pattern[str]:
    """The first word of any title ('Secretary', 'Gov.'), to skip sentences that name no office."""
    firsts = sorted(rulebook().core_titles_by_first_word, key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(f) for f in firsts) + r")(?![\w])")


# 'two senators, John Smith and Mary Jones': people named in apposition to a plural title share it.
_APPOSED = re.compile(
    rf"\b(?:two|three|four|five|both|the)\s+(?P<title>senators|governors|ministers|ambassadors|lawmakers|"
    rf"representatives|congressmen|congresswomen|mayors|envoys),?\s+"
    rf"(?P<names>(?:{_NAME_WORD}\s+){{1,2}}{_NAME_WORD}(?:,\s+(?:{_NAME_WORD}\s+){{1,2}}{_NAME_WORD})*,?\s+and\s+"
    rf"(?:{_NAME_WORD}\s+){{1,2}}{_NAME_WORD})",
    re.IGNORECASE,
)


def _apposed(sentence: Sentence, document_id: str) -> Iterable[Mention]:
    for m in _APPOSED.finditer(sentence.text):
        title = m["title"].rstrip("s").capitalize()
        organization, country = _organization_and_country(title, "")
        for name in re.split(r",\s+|,?\s+and\s+", m["names"]):
            if all(_is_name_token(t) for t in tokenize(name)):
                yield Mention(name, False, title, organization, country, source_of(document_id, sentence))


def find_mentions(sentences: Iterable[Sentence], document_id: str) -> list[Mention]:
    """Every mention of a titled person, in both shapes; one mention per name and sentence."""
    mentions: list[Mention] = []
    for sentence in sentences:
        if _title_word().search(sentence.text.lower()):  # tokenize only sentences that hold a title word
            mentions.extend(_title_first(sentence, tokenize(sentence.text), document_id))
        for mention in [*_name_first(sentence, document_id), *_apposed(sentence, document_id)]:
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
