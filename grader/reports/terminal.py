"""The terminal summary: a per-exercise table, the total, and one line per failing case."""

from __future__ import annotations

import re

import click

from grader.judging.results import ERROR, FAILED, MISSING, NOT_IMPLEMENTED, PASSED, TIMEOUT, SubmissionResult

COLORS = {PASSED: "green", FAILED: "red", ERROR: "red", TIMEOUT: "magenta", NOT_IMPLEMENTED: "yellow", MISSING: "yellow"}
MAX_CASE_LINES = 4
# What a terminal would act on instead of showing: C0 controls (with \t and \n: every field here is one line), DEL,
# C1 controls (\x9b is a one-byte CSI), and the bidi marks, embeddings, overrides and isolates that reorder a line.
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}  # as repr() shows them
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def render(result: SubmissionResult, color: bool = False) -> str:
    """The summary as text; with color, statuses are styled for a terminal."""
    def style(text, status):
        return click.style(text, fg=COLORS.get(status)) if color else text

    width = max([len(shown(exercise.id)) for exercise in result.exercises] + [len("exercise")])
    lines = [f"Grading {shown(result.submission)} (isolation: {shown(result.isolation)})"]
    lines.extend(f"  ! {shown(problem)}" for problem in result.problems)
    lines.append(f"  {'exercise'.ljust(width)}  {'status'.ljust(15)}  score")
    current, totals = None, {assignment.name: assignment for assignment in result.assignments}
    for exercise in result.exercises:
        if exercise.assignment != current:
            current = exercise.assignment
            total = totals.get(current)
            if total is None:
                lines.append(f"  [{shown(current)}]")
            else:
                label = f"[{shown(current)}] {shown(total.title)}"
                lines.append(f"  {label.ljust(width + 17)}  {_number(total.score)}/{_number(total.max_score)}")
        score = f"{_number(exercise.score)}/{_number(exercise.max_score)}"
        status = shown(exercise.status)
        lines.append(f"  {shown(exercise.id).ljust(width)}  {style(status.ljust(15), exercise.status)}  {score}")
        lines.extend(f"      note: {shown(note)}" for note in exercise.notes)
        if exercise.status in (PASSED, MISSING, NOT_IMPLEMENTED):
            continue
        failing = [case for case in exercise.cases if case.status != PASSED]
        for case in failing[:MAX_CASE_LINES]:
            first_line = shown(case.message.split("\n", 1)[0].rstrip("\r")) if case.message else ""
            status = style(shown(case.status), case.status)
            lines.append(f"      {shown(case.id)} ({shown(case.visibility)}): {status}: {first_line}")
        if len(failing) > MAX_CASE_LINES:
            more = len(failing) - MAX_CASE_LINES
            lines.append(f"      ... {more} more failing {'case' if more == 1 else 'cases'}")
        lines.extend(f"      hint: {shown((misconception.lead() + ' ' + misconception.hint).lstrip())}"
                     for misconception in exercise.misconceptions)
    lines.append(f"  {'Total'.ljust(width)}  {''.ljust(15)}  {_number(result.score)}/{_number(result.max_score)}"
                 f" ({result.percent:.1f}%)")
    return "\n".join(lines)


def _number(value: float) -> str:
    return f"{value:g}"


def shown(text) -> str:
    """Text made safe to print on one terminal line: what a terminal would act on becomes a visible escape (\\x1b)."""
    return _UNPRINTABLE.sub(_escape, str(text))


def _escape(match: re.Match) -> str:
    character = match.group()
    if character in _NAMED:
        return _NAMED[character]
    code = ord(character)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
