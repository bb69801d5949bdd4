"""Recognises known mistakes: a failing student's outputs that match a catalogued wrong implementation's outputs."""

from __future__ import annotations

from grader.judging.compare import compare
from grader.judging.results import PASSED, CaseResult, Misconception
from grader.material.catalog import GradedExercise, Raised
from grader.material.spec import PUBLIC


def comparable(got, expected, accepted_prefixes):
    """The part of expected to compare got with: a prefix of a tuple where older course versions return fewer values."""
    if isinstance(expected, tuple) and isinstance(got, (tuple, list)) and len(got) in accepted_prefixes:
        return expected[:len(got)]
    return expected


def recognise(graded: GradedExercise, cases: list[CaseResult], returned: dict[str, object],
              raised: dict[str, tuple[str, str]] | None = None) -> list[Misconception]:
    """Known mistakes whose outputs the student's match on every case where the student returned a value; where the
    student's code returned nothing, known mistakes that raise as it does (the same exception on every case it
    raised on, with the same message on the public ones, whose inputs the student sees anyway).

    Only for an exercise with a failed case: a correct implementation never gets a misconception.
    """
    if all(case.status == PASSED for case in cases):
        return []
    if not returned:
        return _raising_alike(graded, cases, raised or {})
    exercise = graded.exercise
    found = []
    for mistake in exercise.misconceptions:
        outputs = graded.mistake_outputs[mistake.id]
        # where the mistake raises, a student who returned a value did not make it
        if all(not isinstance(outputs[case_id], Raised) and
               not compare(got, comparable(got, outputs[case_id], exercise.accepted_prefixes), exercise.tolerance)
               for case_id, got in returned.items()):
            found.append(Misconception(mistake.id, mistake.hint))
    return found


def _raising_alike(graded: GradedExercise, cases: list[CaseResult], raised: dict[str, tuple[str, str]]):
    public = {case.id for case in cases if case.visibility == PUBLIC}
    if not raised or not public & raised.keys():
        return []
    found = []
    for mistake in graded.exercise.misconceptions:
        outputs = graded.mistake_outputs[mistake.id]
        if all(isinstance(outputs[case_id], Raised) and outputs[case_id].kind == kind and
               (case_id not in public or outputs[case_id].message == message)
               for case_id, (kind, message) in raised.items()):
            found.append(Misconception(mistake.id, mistake.hint))
    return found
