"""A question's words as the documents would write them: mended, stemmed, weighed, and which of them the
answering sentence must say itself.

Kept apart from the reader, which decides what a sentence answers; this decides what the question asks.
"""

from __future__ import annotations

import re
from functools import cache

from knowledge.answer.acts import alike_words
from knowledge.answer.anchors import compounds, frame_words
from knowledge.answer.country_initials import country_initials
from knowledge.answer.described import without_description
from knowledge.answer.fit import SIDE_WORDS as SIDES
from knowledge.answer.index import TITLE_WORDS
from knowledge.answer.mending import clipped_letters, verb_of, written_form
from knowledge.answer.normalize import (
    canonical_tokens,
    content_tokens,
    is_stopword,
    normalize,
    ordinal,
)
from knowledge.answer.passages import PassageIndex, stem
from knowledge.answer.question_dates import after_a_month, is_month, years_after_a_month
from knowledge.answer.question_type import QuestionShape, auxiliaries
from knowledge.answer.word_context import (
    count_of_items_asked,
    in_a_phrase,
    paid_for,
    unknown_alternatives,
    word_after,
    word_before,
)
from knowledge.answer.word_roles import (
    counts_of_sides,
    implied_by_answer,
    infinitives,
    phrasal_compounds,
    quantity_words,
    said_in_plain_words,
    typed_forms,
    verbs_after_subjects,
    verbs_before_objects,
)
from knowledge.rules import load_rules
from knowledge.rules.rulebook import rulebook
from knowledge.text.english import COMMON_ZIPF, is_english_noun, is_plain_word, is_verb_or_adjective, lemmas, zipf
from knowledge.text.short_forms import is_connector, short_form_of
from knowledge.text.towns import region_names

BODY_WORDS = frozenset({"ministry", "department", "agency", "office", "administration", "commission"})
"""Capitalised in a body's name, but naming no one in particular: not a name a thread lends its follow-up, nor
one a sentence must repeat ('motie min ahn' is the 'Minister of Trade, Industry and Energy')."""

SHORT_FORMS_KEPT = 4096
"""How many words' short-form readings are kept: looked up once per new word, each a small query."""

_SERIES_NUMBER = re.compile(r"\b([A-Za-z][A-Za-z0-9]*)\s*#?\s*(\d{1,2})\b(?![.,/%]?\d|\s*(?:st|nd|rd|th|%)\b)")
"""A short name and a bare number after it ('sed 5', 'kjc #2')."""

_WORD = re.compile(r"\b[A-Za-z][A-Za-z0-9]+\b")
"""A word a short form may be: 'ustr', 's4d'."""

_PLACING_ASIDE = re.compile(r"\((?!\s*(?:per|according|from|via|source|citing)\b)[^()]*\)", re.I)
"""An aside in brackets that places what is asked ('(after the PMT)', '(not the pmt)'), not one naming the source
the asker read it in ('(per the reuters piece)'): a source no document is must not be left out."""


@cache
def _clipped_titles() -> dict[str, str]:
    found: dict[str, str] = load_rules("titles.json")["clipped_before_names"]
    return {short: title for short, title in found.items() if not short.startswith("_")}


def clipped_title(token: str) -> str | None:
    """The title a short word clips, keeping its first two letters and the rest of its letters in order ('govnr'
    → 'governor'), when exactly one title does.

    >>> clipped_title("govnr"), clipped_title("sectr"), clipped_title("zzzz")
    ('governor', 'secretary', None)
    """
    clipped = clipped_letters(token)
    found = [t for t in TITLE_WORDS if len(t) >= len(token) + 2 and clipped.match(t)]
    return found[0] if len(found) == 1 else None


TYPO_LENGTH = 6
"""Words at least this long may be misspelt English ('excercise'); shorter ones are more often clipped or names."""


class QuestionWording:
    """Turns a question into the words the passage index knows; built once per index."""

    def __init__(self, index: PassageIndex) -> None:
        self.index = index
        self._short_forms: dict[str, str | None] = {}

    def words(self, text: str) -> list[str]:
        """The question's content words in normal form, typos and clipped words mended where the documents
        have a close word ('samsng', 'econ'), frame words ('how', 'according', 'article') left out.

        Words are mended before the synonyms are applied, so 'senior econ dialogue' becomes the 'SED'."""
        plain = self.numbered_series(self.titles_before_names(country_initials(text)))
        mended = _WORD.sub(
            lambda m: (
                m.group(0)
                if in_a_phrase(plain, m)
                else self.mend(m.group(0), word_before(plain, m.start()), word_after(plain, m.end()))
            ),
            plain,
        )
        words: list[str] = []
        # (joined only where the question writes them side by side: 'over the coming yrs' is no 'overcoming')
        for token in compounds(normalize(mended).split(), self.index.df):
            if token in frame_words() or is_stopword(token):
                continue
            word = stem(token)
            base = stem(normalize(lemmas(token).get("VERB", (token,))[0]))
            if base != word and self.index.df(base) > self.index.df(word):
                word = base  # 'owns' meets 'owned', 'wrote' meets 'write': the verb's form the documents use more
            digits = any(c.isdigit() for c in word)
            typed = word in mended.lower()  # not a synonym's canonical word ('contribute' for 'give')
            if self.index.df(word) or digits or (len(word) > 2 and (typed or word not in canonical_tokens())):
                words.append(word)  # a synonym's canonical word the documents never use cannot help
        return words

    def described_words(self, text: str) -> set[str]:
        """The words with which a question describes the document it means ('in the us-rok partnership fact sheet
        (the korus vaccine one)'), in the form a document's words take."""
        return set(self.words(text)) - set(self.words(without_description(text)))

    def aside_names(self, text: str) -> set[str]:
        """The words of a bracket after a name that names another ('tous les jours (cj foodville)'): the owner or
        other name the asker adds, which the document says, the answering sentence need not; a bracket with any
        other word ('(in canada)') qualifies what is asked and is no aside."""
        found = set()
        for m in _NAME_THEN_BRACKET.finditer(text):
            words = self.words(m.group(1))
            if re.search(r"[\d,]", m.group(1)) or any(self.index.is_place_like(w, region_names()) for w in words):
                continue  # ('the complex (queen creek, 2023)': where and when say which one, as names do)
            # (a name of two words or initials: 'paris baguette (spc)'; 'sk (telecom)' completes a name, names none)
            whole = len(words) > 1 or bool(words) and self.index.in_capitals_only(words[0])
            if whole and all(self.index.df(w) and self.index.is_name_like(w) for w in words):
                found |= set(words)
        return found

    def typos_mended(self, text: str) -> str:
        """The question with its misspelt English words as the documents write them ('excercise' → 'exercise'),
        so the words that say what kind of answer it asks are read; names, numbers and clipped words are kept."""

        def mended(m: re.Match[str]) -> str:
            word = m.group(0)
            token = normalize(word)
            # (a word the synonyms know, 'univs', is no typo)
            if len(token) < 4 or token != word.lower() or self.index.df(stem(token)) or lemmas(token):
                return word
            if len(token) < TYPO_LENGTH:  # more often clipped than misspelt: mended only to a title ('govnr')
                return clipped_title(token) or word
            fixed = self.index.correct(stem(token))
            return word if not fixed or " " in fixed else self._as_written(fixed)

        return _WORD.sub(mended, text)

    def _as_written(self, mended: str) -> str:
        """A word ``correct`` mended, as the documents most often write it ('dialogu' → 'dialogue'); two words
        ('deputy secretary') as they are."""
        return mended if " " in mended else written_form(mended, self.index.texts_naming(mended), stem)

    def names_required(
        self, asked_words: list[str], text: str, shape: QuestionShape, follows_up: bool = False
    ) -> tuple[set[str], set[str]]:
        """The question's words that are names an answering sentence must carry (a word no document has among
        them means no sentence can answer), and the words no document uses that are the asker's own wording of
        something the documents say otherwise (left out of what a sentence must say)."""
        typed = typed_forms(text)
        # 'first' is an ordinal in 'the first SED' but not in 'first disclosed': it is never a name to require.
        names = {w for w in asked_words if (self.index.is_name_like(w) or not self.index.df(w)) and w != "1st"}
        # ('which us univ is the 3rd partner?': the answer is the third one, which no sentence numbers)
        names -= {m[1] for m in _ANSWER_NUMBERED.finditer(normalize(text))}
        names -= said_in_plain_words(text)  # 'the nsa talks' names no Dialogue
        names -= quantity_words(text) | counts_of_sides(text)  # 'a group of us cyber cos', 'the two govts'
        if shape.answer_type in ("list", "organization", "person"):
            names.discard(count_of_items_asked(text) or "")  # 'which two universities': the answer's count
            names -= {w for w in names if implied_by_answer(w, shape)}  # ('which states': the answer's kind)
        # 'the conference korea ran': a verb's form the documents write only as an acronym ('open-RAN').
        names -= {w for w in names if is_plain_word(w) and w.upper() not in text and self.index.in_capitals_only(w)}
        # A clipped title no name follows ('min savings') is the asker's shorthand for a word, never a name.
        names -= {w for w in names if not self.index.df(w) and w in _clipped_titles()}
        # An everyday noun no document uses ('mill', 'tag') beside names the documents know ('Hyundai',
        # 'Louisiana') is the asker's word for something they say otherwise; alone, it may be an unknown company.
        # A word no document uses that English never uses as a name ('briefed', 'besides') is not a name either:
        # it stays a word the sentence should say, weighed like the others.
        # A word English also uses as a verb or an adjective ('cover', 'run', 'mill', 'opposite') needs one name
        # the documents know beside it; a noun only ('secretariat') two, as it may be what nobody wrote of.
        # In a follow-up, what the thread is about stands beside it too ('how many yards got a cut').
        # ('marad small shipyard grant round jul 2024': the month and year place it as a name would.)
        dated = bool(years_after_a_month(text)) and not any(w in names for w in after_a_month(text))
        anchors = len({w for w in names - SIDES if self.index.df(w)}) + int(follows_up) + int(dated)
        # ... and then only when other words the documents use, or the thread it follows, say what is asked: in
        # 'who founded Hyundai' the verb is all that is asked of Hyundai. Who did something is told by the act
        # itself ('who was named to run the secretariat'): two names must stand beside an unknown one.
        # The unknown words must not outnumber the known ones ('when did yoon declare martial law': 'law' alone of
        # three words is no other wording of what the documents say); words of an act ('get') or of the kind of
        # answer ('money') are not counted. (With no unknown word, nothing is left unused whatever this says.)
        known = [w for w in asked_words if w not in names and self.index.df(w) and not implied_by_answer(w, shape)]
        unknown = {w for w in names if not self.index.df(w) and not implied_by_answer(w, shape)}
        said = follows_up or len(known) >= len(unknown - set(alike_words(list(unknown))))
        unused = {
            w
            for w in names
            if not self.index.df(w)
            and (
                anchors >= 2
                and is_english_noun(typed.get(w, w))
                or anchors >= (2 if shape.answer_type == "person" and not follows_up else 1)
                and said
                and is_verb_or_adjective(typed.get(w, w))
            )
        }
        # ... but never what money went on ('spend on catering'): no sentence tells that spending.
        paid = paid_for(text)
        unused -= paid
        plain = {w for w in names if not self.index.df(w) and is_plain_word(typed.get(w, w))} - paid
        names -= unused | plain
        # 'spend' names an act and 'law' the kind of answer, whether or not the documents use them: they stay
        # words to say.
        acts = set(alike_words(list(names | unused)))
        names -= acts | BODY_WORDS | {w for w in names if implied_by_answer(w, shape)}
        unused -= acts
        # 'meant to cover', 'his wrap-up speech': an act, not an unknown name.
        # ('which agency runs it': a verb before its object is an act too)
        acted = infinitives(text) | verbs_before_objects(text) | verbs_after_subjects(text) | phrasal_compounds(text)
        names -= {w for w in acted if not self.index.df(w)}
        # 'the trade mission to seoul/tokyo': of two names given as alternatives, one the documents know will do.
        names -= unknown_alternatives(text, self.index.df)
        # '(after the PMT)': an aside placing what is asked; a word of it no document uses is left out.
        aside = {w for m in _PLACING_ASIDE.finditer(text) for w in content_tokens(m.group(0))}
        unused |= {w for w in names & aside if not self.index.df(w)}
        return names - unused, unused

    def titles_before_names(self, text: str) -> str:
        """'motie min ahn' → 'motie minister ahn': a clipped title (titles.json) is the title when a name the
        documents write capitalised follows it, or when it is what 'which' asks ('which gov did he meet'); 'min
        savings' stays as typed."""

        def spell(m: re.Match[str]) -> str:
            title, following = _clipped_titles().get(m.group(1).lower()), m.group(2).lower()
            before = re.search(r"([A-Za-z]+)\W*$", text[: m.start()])
            # 'dep sec graves': a title of two clipped words is the synonyms' to read.
            paired = following in _clipped_titles() or (before is not None and before[1].lower() in _clipped_titles())
            named = title and not paired and self.index.is_name_like(stem(following))
            # ('dep secstate': before a title run into the word after it, 'secretary of state')
            named = named or bool(title and not paired and _starts_a_title(normalize(self.mend(following))))
            # 'which gov did he meet': the title 'which' asks for, a verb after it ('which gov agency' is no governor)
            # ('which georgia gov was he slated to see': 'which' before the word before it)
            before_that = re.search(r"([A-Za-z]+)\W+[A-Za-z]+\W*$", text[: m.start()])
            asking = {w[1].lower() for w in (before, before_that) if w is not None}
            asked = bool(asking & {"which", "what"}) and not paired
            asked = asked and following in auxiliaries()
            return title if title and (named or asked) else m.group(0)

        return re.sub(r"\b([A-Za-z]{2,4})\b(?=\.?\s+([A-Za-z][\w'’-]*))", spell, text)

    def acronyms_spelled(self, text: str) -> str:
        """The question with the acronyms the documents define written out ('the ustr' → 'the United States
        Trade Representative'), so an office or a name given by its initials is checked as one."""
        plain = self.numbered_series(self.titles_before_names(text))
        return _WORD.sub(
            lambda m: (
                m.group(0) if in_a_phrase(plain, m, even_kept=True) else self.spelled_out(m.group(0)) or m.group(0)
            ),
            plain,
        )

    def acronyms_named(self, text: str) -> dict[str, str]:
        """The short forms ``acronyms_spelled`` writes out, each with what it stands for ('ustr' → 'United States
        Trade Representative'); not a word of English that a document also uses as initials ('kind', 'doc')."""
        plain = self.numbered_series(self.titles_before_names(text))
        return {
            m.group(0).lower(): spelled
            for m in _WORD.finditer(plain)
            if not in_a_phrase(plain, m, even_kept=True)
            and not lemmas(m.group(0))
            and zipf(m.group(0)) < COMMON_ZIPF
            and (spelled := self.spelled_out(m.group(0)))
        }

    def numbered_series(self, text: str) -> str:
        """'sed 5', 'sed #5' → '5th sed': a number right after a series the documents name by its initials is
        its ordinal ('the fifth Senior Economic Dialogue'), not a count."""

        def ordinal_first(m: re.Match[str]) -> str:
            named = m.group(1).lower() in self.index.acronyms
            return f"{ordinal(int(m.group(2)))} {m.group(1)}" if named and 0 < int(m.group(2)) < 100 else m.group(0)

        return _SERIES_NUMBER.sub(ordinal_first, text)

    def spelled_out(self, word: str) -> str | None:
        """The name a short form stands for: an acronym the documents define ('ustr'), else a name they write
        that the word is the only short form of ('marad' for 'Maritime Administration', 's4d')."""
        token = word.lower()
        return self.index.acronyms.get(token) or self._short_form(token)

    def _short_form(self, token: str) -> str | None:
        if token not in self._short_forms:
            if len(self._short_forms) >= SHORT_FORMS_KEPT:
                self._short_forms.clear()  # a server's questions bring ever new words: the memory stays bounded
            self._short_forms[token] = None
            # A word the documents or English use is itself ('min' and 'coop' are not names' short forms).
            normal = normalize(token)
            if (
                len(token) >= 2
                and normal in (token, token[:-1])  # 'marads' is the Maritime Administration's
                and not is_stopword(token)
                and not is_connector(token)  # 'les' of 'tous les jours' is no LG Energy Solution
                and token not in rulebook().abbreviations  # 'dep', 'sec': a title's, not a name's
                and not self.index.df(stem(token))
                and not lemmas(token)
                and self.index.correct(stem(token)) is None  # 'stmt', 'govt' are clipped words, not names
                and not (token.endswith("s") and self.index.df(normalize(token[:-1])))  # 'sks' is SK's
            ):
                names = self.index.store.names_starting(token[0], "".join(set(token[1:])))
                for plural in (False, True):  # 'kps' is the Korean Positioning System before Korean Peninsulas
                    meant = {
                        normalize(m): m
                        for name in names
                        if (m := short_form_of(token, name, plural))
                        and m.split()[-1].lower() not in rulebook().rank_words  # 'United States Deputy' is no name
                    }
                    if meant:
                        only = next(iter(meant.values())) if len(meant) == 1 else None
                        self._short_forms[token] = None if only and self._cut_from_a_defined_name(only) else only
                        break
        return self._short_forms[token]

    def _cut_from_a_defined_name(self, name: str) -> bool:
        """'Ministry of Trade' is the start of the 'Ministry of Trade, Industry and Energy', whose initials the
        documents give ('MOTIE'): 'mot' is not its short form ('the prelim MOT' is a memorandum of terms)."""
        return any(full != name and full.startswith(name) for full in self.index.acronyms.values())

    def mend(self, word: str, before: str | None = None, next_word: str | None = None) -> str:
        """A word as the documents write it: an acronym they define spelled out ('USTR'), a typo or a clipped
        word mended ('samsng', 'econ'; 'elec' after 'samsung' as the documents write it there); anything else
        as typed."""
        if normalize(word) in frame_words():
            return word  # 'per the partnership doc': the asker's word for a document, not the DOC's initials
        expansion = self.spelled_out(word)
        if expansion:
            return expansion
        if re.search(r"[a-z][A-Z]", word):
            return word  # ('the MoH': initials the asker typed, which no clipped word ('month') stands for)
        token = normalize(word)
        if not token or " " in token or is_stopword(token) or self.index.df(stem(token)) or is_month(token):
            return word
        forms = lemmas(token)
        if forms:
            # Another form of an English word the documents use ('owns' → 'own', 'wrote' → 'write'); else the
            # word as typed: an English word the documents do not use is no typo of one they do ('mill').
            known = [lemma for found in forms.values() for lemma in found if self.index.df(stem(normalize(lemma)))]
            # A noun of a verb the documents write ('after the correction' for 'corrected to').
            return known[0] if known else verb_of(token, lambda w: bool(self.index.df(stem(w)))) or word
        if token.endswith("s") and self.index.df(stem(token[:-1])):
            return word[:-1]  # a possessive typed without its apostrophe: 'hyundais'
        following = stem(normalize(next_word)) if next_word else None
        mended = self.index.correct(stem(token), before, following)
        return self._as_written(mended) if mended else word


_NAME_THEN_BRACKET = re.compile(r"[\w’'&.-]+\s*\((?!\s*the one\b)([^()]{2,40})\)", re.I)
"""A bracket right after a word: 'tous les jours (cj foodville)'."""

_ANSWER_NUMBERED = re.compile(r"\b(?:is|was|are|were)\s+the\s+(\d+(?:st|nd|rd|th))\s+[a-z]+\s*$")
"""'… is the 3rd partner?': the ordinal numbers the answer itself among the others the question names."""


def _starts_a_title(words: str) -> bool:
    """Two words or more whose first is a title ('secretary state' mended from 'secstate')."""
    split = words.split()
    return len(split) > 1 and split[0] in TITLE_WORDS
