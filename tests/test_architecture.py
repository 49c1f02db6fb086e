"""The layout is a promise: these tests keep the dependency arrows pointing the way the tree says.

knowledge.extract (one document → facts) and knowledge.answer (question → answer) share only
knowledge.models, knowledge.text and knowledge.rules; knowledge never imports bot; nothing imports in a circle,
and no import hides inside a function to dodge one.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGES = ("knowledge", "bot")
MAX_MODULE_LINES = 400


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))}


def _imports(path: Path, *, top_level_only: bool) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found = []
    for node in nodes:
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
    return found


def _project_imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """The project modules a module imports at its top level (``from a.b import c`` counts as ``a.b``)."""
    return {name for name in _imports(path, top_level_only=True) if name in modules}


def test_extract_and_answer_never_import_each_other_and_knowledge_never_imports_bot() -> None:
    forbidden = {
        "knowledge.extract": ("knowledge.answer", "bot"),
        "knowledge.answer": ("knowledge.extract", "bot"),
        "knowledge": ("bot",),
    }
    offences = []
    for name, path in _modules().items():
        rule = next((bans for prefix, bans in forbidden.items() if name.startswith(prefix)), ())
        for imported in _imports(path, top_level_only=False):
            if any(imported == ban or imported.startswith(ban + ".") for ban in rule):
                offences.append(f"{name} imports {imported}")
    assert offences == []


def test_no_import_cycle_between_project_modules() -> None:
    modules = _modules()
    graph = {name: _project_imports(path, modules) for name, path in modules.items()}
    for importer, imported in DEFERRED_FOR_STARTUP:
        graph[importer].add(imported)
    state: dict[str, str] = {}
    cycles: list[str] = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = "open"
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                cycles.append(" → ".join([*trail[trail.index(nxt) :], nxt]))
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert cycles == []


# Imports deferred on purpose, for start-up time, not to dodge a cycle (there is none: the cycle test runs with
# them counted as module-level imports too): `usrok ask` must not load Bolt, the scheduler and SQLAlchemy.
DEFERRED_FOR_STARTUP = {("bot.cli", "bot.runtime"), ("bot.cli", "bot.state"), ("bot.cli", "bot.digest_admin")}


def test_no_project_import_hides_inside_a_function() -> None:
    hidden = []
    for name, path in _modules().items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for func in ast.walk(tree):
            if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(func):
                if isinstance(node, ast.ImportFrom) and node.module:
                    imported = [node.module]
                elif isinstance(node, ast.Import):
                    imported = [a.name for a in node.names]
                else:
                    continue
                for module in imported:
                    if module.split(".")[0] in PACKAGES and (name, module) not in DEFERRED_FOR_STARTUP:
                        hidden.append(f"{name}.{func.name} imports {module}")
    assert hidden == []


@pytest.mark.parametrize("name", sorted(_modules()))
def test_every_module_stays_small(name: str) -> None:
    lines = len(_modules()[name].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_MODULE_LINES, f"{name} has {lines} lines: split it by job"
