"""The engine's layout: each stage package imports only the stages below it, no cycles, every module in a stage."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

from conftest import REPO

GRADER = REPO / "grader"
TOP_LEVEL = {"__init__", "cli", "pipeline"}  # the only modules outside a stage package

# What each part of the engine may import of the rest (the root package `grader`, which holds only the version, is
# open to all). The sandbox is the trust boundary: it imports nothing else of the grader, so auditing it means
# reading grader/sandbox/ and nothing more. Reports and the class layer sit above judging; nothing imports the CLI.
ALLOWED = {
    "sandbox": set(),
    "material": {"sandbox"},
    "submission": {"material", "sandbox"},
    "judging": {"submission", "material", "sandbox"},
    "reports": {"judging", "material", "sandbox"},
    "pipeline": {"submission", "sandbox", "judging", "material"},
    "classroom": {"pipeline", "reports", "judging", "submission", "material", "sandbox"},
    "authoring": {"pipeline", "reports", "judging", "submission", "material", "sandbox"},
    "cli": {"authoring", "classroom", "pipeline", "reports", "judging", "submission", "material", "sandbox"},
}
PACKAGES = sorted(name for name in ALLOWED if (GRADER / name).is_dir())


def module_name(path: Path, base: Path = REPO) -> str:
    parts = path.relative_to(base).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def engine_modules(base: Path = REPO) -> dict[str, Path]:
    """grader.x.y -> its file, for the engine under base (the repository, or a copy of grader/ in a test)."""
    return {module_name(path, base): path for path in sorted((base / "grader").rglob("*.py"))
            if "__pycache__" not in path.parts}


def part(module: str) -> str:
    """The stage a module belongs to: its package under grader/, or its own name at the top level."""
    pieces = module.split(".")
    return "grader" if len(pieces) == 1 else pieces[1]


def imports(path: Path, modules: dict[str, Path]) -> list[tuple[int, str]]:
    """(line, module) for every import of the grader in the file, at any depth (a lazy import is still a dependency).

    `from grader.sandbox import levels` depends on grader.sandbox.levels; `from grader.x import name` on grader.x.
    """
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found += [(node.lineno, f"{node.module}.{alias.name}" if f"{node.module}.{alias.name}" in modules
                       else node.module) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            found.append((node.lineno, "." * node.level + (node.module or "")))  # relative: refused below
    return [(line, name) for line, name in found if name.split(".")[0] == "grader" or name.startswith(".")]


def direction_violations(modules: dict[str, Path], base: Path = REPO) -> list[str]:
    problems = []
    for module, path in modules.items():
        for line, target in imports(path, modules):
            where = f"{path.relative_to(base)}:{line}"
            if target.startswith("."):
                problems.append(f"{where}: relative import {target!r} (the direction test reads absolute ones)")
                continue
            source, destination = part(module), part(target)
            if destination in ("grader", source):
                continue
            if destination not in ALLOWED.get(source, set()):
                allowed = ", ".join(sorted(ALLOWED.get(source, ()))) or "nothing else of the grader"
                problems.append(f"{where}: {source} imports {target} ({destination}); {source} may import {allowed}")
    return problems


def cycles(modules: dict[str, Path]) -> list[list[str]]:
    graph = {module: sorted({target for _, target in imports(path, modules) if target in modules and target != module})
             for module, path in modules.items()}
    found, state = [], {}

    def visit(module: str, trail: list[str]) -> None:
        state[module] = "open"
        for target in graph[module]:
            if state.get(target) == "open":
                found.append(trail[trail.index(target):] + [target])
            elif target not in state:
                visit(target, trail + [target])
        state[module] = "done"

    for module in graph:
        if module not in state:
            visit(module, [module])
    return found


def test_every_stage_imports_only_the_stages_below_it():
    assert direction_violations(engine_modules()) == []


def test_no_module_of_the_engine_imports_itself_back_through_others():
    assert cycles(engine_modules()) == []


def test_the_sandbox_needs_only_the_standard_library_and_numpy():
    """Student processes import grader.sandbox; nothing the grader's other stages use (jinja2, click, nbformat)."""
    allowed = set(sys.stdlib_module_names) | {"numpy", "grader"}
    for path in sorted((GRADER / "sandbox").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else \
                [node.module] if isinstance(node, ast.ImportFrom) and node.module else []
            assert all(name.split(".")[0] in allowed for name in names), (path.name, node.lineno, names)


def test_every_module_lies_in_a_stage_package_that_says_what_it_may_import():
    """grader/ holds the stage packages and cli.py and pipeline.py; each package's one-line docstring ends with the
    imports ALLOWED gives it, so the rule a reader sees is the one this test enforces."""
    for module, path in engine_modules().items():
        pieces = module.split(".")
        if len(pieces) == 2 and path.name != "__init__.py":
            assert pieces[1] in TOP_LEVEL, f"{path.relative_to(REPO)} belongs in one of the stage packages {PACKAGES}"
        if len(pieces) > 2:
            assert pieces[1] in ALLOWED and len(pieces) == 3, f"{path.relative_to(REPO)}: not in a known stage"
    for package in PACKAGES:
        docstring = ast.get_docstring(ast.parse((GRADER / package / "__init__.py").read_text(encoding="utf-8")))
        assert docstring and "\n" not in docstring, f"grader/{package}/__init__.py needs a one-line docstring"
        said = re.search(r"\(imports: ([^)]*)\)\.?$", docstring)
        assert said, f"grader/{package}/__init__.py must end with '(imports: ...)'"
        named = set() if said.group(1) == "nothing else of the grader" else set(said.group(1).split(", "))
        assert named == ALLOWED[package], (package, said.group(1))


def test_the_installed_packages_are_the_stage_packages():
    """pip install . (not editable) carries what pyproject lists: every stage package must be listed."""
    listed = set(re.findall(r'"(grader(?:\.\w+)?)"', (REPO / "pyproject.toml").read_text(encoding="utf-8")))
    assert {"grader", *(f"grader.{package}" for package in PACKAGES)} <= listed


@pytest.mark.parametrize("bad", [
    ("sandbox/runner.py", "from grader.judging import results\n", "sandbox imports grader.judging.results"),
    ("judging/compare.py", "from grader.reports.terminal import render\n", "judging imports grader.reports.terminal"),
    ("material/spec.py", "def f():\n    from grader.pipeline import grade_submission\n", "material imports grader.pipeline"),
    ("reports/exports.py", "import grader.classroom.gradebook\n", "reports imports grader.classroom.gradebook"),
])
def test_an_import_against_the_direction_is_named_with_its_file_and_line(tmp_path, bad):
    """The checks above on a copy of the engine with one wrong import added (last line of the file)."""
    relative, line, message = bad
    copy = tmp_path / "grader"
    for path in GRADER.rglob("*.py"):
        if "__pycache__" not in path.parts:
            target = copy / path.relative_to(GRADER)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    file = copy / relative
    file.write_text(file.read_text(encoding="utf-8") + line, encoding="utf-8")
    problems = direction_violations(engine_modules(tmp_path), tmp_path)
    assert len(problems) == 1 and message in problems[0] and problems[0].startswith(f"grader/{relative}:"), problems


def test_a_cycle_is_found():
    modules = {"grader.judging.a": None, "grader.judging.b": None}
    sources = {"grader.judging.a": "from grader.judging import b\n", "grader.judging.b": "import grader.judging.a\n"}

    class Source:
        def __init__(self, module):
            self.module = module

        def read_text(self, encoding=None):
            return sources[self.module]

        def __str__(self):
            return self.module

    found = cycles({module: Source(module) for module in modules})
    assert found == [["grader.judging.a", "grader.judging.b", "grader.judging.a"]]
