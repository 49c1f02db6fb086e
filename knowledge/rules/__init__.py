"""The extraction and answering vocabulary, as data (the JSON files here), and its loaders."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_rules(name: str) -> dict[str, Any]:
    """One rules file, parsed once: ``load_rules("questions.json")["answer_types"]``."""
    data: dict[str, Any] = json.loads(resources.files("knowledge.rules").joinpath(name).read_text(encoding="utf-8"))
    return data
