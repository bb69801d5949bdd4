"""Exports for other tools: grades.csv (and its lines) and Gradescope's autograder results.json."""

from __future__ import annotations

import csv
import io
import json

from grader.judging.results import PASSED, SubmissionResult
from grader.material.spec import HIDDEN

# Gradescope shows hidden cases' results once the grades are published; public ones at once.
GRADESCOPE_VISIBILITY = {HIDDEN: "after_published"}


def number(value: float) -> str:
    """Minimal, stable formatting: 33, 2.5, 0.3333 (never 33.0 or 1e-05)."""
    value = float(value)
    if value == int(value):
        return str(int(value))
    return repr(round(value, 4))


def grades_csv(results: dict[str, SubmissionResult], exercise_ids: list[str]) -> str:
    """One row per student (in the given order), one column per exercise in course order, then the total.

    Comma-separated, quoted by the csv module where needed, UTF-8 text with \\n line endings.
    """
    return csv_header(exercise_ids) + "".join(csv_row(student, result, exercise_ids)
                                              for student, result in results.items())


def csv_header(exercise_ids: list[str]) -> str:
    return _csv_line(["student", *exercise_ids, "total"])


def csv_row(student: str, result: SubmissionResult, exercise_ids: list[str]) -> str:
    scores = {exercise.id: exercise.score for exercise in result.exercises}
    return csv_line(student, [scores.get(name) for name in exercise_ids], result.score)


def csv_line(student: str, scores: list[float | None], total: float) -> str:
    """A student's line: each column's score (empty where that exercise was not graded), then the total."""
    return _csv_line([student, *("" if score is None else number(score) for score in scores), number(total)])


def column_names(exercises: list[tuple[str, str, float]]) -> list[str]:
    """grades.csv's exercise columns: the exercise's name, or assignment/exercise where two shown assignments grade
    a function of that name (planar_classification/forward_propagation, gradient_checking/forward_propagation)."""
    counts = {}
    for exercise_id, _, _ in exercises:
        counts[exercise_id] = counts.get(exercise_id, 0) + 1
    return [exercise_id if counts[exercise_id] == 1 else f"{assignment}/{exercise_id}"
            for exercise_id, assignment, _ in exercises]


def _csv_line(fields: list[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(fields)
    return buffer.getvalue()


def gradescope(result: SubmissionResult) -> dict:
    """Gradescope's results.json: one test per case, its share of the exercise's points, hints in failing outputs."""
    tests = []
    names = [exercise.id for exercise in result.exercises]
    for exercise in result.exercises:
        # two graded assignments may grade functions of one name: those tests are named by assignment too
        shown = exercise.id if names.count(exercise.id) == 1 else f"{exercise.assignment}/{exercise.id}"
        hints = "".join(f"\nKnown mistake ({item.id}): {(item.lead() + ' ' + item.hint).lstrip()}"
                        for item in exercise.misconceptions)
        shares = _shares(exercise.max_score, [case.weight for case in exercise.cases])
        for case, share in zip(exercise.cases, shares):
            passed = case.status == PASSED
            label = case.status.replace("_", " ")
            output = f"{label}: {case.message}" if case.message else label
            if not passed:
                output += hints
            tests.append({"name": f"{shown} [{case.id}]", "score": share if passed else 0.0,
                          "max_score": share, "status": "passed" if passed else "failed",
                          "visibility": GRADESCOPE_VISIBILITY.get(case.visibility, "visible"),
                          "output": output, "tags": [exercise.assignment]})
    lines = [f"Score: {number(result.score)}/{number(result.max_score)}"]
    lines += [f"Problem: {problem}" for problem in result.problems]
    lines += [note for exercise in result.exercises for note in exercise.notes]
    return {"score": result.score, "output": "\n".join(lines), "visibility": "visible",
            "stdout_visibility": "hidden", "tests": tests}


def _shares(points: float, weights: list[float]) -> list[float]:
    """Each case's share of the points by weight, rounded, the last one taking the rest so they add up exactly."""
    total = sum(weights)
    if not weights or not total:
        return [0.0] * len(weights)
    shares = [round(points * weight / total, 4) for weight in weights[:-1]]
    return shares + [round(points - sum(shares), 4)]


def gradescope_json(result: SubmissionResult) -> str:
    return json.dumps(gradescope(result), indent=2, ensure_ascii=False) + "\n"
