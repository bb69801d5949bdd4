"""The class outputs (grades.csv, per-student files, index.html) and Gradescope's autograder results.json."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path

from grader import report_html
from grader.gradebook import result_from_dict
from grader.material import Material
from grader.results import PASSED, SubmissionResult
from grader.spec import HIDDEN

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
    return _csv_line([student, *(number(scores[name]) if name in scores else "" for name in exercise_ids),
                      number(result.score)])


def _csv_line(fields: list[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(fields)
    return buffer.getvalue()


def gradescope(result: SubmissionResult) -> dict:
    """Gradescope's results.json: one test per case, its share of the exercise's points, hints in failing outputs."""
    tests = []
    for exercise in result.exercises:
        hints = "".join(f"\nKnown mistake ({item.id}): {item.hint}" for item in exercise.misconceptions)
        shares = _shares(exercise.max_score, [case.weight for case in exercise.cases])
        for case, share in zip(exercise.cases, shares):
            passed = case.status == PASSED
            label = case.status.replace("_", " ")
            output = f"{label}: {case.message}" if case.message else label
            if not passed:
                output += hints
            tests.append({"name": f"{exercise.id} [{case.id}]", "score": share if passed else 0.0,
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


def write_student(out_dir: Path, name: str, result: SubmissionResult, results_json: str | None = None) -> None:
    """<student>/results.json and feedback.html, as soon as the student is graded (results_json: result.to_json())."""
    write_if_changed(out_dir / name / "results.json", results_json or result.to_json())
    write_if_changed(out_dir / name / "feedback.html", report_html.render(result))


def class_outputs(name: str, result: SubmissionResult, material: Material) -> dict:
    """What grades.csv and index.html need of a student: the CSV line and the class report's row (plain data)."""
    from grader import report_class

    exercises = _exercises(material)
    return {"csv": csv_row(name, result, [item[0] for item in exercises]),
            "row": report_class.student_row(name, result, f"{name}/feedback.html", exercises)}  # quoted there


def _exercises(material: Material) -> list[tuple[str, str, float]]:
    return [(graded.exercise.name, graded.assignment.name, float(graded.exercise.points))
            for graded in material.exercises]


def write_outputs(out_dir: Path, book, names: list[str], material: Material,
                  fresh: dict[str, dict] | None = None, shared: dict | None = None) -> None:
    """From the gradebook: every student's results.json (and feedback.html where missing), grades.csv, index.html.

    fresh: students graded in this run (their files written by write_student) -> their class_outputs(), maybe
    made in another process; shared: the cells their rows share (report_class.interned). The others are
    read from the gradebook one at a time and kept only as a CSV line and a compact class-report row.
    """
    from grader import report_class  # jinja2 templates: loaded only for a class

    fresh = fresh or {}
    exercises = _exercises(material)
    lines, rows, shared = [csv_header([item[0] for item in exercises])], [], {} if shared is None else shared
    for name in names:
        if name in fresh:
            outputs = fresh[name]  # interned by the caller as it came
        else:
            stored = book.results_json(name)
            write_if_changed(out_dir / name / "results.json", stored)
            feedback = out_dir / name / "feedback.html"
            if not feedback.is_file():
                write_if_changed(feedback, report_html.render(book.result(name)))
            outputs = class_outputs(name, result_from_dict(json.loads(stored)), material)
            outputs["row"] = report_class.interned(outputs["row"], shared)
        lines.append(outputs["csv"])
        rows.append(outputs["row"])
    write_if_changed(out_dir / "grades.csv", "".join(lines))
    write_pieces_if_changed(out_dir / "index.html", report_class.generate_rows(rows, exercises))


def write_pieces_if_changed(path: Path, pieces) -> bool:
    """write_if_changed() for text made piece by piece: streamed to a temporary file, never held whole."""
    return _write_atomically(path, (piece.encode("utf-8") for piece in pieces), compare=True)


def write_if_changed(path: Path, text: str) -> bool:
    """Write text (UTF-8) atomically, only when the file's bytes differ; True when written."""
    data = text.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    return _write_atomically(path, [data], compare=False)


def _write_atomically(path: Path, blocks, compare: bool) -> bool:
    """Write the blocks to a temporary file that replaces path (unless compare finds the same bytes there)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            for block in blocks:
                file.write(block)
        if compare and _same_bytes(temporary, path):
            os.unlink(temporary)
            return False
        os.chmod(temporary, 0o644)  # mkstemp makes it private; outputs are meant to be shared
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return True


def _same_bytes(first: str | Path, second: str | Path) -> bool:
    try:
        if os.path.getsize(first) != os.path.getsize(second):
            return False
        with open(first, "rb") as one, open(second, "rb") as other:
            for block in iter(lambda: one.read(1 << 20), b""):
                if other.read(len(block)) != block:
                    return False
        return True
    except OSError:
        return False
