"""`grade audit`: the grading material's own test, run by CI on solutions/ and by instructors on theirs."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Callable

from grader.authoring.audit_checks import (check_helpers, check_known_mistakes, check_names, check_references_repeat,
                                           check_stub_runs, inputs_snapshot, solution_lines)
from grader.authoring.mutation import ExerciseMutation, analyse_assignment
from grader.judging.results import NOT_IMPLEMENTED, PASSED
from grader.material.catalog import Material, MaterialError, default_solutions_dir, load_material
from grader.material.release import release_files
from grader.pipeline import grade_submission
from grader.sandbox.levels import Confinement
from grader.sandbox.runner import StudentProcess
from grader.submission.discover import NothingToGrade


def run_audit(solutions_dir: Path | None, confinement: Confinement, assignment: str | None = None,
              mutants: bool = True, min_kill: float = 0.95, all_survivors: bool = False,
              echo: Callable[[str], None] = print) -> bool:
    """Check the material and print what was found; True when every check passed."""
    solutions_dir = Path(solutions_dir or default_solutions_dir()).resolve()
    try:
        material = load_material(solutions_dir)
    except MaterialError as problem:
        echo(f"{solutions_dir}: the material does not load: {problem}")
        echo("audit failed: 1 problem")
        return False
    chosen = [item for item in material.assignments if assignment in (None, item.name)]
    if not chosen:
        echo(f"{solutions_dir}: no assignment named {assignment!r}")
        return False
    points = sum(graded.exercise.points for item in chosen for graded in material.exercises_of(item))
    exercises = sum(len(material.exercises_of(item)) for item in chosen)
    echo(f"auditing {solutions_dir}: {len(chosen)} assignments, {exercises} exercises, {points:g} points")
    problems = check_names(material) + check_helpers(material)
    short: list[str] = []
    with StudentProcess(confinement, hidden=(str(solutions_dir),)) as process:
        for item in chosen:
            echo(f"{item.name}")
            before = {graded.key: inputs_snapshot(graded) for graded in material.exercises_of(item)}
            found = _graded_problems(material, item.name, process, echo)
            for graded in material.exercises_of(item):
                found += check_known_mistakes(graded, solution_lines(material.reference_files[item.name]))
                found += check_references_repeat(material, graded)
            if mutants:
                for report in analyse_assignment(material, item.name):
                    passed = report.hidden_share() >= min_kill
                    echo(f"  {_mutation_line(report)}" + ("" if passed else f"  < {min_kill:.0%}"))
                    if not passed or all_survivors:
                        reference = material.reference_files[item.name]
                        for survivor in report.survivors:
                            public = " (a public case kills it)" if survivor.public_only else ""
                            echo(f"      survivor {reference}:{survivor.line}: {survivor.change}{public}")
                    if not passed:
                        short.append(f"{item.name}/{report.exercise}")
            for graded in material.exercises_of(item):
                changed = [case for case, text in inputs_snapshot(graded).items() if before[graded.key][case] != text]
                if changed:
                    found.append(f"{material.reference_files[item.name]}: the inputs of {graded.exercise.name}"
                                 f"[{changed[0]}] changed while it was graded: build them so that no run writes into "
                                 f"them (the engine passes copies; a helper that keeps a reference does not)")
            for problem in found:
                echo(f"  problem: {problem}")
            problems += found
    if short:
        problems.append(f"the hidden cases kill fewer than {min_kill:.0%} of the non-equivalent mutants of "
                        + ", ".join(short) + ": add cases on which the survivors listed above are wrong")
    if problems:
        echo(f"audit failed: {len(problems)} problem{'s' if len(problems) != 1 else ''}")
        for problem in problems:
            echo(f"  {problem}")
        return False
    echo("audit passed")
    return True


def _mutation_line(report: ExerciseMutation) -> str:
    counted = report.counted
    return (f"{report.exercise}: {report.total} mutants, {report.equivalent} equivalent; hidden cases kill "
            f"{report.killed_hidden} of {counted} ({report.hidden_share():.0%}), public cases {report.killed_public} "
            f"({report.public_share():.0%})")


def _graded_problems(material: Material, name: str, process: StudentProcess, echo) -> list[str]:
    """The reference, graded as a student's file twice, gets full marks byte-identically; the stub gets
    not_implemented on every exercise."""
    problems = []
    reference = material.reference_files[name]
    stub_name = f"{name}.py"
    stub = next(content for path, content in release_files(material).items() if path.split("/")[-1] == stub_name)
    with tempfile.TemporaryDirectory(prefix="grade-audit-") as scratch:
        folder = Path(scratch)
        (folder / "reference").mkdir()
        shutil.copyfile(reference, folder / "reference" / stub_name)
        (folder / "stub").mkdir()
        (folder / "stub" / stub_name).write_text(stub, encoding="utf-8")
        try:
            first = grade_submission(folder / "reference", material, process=process, assignment=name)
            second = grade_submission(folder / "reference", material, process=process, assignment=name)
            stubbed = grade_submission(folder / "stub", material, process=process, assignment=name)
        except NothingToGrade as reason:
            return [f"{reference}: the reference cannot be graded: {reason}"]
    for exercise in first.exercises:
        for case in exercise.cases:
            if case.status != PASSED:
                problems.append(f"{reference}: the reference fails {exercise.id}[{case.id}]: {case.status}: "
                                f"{case.message.splitlines()[0] if case.message else ''}".rstrip(": "))
    if first.to_json() != second.to_json():
        problems.append(f"{reference}: grading the reference twice gives two different results")
    for exercise in stubbed.exercises:
        if exercise.status != NOT_IMPLEMENTED:
            problems.append(f"{reference}: the stub students get is {exercise.status}, not not_implemented, on "
                            f"{exercise.id}: put its solution lines between the code markers")
    problems += check_stub_runs(material, name, stub)
    cases = sum(len(exercise.cases) for exercise in first.exercises)
    if not problems:
        echo(f"  references: full marks on {cases} cases, twice, identical; stub: every exercise not_implemented")
    return problems
