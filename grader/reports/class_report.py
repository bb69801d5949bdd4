"""The class report (DIR/index.html of `grade report`): one self-contained page made from every student's results."""

from __future__ import annotations

import math
import statistics
import sys
from urllib.parse import quote

from markupsafe import Markup, escape

from grader.judging.results import (ERROR, MISSING, PASSED, STATUSES, TIMEOUT, CaseResult, ExerciseResult,
                                    SubmissionResult)
from grader.material.spec import PUBLIC
from grader.reports.feedback import LABELS, templates

BINS = 10                                  # 0-10 %, 10-20 %, ..., 90-100 % (100 % goes in the last bin)
# The histogram's drawing box (SVG user units; it scales to the page width).
HISTOGRAM = {"width": 480, "height": 240, "left": 40, "right": 18, "top": 22, "bottom": 46}


def render(results: dict[str, SubmissionResult], feedback_links: dict[str, str],
           exercises: list[tuple[str, str, float]]) -> str:
    """The class report page (same input, same bytes).

    results: student name -> that student's results; feedback_links: student name -> path of their
    feedback page relative to the report (e.g. "alice/feedback.html", not URL-encoded: it is quoted
    here); exercises: (exercise id, assignment, max points) in course order. A student's exercise
    that is absent from their results (nothing could be graded) counts as missing.
    """
    return render_rows([student_row(name, result, feedback_links.get(name), exercises)
                        for name, result in results.items()], exercises)


def render_rows(rows: list[dict], exercises: list[tuple[str, str, float]]) -> str:
    """The page from student_row()s, in any order: a class need not be held in memory as whole results."""
    return "".join(generate_rows(rows, exercises))


def generate_rows(rows: list[dict], exercises: list[tuple[str, str, float]]):
    """render_rows() piece by piece (to write a large class's page without holding it all)."""
    students = sorted(rows, key=lambda row: (row["name"].casefold(), row["name"]))
    for position, student in enumerate(students):
        student["position"] = position
    max_points = round(sum(points for _, _, points in exercises), 4)
    percents = [student["percent"] for student in students]
    return templates().get_template("class_report.html.j2").generate(
        students=students, exercises=_exercise_rows(students, exercises), max_points=max_points,
        summary=_summary(percents), histogram=histogram(percents), cases=_case_rows(students, exercises),
        misconceptions=_misconceptions(students, exercises), errors=_errors(students, exercises),
        assignments=_assignment_spans(exercises), headers={eid: breakable(eid) for eid, _, _ in exercises},
        labels=LABELS, statuses=STATUSES)


def _link(path: str | None) -> str | None:
    """A relative link to a feedback page: every character that could make it a URL or a query is quoted."""
    return quote(path.replace("\\", "/"), safe="/") if path else None


def breakable(text: str) -> Markup:
    """Escaped text that may wrap after each underscore (long exercise ids in narrow table headers)."""
    return Markup("_<wbr>").join(escape(part) for part in text.split("_"))


def student_row(name: str, result: SubmissionResult, feedback_link: str | None,
                exercises: list[tuple[str, str, float]]) -> dict:
    """What the page shows of one student, compact: statuses and scores, case statuses, mistakes, errors' first lines.

    Repeated strings (case ids, statuses, hints) are interned: a class of thousands stays a few KB per student.
    """
    link = _link(feedback_link)
    graded = {(exercise.assignment, exercise.id): exercise for exercise in result.exercises}
    cells = []
    for exercise_id, assignment, points in exercises:
        exercise = graded.get((assignment, exercise_id)) or ExerciseResult(exercise_id, assignment, MISSING, 0.0, points)
        public_errors = [case for case in exercise.cases
                         if case.status in (ERROR, TIMEOUT) and case.visibility == PUBLIC]
        cells.append({"status": sys.intern(exercise.status), "score": exercise.score,
                      "graded": (assignment, exercise_id) in graded,
                      "cases": tuple((sys.intern(case.id), sys.intern(case.visibility), sys.intern(case.status))
                                     for case in exercise.cases),
                      "misconceptions": tuple((sys.intern(item.id), sys.intern(item.hint))
                                              for item in exercise.misconceptions),
                      "error": _first_line(public_errors[0]) if public_errors else None})
    score = round(sum(cell["score"] for cell in cells), 4)
    max_points = sum(points for _, _, points in exercises)
    problems = list(result.problems)
    if not result.exercises and not problems:
        problems.append("nothing was graded")
    return {"position": 0, "name": name, "link": link, "score": score, "cells": cells,
            "percent": round(100.0 * score / max_points, 4) if max_points else 0.0, "problems": problems,
            "assignments": [assignment.name for assignment in result.assignments]}


def projected(row: dict, columns: list[int], exercises: list[tuple[str, str, float]]) -> dict:
    """A student_row() of every exercise narrowed to these columns (their exercises: the assignments shown), its
    score and percent of those."""
    cells = [row["cells"][index] for index in columns]
    score = round(sum(cell["score"] for cell in cells), 4)
    max_points = sum(points for _, _, points in exercises)
    return dict(row, cells=cells, score=score, percent=round(100.0 * score / max_points, 4) if max_points else 0.0)


def interned(row: dict, shared: dict) -> dict:
    """A student_row() (maybe from JSON) with its repeated strings interned and each cell shared with the other
    students' equal cells (shared: cell content -> cell, one per class): a correct student's row is a few
    pointers, so a class of thousands stays small."""
    cells = []
    for cell in row["cells"]:
        cases = tuple(tuple(map(sys.intern, case)) for case in cell["cases"])
        mistakes = tuple(tuple(map(sys.intern, item)) for item in cell["misconceptions"])
        key = (cell["status"], cell["score"], cell["graded"], cases, mistakes, cell["error"])
        cells.append(shared.setdefault(key, {"status": sys.intern(cell["status"]), "score": cell["score"],
                                             "graded": cell["graded"], "cases": cases, "misconceptions": mistakes,
                                             "error": cell["error"]}))
    row["cells"] = cells
    return row


def _summary(percents: list[float]) -> dict:
    if not percents:
        return {"students": 0}
    return {"students": len(percents), "mean": statistics.fmean(percents), "median": statistics.median(percents),
            "min": min(percents), "max": max(percents)}


def _bin(percent: float) -> int:
    return min(max(int(math.floor(round(percent, 6) / (100 / BINS))), 0), BINS - 1)


def histogram(percents: list[float]) -> dict:
    """Ten bars (0-10 % ... 90-100 %) with their counts, integer y ticks and the axis labels, in SVG units."""
    counts = [0] * BINS
    for percent in percents:
        counts[_bin(percent)] += 1
    box = HISTOGRAM
    plot_width = box["width"] - box["left"] - box["right"]
    plot_height = box["height"] - box["top"] - box["bottom"]
    step = max(1, math.ceil(max(counts + [1]) / 4))
    top = step * math.ceil(max(counts + [1]) / step)
    slot = plot_width / BINS
    base = box["top"] + plot_height
    bars = []
    for index, count in enumerate(counts):
        height = plot_height * count / top
        low, high = index * 100 // BINS, (index + 1) * 100 // BINS
        bars.append({"x": round(box["left"] + index * slot + slot * 0.1, 2), "width": round(slot * 0.8, 2),
                     "y": round(base - height, 2), "height": round(height, 2), "count": count,
                     "label_x": round(box["left"] + (index + 0.5) * slot, 2), "label_y": round(base - height - 5, 2),
                     "range": f"{low}\u2013{high}", "low": low, "high": high})
    ticks = [{"value": value, "y": round(base - plot_height * value / top, 2)} for value in range(0, top + 1, step)]
    edges = [{"value": index * 100 // BINS, "x": round(box["left"] + index * slot, 2)} for index in range(BINS + 1)]
    described = "; ".join(f"{bar['range']} %: {bar['count']}" for bar in bars)
    return dict(box, bars=bars, ticks=ticks, edges=edges, base=base, right_edge=box["width"] - box["right"],
                counts=counts, title=f"Score distribution of {len(percents)} students",
                description=f"Students per percent range: {described}.")


def _exercise_rows(students: list[dict], exercises: list[tuple[str, str, float]]) -> list[dict]:
    rows = []
    for index, (exercise_id, assignment, points) in enumerate(exercises):
        statuses = [student["cells"][index]["status"] for student in students]
        scores = [student["cells"][index]["score"] for student in students]
        rows.append({"id": exercise_id, "assignment": assignment, "max": points,
                     "counts": {status: statuses.count(status) for status in STATUSES},
                     "passed": statuses.count(PASSED), "rate": _rate(statuses.count(PASSED), len(students)),
                     "mean": statistics.fmean(scores) if scores else 0.0})
    return rows


def _rate(passed: int, total: int) -> float:
    return round(100.0 * passed / total, 1) if total else 0.0


def _case_rows(students: list[dict], exercises: list[tuple[str, str, float]]) -> list[dict]:
    """Per exercise, its cases (in the order graded) with how many students passed each."""
    groups = []
    for index, (exercise_id, _, _) in enumerate(exercises):
        cases: dict[str, dict] = {}
        for student in students:
            for case_id, visibility, status in student["cells"][index]["cases"]:
                row = cases.setdefault(case_id, {"id": case_id, "visibility": visibility, "passed": 0})
                row["passed"] += status == PASSED
        for row in cases.values():
            row["rate"] = _rate(row["passed"], len(students))
        if cases:
            groups.append({"id": exercise_id, "cases": list(cases.values())})
    return groups


def _misconceptions(students: list[dict], exercises: list[tuple[str, str, float]]) -> list[dict]:
    """Each recognised mistake with its hint, the exercises it was seen in and the students (most frequent first)."""
    found: dict[str, dict] = {}
    for student in students:
        for index, cell in enumerate(student["cells"]):
            for mistake_id, hint in cell["misconceptions"]:
                entry = found.setdefault(mistake_id, {"id": mistake_id, "hint": hint, "exercises": set(),
                                                      "students": []})
                entry["exercises"].add(index)
                if not any(other is student for other in entry["students"]):
                    entry["students"].append(student)
    for entry in found.values():
        entry["exercises"] = [exercises[index][0] for index in sorted(entry["exercises"])]
        entry["count"] = len(entry["students"])
    return sorted(found.values(), key=lambda entry: (-entry["count"], entry["id"]))


def _first_line(case: CaseResult) -> str:
    lines = [line.strip() for line in case.message.splitlines() if line.strip()]
    return lines[0] if lines else ""


def _errors(students: list[dict], exercises: list[tuple[str, str, float]]) -> list[dict]:
    """Per exercise, the students whose code raised or ran out of time, with the first line of a public case's message."""
    groups = []
    for index, (exercise_id, _, _) in enumerate(exercises):
        rows = []
        for student in students:
            cell = student["cells"][index]
            if cell["status"] in (ERROR, TIMEOUT):
                rows.append({"student": student, "status": cell["status"], "message": cell["error"]})
        if rows:
            groups.append({"id": exercise_id, "rows": rows})
    return groups


def _assignment_spans(exercises: list[tuple[str, str, float]]) -> list[dict]:
    """The assignments in course order with how many consecutive exercises (table columns) each spans."""
    spans: list[dict] = []
    for _, assignment, _ in exercises:
        if spans and spans[-1]["name"] == assignment:
            spans[-1]["columns"] += 1
        else:
            spans.append({"name": assignment, "columns": 1})
    return spans
