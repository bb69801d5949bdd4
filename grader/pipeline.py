"""Grades one submission: discover -> run each case in the student process -> compare -> score."""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
from pathlib import Path

from grader.judging.compare import MAX_MISMATCHES, compare
from grader.judging.evidence import code_excerpt, difference_picture
from grader.judging.misconceptions import comparable, recognise
from grader.judging.results import (ERROR, FAILED, MISSING, NOT_IMPLEMENTED, PASSED, TIMEOUT, CaseResult,
                                    ExerciseResult, SubmissionResult, exercise_score, exercise_status)
from grader.material.catalog import GradedExercise, Material
from grader.material.spec import HIDDEN
from grader.sandbox import plaindata
from grader.sandbox.loading import code_lines
from grader.sandbox.runner import DIED, IDENTICAL, SKIPPED, TIMEOUT as TIMED_OUT, ExerciseCall, StudentProcess
from grader.submission.discover import Definition, discover
from grader.submission.sources import Chunk

DEFAULT_TIMEOUT = 0.5  # per case: the references take at most 10 ms on these inputs, and a loop costs a core this long


def grade_submission(submission: Path, material: Material, timeout: float | None = None,
                     public_only: bool = False, process: StudentProcess | None = None) -> SubmissionResult:
    """Grade every exercise of the material against one submission (raises NothingToGrade).

    public_only: run the public cases only (a student's self-check; hidden cases wait for hand-in): each
    exercise is then worth the public cases' share of its points (see _public_only).
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
            result.cases = _judge_outcomes(graded, call, next(outcomes), returned, own)
            result.misconceptions = recognise(graded, result.cases, returned)
        results.append(_finish(result, chosen, found.chunks) if chosen is not None else result)
    return SubmissionResult(submission=str(submission), exercises=results, problems=found.problems, output=output,
                            isolation=process.confinement.level)


def _loadable(chunk: Chunk, statements: list) -> dict:
    """A chunk as the student process gets it: a chunk that loads nothing (a test call, a plot) is sent empty."""
    return {"label": chunk.label, "source": chunk.source if statements else "", "statements": statements}


def _public_only(graded: GradedExercise) -> GradedExercise:
    """The exercise with its public cases only, worth what they carry of its points (at most a quarter, see
    material.MAX_PUBLIC_SHARE): a self-check that passes them all scores what they will score at hand-in."""
    exercise = graded.exercise
    public = tuple(case for case in exercise.cases if case.visibility != HIDDEN)
    total = sum(case.weight for case in exercise.cases)
    points = round(exercise.points * sum(case.weight for case in public) / total, 4) if total else 0.0
    return dataclasses.replace(graded, exercise=dataclasses.replace(exercise, cases=public, points=points))


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


class OwnCopy:
    """The grader's own copy of the submission's code: what it read, by chunk label ("ex.py", "ex.ipynb [cell 7]").

    The student process's account of where an exception happened names files and lines that student code
    can forge (a code object's file name, its line numbers, the child's linecache); the lines shown are
    taken from here, never from that account.
    """

    def __init__(self, chunks: dict[str, list[Chunk]]):
        self._sources = {chunk.label: chunk.source for file_chunks in chunks.values() for chunk in file_chunks}
        self._lines: dict[str, list[str]] = {}

    def line(self, label: str, number: int) -> str | None:
        """The text of line `number` of that file or cell as the grader read it, or None (no such file or line)."""
        if label not in self._sources:
            return None
        lines = self._lines.get(label)
        if lines is None:
            lines = self._lines[label] = code_lines(self._sources[label])
        return lines[number - 1] if 1 <= number <= len(lines) else None


def _judge_outcomes(graded: GradedExercise, call: ExerciseCall, outcomes: list, returned: dict[str, object],
                    own: OwnCopy):
    """Each case's result; what the student returned (when readable and not None) goes into `returned`."""
    results = []
    identical = []  # ids of cases whose reply was the expected value, byte for byte (not decoded)
    for case, outcome in zip(graded.exercise.cases, outcomes):
        if outcome.kind == TIMED_OUT:
            results.append(_case(case, TIMEOUT, f"did not finish within {call.timeout:g} s (an infinite loop?)"))
        elif outcome.kind == SKIPPED:
            results.append(_case(case, TIMEOUT, "not run: an earlier case of this exercise timed out"))
        elif outcome.kind == DIED:
            results.append(_case(case, ERROR, _died(outcome.reason, case.visibility == HIDDEN)))
        elif outcome.kind == IDENTICAL:  # the expected value, byte for byte: nothing to read or compare
            identical.append(case.id)
            results.append(_case(case, PASSED, ""))
        else:
            results.append(_judge(case, outcome.reply, graded, returned, own))
    if identical and any(result.status != PASSED for result in results):  # known mistakes are checked on every case
        returned.update((case_id, graded.expected[case_id]) for case_id in identical)  # what decoding would give
    return results


MALFORMED = "it sent a malformed reply"


def _died(reason: str, hidden: bool) -> str:
    """Why the child ended. Not for a hidden case: its exit code, the signal that killed it and what the runner
    says of a malformed reply (its length, where its JSON breaks) are the student's choice, so they could carry
    the case's inputs; only the kind of ending is said."""
    if not hidden:
        return f"the process running your code ended: {reason}"
    if reason.startswith(MALFORMED):
        return f"the process running your code ended: {MALFORMED}"
    return "the process running your code ended (it exited, crashed or was killed)"


def _judge(case, reply: dict, graded: GradedExercise, returned: dict[str, object], own: OwnCopy) -> CaseResult:
    status = reply.get("status")
    hidden = case.visibility == HIDDEN
    if status == "not_implemented":
        return _case(case, NOT_IMPLEMENTED, "raised NotImplementedError")
    if status == "raised":
        return _error_case(case, reply, hidden, own)
    if status != "returned":
        return _case(case, ERROR, "the process running your code sent an unexpected reply")
    try:
        got = plaindata.decode(reply.get("value"))
    except (plaindata.PlainDataError, ValueError, TypeError) as exc:
        # the reason may quote the reply (a dtype's name, a node's kind): not for a hidden case
        return _case(case, ERROR, "the returned value could not be read" + ("" if hidden else f": {exc}"))
    if got is None:
        return _case(case, NOT_IMPLEMENTED, "returned None (not implemented yet?)")
    returned[case.id] = got
    expected = comparable(got, graded.expected[case.id], graded.exercise.accepted_prefixes)
    mismatches = compare(got, expected, graded.exercise.tolerance)
    if not mismatches:
        return _case(case, PASSED, "")
    texts = [_hidden_text(m) if hidden else m.public_text() for m in mismatches[:MAX_MISMATCHES]]
    if len(mismatches) > MAX_MISMATCHES:
        texts.append(f"... and {len(mismatches) - MAX_MISMATCHES} more differences")
    failed = _case(case, FAILED, "; ".join(texts) if hidden else "\n".join(texts))
    if not hidden:
        failed.picture = difference_picture(mismatches)
    return failed


def _hidden_text(mismatch) -> str:
    """Where and what kind of difference, without numbers: a constant factor's value is the student's choice
    (their correct result times a number they pick), so it is not said."""
    kind = mismatch.kind
    if "off by a" in kind:
        kind = kind[:kind.index("off by a")] + "off by a constant factor"
    return f"{mismatch.where}: {kind}"


def _error_case(case, reply: dict, hidden: bool, own: OwnCopy) -> CaseResult:
    """The student process's account of an exception; its fields are checked (the process may have forged them).

    The code shown is the line from the grader's own copy of the file. For a hidden case only what the grader
    can vouch for is kept: the exception's kind when it is a built-in exception (a class of the student's
    could be named after the inputs), and frames in a file or cell the grader read, at a line it has, with
    that line's code (a frame's function name and file are the student's to choose, its code comes from a
    linecache the student can rewrite).
    """
    reply = reply if isinstance(reply, dict) else {}
    sent = reply.get("frames")
    frames = []
    for frame in sent if isinstance(sent, list) else []:
        # A frame is kept only as the worker writes it: an int line, a str file, str function/code (absent: empty).
        if not isinstance(frame, dict):
            continue
        line, file, function, code = frame.get("line"), frame.get("file"), frame.get("function", ""), \
            frame.get("code", "")
        if type(line) is not int or not all(isinstance(text, str) for text in (file, function, code)):
            continue
        copy = own.line(file, line)
        if hidden:
            if copy is None:
                continue
            function = ""
        code = copy.strip() if copy is not None else code
        frames.append({"file": file[:2000], "function": function[:2000], "code": code[:2000], "line": line})
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
        message = f"{kind if _builtin_exception(kind) else 'an exception'} raised"
    return CaseResult(case.id, case.visibility, ERROR, message + where, case.weight, frames)


def _builtin_exception(name) -> bool:
    """Whether name is the name of a built-in exception class (ValueError, IndexError, SystemExit...)."""
    value = getattr(builtins, name, None) if isinstance(name, str) and name.isidentifier() else None
    return isinstance(value, type) and issubclass(value, BaseException)


def _case(case, status: str, message: str) -> CaseResult:
    return CaseResult(id=case.id, visibility=case.visibility, status=status, message=message, weight=case.weight)
