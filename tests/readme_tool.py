"""Rewrite the README's shown outputs with what usrok prints now: `python -m tests.readme_tool`.

The README shows real output (tests/test_readme.py checks it): each `$ .venv/bin/usrok ask …` example, the
digest of one document and the Block Kit of one answer. After a change to answers, run this and review the diff.
"""

from __future__ import annotations

import io
import json
import re
import shlex

from bot.cli import main as usrok
from bot.digest_blocks import render_digest
from bot.terminal import preview
from knowledge.build import extract_files
from knowledge.models import SkippedFile
from tests.conftest import COMMITTED_TABLE, ROOT

README = ROOT / "README.md"
DIGEST_DOCUMENT = ROOT / "tests" / "documents" / "fact_sheet_seventh_sed.txt"
UNREADABLE = SkippedFile(path="docs/scan_0042.pdf.txt", reason="binary file")
BLOCKS_QUESTION = "who is Kim Jina"


def ask(*args: str) -> str:
    out = io.StringIO()
    usrok([args[0], "--facts", str(COMMITTED_TABLE), *args[1:]], out=out)
    return out.getvalue()


def digest_text() -> str:
    facts = extract_files([DIGEST_DOCUMENT], root=ROOT).facts
    return preview(render_digest(list(facts), [UNREADABLE])["blocks"])


def rewrite(readme: str) -> str:
    def run(m: re.Match[str]) -> str:
        gap = "\n" if m.group(3).startswith("$") else ""
        return f"$ .venv/bin/usrok {m.group(1)}\n{ask(*shlex.split(m.group(1))).rstrip()}\n{gap}"

    readme = re.sub(r"^\$ \.venv/bin/usrok (ask [^\n]+)\n(.*?)(?=^(\$ |```))", run, readme, flags=re.M | re.S)
    start = readme.index("```text\n1 NEW DOCUMENT")
    end = readme.index("```", start + 10)
    readme = readme[:start] + "```text\n" + digest_text() + "\n" + readme[end:]
    start = readme.index("```json\n") + len("```json\n")
    end = readme.index("```", start)
    blocks = json.loads(ask("ask", "--format", "blocks", BLOCKS_QUESTION))
    if json.loads(readme[start:end]) != blocks:
        readme = readme[:start] + json.dumps(blocks, ensure_ascii=False, indent=2) + "\n" + readme[end:]
    return readme


if __name__ == "__main__":
    README.write_text(rewrite(README.read_text(encoding="utf-8")), encoding="utf-8")
