"""Where a question names the document it means by what that document is about ('in the korus vaccine
partnership factsheet', 'the fact sheet (the one where rok signs the artemis accords)'): those words say which
document, not what is asked of it, so the question's type and whose figure it asks are read without them."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from knowledge.answer.event_names import event_nouns
from knowledge.answer.normalize import normalize
from knowledge.rules import alternation, listed_words, load_rules


@cache
def _document_described() -> re.Pattern[str]:
    nouns = _document_nouns()
    # ('in the korus factsheet', 'per the herald piece', and a question opening on it: 'yonhap jan 2026 preview - …')
    # (not 'did the fact sheet say …', which asks what the document says)
    # (nor 'date of the joint stmt …', which asks the document's date)
    opening = (
        r"^(?!(?:in|per|from|of|under|according|did|does|do|is|was|were|are|has|have|had)\b|(?:date|day|year) of\b)"
    )
    opening += r"(?:(?:the|that|this|a|an)\s+)?"
    # ('in state dept's fact sheet on the 5th SED' names its document without an article)
    lead = rf"(?:{opening}|\b(?:in|per|from|of|under|according to)\s+(?:(?:the|that|this|their|a|an)\s+)?)"
    # (the nearest lead: 'name of the drill ishiba pointed to in his lima remarks' describes the remarks by 'lima')
    word = r"(?!(?:in|per|from|under|according)\s)[\w'./&+-]+\s+"
    return re.compile(lead + rf"((?:{word}){{1,8}}?)(?:{nouns})\b", re.I)


_ITEM = r"(?:(?!\b(?:who|whom|whose|what|whats|when|where|which|how)\b)[^()?,;:]){2,40}?"
"""One item of a list describing a document ('hd hyundai, bollinger, davie and konecranes'): never a question."""


@cache
def _described_after() -> re.Pattern[str]:
    rules = load_rules("questions.json")
    nouns, links = _document_nouns(), alternation(rules["description_links"]["words"])
    says = alternation(rules["document_says"]["words"])  # ('… w/ the korus vaccine partnership says busan …')
    return re.compile(
        rf"\b(?:{nouns})\s*[(,-]?\s*(?:the one\s+)?(?:that\s+|which\s+)?"
        rf"(?:{links})\s+(?:the\s+|a\s+|an\s+)?"
        # ('the fact sheet listing hd hyundai, bollinger, davie and konecranes': a list runs on past its commas)
        rf"((?:{_ITEM},\s+)+{_ITEM},?\s+(?:and|&)\s+[\w.'’ -]{{2,40}}?|[^()?,;:]{{3,80}}?)"
        rf"\s*(?:[()?,;:]|\s-|\s(?:{says})\b|$)",  # ('the explainer on the breach (dec 2025): …')
        re.I,
    )


@cache
def _described_in_brackets() -> re.Pattern[str]:
    """'the fact sheet (the one where rok signs the artemis accords)', 'harris met yoon in seoul (the one where they
    talked ira ev credits)': whatever the brackets say of 'the one' tells which document or meeting is meant."""
    # ('(the korus global vaccine partnership one)' says it before 'one'; '(the virtual one)' only tells which)
    return re.compile(
        r"\(\s*the\s+(?=one\s+\w|(?:[^()\s]+\s+){2,}one\s*\))(?:one\s+(?:that\s+|which\s+|where\s+|when\s+)?)?"
        r"([^()]{3,100}?)(?:\s+one)?\s*\)",
        re.I,
    )


@cache
def _document_noun() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_document_nouns()})\b", re.I)


@cache
def _document_nouns() -> str:
    """The nouns naming a kind of document ('fact sheet', 'readout', 'stmt'), as one regex alternation."""
    return alternation(load_rules("questions.json")["document_nouns"]["words"])


def document_kinds_named(text: str) -> set[str]:
    """The kinds of document a text names ('their joint stmt', 'Joint Statement by President Biden …').

    >>> sorted(document_kinds_named("when did they put out their joint stmt")), document_kinds_named("The Readout")
    (['statement'], {'readout'})
    """
    return {normalize(m.group(0)) for m in _document_noun().finditer(text)}


def tells_a_release(sentence: str, own_text: str) -> bool:
    """The sentence tells that someone put out a document of a kind the question names ('On July 25 MARAD released a
    fact sheet that …' for 'when was the wh maritime fact sheet released').

    >>> tells_a_release("On July 25 MARAD released a fact sheet that outlines grants", "when was the fact sheet out")
    True
    """
    kinds = document_kinds_named(own_text)
    return bool(kinds) and any(document_kinds_named(m.group(1)) & kinds for m in _released().finditer(sentence))


@lru_cache(maxsize=1024)
def asks_a_release(own_text: str) -> bool:
    """'when was the wh maritime fact sheet released', 'when did they put out the joint stmt': when a document of a
    kind came out, the document being what was put out (not the source of another act: 'when did marad put out the
    grant awards per the fact sheet', 'per the press release, when was the groundbreaking').

    >>> asks_a_release("when did they put out the joint stmt"), asks_a_release("when was the joint stmt summit held")
    (True, False)
    >>> asks_a_release("when was the wh maritime fact sheet released")
    True
    >>> asks_a_release("per the press release when was the plant established")
    False
    >>> asks_a_release("when did marad put out the grant awards per the wh maritime fact sheet")
    False
    """
    return _release_of_a_document().search(own_text) is not None


@cache
def _release_of_a_document() -> re.Pattern[str]:
    verbs = alternation(load_rules("questions.json")["release_asked"]["words"])
    nouns = _document_nouns()
    # (the verb with the document as its object, or the document as the subject the question opens on: 'when was the
    # abc news piece w/ graves published')
    kept = r"(?:(?!\b(?:per|in|from|according|under)\b)[\w'’/-]+\s+){0,5}?"
    asking = r"^\s*(?:(?:when|what date|what day)\s+)?(?:was|were|did|is)\s+"  # (own words may have lost 'when')
    opening = asking + r"(?:the\s+|their\s+|its\s+)?(?:[\w'’/-]+\s+){0,4}?"
    return re.compile(
        rf"\b(?:{verbs})\s+(?:the\s+|their\s+|its\s+|a\s+|an\s+)?{kept}(?:{nouns})\b(?!\s+(?:release|releases)\b)"
        rf"|{opening}(?:{nouns})\b[^?,;]{{0,80}}?\b(?:{verbs})\s*\??\s*$",
        re.I,
    )


@cache
def _released() -> re.Pattern[str]:
    verbs = alternation(load_rules("questions.json")["release_verbs"]["words"])
    return re.compile(rf"\b(?:{verbs})\s+((?:[\w’'-]+\s+){{0,4}}?(?:{_document_nouns()}))\b", re.I)


@cache
def _setting() -> re.Pattern[str]:
    """'after the hyundai-lges georgia raid, korean reporters going to CES had to get I-visas - whats the fee': an
    opening clause setting the scene tells which story, not whose fee (a year in it would filter, and is not one)."""
    openers = alternation(load_rules("questions.json")["scene_openers"]["words"])
    return re.compile(rf"^\s*(?:{openers})\s+(?:the\s+|that\s+)?([^,?;\d]{{3,80}}?)\s*(?:,|\s-\s)", re.I)


_ACRONYM = r"\b(?-i:[A-Z]{2,6})\b"
"""An event named by its initials as the asker types them ('the dec 2025 SED')."""


@cache
def _event_opening() -> re.Pattern[str]:
    """'at the dec 2025 SED what was the name of …': an opening phrase placing the question at an event it names,
    right before the question word, says which story, as an opening clause does."""
    return re.compile(
        rf"^\s*(?:at|during)\s+(?:the\s+|that\s+)?((?:[\w.'’/-]+\s+){{0,5}}?(?:{event_nouns()}|{_ACRONYM}))\s+"
        r"(?=(?:what|whats|who|whos|which|where|when|how)\b)",
        re.I,
    )


_CLOSING_SCENE = re.compile(
    r"\b(?:(?:after|when|once|as)\s+(?:he|she|they)|(?:after|once)\s+(?!the\b|a\b|an\b|again\b)[a-z][\w'’-]+)"
    r"\s+([^?,;()]{3,80}?)\s*(?:\(|\?|$)",
    re.I,
)
"""'who took over from choo as finmin when he left to run in the april elex', '… breakfast w/ campbell after
campbell became dep secstate': a closing clause about the one the question names sets the scene, as an opening
one does ('after the georgia raid, …'); its words are the story's."""


@cache
def _told_at() -> re.Pattern[str]:
    """'the deal mentioned around the 10th SED', 'the pledge that came up at the 10th sed': the event the
    question says something was told at names its story."""
    verbs = alternation(load_rules("questions.json")["mention_verbs"]["words"])
    # (an event: a numbered one, 'the 10th SED', or one its noun names, 'the oct summit'; not 'the release')
    event = rf"(?=[^?,;()]*?(?:\b\d+(?:st|nd|rd|th)\b|{listed_words('event_nouns').pattern}|{_ACRONYM}))"
    return re.compile(
        rf"\b(?:{verbs})\s+(?:around|at|in|during|before|after|on)\s+(?:the\s+|that\s+)?{event}"
        r"([^?,;()]{3,60}?)\s*(?:[?,;()]|$)",
        re.I,
    )


@cache
def _document_in_brackets() -> re.Pattern[str]:
    """'how many firms did graves bring (the abc interview from seoul)': a bracket naming a kind of document says
    which document is meant."""
    return re.compile(rf"\(\s*([^()]{{0,60}}\b(?:{_document_nouns()})\b[^()]{{0,60}}?)\s*\)", re.I)


@cache
def _bracketed_after_the_kind() -> re.Pattern[str]:
    """'2021 us-rok partnership fact sheet (biden/moon) - how much …': a bracket right after the kind of
    document says which one."""
    return re.compile(rf"\b(?:{_document_nouns()})\s*\(\s*(?!the one\b)([^()]{{3,60}}?)\s*\)", re.I)


@cache
def _source_listing() -> re.Pattern[str]:
    """'the investments state listed in the 5th SED fact sheet': the author before what it listed in a document."""
    verbs = alternation(load_rules("questions.json")["source_verbs"]["words"])
    # (a bare name, 'state listed in …'; not 'the investment mentioned in the release', which is what is asked)
    bare = r"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)"
    return re.compile(rf"\b{bare}([a-z][\w'’-]*)\s+(?:{verbs})\s+in\s+(?:the|its|their|a)\b", re.I)


_AFTER_THE_QUESTION = re.compile(r"\?\s+([^?]{3,80}?)\s*$")
"""'how many ppl did the us side send? mofa called it a record': a remark after the question mark says which story
and what it said, not what is asked."""


def descriptions(text: str) -> list[re.Match[str]]:
    """Where a question describes the document it means (each match's first group)."""
    found = [*_document_described().finditer(text), *_described_after().finditer(text), *_setting().finditer(text)]
    found += list(_event_opening().finditer(text))
    found += list(_AFTER_THE_QUESTION.finditer(text)) + [m for m in _CLOSING_SCENE.finditer(text) if _named_before(m)]
    found += list(_told_at().finditer(text)) + list(_source_listing().finditer(text))
    found += list(_bracketed_after_the_kind().finditer(text)) + list(_document_in_brackets().finditer(text))
    return _describing(found + _closing_brackets(text) + list(_described_in_brackets().finditer(text)))


def _closing_brackets(text: str) -> list[re.Match[str]]:
    """'the joint stmt on the S4D (mar 2023), what yr …': a dated bracket closing the description says when the
    document is from (an undated one, '(70th anniv of the alliance)', may say what is asked about); so does a
    month and year set off by commas or a dash ('joint stmt on the S4D, mar 2023 - since what yr …').

    >>> [m.group(1) for m in _closing_brackets("joint stmt on the S4D, mar 2023 - since what yr")]
    ['mar 2023']
    """
    found = []
    for m in _described_after().finditer(text):
        found += [b for b in (_BRACKET.match(text, m.end() - 1), _SET_OFF.match(text, m.end() - 1)) if b]
    return [b for b in found if _DATED.search(b.group(1))]


def without_brackets_describing(text: str) -> str:
    """The question without a bracket after its document's kind or description ('(mar 2023)', '(biden/moon)'): what
    it says is when and whose the document is, which a question's own words, read without brackets, cannot tell
    from what it asks ('what yr did the process kick off' is not asked of 2023).

    >>> without_brackets_describing("per the joint stmt on the S4D (mar 2023), what yr did it start")
    'per the joint stmt on the S4D (), what yr did it start'
    """
    return _blanked(text, _describing([*_bracketed_after_the_kind().finditer(text), *_closing_brackets(text)]))


_BRACKET = re.compile(r"\(\s*([^()]{3,60}?)\s*\)")
_SET_OFF = re.compile(r"[,-]\s*([^()?,;:]{3,20}?)\s*(?:,|\s-|:)")
_DATED = re.compile(r"^[a-z]{3,9}\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d$", re.I)
"""A month and a year: '(mar 2023)', '(dec 2025)'; a year alone ('(2018)') may be the event's."""


def document_topics(text: str) -> list[str]:
    """What a question says the document it means is about ('their joint stmt on the summit for democracy'):
    the words after its kind, which that document must say.

    >>> document_topics("when did they put out their joint stmt on the summit for democracy?")
    ['summit for democracy']
    """
    return [m.group(1) for m in _describing(list(_described_after().finditer(text)))]


def _named_before(scene: re.Match[str]) -> bool:
    """'… w/ campbell in DC after campbell became dep secstate': a closing clause about someone sets the scene
    only when the question named them before it ('after trump signed the order' may be what is asked)."""
    subject = re.match(r"\w+\s+([\w'’-]+)", scene.group(0))
    named = subject.group(1).lower() if subject else ""
    if named in ("he", "she", "they", "his", "her", "their"):
        return True
    return re.search(rf"\b{re.escape(named)}\b", scene.string[: scene.start()], re.I) is not None


def _describing(found: list[re.Match[str]]) -> list[re.Match[str]]:
    """'when did biden and moon do their remarks' asks about the remarks: what a question asks describes nothing."""
    return [m for m in found if not _ASKING.search(m.group(1))]


_ASKING = re.compile(r"\b(?:who|whom|whose|what|whats|when|where|which|how)\b", re.I)


def without_description(text: str) -> str:
    """The question without the words naming its document ('the fact sheet (the one w the 25bn in investments)
    - how much did the us put up'): those say which document, not whose figure is asked.

    >>> without_description("fact sheet (the one where rok signs the accords) - how much did the us put up")
    'fact sheet (the one where ) - how much did the us put up'
    >>> without_description("did the fact sheet say how much")
    'did the fact sheet say how much'
    """
    return _blanked(text, descriptions(text))


def without_the_document(text: str) -> str:
    """The question without the words naming its document, its kind too ('in the 2021 fact sheet (biden/moon)
    whats the us pledge for 5g' → what is asked of a fact in it): an extracted fact is looked for by these.

    >>> without_the_document("in the korus fact sheet whats the us pledge for 5g").split()
    ['whats', 'the', 'us', 'pledge', 'for', '5g']
    """
    found = descriptions(text)
    if not found:
        return text
    return _document_noun().sub(" ", _blanked(text, found, whole=True))  # ('that set up' and all)


def without_aside(text: str) -> str:
    """The question without a bracketed description of its document ('(the one where rok signs the artemis
    accords)'), which says nothing of what a follow-up asks; described otherwise ('5g pledges in the factsheet'),
    the document's words may be the thread's subject too."""
    # ('the partnership fact sheet (artemis accords, korus vaccine partnership etc)': a bracket after the kind too)
    found = [*_described_in_brackets().finditer(text), *_bracketed_after_the_kind().finditer(text)]
    return _blanked(text, _describing(found))


def _blanked(text: str, found: list[re.Match[str]], whole: bool = False) -> str:
    """``text`` without what each match describes (its first group), or, ``whole``, without each whole match, left
    as spaces so the words on either side stay apart."""
    kept = list(text)
    group, fill = (0, " ") if whole else (1, "")
    for m in found:
        kept[m.start(group) : m.end(group)] = [fill] * (m.end(group) - m.start(group))
    return "".join(kept)


@cache
def _era_aside() -> re.Pattern[str]:
    words = alternation(load_rules("questions.json")["era_words"]["words"])
    # (only an aside describing a document: 'who was finance minister (moon era)' asks of that time)
    return re.compile(rf"(\b(?:{_document_nouns()}))\s*\(\s*[^()]{{1,40}}?\s+(?:{words})\s*\)", re.I)


def without_eras(text: str) -> str:
    """The question without a bracketed era after the document it describes ('… fact sheet (biden/moon era) - how
    much …'): it says when the document is from, not names it must say (a fact sheet reprinted later may name
    neither leader).

    >>> without_eras("us-rok partnership fact sheet (biden/moon era) - how much")
    'us-rok partnership fact sheet  - how much'
    """
    return _era_aside().sub(lambda m: f"{m.group(1)} ", text)
