"""'Exact date of the summit': a question asking for the day itself, which a date given only to the month does not
answer. Kept apart from the knowledge base, which only passes its answer through here."""

from __future__ import annotations

from knowledge.answer.phrasing import human_date
from knowledge.answer.question_dates import asks_the_day
from knowledge.answer.result import Answer
from knowledge.rules import listed_words
from knowledge.text.dates import find_dates

YEAR_DIGITS = 4
"""A year alone ('2022'), which the date finder reads as no date."""


def to_the_day(answer: Answer, question: str) -> Answer:
    """'exact date of the summit in aug 2025', 'what date is the summit' are not answered by 'August 2025': when the
    day is asked and the documents give only the month or the year, usrok says so instead of stating it as the
    answer."""
    if not answer.answers or not wants_the_day(question):
        return answer
    text = answer.answers[0].text
    iso = text if text.isdigit() and len(text) == YEAR_DIGITS else next((d.iso for d in find_dates(text)), None)
    # ('what date did they meet' is not answered by '2022', nor by 'January 2026'; 'exact date' not by
    # 'August 2025' either)
    if iso is None or iso.count("-") == 2:
        return answer
    note = f"The documents give only {human_date(iso)} for this, not the day."
    return Answer(query=answer.query, intent=answer.intent, note=note, subject=answer.subject)


def wants_the_day(question: str) -> bool:
    """'what date did they meet', 'exact date of the summit': a year or a month alone does not answer it."""
    return asks_the_day(question) or bool(listed_words("date_asked").search(question))
