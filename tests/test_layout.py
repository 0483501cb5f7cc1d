"""The shape of the code (docs/architecture.md): imports point one way, down the data flow, and no
module imports one that imports it back, directly or through others.

Every import is counted, those inside functions too (a lazy import is still a dependency).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("pipeline", "extractors", "schemas")

#: Layers, lowest first: a module may import its own layer or a lower one, never a higher one.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("schemas",),
    ("extractors", "pipeline.nlp"),
    (
        "pipeline.read",
        "pipeline.clean",
        "pipeline.store",
        "pipeline.display",
        "pipeline.trend",
        "pipeline.chart",
    ),
    ("pipeline.run", "pipeline.scrape", "pipeline.evaluate", "pipeline.serve"),
    ("pipeline.cli",),
)


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.parts:
                found[_module_name(path)] = path
    return found


MODULES = _modules()


def _target(name: str) -> str | None:
    """The project module an import names (a submodule when `from package import submodule`)."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _imports(module: str, path: Path) -> set[str]:
    targets = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [f"{node.module}.{alias.name}" for alias in node.names]
        for name in names:
            if name.split(".")[0] in PACKAGES and (target := _target(name)) and target != module:
                targets.add(target)
    return targets


GRAPH = {module: _imports(module, path) for module, path in MODULES.items()}


def _layer(module: str) -> int:
    if module == "pipeline":
        return 0  # the namespace's own __init__ holds a docstring only (checked below)
    for rank, prefixes in enumerate(LAYERS):
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return rank
    raise AssertionError(f"{module} is in no layer of LAYERS: add it there and to the docs")


def test_every_module_has_a_layer() -> None:
    for module in MODULES:
        _layer(module)


def test_imports_point_down_the_layers() -> None:
    upward = [
        f"{module} → {target}"
        for module, targets in GRAPH.items()
        for target in sorted(targets)
        if _layer(target) > _layer(module)
    ]
    assert upward == []


def test_no_import_circles() -> None:
    # Depth-first search for a back edge; the package __init__ a submodule implies is not an
    # edge (it runs first either way), only what each file itself imports.
    state: dict[str, int] = {}
    circles: list[list[str]] = []

    def visit(module: str, trail: list[str]) -> None:
        state[module] = 1
        for target in sorted(GRAPH[module]):
            if state.get(target) == 1:
                circles.append([*trail[trail.index(target) :], target])
            elif target not in state:
                visit(target, [*trail, target])
        state[module] = 2

    for module in sorted(GRAPH):
        if module not in state:
            visit(module, [module])
    assert circles == []


@pytest.mark.parametrize(
    "stage",
    ["pipeline.read", "pipeline.clean", "pipeline.scrape", "pipeline.store", "pipeline.run"],
)
def test_each_stage_folder_says_what_goes_in_and_out(stage: str) -> None:
    doc = ast.get_docstring(ast.parse(MODULES[stage].read_text(encoding="utf-8")))
    assert doc and "──" in doc, f"{stage}/__init__.py should draw its input → output"


def test_the_public_api_stays_importable() -> None:
    from extractors import extract_figures, extract_programs, parse_number
    from pipeline.run import run_extract

    assert all(callable(f) for f in (extract_figures, extract_programs, parse_number, run_extract))
