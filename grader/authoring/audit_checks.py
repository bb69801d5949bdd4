"""The audit's checks of the material itself: known mistakes, hints, names, helpers, references' inputs and repeats."""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import re
import sys
from pathlib import Path

from grader.authoring.mutation import passes, passes_case
from grader.material.catalog import GradedExercise, Material, Raised, _helpers_on_path, _run_trusted, expected_bytes
from grader.material.spec import HIDDEN
from grader.material.stubs import END_MARKER, START_MARKER
from grader.sandbox import plaindata

MISTAKE_ID = re.compile(r"[a-z0-9]+(-[a-z0-9.]+)*")
HINT_LENGTH = (20, 320)  # a hint says what to look at in a sentence or two, not the solution
QUOTED_LINE = 12         # a solution line longer than this, quoted in a hint, gives the answer away


def where_defined(function, fallback: str) -> str:
    """`path:line` of a function's definition (fallback where it has none)."""
    try:
        return f"{inspect.getsourcefile(function)}:{inspect.getsourcelines(function)[1]}"
    except (TypeError, OSError):
        return fallback


def solution_lines(reference_file: Path) -> set[str]:
    """The right-hand sides of the reference's marked solution lines (what a hint must not quote)."""
    lines, inside = set(), False
    for line in reference_file.read_text(encoding="utf-8").splitlines():
        if START_MARKER.match(line):
            inside = True
        elif END_MARKER.match(line):
            inside = False
        elif inside and "=" in line and not line.strip().startswith("#"):
            lines.add(line.split("#")[0].split("=", 1)[1].strip())
    return {line for line in lines if len(line) > QUOTED_LINE}


def check_known_mistakes(graded: GradedExercise, quoted: set[str]) -> list[str]:
    """Each known mistake: a well-formed id and hint, the exercise's signature, fails a public and a hidden case, and
    differs from every other known mistake of the exercise on some case."""
    exercise = graded.exercise
    problems, ids = [], [mistake.id for mistake in exercise.misconceptions]
    for mistake in exercise.misconceptions:
        where = where_defined(mistake.implementation, f"{graded.key}: known mistake {mistake.id}")
        what = f"known mistake {mistake.id} of {exercise.name}"
        if ids.count(mistake.id) > 1:
            problems.append(f"{where}: {what}: the id is used twice in this exercise")
        if not MISTAKE_ID.fullmatch(mistake.id):
            problems.append(f"{where}: {what}: the id must be kebab-case (lowercase words and digits joined by '-')")
        low, high = HINT_LENGTH
        if not low < len(mistake.hint) <= high or not mistake.hint.endswith("."):
            problems.append(f"{where}: {what}: the hint must be a sentence of {low + 1} to {high} characters ending "
                            f"with '.' (it has {len(mistake.hint)})")
        quoting = sorted(line for line in quoted if line in mistake.hint)
        if quoting:
            problems.append(f"{where}: {what}: the hint quotes the solution line `{quoting[0]}`")
        unbound = _unbound_case(mistake.implementation, graded)
        if unbound:
            problems.append(f"{where}: {what} does not take the arguments of case {unbound[0]} ({unbound[1]}): give "
                            f"it the signature of {exercise.name}")
            continue
        # one that raises on every case is recognised by its exception (judging/misconceptions.py: raising alike)
        outputs = graded.mistake_outputs[mistake.id]
        failed = {case.id for case in exercise.cases if not passes_case(outputs[case.id], graded, case.id)}
        for visibility, label in ((HIDDEN, "hidden"), (None, "public")):
            chosen = [case.id for case in exercise.cases if (case.visibility == HIDDEN) == (visibility == HIDDEN)]
            if chosen and not failed & set(chosen):
                problems.append(f"{where}: {what} passes every {label} case: add a {label} case on which it is wrong")
    for index, mistake in enumerate(exercise.misconceptions):
        for other in exercise.misconceptions[index + 1:]:
            if all(_same(graded.mistake_outputs[mistake.id][case.id], graded.mistake_outputs[other.id][case.id], graded)
                   for case in exercise.cases):
                where = where_defined(other.implementation, f"{graded.key}: known mistake {other.id}")
                problems.append(f"{where}: known mistakes {mistake.id} and {other.id} of {exercise.name} return the "
                                f"same on every case: add a case that tells them apart, or keep one")
    return problems


def _same(one, other, graded: GradedExercise) -> bool:
    if isinstance(one, Raised) or isinstance(other, Raised):
        return isinstance(one, Raised) and isinstance(other, Raised) and one.kind == other.kind
    return passes(one, graded, other)


def _unbound_case(function, graded: GradedExercise) -> tuple[str, str] | None:
    """(case id, reason) of the first case whose arguments the function's signature cannot take."""
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError):
        return None
    for case in graded.exercise.cases:
        try:
            signature.bind(*case.args, **dict(case.kwargs))
        except TypeError as exc:
            return case.id, str(exc)
    return None


def inputs_snapshot(graded: GradedExercise) -> dict[str, str]:
    """Each case's inputs as JSON text: the same before and after the audit's runs, or some run wrote into them."""
    return {case.id: json.dumps(plaindata.encode([list(case.args), dict(case.kwargs)]), sort_keys=True)
            for case in graded.exercise.cases}


def check_references_repeat(material: Material, graded: GradedExercise) -> list[str]:
    """The reference, run again on every case (on copies of its inputs, as every run is), gives byte for byte what it
    gave when the material loaded."""
    problems = []
    reference_file = material.reference_files[graded.assignment.name]
    function = getattr(sys.modules.get(f"_grading_material_{reference_file.parent.name}.reference"),
                       graded.exercise.name, None)
    if function is None:
        return problems
    where = where_defined(function, str(reference_file))
    with _helpers_on_path(graded.assignment.helpers_dir):
        for case in graded.exercise.cases:
            again = _run_trusted(function, case, f"the reference of {graded.exercise.name}[{case.id}]")
            if expected_bytes(again) != graded.expected_json[case.id]:
                problems.append(f"{where}: {graded.exercise.name} returns another value on case {case.id} when run "
                                f"again: seed what it draws (Case(seed=...)) and keep no state between calls")
    return problems


def check_stub_runs(material: Material, name: str, stub: str) -> list[str]:
    """The stub students get, run on every case (it is the material's own code), passes none of them: its solution
    lines are all between the markers."""
    problems = []
    assignment = material.assignment(name)
    reference_file = material.reference_files[name]
    namespace = {"__name__": f"_audit_stub_{name}", "__file__": str(reference_file), "__builtins__": __builtins__}
    with _helpers_on_path(assignment.helpers_dir):
        try:
            exec(compile(stub, f"{name}.py (the stub)", "exec"), namespace)
        except Exception as exc:  # noqa: BLE001 - trusted material; reported
            return [f"{reference_file}: the stub students get does not run: {type(exc).__name__}: {exc}"]
        for graded in material.exercises_of(assignment):
            function = namespace.get(graded.exercise.name)
            if not callable(function):
                continue
            passed = [case.id for case in graded.exercise.cases
                      if _passes_or_none(function, case, graded)]
            if passed:
                line = next((node.lineno for node in ast.parse(reference_file.read_text(encoding="utf-8")).body
                             if isinstance(node, ast.FunctionDef) and node.name == graded.exercise.name), 1)
                problems.append(f"{reference_file}:{line}: the stub students get already "
                                f"passes {graded.exercise.name}[{passed[0]}]: move its solution lines between the "
                                f"code markers")
    return problems


def _passes_or_none(function, case, graded: GradedExercise) -> bool:
    try:
        got = _run_trusted(function, case, "the stub")
    except Exception:  # noqa: BLE001 - a stub that raises is not implemented
        return False
    return passes_case(got, graded, case.id)


def check_names(material: Material) -> list[str]:
    """Names that must be unique: an exercise's names and older names within its assignment, the released files."""
    problems = []
    for assignment in material.assignments:
        where = material.reference_files[assignment.name].parent / "grading.py"
        names: dict[str, str] = {}
        for exercise in assignment.exercises:
            for name in (exercise.name, *exercise.aliases):
                if name in names and names[name] != exercise.name:
                    problems.append(f"{where}: {name} names two exercises of {assignment.name} "
                                    f"({names[name]} and {exercise.name})")
                names.setdefault(name, exercise.name)
    released: dict[str, str] = {}
    shared = material.solutions_dir / "helpers"
    for assignment in material.assignments:
        own = assignment.helpers_dir is not None and assignment.helpers_dir != shared.resolve()
        folder = f"{assignment.name}/" if own else ""
        for name in (f"{folder}{assignment.name}.py", f"{folder}{assignment.name}.ipynb"):
            if name in released:
                problems.append(f"{material.reference_files[assignment.name]}: the stub {name} would also be "
                                f"{released[name]}'s: rename the assignment")
            released[name] = assignment.name
        helpers = sorted(assignment.helpers_dir.glob("*.py")) if assignment.helpers_dir is not None else []
        for helper in helpers:
            if helper.stem == assignment.name:
                problems.append(f"{helper}: a helper module is named like the assignment {assignment.name}, whose "
                                f"stub {helper.stem}.py it would replace: rename one")
    return problems


def check_helpers(material: Material) -> list[str]:
    """Every helper module imports, and needs only numpy, the standard library and its sibling helpers."""
    problems = []
    for folder in material.helpers_dirs:
        siblings = {path.stem for path in folder.glob("*.py")}
        with _helpers_on_path(folder):
            for path in sorted(folder.glob("*.py")):
                try:
                    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
                except SyntaxError as exc:
                    problems.append(f"{path}:{exc.lineno}: the helper does not parse: {exc.msg}")
                    continue
                for node in ast.walk(tree):
                    names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else \
                        [node.module] if isinstance(node, ast.ImportFrom) and node.module and not node.level else []
                    for name in names:
                        top = name.split(".")[0]
                        if top not in sys.stdlib_module_names and top not in siblings and top != "numpy":
                            problems.append(f"{path}:{node.lineno}: the helper imports {name}: helpers may use only "
                                            f"numpy, the standard library and each other (students' machines and the "
                                            f"student process have nothing else)")
                try:
                    importlib.import_module(path.stem)
                except Exception as exc:  # noqa: BLE001 - any failure of trusted material is reported
                    problems.append(f"{path}: the helper does not import: {type(exc).__name__}: {exc}")
    return problems
