"""Plain-text rendering of the fact table, for ``usrok facts --format text``."""

from __future__ import annotations

from knowledge.answer.phrasing import clip_words
from knowledge.models import FactTable


def money(amount_text: str | None, amount_usd: int | None) -> str:
    """'$2.5 billion' as written, or nothing when there is no amount."""
    return amount_text or (f"${amount_usd:,}" if amount_usd is not None else "")


def render_table_text(table: FactTable) -> str:
    """The table as sections a person can scan.

    >>> print(render_table_text(FactTable()).splitlines()[0])
    Documents (0)
    """
    titles = {d.id: d.title for d in table.documents}
    lines = [f"Documents ({len(table.documents)})"]
    lines += [f"  {d.date or 'undated':10}  {d.title}  [{d.path}]" for d in table.documents]
    lines.append(f"\nOfficials ({len(table.officials)})")
    lines += [
        f"  {o.name} — {o.title}{', ' + o.organization if o.organization else ''} ({o.country})"
        for o in table.officials
    ]
    lines.append(f"\nDates ({len(table.dates)})")
    for d in table.dates:
        title = clip_words(titles.get(d.sources[0].document, "?"), 40)
        lines.append(f"  {d.date:23} {d.precision:5}  {clip_words(d.event, 100)}  [{title}]")
    lines.append(f"\nPledges ({len(table.pledges)})")
    for p in table.pledges:
        amount = money(p.amount_text, p.amount_usd)
        lines.append(
            f"  {p.actor}: {amount + ' — ' if amount else ''}{clip_words(p.what, 110)}"
            + (f" (if: {p.conditions})" if p.conditions else "")
        )
    lines.append(f"\nStatistics ({len(table.statistics)})")
    lines += [f"  {s.amount_text}: {clip_words(s.subject, 110)}" for s in table.statistics]
    if table.skipped:
        lines.append(f"\nSkipped ({len(table.skipped)})")
        lines += [f"  {s.path}: {s.reason}" for s in table.skipped]
    return "\n".join(lines) + "\n"
