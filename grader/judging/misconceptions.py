"""Recognises known mistakes: a failing student's outputs that match a catalogued wrong implementation's outputs."""

from __future__ import annotations

import math

import numpy as np

from grader.judging.compare import ABSENT, agrees, leaves, part, part_name
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
               agrees(got, comparable(got, outputs[case_id], exercise.accepted_prefixes), exercise.tolerance)
               for case_id, got in returned.items()):
            found.append(Misconception(mistake.id, mistake.hint))
    return found or _by_parts(graded, returned)


def _by_parts(graded: GradedExercise, returned: dict[str, object]) -> list[Misconception]:
    """Known mistakes that explain some parts of the result (a dict's entries, a tuple's items): the mistake in one
    layer only, or two mistakes combined. A part is a mistake's when, on every case, the student's value of it is
    the mistake's (and, somewhere, not the reference's). Chosen greedily, the mistake explaining most parts first."""
    exercise = graded.exercise
    expected = {case_id: comparable(got, graded.expected[case_id], exercise.accepted_prefixes)
                for case_id, got in returned.items()}
    # the parts of every case's result (cases may differ: a network of 2 layers has no W3), and the cases with each
    having = {}
    for case_id, value in expected.items():
        for path, _ in leaves(value):
            having.setdefault(path, []).append(case_id)
    paths = list(having)
    if len(paths) < 2:
        return []

    def matches(case_id, path, other) -> bool:
        mine, theirs = part(returned[case_id], path), part(other, path)
        return mine is not ABSENT and theirs is not ABSENT and agrees(mine, theirs, exercise.tolerance)

    # whether the student's part is the reference's, once per (part, case): every mistake below asks it
    right_on = {(path, case_id): matches(case_id, path, expected[case_id]) for path in paths for case_id in having[path]}
    wrong = [path for path in paths if not all(right_on[path, case_id] for case_id in having[path])]
    explained = {}
    for mistake in exercise.misconceptions:
        outputs = graded.mistake_outputs[mistake.id]
        if any(isinstance(outputs[case_id], Raised) for case_id in returned):
            continue
        mistaken = {case_id: comparable(got, outputs[case_id], exercise.accepted_prefixes)
                    for case_id, got in returned.items()}
        explained[mistake] = [path for path in wrong
                              if all(matches(case_id, path, mistaken[case_id]) and
                                     _clearly_closer(part(returned[case_id], path), part(mistaken[case_id], path),
                                                     part(expected[case_id], path))
                                     for case_id in having[path])]
        # a part the student gets right on a case where the mistake differs, and wrong on another case (code that
        # switches on the input) is evidence against it
        if any(path not in explained[mistake] and
               any(right_on[path, case_id] and not matches(case_id, path, mistaken[case_id])
                   for case_id in having[path]) for path in wrong):
            del explained[mistake]
    right = [path for path in paths if path not in wrong]
    found, left = [], list(wrong)
    while left:
        best = max(explained, key=lambda mistake: len([path for path in explained[mistake] if path in left]),
                   default=None)
        if best is None or not any(path in left for path in explained[best]):
            break
        taken = explained.pop(best)
        found.append(Misconception(best.id, best.hint, [part_name(path, graded.part_labels) for path in taken],
                                   [part_name(path, graded.part_labels) for path in right],
                                   len(wrong) - len(taken)))
        left = [path for path in left if path not in taken]
    return found


CLOSER = 0.1  # a part is a mistake's only if it is ten times closer to the mistake's value than to the reference's


def _clearly_closer(mine, mistaken, expected) -> bool:
    """Whether mine is much closer to the mistake's value than to the reference's (always, where it is the reference's):
    within the tolerance of both, as a small update of big weights can be, it is no evidence."""
    to_mistake, to_reference = _distance(mine, mistaken), _distance(mine, expected)
    return to_reference == 0 or to_mistake <= CLOSER * to_reference


def _distance(one, other) -> float:
    """The largest absolute difference of two numbers or arrays of one shape (0 for equal other values, else inf)."""
    try:
        one_array, other_array = np.asarray(one, dtype=np.float64), np.asarray(other, dtype=np.float64)
    except (TypeError, ValueError):
        return 0.0 if type(one) is type(other) and repr(one) == repr(other) else math.inf
    if one_array.shape != other_array.shape:
        return math.inf
    with np.errstate(all="ignore"):
        difference = np.abs(one_array - other_array)
    return float(np.nanmax(difference)) if difference.size and not np.isnan(difference).all() else 0.0


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
