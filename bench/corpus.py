"""Generated U.S.-ROK documents for benchmarks: realistic shapes, random names, titles and amounts.

Deterministic for a seed, so figures compare across runs.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

US_FIRST = [
    "Laura",
    "Daniel",
    "Helen",
    "Mark",
    "James",
    "Susan",
    "Robert",
    "Karen",
    "Michael",
    "Emily",
    "David",
    "Anna",
]
US_LAST = ["Whitfield", "Brooks", "Marsh", "Ellison", "Carter", "Nguyen", "Hale", "Porter", "Reyes", "Stone", "Lowell"]
KR_SURNAMES = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin"]
KR_SYLLABLES = ["min", "seo", "ji", "woo", "tae", "ho", "sang", "hoon", "hyun", "jae", "young", "soo", "kyung", "jin"]
US_TITLES = [
    "Deputy Secretary of Commerce",
    "Under Secretary of State for Economic Affairs",
    "Secretary of Energy",
    "Assistant Secretary of State",
    "U.S. Trade Representative",
    "Deputy Secretary of State",
]
KR_TITLES = [
    "Second Vice Foreign Minister",
    "Trade Minister",
    "First Vice Foreign Minister",
    "Industry Minister",
    "Minister of Trade, Industry and Energy",
    "Vice Minister of Foreign Affairs",
]
COMPANIES = [
    "Samsung Electronics",
    "SK hynix",
    "LG Energy Solution",
    "Hyundai",
    "Hanwha Ocean",
    "Doosan Bobcat",
    "POSCO",
]
PURPOSES = [
    "a battery plant in Georgia",
    "a chip packaging facility in Indiana",
    "shipbuilding capacity in Pennsylvania",
    "a solar module plant in Texas",
    "an EV assembly line in Alabama",
    "a hydrogen research center in Ohio",
]
TOPICS = [
    "critical minerals",
    "export controls",
    "clean hydrogen",
    "supply chain resilience",
    "6G networks",
    "quantum computing",
    "shipbuilding",
    "nuclear fuel supply",
    "biotechnology",
    "space cooperation",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def korean_name(rng: random.Random) -> str:
    given = rng.choice(KR_SYLLABLES).capitalize() + "-" + rng.choice(KR_SYLLABLES)
    return f"{rng.choice(KR_SURNAMES)} {given}"


def us_name(rng: random.Random) -> str:
    return f"{rng.choice(US_FIRST)} {rng.choice(US_LAST)}"


def generate_document(rng: random.Random, n: int) -> str:
    published = date(2015, 1, 1) + timedelta(days=rng.randint(0, 3900))
    meeting = published - timedelta(days=rng.randint(0, 5))
    us, kr = us_name(rng), korean_name(rng)
    us_title, kr_title = rng.choice(US_TITLES), rng.choice(KR_TITLES)
    company, purpose, topic = rng.choice(COMPANIES), rng.choice(PURPOSES), rng.choice(TOPICS)
    amount = rng.choice(["$", "$"]) + f"{rng.randint(1, 900)} {rng.choice(['million', 'billion'])}"
    lines = [
        f"U.S., Korea officials discuss {topic} in talks number {n}",
        f"{MONTHS[published.month - 1]} {published.day}, {published.year}",
        "",
        f"{kr_title} {kr} and {us_title} {us} held talks on {topic} on {MONTHS[meeting.month - 1]} {meeting.day}.",
        f"Both sides agreed to launch a working group on {topic} before the end of the year.",
        f"{company} said it will invest {amount} in {purpose}.",
        f"Two-way trade totaled ${rng.randint(100, 250)} billion in {published.year - 1}.",
        "",
        "The two sides will:",
        f"  • Establish a dialogue on {rng.choice(TOPICS)}.",
        f"  • Expand cooperation on {rng.choice(TOPICS)}.",
        f"The ROK has committed ${rng.randint(5, 500)} million to {rng.choice(TOPICS)} research.",
        f"Minister {kr.split()[0]} said the talks were productive.",
    ]
    return "\n".join(lines) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 7, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed + start)
    paths = []
    for n in range(start, start + count):
        path = folder / f"gen_{n:06d}.txt"
        path.write_text(generate_document(rng, n), encoding="utf-8")
        paths.append(path)
    return paths
