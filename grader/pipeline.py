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
from grader.runner import DIED, IDENTICAL, SKIPPED, ExerciseCall, StudentProcess
from grader.runner import TIMEOUT as TIMED_OUT
from grader.sources import Chunk
from grader.spec import HIDDEN

DEFAULT_TIMEOUT = 0.5  # per case: the references take at most 10 ms on these inputs, and a loop costs a core this long


def grade_submission(submission: Path, material: Material, timeout: float | None = None,
                     public_only: bool = False, process: StudentProcess | None = None) -> SubmissionResult:
    """Grade every exercise of the material against one submission (raises NothingToGrade).

    public_only: run the public cases only (a student's self-check; hidden cases wait for hand-in).
    process: a student process already started (the caller stops it); by default one of our own.
    """
    found = discover(Path(submission), material.exercise_names(), material.provided_modules())
    exercises = [_public_only(graded) for graded in material.exercises] if public_only else material.exercises
    prepared = [_prepare(graded, found.definitions.get(graded.exercise.name, []), found.chunks, timeout,
                         _siblings(graded, exercises, found.definitions)) for graded in exercises]
    calls = [call for _, _, call in prepared if call is not None]
    files = {call.request["file"]: [_loadable(chunk, statements)
                                    for chunk, statements in zip(found.chunks.get(call.request["file"], []),
                                                                 found.statements.get(call.request["file"], []))]
             for call in calls}
    with contextlib.nullcontext(process) if process else StudentProcess() as process:
        process.bind(found.root, [file for file in found.files if file.endswith(".py")], material.helpers_dirs,
                     material.case_tables[public_only])
        outcomes = iter(process.run(calls, files) if calls else [])
        output = process.output()
    results = []
    for graded, (result, chosen, call) in zip(exercises, prepared):
        if call is not None:
            returned: dict[str, object] = {}
            result.cases = _judge_outcomes(graded, call, next(outcomes), returned)
            result.misconceptions = recognise(graded, result.cases, returned)
        results.append(_finish(result, chosen, found.chunks) if chosen is not None else result)
    return SubmissionResult(submission=str(submission), exercises=results, problems=found.problems, output=output,
                            isolation=process.confinement.level)


def _loadable(chunk: Chunk, statements: list) -> dict:
    """A chunk as the student process gets it: a chunk that loads nothing (a test call, a plot) is sent empty."""
    return {"label": chunk.label, "source": chunk.source if statements else "", "statements": statements}


def _public_only(graded: GradedExercise) -> GradedExercise:
    public = tuple(case for case in graded.exercise.cases if case.visibility != HIDDEN)
    return dataclasses.replace(graded, exercise=dataclasses.replace(graded.exercise, cases=public))


def _siblings(graded: GradedExercise, exercises: list[GradedExercise],
              definitions: dict[str, list[Definition]]) -> dict[str, Definition]:
    """The graded definitions of the exercise's assignment-mates: a graded function calls the student's own versions."""
    return {other.exercise.name: _preferred(definitions[other.exercise.name]) for other in exercises
            if other.assignment is graded.assignment and other is not graded and definitions.get(other.exercise.name)}


def _prepare(graded: GradedExercise, definitions: list[Definition], chunks: dict[str, list[Chunk]],
             timeout: float | None, siblings: dict[str, Definition]):
    """(result so far, chosen definition, the call to run or None): what can be judged without running is judged."""
    exercise = graded.exercise
    result = ExerciseResult(id=exercise.name, assignment=graded.assignment.name, status=MISSING,
                            score=0.0, max_score=float(exercise.points))
    if not definitions:
        result.cases = [_case(case, MISSING, f"no function named {exercise.name} was found") for case in exercise.cases]
        return result, None, None
    chosen = _choose(definitions, result)
    result.file, result.line = chosen.file, chosen.line
    if chosen.broken:
        result.cases = [_case(case, ERROR, f"cannot be loaded: {chosen.broken}") for case in exercise.cases]
        return result, chosen, None
    if chosen.fingerprint == graded.stub_fingerprint:
        result.cases = [_case(case, NOT_IMPLEMENTED, "the function is still the stub") for case in exercise.cases]
        return result, chosen, None
    mates = {name: {"chunk": mate.chunk, "line": mate.line} for name, mate in siblings.items()
             if mate.file == chosen.file and not mate.broken}
    request = {"file": chosen.file, "function": exercise.name,
               "definition": {"chunk": chosen.chunk, "line": chosen.line}, "siblings": mates,
               "provided": dict(exercise.provided)}
    limit = exercise.timeout or timeout or DEFAULT_TIMEOUT
    return result, chosen, ExerciseCall(request, list(range(len(exercise.cases))), limit,
                                        tuple(graded.expected_json[case.id] for case in exercise.cases))


def _finish(result: ExerciseResult, chosen: Definition, chunks: dict[str, list[Chunk]]) -> ExerciseResult:
    """Status, score and (unless passed or not implemented) the code excerpt of an exercise whose cases are judged."""
    result.status = exercise_status(result.cases)
    if result.status not in (PASSED, NOT_IMPLEMENTED):
        result.code = code_excerpt(chosen, chunks.get(chosen.file, []))
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


def _judge_outcomes(graded: GradedExercise, call: ExerciseCall, outcomes: list, returned: dict[str, object]):
    """Each case's result; what the student returned (when readable and not None) goes into `returned`."""
    results = []
    identical = []  # ids of cases whose reply was the expected value, byte for byte (not decoded)
    for case, outcome in zip(graded.exercise.cases, outcomes):
        if outcome.kind == TIMED_OUT:
            results.append(_case(case, TIMEOUT, f"did not finish within {call.timeout:g} s (an infinite loop?)"))
        elif outcome.kind == SKIPPED:
            results.append(_case(case, TIMEOUT, "not run: an earlier case of this exercise timed out"))
        elif outcome.kind == DIED:
            results.append(_case(case, ERROR, f"the process running your code ended: {outcome.reason}"))
        elif outcome.kind == IDENTICAL:  # the expected value, byte for byte: nothing to read or compare
            identical.append(case.id)
            results.append(_case(case, PASSED, ""))
        else:
            results.append(_judge(case, outcome.reply, graded, returned))
    if identical and any(result.status != PASSED for result in results):  # known mistakes are checked on every case
        returned.update((case_id, graded.expected[case_id]) for case_id in identical)  # what decoding would give
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
    """The student process's account of an exception; its fields are checked (the process may have forged them)."""
    reply = reply if isinstance(reply, dict) else {}
    sent = reply.get("frames")
    frames = []
    for frame in sent if isinstance(sent, list) else []:
        # A frame is kept only as the worker writes it: an int line, a str file, str function/code (absent: empty).
        if not isinstance(frame, dict):
            continue
        line, texts = frame.get("line"), [frame.get("file"), frame.get("function", ""), frame.get("code", "")]
        if type(line) is int and all(isinstance(text, str) for text in texts):
            frames.append(dict(zip(("file", "function", "code"), (text[:2000] for text in texts)), line=line))
    frames = frames[-10:]
    where = ""
    if frames:
        last = frames[-1]
        where = f" at line {last['line']} of {last['file']}"
        if last["code"]:
            where += f": {last['code']}"
    message, kind = reply.get("message"), reply.get("type")
    message = message[:2000] if isinstance(message, str) else "an exception was raised"
    if hidden:
        message = f"{kind[:200] if isinstance(kind, str) else 'an exception'} raised"
    return CaseResult(case.id, case.visibility, ERROR, message + where, case.weight, frames)


def _case(case, status: str, message: str) -> CaseResult:
    return CaseResult(id=case.id, visibility=case.visibility, status=status, message=message, weight=case.weight)
