"""Facts in words: the one line that states a fact, a short label that finds it again, dates as people write them."""

from __future__ import annotations

from datetime import date

from knowledge.answer.index import Fact
from knowledge.models import DateFact, Official, Pledge


def human_date(iso: str) -> str:
    """'2020-10-13' → 'October 13, 2020'; ranges and partial dates read naturally too.

    >>> human_date("2020-10-19/2020-10-22"), human_date("--09-20"), human_date("2025-10")
    ('October 19, 2020 – October 22, 2020', 'September 20 (year not stated)', 'October 2025')
    """
    if "/" in iso:
        a, b = iso.split("/")
        return f"{human_date(a)} – {human_date(b)}"
    if iso.startswith("--"):
        month, _, day = iso[2:].partition("-")
        name = date(2000, int(month), 1).strftime("%B")
        return f"{name} {int(day)} (year not stated)" if day else f"{name} (year not stated)"
    parts = iso.split("-")
    if len(parts) == 3:
        d = date.fromisoformat(iso)
        return f"{d.strftime('%B')} {d.day}, {d.year}"
    if len(parts) == 2:
        return f"{date(int(parts[0]), int(parts[1]), 1).strftime('%B')} {parts[0]}"
    return iso


def _short(text: str, words: int = 10) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def fact_text(fact: Fact) -> str:
    """The one line that states a fact."""
    if isinstance(fact, Official):
        org = f", {fact.organization}" if fact.organization else ""
        return f"{fact.name} — {fact.title}{org} ({fact.country})"
    if isinstance(fact, DateFact):
        return f"{human_date(fact.date)} — {fact.event}"
    if isinstance(fact, Pledge):
        actor = "U.S. and ROK" if fact.actor == "both" else fact.actor
        condition = f" (condition: {fact.conditions})" if fact.conditions else ""
        if fact.amount_text:
            return f"{actor} pledged {fact.amount_text} — {fact.what}{condition}"
        return f"{actor} pledged: {fact.what}{condition}"
    return f"{fact.amount_text} — {fact.subject}" + (f" ({fact.date})" if fact.date else "")


def fact_label(fact: Fact) -> str:
    """A short name for a fact, usable as a query that finds it again."""
    if isinstance(fact, Official):
        return f"who {fact.name}"
    if isinstance(fact, DateFact):
        return f"when {_short(fact.event, 8)}".rstrip("…")
    if isinstance(fact, Pledge):
        return f"pledges {fact.actor} {_short(fact.what, 6)}".rstrip("…")
    return f"search {_short(fact.subject, 8)}".rstrip("…")
