"""Golden files for extraction: hand-labelled facts per document, and the scoring against them.

Regenerate a draft from the current extractor, then review the diff by hand
before committing (a golden file is a human's labels, not the program's output):

    .venv/bin/python -m tests.golden_tool draft seeds/002_5d636591f769ab4f.txt > /tmp/draft.json
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from rapidfuzz import fuzz

from knowledge.extract.document_facts import extract_document
from knowledge.extract.documents import read_document
from knowledge.models import DateFact, DocumentFacts, Official, Pledge
from knowledge.text.names import name_key

GOLDEN_DIR = Path(__file__).parent / "golden"
T = TypeVar("T")


def _norm(text: str) -> str:
    text = text.lower().replace("’", "'").replace("2nd", "second").replace("1st", "first")
    return re.sub(r"\s+", " ", text).strip()


def title_matches(expected: str, got: str) -> bool:
    a, b = _norm(expected), _norm(got)
    return a == b or fuzz.token_set_ratio(a, b) >= 92


@dataclass
class Score:
    kind: str
    expected: int = 0
    found: int = 0
    correct: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 1.0

    def report(self) -> str:
        lines = [
            f"{self.kind}: recall {self.recall:.0%} ({self.correct}/{self.expected}), "
            f"precision {self.precision:.0%} ({self.correct}/{self.found})"
        ]
        lines += [f"  missed: {m}" for m in self.missed]
        lines += [f"  extra:  {e}" for e in self.extra]
        return "\n".join(lines)

    def add(self, other: Score) -> None:
        self.expected += other.expected
        self.found += other.found
        self.correct += other.correct
        self.missed += other.missed
        self.extra += other.extra


def _match(
    kind: str,
    golden: list[dict[str, Any]],
    found: Sequence[T],
    matches: Callable[[dict[str, Any], T], bool],
    missed: Callable[[dict[str, Any]], str],
    extra: Callable[[T], str],
) -> Score:
    """Pair each label with the first unpaired fact it matches; what is left over is missed or extra."""
    score = Score(kind, expected=len(golden), found=len(found))
    unmatched = list(found)
    for g in golden:
        hit = next((f for f in unmatched if matches(g, f)), None)
        if hit is None:
            score.missed.append(missed(g))
        else:
            score.correct += 1
            unmatched.remove(hit)
    score.extra += [extra(f) for f in unmatched]
    return score


def score_officials(golden: list[dict[str, Any]], facts: DocumentFacts, doc: str) -> Score:
    def matches(g: dict[str, Any], o: Official) -> bool:
        keys = {name_key(g["name"]), *(name_key(a) for a in g.get("aliases", []))}
        return name_key(o.name) in keys and title_matches(g["title"], o.title) and o.country == g["country"]

    got = {name_key(o.name): o for o in facts.officials}

    def missed(g: dict[str, Any]) -> str:
        hit = got.get(name_key(g["name"]))
        return f"{doc}: {g['name']} — {g['title']} ({g['country']})" + (
            f" (got {hit.title!r}, {hit.country})" if hit else ""
        )

    return _match(
        "officials", golden, facts.officials, matches, missed, lambda o: f"{doc}: {o.name} — {o.title} ({o.country})"
    )


def score_dates(golden: list[dict[str, Any]], facts: DocumentFacts, doc: str) -> Score:
    def matches(g: dict[str, Any], d: DateFact) -> bool:
        return (
            d.date == g["date"]
            and d.precision == g["precision"]
            and any(k.lower() in d.event.lower() for k in g["event_keywords"])
        )

    return _match(
        "dates",
        golden,
        facts.dates,
        matches,
        lambda g: f"{doc}: {g['date']} {g['precision']} {g['event_keywords']}",
        lambda d: f"{doc}: {d.date} {d.precision} | {d.event[:80]}",
    )


def actor_matches(expected: str, got: str) -> bool:
    """Countries must agree exactly; a company may be named shorter ('Zinus' for 'Zinus USA')."""
    if expected in ("U.S.", "ROK", "both") or got in ("U.S.", "ROK", "both"):
        return expected == got
    return expected.lower().startswith(got.lower()) or got.lower().startswith(expected.lower())


def score_pledges(golden: list[dict[str, Any]], facts: DocumentFacts, doc: str) -> Score:
    def matches(g: dict[str, Any], p: Pledge) -> bool:
        needle = _norm(g["quote_contains"])
        return (
            actor_matches(g["actor"], p.actor)
            and p.amount_usd == g.get("amount_usd")
            and any(needle in _norm(s.quote) for s in p.sources)
        )

    return _match(
        "pledges",
        golden,
        facts.pledges,
        matches,
        lambda g: f"{doc}: {g['actor']} {g.get('amount_usd')} | {g['quote_contains'][:70]}",
        lambda p: f"{doc}: {p.actor} {p.amount_usd} | {p.sources[0].quote[:70]}",
    )


SCORERS = {"officials": score_officials, "dates": score_dates, "pledges": score_pledges}


def score_document(golden: dict[str, Any], path: Path) -> dict[str, Score]:
    facts = extract_document(read_document(path))
    return {kind: scorer(golden[kind], facts, path.name) for kind, scorer in SCORERS.items()}


def draft(path: Path) -> dict[str, Any]:
    """What the extractor says now, in golden form: a starting point for labelling, never the labels."""
    facts = extract_document(read_document(path))
    return {
        "document": path.name,
        "officials": [{"name": o.name, "title": o.title, "country": o.country} for o in facts.officials],
        "dates": [
            {"date": d.date, "precision": d.precision, "event_keywords": [" ".join(d.event.split()[:4])]}
            for d in facts.dates
        ],
        "pledges": [
            {"actor": p.actor, "amount_usd": p.amount_usd, "quote_contains": p.sources[0].quote[:80]}
            for p in facts.pledges
        ],
    }


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "draft":
        print(json.dumps(draft(Path(sys.argv[2])), ensure_ascii=False, indent=1))
    else:
        print(__doc__)
