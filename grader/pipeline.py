"""Grades one submission: discover -> run each case in the student process -> compare -> score."""

from __future__ import annotations

import contextlib
import dataclasses
from pathlib import Path

from grader import plaindata
from grader.compare import MAX_MISMATCHES, compare
from grader.discover import Definition, discover
from grader.evidence import code_excerpt, difference_picture
from grader.material import GradedExercise, Material
from grader.misconceptions import comparable, recognise
from grader.results import (ERROR, FAILED, MISSING, NOT_IMPLEMENTED, PASSED, TIMEOUT, CaseResult,
                            ExerciseResult, SubmissionResult, exercise_score, exercise_status)
from grader.runner import StudentProcess, StudentProcessDied, StudentProcessTimeout
from grader.sources import Chunk
from grader.spec import HIDDEN

DEFAULT_TIMEOUT = 10.0


def grade_submission(submission: Path, material: Material, timeout: float | None = None,
                     public_only: bool = False, process: StudentProcess | None = None) -> SubmissionResult:
    """Grade every exercise of the material against one submission (raises NothingToGrade).

    public_only: run the public cases only (a student's self-check; hidden cases wait for hand-in).
    process: a student process already started (the caller stops it); by default one of our own.
    """
    found = discover(Path(submission), material.exercise_names(), material.provided_modules())
    exercises = [_public_only(graded) for graded in material.exercises] if public_only else material.exercises
    results = []
    with contextlib.nullcontext(process) if process else StudentProcess() as process:
        process.bind(found.root, [file for file in found.files if file.endswith(".py")], material.helpers_dirs)
        for graded in exercises:
            definitions = found.definitions.get(graded.exercise.name, [])
            results.append(_grade_exercise(graded, definitions, found.chunks, process, timeout))
        output = process.output()
    return SubmissionResult(submission=str(submission), exercises=results, problems=found.problems, output=output,
                            isolation=process.confinement.level)


def _public_only(graded: GradedExercise) -> GradedExercise:
    public = tuple(case for case in graded.exercise.cases if case.visibility != HIDDEN)
    return dataclasses.replace(graded, exercise=dataclasses.replace(graded.exercise, cases=public))


def _grade_exercise(graded: GradedExercise, definitions: list[Definition], chunks: dict[str, list[Chunk]],
                    process: StudentProcess, timeout: float | None) -> ExerciseResult:
    exercise = graded.exercise
    result = ExerciseResult(id=exercise.name, assignment=graded.assignment.name, status=MISSING,
                            score=0.0, max_score=float(exercise.points))
    if not definitions:
        result.cases = [_case(case, MISSING, f"no function named {exercise.name} was found") for case in exercise.cases]
        return result
    chosen = _choose(definitions, result)
    result.file, result.line = chosen.file, chosen.line
    if chosen.broken:
        result.cases = [_case(case, ERROR, f"cannot be loaded: {chosen.broken}") for case in exercise.cases]
    elif chosen.fingerprint == graded.stub_fingerprint:
        result.cases = [_case(case, NOT_IMPLEMENTED, "the function is still the stub") for case in exercise.cases]
    else:
        limit = exercise.timeout or timeout or DEFAULT_TIMEOUT
        returned: dict[str, object] = {}
        file_chunks = [{"label": chunk.label, "source": chunk.source} for chunk in chunks.get(chosen.file, [])]
        result.cases = _run_cases(graded, chosen, file_chunks, process, limit, returned)
        result.misconceptions = recognise(graded, result.cases, returned)
    result.status = exercise_status(result.cases)
    if result.status not in (PASSED, NOT_IMPLEMENTED):
        result.code = code_excerpt(chosen, chunks.get(chosen.file, []))
    result.score = exercise_score(result.cases, exercise.points)
    return result


def _choose(definitions: list[Definition], result: ExerciseResult) -> Definition:
    files = list(dict.fromkeys(definition.file for definition in definitions))
    chosen_file = files[0]
    # Within one file the last definition wins, as when Python (or a kernel) runs it top to bottom.
    chosen = [definition for definition in definitions if definition.file == chosen_file][-1]
    if len(files) > 1:
        result.notes.append(f"{result.id} is defined in {len(files)} files ({', '.join(files)}); "
                            f"graded the one in {chosen.label}")
    return chosen


def _run_cases(graded: GradedExercise, chosen: Definition, chunks: list[dict], process: StudentProcess,
               limit: float, returned: dict[str, object]) -> list[CaseResult]:
    """Each case's result; what the student returned (when readable and not None) goes into `returned`."""
    exercise = graded.exercise
    results = []
    timed_out = False
    for case in exercise.cases:
        if timed_out:
            results.append(_case(case, TIMEOUT, "not run: an earlier case of this exercise timed out"))
            continue
        args, kwargs = graded.encoded_inputs[case.id]
        request = {"file": chosen.file, "function": exercise.name, "args": args, "kwargs": kwargs,
                   "definition": {"chunk": chosen.chunk, "line": chosen.line},
                   "provided": dict(exercise.provided), "substitutes": dict(case.substitutes)}
        try:
            reply = process.call(request, limit, chunks)
        except StudentProcessTimeout:
            timed_out = True
            results.append(_case(case, TIMEOUT, f"did not finish within {limit:g} s (an infinite loop?)"))
            continue
        except StudentProcessDied as died:
            results.append(_case(case, ERROR, f"the process running your code ended: {died}"))
            continue
        results.append(_judge(case, reply, graded, returned))
    return results


def _judge(case, reply: dict, graded: GradedExercise, returned: dict[str, object]) -> CaseResult:
    status = reply.get("status")
    hidden = case.visibility == HIDDEN
    if status == "not_implemented":
        return _case(case, NOT_IMPLEMENTED, "raised NotImplementedError")
    if status == "raised":
        return _error_case(case, reply, hidden)
    if status != "returned":
        return _case(case, ERROR, "the process running your code sent an unexpected reply")
    try:
        got = plaindata.decode(reply.get("value"))
    except (plaindata.PlainDataError, ValueError, TypeError) as exc:
        return _case(case, ERROR, f"the returned value could not be read: {exc}")
    if got is None:
        return _case(case, NOT_IMPLEMENTED, "returned None (not implemented yet?)")
    returned[case.id] = got
    expected = comparable(got, graded.expected[case.id], graded.exercise.accepted_prefixes)
    mismatches = compare(got, expected, graded.exercise.tolerance)
    if not mismatches:
        return _case(case, PASSED, "")
    texts = [m.hidden_text() if hidden else m.public_text() for m in mismatches[:MAX_MISMATCHES]]
    if len(mismatches) > MAX_MISMATCHES:
        texts.append(f"... and {len(mismatches) - MAX_MISMATCHES} more differences")
    failed = _case(case, FAILED, "; ".join(texts) if hidden else "\n".join(texts))
    if not hidden:
        failed.picture = difference_picture(mismatches)
    return failed


def _error_case(case, reply: dict, hidden: bool) -> CaseResult:
    frames = [frame for frame in reply.get("frames", []) if isinstance(frame, dict)]
    where = ""
    if frames:
        last = frames[-1]
        where = f" at line {last.get('line')} of {last.get('file')}"
        if last.get("code"):
            where += f": {last.get('code')}"
    message = str(reply.get("message", "an exception was raised"))
    if hidden:
        message = f"{reply.get('type', 'an exception')} raised"
    return CaseResult(case.id, case.visibility, ERROR, message + where, case.weight, frames)


def _case(case, status: str, message: str) -> CaseResult:
    return CaseResult(id=case.id, visibility=case.visibility, status=status, message=message, weight=case.weight)
