"""Recognises known mistakes: a failing student's outputs that match a catalogued wrong implementation's outputs."""

from __future__ import annotations

from grader.judging.compare import compare
from grader.judging.results import PASSED, CaseResult, Misconception
from grader.material.catalog import RAISES, GradedExercise


def comparable(got, expected, accepted_prefixes):
    """The part of expected to compare got with: a prefix of a tuple where older course versions return fewer values."""
    if isinstance(expected, tuple) and isinstance(got, (tuple, list)) and len(got) in accepted_prefixes:
        return expected[:len(got)]
    return expected


def recognise(graded: GradedExercise, cases: list[CaseResult], returned: dict[str, object]) -> list[Misconception]:
    """Known mistakes whose outputs the student's match on every case where the student returned a value.

    Only for an exercise with a failed case: a correct implementation never gets a misconception.
    """
    if not returned or all(case.status == PASSED for case in cases):
        return []
    exercise = graded.exercise
    found = []
    for mistake in exercise.misconceptions:
        outputs = graded.mistake_outputs[mistake.id]
        # where the mistake raises (RAISES), a student who returned a value did not make it
        if all(outputs[case_id] is not RAISES and
               not compare(got, comparable(got, outputs[case_id], exercise.accepted_prefixes), exercise.tolerance)
               for case_id, got in returned.items()):
            found.append(Misconception(mistake.id, mistake.hint))
    return found
