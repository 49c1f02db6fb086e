"""What a conversation is about, carried from one answer to the next question in a thread.

The bot stores it as an opaque string (``Answer.subject``) and hands it back with the next question. It holds
the subject's words, the person, place or organisation last answered (so 'where did she speak?' is about her),
the document the answer came from (a follow-up usually asks about the same story) and the kind of answer
(so 'and the Korean side?' after a 'who' question wants a person too).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import cache
from typing import cast

from knowledge.answer.fit import SIDE_WORDS, met_with_words
from knowledge.answer.index import RANK_WORDS, TITLE_WORDS
from knowledge.answer.normalize import normalize, with_possessives_unmarked
from knowledge.answer.office_bodies import office_bodies
from knowledge.answer.question_dates import asks_a_plan, years_after_a_month, years_in
from knowledge.answer.question_type import AnswerType, QuestionShape
from knowledge.answer.result import AnswerItem
from knowledge.rules import alternation, any_word, load_rules
from knowledge.text.dates import find_dates
from knowledge.text.hangul import NameIndex
from knowledge.text.names import mentions_name


@dataclass(frozen=True)
class ThreadContext:
    words: str = ""
    entity: str | None = None
    document: str | None = None
    answer_type: str | None = None
    unit: str | None = None  # what the thread's count counted ('people'), for 'and the korean side?'

    def encode(self) -> str:
        """The string the bot stores for the thread.

        >>> ThreadContext.decode(ThreadContext("sed", "Lee Tae-ho", "abc", "person").encode()).entity
        'Lee Tae-ho'
        """
        return json.dumps({k: v for k, v in asdict(self).items() if v}, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def decode(cls, text: str | None) -> ThreadContext:
        """A stored context; a plain string (what older versions stored) is the subject's words."""
        if not text:
            return cls()
        try:
            data = json.loads(text)
        except ValueError:
            return cls(words=text)
        if not isinstance(data, dict):
            return cls(words=text)
        return cls(
            words=str(data.get("words", "")),
            entity=data.get("entity"),
            document=data.get("document"),
            answer_type=data.get("answer_type"),
            unit=data.get("unit"),
        )

    def as_text(self) -> str:
        """What a follow-up that leaves out its subject is about, as words to add to it."""
        return " ".join(part for part in (self.entity, self.words) if part)

    def as_text_for(self, question: str) -> str:
        """``as_text`` for ``question``: a follow-up naming one side ('and the rok side?') drops the other side
        the thread asked about, whose figure it no longer asks for.

        >>> ThreadContext("us put 5g network").as_text_for("and the rok side?")
        'put 5g network'
        """
        sides = set(normalize(question).split()) & SIDE_WORDS
        if len(sides) != 1:
            return self.as_text()
        return " ".join(w for w in self.as_text().split() if w not in SIDE_WORDS - sides)


def named_in_thread(item: AnswerItem, thread: ThreadContext) -> bool:
    """The person an answer names is one the thread already named, in any spelling ('who replaced him' after a
    question about Kyungho Choo is not answered by Choo Kyung-ho; 'and who represented the commerce department?'
    not by the CEO just given).

    >>> from knowledge.answer.result import SourceRef
    >>> ref = SourceRef(document="d", title="t", date=None, quote="q")
    >>> item = AnswerItem(text="Choo Kyung-ho — Finance Minister (ROK)", kind="official", score=1, source=ref, label="")
    >>> named_in_thread(item, ThreadContext(words="kyungho choo talk yellen"))
    True
    """
    return mentions_name(thread.as_text().split(), item.text.split(" — ")[0])


_NUMBERED = re.compile(r"\d+(?:st|nd|rd|th)|(?:19|20)\d\d")
"""The ordinal or the year a thread gives its event ('the 5th SED', 'oct 2020')."""

_WHOM_DID = re.compile(r"\s*(?:and\s+)?(?:whom?\s+)?did\b", re.I)
_WHICH_OFFICE = re.compile(r"\s*(?:and\s+)?(?:which|what)\s+((?:\S+\s+){1,3}?)(?:was|is|were|are|served)\b")
"""'which korean minister was …': the words between 'which' and the verb say what the answer is."""


def asks_for_the_other_party(question: str) -> bool:
    """'who sat opposite trade min kim', 'who did fm cho have breakfast with': the question asks for the one
    the person it names met, so its titles and names are that person's, not the answer's.

    Counterparts the asked person met ('which commerce dep sec went to seoul to talk w korean counterparts')
    are the company kept, not the one asked for.

    >>> asks_for_the_other_party("who did fm cho have breakfast with"), asks_for_the_other_party("who is fm cho")
    (True, False)
    >>> asks_for_the_other_party("who was graves' counterpart"), asks_for_the_other_party("who met w his counterparts")
    (True, False)
    >>> asks_for_the_other_party("which korean minister was graves' counterpart")
    False
    """
    asked = normalize(question)
    words = asked.split()
    counterpart_asked = any(
        w.startswith("counterpart") and not met_with_words() & set(words[max(0, i - 3) : i])
        for i, w in enumerate(words)
    )
    # ('which korean minister was graves' counterpart': the office the question opens on is the answer's)
    opening = _WHICH_OFFICE.match(asked)
    answers_office = opening is not None and bool(set(opening.group(1).split()) & TITLE_WORDS)
    return (counterpart_asked and not answers_office) or bool(_WHOM_DID.match(asked))


def named_in_thread_or_question(item: AnswerItem, thread: ThreadContext, question: str) -> bool:
    """``named_in_thread``, or a question asking for someone's counterpart, or whom someone met, names the person,
    if only by surname ('who sat opposite trade min kim' is not answered by Kim Hyun-chong; 'who is minister kim'
    may be)."""
    if named_in_thread(item, thread):
        return True
    if not asks_for_the_other_party(question):
        return False
    name, asked = item.text.split(" — ")[0], normalize(question).split()
    # ('who was hyunchong kims counterpart': a possessive typed without its apostrophe names Kim)
    return mentions_name(asked, name) or bool(name_ends(name) & with_possessives_unmarked(asked))


def name_ends(name: str) -> set[str]:
    """The first and last words of a name, in the normal form: either may be the family name ('Kim Hyun-chong',
    'Akiba Takeo', 'Don Graves'), by which a question names the person ('akibas counterpart').

    >>> sorted(name_ends("Akiba Takeo")), sorted(name_ends("Kim"))
    (['akiba', 'takeo'], ['kim'])
    """
    words = name.split()
    return {normalize(words[0]), normalize(words[-1])} if words else set()


def says_the_office(item: AnswerItem, question: str) -> bool:
    """The question names the office an official's answer gives ('what was campbells role before dep sec' and
    'Kurt Campbell — Deputy Secretary of State'): that office is what it already knows, not what it asks.

    >>> from knowledge.answer.result import SourceRef
    >>> ref = SourceRef(document="d", title="t", date=None, quote="q")
    >>> text = "Kurt Campbell — Deputy Secretary of State (US)"
    >>> item = AnswerItem(text=text, kind="official", score=1, source=ref, label="x")
    >>> says_the_office(item, "what was campbells role before dep sec"), says_the_office(item, "what is campbells role")
    (True, False)
    """
    if item.kind != "official":
        return False
    office = item.text.partition(" — ")[2].split(",")[0].split("(")[0]
    titled = [w for w in normalize(office).split() if w in TITLE_WORDS | RANK_WORDS]
    return bool(titled) and set(titled) <= set(normalize(question).split())


def unplanned(item: AnswerItem, question: str) -> bool:
    """A question about a plan's date ('when is the plant supposed to start production') is not answered by a date
    its source sentence does not state: the day the plan was announced is the story's date, not the plan's."""
    return asks_a_plan(question) and not find_dates(item.source.quote)


def on_thread_elsewhere(
    item: AnswerItem | None, thread: ThreadContext, words: list[str], is_name_like: Callable[[str], bool]
) -> bool:
    """A fact from another story, about none of what the thread names, for a follow-up that names nothing of its
    own ('who attended from the korean govt?' after a groundbreaking is not answered by a minister's visit
    elsewhere). Another report of the same event names what the thread does and may answer; a follow-up naming
    someone or an office ('and who is the trade minister?') may be answered from anywhere."""
    if item is None or thread.document is None or item.source.document_id == thread.document:
        return False
    told = set(normalize(f"{item.source.title} {item.source.quote}").split())
    named = {w for w in normalize(thread.words).split() if is_name_like(w) and w not in SIDE_WORDS}
    if {w for w in named if _NUMBERED.fullmatch(w)} - told:
        return True  # 'and the rok side - which vice fm?' after the 5th SED of 2020: not the 10th's vice minister
    if any((is_name_like(w) and w not in SIDE_WORDS) or w in TITLE_WORDS for w in words):
        return False
    return not named & told


def asks_the_office_held(question: str, entity: str = "") -> bool:
    """'whats his title exactly?', 'and her position?', 'what was lees title at the time?' (``entity``: the one
    the thread answered, whose name the question may give): that one's office, then (an office held before is
    another question: rules ``former_office_asked``).

    >>> asks_the_office_held("whats his title exactly?"), asks_the_office_held("what was his job before?")
    (True, False)
    >>> asks_the_office_held("what title did the fact sheet have"), asks_the_office_held("his position on tariffs?")
    (False, False)
    >>> asks_the_office_held("what was his title at the time?"), asks_the_office_held("her title in the ministry?")
    (True, True)
    >>> asks_the_office_held("whats his title at state?"), asks_the_office_held("what was his title at MOFA then?")
    (True, True)
    >>> asks_the_office_held("what was lees title at the time?", "Lee Tae-ho")
    True
    >>> asks_the_office_held("what was lees title in 2025?", "Lee Tae-ho")
    False
    """
    rules = load_rules("questions.json")["former_office_asked"]
    office = any_word(rules["nouns"]).pattern
    named = [re.escape(w) for w in re.findall(r"[\w-]+", entity.lower()) if len(w) > 1]
    owner = "(?:" + "|".join(["his", "her", "their", *(w + "[’']?s" for w in named)]) + ")"
    when = r"(?:exactly|now|again|then|back then|at the time|at that time|at that (?:mtg|meeting|point))?\s*"
    body = rf"(?:[\w'’-]+\s+){{0,2}}(?:{alternation(sorted(office_bodies()))})|[A-Za-z][A-Za-z'’.-]*"  # not 'in 2017'
    asked = re.search(
        rf"\b{owner}\s+(?:exact\s+|full\s+|official\s+)?{office}\s*{when}(?:(?:in|at|with)\s+(?:the\s+)?(?:{body}))?"
        rf"\s*{when}\??\s*$",
        question,
        re.I,
    )
    return asked is not None and any_word(rules["before"]).search(question) is None


def office_asked_in_thread(question: str, thread: ThreadContext, follow_up: bool, names: NameIndex) -> str | None:
    """The question to ask instead when a follow-up asks someone's office: 'who X' for the person the thread
    answered ('whats his title exactly?', 'what was hans title then?'), one the thread's question named by a
    family name the follow-up gives ('what was kims title at the time?' after 'who did kim jina sit down w/ at the
    10th sed', answered Jacob Helberg), or the one official it named when the follow-up says 'his' ('what was his
    title at the time?' after 'how many cyber cos did graves bring along'); the office held before, asked by what
    the person was doing, as 'what was X's job before that?' ('what was he doing before that?')."""
    person = thread.entity if thread.entity and thread.answer_type == "person" else None
    if person and follow_up and asks_a_former_office(question):
        return _doing().sub(f"{person}'s job", question, count=1)
    if person:
        by_pronoun = asks_the_office_held(question)
        if follow_up and by_pronoun or not by_pronoun and asks_the_office_held(question, person):
            return f"who {person}"
    if not follow_up:
        held = office_of_the_named(question, names)
        return f"who {held}" if held else None
    said = set(normalize(thread.words).split())
    for owner in re.findall(r"\b([a-z]{2,})[’']?s\b", question.lower()):
        for name in names.with_family_name(owner):
            if set(normalize(name).split()) <= said and asks_the_office_held(question, name):
                return f"who {name}"
    if asks_the_office_held(question):
        named = set(names.with_family_names_in(said, normalize))
        if len(named) == 1:  # (several officials named: 'his' is none of them for sure)
            return f"who {named.pop()}"
    return None


@cache
def _doing() -> re.Pattern[str]:
    """'he was doing', 'she do' (rules ``former_office_asked.doing``): what someone did, asked of their office."""
    doing = any_word(load_rules("questions.json")["former_office_asked"]["doing"]).pattern
    return re.compile(rf"\b(?:he|she)\s+{doing}", re.I)


def asks_a_former_office(question: str) -> bool:
    """'what was he doing before that?': the office held before, asked by what the person was doing ('his job
    before that' is read as it stands, the thread giving whose).

    >>> asks_a_former_office("what was he doing before that?"), asks_a_former_office("what was his job before?")
    (True, False)
    >>> asks_a_former_office("what was he doing at the time?"), asks_a_former_office("what did he do in 2019?")
    (False, False)
    """
    before = any_word(load_rules("questions.json")["former_office_asked"]["before"]).pattern
    return re.search(rf"{_doing().pattern}.*{before}", question, re.I) is not None


def office_of_the_named(question: str, names: NameIndex) -> str | None:
    """'what was lee tae-hos title when he co-led the 2019 SED': an official the question names in full, whose
    office it asks in the years it gives, with those years (the title a document of that year gives); None for any
    other question, and for an office held before ('what was his job before …', rules ``former_office_asked``).

    >>> names = NameIndex(["Lee Tae-ho", "Kim Jina"])
    >>> office_of_the_named("what was lee tae-hos title when he co-led the 4th SED in nov 2019?", names)
    'Lee Tae-ho 2019'
    >>> office_of_the_named("what was lee tae-hos title before that?", names), office_of_the_named("who is kim", names)
    (None, None)
    """
    rules = load_rules("questions.json")["former_office_asked"]
    asked, years = normalize(question), sorted(years_in(question) | years_after_a_month(question))
    # (with no year, the time is the thread's or the event's: 'what was his title at that one' is not answered here)
    office = any_word(rules["nouns"])
    if not years or any_word(rules["before"]).search(question) or not office.search(asked):
        return None
    # (the names are looked up by the words just before the office, not all tried: a table may hold thousands)
    before = [m.group(1).split() for m in re.finditer(rf"((?:[a-z][\w-]*\s+){{1,3}}){office.pattern}", asked)]
    candidates = {n for words in before for w in words for n in names.with_family_name(w.removesuffix("s"))}
    for name in sorted(candidates):
        named = " ".join(map(re.escape, normalize(name).split()))
        owner = rf"\b{named}s?\s+(?:(?:exact|full|official)\s+)?{office.pattern}"
        if re.search(owner, asked, re.I):
            return " ".join([name, *years])
    return None


_IT_OR_THEY = re.compile(r"\b(?:they|them|it)\b|\b(?:their|its)\b", re.I)


def named_back(question: str, thread: ThreadContext) -> str:
    """The question with 'they' or 'it' written as the organisation the thread answered ('how much did they put
    in?' after 'which korean steelmaker took a stake': Posco Holdings), so a figure is read as that one's, not as
    another company's in the same story; 'their'/'its' become the organisation's.

    >>> stake = ThreadContext("steelmaker", "Posco Holdings", answer_type="organization")
    >>> named_back("how much did they put in?", stake)
    'how much did Posco Holdings put in?'
    """
    entity = thread.entity
    if not entity or thread.answer_type != "organization" or len(_IT_OR_THEY.findall(question)) != 1:
        return question
    return _IT_OR_THEY.sub(lambda m: entity + ("'s" if m.group(0).lower() in ("their", "its") else ""), question)


_THE_FIGURE = re.compile(
    r"^\s*(?:and\s+)?what(?:'s|s| is| was| are| were)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:figure|number|amount|sum)s?"
    r"\s*\??\s*$",
    re.I,
)


def in_the_thread(shape: QuestionShape, question: str, thread: ThreadContext) -> QuestionShape:
    """The kind of answer a question asks in its thread: the thread's, when it names none of its own or asks only
    for 'the figure' after the amounts or counts of the two sides ('whats the rok figure?'; after a company's
    investment, 'the rok figure' is no figure the thread gave); a count counts what the thread's did ('and the
    korean side?' after 'how many ppl did the us send': people).

    >>> from knowledge.answer.question_type import question_shape
    >>> thread = ThreadContext("us 5g", answer_type="amount")
    >>> in_the_thread(question_shape("whats the rok figure?"), "whats the rok figure?", thread).answer_type
    'amount'
    >>> counted = ThreadContext("us sent", answer_type="number", unit="people")
    >>> in_the_thread(question_shape("and the korean side?"), "and the korean side?", counted)
    QuestionShape(answer_type='number', unit='people')
    """
    thread_type = thread.answer_type
    sided = bool(set(normalize(thread.as_text()).split()) & SIDE_WORDS)
    figure = thread_type in ("amount", "number") and sided and _THE_FIGURE.match(question) is not None
    if thread_type and (shape.answer_type is None or figure):
        return QuestionShape(cast(AnswerType, thread_type), thread.unit if thread_type == "number" else None)
    return shape
