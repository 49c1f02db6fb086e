"""Who acts in a sentence: the U.S., the ROK, both, or a company.

A resolver is made per document because 'it', 'the company' and 'we' mean
different things in a company release, a news story and a joint statement.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from knowledge.extract import actor_cues as cue
from knowledge.extract.organizations import counted_group, described_companies, find_organizations, named_groups
from knowledge.models import Official
from knowledge.rules.rulebook import rulebook
from knowledge.text.guarded import initials_first
from knowledge.text.names import surname


# The actor each government's country code stands for, the one place the two spellings meet.
@dataclass(frozen=True)
class ActorMention:
    actor: str
    start: int
    end: int


class ActorResolver:
    """Finds the actor of a commitment or an amount, with the document as context."""

    def __init__(self, document_text: str, officials: Sequence[Official] = ()) -> None:
        rules = rulebook()
        self.text = document_text
        # People by every way the text may name them ('Christopher Landau', 'Landau', 'the Deputy Secretary').
        self.people: dict[str, str] = {}
        for official in officials:
            country = cue.SIDE_OF_COUNTRY.get(official.country)
            if country is None:
                continue
            for name in (official.name, *official.aliases, official.name.split()[-1], surname(official.name)):
                self.people[name] = country
            for title in official.titles:
                short = re.sub(r"^(?:First|Second|1st|2nd)\s+", "", title)
                for form in (short, re.split(r"\s+(?:of|for)\s+", short)[0]):  # 'the Deputy Secretary'
                    self.people.setdefault(form, country)
        lowered = document_text.lower()
        self.joint = any(cue in lowered for cue in rules.we_is_both_cues)
        people = {n for o in officials for n in (o.name, *o.name.split(), surname(o.name))}
        self.companies: dict[str, str] = find_organizations(document_text, people)
        self.described = described_companies(document_text, self.companies)
        self.groups = named_groups(document_text)
        for m in cue.INCORPORATED.finditer(document_text):
            before = document_text[max(0, m.start() - 20) : m.start()]
            if not (cue.GOVERNMENT_PREFIX.match(m.group(1)) or cue.GOVERNMENT_BEFORE.search(before)):
                # 'the U.S. International Development Finance Corporation' is Washington, not a company
                self.companies.setdefault(m.group(1), m.group(1))
        for m in cue.ACRONYM_DEFINITION.finditer(document_text):
            full, short = m.group(1), m.group(2)
            if full in self.companies or any(full.startswith(c) for c in self.companies):
                canonical = self.companies.get(full, full)
                self.companies[full] = canonical
                self.companies[short] = canonical
        # All the document's companies as one pattern, longest first ('HD-Hyundai' is 'HD Hyundai').
        names = sorted(self.companies, key=len, reverse=True)
        self._company_by_form = {cue.company_form(name): self.companies[name] for name in reversed(names)}
        alternatives = "|".join(re.escape(name).replace("\\ ", r"[\s-]") for name in names)
        initials = initials_first(names)  # a scan tests one character per position before the look-behind
        self._company_pattern = re.compile(rf"{initials}(?<![\w])(?:{alternatives})(?![\w])") if names else None
        self._company_mentions: list[ActorMention] | None = None
        self._people_patterns: dict[str, re.Pattern[str]] | None = None
        # Whose government 'the administration' is when no leader is named: the side that issued the document.
        self.home_side = cue.US if re.search(r"\bWhite House\b", document_text[:600]) else None

    def counted_group(self, head: str) -> str | None:
        """'four U.S.-based companies pledged': the four companies the document names elsewhere."""
        return counted_group(head, self.groups) if self.groups else None

    def described_before(self, noun: str, absolute_pos: int) -> str | None:
        """The company the text last called ``noun`` ('a South Korean automaker') before this point."""
        noun = noun.lower()
        if f"the {noun}" in rulebook().weak_subjects:
            return None  # 'the company' is the company named last, however it was described
        before = [company for start, said, company in self.described if said == noun and start < absolute_pos]
        if before:
            return before[-1]
        return next((company for _, said, company in self.described if said == noun), None)

    def mentions(self, text: str) -> list[ActorMention]:
        """Actors named in ``text`` (countries and companies), without overlaps, left to right."""
        found: list[ActorMention] = []
        if self._company_pattern is not None:
            for m in self._company_pattern.finditer(text):
                found.append(ActorMention(self._company_by_form[cue.company_form(m.group(0))], m.start(), m.end()))
        for m in cue.both_pattern().finditer(text):
            found.append(ActorMention(cue.BOTH, m.start(), m.end()))
        for m in cue.country_pattern().finditer(text):
            actor = next(side for key, side in cue.SIDE_OF_COUNTRY.items() if m.group(key))
            before = text[max(0, m.start() - 40) : m.start()]  # a window, so a long text stays linear
            if re.search(r"North\s+$|[-–]$", before) or re.match(r"[-–]\w", text[m.end() : m.end() + 2]):
                continue  # 'North Korea' is not the ROK; 'U.S.-ROK' is an adjective, not an actor
            if m.group(0) in cue.CITIES and re.search(r"[A-Z][\w.]*\s+$", before):
                continue  # 'Embassy Seoul', 'Grand Hyatt Seoul': a place in a name, not the government
            found.append(ActorMention(actor, m.start(), m.end()))
        if self.joint:
            for m in cue.WE.finditer(text):
                found.append(ActorMention(cue.BOTH, m.start(), m.end()))
        found.sort(key=lambda a: (a.start, -(a.end - a.start)))
        kept: list[ActorMention] = []
        for mention in found:
            if kept and mention.start < kept[-1].end:
                continue
            kept.append(mention)
        return kept

    def company_before(self, absolute_pos: int) -> str | None:
        """The company last named before this point of the document ('it' in a company release)."""
        if self._company_mentions is None:  # found once per document, so each lookup is a bisection
            self._company_mentions = [m for m in self.mentions(self.text) if m.actor not in (cue.US, cue.ROK, cue.BOTH)]
        ends = [m.end for m in self._company_mentions]
        index = bisect.bisect_right(ends, absolute_pos)
        return self._company_mentions[index - 1].actor if index else None

    def reporter_of(self, text: str) -> str | None:
        """'Netflix announced it will…': the company that speaks, when the sentence opens with one."""
        m = cue.REPORTER.match(text)
        if not m or not cue.looks_like_company(m.group(1)):
            return None
        name = m.group(1)
        return self.companies.get(name) or next((c for k, c in self.companies.items() if name.startswith(k)), name)

    def it_refers_to(self, before: str, sentence: str, absolute_pos: int) -> str | None:
        """What 'it' stands for: the one actor the sentence named before it ('The ROK side announced that it
        will host', 'The U.S. Commerce Department said it had finalized'), else the company that speaks
        ('Netflix announced it will invest'), else the company the text named last."""
        described = cue.company_noun_phrase().match(before)
        if described:  # 'The South Korean automaker said it': the company, not Seoul
            return self.described_before(described.group("noun"), absolute_pos) or self.company_before(absolute_pos)
        named = {
            m.actor
            for m in self.mentions(before)
            if not cue.PREPOSITION_BEFORE.search(before[: m.start])
            and not cue.POSSESSIVE_PRONOUN_BEFORE.search(before[: m.start])
        }
        if len(named) == 1:
            return named.pop()
        body = cue.GOVERNMENT_BODY_NAMED.search(before)
        if body:  # 'The ministry said it will send a delegation'
            return cue.government_side(body)
        return self.reporter_of(sentence) or self.company_before(absolute_pos)

    def classify(self, subject: str, absolute_pos: int) -> str | None:
        """The actor a subject phrase names: both, one country, a company, or None."""
        weak = cue.weak_pattern().search(subject)
        if weak:
            described = cue.company_noun_phrase().match(weak.group(0))
            company = self.described_before(described.group("noun"), absolute_pos) if described else None
            if company is not None:
                return company  # 'the automaker': the one last so described
            return self.it_refers_to(subject[: weak.start()], subject, absolute_pos)
        body = cue.GOVERNMENT_BODY.search(subject)
        if body:  # 'The Ministry will start...', 'The Department of Commerce will lead...'
            return cue.government_side(body)
        administration = cue.ADMINISTRATION.search(subject)
        if administration:  # 'The Biden-Harris Administration is committed to': the leader's government
            return self.people_actor(administration.group(1) or "") or self.home_side
        ordered = [m.actor for m in self.mentions(subject)]
        actors = set(ordered)
        if " and " in subject and actors <= {cue.US, cue.ROK} and self.people_actor(subject) == cue.BOTH:
            return cue.BOTH  # 'Foreign Minister Cho Hyun and US Secretary of State Marco Rubio signed'

        if cue.BOTH in actors and len(actors - {cue.BOTH}) == 1 and cue.other_country().search(subject):
            return next(iter(actors - {cue.BOTH}))  # 'the leaders of the United States, Canada, and Finland'
        if cue.BOTH in actors or {cue.US, cue.ROK} <= actors:
            return cue.BOTH
        companies = [a for a in dict.fromkeys(ordered) if a not in (cue.US, cue.ROK)]
        if companies:
            return companies[0]  # the first named: Hyundai Steel, an arm of Hyundai Motor Group, will
        if not actors:
            return self._short_company_name(subject)
        return next(iter(actors), None)

    def _short_company_name(self, subject: str) -> str | None:
        """'Qcells also signed…' after 'Hanwha Qcells' was named: a company's last word standing for it."""
        first = subject.split()[0] if subject.split() else ""
        if not first[:1].isupper() or cue.CORPORATE.fullmatch(first):
            return None
        return next((self.companies[c] for c in self.companies if c.endswith(" " + first)), None)

    def people_actor(self, text: str) -> str | None:
        """The side(s) of the officials a sentence names: 'The Deputy Secretary and First Vice Minister Park'."""
        if self._people_patterns is None:  # one pattern per side, built once per document
            # 'President' is not found inside 'Vice President': a rank word before a title makes another office.
            self._people_patterns = {
                side: re.compile(
                    initials_first(names)
                    + r"(?<![\w])"
                    + "".join(f"(?<!{w.capitalize()} )" for w in sorted(rulebook().rank_words))
                    + r"(?:"
                    + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                    + r")(?![\w])"
                )
                for side in (cue.US, cue.ROK)
                if (names := [n for n, c in self.people.items() if c == side])
            }
        sides = {side for side, pattern in self._people_patterns.items() if pattern.search(text)}
        if {cue.US, cue.ROK} <= sides:
            return cue.BOTH
        return next(iter(sides), None)

    def subject_actor(self, text: str, verb_start: int, offset: int, previous: str | None = None) -> str | None:
        """The actor who is the subject of the verb at ``verb_start``, or None.

        'They agreed to …' after a sentence naming one official of each side is both sides' pledge.
        """
        # A subject stands within a window before its verb: reading no further keeps this linear.
        if verb_start > cue.WINDOW:
            cut = verb_start - cue.WINDOW
            text, verb_start, offset = text[cut:], cue.WINDOW, offset + cut
        if previous is not None and cue.THEY.fullmatch(text[:verb_start].strip()):
            return self.people_actor(previous)
        clause_start = 0
        for m in cue.SUBJECT_BREAK.finditer(text, 0, verb_start):
            clause_start = m.end()
        pronoun = cue.WE_THEY.search(text, clause_start, verb_start)
        if pronoun and pronoun.end() >= verb_start - 12:
            # 'they pledged to', 'during which they agreed to', 'we agreed to': an agreement is both sides',
            # and the officials named just before say whose 'they' it is.
            sides = self.people_actor(f"{previous or ''} {text[: pronoun.start()]}")
            if sides == cue.BOTH or text.startswith("agree", verb_start):
                return cue.BOTH
        coordinated = cue.COORDINATED.search(text, max(0, verb_start - 12), verb_start)
        if coordinated and coordinated.end() == verb_start:
            # 'The two sides exchanged views on …, and agreed to': the sentence's subject agrees.
            opening = cue.OPENING_SUBJECT.match(text)
            # 'Wi said the two sides have already held talks … and will continue': the last reported subject.
            reported = next(reversed(list(cue.REPORTED_SUBJECT.finditer(text, 0, verb_start))), None)
            for phrase in (opening.group(0) if opening else None, reported["subject"] if reported else None):
                actor = self.classify(phrase, offset + verb_start) if phrase else None
                if actor is not None:
                    return actor
        relative = cue.RELATIVE_SUBJECT.match(text, clause_start)
        if relative and relative.end() >= verb_start - 40:
            if text.startswith("will", verb_start):
                return None  # 'which will be hosted by': a description, not a pledge
            # 'Korean chipmakers, which have pledged to': the subject is what 'which' stands for.
            return self.antecedent(text[:clause_start].rstrip(" ,"), offset + verb_start)
        for start in (clause_start, 0):
            subject = text[start:verb_start].strip()
            if not subject or len(subject.split()) > 14:
                continue
            if re.match(r"(?:This|These|That|Those)\s", subject):
                return None  # 'This combination of Finnish expertise and American capacity will': no actor
            named = self.mentions(subject)
            if named and re.match(r"[’']s\b", subject[named[-1].end :]):
                return None  # 'SK hynix's new facility will': the facility is the subject, not the company
            actor = self.classify(subject, offset + verb_start)
            if actor is not None:
                return actor
        return self._subject_past_apposition(text[:verb_start], offset + verb_start)

    def _subject_past_apposition(self, head: str, absolute_pos: int) -> str | None:
        """'Davie, Canada's largest shipbuilder, intends to': the name before an apposition is the subject;
        'The Vice President and the President agreed to', 'adding that he will': the officials named are."""
        segments = [seg.strip() for seg in cue.SEGMENT_BREAK.split(cue.AUXILIARY_TAIL.sub("", head))]
        while segments and (not segments[-1] or cue.APPOSITION.match(segments[-1])):
            segments.pop()
        if not segments or len(segments[-1].split()) > 8:
            return None
        subject = segments[-1]
        if cue.PRONOUN_PERSON.fullmatch(subject):
            return self.people_actor(head)  # 'he', 'she': the official the sentence named
        actor = self.classify(subject, absolute_pos)
        if actor is None and not re.search(r"\b(?:it|its|this|that|which)\b", subject, re.IGNORECASE):
            actor = self.people_actor(subject)
            if actor is not None and len(segments) > 1 and self.people_actor(head) == cue.BOTH:
                return cue.BOTH  # 'Deputy Secretary … Turk and Second Vice Minister of Trade, Industry … Choi signed'
        return actor

    def antecedent(self, head: str, absolute_pos: int) -> str | None:
        """The actor named just before a relative clause, prepositions or not ('for Korean chipmakers, which')."""
        named = self.mentions(head)
        if not named:
            return None
        if len(head) - named[-1].end > 25:
            # "Hyundai's auto factories in Alabama and Georgia, which": the owner of what 'which' stands for.
            owner = re.search(r"[’']s\s+[a-z][\w\s\-]*$", head[named[-1].end :])
            return named[-1].actor if owner and named[-1].actor not in (cue.US, cue.ROK, cue.BOTH) else None
        return named[-1].actor

    def listed_companies(self, head: str) -> list[str]:
        """The companies of a list ('companies such as Apple, TSMC, and SoftBank') right before a verb."""
        m = re.search(r"\b(?:such as|including|like)\s+(?P<list>[^;:]+?)(?:\s+(?:also|all|each))?\s+\w+\s*$", head)
        if not m:
            return []
        return list(
            dict.fromkeys(a.actor for a in self.mentions(m["list"]) if a.actor not in (cue.US, cue.ROK, cue.BOTH))
        )

    def respective(self, text: str, amount_starts: list[int]) -> list[str] | None:
        """'Samsung and SK hynix will invest $5 billion and $3 billion respectively': one actor per amount, in order."""
        if "respectively" not in text or len(amount_starts) < 2:
            return None
        named = [m.actor for m in self.mentions(text[: amount_starts[0]]) if m.actor not in (cue.BOTH,)]
        named = list(dict.fromkeys(named))
        return named if len(named) == len(amount_starts) else None

    def _passive_giver(self, text: str, amount_start: int) -> str | None:
        """'$1.5 billion in contracts for U.S. Navy vessels will be awarded to Korean shipyards': the giver.

        Named with 'by', else the side named after the amount that is not the receiver, else the side
        opposite the receiver.
        """
        tail_end = cue.AMOUNT_CLAUSE_BREAK.search(text, amount_start, amount_start + cue.WINDOW)
        tail = text[amount_start : tail_end.start() if tail_end else amount_start + cue.WINDOW]
        verb = cue.PASSIVE_PLEDGE.search(tail)
        if verb is None:
            return None
        by = re.search(r"\bby\s+(.+)$", tail[verb.end() :])
        if by:
            return self.classify(by.group(1), 0)
        named = [m for m in self.mentions(tail) if m.actor in (cue.US, cue.ROK)]
        givers = [m for m in named if not re.search(r"\bto\s+(?:the\s+)?$", tail[: m.start])]
        if givers:
            return givers[0].actor
        receivers = {m.actor for m in named}
        return {frozenset({cue.ROK}): cue.US, frozenset({cue.US}): cue.ROK}.get(frozenset(receivers))

    def actor_for_amount(self, text: str, amount_start: int, offset: int) -> str | None:
        """Who pledges the amount at ``amount_start``: a possessive owner, else the nearest subject."""
        if amount_start > cue.WINDOW:  # as for a verb's subject: a window before the amount, so long lines stay linear
            cut = amount_start - cue.WINDOW
            text, amount_start, offset = text[cut:], cue.WINDOW, offset + cut
        # Only the amount's own clause: in 'the ROK committed $30 million, and the United States announced
        # $20 million', the second amount is the United States'.
        clause_start = 0
        for m in cue.AMOUNT_CLAUSE_BREAK.finditer(text, 0, amount_start):
            clause_start = m.end()
        passive = self._passive_giver(text, amount_start)
        if passive is not None:
            return passive
        amount_end = cue.AMOUNT_END.match(text, amount_start)
        funder = cue.government_funding_after().match(text, amount_end.end()) if amount_end else None
        if funder is not None:  # 'in concert with a $178 million Department of Energy grant': Washington's money
            return cue.ROK if (funder["body"] or funder["body2"]) == "Ministry" else cue.US
        head = text[:amount_start]
        possessive = cue.POSSESSIVE.search(head)
        if possessive:
            owner = possessive.group(1)
            actor = self.classify(owner, offset + amount_start)
            if (
                actor is not None
                and actor not in (cue.US, cue.ROK, cue.BOTH)
                and owner.startswith(actor)
                and cue.CORPORATE.search(owner[len(actor) :])
            ):
                return owner  # 'Hyundai Motor Group's $5.54 billion': the group as written, not just 'Hyundai'
            if actor is not None:
                return actor
            if cue.LINE_START.fullmatch(head[clause_start : possessive.start()]):
                return owner  # '• Torvan Energy’s $700 million investment …': a line's own owner, known or not
        relative = None
        for m in cue.relative_clause().finditer(head, clause_start):
            relative = m
        if relative is not None:
            return self.antecedent(head[: relative.start()], offset + amount_start)
        verbs = list(cue.amount_verb().finditer(head, clause_start))
        if verbs:
            # 'the Department awarded Samsung $4.7 billion': the giver stands before the verb.
            before_verb = [m for m in self.mentions(head[: verbs[-1].start()])]
            if before_verb:
                head = head[: verbs[-1].start()]
        weak = re.search(r"\b(it|the company|the firm)\b(?:\s+\w+){0,4}\s+\w+", head[clause_start:], re.I)
        # 'its U.S. investment', 'their Korean plants': a country after a possessive describes, it does not act.
        mentioned = [m for m in self.mentions(head) if not cue.POSSESSIVE_PRONOUN_BEFORE.search(head[: m.start])]
        in_clause = [m for m in mentioned if m.start >= clause_start]
        candidates = [
            m
            for m in (in_clause or mentioned)
            if not cue.PREPOSITION_BEFORE.search(head[: m.start])
            or m.actor == cue.BOTH
            or cue.ORGANISATION_OF.search(head[: m.start])  # 'the Export-Import Bank of Korea will extend'
        ]
        if weak and (not candidates or candidates[-1].end < clause_start + weak.start()):
            resolved = self.it_refers_to(head[: clause_start + weak.start()], head, offset + amount_start)
            if resolved is not None:
                return resolved
        if (
            len(candidates) >= 2
            and {candidates[-2].actor, candidates[-1].actor} == {cue.US, cue.ROK}
            and re.fullmatch(r"\s*(?:and|&)\s+(?:the\s+)?", head[candidates[-2].end : candidates[-1].start])
        ):
            return cue.BOTH  # 'Korean and American companies signed deals worth $22 billion'
        if candidates:
            return candidates[-1].actor
        return None
