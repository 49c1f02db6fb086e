"""Golden files for extraction: hand-labelled facts per document, and the scoring against them.

Regenerate a draft from the current extractor, then review the diff by hand
before committing (a golden file is a human's labels, not the program's output):

    .venv/bin/python -m tests.golden_tool draft seeds/002_5d636591f769ab4f.txt > /tmp/draft.json

Score a folder of labels against its documents (optionally only the files whose names start with a prefix):

    .venv/bin/python -m tests.golden_tool score tests/golden/dev ../shared/dev-docs 07,08,09

Raise the dev floors in ``tests/extraction_floors.json`` to the figures measured now (never lowers one); the blind
set's with ``ratchet blind``:

    .venv/bin/python -m tests.golden_tool ratchet
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
from knowledge.rules.rulebook import rulebook
from knowledge.text.names import name_key, surname

GOLDEN_DIR = Path(__file__).parent / "golden"
FLOORS_FILE = Path(__file__).parent / "extraction_floors.json"  # beside the labels, not among them
T = TypeVar("T")


def _norm(text: str) -> str:
    text = text.lower().replace("’", "'").replace("2nd", "second").replace("1st", "first")
    return re.sub(r"\s+", " ", text).strip()


# Rank words make another office ('President' is not 'Vice President'): the rules' list, one place.
RANK_WORDS = rulebook().rank_words


def title_matches(expected: str, got: str) -> bool:
    """Same office: close wording, and exactly the same rank words ('President' is not 'Vice President')."""
    a, b = _norm(expected), _norm(got)
    if set(re.findall(r"[a-z]+", a)) & RANK_WORDS != set(re.findall(r"[a-z]+", b)) & RANK_WORDS:
        return False
    return a == b or fuzz.token_set_ratio(a, b) >= 92


def same_person(label: dict[str, Any], got: str) -> bool:
    """A label names a person; the extractor may give the full name where the label has the surname, or back."""
    keys = {name_key(label["name"]), *(name_key(a) for a in label.get("aliases", []))}
    if name_key(got) in keys:
        return True
    short, full = sorted((label["name"], got), key=len)
    return len(short.split()) == 1 and name_key(short) == name_key(surname(full))


@dataclass
class Score:
    kind: str
    expected: int = 0
    found: int = 0
    correct: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    detail_right: int = 0  # of the correct ones, how many also have the right title (officials) or 'what' (pledges)

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
        if self.kind in ("officials", "pledges", "pledges with an amount", "pledges without an amount"):
            lines[0] += f"; {'titles' if self.kind == 'officials' else 'what'} right {self.detail_right}/{self.correct}"
        lines += [f"  missed: {m}" for m in self.missed]
        lines += [f"  extra:  {e}" for e in self.extra]
        return "\n".join(lines)

    def add(self, other: Score) -> None:
        self.expected += other.expected
        self.found += other.found
        self.correct += other.correct
        self.missed += other.missed
        self.extra += other.extra
        self.detail_right += other.detail_right


def _match(
    kind: str,
    golden: list[dict[str, Any]],
    found: Sequence[T],
    matches: Callable[[dict[str, Any], T], bool],
    missed: Callable[[dict[str, Any]], str],
    extra: Callable[[T], str],
    detail: Callable[[dict[str, Any], T], bool] = lambda _g, _f: True,
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
            score.detail_right += detail(g, hit)
            unmatched.remove(hit)
    score.extra += [extra(f) for f in unmatched]
    return score


def score_officials(golden: list[dict[str, Any]], facts: DocumentFacts, doc: str) -> Score:
    """A person is found when the name and the country agree; the title is scored apart (``detail_right``)."""

    def matches(g: dict[str, Any], o: Official) -> bool:
        return same_person(g, o.name) and o.country == g["country"]

    def missed(g: dict[str, Any]) -> str:
        hit = next((o for o in facts.officials if same_person(g, o.name)), None)
        return f"{doc}: {g['name']} — {g['title']} ({g['country']})" + (
            f" (got {hit.title!r}, {hit.country})" if hit else ""
        )

    return _match(
        "officials",
        golden,
        facts.officials,
        matches,
        missed,
        lambda o: f"{doc}: {o.name} — {o.title} ({o.country})",
        lambda g, o: title_matches(g["title"], o.title),
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


def amount_matches(g: dict[str, Any], p: Pledge) -> bool:
    """Dollar amounts must agree; a label with no dollar amount wants none, unless it gives another currency."""
    if g.get("amount_usd") is not None or not g.get("amount_text"):
        return p.amount_usd == g.get("amount_usd")
    digits = re.sub(r"[^0-9.]", "", g["amount_text"])
    return p.amount_text is not None and digits in re.sub(r"[^0-9.]", "", p.amount_text)


def what_matches(g: dict[str, Any], p: Pledge) -> bool:
    keywords = g.get("what_keywords")
    return not keywords or any(_norm(k) in _norm(p.what) for k in keywords)


def _score_pledges(kind: str, golden: list[dict[str, Any]], found: Sequence[Pledge], doc: str) -> Score:
    def matches(g: dict[str, Any], p: Pledge) -> bool:
        needle = _norm(g["quote_contains"])
        return (
            actor_matches(g["actor"], p.actor)
            and amount_matches(g, p)
            and any(needle in _norm(s.quote) for s in p.sources)
        )

    return _match(
        kind,
        golden,
        found,
        matches,
        lambda g: f"{doc}: {g['actor']} {g.get('amount_usd') or g.get('amount_text')} | {g['quote_contains'][:70]}",
        lambda p: f"{doc}: {p.actor} {p.amount_usd or p.amount_text} | {p.sources[0].quote[:70]}",
        what_matches,
    )


def score_pledges(golden: list[dict[str, Any]], facts: DocumentFacts, doc: str) -> Score:
    return _score_pledges("pledges", golden, facts.pledges, doc)


def _has_amount(label: dict[str, Any]) -> bool:
    return label.get("amount_usd") is not None or bool(label.get("amount_text"))


def score_pledges_by_amount(golden: list[dict[str, Any]], facts: DocumentFacts, doc: str) -> dict[str, Score]:
    """Pledges with and without an amount, scored apart (a commitment without money is the harder kind)."""
    with_amount = [p for p in facts.pledges if p.amount_usd is not None or p.amount_text]
    without = [p for p in facts.pledges if not (p.amount_usd is not None or p.amount_text)]
    return {
        "pledges with an amount": _score_pledges(
            "pledges with an amount", [g for g in golden if _has_amount(g)], with_amount, doc
        ),
        "pledges without an amount": _score_pledges(
            "pledges without an amount", [g for g in golden if not _has_amount(g)], without, doc
        ),
    }


SCORERS = {"officials": score_officials, "dates": score_dates, "pledges": score_pledges}


def score_document(golden: dict[str, Any], path: Path) -> dict[str, Score]:
    """Every kind of fact of one document against its labels (a fact counts only if this document yields it)."""
    facts = extract_document(read_document(path))
    scores = {kind: scorer(golden[kind], facts, path.name) for kind, scorer in SCORERS.items()}
    return scores | score_pledges_by_amount(golden["pledges"], facts, path.name)


def score_folder(golden_dir: Path, docs_dir: Path, only: str | None = None) -> dict[str, Score]:
    """Totals over every labelled document of a folder (``only``: a file-name prefix to keep)."""
    totals: dict[str, Score] = {}
    for golden_path in sorted(golden_dir.glob("*.json")):
        golden = json.loads(golden_path.read_text(encoding="utf-8"))
        if only and not any(golden["document"].startswith(o) for o in only.split(",")):
            continue
        for kind, score in score_document(golden, docs_dir / golden["document"]).items():
            totals.setdefault(kind, Score(kind)).add(score)
    return totals


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


def load_floors() -> dict[str, dict[str, dict[str, float]]]:
    """Per set and kind, the lowest recall, precision and detail (titles, 'what') the extractor may score."""
    data: dict[str, dict[str, dict[str, float]]] = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
    return {name: kinds for name, kinds in data.items() if not name.startswith("_")}


def _figures(score: Score) -> dict[str, float]:
    detail = score.detail_right / score.correct if score.correct else 1.0
    return {"recall": score.recall, "precision": score.precision, "detail": detail}


def below_floor(score: Score, floor: dict[str, float]) -> list[str]:
    """The figures of ``score`` under their floor, as 'recall 50% < 60%'; empty when all hold.

    >>> below_floor(Score("dates", expected=2, found=2, correct=1), {"recall": 0.6})
    ['recall 50% < 60%']
    """
    figures = _figures(score)
    return [f"{key} {figures[key]:.0%} < {value:.0%}" for key, value in floor.items() if figures[key] + 1e-9 < value]


SHARED_DOCS = {"dev": "dev-docs", "blind": "blind-docs"}  # the sets read in place from ../shared


def ratchet(name: str = "dev", docs_dir: Path | None = None) -> dict[str, dict[str, float]]:
    """Raise the floors of set ``name`` to the figures measured now, rounded down to a whole percent."""
    data = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
    docs = docs_dir or Path(__file__).resolve().parent.parent.parent / "shared" / SHARED_DOCS[name]
    for kind, score in score_folder(GOLDEN_DIR / name, docs).items():
        floor = data[name].get(kind)
        if floor is None:
            continue
        for key, value in _figures(score).items():
            if key in floor:
                floor[key] = max(floor[key], int(value * 100 + 1e-9) / 100)
    FLOORS_FILE.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return dict(data[name])


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "draft":
        print(json.dumps(draft(Path(sys.argv[2])), ensure_ascii=False, indent=1))
    elif len(sys.argv) in (4, 5) and sys.argv[1] == "score":
        for total in score_folder(
            Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4] if len(sys.argv) == 5 else None
        ).values():
            print(total.report())
    elif len(sys.argv) in (2, 3) and sys.argv[1] == "ratchet":
        print(json.dumps(ratchet(*sys.argv[2:]), indent=1))
    else:
        print(__doc__)
