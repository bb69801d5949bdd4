"""The HTML feedback page: one self-contained file rendered from the jinja2 templates in templates/."""

from __future__ import annotations

import functools
import importlib.util
import re
from itertools import groupby
from pathlib import Path

import jinja2
from markupsafe import Markup, escape
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import PythonLexer

from grader.judging.results import (ERROR, FAILED, MISSING, NOT_IMPLEMENTED, PASSED, TIMEOUT, CaseResult,
                                    DifferencePicture, ExerciseResult, SubmissionResult)

TEMPLATES_PACKAGE = "grader_templates"
CODE_CLASS = "hl"
HEATMAP_WIDTH = 320          # px: the widest a difference picture gets
HEATMAP_CELL = (4, 32)       # px: the smallest and largest cell
LABELS = {PASSED: "passed", FAILED: "failed", ERROR: "error", TIMEOUT: "timeout",
          NOT_IMPLEMENTED: "not implemented", MISSING: "missing"}
SYMBOLS = {PASSED: "\u2713", FAILED: "\u2717", ERROR: "!", TIMEOUT: "\u25f7", NOT_IMPLEMENTED: "\u2026", MISSING: "?"}
_EXCEPTION_TYPE = re.compile(r"^([A-Za-z_][\w.]*)(?:: | raised\b)")


def templates_dir() -> Path:
    """The templates installed with the grader (templates/ of the source tree)."""
    spec = importlib.util.find_spec(TEMPLATES_PACKAGE)
    if spec is not None and spec.submodule_search_locations:
        return Path(list(spec.submodule_search_locations)[0])
    return Path(__file__).resolve().parents[2] / "templates"


def render(result: SubmissionResult) -> str:
    """The feedback page for one graded submission (same result, same bytes)."""
    return templates().get_template("feedback.html.j2").render(
        result=result, assignments=_assignments(result), code_css=_code_css())


@functools.lru_cache(maxsize=None)
def templates() -> jinja2.Environment:
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(str(templates_dir())),
                                     autoescape=True, undefined=jinja2.StrictUndefined,
                                     keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    environment.filters.update(number=_number, label=lambda status: LABELS.get(status, status),
                               symbol=lambda status: SYMBOLS.get(status, "\u2022"), anchor=_anchor)
    environment.globals.update(code_rows=code_rows, heatmap=heatmap, student_frames=student_frames, badge=badge,
                               exercise_article=exercise_article)
    return environment


@functools.lru_cache(maxsize=None)
def _code_css() -> Markup:
    """The Pygments colours, once per page, scoped to the code blocks (a light style that prints well)."""
    return Markup(HtmlFormatter(style="default").get_style_defs(f".{CODE_CLASS}"))


def exercise_article(exercise: ExerciseResult) -> Markup:
    """An exercise's part of the page; a passed one is the same for every student who passed it the same way."""
    if exercise.status != PASSED or exercise.misconceptions or exercise.code is not None \
            or any(case.traceback or case.picture for case in exercise.cases):
        return _article_macro()(exercise)
    return _passed_article((exercise.id, exercise.assignment, exercise.score, exercise.max_score, exercise.file,
                            exercise.line, tuple(exercise.notes),
                            tuple((case.id, case.visibility, case.status, case.message, case.weight)
                                  for case in exercise.cases)))


@functools.lru_cache(maxsize=256)
def _passed_article(key: tuple) -> Markup:
    """The article of a passed exercise, from everything it shows (key)."""
    exercise_id, assignment, score, max_score, file, line, notes, cases = key
    exercise = ExerciseResult(exercise_id, assignment, PASSED, score, max_score,
                              cases=[CaseResult(*case) for case in cases], file=file, line=line, notes=list(notes))
    return _article_macro()(exercise)


def _article_macro():
    return templates().get_template("_parts.html.j2").module.article


def badge(status: str) -> Markup:
    """A status badge: symbol and label."""
    symbol, label = escape(SYMBOLS.get(status, "\u2022")), escape(LABELS.get(status, status))
    return Markup(f'<span class="badge {escape(status)}"><span aria-hidden="true">{symbol}</span> {label}</span>')


def _number(value: float) -> str:
    return f"{value:g}"


def _anchor(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-") or "x"


def _assignments(result: SubmissionResult) -> list[dict]:
    """The exercises grouped by assignment (in the order graded), with each group's title and subtotal."""
    groups, titles = [], {assignment.name: assignment.title for assignment in result.assignments}
    for name, exercises in groupby(result.exercises, key=lambda exercise: exercise.assignment):
        exercises = list(exercises)
        groups.append({"name": name, "title": titles.get(name, name), "exercises": exercises,
                       "score": round(sum(exercise.score for exercise in exercises), 4),
                       "max_score": round(sum(exercise.max_score for exercise in exercises), 4),
                       "passed": sum(exercise.status == PASSED for exercise in exercises)})
    return groups


def _exception_type(message: str) -> str:
    match = _EXCEPTION_TYPE.match(message or "")
    return match.group(1) if match else "an exception"


def code_rows(exercise: ExerciseResult) -> list[dict]:
    """The graded code line by line: number, highlighted HTML and the notes of failing cases' frames.

    A line is marked when a failing case's traceback (the student's own frames) passes through it
    in this file or cell: the innermost frame raised, outer ones led there.
    """
    excerpt = exercise.code
    if excerpt is None or not excerpt.lines:
        return []
    notes: dict[int, list[str]] = {}
    for case in exercise.cases:
        if case.status == PASSED:
            continue
        frames = [frame for frame in case.traceback if isinstance(frame, dict) and frame.get("file") == excerpt.label]
        for position, frame in enumerate(frames):
            line = frame.get("line")
            if not isinstance(line, int):
                continue
            innermost = position == len(frames) - 1 and frame is case.traceback[-1]
            note = (f"line {line} raised {_exception_type(case.message)}" if innermost
                    else f"line {line} called the code that raised")
            if note not in notes.setdefault(line, []):
                notes[line].append(note)
    html = highlight("\n".join(excerpt.lines), *_highlighter()).split("\n")
    html += [""] * (len(excerpt.lines) - len(html))
    return [{"number": excerpt.first_line + index, "html": Markup(html[index]), "text": excerpt.lines[index].strip(),
             "notes": notes.get(excerpt.first_line + index, [])} for index in range(len(excerpt.lines))]


@functools.lru_cache(maxsize=None)
def _highlighter() -> tuple[PythonLexer, HtmlFormatter]:
    """One lexer and formatter for every code block (making a formatter takes longer than highlighting a function)."""
    return PythonLexer(stripnl=False, stripall=False, ensurenl=False), HtmlFormatter(nowrap=True)


def student_frames(exercise: ExerciseResult, case) -> list[dict]:
    """A public error case's frames, each with whether the code excerpt shows it."""
    shown = exercise.code.label if exercise.code else None
    return [dict(frame, shown=frame.get("file") == shown) for frame in case.traceback if isinstance(frame, dict)]


def heatmap(picture: DifferencePicture) -> dict:
    """An SVG grid of |got - expected| (0..1 per cell): white where equal, red where it differs most."""
    rows = [row for row in picture.cells if row] or [[0.0]]
    columns = max(len(row) for row in rows)
    size = max(HEATMAP_CELL[0], min(HEATMAP_CELL[1], HEATMAP_WIDTH // columns))
    cells = []
    for y, row in enumerate(rows):
        for x, value in enumerate(row):
            value = min(max(float(value), 0.0), 1.0)
            if value > 0:
                fade = round(255 * (1 - value))
                cells.append({"x": x * size, "y": y * size, "fill": f"#ff{fade:02x}{fade:02x}"})
    shape = tuple(int(n) for n in picture.shape)
    total = 1
    for n in shape:
        total *= n
    return {"width": columns * size, "height": len(rows) * size, "size": size, "cells": cells,
            "shape": "(" + ", ".join(str(n) for n in shape) + ("," if len(shape) == 1 else "") + ")",
            "cut": len(rows) * columns < total, "rows": len(rows), "columns": columns,
            "largest": f"{picture.largest:.4g}"}
