"""Grades one submission: discover -> run each case in the student process -> compare -> score."""

from __future__ import annotations

import contextlib
import re
import dataclasses
from itertools import groupby
from pathlib import Path

from grader.judging.verdicts import OwnCopy, case_result, conventions_used, judge_outcomes
from grader.judging.evidence import code_excerpt
from grader.judging.misconceptions import recognise
from grader.judging.results import (ERROR, FAILED, MISSING, NOT_IMPLEMENTED, PASSED, TIMEOUT, AssignmentResult,
                                    ExerciseResult, SubmissionResult, exercise_score, exercise_status)
from grader.material.catalog import GradedExercise, Material, public_points
from grader.material.spec import HIDDEN
from grader.sandbox import numpy1
from grader.sandbox.loading import code_lines
from grader.sandbox.runner import ExerciseCall, StudentProcess
from grader.submission.discover import Definition, Discovered, Listing, NothingToGrade, discover
from grader.submission.identify import identify, profiles
from grader.submission.templates import MAX_UNFILLED
from grader.submission.sources import Chunk

DEFAULT_TIMEOUT = 0.5  # per case: the references take at most 10 ms on these inputs, and a loop costs a core this long


def _references_if_material(submission: Path, material: Material) -> list[Path] | None:
    """The material folder itself is graded as its references (`grade solutions/`: full marks everywhere); its cases,
    known mistakes and helpers are not a student's work, and together they are over a submission's caps. Material
    without references (a student kit, material/kit.py) has no such folder: its files are the student's."""
    if not material.reference_files:
        return None
    try:
        folder = material.solutions_dir.resolve()
        if submission.resolve() != folder:
            return None
        return sorted(submission / path.resolve().relative_to(folder) for path in material.reference_files.values())
    except (OSError, ValueError):
        return None


def grade_submission(submission: Path, material: Material, timeout: float | None = None,
                     public_only: bool = False, process: StudentProcess | None = None,
                     assignment: str | None = None, listing: Listing | None = None) -> SubmissionResult:
    """Grade each assignment the submission's files are (raises NothingToGrade when they are none).

    Each file goes to the assignment(s) it is (submission/identify.py; assignment: all files to that one), and
    each assignment's functions are looked up among its own files only.
    public_only: run the public cases only (a student's self-check; hidden cases wait for hand-in): each
    exercise is then worth the public cases' share of its points (see _public_only).
    process: a student process already started (the caller stops it); by default one of our own.
    listing: the submission's files as listed where they came from (discover.candidate_files), if not listed here.
    """
    found = discover(Path(submission), material.exercise_names(), material.provided_modules(),
                     only=_references_if_material(Path(submission), material), listing=listing)
    identified = identify(found, profiles(material), only=assignment)
    if not identified.files:
        raise NothingToGrade(f"no assignment recognised in {submission}: " + "; ".join(identified.problems[:2]))
    exercises, prepared = [], []
    for name, files in identified.files.items():
        own_files = found.in_files(files)
        graded_here = [_public_only(graded) if public_only else graded
                       for graded in material.exercises_of(material.assignment(name))]
        exercises += graded_here
        prepared += [_prepare(graded, _definitions(graded, own_files), found.chunks, timeout,
                              _siblings(graded, graded_here, own_files), material.helpers_dirs)
                     for graded in graded_here]
    calls = [call for _, _, call in prepared if call is not None]
    files = {call.request["file"]: [_loadable(chunk, statements)
                                    for chunk, statements in zip(found.chunks.get(call.request["file"], []),
                                                                 found.statements.get(call.request["file"], []))]
             for call in calls}
    with contextlib.nullcontext(process) if process else StudentProcess(hidden=(str(material.solutions_dir),)) as process:
        process.bind(found.root, [file for file in found.files if file.endswith(".py")], material.helpers_dirs,
                     material.case_tables[public_only])
        outcomes = iter(process.run(calls, files) if calls else [])
        output = process.output()
    results = []
    own = OwnCopy(found.chunks)
    for graded, (result, chosen, call) in zip(exercises, prepared):
        if call is not None:
            returned: dict[str, object] = {}
            raised: dict[str, tuple[str, str]] = {}
            result.cases = judge_outcomes(graded, call, next(outcomes), returned, own, raised)
            result.misconceptions = recognise(graded, result.cases, returned, raised)
            result.notes += conventions_used(graded, result.cases, returned)
        results.append(_finish(result, chosen, found.chunks) if chosen is not None else result)
    _name_failing_callees(results, exercises, [chosen for _, chosen, _ in prepared], found.chunks)
    return SubmissionResult(submission=str(submission), exercises=results,
                            problems=found.problems + identified.problems, output=output,
                            isolation=process.confinement.level, assignments=_summaries(material, results))


def _summaries(material: Material, results: list[ExerciseResult]) -> list[AssignmentResult]:
    """Each graded assignment's title and points (its exercises are in results, in course order)."""
    summaries = []
    for name, exercises in groupby(results, key=lambda exercise: exercise.assignment):
        exercises = list(exercises)
        summaries.append(AssignmentResult(name, material.assignment(name).title,
                                          round(sum(exercise.score for exercise in exercises), 4),
                                          round(sum(exercise.max_score for exercise in exercises), 4)))
    return summaries


def _loadable(chunk: Chunk, statements: list) -> dict:
    """A chunk as the student process gets it: a chunk that loads nothing (a test call, a plot) is sent empty."""
    return {"label": chunk.label, "source": chunk.source if statements else "", "statements": statements}


def _public_only(graded: GradedExercise) -> GradedExercise:
    """The exercise with its public cases only, worth what they carry of its points (at most a quarter, see
    material.MAX_PUBLIC_SHARE): a self-check that passes them all scores what they will score at hand-in."""
    exercise = graded.exercise
    public = tuple(case for case in exercise.cases if case.visibility != HIDDEN)
    return dataclasses.replace(graded, exercise=dataclasses.replace(exercise, cases=public,
                                                                    points=public_points(exercise)))


def _definitions(graded: GradedExercise, found: Discovered) -> list[Definition]:
    """The exercise's definitions, under its name or an older one, in file order (then as they come in the file)."""
    names = (graded.exercise.name, *graded.exercise.aliases)
    definitions = [definition for name in names for definition in found.definitions.get(name, [])]
    if len(names) > 1:
        order = {file: index for index, file in enumerate(found.files)}
        definitions.sort(key=lambda definition: (order.get(definition.file, 0), definition.chunk, definition.line))
    return definitions


def _siblings(graded: GradedExercise, exercises: list[GradedExercise], found: Discovered) -> dict[str, Definition]:
    """The graded definitions of the exercise's assignment-mates, by the name the student gave them: a graded
    function calls the student's own versions."""
    mates = {}
    for other in exercises:
        if other.assignment is graded.assignment and other is not graded:
            definitions = _definitions(other, found)
            if definitions:
                chosen = _preferred(definitions)
                mates[chosen.name or other.exercise.name] = chosen
    return mates


def _prepare(graded: GradedExercise, definitions: list[Definition], chunks: dict[str, list[Chunk]],
             timeout: float | None, siblings: dict[str, Definition], helpers: list[Path]):
    """(result so far, chosen definition, the call to run or None): what can be judged without running is judged."""
    exercise = graded.exercise
    result = ExerciseResult(id=exercise.name, assignment=graded.assignment.name, status=MISSING,
                            score=0.0, max_score=float(exercise.points))
    if not definitions:
        result.cases = _every_case(exercise, MISSING, f"no function named {exercise.name} was found")
        return result, None, None
    chosen = _choose(definitions, result)
    result.file, result.line = chosen.file, chosen.line
    if chosen.template:  # the course's own template, of any generation, untouched (it may not even parse yet)
        result.cases = _every_case(exercise, NOT_IMPLEMENTED, "the function is still the course's template: its "
                                                              "code regions are not filled in")
        return result, chosen, None
    if chosen.broken:
        result.cases = _every_case(exercise, ERROR, f"cannot be loaded: {chosen.broken}")
        return result, chosen, None
    if chosen.fingerprint == graded.stub_fingerprint:
        result.cases = _every_case(exercise, NOT_IMPLEMENTED, "the function is still the stub")
        return result, chosen, None
    mates = {name: {"chunk": mate.chunk, "line": mate.line} for name, mate in siblings.items()
             if mate.file == chosen.file and not mate.broken}
    request = {"file": chosen.file, "function": chosen.name or exercise.name, "table": graded.key,
               "helpers": helpers.index(graded.assignment.helpers_dir) if graded.assignment.helpers_dir in helpers
               else None,
               "definition": {"chunk": chosen.chunk, "line": chosen.line}, "siblings": mates,
               "provided": dict(exercise.provided)}
    limit = exercise.timeout or timeout or DEFAULT_TIMEOUT
    return result, chosen, ExerciseCall(request, list(range(len(exercise.cases))), limit,
                                        tuple(graded.expected_json[case.id] for case in exercise.cases))


def _name_failing_callees(results: list[ExerciseResult], exercises: list[GradedExercise],
                          chosen: list[Definition | None], chunks: dict[str, list[Chunk]]) -> None:
    """A failing function that calls the student's own version of another exercise of its assignment that does not
    pass either (and no case replaces it with a substitute) gets a note naming that one: one mistake may cost
    points twice, and the note says where to look first."""
    status = {(result.assignment, result.id): result.status for result in results}
    for result, graded, definition in zip(results, exercises, chosen):
        if definition is None or result.status not in (FAILED, ERROR, TIMEOUT):
            continue
        substituted = {name for case in graded.exercise.cases for name in case.substitutes}
        mates = [other.exercise.name for other in exercises if other.assignment is graded.assignment
                 and other is not graded and other.exercise.name not in substituted
                 and status.get((other.assignment.name, other.exercise.name)) not in (PASSED, None)]
        if not mates:
            continue
        source = chunks[definition.file][definition.chunk].source
        text = "\n".join(code_lines(source)[definition.line - 1:definition.end_line or definition.line])
        called = [name for name in mates if re.search(rf"\b{re.escape(name)}\s*\(", text)]
        if called:
            names = ", ".join(called)
            result.notes.append(f"{result.id} calls your {names}, which does not pass yet: fix "
                                f"{'it' if len(called) == 1 else 'them'} first, this one may then pass too")


def _unfilled_note(chosen: Definition) -> str:
    """Which lines of a partly filled function are still the template's (from the grader's own copy)."""
    shown = [f"line {line} is still `{text}`" for line, text in chosen.unfilled[:MAX_UNFILLED]]
    more = len(chosen.unfilled) - MAX_UNFILLED
    return f"in {chosen.label}, " + "; ".join(shown) + (f" (and {more} more)" if more > 0 else "") + \
        ": the template's placeholders are not filled in"


def _every_case(exercise, status: str, message: str) -> list:
    """The same result for every case of the exercise (judged without running: missing, unloadable, the stub)."""
    return [case_result(case, status, message) for case in exercise.cases]


def _finish(result: ExerciseResult, chosen: Definition, chunks: dict[str, list[Chunk]]) -> ExerciseResult:
    """Status, score and (unless passed or not implemented) the code excerpt of an exercise whose cases are judged."""
    result.status = exercise_status(result.cases)
    result.notes += [numpy1.note(name) for name in chosen.numpy1]
    if result.status not in (PASSED, NOT_IMPLEMENTED):
        result.code = code_excerpt(chosen, chunks.get(chosen.file, []))
        if chosen.unfilled:
            result.notes.append(_unfilled_note(chosen))
    result.score = exercise_score(result.cases, float(result.max_score))
    return result


def _preferred(definitions: list[Definition]) -> Definition:
    """The first file's last definition: within a file the last one wins, as when a kernel runs it top to bottom."""
    first_file = definitions[0].file
    return [definition for definition in definitions if definition.file == first_file][-1]


def _choose(definitions: list[Definition], result: ExerciseResult) -> Definition:
    files = list(dict.fromkeys(definition.file for definition in definitions))
    chosen = _preferred(definitions)
    if len(files) > 1:
        result.notes.append(f"{result.id} is defined in {len(files)} files ({', '.join(files)}); "
                            f"graded the one in {chosen.label}")
    return chosen
