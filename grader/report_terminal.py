"""The terminal summary: a per-exercise table, the total, and one line per failing case."""

from __future__ import annotations

import click

from grader.results import ERROR, FAILED, MISSING, NOT_IMPLEMENTED, PASSED, TIMEOUT, SubmissionResult

COLORS = {PASSED: "green", FAILED: "red", ERROR: "red", TIMEOUT: "magenta", NOT_IMPLEMENTED: "yellow", MISSING: "yellow"}
MAX_CASE_LINES = 4


def render(result: SubmissionResult, color: bool = False) -> str:
    """The summary as text; with color, statuses are styled for a terminal."""
    def style(text, status):
        return click.style(text, fg=COLORS.get(status)) if color else text

    width = max([len(exercise.id) for exercise in result.exercises] + [len("exercise")])
    lines = [f"Grading {result.submission} (isolation: {result.isolation})"]
    lines.extend(f"  ! {problem}" for problem in result.problems)
    lines.append(f"  {'exercise'.ljust(width)}  {'status'.ljust(15)}  score")
    current = None
    for exercise in result.exercises:
        if exercise.assignment != current:
            current = exercise.assignment
            lines.append(f"  [{current}]")
        score = f"{_number(exercise.score)}/{_number(exercise.max_score)}"
        lines.append(f"  {exercise.id.ljust(width)}  {style(exercise.status.ljust(15), exercise.status)}  {score}")
        lines.extend(f"      note: {note}" for note in exercise.notes)
        if exercise.status in (PASSED, MISSING, NOT_IMPLEMENTED):
            continue
        failing = [case for case in exercise.cases if case.status != PASSED]
        for case in failing[:MAX_CASE_LINES]:
            first_line = case.message.splitlines()[0] if case.message else ""
            lines.append(f"      {case.id} ({case.visibility}): {style(case.status, case.status)}: {first_line}")
        if len(failing) > MAX_CASE_LINES:
            lines.append(f"      ... {len(failing) - MAX_CASE_LINES} more failing cases")
        lines.extend(f"      hint: {misconception.hint}" for misconception in exercise.misconceptions)
    lines.append(f"  {'Total'.ljust(width)}  {''.ljust(15)}  {_number(result.score)}/{_number(result.max_score)}"
                 f" ({result.percent:.1f}%)")
    return "\n".join(lines)


def _number(value: float) -> str:
    return f"{value:g}"
