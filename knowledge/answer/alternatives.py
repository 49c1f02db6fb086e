"""'Who has more stores in North America, Paris Baguette or Tous les Jours?': a comparison between two named
alternatives, answered by reading each one's own figure from the documents' sentences.

Each figure must be read for its alternative the way any single question is (its name in the sentence, the
noun counted, the figure nearest the question's words); when either is missing, or both come from the same
words, usrok does not compare. The answer names the winner with its figure; the other follows with its source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from knowledge.answer.citing import Citations
from knowledge.answer.compare import dollars
from knowledge.answer.figure_context import dated_by_an_event, figure_year, totalled
from knowledge.answer.fit import is_place_name, place_words
from knowledge.answer.index import TITLE_WORDS
from knowledge.answer.normalize import content_tokens, is_stopword, normalize
from knowledge.answer.organization_spans import organizations_in
from knowledge.answer.passages import passage_form
from knowledge.answer.question_dates import year_shift, years_in
from knowledge.answer.question_reading import without_the_figure_asked_after
from knowledge.answer.question_type import QuestionShape, canonical_unit, fallback_shape, is_unit
from knowledge.answer.reader import PassageReader
from knowledge.answer.reading import Reading
from knowledge.answer.result import Answer
from knowledge.rules import listed_words, load_rules
from knowledge.text.amounts import WON_AMOUNT, to_usd
from knowledge.text.english import is_plural_noun

_ALTERNATIVES = re.compile(
    r"^(?P<head>.*?)[,:;]?\s+(?:between\s+)?(?P<a>[\w.&'’ -]{2,40}?)\s+(?:or|vs\.?|versus)\s+"
    r"(?P<b>[\w.&'’ -]{2,40}?)\s*\??\s*$",
    re.I,
)
_ALTERNATIVES_FIRST = re.compile(
    r"^\s*(?P<a>[\w.&'’ -]{2,40}?)\s+(?:vs\.?|versus)\s+(?P<b>[\w.&'’$ -]{2,40}?)\s*[,:;]\s*(?P<head>.+?)\s*\??\s*$",
    re.I,
)
"""'paris baguette vs tous les jours, who has more stores in n america': the alternatives first."""
_SIDES = frozenset({"us", "rok"})
_ASIDE_AFTER = re.compile(r"\?\s*\([^()]*\)\s*$")
_WHICH_OF_THE_TWO = re.compile(
    r"\b(?:which|who|what)\s+(?:one\s+)?of\s+(?:the\s+|these\s+|those\s+)?(?:two|2|both)\b", re.I
)
"""'which of the two chains': the choice between the alternatives, not what their figures are of."""


@cache
def _comparison_words() -> tuple[re.Pattern[str], frozenset[str]]:
    rules = load_rules("questions.json")
    more = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in rules["more_words"]) + r")\b", re.I)
    return more, frozenset(rules["fewer_words"])


@cache
def _compared_within() -> tuple[re.Pattern[str], ...]:
    rules = load_rules("questions.json")
    more = "|".join(re.escape(w) for w in dict.fromkeys([*rules["more_words"], *rules["fewer_words"]]))
    verb = r"\b(?:was|is|were|are|did|does|do|has|have|had)"
    name = r"[\w.&'’ -]{2,40}?"
    return (
        re.compile(
            rf"^(?P<head>.*?{verb})\s+(?P<a>{name})\s+(?:or|vs\.?|versus)\s+(?P<b>{name})\s+(?P<more>{more})\s*\??\s*$",
            re.I,
        ),
        re.compile(
            rf"^(?P<head>.*?{verb})\s+(?P<a>{name})\s+(?P<more>{more})\s+(?:or|than)\s+(?P<b>{name})\s*\??\s*$", re.I
        ),
    )


@cache
def _by_how_much() -> re.Pattern[str]:
    """'how much more did amazon spend on lobbying than coupang that yr': the difference between two named figures,
    the verb after the comparing word and the alternatives on either side of 'than'."""
    more = "|".join(re.escape(w) for w in load_rules("questions.json")["more_words"])
    return re.compile(
        rf"^\s*(?:and\s+|so\s+)?how\s+(?:much|many)\s+(?P<more>{more})\s+(?P<noun>(?:[\w$]+\s+){{0,4}}?)"
        r"(?P<verb>did|does|do|is|was|were|has|have|had|will|would)\s+(?P<a>.+?)\s+than\s+(?P<b>.+?)\s*\??\s*$",
        re.I,
    )


def _difference_as_choice(question: str, reader: PassageReader) -> str:
    """'how much more did amazon spend on lobbying than coupang that yr' put as the choice it rests on, 'did more
    spend on lobbying that yr, amazon or coupang': the alternatives are the names before the words said of them."""
    m = _by_how_much().match(question)
    if m is None:
        return question
    (a, said_of_a), (b, said_of_b) = _name_then_words(m["a"], reader), _name_then_words(m["b"], reader)
    if not (_written_as_a_name(a.split()[0], reader) and _written_as_a_name(b.split()[0], reader)):
        return question  # ('… than initially announced', '… than the lfp plant': no two named alternatives)
    return f"{m['verb']} {m['more']} {m['noun']}{said_of_a} {said_of_b}, {a} or {b}"


def _name_then_words(words: str, reader: PassageReader) -> tuple[str, str]:
    """('tous les jours', 'in north america') of 'tous les jours in north america': the name runs up to its last
    word the documents write capitalised before a preposition ('amazon' of 'amazon spend on lobbying', 'les' of
    'Tous les Jours' inside it); the rest is said of both alternatives."""
    split = words.split()
    ends = next((n for n, w in enumerate(split) if n and w.lower() in _SAID_OF_BOTH), len(split))
    named = [n for n, w in enumerate(split[:ends]) if _written_as_a_name(w, reader)]
    last = named[-1] + 1 if named else ends
    return " ".join(split[:last]), " ".join(split[last:])


def _written_as_a_name(word: str, reader: PassageReader) -> bool:
    tokens = passage_form(word).split()  # (the documents' own forms: 'baguett' of 'Baguette')
    return bool(tokens) and all(reader.index.is_name_like(t) for t in tokens)


def _comparison_word_last(question: str) -> str:
    """'… was doosan bobcats or zinus's bigger?', '… was zinus's one bigger or doosan's?': the question put as
    '… was bigger, a or b', the order the alternatives are read in.

    >>> _comparison_word_last("was doosan bobcats or zinus's bigger?")
    "was bigger, doosan bobcats or zinus's"
    >>> _comparison_word_last("was zinus's georgia one bigger or doosan bobcats in minnesota?")
    "was bigger, zinus's georgia one or doosan bobcats in minnesota"
    """
    for pattern in _compared_within():
        m = pattern.match(question)
        if m is not None:
            return f"{m['head']} {m['more']}, {m['a']} or {m['b']}"
    return question


@dataclass(frozen=True)
class Alternative:
    name: str
    reading: Reading
    value: tuple[str, float]  # the currency ('won', or '' for dollars and counts) and the figure


def reading_value(reading: Reading) -> tuple[str, float] | None:
    """The figure as a number in its currency ('1,400' → 1400.0, '585 billion won' in won); a range or a word
    compares with nothing, and won with nothing but won."""
    if reading.value is None:
        won = WON_AMOUNT.fullmatch(reading.text)
        return ("won", float(to_usd(won["n"], won["s"]))) if won and not won["usd"] else None
    try:
        return ("", float(str(reading.value).replace(",", "")))
    except ValueError:
        return None


def compare_alternatives(reader: PassageReader, text: str, context: str = "") -> tuple[Alternative, Alternative] | None:
    """(winner, other) when the question compares two named alternatives on a figure both sentences give.
    ``context``: the words of the thread a follow-up goes on ('which spent more, coupang or uber?' after a
    question on lobbying in 2024 compares that spending, that year)."""
    plain = re.sub(r"\s+[-–—]+\s+", ", ", without_the_figure_asked_after(text.strip()))  # 'who sold more - a or b'
    plain = _ASIDE_AFTER.sub("?", plain)  # ('… in 2024? (joongang explainer dec 2025)': which story, no alternative)
    plain = _comparison_word_last(_difference_as_choice(plain, reader))
    # ('2020 SED fact sheet: doosan bobcat vs zinus, which co put in more': the words before the colon say where)
    after_colon = plain.split(":", 1)[1] if ":" in plain else ""
    m = _ALTERNATIVES.match(plain) or _ALTERNATIVES_FIRST.match(plain) or _ALTERNATIVES_FIRST.match(after_colon)
    more, fewer = _comparison_words()
    if not m or not more.search(m["head"]):
        return None
    names = (m["a"].strip(), m["b"].strip())
    shared = ""
    if m.re is _ALTERNATIVES_FIRST:  # 'coupang vs uber us lobbying spend in 2024, who spent more': of both
        last, shared = _name_of(names[1], reader)
        names = (names[0], last)
    if any(set(content_tokens(n)) <= _SIDES for n in names):
        return None  # 'us or korea': which side committed more is read from their pledges
    # 'more north american outlets': the first plural noun of the few words after 'more' is what is counted.
    counted = re.search(r"\b(?:more|fewer|less)\s+((?:[a-z.]+\s+){0,3}[a-z]+)", m["head"], re.I)
    following = counted.group(1).split() if counted is not None else []
    # 'more gwh' counts a unit as 'more stores' does; 'more us sales' compares money.
    noun = next((w for w in following if is_plural_noun(w) or is_unit(w)), "")
    counts = (is_plural_noun(noun) or is_unit(noun)) and fallback_shape(noun).answer_type != "amount"
    shape = QuestionShape("number", canonical_unit(noun)) if counts else QuestionShape("amount")
    named = {w for n in names for w in content_tokens(n)}
    head = _WHICH_OF_THE_TWO.sub(" ", m["head"])  # ('which of the two chains has more …': no figure's words)
    topic = more.sub(" ", f"{head} {shared} {' '.join(w for w in context.split() if w not in named)}")
    found: list[Alternative] = []
    for name in names:
        reading = reader.read(f"{topic} {name}", shape)
        value = reading_value(reading) if reading is not None else None
        if reading is None or value is None:
            return None
        if not _names(reader, name, reading.passage):
            return None  # ('coupang vs uber … (joongang explainer)': not Coupang's figure read for Uber)
        if totalled(reader.index.passages[reading.passage].text, reading.span):
            return None  # ('the ev one or the ess one': not 'a total of $5.5 billion' for both plants)
        found.append(Alternative(name, reading, value))
    # (a question giving a time compares the figures of that time: 'the 2018 top-up', 'sales this yr')
    timed = bool(years_in(text)) or year_shift(text) is not None
    of_one_year = found if timed else _of_one_year(reader, found, topic, shape)
    if of_one_year is None:
        return None  # ('which spent more, coupang or uber': $1.01 million one year, $2.62 million another)
    first, second = found = of_one_year
    # 'more n american stores': a figure whose sentence does not say North America is not of what is compared;
    # 'lges az: which plant has more gwh' names where the subject is, not what is counted.
    qualifier = m["head"][counted.start() :] if counted is not None else ""  # what 'more' is of, not the subject
    places = set(normalize(qualifier).split()) & place_words() - _SIDES
    if any(places - reader.index.words_of(a.reading.passage) for a in found):
        return None
    if first.value[0] != second.value[0]:
        return None  # won and dollars compare only at an exchange rate the documents do not give
    described = m.string is after_colon and after_colon != plain  # ('2020 SED fact sheet: a vs b, …')
    documents = {reader.index.passages[a.reading.passage].document for a in found}
    if described and len(documents) > 1:
        return None  # (the words before the colon name one document: both figures are of it)
    if (first.reading.passage, first.reading.span) == (second.reading.passage, second.reading.span):
        return None  # one figure read for both: it is one alternative's, and we cannot tell whose
    smaller_wins = bool(set(content_tokens(m["head"])) & fewer)
    winner, other = sorted(found, key=lambda a: a.value, reverse=not smaller_wins)
    return (winner, other) if winner.value != other.value else None


def _of_one_year(
    reader: PassageReader, found: list[Alternative], topic: str, shape: QuestionShape
) -> list[Alternative] | None:
    """The two figures of one year: where a sentence dates one figure ('Uber's $2.62 million spent last year'),
    the other is read again for that year ('$3.87 million in 2024', not '$1.01 million … the year it went
    public'); None when they stay of different years, of a year and of no year said, or of an event's only."""
    years = [_year_of(reader, a.reading) for a in found]
    if "" in years and not any(years):
        return None
    if len(set(years)) == 1:
        return found
    if all(years):
        return None
    year = next(y for y in years if y)
    again = []
    for alternative, of_year in zip(found, years, strict=True):
        if not of_year:
            first = alternative.reading
            reading = reader.read(f"{topic} {alternative.name} {year}", shape)
            if reading is not None and (reading.passage, reading.span) == (first.passage, first.span):
                again.append(alternative)  # its sentence gives no other figure: 'DoorDash's $1.64 million and …'
                continue
            value = reading_value(reading) if reading is not None else None
            # (the same sentence's figure of that year, not another sentence's figure of another kind)
            if (
                reading is None
                or value is None
                or reading.passage != first.passage
                or _year_of(reader, reading) != year
            ):
                return None
            alternative = Alternative(alternative.name, reading, value)
        again.append(alternative)
    return again


def _names(reader: PassageReader, name: str, passage: int) -> bool:
    """The figure's sentence, or the one it goes on from, names the alternative by a word of its name the documents
    write as one ('Uber'); an alternative in the asker's own words ('tlj', 'the original setup') is not checked."""
    index, name = reader.index, _name_then_words(name, reader)[0]  # ('i visa for ces reporters': the i visa)
    written = {w for w in passage_form(name).split() if index.df(w) and index.is_name_like(w) and not w.isdigit()}
    if not written:
        return True
    passages = index.passages
    same = passage > 0 and passages[passage - 1].document == passages[passage].document
    return bool(written & set().union(*(index.words_of(i) for i in ([passage, passage - 1] if same else [passage]))))


def _year_of(reader: PassageReader, reading: Reading) -> str | None:
    """The year the sentence gives the figure; '' when it dates it by an event ('… in the year it went public')."""
    passage = reader.index.passages[reading.passage]
    if dated_by_an_event(passage.text, reading.span):
        return ""
    return figure_year(passage.text, reading.span, reader.support.document_of(reading.passage).date)


def _name_of(words: str, reader: PassageReader) -> tuple[str, str]:
    """('uber', 'us lobbying spend in 2024') of 'uber us lobbying spend in 2024': the name is the words the
    documents write capitalised, sides aside; what follows it is said of both alternatives."""
    split = words.split()
    named = 0
    for word in split:
        tokens = content_tokens(word)
        if not tokens or set(tokens) & _SIDES or not all(reader.index.is_name_like(t) for t in tokens):
            break
        named += 1
    rest = [t for w in split[named:] for t in content_tokens(w) if t not in _SIDES and not t.isdigit()]
    if not 0 < named < len(split) or any(reader.index.is_name_like(t) for t in rest):
        return words, ""  # 'tous les jours' is one name, 'les' and all
    return " ".join(split[:named]), " ".join(split[named:])


_CAPITALISED_RUN = re.compile(r"[A-Z][\w&.-]*(?:[ ][A-Z][\w&.-]*)*")
_CORPORATE_SUFFIX = re.compile(r"(?:,?\s(?:Inc|Corp|Co|Ltd|LLC|PLC|AG|SA|NV)\.?(?![\w]))+")
"""What a company's name may end with after a comma: 'Regeneron Pharmaceuticals, Inc.'"""


def as_written(name: str, sentence: str) -> str:
    """The alternative as its sentence spells it ('tous les jours' → 'Tous les Jours'), by the whole name of the
    organisation it begins there ('northmark' → 'NorthMark Strategies'). The asker's alternative may go on past
    the name ('zinuss in georgia') and write a possessive without its apostrophe: its longest start the sentence
    writes is the name ('Zinus USA’s')."""
    words = re.sub(r"(?<=\w)[’']s?(?!\w)", "", name).split()  # ('zinus's': the name without its possessive)
    for size in range(len(words), 0, -1):
        last = words[size - 1]
        if all(is_stopword(w) for w in words[:size]):
            break  # 'the' of 'the ev cylindrical one' is no name
        for end in dict.fromkeys([last, last[:-1] if len(last) > 3 and last.endswith("s") else last]):
            pattern = r"\s+".join(re.escape(w) for w in [*words[: size - 1], end])
            m = re.search(rf"(?<!\w){pattern}(?!\w)", sentence, re.I) or (
                re.search(rf"(?<!\w){pattern}(?=[’']s\b)", sentence, re.I)
            )
            if m is not None:
                orgs = organizations_in(sentence)
                whole = next((s.text for s in orgs if s.start == m.start() and s.end >= m.end()), None)
                run = _CAPITALISED_RUN.match(sentence, m.start())  # 'Zinus USA’s': the name goes on to 'USA'
                named = max((whole or "", run.group(0) if run and run.end() >= m.end() else m.group(0)), key=len)
                suffix = _CORPORATE_SUFFIX.match(sentence, m.start() + len(named))  # 'Fiserv, Inc.'
                return named + suffix.group(0) if suffix else named
    return _by_initials(name, sentence) or _phrase_named(name, sentence) or name


def _phrase_named(name: str, sentence: str) -> str | None:
    """'the EV cylindrical one' of '… to build a cylindrical battery manufacturing facility for electric vehicles':
    the longest phrase of the sentence that starts at a word of the asker's and runs on to the preposition or
    the punctuation that ends it.

    >>> _phrase_named("the ev cylindrical one", "to build a cylindrical battery manufacturing facility for EVs")
    'cylindrical battery manufacturing facility'
    """
    found = []
    for word in (w for w in re.findall(r"[\w-]+", name) if len(w) > 2 and not is_stopword(w) and w != "one"):
        m = re.search(rf"(?<![\w-]){re.escape(word)}[\w-]*{_RUNS_ON}", sentence, re.I)
        if m is not None:
            found.append(m.group(0))
    longest = max(found, key=lambda phrase: len(phrase.split()), default="")
    return longest if len(longest.split()) > 1 else None


_PHRASE_ENDS = "for|with|in|on|at|to|of|from|by|and|or|that|which|as|the|a|an|is|was|will|would"
"""Words that end a noun phrase after its head ('… facility for electric vehicles')."""
_SAID_OF_BOTH = frozenset(_PHRASE_ENDS.split("|")) - {"of", "the", "a", "an", "and"}
"""Words that end a name and begin what is said of it ('tous les jours in north america', 'coupang that yr'); a
name may hold 'of' or 'and' ('Bank of America')."""
_RUNS_ON = rf"(?:\s+(?!(?:{_PHRASE_ENDS})\b)[A-Za-z][\w-]*)*"
"""The words a phrase runs on with, up to one that ends it."""


def _by_initials(name: str, sentence: str) -> str | None:
    """'PB' of 'Of Paris Baguette’s … outlets': the capitalised name of the sentence whose initials the asker
    wrote."""
    if not re.fullmatch(r"[A-Za-z]{2,5}", name):
        return None
    # (an organisation the sentence names, or a run of capitalised words that is no title and no place: 'PB' is
    # not 'President Biden' nor 'Philadelphia, Pennsylvania')
    runs = [s.text for s in organizations_in(sentence)]
    runs += [r.group(0) for r in _CAPITALISED_RUN.finditer(sentence) if not _titled_or_placed(r.group(0))]
    for run in runs:
        words = run.split()
        for start in range(len(words)):
            named = words[start : start + len(name)]
            if len(named) == len(name) and "".join(w[0] for w in named).lower() == name.lower():
                return re.sub(r"[’']s$", "", " ".join(named))
    return None


def _titled_or_placed(run: str) -> bool:
    words = normalize(run).split()
    return bool(words) and (words[0] in TITLE_WORDS or is_place_name(run))


def alternatives_answer(
    reader: PassageReader, cite: Citations, question: str, intent: str, subject: str | None, context: str = ""
) -> Answer | None:
    """The winner with its figure, then the other's figure, each with the sentence it was read from."""
    compared = compare_alternatives(reader, question, context)
    if compared is None:
        return None
    items = []
    # ('how much more did amazon spend than coupang': the difference follows the winner's figure)
    difference = listed_words("difference_words").search(question) is not None
    names = [as_written(a.name, reader.index.passages[a.reading.passage].text) for a in compared]
    for n, alternative in enumerate(compared):
        passage = reader.index.passages[alternative.reading.passage]
        span = alternative.reading.span
        name, figure = names[n], alternative.reading.text
        text = f"{name} — {figure}" if n else f"{name} ({figure})"
        if difference and not n:
            more = "less" if compared[0].value < compared[1].value else "more"  # ('how much less did doordash …')
            text = f"{text}, {_difference(*compared)} {more} than {names[1]}"
        score = min(a.reading.score for a in compared)
        items.append(cite.passage_item(passage, text, score, (span.start, span.end), "passage" if n else "comparison"))
    note = "Compared from the two figures below, each read from its own sentence."
    return Answer(query=question, intent=intent, answers=tuple(items), note=note, subject=subject)


def _difference(winner: Alternative, other: Alternative) -> str:
    """How far the winner's figure is above the other's, in its currency: '$15.27 million', '47 billion won', '70'."""
    gap = abs(winner.value[1] - other.value[1])
    if winner.value[0] == "won":
        return dollars(int(gap)).removeprefix("$") + " won"
    return dollars(int(gap)) if "$" in winner.reading.text else f"{gap:,.0f}"
