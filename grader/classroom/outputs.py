"""A class run's output folder: each student's results.json and feedback.html, grades.csv and index.html."""

from __future__ import annotations

import glob
import json
import os
import tempfile
from pathlib import Path

from grader.judging.results import SubmissionResult, result_from_dict
from grader.material.catalog import Material
from grader.reports import class_report, exports, feedback


def write_student_text(out_dir: Path, name: str, results_json: str, feedback_html: str) -> None:
    """<student>/results.json and feedback.html from their text (made here, or by a cluster's worker)."""
    write_if_changed(out_dir / name / "results.json", results_json)
    write_if_changed(out_dir / name / "feedback.html", feedback_html)


def class_outputs(name: str, result: SubmissionResult, material: Material) -> dict:
    """What grades.csv and index.html need of a student: the class report's row of every exercise (plain data)."""
    return {"row": class_report.student_row(name, result, f"{name}/feedback.html", _exercises(material))}


def _exercises(material: Material) -> list[tuple[str, str, float]]:
    return [(graded.exercise.name, graded.assignment.name, float(graded.exercise.points))
            for graded in material.exercises]


def write_outputs(out_dir: Path, book, names: list[str], material: Material,
                  fresh: dict[str, dict] | None = None, shared: dict | None = None,
                  assignment: str | None = None) -> None:
    """From the gradebook: every student's results.json (and feedback.html where missing), grades.csv, index.html.

    fresh: students graded in this run (their files written by write_student) -> their class_outputs(), maybe
    made in another process; shared: the cells their rows share (class_report.interned). The others are
    read from the gradebook one at a time and kept only as a compact class-report row. grades.csv and the
    class report show the assignments any student handed in (assignment: that one only), in course order.
    """
    fresh = fresh or {}
    rows, shared = [], {} if shared is None else shared
    for name in names:
        if name in fresh:
            outputs = fresh[name]  # interned by the caller as it came
        else:
            stored = book.results_json(name)
            write_if_changed(out_dir / name / "results.json", stored)
            page = out_dir / name / "feedback.html"
            if not page.is_file():
                write_if_changed(page, feedback.render(book.result(name)))
            outputs = class_outputs(name, result_from_dict(json.loads(stored)), material)
            outputs["row"] = class_report.interned(outputs["row"], shared)
        rows.append(outputs["row"])
    every = _exercises(material)
    shown = {assignment} if assignment else {name for row in rows for name in row["assignments"]}
    columns = [index for index, (_, owner, _) in enumerate(every) if owner in shown]
    exercises = [every[index] for index in columns]
    rows = [class_report.projected(row, columns, exercises) for row in rows]
    headers = exports.column_names(exercises)
    write_if_changed(out_dir / "grades.csv", exports.csv_header(headers) + "".join(
        exports.csv_line(row["name"], [cell["score"] if cell["graded"] else None for cell in row["cells"]],
                         row["score"]) for row in rows))
    write_pieces_if_changed(out_dir / "index.html", class_report.generate_rows(rows, exercises))


def write_pieces_if_changed(path: Path, pieces) -> bool:
    """write_if_changed() for text made piece by piece: streamed to a temporary file, never held whole."""
    _remove_stale(path)
    return _write_atomically(path, (piece.encode("utf-8") for piece in pieces), compare=True)


def write_if_changed(path: Path, text: str) -> bool:
    """Write text (UTF-8) atomically, only when the file's bytes differ; True when written."""
    _remove_stale(path)
    data = text.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    return _write_atomically(path, [data], compare=False)


def _remove_stale(path: Path) -> None:
    """Remove the temporary files of path that a killed run (kill -9 between writing and renaming) left."""
    try:
        for stale in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
            stale.unlink(missing_ok=True)
    except OSError:
        pass  # the write that follows says what is wrong with the folder


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
